"""Two claims that say when, differently, are about two occasions (CON005 leaves them alone).

Every sentence here is invented for the test."""

from __future__ import annotations

import pytest

import auditor


def con005(*sentences: str) -> int:
    report = auditor.audit_text("\n\n".join(sentences), input_format="text", source="test")
    return sum(1 for f in report.findings if f.rule == "CON005")


@pytest.mark.parametrize(
    ("first", "second", "found"),
    [
        ("Mara Tollis visited the northern flood district this week.", "Mara Tollis did not visit the northern flood district last week.", 0),
        ("The Kelso council approved the harbour plan on Monday.", "The Kelso council did not approve the harbour plan on Tuesday.", 0),
        # one statement of an earlier state, one of the present
        ("The Orlo exporter initially did not support PDF files.", "The Orlo exporter supports PDF files.", 0),
        ("When it was added, the Orlo sleep hook did not accept zero.", "The Orlo sleep hook accepts zero.", 0),
        ("Ana Reyes used to own the Talbot mill.", "Ana Reyes does not own the Talbot mill.", 0),
        # the same occasion
        ("The Orlo exporter did not support PDF files.", "The Orlo exporter supports PDF files.", 1),
        ("The Orlo exporter initially did not support PDF files.", "The Orlo exporter initially supported PDF files.", 1),
        ("Mara Tollis visited the northern flood district last week.", "Mara Tollis did not visit the northern flood district last week.", 1),
        ("The Kelso council approved the harbour plan on Monday.", "The Kelso council did not approve the harbour plan on Monday.", 1),
    ],
)
def test_con005_compares_claims_of_one_occasion_only(first: str, second: str, found: int) -> None:
    assert con005(first, "The weather was mild.", second) == found
