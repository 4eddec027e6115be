"""Antonyms added to knowledge/antonyms.json: a claim and the same claim with the opposite word (CON005).

Every sentence here is invented for the test."""

from __future__ import annotations

import pytest

import auditor


def con005(*sentences: str) -> int:
    report = auditor.audit_text("\n\n".join(sentences), input_format="text", source="test")
    return sum(1 for f in report.findings if f.rule == "CON005")


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Each club played its home games at a single ground in Bala.", "Each club played its home games at multiple grounds in Bala."),
        ("The closure of Harbour Road is temporary, the council said.", "The closure of Harbour Road is permanent, the council said."),
        ("Voting in the Kelso club elections is voluntary for members.", "Voting in the Kelso club elections is compulsory for members."),
        ("The Kelso audience was amused by the mayor's speech.", "The Kelso audience was annoyed by the mayor's speech."),
        ("The Kelso housing bill passed the county senate in a vote on Tuesday.", "The Kelso housing bill failed in the county senate in a vote on Tuesday."),
    ],
)
def test_con005_flags_a_claim_and_its_antonym(first: str, second: str) -> None:
    assert con005(first, "The weather was mild that spring.", second) == 1


def test_con005_leaves_antonyms_about_two_subjects_alone() -> None:
    assert con005(
        "The closure of Harbour Road is temporary.", "The weather was mild that spring.", "The closure of Mill Lane is permanent."
    ) == 0
