"""A corporate press release and its issuer: the company that announces its own figures is their source.

A press release states the issuer's own decisions and results (a dividend, a buyback, a quarter's sales):
an editor does not ask it to cite them, the issuer is the source. The release is read from its form, never
from its wording:

- **the announcement**: its first paragraph opens, after an optional dateline ("SPRINGFIELD, Ohio, May 4,
  2026 --", "BERLIN--(WIRE)--"), with a name and an announcement verb ("Valley Rail Inc. today announced", "The
  Valley Rail Trust (VRT) has launched");
  the name is the issuer;
  or with the issuer telling its own feelings about its news ("Valley Rail is pleased to announce", "The museum
  is proud to host ..."), which a report of the news would attribute;
- and one more sign that the issuer wrote the page: a media contact block ("Press Contact:", "Investor
  Relations"), an "About <issuer>" section (:func:`auditor.checks.writer.declared_writer`), the page's
  head naming the issuer as its publisher (:mod:`auditor.genres.publisher`), or the page sending its reader to the
  issuer's own web address for the details ("Applications at www.vrt.org/grants": :func:`own_address`); after an
  opening of feelings, also one of the issuer's own people quoted as such ("Jane Roe, Valley Rail's chief
  engineer, said": :mod:`auditor.genres.newsroom`).

A news story that reports an announcement has neither a contact block nor the issuer's name in its head: it is
not a release. :func:`issuer` gives the words of the issuer's name, for the checks that treat the writer's own
testimony as sourced.
"""

from __future__ import annotations

import re
from functools import cache

from auditor.article import Article
from auditor.dating import HEAD
from auditor.genres.newsroom import same_organisation as _same
from auditor.genres.newsroom import speakers
from auditor.genres.publisher import publisher
from auditor.knowledge import load
from auditor.phrases import alternation
from auditor.sourcing.voice import name_tokens

CONTACT_MAX_CHARS = 400
"""A contact block is a few short lines; a longer block that starts with "Media relations" is prose."""

_NAME = r"(?P<name>[A-Z][\w&'’.-]*(?:,?[ \t\n]+(?:[A-Z][\w&'’.-]*|&|of|and|de)){0,5})"
"""The issuer's name; a soft line break in a paragraph (Markdown's, HTML's) is a space."""
_TRADEMARK = r"[®™]?"


@cache
def _patterns() -> tuple[re.Pattern[str], frozenset[str]]:
    """(the opening of a release, the contact labels), from ``knowledge/genre.json``."""
    data = load("genre")
    verbs = alternation(data["release_verbs"])
    place = r"[A-Z][A-Z.'-]+(?:[ \t][A-Z][A-Z.'-]+){0,3}(?:,[ \t]*[A-Z][\w.]*(?:[ \t][A-Z][\w.]*)?)?"
    date = r"[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}(?:,[ \t]*\d{4})?|\d{1,2}[ \t]+[A-Z][a-z]{2,8}\.?(?:[ \t]+\d{4})?"
    dash = r"[ \t]*(?:--|[-–—])[ \t]*"
    wire = r"(?:[ \t]*/[^/\n]{2,40}/|[ \t]*\([^()\n]{2,40}\))?"
    dateline = rf"{place}(?:,?[ \t]+|{dash})(?:(?:{date}){wire}{dash}|{wire}{dash})"
    feelings = alternation(data["release_feelings"])
    opening = re.compile(
        rf"(?:{dateline})?{_NAME}{_TRADEMARK}(?:[ \t]*\([^()\n]{{2,40}}\))?,?[ \t\n]+"
        rf"(?:(?:(?:today|yesterday|this[ \t]+(?:morning|week))[ \t\n]+)?(?:ha(?:s|ve)[ \t\n]+)?(?:{verbs})\b"
        rf"|(?:is|are)[ \t]+(?:(?:very|so|especially|truly)[ \t]+)?(?P<feeling>{feelings})[ \t]+to\b)"
    )
    return opening, frozenset(label.lower() for label in data["contact_labels"])


@cache
def _release_labels() -> frozenset[str]:
    return frozenset(label.lower() for label in load("genre")["release_labels"])


def _first_line(text: str) -> str:
    """The first line of a block, lower-cased, without its emphasis, colon and runs of spaces."""
    return " ".join(text.split("\n", 1)[0].strip(" \t:*#_").lower().split())


def _contact_block(article: Article, head: int = 0) -> bool:
    """A block in the second half of the document, or among its first ``head`` blocks (above the announcement),
    whose first line is a media contact label ("Press Contact:")."""
    doc = article.document
    labels = _patterns()[1]
    for block in doc.blocks[:head] + doc.blocks[max(head, len(doc.blocks) // 2) :]:
        if block.end - block.start > CONTACT_MAX_CHARS:
            continue
        if _first_line(doc.text[block.start : block.end]) in labels:
            return True
    return False


def _heads_release(text: str) -> bool:
    """A short block above the announcement that labels the release or gives its contact ("FOR IMMEDIATE RELEASE"
    over the date, "News Media Contact:" over a telephone number)."""
    first = _first_line(text)
    return len(text) <= CONTACT_MAX_CHARS and (first in _release_labels() or first in _patterns()[1])


DATE_LINE_MAX_WORDS = 4


def _date_only(text: str) -> bool:
    """A line of a date above the release ("June 2015", "March 3, 2015"): short, with a figure, and no word in lower
    case."""
    words = text.split()
    short = len(words) <= DATE_LINE_MAX_WORDS
    return short and any(c.isdigit() for c in text) and not any(w[0].islower() for w in words)


_HOST = re.compile(r"(?:\bhttps?://|\bwww\.)(?P<host>[\w-]+(?:\.[\w-]+)+)")
_SECOND_LEVEL = frozenset({"co", "com", "org", "ac", "gov", "net", "or", "ne"})
"""Second-level labels under a country's domain ("acme.co.uk"): the name is the label before them."""
NAME_LABEL_MIN = 4
"""A web address's name is a one-word issuer's own when it is that name, of at least this many letters ("acme.com")."""


def _label(host: str) -> str:
    """The name in a host ("www.acme-robotics.co.uk" -> "acmerobotics")."""
    parts = host.lower().split(".")
    if len(parts) >= 3 and parts[-2] in _SECOND_LEVEL:
        parts = parts[:-1]
    return re.sub(r"[^a-z0-9]", "", parts[-2]) if len(parts) >= 2 else ""


def names_issuer(host: str, name: str) -> bool:
    """A host that is the issuer's own: its name is the issuer's acronym or begins with the first two words of the
    issuer's name, or is a one-word name.

    >>> names_issuer("www.vrt.org", "The Valley Rail Trust")
    True
    >>> names_issuer("valleyrailtrustnews.com", "Valley Rail Trust")
    True
    >>> names_issuer("www.example.org", "Valley Rail Trust")
    False
    """
    label = _label(host)
    written = name_tokens(name)
    tokens = [t.lower() for t in written]
    if not label or not tokens:
        return False
    acronym = "".join(t if t.isupper() else t[0] for t in written).lower()
    if len(tokens) >= 2 and (label == acronym or label.startswith("".join(tokens[:2]))):
        return True
    return len(tokens) == 1 and len(tokens[0]) >= NAME_LABEL_MIN and label == tokens[0]


def own_address(article: Article, name: str) -> bool:
    """The page gives, after its first paragraph, a web address of the issuer's own (:func:`names_issuer`): a release
    sends its reader to the issuer's site for the details; a report of the news names the issuer's site rarely."""
    doc = article.document
    paragraphs = [b for b in doc.blocks if b.kind == "paragraph"]
    start = paragraphs[1].start if len(paragraphs) > 1 else doc.blocks[-1].end
    return any(names_issuer(m["host"], name) for m in _HOST.finditer(doc.text, start))


def issuer(article: Article, about: frozenset[str]) -> frozenset[str]:
    """The words of the name of the company whose press release the document is (see the module docstring);
    empty when it is not one. ``about``: the words of the name its "About" section gives, if any."""
    doc = article.document
    paragraphs = (b for b in doc.blocks if b.kind == "paragraph" and b.start < HEAD)
    first = next(
        (b for b in paragraphs if not _date_only(text := doc.text[b.start : b.end]) and not _heads_release(text)), None
    )
    if first is None:
        return frozenset()
    m = _patterns()[0].match(doc.text, first.start, first.end)
    if not m:
        return frozenset()
    words = frozenset(name_tokens(m["name"]) or [m["name"]])
    if _contact_block(article, doc.blocks.index(first)):
        return words
    if words & about or words & publisher(article)[1] or own_address(article, m["name"]):
        return words
    if m["feeling"] and any(_same(m["name"], org) for org in speakers(article)):
        return words  # "Acme is pleased to announce ..." and Acme's own director quoted
    return frozenset()
