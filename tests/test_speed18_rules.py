"""The shortcuts of the speed work on the rules (speed18) give what the full reading gives."""

from __future__ import annotations

import re
import sys

import pytest

from auditor.compare import arithmetic, chronology, spans
from auditor.compare.quantities import _FOLDED, _found, _number_tokens, _patterns, find_quantities
from auditor.reading import reading
from auditor.text import folds_plainly, has_digit


def test_has_digit_is_isdigit_for_every_character() -> None:
    digits = [chr(c) for c in range(sys.maxunicode + 1) if chr(c).isdigit()]
    assert len(digits) > 10
    for c in (*digits, "a", "é", "Ж", "½", "Ⅻ", "\u00a0"):
        assert has_digit(f"no figure {c} here") == c.isdigit(), repr(c)
        assert has_digit(c) == c.isdigit(), repr(c)


@pytest.mark.parametrize("text", ["", "plain words", "année 2024", "x²", "٣ أيام", "1", "café", "room 101"])
def test_has_digit_agrees_with_any_isdigit(text: str) -> None:
    assert has_digit(text) == any(c.isdigit() for c in text)


def test_remembered_figures_are_the_callers_own_list() -> None:
    text = "The council spent £4.2 million on 12 new buses and about two thirds of riders approved."
    first = find_quantities(text)
    first.clear()
    again = find_quantities(text)
    assert again and again == list(_found.__wrapped__(text, True, None))
    assert find_quantities(text, False) == list(_found.__wrapped__(text, False, None))


def _size_texts() -> list[str]:
    texts = []
    for size in arithmetic.words()["size"]:
        for count in ("14", "fourteen", "twenty-one", "3"):
            for joint in ("-", " ", "\n"):
                for word in (size, size.upper(), size.title()):
                    texts.append(f"The {count}{joint}{word} board met; all 16 board members voted.")
                    texts.append(f"A {count}{joint}{word}  crew")
    texts += ["All 16 members of the board voted.", "A many-member panel", "The human rights group met", "no size"]
    return texts


@pytest.mark.parametrize("text", _size_texts())
def test_the_size_gate_misses_no_size(text: str) -> None:
    size, _ = arithmetic._size_patterns()
    if size.search(text) is not None:
        assert arithmetic._size_gate().search(text) is not None, text


def test_only_the_known_letters_fold_to_ascii_letters_unplainly() -> None:
    letter = re.compile("[a-z]", re.IGNORECASE)
    odd = [chr(c) for c in range(128, sys.maxunicode + 1) if letter.fullmatch(chr(c))]
    for c in odd:
        lowered = c.lower()
        assert (lowered.isascii() and lowered.isalpha()) or not folds_plainly(f"x{c}"), repr(c)


def _number_texts() -> list[str]:
    words = sorted(_number_tokens())
    texts = []
    for n, word in enumerate(words):
        forms = (word, word.upper(), word.title(), word.replace("i", "ı"), word.replace("s", "ſ"), word.replace("i", "İ"))
        for form in forms:
            for before, after in (("about ", " people"), ("a ", " of them"), ("“", "”"), ("-", "-fold"), ("x", "y")):
                texts.append(f"It cost {before}{form}{after} — £{n} in all.")
                texts.append(f"{before}{form}{after}")
    texts += ["Two-thirds of members", "one hundred and twenty nurses", "a third of the vote", "half of them"]
    texts += ["No figure here at all.", "Café prices", "Kelvin K"]
    return texts


@pytest.mark.parametrize("text", _number_texts())
def test_the_number_word_gate_keeps_every_figure(text: str) -> None:
    in_words, _, _ = _patterns()
    if in_words.search(text) is not None:
        assert not (folds_plainly(text) and _number_tokens().isdisjoint(reading(text).words)), text
    plain = text if folds_plainly(text) else text.translate(_FOLDED)  # "a fıfth": read as "a fifth"
    assert find_quantities(text) == list(_found.__wrapped__(plain, True, None))


def test_a_fraction_word_with_a_dotless_i_is_read_as_the_fraction() -> None:
    assert [q.value for q in find_quantities("a fıfth of them")] == [q.value for q in find_quantities("a fifth of them")]
    assert find_quantities("ſix tenths of it") == find_quantities("six tenths of it")


def _fraction_texts() -> list[str]:
    texts = []
    for stem in ("half", "halves", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "tenth", "tenths"):
        for form in (stem, stem.upper(), stem.title(), stem.replace("s", "ſ"), stem.replace("i", "ı")):
            for of in ("of", "OF", "Of", "\nof", "  of"):
                texts.append(f"Two {form} {of} members voted.")
                texts.append(f"{form}{of}")
    return [*texts, "The half-time score", "a third party", "plenty of halves"]


@pytest.mark.parametrize("text", _fraction_texts())
def test_the_fraction_gate_agrees_with_the_pattern(text: str) -> None:
    assert arithmetic._fraction_word(text) == (arithmetic._FRACTION_WORD.search(text) is not None)


@pytest.mark.parametrize("text", ["in 1999", "from 2003 to 2001", "born ٢٠٠٣", "the 20th", "no year", "1 2"])
def test_a_year_has_a_one_or_a_two(text: str) -> None:
    if chronology._YEAR_WORD.search(text):
        assert "1" in text or "2" in text


def _duration_texts() -> list[str]:
    texts = []
    for unit in ("day", "week", "month", "year"):
        for form in (unit, unit.upper(), unit.title(), unit.replace("y", "Y")):
            for n in ("four", "12", "Ten", "three"):
                texts += [f"It ran for {n} {form}s, from 1 March.", f"a {n}-{form} festival", f"{n} {form}S ago"]
                texts += [f"for {n} working {form}s", f"{n}\n{form}s", f"a {n}-{form}-long trial"]
    return [*texts, "Today it rained.", "The Daily Mail", "no time at all", "for ſix days", "for fıve weeks"]


@pytest.mark.parametrize("text", _duration_texts())
def test_the_duration_gate_agrees_with_the_pattern(text: str) -> None:
    assert spans._has_duration(text) == (spans._DURATION.search(text) is not None)
