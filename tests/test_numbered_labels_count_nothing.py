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


def test_a_heading_over_a_list_of_particulars_counts_nothing() -> None:
    particulars = "\n\n- Cost: $2.5 million a year per centre\n- Capacity: 500 residents a month\n- Staff: nurses\n"
    listed = "\n\n- Fewer crimes\n- Faster response\n- More trust\n- Lower cost\n"
    assert not [f for f in audit_text(f"# Plan\n\n## 18 wellness centres{particulars}").findings if f.rule == "CON003"]
    assert [f for f in audit_text(f"# Plan\n\n## Five ways to save energy{listed}").findings if f.rule == "CON003"]
