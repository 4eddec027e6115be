"""What kind of piece a document is, as far as sourcing goes: a reported piece (news) or not.

In journalism the attribution is the citation ("..., the agency said") and the outlet's own reporting (a
deal, an earnings figure, an arrest) is a primary source: an editor does not ask a news report to link
its sources. What the editor asks of it is to name a source it points at ("studies show", "experts say"),
which :func:`auditor.sourcing.voice.unnamed_source` finds in any genre. This module says which documents are read
that way, from signals of the whole document, never from its wording:

- **news type** (strong): the page declares itself a news report in its metadata (schema.org
  ``NewsArticle`` and its subtypes, as JSON-LD or microdata);
- **dateline** (strong): the story opens with a wire dateline ("LONDON, May 3 (Reuters) - ...",
  "WASHINGTON (AP) — ...", "CUPERTINO, California—April 27, 2015—...");
- **plain story** (strong): a plain-text document laid out as a news story, headline, one-sentence lede and a
  body told from outside that reports what people said or ruled (:func:`auditor.genres.story.plain_story`);
- **published layout** (strong): a Markdown or text document that opens as an outlet sets a story, headline,
  standfirst and a line that is only the date, over a body told from outside
  (:func:`auditor.genres.standfirst.published_layout`);
- **attributed** (strong): it names who said what in at least ``ATTRIBUTED_MIN`` of its prose sentences
  and in at least ``ATTRIBUTED_SHARE`` of them (journalism's convention of sourcing);
- **article page** (weak): the page says it is an article (``og:type`` article, ``article:published_time``)
  or opens with a byline ("By Jane Doe");
- **speakers** (weak): it names who said what in at least ``SPEAKERS_MIN`` prose sentences;
- **house style** (weak, with speakers): it calls people by a courtesy title and surname ("Mr. Frankel",
  "Mrs Mugabe") at least ``COURTESY_MIN`` times, as many newspapers do and blogs and docs do not;
- **day anchors** (weak, with speakers): it dates events by the weekday ("on Monday", "Tuesday night") at least
  ``WEEKDAY_MIN`` times, as a report of what just happened does.

A strong signal scores ``STRONG``, a weak one ``WEAK``; a document that scores ``REPORTED_SCORE`` is a
reported piece. No single ratio decides a body without metadata: a news body that names its speakers in
a little under ``ATTRIBUTED_SHARE`` of its sentences is still recognised by its house style or its day
anchors. The two body signals count only beside named speakers, so that an interview's "Dr. Lee" or an
events post's "on Friday" alone make nothing news. A blog page (an article page with no named speakers) or
a document told from inside is not a reported piece: there, the writer's figures still need their sources.
The signals that cost a pass over the sentences are read only when the cheap ones do not decide.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache

from auditor.dating import HEAD, dateline_end
from auditor.genres.standfirst import published_layout
from auditor.genres.story import plain_story
from auditor.knowledge import load
from auditor.model import Document
from auditor.phrases import alternation

STRONG = 2
WEAK = 1
REPORTED_SCORE = 2
ATTRIBUTED_MIN = 3
"""A reported piece names its speakers in at least this many prose sentences ..."""
ATTRIBUTED_SHARE = 0.15
"""... and in at least this share of them (an article that quotes one or two people now and then is not
written that way)."""
SPEAKERS_MIN = 2
"""A page that says it is an article and names speakers in this many sentences is a reported piece."""
COURTESY_MIN = 3
"""House style: a body that names speakers and calls people "Mr. X" this many times ..."""
WEEKDAY_MIN = 2
"""... or dates events by the weekday this many times is written as news."""

_BYLINE = re.compile(r"(?:By|BY|Reporting by|Story by)[ \t]+[A-Z][\w.'’-]+(?:[ \t]+[A-Z][\w.'’-]+){0,3}\b")
_OG_TYPE = re.compile(r"""(?:property|name)\s*=\s*["']og:type["'][^>]*?content\s*=\s*["']\s*(?P<t>[\w.:-]+)"""
                      r"""|content\s*=\s*["']\s*(?P<u>[\w.:-]+)\s*["'][^>]*?(?:property|name)\s*=\s*["']og:type["']""",
                      re.I)
_SCHEMA_TYPE = re.compile(r"""(?:["']@type["']\s*:\s*\[?\s*["']|itemtype\s*=\s*["'][^"']*schema\.org/)(?P<t>\w+)""")


@dataclass(frozen=True, slots=True)
class Genre:
    """The signals read from a document, and its score (see the module docstring)."""

    news_type: bool = False
    dateline: bool = False
    story: bool = False
    """A plain-text news story's layout (:mod:`auditor.genres.story`), or an outlet's published layout
    (:mod:`auditor.genres.standfirst`)."""
    article_page: bool = False
    attributed: int = 0
    """Prose sentences that name who said what."""
    prose: int = 0
    """Prose sentences read for ``attributed`` (0 when the cheap signals decided)."""
    courtesy: int = 0
    """Names with a courtesy title in the prose ("Mr. Frankel")."""
    weekdays: int = 0
    """Weekday anchors in the prose ("on Monday", "Tuesday night")."""

    @property
    def score(self) -> int:
        """``STRONG`` per strong signal, ``WEAK`` per weak one."""
        strong = self.news_type + self.dateline + self.story + self._attributed_strongly
        speakers = self.attributed >= SPEAKERS_MIN
        weak = self.article_page + (speakers and not self._attributed_strongly)
        weak += speakers and self.courtesy >= COURTESY_MIN
        weak += speakers and self.weekdays >= WEEKDAY_MIN
        return STRONG * strong + WEAK * weak

    @property
    def _attributed_strongly(self) -> bool:
        return self.attributed >= ATTRIBUTED_MIN and self.attributed >= ATTRIBUTED_SHARE * self.prose

    @property
    def reported(self) -> bool:
        """A reported piece: the attribution is the citation, the outlet's reporting its own source."""
        return self.score >= REPORTED_SCORE


@cache
def _types() -> tuple[frozenset[str], frozenset[str]]:
    data = load("genre")
    return frozenset(data["news_types"]), frozenset(t.lower() for t in data["article_types"])


@cache
def _house_style() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a courtesy title before a surname, a weekday anchor), from the data."""
    data = load("genre")
    days = alternation(data["weekdays"])
    return (
        re.compile(rf"\b(?:{alternation(data['courtesy_titles'])})\.?[ \t]+[A-Z][a-z][\w'’-]*"),
        re.compile(rf"\b(?:(?:on|last|this|next|since|until|by|late|early)[ \t]+(?:{days})\b"
                   rf"|(?:{days})[ \t]+(?:morning|afternoon|evening|night)\b)"),
    )


@cache
def _house_cues() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Literals one of which every match of each :func:`_house_style` pattern holds: the titles that hold no other
    ("Mr", "Ms", "Mx"), and the weekdays' common end ("day") or the weekdays themselves."""
    data = load("genre")
    titles, days = data["courtesy_titles"], data["weekdays"]
    end = min(days, key=len, default="")
    while end and not all(d.endswith(end) for d in days):
        end = end[1:]
    shortest = tuple(t for t in titles if not any(o != t and o in t for o in titles))
    return shortest, ((end,) if len(end) >= 3 else tuple(days))


def house_style(doc: Document) -> tuple[int, int]:
    """(names with a courtesy title, weekday anchors) in the document's paragraphs: two passes of a pattern over
    the prose, no sentence read. A paragraph without a title's or a weekday's letters (:func:`_house_cues`, a
    literal scan) is not searched by that pattern, which tries every position."""
    courtesy, weekday = _house_style()
    titles, days = _house_cues()
    text = doc.text
    find = text.find
    titled = anchored = 0
    for block in doc.blocks:
        if block.kind == "paragraph":
            start, end = block.start, block.end
            if any(find(t, start, end) >= 0 for t in titles):
                titled += len(courtesy.findall(text, start, end))
            if any(find(d, start, end) >= 0 for d in days):
                anchored += len(weekday.findall(text, start, end))
    return titled, anchored


def page_types(doc: Document) -> tuple[bool, bool]:
    """(news type, article page) read from an HTML page's metadata; (False, False) for other formats."""
    if doc.format != "html":
        return False, False
    raw = doc.raw
    news, articles = _types()
    # A literal search first: most pages name no news type, and the pattern need not run over them.
    declared = any(t in raw for t in news) and any(m["t"] in news for m in _SCHEMA_TYPE.finditer(raw))
    og = _OG_TYPE.search(raw)
    page = bool(og and (og["t"] or og["u"] or "").lower() in articles) or "article:published_time" in raw
    return declared, page


def opens_with_dateline(doc: Document) -> bool:
    """The first paragraph near the top opens with a news dateline ("LONDON, May 3 (Reuters) - ...")."""
    for block in doc.blocks:
        if block.start >= HEAD:
            break
        if block.kind == "paragraph":
            return dateline_end(doc.text, block.start) > block.start
    return False


def has_byline(doc: Document) -> bool:
    """A byline ("By Jane Doe") opens one of the lines at the top of the document."""
    head = doc.text[:HEAD]
    return any(_BYLINE.match(line.strip()) for line in head.splitlines()[:12])


def genre_of(doc: Document, count_speech: Callable[[], tuple[int, int]]) -> Genre:
    """The document's signals; ``count_speech`` gives (sentences naming who said what, prose sentences) and is
    called only when the page's metadata and dateline do not already make it a reported piece."""
    news, page = page_types(doc)
    found = Genre(news_type=news, dateline=opens_with_dateline(doc), article_page=page or has_byline(doc))
    if not found.reported:
        found = replace(found, story=plain_story(doc) or published_layout(doc))
    if found.reported:
        return found
    attributed, prose = count_speech()
    titled, anchored = house_style(doc) if attributed >= SPEAKERS_MIN else (0, 0)
    return replace(found, attributed=attributed, prose=prose, courtesy=titled, weekdays=anchored)
