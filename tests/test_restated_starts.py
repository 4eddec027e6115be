"""A founding told once by name and again in another wording (issue 7, contra13): a fronted participle ("Founded
in 1998, the Tarrant Trust ..."), a description of the thing's kind ("The company, set up in 2004, ...") and a
launch with nothing launched named ("The festival was launched in 2008"). Each article is flagged and its
consistent twin is silent; traps (two firms, a later official launch, a product's launch, a second thing of the
kind) stay silent. Every sentence here is invented for the test."""

from __future__ import annotations

import pytest

from auditor.compare.events import find_events
from tests.test_everyday_contradictions import article, con_rules

FILLER = "Local reporters covered the story."

# (first claim, later claim that contradicts it, the same later claim agreeing)
PAIRS = [
    # a fronted participle before "the" and a name
    ("Founded in 1987, the Ashby Rowing Club trains on the canal.",
     "The Ashby Rowing Club was founded in 1993 by four dockers.", "The Ashby Rowing Club was founded in 1987 by four dockers."),
    ("Established in 2010, the Kilmory Food Bank feeds 300 families a week.",
     "Since its founding in 2014, the food bank has relied on gifts.", "Since its founding in 2010, the food bank has relied on gifts."),
    # a description of the thing's kind, right after the name
    ("Tolland Joinery, which was founded in 1976 by a carpenter in Keswick, has won a council contract.",
     "The firm, set up in 1981, now makes doors and stairs.", "The firm, set up in 1976, now makes doors and stairs."),
    ("Pyke and Lowe was established in 2002 in Bristol.",
     "The practice, founded in 2005, employs 14 architects.", "The practice, founded in 2002, employs 14 architects."),
    # a launch with nothing launched named is a founding
    ("The Hexley Book Fair was launched in 2011 by two librarians.",
     "The fair, founded in 2015, drew 3,000 readers this year.", "The fair, founded in 2011, drew 3,000 readers this year."),
    ("The Corrie Arts Trust was set up in 1999.",
     "The Corrie Arts Trust was launched in 2003 with a grant from the council.",
     "The Corrie Arts Trust was launched in 1999 with a grant from the council."),
]


@pytest.mark.parametrize(("first", "contradicting", "agreeing"), PAIRS, ids=[p[2][:40] for p in PAIRS])
def test_contradiction_found(first: str, contradicting: str, agreeing: str) -> None:
    assert con_rules(article(first, FILLER, contradicting)) == ["CON004"]


@pytest.mark.parametrize(("first", "contradicting", "agreeing"), PAIRS, ids=[p[2][:40] for p in PAIRS])
def test_twin_is_silent(first: str, contradicting: str, agreeing: str) -> None:
    assert con_rules(article(first, FILLER, agreeing)) == []


TRAPS = [
    # the description may be the other firm the claim before names
    ("Dunmore Foods, founded in 1950, has bought Tolland Joinery.", "The company, set up in 1976, makes doors."),
    # a later, official launch
    ("The Marsh Trust was founded in 2006 by two teachers.", "The trust was officially launched in 2008 in Derby."),
    # a product's launch is not its maker's founding
    ("The Fenby app was launched in 2015.", "The company, founded in 2012, now employs 60 people."),
    # a second thing of the kind
    ("The Wrenfield Folk Festival was founded in 2008.", "A jazz festival, founded in 2011, is held in the same park."),
    # the thing launched is named
    ("Tolland Joinery was founded in 1976 in Keswick.", "The firm launched its first shop in 1990."),
    # the claim before names another party
    ("Marrow Ales was founded in 1990.|In 2015 Pike sold the brewery to Hobb Group.",
     "The company, set up in 2001, has 30 pubs."),
]


@pytest.mark.parametrize(("first", "later"), TRAPS, ids=[t[1][:40] for t in TRAPS])
def test_traps_stay_silent(first: str, later: str) -> None:
    assert con_rules(article(*first.split("|"), later)) == []


def test_a_fronted_founding_is_of_the_name_after_its_article() -> None:
    (event,) = find_events(0, "Founded in 1998, the Tarrant Trust has planted trees.")
    assert (event.group, event.subject, event.when) == ("founded", "tarrant trust", "1998")
    (event,) = find_events(0, "Built in 1824, the lighthouse still stands.")
    assert event.subject == "the lighthouse"
