"""Who publishes a page, as the page says in its head: the name a claim in the publisher's own voice uses.

A research organisation's page that states "an estimated 1.2 million households ..." or "The Institute
estimates ..." gives its own estimate: the publisher is the source. A company's or project's post that says
what it did speaks of itself. The publisher is read from what the page says about itself, never from the
wording of its body: its head's metas and JSON-LD, or its front matter, as the loaders read them
(``Document.publishers``, :mod:`auditor.load.publishers`).

:func:`publisher_words` gives the words a sentence would name the publisher by: the words of each name, its
initials ("HPI"), and, for an organisation, the head word it goes by in its own prose ("the Institute").
:func:`is_organisation` says whether a name is an organisation that publishes its own research or data (an
institute, a centre, a foundation), not a publication.
"""

from __future__ import annotations

import re
from functools import cache

from auditor.article import Article, per_article
from auditor.knowledge import load
from auditor.phrases import alternation
from auditor.sourcing.voice import name_tokens

INITIALS_MIN = 3
"""Initials this long or longer stand for a name ("HPI"); two letters are too often something else."""


@cache
def _organisation_words() -> frozenset[str]:
    return frozenset(load("publisher")["organisation_words"])


def is_organisation(name: str) -> bool:
    """The name is an organisation that publishes its own research or data ("Harbor Policy Institute")."""
    return any(t in _organisation_words() for t in name_tokens(name))


def publisher_words(names: tuple[str, ...]) -> frozenset[str]:
    """The words a sentence names the publisher by: each name's words, its initials, and an organisation's
    head word ("Institute" for "the Institute")."""
    found: set[str] = set()
    for name in names:
        tokens = name_tokens(name)
        found.update(tokens)
        letters = "".join(t[0] for t in tokens if t[0].isupper())
        if len(letters) >= INITIALS_MIN:
            found.add(letters)
    return frozenset(found)


@per_article
def publisher(article: Article) -> tuple[tuple[str, ...], frozenset[str], bool]:
    """(the page's publisher's names, the words a sentence names it by, whether it speaks on its own page). The
    publisher is what the page's head or front matter names (:mod:`auditor.genres.publisher`). It speaks on its own
    page when it is an organisation that publishes its own research or data ("Harbor Policy Institute") and the
    body names it ("the Institute estimates", "HPI researchers surveyed"): its figures and estimates are its
    own, as a press release's are."""
    names = article.document.publishers
    words = publisher_words(names)
    organisations = [n for n in names if is_organisation(n)]
    if not organisations:
        return names, words, False
    # The body names it by its full name, its initials or its head word ("the Institute"), not by any one word
    # of its name ("Harbor" may be a place).
    heads = (w for w in publisher_words(tuple(organisations)) if w.isupper() or is_organisation(w))
    callings = {*organisations, *heads}
    pattern = re.compile(rf"\b(?:{alternation(callings)})\b")
    return names, words, pattern.search(article.document.text) is not None


def is_publisher(article: Article, name: str) -> bool:
    """A name the sentence gives is the page's publisher: its words are all the publisher's and hold the first
    word of one of its names ("Acme" for "Acme Robotics"), or it is the publisher's initials or an organisation's
    head word ("HPI", "the Institute")."""
    names, words, _ = publisher(article)
    tokens = name_tokens(name)
    if not tokens or not all(t in words for t in tokens):
        return False
    if len(tokens) == 1 and ((len(tokens[0]) >= INITIALS_MIN and tokens[0].isupper()) or is_organisation(tokens[0])):
        return True
    return any((own := name_tokens(full)) and own[0] in tokens for full in names)
