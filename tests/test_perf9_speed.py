"""The shortcuts of the speed work on CIT001's readers and the figure comparers give what the plain reading gives."""

from __future__ import annotations

import random
import re

import pytest

from auditor.knowledge import load
from auditor.phrases import alternation, at_word_start
from auditor.sourcing import need, voice

_SCALE = need._SCALE
_PLAIN_PATTERNS = (
    # The patterns as first written, with the look-behind before the digit (need.py opens them with the digit).
    re.compile(
        r"(?<![\w.,:/#$£€¥-])(?:\d{1,3}(?:,\d{3})+|\d{2,})(?![\w,.:/-]?\d|[\w%])"
        r"(?P<after>(?:\s+[A-Za-z][\w.'’-]*){1,3})?"
    ),
    re.compile(r"(?<![\w.,])\d[\d,]*(?:\.\d+)?\s?(?:%|percent\b|per cent\b|percentage points?\b)", re.I),
    re.compile(rf"(?<![\w.,])\d[\d,]*(?:\.\d+)?\s(?:{_SCALE})\b(?:\s[a-z][\w-]*){{0,2}}", re.I),
)
_PIECES = [*"0123456789,.:/#$£€¥-% aZkK\n", "1,000", " million", " MILLION", " per cent", "percent", " thouſand",
           "٣", " jobs", " Hundred", "12.5"]


def _generated(seed: int, count: int) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(_PIECES) for _ in range(rnd.randint(1, 14))) for _ in range(count)]


@pytest.mark.parametrize("seed", range(8))
def test_patterns_that_open_with_their_digit_match_as_the_plain_ones(seed: int) -> None:
    fast = (need._COUNT, need._FIGURES[1], need._FIGURES[2])
    for text in _generated(seed, 3000):
        for plain, quick in zip(_PLAIN_PATTERNS, fast, strict=True):
            assert [(m.span(), m.groups()) for m in quick.finditer(text)] == [
                (m.span(), m.groups()) for m in plain.finditer(text)
            ], text


@pytest.mark.parametrize(
    "text",
    [
        "The plant added 1,200 jobs in 1990.",
        "Sales reached 3 Million units.",
        "It cost 4 thouſand crowns.",
        "About 12 hundred people came, 45% of them from 2 billion homes.",
        "No figures here.",
        "In 1990 the council said nothing.",
    ],
)
def test_the_scale_gate_leaves_figures_alone(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    gated = need.figures(text)
    monkeypatch.setattr(need, "_FIGURE_GATES", (need._FIGURE_GATES[0], need._FIGURE_GATES[1], None))
    assert need.figures(text) == gated


def _phrase_lists() -> list[list[str]]:
    """Word lists of the project's data, and made-up ones that share starts, case and apostrophes."""
    data = load("need")
    made_up = [
        ["said", "said to", "say", "says", "sa", "s"],
        ["don't", "don’t", "do", "done", "dozen", "Do not"],
        ["alpha beta", "alpha", "al", "Alpha", "beta"],
        ["$5", "five"],
        ["über", "uber"],
    ]
    return [*(data[k] for k in sorted(data) if isinstance(data[k], list) and data[k][:1] != [""]), *made_up]


def _texts_of(phrases: list[str], seed: int) -> list[str]:
    rnd = random.Random(seed)
    glue = [" ", "  ", ", ", ".", "x", "'", "’", "-", "\n", " that ", " by the ", " The ", "é", "_", "9"]
    texts = []
    for _ in range(300):
        parts = []
        for _ in range(rnd.randint(1, 6)):
            phrase = rnd.choice(phrases) if phrases else "word"
            cut = rnd.random()
            if cut < 0.15:
                phrase = phrase[: rnd.randint(0, len(phrase))]
            elif cut < 0.3:
                phrase = phrase.upper() if cut < 0.2 else phrase.capitalize()
            parts.append(rnd.choice(glue) + phrase)
        texts.append("".join(parts) + rnd.choice(glue))
    return texts


@pytest.mark.parametrize("tail", [r"\b", r"\s+(?:the\s+)?(?=[A-Z])", r"(?=\s+that\b)", ""])
@pytest.mark.parametrize("flags", [0, re.I])
def test_at_word_start_matches_as_the_plain_alternation(tail: str, flags: int) -> None:
    lists = _phrase_lists()
    for n, phrases in enumerate(lists):
        other = lists[(n + 1) % len(lists)]
        plain = re.compile(rf"\b(?:(?:{alternation(phrases)}){tail}|(?:{alternation(other)})\b)", flags)
        quick = re.compile(at_word_start((phrases, tail), (other, r"\b")), flags)
        for text in _texts_of(phrases + other, n):
            assert [m.span() for m in quick.finditer(text)] == [m.span() for m in plain.finditer(text)], (phrases, text)


def test_at_word_start_is_a_tree_where_it_can_be() -> None:
    assert at_word_start((["said", "says", "say"], r"\b")) == r"(?:s(?<!\w.)a(?:id|y(?:s)?)\b)"
    assert at_word_start((["$5"], "")).startswith(r"\b(?:")  # no word character first: the plain form
    assert at_word_start((["Do", "do"], "")).startswith(r"\b(?:")  # first letters alike but for case


_PLAIN_CAPITAL = re.compile(
    r"(?<![\w'’.-])(?:[A-Z][\w'’&.-]*[A-Za-z0-9]|[A-Z])(?:\s+(?:of|the|de|for|and|&)?\s*[A-Z][\w'’&.-]*)*"
)


@pytest.mark.parametrize("seed", range(6))
def test_capitalised_words_are_found_as_the_plain_pattern_finds_them(seed: int) -> None:
    rnd = random.Random(seed)
    pieces = [*"AaZz09'’.-&,;:()— \n\tÉé_", " of ", " the ", "De", " - ", ". ", "Port ", "St."]
    for _ in range(4000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 12)))
        assert [m.span() for m in voice._CAPITAL.finditer(text)] == [m.span() for m in _PLAIN_CAPITAL.finditer(text)]


@pytest.mark.parametrize("seed", range(4))
def test_demonstratives_are_found_as_the_plain_pattern_finds_them(seed: int) -> None:
    plain = re.compile(r"\b(?:this|these)\s+[a-z]")
    rnd = random.Random(seed)
    pieces = ["this", "these", "th", "is", "ese", " ", "\n", "a", "Z", "_", "é", ".", "This", "this  x"]
    for _ in range(4000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 8)))
        assert [m.span() for m in voice._DEMONSTRATIVE.finditer(text)] == [m.span() for m in plain.finditer(text)]


@pytest.mark.parametrize("seed", range(4))
def test_a_speaking_pronoun_is_found_where_the_plain_pattern_finds_one(seed: int) -> None:
    data = load("need")
    plain = re.compile(
        r"(?:^|[,;:]\s+|\s)(?:[Ss]he|[Hh]e)\s+(?:also\s+|later\s+|then\s+)?(?:{})\b".replace(
            "{}", voice._speech_verbs(data)
        )
    )
    quick = voice._lexicon().pronoun_speaker
    rnd = random.Random(seed)
    pieces = ["she", "She", "he", "He", "the", " ", ", ", ";", ":\n", "x", "also ", "said", "told", "estimates",
              " that", ".", "é", "she said", "He also told"]
    for _ in range(5000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 9)))
        assert (quick.search(text) is None) == (plain.search(text) is None), text
