"""A number that names a year, phase or step ("Year 2 targets:", "Phase 3 goals:") counts nothing: the list after it
is not held to that length (CON003), while a count ("The plan sets 2 targets:") still is. Sentences invented."""

from __future__ import annotations

import pytest

from auditor import audit_text

ITEMS = "\n\n- Fewer crimes\n- Faster response\n- More trust\n- Lower cost\n"


def con003(lead: str) -> list[str]:
    return [f.message for f in audit_text(f"# Plan\n\n{lead}{ITEMS}").findings if f.rule == "CON003"]


@pytest.mark.parametrize("lead", ["Year 2 targets:", "**Year 4 Targets (Final):**", "Phase 3 goals:", "Step 2 tasks:"])
def test_a_numbered_label_counts_nothing(lead: str) -> None:
    assert con003(lead) == []


@pytest.mark.parametrize("lead", ["The plan sets 2 targets:", "The report makes three recommendations:"])
def test_a_count_still_does(lead: str) -> None:
    assert len(con003(lead)) == 1
