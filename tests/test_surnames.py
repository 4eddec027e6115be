"""compare.surnames.names_before gives the matches of the pattern CON004 compiled for each subject word, in order,
with no pattern compiled per word."""

from __future__ import annotations

import random
import re

import pytest

from auditor.compare.surnames import CAPITALISED, names_before

PIECES = ["Mira ", "Tallis", "tallis", "TALLIS", " ", "  ", "\n", "Tom ", "The ", "O'Neill ", "Tallis-Smith", "de ",
          "Ann", "’s", ",", ".", "Ödön ", "K", "\u212a", "ſ", "A ", "B  ", "x", "_", "9", "Tallisx", "tALLis ",
          "“", "—", "é", "Éva ", "\u0130", "ﬁ", "Taſlis"]
WORDS = ["tallis", "Tallis", "o'neill", "tallis-smith", "a", "k", "s", "9x", "-x", "ödön", "x", " tallis"]


def _plain(text: str, word: str) -> list[tuple[str, str]]:
    pattern = re.compile(rf"\b((?:{CAPITALISED}\s+){{1,2}})(?i:{re.escape(word)})\b")
    return [(m.group(1), m.group()) for m in pattern.finditer(text)]


@pytest.mark.parametrize("seed", range(6))
def test_names_before_gives_the_matches_of_the_pattern(seed: int) -> None:
    rnd = random.Random(seed)
    hits = 0
    for _ in range(3000):
        text = "".join(rnd.choice(PIECES) for _ in range(rnd.randint(1, 16)))
        for word in WORDS:
            expected = _plain(text, word)
            assert names_before(text, word) == expected, (text, word)
            hits += bool(expected)
    assert hits > 100  # the generated texts hold many matches, not only misses


def test_names_before_reads_a_full_name() -> None:
    assert names_before("Mira Tallis founded it; Dr Ann Tallis too.", "tallis") == [
        ("Mira ", "Mira Tallis"),
        ("Dr Ann ", "Dr Ann Tallis"),
    ]


def test_the_characters_that_fold_to_ascii_letters_are_all_listed() -> None:
    from auditor.compare.surnames import _FOLDS_TO_ASCII

    letters = [re.compile(f"(?i:{a})") for a in "abcdefghijklmnopqrstuvwxyz0123456789"]
    missing = [
        hex(cp)
        for cp in range(128, 0x10000)
        if _FOLDS_TO_ASCII.match(c := chr(cp)) is None
        and (any(ch.isascii() for ch in c.lower()) or any(p.fullmatch(c) for p in letters))
    ]
    assert missing == []
