"""Indexes and shortcuts of the CON rules' figure reading give the answers of the plain readings they replace."""

from __future__ import annotations

import random

from auditor.compare.figures import _paired
from auditor.compare.measures import Measure, _visible_after, _visible_before
from auditor.compare.quantities import Quantity

UNITS = ("", "%", "USD", "length")
NOUNS = ("job", "nurs", "staff", "tonn")


def _measure(rng: random.Random, n: int) -> Measure:
    unit = rng.choice(UNITS)
    factor = rng.choice((1.0, 1000.0)) if unit == "length" else 1.0
    q = Quantity(5.0, unit, 5.0, 5.0, "exact", n, n + 1, "5", factor)
    noun = frozenset(rng.sample(NOUNS, rng.randint(0, 2)))
    return Measure(0, q, noun, rng.choice(("", "cut")))


def test_paired_is_same_kind_of_another_figure() -> None:
    rng = random.Random(4)
    for _ in range(3000):
        found = [_measure(rng, n) for n in range(rng.randint(0, 7))]
        expected = [any(o is not m and o.same_kind(m) for o in found) for m in found]
        assert _paired(found) == expected


def test_visible_characters_around_a_figure() -> None:
    for text in ("", "  ", "| 12 |", "a |\n 12\t| b", "12", " x 12 y "):
        for at in range(len(text) + 1):
            before, after = text[:at].rstrip(), text[at:].lstrip()
            assert _visible_before(text, at) == before[-1:]
            assert _visible_after(text, at) == after[:1]


def test_word_gates_pass_every_clause_the_patterns_match() -> None:
    from auditor.compare.clauses import (
        _comparative,
        _comparative_gate,
        _letter_runs,
        _may_hold,
        _parts_gate,
        _scope_words,
    )

    rng = random.Random(7)
    pieces = ["more", "than", "Faster", "per", "cent", "on", "the", "busiest", "day", "each", "x", "1,200", "_", "-"]
    pieces += ["better-off", "LESS", "more's", "median5", "average", "in its first year", "MOSTLY", "überall"]
    _, _, parts = _scope_words()
    assert _comparative_gate() is not None and _parts_gate() is not None
    for _ in range(3000):
        clause = "".join(rng.choice(pieces) + rng.choice(("", " ", ",", "'", "-")) for _ in range(rng.randint(1, 6)))
        runs = _letter_runs(clause)
        if _comparative().search(clause):
            assert _may_hold(runs, _comparative_gate()), clause
        if parts.search(clause):
            assert _may_hold(runs, _parts_gate()), clause
    assert not _may_hold(_letter_runs("the council sold 1,200 tickets"), _comparative_gate())


def _first_date_in_lists(text: str, start: int) -> tuple[int, int] | None:
    """The reading _Marks replaced: every clause end and date start of the claim listed first."""
    import re
    from bisect import bisect_left

    from auditor.compare.events import _CLAUSE_END_AT, _DATE

    ends = [m.start() for m in _CLAUSE_END_AT.finditer(text)]
    dates = [m.start() for m in re.finditer(f"(?={_DATE.pattern})", text, re.IGNORECASE)]
    k = bisect_left(ends, start)
    stop = ends[k] if k < len(ends) else len(text)
    for n in range(bisect_left(dates, start), len(dates)):
        if dates[n] >= stop:
            break
        if date := _DATE.match(text, dates[n], stop):
            return date.span()
    return None


def test_marks_find_the_dates_the_lists_found() -> None:
    from auditor.compare.events import _Marks

    rng = random.Random(11)
    pieces = ["founded", "in", "1921", "May", "3 May 1990", "the 1950s", "late", "and", "was", ",", ".", ";"]
    pieces += ["opened", "Acme", "but it", "and he", "12th", "of", "March 1927", "x1990", "2001s"]
    for _ in range(2000):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randint(1, 14)))
        marks = _Marks(text)
        starts = sorted(rng.sample(range(len(text) + 1), min(4, len(text) + 1)))
        for start in starts:  # the verbs of a claim come in order
            found = marks.first_date(start)
            assert (found.span() if found else None) == _first_date_in_lists(text, start), (text, start)


def test_words_before_a_name_are_the_pattern_groups() -> None:
    import re

    from auditor.compare.predicates import words_before

    rng = random.Random(5)
    pieces = ["Dodd", "Ann", "ann", "Lee", "O'Neil", "Mc-Dodd", "x", "_", ".", "’", "-", "Dodds", "DODD", "É", "1"]
    seps = ["", " ", "  ", "\n", "\u00a0", ",", "."]
    for _ in range(5000):
        text = "".join(rng.choice(pieces) + rng.choice(seps) for _ in range(rng.randint(1, 9)))
        for name in ("Dodd", "O'Neil", "Lee", "Jr.", "Dodd-"):
            pattern = rf"\b([A-Z][\w'’.-]*)\s+{re.escape(name)}\b"
            assert words_before(text, name) == [m.group(1) for m in re.finditer(pattern, text)], (text, name)


def test_lower_words_answer_as_the_list_of_runs() -> None:
    import re

    from auditor.compare.predicates import _LowerWords

    rng = random.Random(3)
    pieces = ["smith", "Smith", "smith-jones", "x_smith", "smiths", "é", "Émile", "émile", "1", "-", "'", "’", "."]
    asked = ["smith", "smith-jones", "smiths", "émile", "Smith", "", "o'neil", "x_smith", "jones", "s"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) + rng.choice(("", " ", "\n", ",", "'")) for _ in range(rng.randint(0, 10)))
        runs = frozenset(w for w in re.findall(r"[\w-]+", text) if w[:1].islower())
        words = _LowerWords(text)
        words.LOWER_ASKED = rng.choice((0, 3, 64))  # the list of runs, after a few words, or never
        for word in rng.sample(asked, len(asked)):
            assert (word in words) == (word in runs), (text, word)


def test_mention_index_answers_as_may_mention() -> None:
    from auditor.offices import MentionIndex, may_mention

    rng = random.Random(9)
    pieces = ["President", "president", "presidents", "the", "administration", "Government", "PM", "pm", "x", "İ"]
    pieces += ["chancellor", "Σ", "ministry", "premier", "White House", "é", "-"]
    for _ in range(1500):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        index = MentionIndex(text)
        for _ in range(6):
            start = rng.randint(0, len(text))
            end = rng.randint(start, len(text))
            assert index.may_mention(start, end) == may_mention(text[start:end]), (text, start, end)
