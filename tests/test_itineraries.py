"""A plan announced in days, nights or stages against the numbered parts set out for it
(auditor.compare.itineraries, reported as CON003). Every article and sentence here is invented for the test."""

from __future__ import annotations

import pytest

import auditor


def counts(markdown: str) -> list[list[object]]:
    """The values ([announced, listed]) of the CON003 findings on a Markdown article."""
    report = auditor.audit_text(markdown, input_format="markdown", source="t.md")
    return [list(f.evidence["values"]) for f in report.findings if f.rule == "CON003"]


def parts(n: int, unit: str = "Day", form: str = "heading") -> str:
    places = ["Alder Bridge", "Fellstead", "Wenby", "Oxhope", "Hartsgill", "Low Marren", "Keld End", "Sorby"]
    if form == "heading":
        return "".join(f"## {unit} {i}\n\nOn to {places[(i - 1) % len(places)]}.\n\n" for i in range(1, n + 1))
    return "".join(f"- {unit} {i}: on to {places[(i - 1) % len(places)]}.\n" for i in range(1, n + 1)) + "\n"


@pytest.mark.parametrize(
    ("article", "found"),
    [
        ("Our five-day itinerary links the villages.\n\n" + parts(6), [[5, 6]]),
        ("# A 4-day trip to the coast\n\n" + parts(3, form="list"), [[4, 3]]),
        ("This two-day walking tour starts at the station:\n\n" + parts(3, form="list"), [[2, 3]]),
        ("Three nights in Wenby are plenty.\n\n" + parts(4, "Night"), [[3, 4]]),
        ("The seven-stage race starts on Sunday.\n\n" + parts(8, "Stage"), [[7, 8]]),
        ("A five-step plan for the garden.\n\nDay one is for planning.\n\n" + parts(4, "Step", "list"), [[5, 4]]),
        # the count agrees, or the parts are not the plan's
        ("Our five-day itinerary links the villages.\n\n" + parts(5), []),
        ("Three nights in Wenby are plenty.\n\n" + parts(4), []),
        ("Our five-day itinerary links the villages. If you only have three days, stop at Oxhope.\n\n" + parts(5), []),
        ("A 5-7 day itinerary for the hills.\n\n" + parts(7), []),
        ("We spent two days of our ten-day trip in the hills.\n\n" + parts(2), []),
        ("The three-day fair opens on Friday. Our five-day trip began there.\n\n" + parts(5), []),
        ("The 21-stage race is under way.\n\n" + parts(6, "Stage"), []),
        ("Our five-day itinerary links the villages.\n\n" + parts(3) + "## Days 4-5\n\nRest.\n\n", []),
        ("Our five-day itinerary links the villages.\n\n## Day 1\n\nA.\n\n## Day 3\n\nB.\n\n## Day 4\n\nC.\n\n", []),
        ("We loved our four-day trip.\n\nDay 1 was wet. Day 2 was dry. Day 3 was windy.\n\n", []),
    ],
)
def test_itinerary_against_its_numbered_parts(article: str, found: list[list[object]]) -> None:
    assert counts(article) == found


def test_an_overview_then_the_days_counts_once() -> None:
    overview = "".join(f"- Day {i}: a village.\n" for i in range(1, 7)) + "\n"
    assert counts("Our five-day itinerary at a glance.\n\n" + overview + parts(6)) == [[5, 6]]
    assert counts("Our six-day itinerary at a glance.\n\n" + overview + parts(6)) == []


def test_the_message_quotes_the_plan_and_says_what_to_do() -> None:
    report = auditor.audit_text("Our five-day itinerary links the villages.\n\n" + parts(6), input_format="markdown")
    (finding,) = [f for f in report.findings if f.rule == "CON003"]
    assert "five-day itinerary (5)" in finding.message and "6 numbered days (Day 1 to Day 6)" in finding.message
    assert "correct the one that is wrong" in finding.message
