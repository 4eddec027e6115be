"""Figures that are not two values of one quantity (CON003): shares under opposite outcomes
(auditor.compare.opposites), figures of claims with different labels or of items set out inside one paragraph
(auditor.compare.lists), and figures that share only words of when (auditor.compare.figures). Each quiet case
has a contrast that still fires. Every sentence here is invented for the test."""

from __future__ import annotations

import pytest

import auditor
from auditor.compare.opposites import opposed
from tests.conflicts import conflicts

FILLER = "Orders have grown since the spring."


@pytest.mark.parametrize(
    ("first", "second", "found"),
    [
        # two shares of one whole under opposite outcomes: they add up, they are not one share told twice
        ("The bid joins the 88% the agency rejects.", "The bid joins the 12% the agency approves.", False),
        ("The bid joins the 88% the agency rejects.", "The bid joins the 70% the agency rejects.", True),
        ("The 88% of bids that the panel rejects get a letter.", "The 12% of bids that the panel accepts get a call.", False),
        ("The 88% of bids that the panel rejects get a letter.", "The 70% of bids that the panel rejects get a letter.", True),
        # claims that open with different labels are about different things; the same label, or a label that names
        # no thing, still compares them
        ("Basic plan: 5 GB of storage for $4 a month.", "Family plan: 50 GB of storage for $12 a month.", False),
        ("Basic plan: 5 GB of storage for $4 a month.", "Basic plan: 50 GB of storage for $12 a month.", True),
        ("Update: the basic plan has 5 GB of storage.", "Correction: the basic plan has 50 GB of storage.", True),
        # words of when are not what two figures are about; one event told at two distances still conflicts
        ("A 150 years ago or whenever, the gas lamp lost to the bulb.", "I gave a talk about this probably three years ago.", False),
        ("The mill closed 12 years ago.", "The mill closed three or four years ago.", True),
    ],
)
def test_figures_of_different_things(first: str, second: str, found: bool) -> None:
    assert bool(conflicts("CON003", first, FILLER, second)) is found


def _markdown_conflicts(text: str) -> list[object]:
    report = auditor.audit_text(text, input_format="markdown", source="test")
    return [f.evidence["values"] for f in report.findings if f.rule == "CON003"]


def test_items_set_out_inside_one_paragraph_are_different_things() -> None:
    one = "• Basic plan: 5 GB of storage, $4 a month (a $1 fee with the student discount)"
    other = "• Family plan: 50 GB of storage, $12 a month (a $3 fee with the student discount)"
    assert _markdown_conflicts(f"The plans compare as follows: {one} {other}\n") == []
    again = "• Basic plan: 5 GB of storage, $4 a month (a $3 fee with the student discount)"
    assert _markdown_conflicts(f"The plans compare as follows: {one}\n\nThe same plan again: {again}\n") == [["$1", "$3"]]


def test_opposed_reads_signed_keys() -> None:
    assert opposed({"~accept-", "board"}, {"~accept+", "board"})
    assert not opposed({"~accept-", "board"}, {"~accept-", "board"})
    assert not opposed({"~accept-", "~accept+"}, {"~accept+"})  # a figure read with both signs is not told apart
    assert not opposed({"board"}, {"~accept+"})
