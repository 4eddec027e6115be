"""auditor.segment: after an abbreviation, a title ("Mr.") starts a sentence only after enough words; the words
are looked for from the sentence start and no farther than needed, with the answer of a count of them all."""

from __future__ import annotations

import random

from auditor import segment
from auditor.segment import PREFIX, STARTERS, sentence_spans


def _counted(text: str, j: int, begin: int, s: int) -> bool:
    found = segment._WORD.match(text, j)
    word = found.group().lower() if found else ""
    if word in STARTERS:
        return True
    words_before = text.count(" ", begin, s) + text.count("\n", begin, s) + 1
    return word in PREFIX and words_before >= segment._MIN_WORDS_BEFORE_TITLE


def test_the_same_answer_as_counting_every_word() -> None:
    rng = random.Random(8)
    pieces = ["a", "U.S.", " ", "\n", "  ", "Mr.", "Dr. ", "The", "word", "\t", "x"]
    checked = 0
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 12))) + " Mr. Smith said so."
        j = text.rindex("Mr.")
        for begin in range(0, j + 1, 3):
            for s in range(begin, j + 1, 2):
                assert segment._starts_sentence(text, j, begin, s) == _counted(text, j, begin, s), (text, begin, s)
                checked += 1
    assert checked > 20_000


def test_a_title_after_an_abbreviation_in_a_long_or_a_short_run() -> None:
    assert len(sentence_spans("The plant opened at 6 a.m. Mr. Smith spoke.")) == 2
    assert len(sentence_spans("At 5 a.m. Mr. Smith spoke.")) == 1
    long_sentence = "In 1990 the council said " + "the U.S. Army and " * 3000 + "others agreed."
    assert sentence_spans(long_sentence) == [(0, len(long_sentence))]
