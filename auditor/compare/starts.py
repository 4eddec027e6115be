"""Starts: the founding of a named thing told of a description of its kind or as its launch (CON004).

"Corran Bakeries, which was founded in 1999, ..." and then "The company, set up in 2004, ...": the description
("the company", the article's only one) stands for the one name the article dates a founding of, when its claim
or the claim before names that name and nothing else (:func:`stands_for`). "The Wrenfield Folk Festival was
launched in 2008" and "The festival, established in 2011": a launch with nothing launched named is the founding of
what was launched, unless a word says it came later ("officially launched": :func:`launches_as_starts`). Read by
:func:`auditor.compare.events.event_conflicts`.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from auditor.compare.statements import wordlist
from auditor.knowledge import load
from auditor.text import stopwords

if TYPE_CHECKING:
    from auditor.compare.events import Event


@cache
def kinds_of_things() -> frozenset[str]:
    """Nouns of an organisation or a recurring event (``knowledge/events.json`` "kinds")."""
    return frozenset(load("events")["kinds"])


_PLACE_BEFORE = frozenset({"in", "at", "from", "of", "across", "near", "outside", "around"})
_CAPITALISED_WORD = re.compile(r"(?<![\w'’-])([A-Z][\w'’&-]*)")


def stands_for(names: set[str] | Names, claim: int, texts: list[str]) -> str:
    """The name a description of a kind ("the company", the article's only one) in claim ``claim`` stands for,
    among ``names``, the names whose event of the same group the article dates; or "". Its own claim, if it
    names anything, or else the nearest claim before it that names anything (at most :data:`LOOK_BACK` back),
    must name one of ``names`` and nothing else. A thing named is a capitalised word that is not a claim's first
    word, a month or a place after "in", "at", "from" ...: "Ludd Foods has bought Corran Bakeries. The company,
    set up in 2004, ..." may be either firm. A caller that asks for many claims passes :class:`Names`, built once."""
    found = names if isinstance(names, Names) else Names(names)
    for text in texts[max(0, claim - LOOK_BACK) : claim + 1][::-1]:
        lower = text.lower()
        told = found.within(lower)
        if told or _others(text, set()):
            if len(told) != 1:
                return ""
            return told[0] if not _others(text, set(told[0].split())) else ""
    return ""


LOOK_BACK = 3
"""Claims read back from a description of a kind for the name it stands for."""


class Names:
    """Names in lower case, each found in a text as ``name in text`` finds it, but looked up by the words around
    the text's spaces instead of tried one by one: a long article of many names (a firm per paragraph) once tried
    every name in every claim that describes one ("the company"), quadratic. A name's part before its first space
    ends right before a space of the text (as the end of the run of characters there), and the rest starts after
    it; a name with no space is tried as it is (there are few)."""

    def __init__(self, names: set[str]) -> None:
        self.by_first: dict[str, list[tuple[str, str]]] = {}
        self.plain = [name for name in names if " " not in name]
        for name in names:
            if " " in name:
                first, _, rest = name.partition(" ")
                self.by_first.setdefault(first, []).append((name, rest))
        self.longest = max(map(len, self.by_first), default=0)

    def within(self, lower: str) -> list[str]:
        """The names in ``lower`` (each once, in no set order)."""
        found = {name: None for name in self.plain if name in lower}
        if self.by_first:
            space = lower.find(" ")
            while space >= 0:
                run = lower.rfind(" ", 0, space) + 1
                for start in range(max(run, space - self.longest), space + 1):
                    for name, rest in self.by_first.get(lower[start:space], ()):
                        if lower.startswith(rest, space + 1):
                            found[name] = None
                space = lower.find(" ", space + 1)
        return list(found)


def names_another(text: str, subject: str) -> bool:
    """Whether ``text`` names something other than ``subject`` ("Its partner, Shadow Box, has grown since its
    founding in 2001": the founding may be Shadow Box's, not the one the article dates by name)."""
    return _others(text, set(subject.split()))


def _others(text: str, words: set[str]) -> bool:
    """Whether ``text`` names something whose words are not among ``words``."""
    for m in _CAPITALISED_WORD.finditer(text):
        word = m.group(1).lower().strip(".,'’")
        before = text[: m.start()].split()[-1:]
        if not before or word in words or word in stopwords() or before[0].lower() in _PLACE_BEFORE:
            continue
        if word not in wordlist("months_and_days"):
            return True
    return False


def launches_as_starts(buckets: dict[tuple[str, str, frozenset[str]], list[Event]], texts: list[str]) -> None:
    """A launch of a named thing with nothing launched named ("The Wrenfield Folk Festival was launched in 2008")
    is its founding too, when the article also dates its founding: both go in the founding's bucket. Not when
    a word says the launch came after the start ("officially launched", "relaunched")."""
    data = load("events")
    later = frozenset(data["second_launch"])
    for group in data["launch_as_start"]:
        for (kind, subject, complement), bucket in list(buckets.items()):
            if kind != group or complement:
                continue
            founded = buckets.get(("founded", subject, complement))
            if not founded:
                continue
            plain = [e for e in bucket if later.isdisjoint(re.findall(r"[\w-]+", texts[e.claim].lower()))]
            if plain and all(later.isdisjoint(re.findall(r"[\w-]+", texts[e.claim].lower())) for e in founded):
                founded.extend(plain)
                founded.sort(key=lambda e: e.claim)
