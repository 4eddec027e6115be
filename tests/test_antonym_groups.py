"""Every antonym pair of ``knowledge/antonyms.json`` takes effect: its two words fold to one group with opposite signs.

A word belongs to the first group that names it, so a pair added whose words already sit in two other groups (or on
the same side of one) would silently do nothing; this test names such a pair instead."""

from __future__ import annotations

from auditor.compare.statements import _polarity, stem
from auditor.knowledge import load


def test_every_pair_folds_to_one_group_with_opposite_signs() -> None:
    groups = _polarity()[3]
    dead = []
    for positive, negative in load("antonyms")["pairs"]:
        (group_p, sign_p), (group_n, sign_n) = groups[stem(positive)], groups[stem(negative)]
        if group_p != group_n or sign_p == sign_n:
            dead.append((positive, negative))
    assert not dead, f"antonym pairs that do nothing (their words belong to other groups): {dead}"
