"""A stated duration against the span of dates told with it (auditor.compare.spans, reported as CON003). Every
sentence here is invented for the test."""

from __future__ import annotations

import pytest

import auditor
from auditor.compare.spans import span_conflicts


def _spans(markdown: str) -> list[list[str]]:
    """The values (duration, span's length) of the findings of the span reader."""
    report = auditor.audit_text(markdown, input_format="markdown", source="test")
    return [
        [str(v) for v in f.evidence["values"]]
        for f in report.findings
        if f.rule == "CON003" and "the length is given as" in f.message
    ]


def _article(*sentences: str) -> str:
    return "# Notice\n\n" + " ".join(sentences) + "\n\nThe organisers thanked the volunteers.\n"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The trail will be shut for three weeks, from 2 May to 30 May.", ["three weeks", "4 weeks"]),
        ("The exhibition runs for five days, from 14 to 22 October.", ["five days", "9 days"]),
        ("The pool is closed for two days, Tuesday to Saturday, for cleaning.", ["two days", "5 days"]),
        ("A six-month consultation, from March to May, asked residents for their views.", ["six-month", "3 months"]),
        ("She captained the county side for nine years, from 1994 to 1999.", ["nine years", "5 years"]),
        ("The 10-day regatta (July 2-5) drew crews from four countries.", ["10-day", "4 days"]),
        ("The four-year programme (2011–2020) trained 300 nurses.", ["four-year", "9 years"]),
        ("The market will be held for eight days, between 1 and 3 December.", ["eight days", "3 days"]),
        # consistent: the length fits, counted with or without the last day
        ("The trail will be shut for four weeks, from 2 May to 30 May.", []),
        ("The exhibition runs for nine days, from 14 to 22 October.", []),
        ("The exhibition runs for eight days, from 14 to 22 October.", []),
        ("The pool is closed for five days, Tuesday to Saturday, for cleaning.", []),
        ("A three-month consultation, from March to May, asked residents for their views.", []),
        ("She captained the county side for six years, from 1994 to 1999.", []),
        ("The event runs for three days, Friday to Sunday.", []),
        ("The fair runs for two weeks, from 27 February to 12 March.", []),
        # not one stretch of time: a rate, some kinds of days, days taken out, another plan, a bound, two dates
        ("The gym is open five days a week, Monday to Saturday.", []),
        ("The works take ten working days, from 3 to 28 March.", []),
        ("The shop opens for four days, Monday to Saturday except Wednesday and Friday.", []),
        ("The show, first booked for three weeks, will now run from 1 May to 12 June.", []),
        ("The closure lasts more than two weeks, from 3 June to 30 June.", []),
        ("The trail will be shut for about three weeks, from 2 May to 30 May.", []),
        ("Inspectors visited for two days, 3 June and 12 June.", []),
        ("The café is open for three days, from Monday, and the shop from 10 June to 20 June.", []),
    ],
)
def test_a_duration_against_its_span(text: str, found: list[str]) -> None:
    assert _spans(_article(text)) == ([found] if found else [])


def test_the_span_in_the_next_claim_of_the_paragraph() -> None:
    two = _article("The towpath will be closed for two weeks.", "The closure runs from 3 June to 30 June.")
    assert _spans(two) == [["two weeks", "4 weeks"]]
    assert _spans(_article("The towpath will be closed for four weeks.", "The closure runs from 3 June to 30 June.")) == []
    # the next claim tells of something else, or has a length of its own
    other = _article("The towpath will be closed for two weeks.", "Anglers may fish from 3 June to 30 June.")
    assert _spans(other) == []
    own = _article("The towpath will be closed for two weeks.", "It was also closed for five weeks, from 3 June to 7 July.")
    assert _spans(own) == []
    apart = "# Notice\n\nThe towpath will be closed for two weeks.\n\nIt is open from 3 June to 30 June.\n"
    assert _spans(apart) == []


def test_a_february_without_a_year_may_have_29_days() -> None:
    texts = ["The fair runs for 30 days, from 1 February to 1 March."]
    assert list(span_conflicts(texts, [0])) == []
    texts = ["The fair runs for 30 days, from 1 February to 1 March 2023."]
    assert [(s.duration, s.length) for s in span_conflicts(texts, [0])] == [("30 days", "29 days")]
    texts = ["The fair runs for 40 days, from 1 February to 1 March."]
    assert [(s.duration, s.length) for s in span_conflicts(texts, [0])] == [("40 days", "30 days")]


def test_spoken_claims_are_not_read() -> None:
    texts = ["The exhibition runs for five days, from 14 to 22 October."]
    assert len(list(span_conflicts(texts, [0]))) == 1
    assert list(span_conflicts(texts, [0], frozenset({0}))) == []
