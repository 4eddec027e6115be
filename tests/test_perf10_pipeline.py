"""Faster readings of the pipeline before the checks read what the slower ones read (issue 10)."""

from __future__ import annotations

import random
import re

import pytest

from auditor import claims
from auditor.text import MONTHS

_ALPHABET = b"0123456789 ,.'s-/abcdejmnoprstuyz_$%\xc2\xa3"


def _fragments(seed: int, count: int = 4000) -> list[bytes]:
    rnd = random.Random(seed)
    pieces = [b"1990", b"2024", b"1600s", b"2010's", b"19th", b"jan", b"may", b"per cent", b"usd", b"12/3/99"]
    return [
        b"".join(rnd.choice(pieces) if rnd.random() < 0.2 else bytes([rnd.choice(_ALPHABET)])
                 for _ in range(rnd.randint(0, 30)))
        for _ in range(count)
    ]


_YEAR_AS_WRITTEN = re.compile(rb"\b(?:1[6-9]|20)[0-9][0-9](?:s|'s)?\b(?![,.]?[0-9])")
_DATE_NEEDS_AS_WRITTEN = re.compile(
    b"|".join(sorted({m[:3].encode() for m in MONTHS})) + rb"|[/-]"
)
_MONEY_NEEDS_AS_WRITTEN = re.compile(rb"[$]|\xc2\xa3|\xe2\x82\xac|dollars|usd|euros|pounds")


@pytest.mark.parametrize("seed", range(5))
def test_the_year_shape_replaces_what_a_leading_word_boundary_did(seed: int) -> None:
    year = claims._SHAPES[3][0]
    for raw in _fragments(seed):
        assert year.subn(b" <year> ", raw) == _YEAR_AS_WRITTEN.subn(b" <year> ", raw), raw


@pytest.mark.parametrize("seed", range(5))
def test_the_shape_gates_pass_what_a_character_class_passed(seed: int) -> None:
    dates, money = claims._SHAPE_NEEDS[0], claims._SHAPE_NEEDS[1]
    assert dates is not None and money is not None
    for raw in _fragments(seed):
        assert bool(dates.search(raw)) == bool(_DATE_NEEDS_AS_WRITTEN.search(raw)), raw
        assert bool(money.search(raw)) == bool(_MONEY_NEEDS_AS_WRITTEN.search(raw)), raw


def test_each_attribution_pattern_has_one_group_the_one_its_matches_are_read_by() -> None:
    from auditor.citations import _lexicon

    lexicon = _lexicon()
    patterns = [p for _, p in lexicon.attributions] + [lexicon.vague, lexicon.reported]
    assert [p.groups for p in patterns] == [1] * len(patterns)
    assert sorted(name for p in patterns for name in p.groupindex) == list("abcde")


def _lines_as_matched(raw: str, start: int) -> list[tuple[int, int]]:
    """The lines as the loader once found them, by a match per line."""
    lines = []
    for m in re.finditer(r"[^\n]*(?:\n|$)", raw[start:] if start else raw):
        if m.end() == m.start():
            break
        s, e = start + m.start(), start + m.end()
        while e > s and raw[e - 1] in "\r\n":
            e -= 1
        lines.append((s, e))
    return lines


@pytest.mark.parametrize("seed", range(5))
def test_markdown_lines_are_the_lines_a_match_per_line_found(seed: int) -> None:
    from auditor.load.markdown import _lines

    rnd = random.Random(seed)
    for _ in range(2000):
        raw = "".join(rnd.choice(["a", " ", "\n", "\r", "\r\n", "\n\n", "b c"]) for _ in range(rnd.randint(0, 12)))
        start = rnd.randint(0, len(raw))
        assert [(line.start, line.end) for line in _lines(raw, start)] == _lines_as_matched(raw, start), (raw, start)
