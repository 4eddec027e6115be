"""The shared per-claim reading (auditor/reading.py) gives what each reader read on its own before, and the
readers that return at once when their trigger words are absent give what they gave without the gate."""

from __future__ import annotations

import random
import re

import pytest

from auditor.reading import Reading, reading
from auditor.sourcing import need
from auditor.sourcing.voice import names_in, quotations, unquoted

# What the readers ran on their own before the reading held it (the patterns as they were written there).
_TOKEN = re.compile(r"[a-z0-9]+")
_QUOTE = re.compile(r"[\"“](?P<q>[^\"“”]{3,600})[\"”]|(?<![\w’'])[‘'](?P<s>[^‘’']{3,600})[’'](?!\w)")
_OPEN_ENDS = re.compile(r"“[^\"“”]{3,600}$|^[^\"“”]{3,600}”")

PIECES = [*"\"“”‘’' -,.:;()0123456789", " the ", " said ", "Mira ", "Tallis", " Quay", "Ödön ", "İstanbul", " K",
          "don't ", "it’s ", " 1,200", " 45%", "$5 ", " told ", "By ", " by ", "NASA ", "18F ", "ﬁ", "ß", " and ",
          "according to ", " The ", "\n", "quoted words here", " over "]


def generated(seed: int, count: int) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(PIECES) for _ in range(rnd.randint(1, 24))) for _ in range(count)]


@pytest.mark.parametrize("seed", range(6))
def test_the_reading_gives_what_each_reader_read_on_its_own(seed: int) -> None:
    for text in generated(seed, 2000):
        fresh = Reading(text)  # not the remembered one: every part read here for the first time
        assert fresh.words == frozenset(_TOKEN.findall(text.lower())), text
        assert fresh.has_digit == any(c in "0123456789" for c in text), text
        assert fresh.quotes == tuple(
            (m.start(), m.end(), (m["q"] or m["s"] or "").strip()) for m in _QUOTE.finditer(text)
        ), text
        assert fresh.unquoted() == _QUOTE.sub(" ", text), text
        assert fresh.unquoted(open_ends=True) == _OPEN_ENDS.sub(" ", _QUOTE.sub(" ", text)), text
        # and the readers that ask for them, in either order
        assert unquoted(text, open_ends=True) == _OPEN_ENDS.sub(" ", _QUOTE.sub(" ", text)), text
        assert unquoted(text) == _QUOTE.sub(" ", text), text
        assert quotations(text) == list(fresh.quotes), text
        # what the gates in front of readers of the unquoted text rest on: its words are among the text's
        assert Reading(unquoted(text, open_ends=True)).words <= fresh.words, text


def test_a_text_has_one_reading_and_its_names_are_read_once_per_set_of_known_names() -> None:
    text = "The report by Mira Tallis of Quay Works was read in Denver."
    assert reading(text) is reading(text)
    first = names_in(text)
    assert first == ["Mira Tallis of Quay Works", "Denver"]
    assert reading(text).names[frozenset()] == tuple(first)
    assert names_in("Tallis said so.", frozenset({"Tallis"})) == ["Tallis"]
    assert names_in("Tallis said so.") == []  # a capitalised first word alone is no name unless known


def _claims() -> list[str]:
    return [
        "Researchers found that 45% of the 1,200 pupils in Denver read daily, Mira Tallis said.",
        "“Studies show it works,” the mayor said in March 2021.",
        "The council may cut 300 jobs by 2026.",
        "Since January 19, 2025, Quay Works has led the market.",
        "It was the largest protest in the city’s history, organisers said.",
        "A 2019 study found that $5 million was spent.",
        "No figures, no names, nothing to see.",
        "Smith argues that the plan “will cost 4 billion pounds over ten years, as research shows”.",
    ]


@pytest.mark.parametrize("seed", range(3))
def test_citation_need_gated_by_the_reading_gives_what_it_gave(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    texts = _claims() + generated(100 + seed, 800)
    kinds = [("temporal",), (), ("quote",), ("event", "quote")]
    gated = [need.citation_need(t, kinds[n % 4], frozenset({"Tallis"})) for n, t in enumerate(texts)]

    class Open(Reading):  # a reading whose gates never close: every reader runs as it did without them
        def holds(self, cues: frozenset[str]) -> bool:
            return True

        @property
        def has_digit(self) -> bool:
            return True

    monkeypatch.setattr(need, "reading", Open)
    assert [need.citation_need(t, kinds[n % 4], frozenset({"Tallis"})) for n, t in enumerate(texts)] == gated
    assert any(g is not None for g in gated) and any(g is None for g in gated)


_SETTING_PIECES = [*PIECES, " week 6", " Week ", " last year", " first ", " second ", " will ", " may ", " May ",
                   " Tuesdays", " 1991", " release 28.1", " v2.4.0rc1", " route 9", " 2,300", " a third of"]


def _setting_as_written(text: str, spans: list[tuple[int, int]], common: object) -> object:
    """compare.setting.setting_of as it read the claim's words before the reading held them."""
    from auditor.compare import setting as s

    names, periods, ordinals, modals = set(), set(), set(), set()
    inside = {i for start, end in spans for i in range(start, end)}
    for n, m in enumerate(re.finditer(r"[^\W\d_][\w'’-]*|\d{4}\b", text)):
        if m.start() in inside:
            continue
        word = m.group()
        lower, kind = s._setting_word(word)
        if kind is s._Kind.OTHER:
            continue
        if kind is s._Kind.NAME:
            if not (n == 0 and common(lower)):  # type: ignore[operator]
                names.add(lower)
        elif kind is s._Kind.YEAR:
            periods.add(word)
        elif kind is s._Kind.PERIOD:
            numbered = s._NUMBERED.match(text, m.end())
            periods.add(lower + (numbered.group(1) if numbered else ""))
        elif kind is s._Kind.ORDINAL:
            ordinals.add(lower)
        elif kind is s._Kind.MODAL:
            modals.add(lower)
    for m in s._IDENTIFIER.finditer(text):
        if m.start() not in inside and not s.YEAR.fullmatch(m.group("id")):
            names.add("#" + m.group("id").lower())
    return s.Setting(frozenset(names), frozenset(periods), frozenset(ordinals), frozenset(modals))


@pytest.mark.parametrize("seed", range(4))
def test_setting_of_gives_what_it_gave(seed: int) -> None:
    from auditor.compare.quantities import find_quantities
    from auditor.compare.setting import setting_of

    rnd = random.Random(seed)
    for _ in range(1500):
        text = "".join(rnd.choice(_SETTING_PIECES) for _ in range(rnd.randint(1, 20)))
        spans = [(q.start, q.end) for q in find_quantities(text)]
        for common in (bool, lambda w: w in ("the", "week")):
            assert setting_of(text, spans, common) == _setting_as_written(text, spans, common), text


_AGE_PIECES = ["Marta Kowal", "Reyes", ", ", " who", " is", " 41", " years", " old", " now", " was", "\u2003", "\u00a0",
               ",", " Who", "Is", "snow", "knowing", " (", ")", "-year-old ", " Ann", "s", "\n", "é",
               "Marta Kowal, who is 41,", " Kowal is 41 years old", "Ann Lee, now 41,", " is\u2003", "\u2003years old"]


@pytest.mark.parametrize("seed", range(4))
def test_the_age_reader_gated_by_the_reading_gives_what_it_gave(seed: int) -> None:
    from auditor.compare import attributes

    rnd = random.Random(seed)
    matched = 0
    for _ in range(4000):
        text = "".join(rnd.choice(_AGE_PIECES) for _ in range(rnd.randint(1, 14)))
        plain = attributes._AGE_COMMA.search(text) is not None or attributes._WHO_IS.search(text) is not None
        assert attributes._aged(text) == plain, text
        matched += attributes._WHO_IS.search(text) is not None
    assert matched > 20
