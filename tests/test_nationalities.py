"""Nationalities of named people, groups and works (auditor.compare.attributes, CON006).

Every sentence here is invented for the test."""

from __future__ import annotations

import pytest

import auditor


def con006(*sentences: str) -> list[list[str]]:
    report = auditor.audit_text("\n\n".join(sentences), input_format="text", source="test")
    return [list(f.evidence["values"]) for f in report.findings if f.rule == "CON006"]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The Tallows were an American indie rock group.", "The Tallows were a British pop group."),
        ("Dust Road is a 1931 American drama film.", "Dust Road is a 1931 French drama film."),
        ("Dana Reyes is an English engineer.", "Dana Reyes is a Scottish inventor."),
    ],
)
def test_con006_flags_two_nationalities_of_one_group_work_or_person(first: str, second: str) -> None:
    found = con006(first, "They toured in the spring.", second)
    assert len(found) == 1 and found[0][0].split()[-1] in first and found[0][1].split()[-1] in second


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # one includes the other
        ("Dana Reyes is an English engineer.", "Dana Reyes is a British inventor."),
        ("Dana Reyes is a British engineer.", "Dana Reyes is a Welsh inventor."),
        # two groups
        ("The Tallows were an American indie rock group.", "The Marrows were a British pop group."),
        # a nationality of its own in a compound
        ("Dust Road is a 1931 American drama film.", "Dust Road is a 1931 French-American drama film."),
    ],
)
def test_con006_leaves_nested_and_other_subjects_alone(first: str, second: str) -> None:
    assert con006(first, "They toured in the spring.", second) == []
