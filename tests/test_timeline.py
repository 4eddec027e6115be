"""CON001 and CON002: office holders against the periods the article speaks of."""

from __future__ import annotations

import auditor


def con(text: str) -> list[tuple[str, str]]:
    report = auditor.audit_text(text, "markdown", "t.md")
    return [(f.rule, report.document.text[f.start : f.end]) for f in report.findings if f.rule.startswith("CON00")]


def test_present_tense_against_the_article_date() -> None:
    text = "---\ndate: 2025-06-10\n---\n\nThe trade policy the Biden administration is pursuing has raised prices.\n"
    assert con(text) == [("CON002", "Biden administration")]


def test_historical_references_are_fine() -> None:
    text = (
        "---\ndate: 2025-06-10\n---\n\nIn 2022, the Biden administration awarded the grant.\n\n"
        "The law was signed by the Biden administration.\n\nFormer President Biden is writing a book.\n\n"
        "Prices rose during Joe Biden's presidency and have kept rising.\n"
    )
    assert con(text) == []


def test_dated_statement_out_of_term() -> None:
    assert con("In 2023, Prime Minister Boris Johnson opened the bridge.\n") == [
        ("CON002", "Prime Minister Boris Johnson")
    ]
    assert con("In 2021, Prime Minister Boris Johnson opened the bridge.\n") == []


def test_two_holders_for_one_period_name_both_claims() -> None:
    text = (
        "Since March 2024, the Sunak government has cut rail fares.\n\n"
        "In April 2024, the Starmer government is raising rail fares.\n"
    )
    report = auditor.audit_text(text, "markdown", "t.md")
    (conflict,) = [f for f in report.findings if f.rule == "CON001"]
    assert conflict.related and conflict.claim and conflict.related[0] != conflict.claim
    assert "Sunak government" in conflict.message and "Starmer government" in conflict.message
    assert conflict.evidence["holders"] == ["Rishi Sunak", "Keir Starmer"]


def test_transition_year_is_not_a_conflict() -> None:
    text = "In 2021, the Trump administration ended its term.\n\nIn 2021, the Biden administration took over.\n"
    assert con(text) == []


def test_each_mention_takes_its_nearest_date() -> None:
    text = "The Trump administration revised the rules in 2019, and the Biden administration expanded them in 2021.\n"
    assert con(text) == []


def test_tenure_words_are_scanned_too() -> None:
    """A sentence whose only office word is "presidency" still gets its mention dated."""
    assert con("In 2019, the Obama presidency expanded the programme.\n") == [("CON002", "Obama presidency")]


def test_a_date_after_a_word_of_anteriority_dates_that_earlier_thing() -> None:
    base = "---\ndate: 2019-03-01\n---\n\nThe delay may reflect Prime Minister Theresa May's doubts, given her {w} remarks on the deal in 2014.\n"
    for word in ("prior", "previous", "earlier", "past"):
        assert con(base.format(w=word)) == [], word
    # Without it, the year dates the sentence, and May was not Prime Minister in 2014.
    assert con(base.format(w="angry")) == [("CON002", "Prime Minister Theresa May")]
    # A date before the mention, or one that the sentence's own act carries, still counts.
    assert con("In 2014, Prime Minister Theresa May, after prior talks, opened the bridge.\n") == [
        ("CON002", "Prime Minister Theresa May")
    ]
