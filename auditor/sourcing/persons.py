"""Whether an attribution's source is a person, whose words are their own and no link holds.

"According to Bloomberg" points at a report a reader could be sent to; "according to Rubin" or "according to
Ana Ruiz, a nurse at the clinic" tells whose words these are, as a reporter or interviewer does, and there is
nothing to link. :func:`is_person` reads the source's name and the article around it; it says a person only
when the article shows one:

- the name is written like a person's (one to four capitalised words, none an acronym, none a publisher's word
  such as "University" or "Group", perhaps followed by "of <Place>"), and
- the article gives it as a person's: an appositive of a role after it here or elsewhere ("Ana Ruiz, a nurse at
  the clinic", "Ruiz, the team's lead"; not "Gartner, a research firm"), or a longer name elsewhere that ends
  with it ("Jeremy Rubin" ... "according to Rubin").

    >>> is_person("Rubin", "Jeremy Rubin proposed a change. It is unproven, according to Rubin.")
    True
    >>> is_person("Ana Ruiz", "Demand doubled, according to Ana Ruiz, a nurse at the clinic.")
    True
    >>> is_person("Gartner", "Demand doubled, according to Gartner, a research firm.")
    False
    >>> is_person("Bloomberg", "Shares fell, according to Bloomberg.")
    False
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from auditor.knowledge import load
from auditor.sourcing.voice import opening_words
from auditor.text import stopwords

_NAME_WORD = re.compile(r"(?:Mc|Mac|O['’])?[A-Z][a-z]+(?:-[A-Z][a-z]+)?")
"""A word of a person's name: "Ruiz", "McKay", "O'Neil", "Smith-Jones" (not "LN", "Moody's", "18F")."""
_GIVEN_BEFORE = re.compile(r"(?<![\w.’'-])(?P<given>[A-Z][a-z]+)[ \u00a0]$")
"""A capitalised word right before a mention: its given name (or another part of the name), read as one when it is
a name's word and no sentence's opening word."""
_MENTIONS_READ = 50
"""How many mentions of a name are read (a bound: an article naming one source a thousand times costs 50)."""
_PLACE = re.compile(r"\s+of\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*$")
"""A place after a name ("Christine Ruiz of Ohio"), left out of the name."""


def is_person(source: str, text: str) -> bool:
    """The attribution's ``source`` names a person, as the article ``text`` shows (see the module's doc)."""
    name = _PLACE.sub("", source.strip())
    words = name.split()
    if not 1 <= len(words) <= 4 or not all(_NAME_WORD.fullmatch(w) for w in words):
        return False
    if not _not_names().isdisjoint(words):
        return False
    for at in _mentions(text).get(words[0], ())[:_MENTIONS_READ]:
        if not text.startswith(name, at) or text[at + len(name) : at + len(name) + 1].isalnum():
            continue
        appositive = _APPOSITIVE.match(text, at + len(name))
        if appositive and _organisations().isdisjoint(_head(appositive["role"])):
            return True  # "Ana Ruiz, a nurse at the clinic"
        given = _GIVEN_BEFORE.search(text, max(0, at - 40), at)
        if given and given["given"] not in _not_names():
            return True  # "Jeremy Rubin" ... "according to Rubin": a longer name ends with it
    return False


_APPOSITIVE = re.compile(
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)?"
    r",\s+(?:a|an|the|his|her|their|its|[A-Z][\w-]*['’]s)\s+(?P<role>[^\s,.;:]+(?:\s+[^\s,.;:]+){0,3})"
)
"""A role set after a name (and its place): ", a nurse at the", ", the team's lead", " of Ohio, a grower near the":
the role's head (:func:`_head`) is read by :func:`is_person` (an organisation's noun makes it no person's)."""


def _head(role: str) -> list[str]:
    """An appositive's words up to its first function word: "nurse at the clinic" -> ["nurse"], "research firm
    that tracks" -> ["research", "firm"]."""
    head = []
    for word in role.lower().split():
        if word in stopwords():
            break
        head.append(word)
    return head


@lru_cache(maxsize=4)
def _mentions(text: str) -> dict[str, list[int]]:
    """Where each capitalised word of the article starts (once per article: every attribution reads it)."""
    found: dict[str, list[int]] = {}
    for m in _CAPITALISED.finditer(text):
        found.setdefault(m.group(), []).append(m.start())
    return found


_CAPITALISED = re.compile(r"(?<![\w’'-])(?:O['’])?[A-Z][\w-]*")


@cache
def _not_names() -> frozenset[str]:
    """Capitalised words that are no part of a person's name: a publisher's ("University", "Group") and a
    sentence's opening words ("The", "According", "Monday")."""
    return opening_words() | frozenset(load("need")["institution_words"])


@cache
def _organisations() -> frozenset[str]:
    """Nouns that make an appositive an organisation's ("a research firm", "the country's largest lender")."""
    data = load("need")
    nouns = (*data["organisation_nouns"], *data["institution_words"])
    return frozenset(w for phrase in nouns for w in phrase.lower().split())

