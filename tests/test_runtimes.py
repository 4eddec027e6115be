"""A work's running time in its details line against the one its text gives (auditor.compare.runtimes, reported as
CON003). Every article and sentence here is invented for the test."""

from __future__ import annotations

import pytest

import auditor


def conflicts(details: str, text: str) -> list[list[object]]:
    """The values of the CON003 findings on an article of a details line and a paragraph."""
    article = f"# Review: Summer at Wenby\n\n{details}\n\nThe cinema is on Mill Street.\n\n{text}\n"
    report = auditor.audit_text(article, input_format="markdown", source="t.md")
    return [list(f.evidence["values"]) for f in report.findings if f.rule == "CON003"]


@pytest.mark.parametrize(
    ("details", "text", "found"),
    [
        ("Running time: 95 min", "The 110-minute film follows a family.", [["Running time: 95 min", "110-minute"]]),
        ("Runtime: 1h 35m", "At 120 minutes, the film never drags.", [["Runtime: 1h 35m", "120 minutes"]]),
        ("Length: 2 hours 10 minutes", "The film's 98-minute running time flies by.",
         [["Length: 2 hours 10 minutes", "98-minute"]]),
        ("Running time: 1 hr 50 min", "The film runs 104 minutes.", [["Running time: 1 hr 50 min", "104 minutes"]]),
        ("Running time: 90 min", "This two-hour documentary follows a family.", [["Running time: 90 min", "two-hour"]]),
        # the same length, a length in hours that rounds it, or the length of another work, version or part
        ("Running time: 95 min", "The 95-minute film follows a family.", []),
        ("Runtime: 1h 35m", "At 95 minutes, the film never drags.", []),
        ("Running time: 110 min", "The two-hour film follows a family.", []),
        ("Running time: 95 min", "The director's 110-minute debut was a flop.", []),
        ("Running time: 95 min", "A 150-minute cut is due next year.", []),
        ("Running time: 95 min", "The 20-minute short before it was better.", []),
        ("Running time: 95 min", "The film's first 30 minutes are slow.", []),
        ("Running time: 95 min", "At nearly two hours, the film drags.", []),
        ("Length: 12 km", "The 110-minute film follows a walker.", []),
        ("Running time: 95 min\n\nRunning time: 110 min", "The 110-minute film follows a family.", []),
    ],
)
def test_details_line_against_the_text(details: str, text: str, found: list[list[object]]) -> None:
    assert conflicts(details, text) == found


def test_the_message_quotes_the_claim_and_the_details() -> None:
    report = auditor.audit_text("Running time: 95 min\n\nThe 110-minute film follows a family.\n")
    (finding,) = [f for f in report.findings if f.rule == "CON003"]
    assert "The 110-minute film follows a family." in finding.message
    assert '"Running time: 95 min"' in finding.message and "110 minutes" in finding.message
    assert "correct the wrong one" in finding.message
