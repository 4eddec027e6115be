"""Memos that hold one document's readings at a time: what an audit leaves behind is bounded by one document,
however many a process audits (check mode's workers), and a memo shared by two stages answers both."""

from __future__ import annotations

import pytest

from auditor import article
from auditor.api import audit_text
from auditor.load import load_document
from auditor.reading import reading
from auditor.reference_lists import _parenthesised_notes, parenthesised_notes


def _article(n: int) -> str:
    return "\n\n".join(f"The Velmor depot {n} moved {100 + k} crates of tin in {1990 + k}, the clerk wrote." for k in range(40))


def test_readings_holds_only_the_last_document_past_its_bound(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(article, "WORDS_KEPT", 10)
    audit_text(_article(1), "markdown", "one.md")
    first = reading.cache_info().currsize
    assert first > 0
    audit_text(_article(2), "markdown", "two.md")
    # The second document's sentences only: the first one's are gone (they would double the count).
    assert reading.cache_info().currsize <= first


def test_readings_kept_for_a_document_read_again() -> None:
    audit_text(_article(3), "markdown", "three.md")
    before = reading.cache_info()
    assert before.currsize <= article.WORDS_KEPT
    audit_text(_article(3), "markdown", "three.md")
    after = reading.cache_info()
    assert after.misses == before.misses  # every text's words were still there


def test_parenthesised_notes_computed_once_per_document() -> None:
    text = (
        "The survey of 2004 (1) found more tin in the hills (2) than before.\n\n" * 3
        + "(1) Harlan, Tin of the hills, 2006.\n\n(2) Osk, Survey notes, 2007.\n"
    )
    doc = load_document(text, "markdown", "notes.md")
    found = parenthesised_notes(doc)
    assert found == _parenthesised_notes(doc)
    assert found and set(found.values()) == {"1", "2"}
    assert parenthesised_notes(doc) is found  # the second stage gets the same answer, not a second reading
    other = load_document(text.replace("(2)", "(3)"), "markdown", "other.md")
    assert parenthesised_notes(other) is not found
    assert set(parenthesised_notes(other).values()) == {"1", "3"}


def test_memos_past_their_bound_are_emptied_before_the_next_document(monkeypatch: pytest.MonkeyPatch) -> None:
    from functools import lru_cache

    from auditor import memos

    monkeypatch.setattr(memos, "_MEMOS", [])

    @memos.per_document(3)
    @lru_cache(maxsize=100)
    def doubled(n: int) -> int:
        return 2 * n

    for n in range(3):
        doubled(n)
    memos.trim()
    assert doubled.cache_info().currsize == 3  # within its bound: kept for a document read again
    doubled(3)
    memos.trim()
    assert doubled.cache_info().currsize == 0  # one long document's entries do not stay for ever
    with pytest.raises(TypeError):
        memos.per_document(3)(lambda n: n)


def test_figure_memos_hold_a_long_document_and_are_trimmed_after_it() -> None:
    from auditor import memos
    from auditor.compare import quantities

    registered = {memo for memo, _ in memos._MEMOS}
    assert {quantities._found, quantities._numbers} <= registered
    assert quantities.REMEMBERED > 4 * quantities.KEPT  # room for a long article's texts in all their forms
    audit_text(_article(4), "markdown", "four.md")
    assert quantities._numbers.cache_info().currsize > 0


def test_words_around_a_position_read_from_a_window() -> None:
    from auditor.text import words_after, words_before

    text = "The  council\tsold " + "many " * 500 + "homes in 1990, said the clerk of the Velmor depot."
    for pos in (0, 5, 13, len(text) // 2, len(text) - 7, len(text)):
        for k in (1, 3, 6):
            assert words_before(text, pos, k) == text[:pos].split()[-k:]
            assert words_after(text, pos, k) == text[pos:].split()[:k]


def test_a_fronted_opening_is_read_at_the_start_of_a_claim_only() -> None:
    from auditor.compare.traits import _opening

    assert _opening("  Standing at 210 metres", 14) == "Standing at"
    assert _opening("The tower rose and, standing at 210 metres", 32) is None  # longer than any opening
