"""A later figure whose subject adds a word right before the head the earlier one names is of another thing ("the
repair kit" ... "the deluxe repair kit", "the bridge" ... "the rail bridge"): no CON003, whether the claims are read
as near copies (checks/pairs.narrowed_subject) or as two measures (compare/figures). The other way round the later,
shorter subject refers back to the earlier one, and the figures conflict. Every sentence is invented."""

from __future__ import annotations

import pytest

import auditor

FILLER = "The council met on a rainy evening and several residents spoke about parking."


def con003(first: str, second: str) -> list[str]:
    report = auditor.audit_text(f"{first}\n\n{FILLER}\n\n{second}\n", input_format="text", source="t")
    return [f.rule for f in report.findings if f.rule == "CON003"]


@pytest.mark.parametrize(
    ("plain", "narrowed", "same"),
    [
        ("The repair kit costs $15.", "The deluxe repair kit costs $25.", "The repair kit costs $25."),
        ("The bridge is 400 metres long.", "The rail bridge is 600 metres long.", "The bridge is 600 metres long."),
        ("The hall seats 400 people.", "The main hall seats 600 people.", "The hall seats 600 people."),
        ("The ferry carries 120 passengers.", "The night ferry carries 300 passengers.", "The ferry carries 300 passengers."),
    ],
)
def test_a_word_before_the_head_makes_another_thing(plain: str, narrowed: str, same: str) -> None:
    assert con003(plain, same) == ["CON003"]
    assert con003(plain, narrowed) == []
    assert con003(narrowed, plain) == ["CON003"]  # the later, shorter subject refers back to the earlier one


def test_a_name_before_the_subject_is_no_narrowing() -> None:
    assert con003("Harwell Motors cut 1,200 jobs at its Leeds plant.", "Harwell Motors cut 1,500 jobs at its Leeds plant.") == ["CON003"]
