"""Contradictions said in everyday wordings other than the fixtures' (issue 7): the value in a relative clause,
a compound modifier, a date with no year, a place of birth, a bound ("up to"), a subject restated short ("the
choir" for the Harrowgate Choir, "Tallis" for Mira Tallis), a generic noun counted by its verb ("employs 530
people"). Each article is flagged, and its twin, with the contradiction taken out, is silent. Every sentence
here is invented for the test."""

from __future__ import annotations

import pytest

from auditor.compare.birthplaces import apart, find_birthplaces, wide
from auditor.compare.events import find_events
from tests.test_everyday_contradictions import article, con_rules

FILLER = "Local reporters covered the story."

# (rule, first claim, later claim that contradicts it, the same later claim agreeing)
PAIRS = [
    # a dimension in a relative clause, against a compound modifier
    ("CON003", "The Tarrow footbridge, which spans 420 metres, opened to walkers in May.",
     "Cyclists must dismount on the 240-metre footbridge.", "Cyclists must dismount on the 420-metre footbridge."),
    ("CON003", "The Kelvin pier, which is 310 metres long, was repaired in 2021.",
     "Anglers line the 130-metre pier at dawn.", "Anglers line the 310-metre pier at dawn."),
    # a compound modifier after a verb that is done to the thing, not to its size
    ("CON003", "The Castlegate tower is 95 metres tall.",
     "Visitors climb the 59-metre tower every weekend.", "Visitors climb the 95-metre tower every weekend."),
    # a level "at"
    ("CON003", "Unemployment in Dunley stands at 6 per cent.",
     "Unemployment in Dunley is 9%, the council said.", "Unemployment in Dunley is 6%, the council said."),
    ("CON003", "Inflation in Marwick remained at 3 per cent in March.",
     "Inflation in Marwick was 5 per cent in March.", "Inflation in Marwick was 3 per cent in March."),
    # a stated maximum
    ("CON003", "The Pellow ferry carries up to 600 passengers.",
     "The Pellow ferry carries up to 900 passengers, the operator said.",
     "The Pellow ferry carries up to 600 passengers, the operator said."),
    # people counted by a verb of employing
    ("CON003", "Brisk Foods has a staff of 350.",
     "Brisk Foods employs 530 people, the company said.", "Brisk Foods employs 350 people, the company said."),
    ("CON003", "Corbel Print employs 120 staff at its Hexham works.",
     "Corbel Print employs 210 people at its Hexham works.", "Corbel Print employs 120 people at its Hexham works."),
    # a count restated with its owner named again after the noun
    ("CON003", "The Meriden trust employs 3,100 nurses.",
     "Pay talks cover the 1,300 nurses the trust employs.", "Pay talks cover the 3,100 nurses the trust employs."),
    # a founding restated by a description in apposition, or by a relative clause
    ("CON004", "The Harrowgate Choir was founded in 1974.",
     "The choir, founded in 1968, sings at the cathedral.", "The choir, founded in 1974, sings at the cathedral."),
    ("CON004", "Pellam Books opened in 1991 on Bridge Street.",
     "Pellam Books, which opened in 1989, sells maps.", "Pellam Books, which opened in 1991, sells maps."),
    ("CON004", "The Corran lighthouse was built in 1842.",
     "Built in 1824, the lighthouse still guides ships.", "Built in 1842, the lighthouse still guides ships."),
    # a person's dates with the surname alone
    ("CON004", "Mira Tallis was born in 1961 in Hull.",
     "Tallis, born in 1966, studied music in Leeds.", "Tallis, born in 1961, studied music in Leeds."),
    # a date with no year
    ("CON004", "The library opened on 4 March.",
     "Since the library opened on 14 March, it has lent 2,000 books.",
     "Since the library opened on 4 March, it has lent 2,000 books."),
    ("CON004", "The Wenlow market hall opened on Friday, 12 April.",
     "The hall opened on April 21 to crowds.", "The hall opened on April 12 to crowds."),
    # a place of birth
    ("CON006", "Mira Tallis was born in Hull.",
     "Tallis, who was born in Leeds, studied music in York.", "Tallis, who was born in Hull, studied music in York."),
    ("CON006", "Born in Cardiff, Owen Pryce joined the police at 19.",
     "Pryce, a native of Swansea, now leads the force.", "Pryce, a native of Cardiff, now leads the force."),
    ("CON006", "Jonas Weller was born in 1970 in Bremen.",
     "Weller, born in Hamburg, moved to Leeds in 1995.", "Weller, born in Bremen, moved to Leeds in 1995."),
    # an absolute against its exception, the subject restated short
    ("CON005", "The Larch Street clinic has never closed on a weekday.",
     "The clinic closed on a weekday twice in 2022.", "The clinic opened on a weekday twice in 2022."),
]


@pytest.mark.parametrize(("rule", "first", "contradicting", "agreeing"), PAIRS, ids=[p[2][:40] for p in PAIRS])
def test_contradiction_found(rule: str, first: str, contradicting: str, agreeing: str) -> None:
    assert con_rules(article(first, FILLER, contradicting)) == [rule]


@pytest.mark.parametrize(("rule", "first", "contradicting", "agreeing"), PAIRS, ids=[p[3][:40] for p in PAIRS])
def test_twin_is_silent(rule: str, first: str, contradicting: str, agreeing: str) -> None:
    assert con_rules(article(first, FILLER, agreeing)) == []


# Two different things, or one place inside another: silent.
APART = [
    ("The Harrowgate Choir was founded in 1974.", "A youth choir, founded in 1968, sings at the cathedral."),
    ("The Harrowgate Choir was founded in 1974.", "The Kelso Choir, founded in 1968, sings at the cathedral."),
    ("The Corran lighthouse was built in 1842.", "The Dunnet lighthouse was built in 1824."),
    ("Mira Tallis was born in 1961 in Hull.", "Her brother Tom Tallis studied music.|Tallis, born in 1966, studied in Leeds."),
    ("Jonas Weller was born in Bremen.", "Weller, born in Germany, moved to Leeds in 1995."),
    ("Jonas Weller was born in Bremen.", "Weller was born in Bremen, Germany."),
    ("Jonas Weller was born in Bremen.", "His brother Karl Weller was born in Hamburg."),
    ("The Pellow ferry carries up to 600 passengers.", "The Dunmore ferry carries up to 900 passengers."),
    ("Brisk Foods has 350 staff.", "The festival drew 530 people."),
    ("The Larch Street clinic has never closed on a weekday.", "The Hill Road clinic closed on a weekday twice in 2022."),
    ("The Meriden trust employs 3,100 nurses.", "Pay talks cover the 1,300 nurses the agency employs."),
    ("The library opened on 4 March 2019.", "The library opened its new wing in 2024."),
]


@pytest.mark.parametrize(("first", "later"), APART, ids=[a[1][:40] for a in APART])
def test_other_things_stay_silent(first: str, later: str) -> None:
    assert con_rules(article(first, FILLER, *later.split("|"))) == []


def test_birthplaces_read_in_several_positions() -> None:
    assert [(n, p) for n, p, _ in find_birthplaces("Tallis, who was born in Leeds, studied music.")] == [("Tallis", "Leeds")]
    assert [(n, p) for n, p, _ in find_birthplaces("Born in Cardiff, Owen Pryce joined.")] == [("Owen Pryce", "Cardiff")]
    assert [(n, p) for n, p, _ in find_birthplaces("Weller was born on 4 May 1970 in Bremen.")] == [("Weller", "Bremen")]
    assert find_birthplaces("Weller was born in March 1970.") == []
    assert wide("Yorkshire") and wide("Durham County") and not wide("Leeds")
    assert apart("Hull", "Leeds", ["Hull is on the Humber."])
    assert not apart("Newcastle", "Newcastle upon Tyne", [])
    assert not apart("Hull", "Beverley", ["Hull lies south of Beverley."])


def test_a_day_with_no_year_is_dated_by_month_and_day() -> None:
    (event,) = find_events(0, "The library opened on 4 March.")
    assert (event.date.month, event.date.day, event.date.yearless) == (3, 4, True)
    (other,) = find_events(1, "The library opened on March 14.")
    assert event.date.conflicts(other.date)
    (dated,) = find_events(2, "The library opened on 4 March 2019.")
    assert not event.date.conflicts(dated.date) and not dated.date.yearless
