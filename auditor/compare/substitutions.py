"""Substitutions: one statement told twice with one name put in another's place (CON006).

"The Orla footbridge was designed by the engineer Anna Berg." and, later, "The Orla footbridge was designed by
the engineer Karl Holm.": word for word the same statement, but for one name. Whoever did it, wherever it was set,
whomever it concerned, the article gives two answers. The reader asks for the whole rest of the statement to be the
same (at least :data:`MIN_SHARED_WORDS` content words, in order, nothing added or left out), so a statement about
another thing ("The Tarn footbridge was designed by ...") or a part or a second one ("also", "the second album",
"and Tom Reed") differs in more than the name and is not read.

A name is read only in the slot of one name: after "by" or the past form of a verb, a few words on ("was
recorded in Memphis", "joined the club from Ajax"); not in a statement of an act that recurs or has several
("Flights leave for Madrid every morning", "also has an office in Berlin", "runs clubs for children in Kenya").
Also not read: a name that opens the statement (several subjects may do one thing: "Smith voted against the bill" /
"Jones voted against the bill"), names of days, months and seasons (a recurring event: "opens on Mondays"), names
that share a word ("Paul Hart" / "Hart"), two names swapped in place ("Ward beat Pellegrini" / "Pellegrini beat
Ward": two differences), hedged or quoted claims, and list items (a list sets out cases, and two lists a case and
its variation).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from itertools import pairwise

from rapidfuzz.distance import Indel

from auditor.compare.pairing import Pairing
from auditor.compare.statements import wordlist
from auditor.knowledge import load
from auditor.text import stopwords

MIN_SHARED_WORDS = 4
"""Content words (not function words, not the names) the two statements must share, in the same order."""
MIN_SHARED_TOKENS = 7
"""Words of any kind the two statements must share: a short statement says too little to be one fact."""
MAX_NAME_WORDS = 4
"""A name put in another's place has at most this many words ("Maria de la Cruz")."""

_TOKEN = re.compile(r"[^\W_](?:[\w'’-]|\.(?=\w))*")
"""A word, with the full stops inside an abbreviation ("J.R.") but not the one that ends the sentence."""


@dataclass(frozen=True, slots=True)
class Substitution:
    """Two claims that say one thing but for one name: ``earlier`` gives ``old``, ``later`` gives ``new``."""

    earlier: int
    later: int
    old: str
    new: str
    statement: str
    """The words the two share around the name, as the later claim writes them (for the message)."""


SLOT_WORDS = 4
"""A name fills the slot of a past act or of "by" when it starts at most this many words after it ("designed by
the engineer Anna Berg", "joined the club from Ajax")."""


@cache
def _list(name: str) -> frozenset[str]:
    """A word list of ``knowledge/substitutions.json``."""
    return frozenset(load("substitutions")[name])


@cache
def _past_forms() -> frozenset[str]:
    """The past forms of verbs that do not end in "ed": irregular forms of ``knowledge/verb_forms.json`` (not the
    "-ing" or "-s" ones) and ``substitutions.json`` "past_forms"."""
    forms = load("verb_forms")["forms"]
    return frozenset(f for f in forms if not f.endswith(("ing", "s"))) | _list("past_forms")


def _slot_of_one(words: list[str], start: int) -> bool:
    """Whether the name at ``start`` fills the slot of one name: it follows "by" or the past form of a verb within
    :data:`SLOT_WORDS` words, with no indefinite article in between ("opened an office in Munich": one of several)."""
    before = words[max(0, start - SLOT_WORDS - 1) : start]
    for n in range(len(before) - 1, -1, -1):
        w = before[n]
        if w in ("a", "an"):
            return False
        if w in _list("slot_words") or w in _past_forms() or (w.endswith("ed") and len(w) > 4):
            return True
    return False


@cache
def _calendar() -> frozenset[str]:
    return frozenset(w.lower() for w in wordlist("months_and_days")) | {"spring", "summer", "autumn", "winter"}


def _is_name(tokens: list[str]) -> bool:
    """Whether ``tokens`` are one name: capitalised words, with connectors only inside, no day or month."""
    if not 1 <= len(tokens) <= MAX_NAME_WORDS:
        return False
    if not (tokens[0][:1].isupper() and tokens[-1][:1].isupper()):
        return False
    for t in tokens:
        if t.lower() in _calendar() or any(c.isdigit() for c in t):
            return False
        if not t[:1].isupper() and t.lower() not in _list("connectors"):
            return False
    return True


def substitution(first: str, second: str) -> tuple[str, str, str] | None:
    """The one name ``second`` puts in place of a name of ``first`` when the rest of the two is word for word the
    same: (old name, new name, the shared words), or None."""
    a, b = _TOKEN.findall(first), _TOKEN.findall(second)
    ka, kb = [t.lower() for t in a], [t.lower() for t in b]
    ops = [op for op in Indel.opcodes(ka, kb) if op.tag != "equal"]
    if not ops:
        return None
    # One region of difference: every non-equal opcode touches the next one.
    for one, two in pairwise(ops):
        if one.src_end != two.src_start or one.dest_end != two.dest_start:
            return None
    start_a, end_a, start_b, end_b = ops[0].src_start, ops[-1].src_end, ops[0].dest_start, ops[-1].dest_end
    if start_a == 0 or start_b == 0 or start_a != start_b:
        return None  # the name opens the statement (its subject), or the statements differ before it
    old, new = a[start_a:end_a], b[start_b:end_b]
    if not (_is_name(old) and _is_name(new)):
        return None
    if {t.lower() for t in old} & {t.lower() for t in new}:
        return None  # "Paul Hart" / "Hart", "Lund University" / "Uppsala University" is read as "Lund" / "Uppsala"
    shared = ka[:start_a] + ka[end_a:]
    if not _slot_of_one(ka, start_a) or not _list("several").isdisjoint(shared):
        return None  # "Flights leave for Madrid every morning", "has an office in Berlin": one of several
    content = [w for w in shared if w not in stopwords() and len(w) > 1]
    if len(shared) < MIN_SHARED_TOKENS or len(content) < MIN_SHARED_WORDS:
        return None
    return " ".join(old), " ".join(new), " ".join([*b[:start_b], "…", *b[end_b:]])


def substitutions(p: Pairing, listed: frozenset[int] = frozenset()) -> list[Substitution]:
    """The pairs of claims of an article that are one statement but for one name (:func:`substitution`), read
    only for claims that share rare words (the pairing's blocking, linear in the article) and are neither hedged
    nor spoken. Claims of list items (``listed``) are not read: a list sets out cases, and two lists may set out
    one case and a variation of it ("Alice sells x to Bob" / "Alice sells x to Mallory" in a worked example)."""
    keys, blocked = p.blocking  # the pairing's own blocking, found once for its candidates too
    found: list[Substitution] = []
    reported: set[int] = set()
    for earlier, later in sorted(blocked):
        if later in reported or earlier in listed or later in listed:
            continue
        if earlier in p.spoken or later in p.spoken or p.hedged(earlier) or p.hedged(later):
            continue
        a, b = keys[earlier], keys[later]
        if len(a ^ b) > 2 * MAX_NAME_WORDS:
            continue  # more words differ than two names have: not one statement (cheap, before the alignment)
        told = substitution(p.texts[earlier], p.texts[later])
        if told is not None:
            reported.add(later)
            found.append(Substitution(earlier, later, *told))
    return found
