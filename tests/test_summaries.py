"""A figure in an article's summary against the same measure in its body (auditor.compare.summaries, reported as
CON003). Every sentence here is invented for the test."""

from __future__ import annotations

import pytest

import auditor

FILLER = "The office publishes its survey every month."


def _found(markdown: str, summary_only: bool = False) -> list[list[str]]:
    """The values of the CON003 findings (``summary_only``: of this reader's findings only; the figure comparer
    may report a pair first, when it reads the two claims as one measure too)."""
    report = auditor.audit_text(markdown, input_format="markdown", source="test")
    return [
        [str(v) for v in f.evidence["values"]]
        for f in report.findings
        if f.rule == "CON003" and (not summary_only or f.evidence.get("subject") == "summary against body")
    ]


def _under(label: str, summary: str, body: str) -> str:
    return f"# Report\n\n## {label}\n\n- {summary}\n\n## Details\n\n{FILLER} {body}\n"


@pytest.mark.parametrize(
    ("summary", "body", "found"),
    [
        ("Unemployment fell to 4.1% in March.", "The jobless rate, now 4.3%, is the lowest since 2008.", ["4.1%", "4.3%"]),
        ("Unemployment fell to 4.1 per cent in March.", "In March the unemployment rate was 4.3%.", ["4.1 per cent", "4.3%"]),
        ("The ferry carried 241,000 passengers last year.",
         "The ferry carried 214,000 passengers last year, down from 230,000 the year before.", ["241,000", "214,000"]),
        ("Brightwater now employs 1,250 staff.", "The clinic's 1,520 employees treat patients from four towns.", ["1,250", "1,520"]),
        ("Revenue rose to $4.2 billion.", "Kestrel Freight reported revenue of $4.8 billion for the quarter.", ["$4.2 billion", "$4.8 billion"]),
        ("Nitrate was above the limit at 31% of the sites.", "Nitrate exceeded the limit at 13% of the sites sampled.", ["31%", "13%"]),
        # consistent: the same value, a rounding of it, another year, group, place, rate or forecast
        ("Unemployment fell to 4.3% in March.", "The jobless rate, now 4.3%, is the lowest since 2008.", []),
        ("Unemployment fell to about 4% in March.", "The jobless rate, now 4.3%, is the lowest since 2008.", []),
        ("Unemployment fell to 4% in March.", "The jobless rate, now 4.3%, is the lowest since 2008.", []),
        ("The clinic has 1.5 million patients.", "The clinic's 1,520,000 patients come from four towns.", []),
        ("Unemployment fell to 4.1% in March.", "The jobless rate was 4.3% in 2008.", []),
        ("Unemployment fell to 4.1% in March.", "Among young people, unemployment was 11.2% in March.", []),
        ("Unemployment fell to 4.1% in March.", "In Northvale, unemployment was 6.2% in March.", []),
        ("Unemployment fell to 4.1% in March.", "Unemployment is expected to reach 4.6% by the autumn.", []),
        ("Unemployment fell to 4.1% in March.", "Unemployment was 4.3% in February, 4.2% in January.", []),
        ("The ferry carried 241,000 passengers last year.", "The ferry carried 214,000 passengers the year before.", []),
        ("The ferry carried 241,000 passengers last year.", "The ferry carries 214,000 passengers a year on average.", []),
        ("The plant employs 800 workers.", "A sister plant in Leeds has 600 workers.", []),
        ("The plant employs 800 workers.", "The plant employed 1,200 workers in 2015 and employs 800 now.", []),
        ("Unemployment rose by 0.3 percentage points.", "Unemployment rose by 0.5 percentage points in the north.", []),
    ],
)
def test_a_summary_figure_against_the_body(summary: str, body: str, found: list[str]) -> None:
    assert _found(_under("Key findings", summary, body), summary_only=not found) == ([found] if found else [])


@pytest.mark.parametrize("label", ["Summary", "Highlights", "At a glance", "TL;DR", "Abstract", "Key points"])
def test_summary_headings(label: str) -> None:
    assert _found(_under(label, "The ferry carried 241,000 passengers last year.",
                         "The ferry carried 214,000 passengers last year.")) == [["241,000", "214,000"]]


def test_other_headings_are_body() -> None:
    """Two sections of the body are not a summary and its body (the figure comparer reads those)."""
    text = _under("Background", "The ferry carried 241,000 passengers last year.", "The ferry carried 214,000 passengers last year.")
    assert _found(text, summary_only=True) == []


def test_a_bold_label_and_an_opener() -> None:
    bold = (f"# Report\n\n**Key findings**\n\n- The ferry carried 241,000 passengers last year.\n\n{FILLER} "
            "The ferry carried 214,000 passengers last year.\n")
    assert _found(bold) == [["241,000", "214,000"]]
    opener = f"# Report\n\nTL;DR: The ferry carried 241,000 passengers last year.\n\n{FILLER} The ferry carried 214,000 passengers last year.\n"
    assert _found(opener) == [["241,000", "214,000"]]


@pytest.mark.parametrize(("key", "found"), [("summary", True), ("description", True), ("title", False), ("author", False)])
def test_front_matter_fields(key: str, found: bool) -> None:
    text = (f"---\n{key}: The library lends 52,000 books a year.\n---\n\n# Library\n\n{FILLER} "
            "The library lends 25,000 books a year to its members.\n")
    assert _found(text) == ([["52,000", "25,000"]] if found else [])


def test_a_summary_that_agrees_with_any_body_figure_is_quiet() -> None:
    """The summary may sum up a figure the tool does not tie to its measure: any agreeing figure silences it."""
    text = _under("Summary", "The board supplied 61,000 homes last year.",
                  "The board supplied 16,000 homes last year. Its network reaches 61,000 homes in three counties.")
    assert _found(text, summary_only=True) == []
