"""Show notes (:mod:`auditor.sourcing.linked_works`): a sentence in the section a page gives to a work it links
("## Story 2" over "Story 2 - [title](url)" above) that speaks of "the story" describes the linked work, whose link
is its source; the same sentence in a section that names no linked work, or a research claim in the writer's own
notes, still needs a source. Invented."""

from __future__ import annotations

import auditor
from tests.conftest import FIXTURES

NOTES = FIXTURES / "articles" / "notes-on-linked-articles.md"


def cit001(text: str) -> list[str]:
    return [f.message for f in auditor.audit_text(text, input_format="markdown").findings if f.rule == "CIT001"]


def test_a_sentence_on_the_linked_work_in_its_section_is_sourced_by_the_link() -> None:
    found = cit001(NOTES.read_text(encoding="utf-8"))
    assert not any("quoted in the story" in m or "feature in the story" in m for m in found)


def test_the_writers_own_research_claim_still_needs_a_source() -> None:
    assert any("have shown" in m for m in cit001(NOTES.read_text(encoding="utf-8")))


def test_under_headings_that_name_no_linked_work_the_sentences_need_sources() -> None:
    text = NOTES.read_text(encoding="utf-8").replace("## Story 1\n", "## First reading\n").replace(
        "## Story 2\n", "## Second reading\n"
    )
    assert any("feature in the story" in m for m in cit001(text))


def test_a_heading_may_name_the_work_by_its_link_words() -> None:
    text = NOTES.read_text(encoding="utf-8").replace(
        "## Story 2\n", "## Why the jellyfish are back, and why you should not panic\n"
    )
    assert not any("feature in the story" in m for m in cit001(text))


def test_a_clause_break_ends_the_reference() -> None:
    text = NOTES.read_text(encoding="utf-8").replace(
        "Dozens of sources and marine researchers feature in the story with links to their research and websites.",
        "The story gets one thing wrong: researchers have shown that warming seas double the size of the blooms.",
    )
    assert any("one thing wrong" in m for m in cit001(text))
