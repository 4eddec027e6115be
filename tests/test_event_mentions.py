"""compare.subjects.Mentions reads a subject's mentions only in the claims that hold its word, once per word: the
same answers as the readers over every claim (which were quadratic when asked per event of a long article)."""

from __future__ import annotations

import pytest

from auditor.compare.subjects import DESCRIPTION, Mentions, full_name, named_for, sole

TEXTS = [
    "Mira Tallis founded the Harrowgate Choir in 1988.",
    "The choir toured Wales in 1990, and Tallis's brother joined it.",
    "Tom Tallis, her cousin, sang with the choir's basses.",
    "The new library opened in 2004; the library's reading room opened in 2005.",
    "A youth choir from Leeds visited the library in 2006.",
    "TALLIS retired in 2010, and the choirs of the county sang.",
    "O'Neill wrote about Tallis-Smith in 2012.",
]


@pytest.mark.parametrize("word", ["tallis", "Tallis", "o'neill", "tallis-smith", "choir", "nobody"])
@pytest.mark.parametrize("cut", [2, 3, 5, 7])
def test_full_name_reads_the_same_in_the_claims_that_hold_the_word(word: str, cut: int) -> None:
    texts = TEXTS[:cut]
    assert Mentions(texts).full_name(word) == full_name(word, texts)


@pytest.mark.parametrize("noun", ["choir", "library", "room", "tallis"])
@pytest.mark.parametrize("cut", [1, 2, 4, 5, 7])
def test_a_description_reads_the_same_in_the_claims_that_hold_its_noun(noun: str, cut: int) -> None:
    texts, head = TEXTS[:cut], DESCRIPTION + noun
    expected = head if sole(head, texts) else named_for(head, texts)
    assert Mentions(texts).described(head) == expected
