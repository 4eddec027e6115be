"""Opposites: figures said of opposed predicates are shares or counts of different things (CON003).

"90% of the bids the board rejects" and "the 10% it approves" are two parts of one whole under opposite outcomes
(reject / approve, fail / succeed, lose / win): they add up, they do not restate one quantity. The words around a
figure are read as signed keys (:func:`~auditor.compare.statements.signed_key`: the antonym pairs of
``knowledge/antonyms.json`` fold both words of a pair to one group, "+" for the first word and "-" for the second),
and two figures whose words take the same group with opposite signs only ("rejects" / "approves") count different
things. A figure read with both signs of a group, or with one sign the other figure shares, is not told apart so
("90% rejected" / "75% rejected" is still one quantity given two values).
"""

from __future__ import annotations

from collections.abc import Iterable


def signs_of(keys: Iterable[str]) -> dict[str, set[str]]:
    """Each antonym group among signed keys ("~accept-") -> the signs it is read with."""
    found: dict[str, set[str]] = {}
    for key in keys:
        if len(key) > 2 and key[0] == "~" and key[-1] in "+-":
            found.setdefault(key[:-1], set()).add(key[-1])
    return found


def opposed(one: Iterable[str], other: Iterable[str]) -> bool:
    """Whether two figures' signed keys take one antonym group with opposite signs only ("~accept-" around one,
    "~accept+" around the other)."""
    first = signs_of(one)
    return bool(first) and opposed_signs(first, signs_of(other))


def opposed_signs(first: dict[str, set[str]], second: dict[str, set[str]]) -> bool:
    """:func:`opposed` of two figures whose keys were read with :func:`signs_of` (a reader that compares each
    figure with several others reads each figure's signs once)."""
    return any(group in second and signs.isdisjoint(second[group]) for group, signs in first.items())
