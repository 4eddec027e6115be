"""A nationality told as a name's whole predicate ("Lars Vik is Norwegian.") or with the noun of a researcher, and
quiet where the article speaks of citizenship or passports (auditor.compare.attributes, reported as CON006). Every
sentence here is invented for the test."""

from __future__ import annotations

import pytest

import auditor

FILLER = "The council met on a rainy evening and several residents spoke about parking."


def con006(first: str, second: str) -> list[str]:
    report = auditor.audit_text(f"{first}\n\n{FILLER}\n\n{second}\n", input_format="text", source="test")
    return [f.rule for f in report.findings if f.rule == "CON006"]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Ines Roca, a Chilean citizen, led the research team.", "The Argentine researcher Ines Roca published in May."),
        ("Rui Pena is Portuguese.", "The Spanish chemist Rui Pena won the award in 2004."),
        ("The sculptor Ada Brenner was Austrian.", "The Swiss sculptor Ada Brenner died in 1961."),
        ("Tomas Ek, a Swedish national, flew the mission.", "The Finnish astronaut Tomas Ek landed on Friday."),
        ("Karin Dahl was Danish.", "The Norwegian historian Karin Dahl wrote six books."),
        ("Mina Sato is Japanese.", "Mina Sato, a Korean climber, reached the summit."),
    ],
)
def test_two_nationalities_of_one_person_are_flagged(first: str, second: str) -> None:
    assert con006(first, second) == ["CON006"]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # two nationalities may both hold where the article speaks of citizenship or passports
        ("Rui Pena holds Spanish and Portuguese passports.", "Rui Pena is Portuguese. The Spanish chemist Rui Pena won."),
        ("Ines Roca, a Chilean citizen, led the team.", "The Argentine researcher Ines Roca took dual citizenship."),
        # one nationality inside another, a language, another person
        ("Anna Holt was Scottish.", "The British novelist Anna Holt died in 1950."),
        ("Mina Sato is Japanese.", "Mina Sato studied Korean in Seoul."),
        ("Karin Dahl was Danish.", "The Norwegian historian Lars Dahl wrote six books."),
        ("The French teacher Mina Sato is Japanese.", "Sato moved to Lyon in 2010."),
    ],
)
def test_nationalities_that_can_both_hold_are_silent(first: str, second: str) -> None:
    assert con006(first, second) == []


def test_fixture_nationality_as_predicate() -> None:
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "fixtures" / "articles" / "CON006-nationality-as-predicate.md"
    found = [f for f in auditor.audit_path(path).findings if f.rule == "CON006"]
    assert len(found) == 1
    assert "Norwegian" in found[0].message
