"""Kinships and nationalities written before a name ("her husband Piet Holm", "the French painter Lena Hart"),
and ages in a present clause ("Kowal, who is 41,"): auditor.compare.attributes, reported as CON006. Every sentence
here is invented for the test."""

from __future__ import annotations

import pytest

import auditor
from auditor.compare.attributes import find_attributes


def con006(*sentences: str) -> list[str]:
    report = auditor.audit_text("\n\n".join(sentences), input_format="text", source="test")
    return [f.rule for f in report.findings if f.rule == "CON006"]


def test_a_kinship_before_a_name_is_read_with_its_owner() -> None:
    found = find_attributes(0, "Greta Holm ran the mill with her husband Piet Holm.")
    assert [(a.person, a.kind, a.value, a.relative) for a in found] == [("piet holm", "kinship", "husband", "greta holm")]


def test_his_or_her_with_two_names_before_it_is_not_read() -> None:
    assert find_attributes(0, "Tom Vale met Anna Roos and her brother Sam Roos.") == []


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Tom Vale travels to the city with his brother Sam Vale.", "Tom Vale's son Sam Vale soon returns home."),
        ("Greta Holm lives with her husband Piet Holm.", "Greta Holm's father Piet Holm dies in the winter."),
        ("Lena Hart is a German painter.", "The French painter Lena Hart moved to the coast."),
        ("Marta Kowal, 34, owns a bakery in Dunmore.", "Kowal, who is 41, says the ovens are older than she is."),
        ("Marta Kowal, 34, owns a bakery in Dunmore.", "Marta Kowal is 41 years old and still bakes every day."),
    ],
)
def test_two_kinships_nationalities_or_ages_of_one_person_are_flagged(one: str, other: str) -> None:
    assert con006(one, "The town has two bakeries.", other) == ["CON006"]


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Tom Vale travels to the city with his brother Sam Vale.", "Tom Vale's twin Sam Vale soon returns home."),
        ("Greta Holm lives with her husband Piet Holm.", "Greta Holm's fiancé Piet Holm built the wheel."),
        ("Greta Holm lives with her husband Piet Holm.", "Anna Roos's father Piet Holm built the wheel."),
        ("Lena Hart is a German painter.", "The French teacher Lena Hart moved to the coast."),
        ("Marta Kowal, 34, owns a bakery in Dunmore.", "Kowal, who was 41 when the bakery burned, started again."),
    ],
)
def test_kinships_that_can_both_hold_and_other_readings_are_not_flagged(one: str, other: str) -> None:
    assert con006(one, "The town has two bakeries.", other) == []


def test_a_kinship_before_a_possessive_name_is_not_read() -> None:
    assert find_attributes(0, "Greta Holm sold the mill to her brother Piet's partner.") == []
