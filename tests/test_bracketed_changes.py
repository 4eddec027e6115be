"""CON003: a figure in brackets qualifies the figure before it (auditor.compare.figures._asides_apart)."""

from __future__ import annotations

import auditor


def _con003(text: str) -> list[str]:
    return [f.message for f in auditor.audit_text(text, input_format="markdown").findings if f.rule == "CON003"]


def test_two_counts_rises_are_two_quantities() -> None:
    text = (
        "48,200 families got a parcel through our bank (a 12% increase from 2022).\n\n"
        "31,500 meals were delivered to homes (a 25% increase from 2022).\n"
    )
    assert _con003(text) == []


def test_one_counts_two_rises_still_conflict() -> None:
    text = (
        "48,200 families got a parcel through our bank (a 12% increase from 2022).\n\n"
        "48,200 families got a parcel through our bank (a 25% increase from 2022).\n"
    )
    assert len(_con003(text)) == 1
