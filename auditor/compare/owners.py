"""Owners: whose a figure is and what it counts, read from the words right around it.

One quantity is often stated twice in other words: "Lowther Primary has 240 pupils" and "the school's 310
pupils"; "a staff of 4,100 nurses" and "the 3,800 nurses it employs"; "Northvale has a population of 980,000"
and "Northvale, a city of 1.2 million people"; "a $412 million transit budget" and "the $421 million budget".
These readers tell :mod:`auditor.compare.measures` when a figure is all its owner has (a possessive, a pronoun
and a verb of having after it, a place in apposition), when it is a level the subject has ("has", "employs",
"has a population of"), and what it counts when the noun comes before it ("a population of 980,000").
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from auditor.compare.clauses import _CLAUSE, FIGURE_MEMO, _words
from auditor.compare.frames import concept, concepts
from auditor.compare.quantities import Quantity
from auditor.compare.statements import signed_key, wordlist
from auditor.knowledge import load
from auditor.text import stopwords

DETERMINER = re.compile(r"\b(?:the|its|their|his|her|our|these|those)\s+$", re.IGNORECASE)
"""A determiner right before a figure: the figure describes a thing the article names ("the 680-metre crossing")."""
DEFINITE = re.compile(r"\bthe\s+$", re.IGNORECASE)
"""The definite article right before a figure ("the $421 million budget")."""
_POSSESSIVE = re.compile(r"(?:\b\w+['’]s?|\b(?:its|their|his|her|our))\s+$", re.IGNORECASE)
PRONOUNS = frozenset({"it", "they", "he", "she", "we"})
"""Pronouns that name a figure's owner after its noun ("the 3,800 nurses *it* employs")."""
_DETERMINERS = frozenset({"a", "an", "the", "its", "their", "his", "her", "our"})
_PART_OF = re.compile(r"\b([^\W\d_]+)['’]s?\s+([^\W\d_][\w-]*)")
_WORD_RUN = re.compile(r"[^\W\d_]+")
WHICH_OF_THEM = frozenset(
    {"on", "in", "at", "for", "from", "with", "without", "under", "over", "across", "outside", "inside", "abroad",
     "overseas", "locally", "directly", "full-time", "part-time", "full", "part", "only"}
)
"""Words after "the 1,200 paintings it has" that say which of them ("*on* display", "*full-time*"): a part."""


@lru_cache(maxsize=65536)
def key(word: str) -> str:
    """The measure key of a plain lower-case word (its signed stem, synonyms folded), once per word."""
    return concept(signed_key(word))


def home_to(before: list[str]) -> bool:
    """Whether the words before a figure end with "home to" ("the city, home to 1.2 million people"): a level of
    what the place holds, not the end of a change ("rose to 1.2 million")."""
    return len(before) > 1 and before[-1].lower() == "to" and before[-2].lower().strip("(,") == "home"


def named_noun(noun: frozenset[str], before: tuple[str, ...]) -> frozenset[str]:
    """What a figure counts when the words before it name it: "a population of 980,000" and "a staff of 4,100"
    count the noun before "of" when no noun follows; in a place ("a city of 1.2 million people", "home to 1.2
    million people", :func:`placed`) people are its residents. ``before``: the plain words of its clause."""
    if placed(before):
        people = _people()
        if not noun or noun & people:
            return (noun - people) | _residents()
    elif not noun and len(before) > 2 and before[-1] == "of" and before[-3] in _DETERMINERS:
        word = before[-2]
        if word not in stopwords() and word not in wordlist("linking"):
            return concepts([signed_key(word)])
    elif noun and noun <= _people() and before and concepts([signed_key(before[-1])]) == _staff():
        return _staff()  # "employs 530 people": the people a verb of employing counts are its staff
    return noun


@cache
def _staff() -> frozenset[str]:
    """The measure key of the people an employer counts ("staff", "employees", "workers", "employs")."""
    return concepts([signed_key("staff")])


def placed(before: tuple[str, ...]) -> bool:
    """A figure of what a place holds: after "a city of", "a town of" (``knowledge/measures.json`` "places") or
    "home to" ("Northvale, a city of 1.2 million people"; "the city, home to 1.2 million people")."""
    if len(before) < 2:
        return False
    last = before[-1]
    if last == "to":
        return before[-2] == "home"
    return last == "of" and len(before) > 2 and before[-3] in ("a", "an") and before[-2] in _places()


@cache
def _places() -> frozenset[str]:
    return frozenset(load("measures")["places"])


@cache
def _people() -> frozenset[str]:
    """Measure keys of the words for people in general ("people", "persons")."""
    return concepts([signed_key("people"), signed_key("persons")])


@cache
def _residents() -> frozenset[str]:
    """The measure key of the people living in a place ("residents", "inhabitants", "population")."""
    return concepts([signed_key("residents")])


def apposition_head(before: str) -> frozenset[str]:
    """The measure key of the last content word of ``before``, the text before a placed figure's clause: the
    head the apposition describes ("the island" in "the ferry links the island, home to 3,200 people")."""
    words = [w.split("'")[0] for w in _words(before)]
    content = [w for w in words if w not in stopwords() and not w[0].isdigit()]
    return frozenset(key(w) for w in content[-1:])


def possessive(text: str, start: int) -> re.Match[str] | None:
    """The possessive right before the figure at ``start`` ("the school's", "its"), or None."""
    return _POSSESSIVE.search(text, max(0, start - 30), start)


def owned_by_pronoun(text: str, start: int, after: tuple[str, ...]) -> bool:
    """A described figure whose owner is a pronoun (or "the" and a noun) and a verb of having after its noun
    ("the 3,800 nurses *it employs*", "the 40 buses they have", "the 3,800 nurses the trust employs"): all its
    owner has, like "its 3,800 nurses"."""
    if owner_noun(after):
        after = ("it", *after[2:])  # "the 3,800 nurses *the trust* employs": owned as by "it"
    if len(after) < 2 or after[0] not in PRONOUNS or after[1] not in _holding_words():
        return False
    if len(after) > 2 and after[2] in WHICH_OF_THEM:
        return False  # "the 1,200 paintings it has *on display*", "the nurses it employs *full-time*": a part
    return DETERMINER.search(text, max(0, start - 8), start) is not None


def owner_noun(after: tuple[str, ...]) -> str:
    """The noun of a definite owner and its verb of having after a figure's noun ("the 1,300 nurses *the trust
    employs*": "trust"), or ""."""
    if len(after) < 3 or after[0] != "the" or after[2] not in _holding_words() or after[1] in stopwords():
        return ""
    return after[1]


@cache
def _holding_words() -> frozenset[str]:
    return frozenset(load("measures")["holding"])


@cache
def _holding() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in load("measures")["holding"])
    return re.compile(rf"\b(?:{words})\s+(?:an?\s+[^\W\d_]+\s+of\s+)?$", re.IGNORECASE)


def held(text: str, q: Quantity) -> bool:
    """A figure right after a verb of having ("has 240 pupils", "employs 4,100 nurses", "has a population of
    980,000"): a level of what the subject has."""
    return _holding().search(text, max(0, q.start - 40), q.start) is not None


_INDEFINITE = re.compile(r"\W*(?:an?|another|one)\s+(?!(?:total|number|further|additional|estimated|record)\b)", re.I)


def another_owner(text: str, q: Quantity) -> bool:
    """The claim opens with an indefinite subject that has the figure ("A sister plant in Leeds has 600 workers",
    "Another depot employs 90 drivers"): a thing the claim brings in, not the one an earlier claim counted. "A
    total of 600 workers" opens with the figure's own phrase, not with who has it."""
    return _INDEFINITE.match(text) is not None and held(text, q)


def norms_elsewhere(before: str, after: str) -> bool:
    """Whether every goal or limit word around a described figure names another thing, one the rest of the
    claim introduces with "a" ("the $421 million budget also funds *a fare cap*"): the figure is a level, not a
    limit. ``before`` and ``after``: the figure's clause before and after it. A norm word before the figure or
    in its own noun phrase ("the 40 mph limit") is the figure's."""
    norms = _norm_words()
    if any(w.lower() in norms for w in _WORD_RUN.findall(before)):
        return False
    opened = False  # inside an indefinite noun phrase opened by "a" or "an" after the figure's noun
    for n, word in enumerate(w.lower() for w in _WORD_RUN.findall(after)):
        if word in ("a", "an") and n:
            opened = True
        elif word in norms and not opened:
            return False
    return True


@cache
def _norm_words() -> frozenset[str]:
    return frozenset(load("measures")["norms"])


@lru_cache(maxsize=FIGURE_MEMO)
def owner_parts(text: str, start: int) -> tuple[tuple[str, str], ...]:
    """The (owner, part) measure keys of the possessives in the clause before the figure at ``start`` ("the
    estate's woodland"), read once per figure; none without an apostrophe before the figure."""
    if text.find("'", 0, start) < 0 and text.find("’", 0, start) < 0:
        return ()
    clause = max((m.end() for m in _CLAUSE.finditer(text, 0, start)), default=0)
    stop = stopwords()
    return tuple(
        (key(m.group(1).lower()), key(m.group(2).lower().split("-")[-1]))
        for m in _PART_OF.finditer(text, clause, start)
        if m.group(2).lower() not in stop
    )
