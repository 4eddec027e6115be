"""'She never married' denies every marriage, whatever its object (CON005, auditor.compare.predicates,
knowledge/predicates.json 'whole_life'). Every sentence here is invented for the test."""

from __future__ import annotations

import pytest

import auditor


def con005(*sentences: str) -> list[tuple[str, tuple[str, ...]]]:
    report = auditor.audit_text("\n\n".join(sentences), input_format="text", source="test")
    return [(f.claim or "", f.related) for f in report.findings if f.rule == "CON005"]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Mira Sol never married.", "Mira Sol married the painter Jon Arden in 1962."),
        ("Mira Sol married the painter Jon Arden in 1962.", "Mira Sol never married and had no children."),
        ("Mira Sol never married.", "Sol was married to the painter Jon Arden."),
    ],
)
def test_con005_flags_a_marriage_of_one_who_never_married(first: str, second: str) -> None:
    assert con005(first, "The weather was mild that spring.", second) == [("c3", ("c1",))]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Mira Sol never remarried.", "Mira Sol married the painter Jon Arden in 1962."),  # a first marriage
        ("Mira Sol never married in church.", "Mira Sol married the painter Jon Arden in 1962."),  # one kind
        ("Mira Sol never married.", "Ana Sol married the painter Jon Arden in 1962."),  # someone else
        ("Mira Sol did not marry.", "Mira Sol married the painter Jon Arden in 1962."),  # not "never": a time
    ],
)
def test_con005_leaves_marriages_the_denial_does_not_cover(first: str, second: str) -> None:
    assert con005(first, "The weather was mild that spring.", second) == []
