"""A denial written with a contracted negator ("isn't", "wasn't", "doesn't") is a denial like "is not" (CON005).

The claims that may deny another are found first by their words (``Pairing.polar``): "isn't" gives the bytes
"isn" and "t", and "t" alone is too short to be kept, so "isn" must be known. Every sentence is invented."""

from __future__ import annotations

import pytest

import auditor
from auditor.compare.pairing import polarity_words, words_of


def con005(first: str, second: str) -> list[tuple[str, tuple[str, ...]]]:
    text = f"{first}\n\nThe weather in the region was mild that spring.\n\n{second}"
    report = auditor.audit_text(text, input_format="text", source="test")
    return [(f.claim or "", f.related) for f in report.findings if f.rule == "CON005"]


@pytest.mark.parametrize("negated", ["isn't", "wasn't", "isn’t", "is not"])
def test_con005_flags_a_contracted_denial(negated: str) -> None:
    first = "The Lydd company is based in Leeds and employs 300 people."
    assert con005(first, f"The Lydd company {negated} based in Leeds.") == [("c3", ("c1",))]


@pytest.mark.parametrize("word", ["isn't", "wasn't", "doesn't", "hasn't", "didn't", "weren't", "don’t"])
def test_a_contracted_negator_makes_a_claim_polar(word: str) -> None:
    assert words_of(f"It {word} matter") & polarity_words()


def test_con005_leaves_a_contracted_denial_of_something_else() -> None:
    first = "The Lydd company is based in Leeds and employs 300 people."
    assert con005(first, "The Lydd company isn't based in York.") == []


@pytest.mark.parametrize(
    ("first", "second", "flagged"),
    [
        ("The Lydd team qualified for the 2010 regional cup finals.", "The Lydd team failed to qualify for the 2010 regional cup finals.", True),
        ("Anna Berg won the national title in 1998.", "Anna Berg failed to win the national title in 1998.", True),
        # denied twice: the same sense
        ("Anna Berg won the national title in 1998.", "Anna Berg never failed to win the national title in 1998.", False),
        # a failure that is no denial of a verb
        ("The Lydd bank traded for the last time in 2009.", "The Lydd bank failed in 2009.", False),
    ],
)
def test_con005_reads_failed_to_as_a_denial(first: str, second: str, flagged: bool) -> None:
    assert bool(con005(first, second)) is flagged
