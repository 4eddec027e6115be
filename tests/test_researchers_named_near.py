"""Researchers left unnamed in one sentence and named a few sentences away in the same section ("Scientists say ...
Lead author Dr. X, of Y University, said ...") are that team: CIT001 and CIT008 stay quiet. Not across a heading,
and not for "experts". Sentences invented for the test."""

from __future__ import annotations

import auditor
from tests.conftest import FIXTURES


def flagged(text: str, rule: str) -> list[str]:
    return [f.message for f in auditor.audit_text(text).findings if f.rule == rule]


def test_fixture_flags_only_the_experts() -> None:
    text = (FIXTURES / "articles" / "CIT001-researchers-named-later.md").read_text(encoding="utf-8")
    messages = flagged(text, "CIT001")
    assert len(messages) == 1
    assert "Experts say" in messages[0]
    assert not any("Scientists say" in m for m in flagged(text, "CIT008"))


def test_a_heading_between_ends_the_reach() -> None:
    text = (
        "Scientists say coastal sea-grass meadows hold twice as much carbon per hectare as the forests inland.\n\n"
        "## Methods\n\n"
        "Lead author Dr. Mira Castell, of Northfield University's marine lab, said the team sampled 140 sites.\n"
    )
    assert len(flagged(text, "CIT001")) == 1


def test_too_far_is_out_of_reach() -> None:
    filler = "".join(f"The bay's ferry route {n} runs twice a day in summer.\n\n" for n in range(10))
    text = (
        "Scientists say coastal sea-grass meadows hold twice as much carbon per hectare as the forests inland.\n\n"
        + filler
        + "Lead author Dr. Mira Castell, of Northfield University's marine lab, said the team sampled 140 sites.\n"
    )
    assert len(flagged(text, "CIT001")) == 1


def test_one_study_named_further_on_is_identified_but_other_studies_are_not() -> None:
    venue = "The findings were published in the journal Marine Ecology Progress Series on Tuesday.\n"
    one = f"A new study found that sea-grass meadows recover within a decade of replanting. {venue}"
    many = f"Studies found that sea-grass meadows recover within a decade of replanting. {venue}"
    assert not flagged(one, "CIT008")
    assert len(flagged(many, "CIT008")) == 1
