"""Receptions: one work said to have been received well and badly, by critics or at the box office (CON005).

"Salt Roads received widespread critical acclaim" and, later, "Critics panned Salt Roads": a film, a book, an album
or a show has one reception of each kind, and the article gives two opposite ones. A :class:`Reception` is a phrase
of ``knowledge/receptions.json`` ("good" or "bad", "critical" or "commercial") with the work it is said of: the
subject before a verb of reception ("The album received negative reviews", "The film was panned", "Her debut novel
was a commercial success") or the object of critics as subject ("Critics panned Salt Roads"). Two claims whose
works are written with the same words (or one with more, of at least two words) and whose receptions are of one
kind and opposite sides contradict each other.

Not read: a claim with a word that sets two times, parts, places or groups against each other ("but", "mixed",
"initially", "later", "sequel", "some", "fans": "apart"), praise of a part ("praised for its open world"), a
reception in a place ("a hit in London"), a work told by a pronoun, hedged or spoken claims. Each claim is read
once and the works are looked up by their words, so the cost is linear.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from auditor.compare.pairing import Pairing
from auditor.knowledge import load
from auditor.phrases import alternation
from auditor.reading import reading
from auditor.text import stopwords

MAX_EARLIER = 12
"""A reception is compared with at most this many earlier ones that share a word of its work: linear in long texts."""
MAX_WORK_WORDS = 6
"""A work is named in at most this many words ("The Lark Street musical")."""
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_PRONOUNS = frozenset({"it", "they", "them", "this", "that", "these", "those", "he", "she"})


@dataclass(frozen=True, slots=True)
class Reception:
    """A reception of a work in a claim: its phrase, side and kind, and the words of the work."""

    claim: int
    phrase: str
    good: bool
    kind: str
    """ "critical" or "commercial"."""
    work: frozenset[str]
    written: str
    """The work as the claim writes it."""


@cache
def _phrases() -> dict[str, tuple[bool, str]]:
    """Each phrase of a reception (lower case) -> (good, kind)."""
    data = load("receptions")
    return {
        p.lower(): (side == "good", kind) for side in ("good", "bad") for kind, ps in data[side].items() for p in ps
    }


@cache
def _pattern() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{alternation(_phrases())})(?![\w-])", re.IGNORECASE)


@cache
def _gate() -> dict[str, tuple[frozenset[str], ...]]:
    """The words of each phrase by its longest word (:meth:`auditor.reading.Reading.may_match`): a claim without
    all the words of a phrase is not searched."""
    found: dict[str, list[frozenset[str]]] = {}
    for phrase in _phrases():
        words = _TOKEN.findall(phrase)
        found.setdefault(max(words, key=len), []).append(frozenset(words))
    return {cue: tuple(needs) for cue, needs in found.items()}


_TOKEN = re.compile(r"[a-z0-9]+")


@cache
def _apart() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{alternation(load('receptions')['apart'])})(?![\w-])", re.IGNORECASE)


@cache
def _verb_before() -> re.Pattern[str]:
    """A verb of reception right before the phrase (up to two adverbs between: "received overwhelmingly")."""
    verbs = alternation(load("receptions")["verbs"])
    return re.compile(rf"^(?P<work>.+?)\s+(?:{verbs})\s+(?:[a-z]+(?:ly)?\s+){{0,2}}$", re.IGNORECASE)


@cache
def _actor_before() -> re.Pattern[str]:
    return re.compile(rf"^\s*(?:{alternation(load('receptions')['actors'])})\s+$", re.IGNORECASE)


_OBJECT = re.compile(r"^\s*(?P<work>[^,;:.()]+?)(?=\s+(?:when|as|on|in|after|for|at|upon|because)\b|[,;:.()]|$)")
_PLACED = re.compile(r"^\s*(?:in|at|across)\s+(?:the\s+)?[A-Z]")
_FOR_PART = re.compile(r"^\s*(?:by\s+[\w\s]{1,30}?\s+)?for\s+(?:its|his|her|their|the)\b", re.IGNORECASE)


def _work_words(written: str) -> frozenset[str]:
    words = [w.lower() for w in _WORD.findall(written)]
    if not words or len(words) > MAX_WORK_WORDS or not _PRONOUNS.isdisjoint(words):
        return frozenset()
    return frozenset(w for w in words if w not in stopwords())


def reception_of(index: int, text: str) -> Reception | None:
    """The one reception a claim gives a work it names (:class:`Reception`), or None."""
    found = list(_pattern().finditer(text))
    if not found or _apart().search(text):
        return None
    m = found[0]
    phrase = m.group().lower()
    good, kind = _phrases()[phrase]
    if any(_phrases()[o.group().lower()] != (good, kind) for o in found[1:]):
        return None  # "praised ... and panned ...": both sides, or two kinds, in one claim
    after = text[m.end() :]
    if _PLACED.match(after) or (phrase == "praised" and _FOR_PART.match(after)):
        return None  # "a hit in London", "praised for its open world": a place or a part
    before = text[: m.start()]
    subject = _verb_before().match(before)
    if subject is not None:
        written = subject.group("work")
    elif phrase in ("panned", "savaged", "slated", "praised", "acclaimed") and _actor_before().match(before):
        obj = _OBJECT.match(after)
        if obj is None:
            return None
        written = obj.group("work")
    else:
        return None
    work = _work_words(written)
    if not work:
        return None
    return Reception(index, phrase, good, kind, work, written.strip())


def reception_conflicts(p: Pairing) -> list[tuple[Reception, Reception]]:
    """Pairs (earlier, later) of claims that give one work opposite receptions of one kind; each later claim
    once."""
    gate, words = _pattern(), _gate()
    read: list[Reception] = []
    for index, text in enumerate(p.texts):
        if index in p.spoken or not reading(text).may_match(words) or not gate.search(text) or p.hedged(index):
            continue
        r = reception_of(index, text)
        if r is not None:
            read.append(r)
    by_words: dict[str, list[Reception]] = {}
    found: list[tuple[Reception, Reception]] = []
    for later in read:
        seen: set[int] = set()
        for word in sorted(later.work):
            for earlier in by_words.get(word, [])[-MAX_EARLIER:]:
                if earlier.claim in seen:
                    continue
                seen.add(earlier.claim)
                if earlier.kind == later.kind and earlier.good != later.good and _same_work(earlier.work, later.work):
                    found.append((earlier, later))
                    break
            else:
                continue
            break
        for word in later.work:
            by_words.setdefault(word, []).append(later)
    return found


def _same_work(a: frozenset[str], b: frozenset[str]) -> bool:
    """The same words, or the words of one (two at least) all in the other ("Salt Roads" / "the novel Salt Roads")."""
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    return small == large or (len(small) >= 2 and small < large)
