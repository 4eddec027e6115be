"""CIT008 and a source linked elsewhere in the attribution's paragraph (``fixtures/articles/attribution-linked-in-its-
paragraph.md``): "according to the Harwick Institute" beside a link whose words or address name the institute has its
link; a link to another site, or none, leaves the note."""

from __future__ import annotations

import pytest

import auditor

CLAIM = "Most firms now hire remotely, according to the Harwick Institute."


def notes(text: str) -> list[str]:
    return [f.rule for f in auditor.audit_text(text, input_format="markdown").findings if f.rule == "CIT008"]


@pytest.mark.parametrize(
    "paragraph",
    [
        f"The [Harwick Institute's annual review](https://review.example.org/2024) covered 400 firms. {CLAIM}",
        f"{CLAIM} Its [latest survey](https://harwickinstitute.example.org/survey-2024) covered 400 firms.",
    ],
)
def test_source_linked_in_its_paragraph(paragraph: str) -> None:
    assert notes(paragraph + "\n") == []


@pytest.mark.parametrize(
    "paragraph",
    [
        CLAIM,
        f"{CLAIM} The [latest survey](https://jobs.example.org/survey-2024) covered 400 firms.",
        f"{CLAIM}\n\nThe [Harwick Institute's review](https://review.example.org/2024) is long.",  # another paragraph
    ],
)
def test_source_not_linked_in_its_paragraph(paragraph: str) -> None:
    assert notes(paragraph + "\n") == ["CIT008"]
