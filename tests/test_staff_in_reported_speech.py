"""A staff or member count told again in reported speech about what will happen to them ("the 1,900 nurses on its
payroll would all receive the new contract"): the ordinal of what happens ("the new contract", after the modal) is not
the count's (auditor.compare.figures, reported as CON003). Every sentence here is invented for the test."""

from __future__ import annotations

from pathlib import Path

import pytest

import auditor

FILLER = "The council met on a rainy evening and several residents spoke about parking."


def con003(first: str, second: str) -> list[str]:
    report = auditor.audit_text(f"{first}\n\n{FILLER}\n\n{second}\n", input_format="text", source="test")
    return [f.rule for f in report.findings if f.rule == "CON003"]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Harbor Regional Hospital employs 2,300 nurses.",
         "Administrators said the 1,900 nurses on its payroll would all receive the new contract."),
        ("Calder Foods employs 850 workers.", "Managers said the 580 workers it employs would get the new pay deal."),
        ("The co-op has 6,000 members.", "The co-op's 4,000 members will vote on the new rules in May."),
        ("Hillside Academy has 1,100 pupils.", "The head said the academy's 1,300 pupils will use the new sports hall."),
    ],
)
def test_a_count_told_again_before_what_will_happen_is_flagged(first: str, second: str) -> None:
    assert con003(first, second) == ["CON003"]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # a part, a new thing, another noun, a count that would hold under a change
        ("Calder Foods employs 850 workers.", "Managers said 580 of the workers would get the new pay deal."),
        ("The co-op has 6,000 members.", "The new co-op's 4,000 members will vote on the new rules in May."),
        ("The orchestra has 95 musicians.", "The orchestra's 59 string players will play the new season in a tent."),
        ("Kelso Rovers have 650 members.", "Kelso Rovers would have 560 members under the new fee."),
        ("The institute employs 420 scientists.", "The institute said 240 new scientists would join the new campus."),
        ("The head said the new academy's 1,300 pupils will use the hall.", "Hillside Academy has 1,100 pupils."),
    ],
)
def test_counts_that_can_both_hold_are_silent(first: str, second: str) -> None:
    assert con003(first, second) == []


def test_fixture_staff_told_in_reported_speech() -> None:
    path = Path(__file__).resolve().parent.parent / "fixtures" / "articles" / "CON003-staff-told-in-reported-speech.md"
    found = [f for f in auditor.audit_path(path).findings if f.rule == "CON003"]
    assert len(found) == 1
    assert "1,900" in found[0].message
