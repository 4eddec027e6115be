"""A thing said to mark N years against the year it began, told in another claim
(auditor.compare.anniversaries, reported as CON003). Every article and sentence here is invented for the test."""

from __future__ import annotations

import pytest

import auditor

DATED = "Published: 12 May 2025\n\n"


def conflicts(text: str) -> list[list[object]]:
    """The values of the CON003 findings on an article."""
    report = auditor.audit_text(text, input_format="markdown", source="t.md")
    return [list(f.evidence["values"]) for f in report.findings if f.rule == "CON003"]


@pytest.mark.parametrize(
    ("first", "second", "found"),
    [
        ("The Harbour Theatre celebrates its 25th anniversary this month.",
         "The Harbour Theatre was founded in 1990 by two actors.", [[25, 1990, 2025]]),
        ("The Kelby Choir is marking 40 years since its founding.", "The Kelby Choir was founded in 1995.",
         [[40, 1995, 2025]]),
        ("The programme celebrates twenty-five years of the Kelby Folk Festival.",
         "The Kelby Folk Festival was first held in 1990.", [[25, 1990, 2025]]),
        ("Founded in 1998, the Mill Lane bakery sells rye bread.", "The Mill Lane bakery marks its 30th anniversary.",
         [[30, 1998, 2025]]),
        # the count fits (one year of slack), or it is said of another time, thing or kind of count
        ("The Harbour Theatre celebrates its 25th anniversary this month.", "The Harbour Theatre was founded in 2000.", []),
        ("The Kelby Choir is marking 40 years since its founding.", "The Kelby Choir was founded in 1984.", []),
        ("In 2015 the Harbour Theatre celebrated its 25th anniversary.", "The Harbour Theatre was founded in 1990.", []),
        ("The Harbour Theatre will celebrate its 40th anniversary.", "The Harbour Theatre was founded in 1990.", []),
        ("The theatre's café celebrates its 10th anniversary.", "The Harbour Theatre was founded in 1990.", []),
        ("The Dock Theatre celebrates its 10th anniversary.", "The Harbour Theatre was founded in 1990.", []),
        ("The Kelby Choir celebrates 20 years of its youth section.", "The Kelby Choir was founded in 1984.", []),
        ("The Kelby Folk Festival returns for its 30th edition.", "The Kelby Folk Festival was first held in 1990.", []),
        ("The Harbour Theatre celebrates its 25th anniversary.",
         "The Harbour Theatre was founded in 1990. Some say the Harbour Theatre was founded in 2000.", []),
    ],
)
def test_anniversary_against_its_start(first: str, second: str, found: list[list[object]]) -> None:
    assert conflicts(f"{DATED}{first}\n\nThe town is busy in summer.\n\n{second}\n") == found


def test_an_article_without_a_date_is_not_read() -> None:
    text = "The Harbour Theatre celebrates its 25th anniversary.\n\nThe Harbour Theatre was founded in 1990.\n"
    assert conflicts(text) == []


def test_the_message_quotes_both_claims() -> None:
    text = f"{DATED}The Harbour Theatre was founded in 1990.\n\nThe Harbour Theatre celebrates its 25th anniversary.\n"
    (finding,) = [f for f in auditor.audit_text(text).findings if f.rule == "CON003"]
    assert "The Harbour Theatre was founded in 1990." in finding.message
    assert "the Harbour Theatre is said to mark its 25th anniversary in 2025, but it began in 1990" in finding.message
