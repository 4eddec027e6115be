"""Figures in lists under two numbered labels of one word ("Year 1 targets:" / "Year 2 targets:") are two occasions'
figures, not one quantity given twice (CON003); under one label, or with no label, they still conflict.
Sentences invented for the test."""

from __future__ import annotations

from auditor import audit_text

ITEM = "wellness centres serving residents across the city every month"


def con003(text: str) -> int:
    return sum(f.rule == "CON003" for f in audit_text(text).findings)


def test_two_years_targets_are_two_occasions() -> None:
    text = f"# Plan\n\nYear 1 targets:\n\n- 3 {ITEM}\n- Faster calls\n\nYear 2 targets:\n\n- 9 {ITEM}\n- Fewer calls\n"
    assert con003(text) == 0


def test_one_label_or_none_still_conflicts() -> None:
    same = f"# Plan\n\nYear 1 targets:\n\n- 3 {ITEM}\n- Faster calls\n\nYear 1 targets:\n\n- 9 {ITEM}\n- Fewer calls\n"
    plain = f"# Plan\n\nThe plan:\n\n- 3 {ITEM}\n- Faster calls\n\nIn short:\n\n- 9 {ITEM}\n- Fewer calls\n"
    assert con003(same) == 1
    assert con003(plain) == 1
