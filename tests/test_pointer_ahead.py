"""A paragraph that points at the document's detail further on ("Read more below") is sourced there only when that
detail cites a source: on a guide whose sections below cite nothing, its figure still needs one. Invented."""

from __future__ import annotations

import auditor
from tests.conftest import FIXTURES

FIXTURE = FIXTURES / "articles" / "guide-points-below-to-nothing.md"


def cit001(text: str) -> list[str]:
    return [f.message for f in auditor.audit_text(text).findings if f.rule == "CIT001"]


def test_a_pointer_to_uncited_detail_sources_nothing() -> None:
    assert any("62 per cent" in m for m in cit001(FIXTURE.read_text(encoding="utf-8")))


def test_a_pointer_to_cited_detail_sources_the_paragraph() -> None:
    text = FIXTURE.read_text(encoding="utf-8").replace(
        "and you will barely notice it.",
        "and it saves about 10 per cent of a heating bill ([Energy Trust](https://energytrust.example.org/thermostat)).",
    )
    assert not any("62 per cent" in m for m in cit001(text))
