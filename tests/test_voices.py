"""A passive claim with a named agent, read again in the active voice (auditor.compare.voices), so that a denial
in the other voice meets it (CON005). Every sentence is invented for the test."""

from __future__ import annotations

import pytest

import auditor
from auditor.compare.voices import active


@pytest.mark.parametrize(
    ("passive", "expected"),
    [
        ("The Harlow Bridge was designed by Thomas Pell in 1921.", "Thomas Pell designed the Harlow Bridge in 1921."),
        ("The bill was passed by the Senate with a large majority.", "The Senate passed the bill with a large majority."),
        ("Lydd filters were not invented by George Campbell.", "George Campbell not invented Lydd filters."),
        ("Thomas Pell designed the Harlow Bridge.", None),  # active already
        ("The bridge was designed by a local engineer.", None),  # no named agent
        ("When the war ended, the bridge was designed by Thomas Pell.", None),  # a clause before
    ],
)
def test_active_rewrites_a_passive_claim_with_a_named_agent(passive: str, expected: str | None) -> None:
    assert active(passive) == expected


def con005(first: str, second: str) -> list[tuple[str, tuple[str, ...]]]:
    text = f"{first}\n\nThe weather in the region was mild that spring.\n\n{second}"
    report = auditor.audit_text(text, input_format="text", source="test")
    return [(f.claim or "", f.related) for f in report.findings if f.rule == "CON005"]


@pytest.mark.parametrize(
    ("first", "second", "flagged"),
    [
        ("The Harlow Bridge was designed by Thomas Pell.", "Thomas Pell did not design the Harlow Bridge.", True),
        ("The Harlow Bridge was designed by Thomas Pell in 1921.", "Thomas Pell never designed the Harlow Bridge.", True),
        ("Thomas Pell designed the Harlow Bridge.", "The Harlow Bridge was not designed by Thomas Pell.", True),
        # another thing, another agent, another verb
        ("The Harlow Bridge was designed by Thomas Pell.", "Thomas Pell did not design the Harlow Station.", False),
        ("The Harlow Bridge was designed by Thomas Pell.", "Anna Pell did not design the Harlow Bridge.", False),
        ("The Harlow Bridge was designed by Thomas Pell.", "Thomas Pell did not build the Harlow Bridge.", False),
        # a denial of one year is no denial of another
        ("The Harlow Bridge was designed by Thomas Pell in 1921.", "Thomas Pell did not design the Harlow Bridge in 1930.", False),
    ],
)
def test_con005_compares_a_denial_with_an_affirmation_in_the_other_voice(first: str, second: str, flagged: bool) -> None:
    assert bool(con005(first, second)) is flagged
