"""Copies of a claim (a caption, a pull quote) are read as one claim by the sourcing rules: sourced when a copy is,
reported once when none is. Sentences invented for the test."""

from __future__ import annotations

import auditor
from auditor.article import analyse
from auditor.checks.copies import first_unsourced
from tests.conftest import FIXTURES


def cit(rule: str, text: str) -> list[str]:
    return [f.message for f in auditor.audit_text(text).findings if f.rule == rule]


def test_fixture_reports_the_unsourced_share_once_and_not_the_sourced_caption() -> None:
    messages = cit("CIT001", (FIXTURES / "articles" / "CIT001-caption-repeats-its-sentence.md").read_text(encoding="utf-8"))
    assert len(messages) == 1
    assert "62 per cent" in messages[0]


def test_copies_are_paired_anywhere_and_only_with_the_same_figures() -> None:
    text = (
        "Ferry trips across the harbour rose to 4.2 million last year, the port said.\n\n## Later\n\n"
        "Ferry trips across the harbour rose to 4.2 million last year, the port said. Pictured: the pier\n\n"
        "Ferry trips across the harbour rose to 5.1 million last year, the port said.\n"
    )
    article = analyse(auditor.load_document(text, "markdown"))
    first, second, other = article.claims
    assert first_unsourced(article, first, frozenset())  # no copy before it
    assert not first_unsourced(article, second, frozenset())  # its copy comes first, across a heading
    assert not first_unsourced(article, first, {second.id})  # a later copy has a link
    assert first_unsourced(article, other, {first.id, second.id})  # other figures: no copy, however linked


def test_two_unlinked_copies_of_an_attribution_get_one_note() -> None:
    sentence = "Scientists say the new ferries will cut the harbour's emissions by a third within five years."
    assert len(cit("CIT008", f"{sentence}\n\nThe council met.\n\n{sentence} Stock image\n")) == 1
