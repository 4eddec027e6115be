"""How many sons, daughters or siblings a person has, counted twice (auditor.compare.families, reported as
CON003). Every sentence here is invented for the test."""

from __future__ import annotations

import pytest

import auditor
from auditor.compare.families import find_counts


def con003(*sentences: str) -> list[str]:
    report = auditor.audit_text("\n\n".join(sentences), input_format="text", source="test")
    return [f.rule for f in report.findings if f.rule == "CON003"]


def test_a_count_is_read_with_its_person_and_kind() -> None:
    found = find_counts(0, "Osric Vane had three sons.")
    assert [(c.person, c.kin, c.value, c.at_least) for c in found] == [("osric vane", "sons", 3, False)]


def test_an_only_child_has_no_siblings() -> None:
    found = find_counts(0, "Mira Castell was an only child.")
    assert {(c.kin, c.value) for c in found} == {("brothers", 0), ("sisters", 0), ("siblings", 0)}


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Osric Vane had three sons.", "Vane's four sons inherited the estate."),
        ("Osric Vane had three sons.", "All four of Osric Vane's sons served in the navy."),
        ("Mira Castell was an only child.", "Mira Castell and her two sisters ran the mill."),
        ("Mira Castell was an only child.", "Mira Castell's brother Piet Castell ran the mill."),
        ("Edda Rook's only son farmed the valley.", "Edda Rook had two sons."),
    ],
)
def test_two_counts_of_one_family_are_flagged(one: str, other: str) -> None:
    assert con003(one, "The valley floods in spring.", other) == ["CON003"]


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Osric Vane had three sons.", "Vane's three sons inherited the estate."),
        ("Osric Vane had two sons by his first wife.", "Vane's four sons inherited the estate."),
        ("Osric Vane had three sons.", "Vane's two eldest sons inherited the estate."),
        ("Osric Vane had three sons.", "By then Vane's four sons ran the estate."),
        ("Osric Vane had three sons.", "Piet Vane's four sons inherited the estate."),
        ("Mira Castell was the only child of Ada Castell.", "Mira Castell and her two sisters ran the mill."),
    ],
)
def test_parts_times_and_other_people_are_not_flagged(one: str, other: str) -> None:
    assert con003(one, "The valley floods in spring.", other) == []


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Okafor is a father of three.", "Okafor and his wife live in Lagos with their five children."),
        ("Hana Sato, a mother of two, runs the bakery.", "Sato's four children all work in the shop."),
        ("Piet Lenz and his wife, Ria, have four sons.", "Lenz and his wife Ria raised their six sons on the farm."),
        ("Ada Moss and her husband have three daughters.", "Moss's two daughters both became engineers."),
        ("Colonel Hart is the father of five children.", "Hart and his wife, Mary, raised their seven children on the estate."),
        ("The physicist Rolf Dahl was a father of two.", "Dahl and his wife moved to Zurich with their three children."),
    ],
)
def test_a_parent_counted_against_a_couple_is_flagged(one: str, other: str) -> None:
    assert con003(one, "The weather was mild.", other) == ["CON003"]


@pytest.mark.parametrize(
    ("one", "other"),
    [
        # a couple's children are some of each parent's
        ("Sato and his wife have three children.", "Sato's four children attended the ceremony."),
        ("Okafor is a father of three.", "Okafor and his wife have five grandchildren."),
        ("Hana Sato is a mother of two.", "Sato and her husband have two children."),
        ("Okafor is a father of three grown-up sons.", "Okafor's two daughters run the shop."),
        ("Rolf Dahl is the father of the bride.", "Dahl and his wife have three children."),
        ("Lenz is a father of three-time champion Ria Lenz.", "Lenz and his wife have two children."),
    ],
)
def test_couples_and_other_kin_are_not_flagged(one: str, other: str) -> None:
    assert con003(one, "The weather was mild.", other) == []


def test_fixture_children_of_a_couple() -> None:
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "fixtures" / "articles" / "CON003-children-of-a-couple.md"
    found = [f for f in auditor.audit_path(path).findings if f.rule == "CON003"]
    assert len(found) == 1
    assert "their five children" in found[0].message
