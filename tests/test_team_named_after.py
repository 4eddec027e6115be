"""CIT008 leaves alone an attribution to a research team named by what it is ("According to the Danish team") when
its section names one of the team's people with their institution a few sentences on ("said study author Ida Holm
of Aarhus University"); an attribution to a body it never names further ("According to the ministry") is still
noted. Invented."""

from __future__ import annotations

import auditor
from tests.conftest import FIXTURES

FIXTURE = FIXTURES / "articles" / "team-named-after-attribution.md"


def cit008(text: str) -> list[str]:
    return [f.message for f in auditor.audit_text(text).findings if f.rule == "CIT008"]


def test_a_team_whose_author_is_named_after_is_identified() -> None:
    assert not any("Danish team" in m for m in cit008(FIXTURE.read_text(encoding="utf-8")))


def test_without_its_author_named_the_team_is_noted() -> None:
    text = FIXTURE.read_text(encoding="utf-8").replace(" said study author Ida Holm of Aarhus University.", " one modeller said.")
    assert any("Danish team" in m for m in cit008(text))


def test_another_body_is_still_noted() -> None:
    assert any("the ministry" in m for m in cit008(FIXTURE.read_text(encoding="utf-8")))
