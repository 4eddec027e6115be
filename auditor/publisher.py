"""Who publishes a page, as the page says in its head: the name a claim in the publisher's own voice uses.

A research organisation's page that states "an estimated 1.2 million households ..." or "The Institute
estimates ..." gives its own estimate: the publisher is the source. A company's or project's post that says
what it did speaks of itself. The publisher is read from what the page says about itself, never from the
wording of its body:

- an HTML page's ``<head>``: ``og:site_name``, ``application-name``, ``author`` and ``publisher`` metas (a value
  that is an address names no one), and the ``name`` of the JSON-LD ``publisher`` and ``author`` objects;
- a Markdown file's front matter: ``author``, ``publisher``, ``organization``, ``site`` and their kin.

:func:`publisher_names` gives those names; :func:`publisher_words` the words a sentence would name the
publisher by: the words of each name, its initials ("HPI"), and, for an organisation, the head word it goes
by in its own prose ("the Institute"). :func:`is_organisation` says whether a name is an organisation that
publishes its own research or data (an institute, a centre, a foundation), not a publication.
"""

from __future__ import annotations

import json
import re
from functools import cache

from auditor.article import Article, per_article
from auditor.knowledge import load
from auditor.load.markdown import front_matter
from auditor.model import Document
from auditor.phrases import alternation
from auditor.voice import name_tokens

NAME_MAX_CHARS = 80
"""A longer value is a description, not a name."""
INITIALS_MIN = 3
"""Initials this long or longer stand for a name ("HPI"); two letters are too often something else."""

_META = re.compile(r"<meta\b[^>]*>", re.I)
_ATTR = re.compile(r"""([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_LD = re.compile(r"""<script\b[^>]*ld\+json[^>]*>(.*?)</script>""", re.I | re.S)
_HEAD_END = re.compile(r"<body\b|</head>", re.I)


@cache
def _data() -> tuple[frozenset[str], tuple[str, ...], tuple[str, ...], frozenset[str]]:
    data = load("publisher")
    return (
        frozenset(data["meta_keys"]),
        tuple(data["json_ld_keys"]),
        tuple(data["front_matter_keys"]),
        frozenset(data["organisation_words"]),
    )


def _name(value: object) -> str | None:
    """A publisher's name from a value, or None for an address, an empty or an overlong value."""
    if not isinstance(value, str):
        return None
    value = " ".join(value.replace("&amp;", "&").split()).strip("@ ")
    if not value or len(value) > NAME_MAX_CHARS or "/" in value or "." in value.split(" ")[0][1:]:
        return None  # "https://...", "example.org", "@handle" stripped of its at sign stays a handle
    return value


def _json_ld_names(blob: str, keys: tuple[str, ...]) -> list[str]:
    try:
        data = json.loads(blob)
    except ValueError:
        return []
    found: list[str] = []
    stack: list[object] = [data]
    while stack:
        node = stack.pop()
        if isinstance(node, list):
            stack.extend(node)
        elif isinstance(node, dict):
            stack.extend(v for k, v in node.items() if k == "@graph")
            for key in keys:
                value = node.get(key)
                for item in value if isinstance(value, list) else [value]:
                    name = _name(item.get("name")) if isinstance(item, dict) else _name(item)
                    if name:
                        found.append(name)
    return found


def publisher_names(doc: Document) -> tuple[str, ...]:
    """The names the page gives for its site, publisher and author, in the order found, each once."""
    meta_keys, ld_keys, fm_keys, _ = _data()
    found: list[str] = []
    if doc.format == "html":
        end = _HEAD_END.search(doc.raw)
        head = doc.raw[: end.start()] if end else doc.raw
        for tag in _META.findall(head):
            attrs = {k.lower(): (a if a is not None else b) for k, a, b in _ATTR.findall(tag)}
            key = (attrs.get("property") or attrs.get("name") or "").strip().lower()
            if key in meta_keys and (name := _name(attrs.get("content"))):
                found.append(name)
        for blob in _LD.findall(doc.raw):
            found.extend(_json_ld_names(blob, ld_keys))
    elif doc.format == "markdown":
        fields = front_matter(doc.raw)[1]
        for key in fm_keys:
            value = fields.get(key, "").strip("[] ")
            found.extend(n for part in value.split(",") if (n := _name(part.strip(" \"'"))))
    return tuple(dict.fromkeys(found))


def is_organisation(name: str) -> bool:
    """The name is an organisation that publishes its own research or data ("Harbor Policy Institute")."""
    return any(t in _data()[3] for t in name_tokens(name))


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
    publisher is what the page's head or front matter names (:mod:`auditor.publisher`). It speaks on its own
    page when it is an organisation that publishes its own research or data ("Harbor Policy Institute") and the
    body names it ("the Institute estimates", "HPI researchers surveyed"): its figures and estimates are its
    own, as a press release's are."""
    names = publisher_names(article.document)
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
