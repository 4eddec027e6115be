"""The cheap gates in front of the contradiction readers drop nothing the readers find without them (issues 8 and
10): each reader run on invented sentences gives the same result with its gate and with the gate always open, and a
contradiction each gate guards is still flagged (its consistent twin silent). Every sentence here is invented."""

from __future__ import annotations

import random

import pytest

from auditor.compare import currencies, durations, gates
from tests.test_everyday_contradictions import article, con_rules

FILLER = "Local reporters covered the story."

_PIECES = [
    "The", "the", "ferry's", "budget", "grant", "test", "course", "journey", "of", "is", "takes", "lasts", "a",
    "$10", "€10", "£2", "¥5", "₹40", "USD", "usd 4", "EUR", "billion", "million", "ten", "three", "45", "1,200",
    "3-minute", "10-week", "90-MINUTE", "Minutes", "HOURS", "days", "decade", "yrs", "weeks.", "DOLLARS", "euros",
    "pounds", "yen", "Sterling", "rupees", "converted", "EXCHANGE", "equivalent", "Kessel", "ſterling", "dayſ",
    "ıs", "Dollar", "franc", "francs", "cad", "academy", "Europe", ",", ".", "in 2024", "at", "around", "for",
]


def _sentences(seed: int, count: int = 1200) -> list[str]:
    rnd = random.Random(seed)
    return [" ".join(rnd.choice(_PIECES) for _ in range(rnd.randint(1, 12))) for _ in range(count)]


def _open(text: str, gate: object, lowered: str | None = None) -> bool:
    return True


@pytest.mark.parametrize("seed", range(3))
def test_the_duration_gate_keeps_every_duration(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    texts = _sentences(seed)
    gated = [durations.find_durations(i, t) for i, t in enumerate(texts)]
    monkeypatch.setattr(durations, "may_hold", _open)
    assert [durations.find_durations(i, t) for i, t in enumerate(texts)] == gated
    assert any(gated)  # some sentences do give a duration


@pytest.mark.parametrize("seed", range(3))
def test_the_currency_gates_keep_every_sum_and_conversion(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    texts = _sentences(seed, 300)
    # Small articles, so that a conversion in one does not silence all the others.
    chunks = [texts[n : n + 3] for n in range(0, len(texts), 3)]
    gated = [currencies.currency_conflicts(chunk, frozenset()) for chunk in chunks]
    sums = [currencies.find_sums(i, t) for i, t in enumerate(texts)]
    monkeypatch.setattr(currencies, "may_hold", _open)
    monkeypatch.setattr(currencies, "_conversion_gate", lambda: gates.literal_gate(["a", "e", "i", "o", "u", "y"]))
    assert [currencies.currency_conflicts(chunk, frozenset()) for chunk in chunks] == gated
    assert [currencies.find_sums(i, t) for i, t in enumerate(texts)] == sums
    assert any(sums)


def test_a_gate_is_open_where_lower_case_cannot_tell() -> None:
    gate = gates.literal_gate(["sterling", "days"])
    assert gates.may_hold("Ten DAYS later", gate)
    assert gates.may_hold("£5 ſterling", gate)  # "ſ" folds to "s" in a case-blind pattern, not in lower case
    assert not gates.may_hold("Ten nights later", gate)


def test_a_gate_leaves_out_strings_that_hold_another() -> None:
    assert gates.literal_gate(["days", "day", "decade"]).pattern == "day|decade"


# (first claim, later claim that contradicts it, the same later claim agreeing): one per gate, in capitals too.
PAIRS = [
    ("The museum set a budget of 40 million EUROS for the wing.", "The 40 million pounds budget will be reviewed.",
     "The 40 million euros budget will be reviewed."),
    ("The clinic runs a 12-Week course.", "The course lasts six Weeks and costs nothing.",
     "The course lasts twelve Weeks and costs nothing."),
]


@pytest.mark.parametrize(("first", "contradicting", "agreeing"), PAIRS, ids=[p[0][:30] for p in PAIRS])
def test_a_gated_contradiction_is_found_and_its_twin_is_silent(first: str, contradicting: str, agreeing: str) -> None:
    assert con_rules(article(first, FILLER, contradicting)) == ["CON003"]
    assert con_rules(article(first, FILLER, agreeing)) == []
