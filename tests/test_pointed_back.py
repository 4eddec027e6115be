"""CIT008 and a work pointed back at ("according to that guide"): the link just before, in the paragraph or the one
before it, is the work's; with no link before, the attribution still asks for one. Sentences invented for the test."""

from __future__ import annotations

import auditor
from tests.conftest import FIXTURES


def unlinked(text: str) -> list[str]:
    return [f.message for f in auditor.audit_text(text).findings if f.rule == "CIT008"]


def test_fixture_flags_only_the_survey_with_no_link() -> None:
    messages = unlinked((FIXTURES / "articles" / "CIT008-work-pointed-back-at.md").read_text(encoding="utf-8"))
    assert len(messages) == 1
    assert "a state survey found" in messages[0]


def test_a_link_two_paragraphs_back_is_out_of_reach() -> None:
    text = (
        "We read the [field guide](https://health.example.gov/guide) last spring.\n\n"
        "The office has four staff.\n\n"
        "According to that guide, three habits make a health office trusted.\n"
    )
    assert len(unlinked(text)) == 1


def test_a_link_in_a_later_paragraph_is_not_before_it() -> None:
    text = (
        "According to that guide, three habits make a health office trusted.\n\n"
        "We also read the [county's notes](https://health.example.gov/notes) on outbreaks.\n"
    )
    assert len(unlinked(text)) == 1
