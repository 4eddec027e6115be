"""Faster readings of CON003's figure comparer give what the slower ones gave (issues 8 and 10)."""

from __future__ import annotations

import random
import re
from collections.abc import Iterable

import pytest

from auditor.compare import clauses
from auditor.compare.opposites import opposed, opposed_signs, signs_of

_WORD_AS_WRITTEN = re.compile(r"[^\W\d_][\w'’-]*|\d{4}\b")
_PIECES = ["the", "Board's", "1,200", "2019", "12345", "jobs", "re-elected", "it's", "_x", "x_y", "a1b", "2024s"]


def _segments(seed: int, count: int = 3000) -> list[str]:
    rnd = random.Random(seed)
    alphabet = "abcXYZ019 _'-’,.;:()é"
    return [
        "".join(rnd.choice(_PIECES) + " " if rnd.random() < 0.3 else rnd.choice(alphabet) for _ in range(rnd.randint(0, 40)))
        for _ in range(count)
    ]


@pytest.mark.parametrize("seed", range(4))
def test_the_words_of_a_segment_are_those_of_the_unicode_pattern(seed: int) -> None:
    for segment in _segments(seed):
        expected = [w.lower().replace("’", "'") for w in _WORD_AS_WRITTEN.findall(segment)]
        if segment.isascii():
            expected = _WORD_AS_WRITTEN.findall(segment.lower())
        assert clauses._words(segment) == expected, segment


def _keys(rnd: random.Random) -> frozenset[str]:
    groups = ["~accept", "~win", "~rise"]
    plain = ["staff", "cut", "~", "~x", "+", "a-"]
    return frozenset(
        rnd.choice(groups) + rnd.choice("+-") if rnd.random() < 0.5 else rnd.choice(plain) for _ in range(rnd.randint(0, 4))
    )


def _signs_as_written(keys: Iterable[str]) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for key in keys:
        if len(key) > 2 and key[0] == "~" and key[-1] in "+-":
            found.setdefault(key[:-1], set()).add(key[-1])
    return found


def _opposed_as_written(one: Iterable[str], other: Iterable[str]) -> bool:
    """opposites.opposed as it was before the signs were read once a figure."""
    first = _signs_as_written(one)
    if not first:
        return False
    second = _signs_as_written(other)
    return any(group in second and signs.isdisjoint(second[group]) for group, signs in first.items())


@pytest.mark.parametrize("seed", range(4))
def test_signs_read_once_oppose_as_the_keys_do(seed: int) -> None:
    rnd = random.Random(seed)
    seen = {True: 0, False: 0}
    for _ in range(2000):
        one, other = _keys(rnd), _keys(rnd)
        first = signs_of(one)
        answer = bool(first) and opposed_signs(first, signs_of(other))
        assert answer == opposed(one, other) == _opposed_as_written(one, other), (one, other)
        seen[answer] += 1
    assert seen[True] and seen[False]  # both answers are tried
