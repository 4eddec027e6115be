"""An organisation's testimony about itself, and its claims about the world.

On an organisation's own page (its blog told as "we", a press release, its news quoting its staff) the figures it
gives of itself are its first-hand account: "The alliance now has 42 members", "The Guild's runtime was downloaded
1.2 million times", "60% of the centre's budget goes to audits". The same page may also state figures about the
world the organisation does not own: "Today 70% of a typical web application is code pulled from registries",
"Mirrorline carries 9% of the world's email traffic". The organisation is not the source of those, and an editor
asks for one, as on any other page.

:func:`about_the_world` tells the second kind by the whole a figure is a share of, never by the topic:

- the figure is a share of a **whole that is the world's**: "of all ...", "of every ...", "of global ...", "of
  the world's / the Internet's / the market / the country's ..." (``knowledge/testimony.json``), or of **a
  generic one** the reader stands for ("of your average code base", "of a typical app"); "a 9% share of the
  market" too;
- or, on a page whose "we" is everyone rather than a group that tells of its work ("we understand little
  of ...": :func:`auditor.checks.writer.speaks_as_everyone`), the figure is the amount of a change that
  happened to something no owner stands before ("the licensing reform reduced the number of rural pharmacies by 40%":
  :func:`change_in_world`); an organisation's page keeps "Late buses fell 30% last year" as its own results;
- and the sentence does not speak of the organisation: not in first person (those are the writer's already), no
  name in it is the organisation's (its publisher, the issuer of its release, the organisation whose staff speak,
  a name in the page's title it speaks of as "we"), and no owner stands before the figure ("its", "their", "the
  centre's").

It is not asked on the pages whose own figures are about the world: a research organisation's page, a page that
presents an analysis of its own ("This analysis examines ...", "our survey", "we estimate"), a statistical
bulletin, a fact sheet, a collection's description (:func:`world_is_its_subject`).
"""

from __future__ import annotations

import re
from functools import cache

from auditor.article import Article, per_article
from auditor.genres.bulletin import is_bulletin
from auditor.genres.collection import presents_collection
from auditor.genres.fact_sheet import is_fact_sheet
from auditor.genres.newsroom import own_news
from auditor.genres.publisher import is_organisation, publisher
from auditor.knowledge import load
from auditor.phrases import alternation
from auditor.sourcing.change import changed_by
from auditor.sourcing.need import Need
from auditor.sourcing.voice import is_first_person, name_tokens, names_in, unquoted


@cache
def _whole() -> re.Pattern[str]:
    """What follows a figure that is a share of the world's whole: "(share) of all", "of the world's", "of your"."""
    data = load("testimony")
    worlds = alternation(data["world_wholes"])
    scopes = alternation(data["scope_words"])
    generic = alternation(data["generic_wholes"])
    shares = alternation(data["share_words"])
    return re.compile(
        rf"(?:\s+(?:{shares}))?\s+of\s+(?:(?:the\s+)?(?:{worlds})(?:['’]s)?\b|(?:{scopes})\b|(?:{generic})\b)",
        re.IGNORECASE,
    )


_OWNER = re.compile(r"\b(?:its|their)\b|\bthe\s+(?P<noun>[A-Za-z]+)['’]s\b", re.IGNORECASE)
"""An owner before the figure: "its", "their", "the centre's" (when the noun is an organisation's)."""


def share_of_world(text: str, figure: str) -> bool:
    """The ``figure`` of ``text`` is a share of a whole that is the world's or the reader's, and no owner stands
    before it.

    >>> share_of_world("Today 70% of a typical web application is code written by strangers.", "70%")
    True
    >>> share_of_world("Mirrorline carries 9% of the world's email traffic.", "9%")
    True
    >>> share_of_world("About 60% of the guild's budget goes to audits.", "60%")
    False
    >>> share_of_world("The centre's clinics now treat 21% of all patients in the county.", "21%")
    False
    >>> share_of_world("Some 40% of the participants finished the course.", "40%")
    False
    """
    at = text.find(figure)
    if at < 0 or not _whole().match(text, at + len(figure)):
        return False
    return not _owned(text, at)


def _owned(text: str, at: int) -> bool:
    """An owner stands before position ``at``: "its", "their", "the centre's" (an organisation's noun)."""
    for m in _OWNER.finditer(text, 0, at):
        noun = m["noun"]
        if noun is None or is_organisation(noun.capitalize()):
            return True
    return False


def change_in_world(text: str, figure: str) -> bool:
    """The ``figure`` of ``text`` is the amount of a change that happened
    (:func:`~auditor.sourcing.change.changed_by`) to something no owner stands before: "The licensing reform
    reduced the number of rural pharmacies by 40%", not "The clinic cut its waiting times by 40%".

    >>> change_in_world("The licensing reform reduced the number of rural pharmacies by 40%.", "40%")
    True
    >>> change_in_world("The clinic cut its waiting times by 40% and reduced its costs by 12%.", "12%")
    False
    """
    at = text.find(figure)
    return at >= 0 and changed_by(text, figure) and not _owned(text, at)


@per_article
def self_names(article: Article) -> frozenset[str]:
    """The words the page names its organisation by: its publisher's, its release's issuer's, the organisation
    whose people speak on its news, and the names of its title that it speaks of in first person ("Why we started
    the Harbor Guild")."""
    # imported here: auditor.checks.writer imports genres (auditor.checks.unsourced imports this module)
    from auditor.checks.writer import insider_circle, writer_names

    words = set(publisher(article)[1]) | writer_names(article)
    for org in own_news(article):
        words.update(name_tokens(org))
    circle = insider_circle(article) or frozenset()
    title = article.document.title or ""
    words.update(t for name in names_in(title) for t in name_tokens(name) if t in circle)
    return frozenset(words)


@cache
def _own_analysis() -> re.Pattern[str]:
    """The page's words for an analysis of its own: "this analysis", "our survey", "our microsimulation model",
    "we estimate", "I counted"."""
    data = load("testimony")
    nouns = alternation(data["analysis_nouns"])
    verbs = alternation(data["analysis_verbs"])
    return re.compile(rf"\b(?:(?:[Tt]his|[Oo]ur|[Mm]y)\s+(?:[\w-]+\s+)?(?:{nouns})|(?:[Ww]e|I)\s+(?:{verbs}))\b")


@per_article
def presents_own_analysis(article: Article) -> bool:
    """The page presents an analysis of its own ("This analysis examines ...", "We estimate ..."): the figures it
    gives of the world are its findings."""
    return _own_analysis().search(article.document.text) is not None


@per_article
def world_is_its_subject(article: Article) -> bool:
    """The page is one whose own figures are about the world: a research organisation's page, a page that presents
    its own analysis, a statistical bulletin, a fact sheet, a collection's description."""
    return (
        publisher(article)[2]
        or presents_own_analysis(article)
        or is_bulletin(article)
        or is_fact_sheet(article)
        or presents_collection(article)
    )


def about_the_world(article: Article, text: str, need: Need, known: frozenset[str]) -> bool:
    """The claim (its plain ``text`` and ``need``) states a figure about the world, not the organisation's
    testimony about itself (see the module docstring)."""
    # imported here: auditor.checks.writer imports genres (auditor.checks.unsourced imports this module)
    from auditor.checks.writer import speaks_as_everyone

    if need.reason != "statistics":
        return False
    if not share_of_world(text, need.evidence) and not (
        change_in_world(text, need.evidence) and speaks_as_everyone(article)
    ):
        return False
    if is_first_person(unquoted(text)) or world_is_its_subject(article):
        return False
    own = self_names(article)
    return not any(t in own for name in names_in(text, known) for t in name_tokens(name))


@cache
def _giving() -> re.Pattern[str]:
    """A verb a funder gives by ("has pledged", "donated", "committed to providing")."""
    return re.compile(rf"\b(?:{alternation(load('testimony')['giving_verbs'])})\b", re.IGNORECASE)


def gift_received(article: Article, text: str, need: Need, names: list[str]) -> bool:
    """On a page of an organisation's own news (:func:`auditor.genres.newsroom.own_news`), a funder's gift that names
    only the funder, before the giving verb and its sum: "The Orrin Foundation has pledged $25,000 a year to each
    of 12 students in the pathway" is the organisation's account of what it received. A gift the sentence says
    went to another named body ("... gave $4 million to Hillcrest University"), or shared among several bodies
    ("... a total of $2.6 million to nineteen groups"), still needs its source. ``names``: the proper names of
    ``text`` (:func:`auditor.sourcing.voice.names_in`), as the caller has read them."""
    if need.reason != "statistics" or not own_news(article):
        return False
    # The verb in lower case: "Fund" of "the Linden Family Fund" is a name, not the verb "fund".
    verb = next((m for m in _giving().finditer(text) if not m.group()[0].isupper()), None)
    if verb is None or not names or text.find(need.evidence, verb.end()) < 0:
        return False
    if _shared_among().search(text, verb.end()):
        return False  # "... gave a total of $2.6 million to 19 groups": the funder's giving, not this gift
    return all(0 <= text.find(name) < verb.start() for name in names)


@cache
def _shared_among() -> re.Pattern[str]:
    """A gift shared among several other bodies: "to 19 groups", "among nine charities", "to each of 40 schools"."""
    bodies = alternation(load("testimony")["other_recipients"])
    return re.compile(
        rf"\b(?:to|among|between|across)\s+(?:each\s+of\s+)?(?:\S+\s+){{1,3}}?(?:{bodies})\b", re.IGNORECASE
    )
