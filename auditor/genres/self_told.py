"""A page an organisation tells of itself in the third person: its annual report, a programme's page.

"Acme convened its first forum in 2009", "Acme published more than 20 papers before the summit", "the interviews
gave Acme its widest media reach yet, with almost 400 mentions": an annual report tells the organisation's own
history, output and reach, and has no byline, no "we" and no press contact. It shows who writes it by how it
introduces people: by their title in the organisation alone ("Senior Fellow Jane Roe", "Program Director Ian Ek"),
as only an insider writes (a news story says "Jane Roe, a senior fellow at Acme"), while it names the organisation
as the owner of its people or work ("Acme experts", "Acme's researchers": ``knowledge/self_told.json``).

On such a page, a figure, date or ranking stated of the organisation (its name stands before the figure in the
sentence) is the organisation's own account. A figure of the world on the same page ("Twenty-one million people
are refugees") names no organisation before it, and still needs its source.
"""

from __future__ import annotations

import re
from functools import cache

from auditor.article import Article, per_article
from auditor.genres.newsroom import same_organisation
from auditor.knowledge import load
from auditor.phrases import alternation
from auditor.reading import reading
from auditor.sourcing.need import Need
from auditor.sourcing.voice import name_tokens
from auditor.text import stopwords

_PERSON = r"[A-Z][\w'’.-]+(?:[ \t]+[A-Z][\w'’.-]*){1,3}"
_ORG = r"[A-Z][\w&'’.-]*(?:[ \t]+(?:&[ \t]+)?[A-Z][\w&'’.-]*){0,3}"


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a person introduced by a bare title in an organisation, an organisation's name before its people or work)."""
    data = load("self_told")
    modifiers = alternation(m.capitalize() for m in data["title_modifiers"])
    heads = alternation(h.capitalize() for h in data["title_heads"])
    # The title opens the sentence or follows a lower-case word, a comma or a bracket: "FBI Director X" names whose.
    bare = re.compile(rf"(?:^|(?<=[a-z,;(]\s))(?:(?:{modifiers})[ \t]+)+(?:{heads})[ \t]+{_PERSON}|"
                      rf"(?:^|(?<=[a-z,;(]\s))(?:{heads})[ \t]+{_PERSON}")
    owner = re.compile(rf"\b(?P<org>{_ORG})(?:['’]s)?[ \t]+(?:{alternation(data['staff_nouns'])})\b")
    return bare, owner


@cache
def _heads() -> frozenset[str]:
    """The title heads in lower case ("fellow", "director"): the bare-title pattern, case-sensitive, matches one
    capitalised between white space (or the sentence's start) and a space."""
    return frozenset(h.lower() for h in load("self_told")["title_heads"])


@cache
def _quantifiers() -> frozenset[str]:
    return frozenset(load("self_told")["quantifiers"])


def _trimmed(org: str) -> str:
    """A name without the capitalised function words that open a sentence before it ("Several Acme" -> "Acme")."""
    words = org.split()
    while len(words) > 1 and (words[0].lower() in stopwords() or words[0].lower() in _quantifiers()):
        words.pop(0)
    return " ".join(words)


@per_article
def self_told(article: Article) -> tuple[str, ...]:
    """The organisations a page tells of itself (see the module docstring); empty for other pages."""
    bare, owner = _patterns()
    texts = [article.sentence_text(s) for s in article.sentences]
    heads = _heads()  # a bare title is a whole word: a sentence with none of them is not searched
    if not any(not heads.isdisjoint(reading(text).words) and bare.search(text) for text in texts):
        return ()
    found = [_trimmed(m["org"]) for text in texts for m in owner.finditer(text)]
    return tuple(dict.fromkeys(org for org in found if name_tokens(org)))


def tells_of_itself(article: Article, text: str, need: Need, names: list[str]) -> bool:
    """On a page an organisation tells of itself, the claim (its plain ``text``, ``need`` and proper ``names``)
    states its figure, date or ranking of the organisation: the organisation's name stands before the figure."""
    orgs = self_told(article)
    if not orgs or not names:
        return False
    at = text.find(need.evidence)
    if at < 0:
        return False
    return any(0 <= text.find(name) < at for name in names if any(same_organisation(org, name) for org in orgs))
