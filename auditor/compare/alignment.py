"""Alignment: where a shorter statement sits inside a longer one, and what differs between them.

Two statements are lined up by the longest common subsequence of their term keys (rapidfuzz ``Indel``
opcodes, in C), then the stretch they share (the *core*) is examined: which terms one of them adds, which
figures stand in each other's place, which antonyms flip, how many negators each core holds. The CON rules
decide from that whether the two are one statement with a flipped polarity or a changed value.
"""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz.distance import Indel

from auditor.compare.statements import Statement, Term

NEGATING_PREFIXES = ("un", "in", "im", "il", "ir", "dis", "non-", "non")
MIN_PREFIXED = 4
"""A word of at least this many letters, and the same word with a negating prefix, are opposites."""
DATING_TERMS = 2
"""A year this close after the shared stretch of two statements dates it ("... sold 5,500 rugs in 2023")."""


@dataclass(frozen=True, slots=True)
class Alignment:
    """How a shorter statement lines up inside a longer one.

    ``matched`` are the short statement's terms found in the long one, in order; the stretch from the first
    to the last of them is each statement's *core*. The short statement's other terms are ``lead`` (before its
    core: often the subject), ``inner`` or ``trail`` (after its core: another clause); ``long_extra`` are the long
    statement's unmatched terms inside its core (what it says around the core is another clause). ``swaps`` pair
    a short figure with the long figure that stands in its place (a changed value), ``clashes`` two different
    ordinals in one place ("first" / "second"), ``flips`` matched antonyms of opposite sign or a word against the
    same word with a negating prefix ("aware" / "unaware"). Negators are counted
    inside each core. Terms of the short statement found elsewhere in the long one have moved, not changed, and
    are not counted as extra.
    """

    matched: tuple[Term, ...]
    """The short statement's terms found in the long one."""
    lead: tuple[Term, ...]
    inner: tuple[Term, ...]
    trail: tuple[Term, ...]
    long_extra: tuple[Term, ...]
    swaps: tuple[tuple[Term, Term], ...]
    clashes: tuple[tuple[Term, Term], ...]
    flips: tuple[tuple[Term, Term], ...]
    short_negations: int
    long_negations: int
    long_lead: int = 0
    """How many terms of the long statement come before its core (a preamble, or another clause)."""
    lead_negations: int = 0
    """Negators before either core ("I don't think I can go back"): their scope is unclear."""
    long_dates: tuple[Term, ...] = ()
    """Years and figures that date the long statement from outside its core, and the short one lacks."""

    @property
    def polarity_differs(self) -> bool:
        """One statement says what the other denies.

        A different number of negators flips the sense unless an antonym flips it back ("did not refuse" =
        "agreed"); with the same negators, any antonym flip is a contradiction, even two ("a struggling young
        man" against "a successful middle-aged man").
        """
        if (self.short_negations - self.long_negations) % 2 == 1:
            return len(self.flips) % 2 == 0
        return bool(self.flips)


def align(short: Statement, long: Statement) -> Alignment:
    """Line ``short`` up inside ``long`` by their longest common subsequence of term keys (rapidfuzz Indel)."""
    s_terms, l_terms = short.terms, long.terms
    pairs: list[tuple[int, int]] = []
    for op in Indel.opcodes(short.keys, long.keys):
        if op.tag == "equal":
            pairs.extend(zip(range(op.src_start, op.src_end), range(op.dest_start, op.dest_end), strict=True))
    if not pairs:
        return Alignment((), s_terms, (), (), (), (), (), (), 0, 0)
    _tighten(pairs, s_terms, l_terms)
    long_keys = {t.key for t in l_terms}
    found: dict[str, list[Term]] = {"lead": [], "inner": [], "trail": [], "long": []}
    swaps: list[tuple[Term, Term]] = []
    clashes: list[tuple[Term, Term]] = []
    prefixed: list[tuple[Term, Term]] = []
    bounds = [(-1, -1), *pairs, (len(s_terms), len(l_terms))]
    for n in range(len(bounds) - 1):
        (i0, j0), (i1, j1) = bounds[n], bounds[n + 1]
        place = "lead" if n == 0 else "trail" if n == len(bounds) - 2 else "inner"
        s_side = list(range(i0 + 1, i1))
        l_side = list(range(j0 + 1, j1))
        for kind, into in (("year", swaps), ("number", swaps), ("ordinal", clashes)):
            s_values = [i for i in s_side if s_terms[i].kind == kind]
            l_values = [j for j in l_side if l_terms[j].kind == kind]
            if place == "lead":
                # Outside the cores only a value right next to them stands in the same place.
                s_values, l_values = [i for i in s_values if i == i1 - 1], [j for j in l_values if j == j1 - 1]
            elif place == "trail":
                s_values, l_values = [i for i in s_values if i == i0 + 1], [j for j in l_values if j == j0 + 1]
            for i, j in zip(s_values, l_values, strict=False):
                if s_terms[i].key != l_terms[j].key:
                    into.append((s_terms[i], l_terms[j]))
                s_side.remove(i)
                l_side.remove(j)
        if place == "inner" and len(s_side) == 1 and len(l_side) == 1:
            a, b = s_terms[s_side[0]], l_terms[l_side[0]]
            if _prefixed(a.text.lower(), b.text.lower()) or _prefixed(b.text.lower(), a.text.lower()):
                prefixed.append((a, b))  # "aware" / "unaware": one word, negated by its prefix
                s_side, l_side = [], []
        found[place].extend(s_terms[i] for i in s_side if s_terms[i].key not in long_keys)
        if place == "inner":
            found["long"].extend(l_terms[j] for j in l_side)
    s_core = range(pairs[0][0], pairs[-1][0] + 1)
    l_core = range(pairs[0][1], pairs[-1][1] + 1)
    flips = tuple((s_terms[i], l_terms[j]) for i, j in pairs if s_terms[i].sign * l_terms[j].sign < 0)
    flips += tuple(prefixed)
    return Alignment(
        tuple(s_terms[i] for i, _ in pairs),
        tuple(found["lead"]),
        tuple(found["inner"]),
        tuple(found["trail"]),
        tuple(found["long"]),
        tuple(swaps),
        tuple(clashes),
        flips,
        sum(1 for k in short.negations if k in s_core),
        sum(1 for k in long.negations if k in l_core),
        l_core.start,
        sum(1 for k in short.negations if k < s_core.start) + sum(1 for k in long.negations if k < l_core.start),
        _outside_values(l_terms, l_core, swaps, {t.key for t in s_terms}),
    )


def _outside_values(
    terms: tuple[Term, ...], core: range, swaps: list[tuple[Term, Term]], known: set[str]
) -> tuple[Term, ...]:
    """The years and figures that date a statement from outside its core: anywhere before it ("In 2023, the
    works sold ...") or right after it ("... sold 5,500 rugs in 2023"), but not in a later clause ("..., with
    nine of her marriages between 1999 and 2002"). Swapped and known values are left out."""
    swapped = [b for _, b in swaps]
    return tuple(
        t
        for j, t in enumerate(terms)
        if (j < core.start or core.stop <= j < core.stop + DATING_TERMS)
        and t.kind in ("year", "number")
        and t.key not in known
        and not any(t is b for b in swapped)
    )


def _prefixed(word: str, base: str) -> bool:
    """Whether ``word`` is ``base`` with a negating prefix ("unaware", "dishonest", "non-profit", "illegal")."""
    return len(base) >= MIN_PREFIXED and any(word == prefix + base for prefix in NEGATING_PREFIXES)


def _tighten(pairs: list[tuple[int, int]], s_terms: tuple[Term, ...], l_terms: tuple[Term, ...]) -> None:
    """Pull the first and last matches inwards when the same word recurs closer to the rest of the match.

    The longest common subsequence may match a subject to its first mention in a long preamble ("During Reagan
    and Chris's game night, Reagan's competitiveness ..."); the core should start at the mention that belongs.
    """
    if len(pairs) < 2:
        return
    (i, j), (_, j_next) = pairs[0], pairs[1]
    for k in range(j_next - 1, j, -1):
        if l_terms[k].key == s_terms[i].key:
            pairs[0] = (i, k)
            break
    (i, j), (_, j_prev) = pairs[-1], pairs[-2]
    for k in range(j_prev + 1, j):
        if l_terms[k].key == s_terms[i].key:
            pairs[-1] = (i, k)
            break
