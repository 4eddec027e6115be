"""A page an organisation keeps about itself: its own record told by the page's own subject.

A club's history page ("Club History": "The Harlow Vale Rowing Club was established in 1971", "1992: Club
record crowd of 1,800"), a programme's page ("Summer Field Science Program": "8 week summer program
with total stipend of $900") state the organisation's founding, records, division and terms. The organisation is
the source of its own record: the page is where a reader would look it up.

The page names itself in its title or its first headings by the kind of body it is (``knowledge/own_subject.json``
``bodies``: a club, a society, a programme, a school; never a place, whose history is the world's): the body's noun
ends the title or heading, or stands before a page's label ("Club History"); a headline that tells of a body ("Arts
Trust Launches Mural Grants") names no page. A sentence tells
that body's own record when the body opens it as its subject: the noun stands among the sentence's first words, after
at most a date label ("1985:", "In 1965,"), with no clause or comparison opened before it ("a county where ...",
"more than the club"). "The club was founded in 1965" on a town's history page, or a figure of the world on the
club's page ("Rowing is the sport of 30,000 people in the county"), still needs its source.
"""

from __future__ import annotations

import re
from functools import cache

from auditor.article import Article, per_article
from auditor.knowledge import load

HEADINGS_READ = 2
"""The page's title and this many of its first headings name what the page is about."""
OPENING_WORDS = 6
"""The body names the sentence's subject within this many words of its start (after a date label)."""
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_LABEL = re.compile(
    r"^\s*(?:(?:\d{1,2}\s+)?(?:[A-Z][a-z]{2,8}\.?\s+)?\d{4}s?\s*[:–—-]\s*"
    r"|(?:in|by|since|from|during|after|until|on)\s+[^,.;:]{1,30},\s*)"
)


@cache
def _words() -> tuple[frozenset[str], frozenset[str]]:
    data = load("own_subject")
    return frozenset(data["bodies"]), frozenset(data["clause_words"])


@cache
def _labels() -> frozenset[str]:
    return frozenset(load("own_subject")["page_labels"])


def _nouns(text: str) -> list[str]:
    """The bodies a title or heading names its page by: a body's noun that ends it, or stands before a page's label
    ("Club History"); not one a headline tells of ("Arts Trust Launches Mural Grants").

    >>> _nouns("Club History"), _nouns("About Harlow Vale Rowing Club")
    (['club'], ['club'])
    >>> _nouns("Millbrook Arts Trust Launches $90,000 in Mural Grants")
    []
    """
    bodies, _ = _words()
    words = [_base(w) for w in _WORD.findall(text)]
    return [w for i, w in enumerate(words) if w in bodies and (i + 1 == len(words) or words[i + 1] in _labels())]


def _base(word: str) -> str:
    word = word.lower()
    return word[:-2] if word.endswith(("'s", "’s")) else word


@per_article
def own_bodies(article: Article) -> frozenset[str]:
    """The kinds of body the page names itself by, in its title and first headings ("club", "program")."""
    doc = article.document
    texts = [doc.title or ""]
    texts += [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "heading"][:HEADINGS_READ]
    return frozenset(n for text in texts for n in _nouns(text))


def opens_with_body(text: str, evidence: str, bodies: frozenset[str]) -> bool:
    """The sentence ``text`` has one of ``bodies`` for its subject (among its first words, after a date label, with
    no clause or comparison opened before it), and states its ``evidence`` of that body, not in a clause of its own.

    >>> opens_with_body("1992: Club record crowd of 1,800 for the regatta final", "1,800", frozenset({"club"}))
    True
    >>> opens_with_body("8 week summer program with total stipend of $900.", "$900", frozenset({"program"}))
    True
    >>> opens_with_body("Our program serves a county where 30% of children are poor.", "30%", frozenset({"program"}))
    False
    >>> opens_with_body("Rowing draws 30,000 people, more than any club.", "30,000", frozenset({"club"}))
    False
    """
    _, clause = _words()
    at = text.find(evidence)
    if at < 0:
        return False
    label = _LABEL.match(text)
    start = label.end() if label and label.end() <= at else 0
    words = [_base(w) for w in _WORD.findall(text[start:at])]
    for i, word in enumerate(words[:OPENING_WORDS]):
        if word in bodies:
            return not any(w in clause for w in words[i + 1 :])
        if word in clause:
            return False
    return False


def tells_own_record(article: Article, text: str, evidence: str) -> bool:
    """The sentence ``text`` tells, in its ``evidence``, the record of the body the page is about (see the module
    docstring)."""
    bodies = own_bodies(article)
    return bool(bodies) and opens_with_body(text, evidence, bodies)
