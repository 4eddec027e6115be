"""Makers: who directed, wrote, designed, invented or named a named thing ("Dust Road is a 1931 film directed by
Ada Kerr"; "The film was directed by Tom Vale").

A :class:`Maker` is read off a claim that opens with a name, or with "the" and a noun that stands for the one named
thing of the article described by that noun ("the film" for "Dust Road is a 1931 film ..."): the verb of making
(``knowledge/makers.json``) and the surnames of the people or bodies after its "by" (or "after", for a namesake).
Two makers of one thing, by one verb, that share no surname cannot both be right (CON006): "directed by Ada Kerr"
and "directed by Tom Vale". Makers listed with "and" are all kept, so a co-director named alone is no conflict.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache

from auditor.compare.pairing import Pairing
from auditor.compare.predicates import claim_subject, past_apposition, without_asides
from auditor.knowledge import load
from auditor.text import stopwords

MAX_LATER = 12
"""Each maker is compared with at most this many later makers of the same thing and verb."""

_NAME = r"[A-Z][\w'’.-]*(?:\s+(?:(?:de|van|von|der|la|le|du|da|di)\s+)?[A-Z][\w'’.-]*){0,3}"
_AGENTS = re.compile(
    rf"(?:[\w'’-]+\s+){{0,3}}?(?P<agents>{_NAME}(?:(?:\s*,\s*|\s+and\s+|\s*&\s*)(?:and\s+)?{_NAME})*)"
    r"(?P<more>\s+and\s+others|\s+among\s+others)?"
    r"(?=\s*(?:[.,;:)]|$)|\s+(?:and|in|on|at|who|which|from|for|with|during|but|as|to)\b)"
)
"""The makers after "by" or "after", behind a description of up to three words ("the Antarctic explorer"),
up to the end of their clause."""
_DESCRIBED = re.compile(r"\s*(?:is|was|are|were)\s+(?:(?:a|an|the)\s+)?", re.IGNORECASE)
MAX_BETWEEN = 7
"""At most this many words of description between the copula and the verb ("is a 1931 American drama film")."""
_BETWEEN_STOP = frozenset({"of", "on", "from", "about", "after", "with", "by", "for", "that", "which", "who", "and"})
"""Words that may not stand between the subject's noun and the verb: the verb would be said of something else
("a film adaptation of the novel written by ...")."""


@dataclass(frozen=True, slots=True)
class Maker:
    """Who made (directed, wrote, named ...) a named thing, as a claim says."""

    claim: int
    subject: str
    verb: str
    agents: frozenset[str]
    """The surnames (last words) of the makers, lower case."""
    text: str
    """The makers as written, for messages."""


@cache
def _verbs() -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern for the verbs of making ("written and directed by", "named after"), and each form's verb."""
    forms: dict[str, str] = {}
    for verb, written in load("makers")["verbs"].items():
        for form in written:
            forms[form] = verb
    alternatives = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    verbs = rf"(?P<verbs>(?:{alternatives})(?:\s+and\s+(?:{alternatives}))*)"
    return re.compile(rf"{verbs}\s+(?P<prep>by|after|for)\s+"), forms


@cache
def _nouns() -> frozenset[str]:
    """Nouns that, with "the", stand for the article's one thing of that kind ("the film", "the crater")."""
    return frozenset(load("makers")["nouns"]) | frozenset(load("events")["works"])


def find_makers(claim: int, text: str, p: Pairing, things: dict[str, str]) -> list[Maker]:
    """The makers a claim gives the thing it opens with (``things``: noun -> the one named thing it stands for)."""
    text = without_asides(text)
    subject, end = claim_subject(text, p)
    if not subject:
        words = text.split(None, 2)
        if len(words) < 3 or words[0].lower() != "the" or words[1].lower() not in things:
            return []
        subject, end = things[words[1].lower()], len(words[0]) + 1 + len(words[1])
    rest = past_apposition(text[end:])
    described = _DESCRIBED.match(rest)
    if described is None:
        return []
    pattern, forms = _verbs()
    window = rest[described.end() : described.end() + 120]
    made = pattern.search(window)
    if made is None:
        return []
    between = window[: made.start()].lower().split()
    if len(between) > MAX_BETWEEN or any(w.strip(",") in _BETWEEN_STOP or w.endswith(",") for w in between):
        return []  # "a film adaptation of the novel written by ...": the verb is said of something else
    rest = window
    agents = _AGENTS.match(rest, made.end())
    if agents is None or agents.group("more"):
        return []
    names = re.split(r"\s*,\s*|\s+and\s+|\s*&\s*", agents.group("agents"))
    last = [n.split()[-1].lower().strip(".") for n in names if n.strip()]
    surnames = frozenset(w for w in last if w not in stopwords())
    if not surnames:
        return []
    found = []
    prep = made.group("prep")
    for form in re.split(r"\s+and\s+", made.group("verbs")):
        verb = forms.get(form.lower())
        if verb is not None and (prep == "by") != (verb == "named"):
            found.append(Maker(claim, subject, verb, surnames, agents.group("agents").rstrip(".")))
    return found


def _things(p: Pairing) -> dict[str, str]:
    """Each noun of ``knowledge/makers.json`` that describes exactly one named thing of the article ("Dust Road
    is a 1931 film"), with that thing. A title that is no plain name ("Not Quite Hollywood: The Wild, Untold
    Story!") stands as written before its copula."""
    nouns = _nouns()
    seen: dict[str, set[str]] = defaultdict(set)
    for text in p.texts:
        subject, end = claim_subject(text, p)
        if subject:
            m = _THING.match(text, end)
        else:
            m = _TITLED.match(text)
            subject = " ".join(m.group("title").lower().split()) if m else ""
        if m is None:
            continue
        for word in text[m.end() :].split()[:MAX_BETWEEN]:
            word = word.strip(",.;:").lower()
            if word in _BETWEEN_STOP:
                break
            if word in nouns:
                seen[word].add(subject)  # every noun of "a 2008 documentary film": "the documentary", "the film"
    return {noun: next(iter(names)) for noun, names in seen.items() if len(names) == 1}


_THING = re.compile(r"\s*(?:,[^,;()]{1,80},\s*)?(?:is|was|are|were)\s+(?:a|an|the)\s+")
_TITLED = re.compile(r"[=\s]*(?P<title>[A-Z\"“'‘][^()]{1,100}?)\s+(?:is|was|are|were)\s+(?:a|an)\s+")


@cache
def maker_words() -> tuple[frozenset[bytes], frozenset[bytes]]:
    """The verbs of making and their prepositions as bytes: a claim without both names no maker."""
    verbs = {form.split()[0].split("-")[-1] for forms in load("makers")["verbs"].values() for form in forms}
    return frozenset(v.encode() for v in verbs), frozenset({b"by", b"after", b"for"})


def maker_conflicts(p: Pairing) -> list[tuple[Maker, Maker]]:
    """Pairs (earlier, later) of claims that give one thing, by one verb of making, makers who share no name."""
    things: dict[str, str] | None = None
    buckets: dict[tuple[str, str], list[Maker]] = defaultdict(list)
    verbs, prepositions = maker_words()
    nouns = _nouns()
    for index, text in enumerate(p.texts):
        words = p.words[index]
        if words.isdisjoint(verbs) or words.isdisjoint(prepositions) or not text[:1].isupper():
            continue
        if _verbs()[0].search(text) is None or p.hedged(index):
            continue
        opening = text.split(None, 2)
        if things is None and len(opening) > 2 and opening[0] == "The" and opening[1].lower() in nouns:
            things = _things(p)  # "The film was directed by ...": read the article's things once, when needed
        for maker in find_makers(index, text, p, things or {}):
            buckets[(maker.subject, maker.verb)].append(maker)
    conflicts: dict[tuple[int, int], tuple[Maker, Maker]] = {}
    for makers in buckets.values():
        for n, first in enumerate(makers):
            for second in makers[n + 1 : n + 1 + MAX_LATER]:
                if first.claim != second.claim and first.agents.isdisjoint(second.agents):
                    conflicts.setdefault((first.claim, second.claim), (first, second))
    return [conflicts[k] for k in sorted(conflicts)]
