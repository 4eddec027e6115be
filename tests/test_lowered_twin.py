"""text.lowered_twin and Reading.may_match: the fast forms of case-blind searches find what the slow forms find."""

from __future__ import annotations

import re

import pytest

from auditor.compare.quantities import _in_words_lowered, _patterns
from auditor.reading import reading
from auditor.text import lowered_plainly, lowered_twin

TEXTS = [
    "Two Thousand volunteers mapped THIRTEEN thousand miles and a half of the road.",
    "It took Three-Quarters of the budget and one third of the staff, twenty-one of them.",
    "Nine in ten said so; a HALF of them, and a dozen more.",
    "The \u212aelvin sign and café prices rose by twelve percent.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_figures_in_words_match_alike_on_the_lower_case(text: str) -> None:
    lowered = lowered_plainly(text)
    assert lowered is not None
    slow = [(m.span(), m["frac"] is None) for m in _patterns()[0].finditer(text)]
    fast = [(m.span(), m["frac"] is None) for m in _in_words_lowered().finditer(lowered)]
    assert slow and fast == slow


def test_a_pattern_with_a_capital_letter_has_no_twin() -> None:
    with pytest.raises(ValueError):
        lowered_twin(re.compile(r"\b(?P<day>Monday|tuesday)\b", re.IGNORECASE))
    assert lowered_twin(re.compile(r"\b(?P<day>monday)\s+\S", re.IGNORECASE)).flags & re.IGNORECASE == 0


def test_text_whose_lower_case_reads_otherwise_is_not_lowered() -> None:
    assert lowered_plainly("The \u0130stanbul office") is None  # "İ" lengthens
    assert lowered_plainly("the ſhip") is None  # "ſ" folds to "s" in a case-blind pattern, not in lower case
    assert lowered_plainly("Plain TEXT") == "plain text"


def test_may_match_needs_all_the_words_of_a_phrase_unless_the_text_folds_otherwise() -> None:
    phrases = {"panned": (frozenset({"panned"}),), "acclaim": (frozenset({"critical", "acclaim"}),)}
    assert reading("Critics PANNED the film.").may_match(phrases)
    assert not reading("Critics praised the film.").may_match(phrases)
    assert reading("It won critical-acclaim.").may_match(phrases)
    assert not reading("It won acclaim.").may_match(phrases)  # "acclaim" without "critical"
    assert reading("Critics panned the ſhip.").may_match(phrases)  # the words cannot tell: searched
