"""CON004 weekdays in a claim written in capitals (:mod:`auditor.compare.weekdays`): notices and minutes head
themselves in capitals, and their weekday and date must agree as anywhere else."""

from __future__ import annotations

from auditor import audit_text

AFTER = "\n\nThe committee went through the accounts and agreed the plan for the summer fete."


def con004(text: str) -> list[str]:
    return [f.message for f in audit_text(text).findings if f.rule == "CON004"]


def test_weekday_and_date_in_capitals_that_disagree() -> None:
    messages = con004("MINUTES OF THE GARDEN CLUB MEETING HELD ON FRIDAY 12th APRIL 2023 IN THE PAVILION." + AFTER)
    assert len(messages) == 1
    assert "12 April 2023 is a Wednesday, not a Friday" in messages[0]


def test_weekday_and_date_in_capitals_that_agree() -> None:
    assert con004("MINUTES OF THE GARDEN CLUB MEETING HELD ON WEDNESDAY 12th APRIL 2023 IN THE PAVILION." + AFTER) == []


def test_a_few_capitals_in_ordinary_text_are_not_read_as_shouted() -> None:
    # Only a weekday among several words in capitals is read so; "SAT" here is one abbreviation in a sentence.
    assert con004("The pupils SAT their exams on 12 April 2023 in the main hall, the school said." + AFTER) == []
