"""Ensembles: a group named by its size, and another number of members named for it.

"The trio — Ana Cole, Ben Ruiz, Cleo Park and Dev Shah — met at art school", "The quartet of Mia Holt, Joe Lane and
Sara Dean", "the five-piece band, made up of ..." with four names, "The Velvet Owls are a trio. The band's members are
..." with four: the group's size and its members give one number two ways (CON003).

Read here, in one claim: a noun of a group of a fixed size ("duo", "trio", "quartet": ``knowledge/ensembles.json``)
or a group noun sized by a count ("the five-piece band", "a four-member crew"), after a determiner or opening the
claim, with the members' names attached to it: between dashes or brackets, in a closed apposition ("The duo, Kim
Ash and Lee Moss, ..."), after "of", "made up of" or "consisting of", after a colon, or right after it ("folk duo
Kim Ash and Lee Moss"). In the next claim of the same paragraph, after a claim that names one group of one size and no
members: "members" or "line-up" and the names ("The band's members are ...", "Its line-up: ...").

Left unread: a group noun that is part of a name ("The Kelby Trio", a group may keep its name when its members
change), a possessive ("the trio's guests ..."), names after a verb ("the quartet played Bach, Haydn and Ravel", "the
duo thanked ..."), names with roles ("guitarist Tom Reed"), a list of names with a repeated name, and a claim with more
than one group of a size.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache

from auditor.compare.gates import literal_gate, may_hold
from auditor.compare.quantities import spelled_numbers
from auditor.knowledge import load
from auditor.phrases import alternation

MIN_SIZE, MAX_SIZE = 2, 12

_NAME = r"(?-i:[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|van|von|da|der|del|la|le|bin|al)){0,3})"
_NAMES = rf"(?P<names>{_NAME}(?:\s*,\s*{_NAME})*,?\s+(?:and|&)\s+{_NAME})"
_SPLIT = re.compile(r"\s*,\s*(?:(?:and|&)\s+)?|\s+(?:and|&)\s+")
_DETERMINER = re.compile(
    r"(?:^(?:[A-Z]?[a-z-]+\s+)?|\b(?i:the|a|an|its|their|this|that|these|our|his|her)\s+)(?:[a-z][a-z-]*\s+){0,2}$"
)
"""What may stand before a group noun: a determiner and a few words in lower case ("the folk"), or the claim's start
("Folk duo ...")."""


@dataclass(frozen=True, slots=True)
class Ensemble:
    """A group of a size and the members named for it."""

    claim: int
    """The claim that names the members."""
    sized: int
    """The claim that gives the group's size (``claim`` when one claim gives both)."""
    phrase: str
    """The group as written ("The trio", "the five-piece band")."""
    size: int
    names: tuple[str, ...]

    @property
    def finding(self) -> str:
        return (f"{self.phrase} is a group of {self.size}, but {len(self.names)} members are named for it"
                f" ({', '.join(self.names)})")


@cache
def _data() -> dict[str, object]:
    data: dict[str, object] = load("ensembles")
    return data


@cache
def _sizes() -> dict[str, int]:
    sizes: dict[str, int] = _data()["sizes"]  # type: ignore[assignment]
    return sizes


@cache
def _numbers() -> dict[str, int]:
    return {w: n for w, n in spelled_numbers().items() if MIN_SIZE <= n <= MAX_SIZE}


@cache
def _group() -> re.Pattern[str]:
    """A group of a size: "trio", "quartet", "five-piece band", "4-member crew"."""
    sized: list[str] = _data()["sized"]  # type: ignore[assignment]
    groups: list[str] = _data()["groups"]  # type: ignore[assignment]
    number = r"\d{1,2}|" + "|".join(sorted(_numbers(), key=len, reverse=True))
    return re.compile(
        rf"\b(?:(?P<noun>{alternation(_sizes())})|(?P<n>{number})-(?:{alternation(sized)})\s+(?:{alternation(groups)}))\b"
        r"(?!['’]s?\b|-)",
        re.IGNORECASE,
    )


@cache
def _gate() -> re.Pattern[str]:
    """The strings every match of :func:`_group` holds in lower case: a size noun, or "-piece", "-member" ..."""
    sized: list[str] = _data()["sized"]  # type: ignore[assignment]
    return literal_gate([*_sizes(), *(f"-{word}" for word in sized)])


@cache
def _attached() -> re.Pattern[str]:
    """The members attached to a group: dashes, brackets, a closed apposition, "of", "made up of", a colon, or the
    names right after it; then a pause or a verb in lower case."""
    joined: list[str] = _data()["joined"]  # type: ignore[assignment]
    return re.compile(
        rf"(?:(?P<dash>\s*[—–]\s*|\s+-\s+)|(?P<bracket>\s*\(\s*)|(?P<comma>,\s*)|(?P<colon>\s*:\s*)"
        rf"|,?\s+(?:{alternation(joined)})\s+|\s+){_NAMES}(?P<after>\s*(?:[—–).;,]|\s-\s|$)|\s+[a-z])"
    )


@cache
def _members() -> re.Pattern[str]:
    """The members in a claim of their own: "The band's members are ...", "Its line-up: ...", "Its members, ..."."""
    members: list[str] = _data()["members"]  # type: ignore[assignment]
    return re.compile(
        rf"\b(?i:{alternation(members)})(?:\s+(?:are|were)\s+|\s*:\s*|\s*[—–]\s*|,\s*){_NAMES}(?P<after>\s*(?:[—–).;,]|$)|\s+[a-z])"
    )


def _size(m: re.Match[str]) -> int | None:
    if m["noun"]:
        return _sizes().get(m["noun"].lower())
    word = m["n"]
    value = int(word) if word.isdigit() else _numbers().get(word.lower())
    return value if value is not None and MIN_SIZE <= value <= MAX_SIZE else None


def _names(m: re.Match[str]) -> tuple[str, ...] | None:
    """The names of a match, or None when they are not one list of distinct people."""
    names = tuple(n.rstrip(".") for n in _SPLIT.split(m["names"].strip()) if n)
    return names if len(set(names)) == len(names) else None


def _groups(text: str) -> list[tuple[re.Match[str], int, str]]:
    """The groups of a size in a claim that are not part of a name, with their sizes and their words as written
    ("the folk duo")."""
    found = []
    for m in _group().finditer(text):
        size = _size(m)
        if size is None or (m[0][0].isupper() and m.start() > 0):
            continue  # "The Kelby Trio": a name the group may keep whatever its members
        determiner = _DETERMINER.search(text, max(0, m.start() - 40), m.start())
        if determiner is None:
            continue  # "works for a quartet", "2-piece": not a group named by its size
        phrase = text[determiner.start() : m.end()]
        found.append((m, size, phrase[:1].lower() + phrase[1:]))
    return found


def _attached_names(text: str, m: re.Match[str]) -> tuple[str, ...] | None:
    """The names attached to the group at ``m`` in ``text``."""
    a = _attached().match(text, m.end())
    if a is None:
        return None
    after = a["after"]
    if a["dash"] is not None and not re.match(r"\s*(?:[—–]|\s-\s)", after):
        return None  # "The trio – Ana and Ben went ...": a dash that does not close
    if a["bracket"] is not None and not after.lstrip().startswith(")"):
        return None
    if a["comma"] is not None and not re.match(r"\s*(?:[,.;]|$)", after):
        return None  # "The trio, Ana and Ben said ...": an apposition must be closed
    if re.match(r",\s*(?:(?:and|&)\s+)?[A-Z]", text[a.end("names") :]):
        return None  # "the trio of Ana and Ben, Cleo and Dev": pairs joined by "and"
    return _names(a)


def ensemble_conflicts(
    texts: Sequence[str], blocks: Sequence[int], skip: frozenset[int] = frozenset()
) -> Iterator[Ensemble]:
    """Groups of a size whose members, named in the same claim or the next of its paragraph, are another number.

    ``blocks`` gives each claim's block. A claim is read only when it names a group of a size (a cheap search), and
    only the next claim is looked at, so the article is read in one pass."""
    for index, text in enumerate(texts):
        if index in skip or not may_hold(text, _gate()) or _group().search(text) is None:
            continue
        groups = _groups(text)
        if len(groups) != 1:
            continue  # "The quartet now plays as a trio": which group the names are is unclear
        m, size, phrase = groups[0]
        names = _attached_names(text, m)
        if names is not None:
            if len(names) != size:
                yield Ensemble(index, index, phrase, size, names)
            continue
        following = index + 1
        if following >= len(texts) or following in skip or blocks[following] != blocks[index]:
            continue
        if _group().search(texts[following]) is not None:
            continue  # the next claim names a group of its own
        listed = _members().search(texts[following])
        if listed is None or (names := _names(listed)) is None:
            continue
        if len(names) != size:
            yield Ensemble(following, index, phrase, size, names)
