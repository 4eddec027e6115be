"""Sizes told as modifiers, fronted phrases and possessives, each reader covering its family (issue 7, contra14): a
staff of one profession ("the 1,900-strong nursing staff" / "employs 1,400 nurses"), a fronted measure with a
dimension word ("At 14 km long, the tunnel"), a possessive count ("the choir's 60 singers" / "the 45-strong choir"),
a capacity modifier ("the 120-passenger ferry" / "carries 200 passengers", "an 80-bed hospital" / "will hold 140
patients"), and a founding participle with its founder ("Founded in 1996 by Jo Hart, a teacher, Lantern Stage" /
"since its founding in 1999"). Each article is flagged and its consistent twin is silent; traps (two things, two
times, a range, a quoted speaker, a hypothetical) stay silent. Every sentence here is invented for the test."""

from __future__ import annotations

import pytest

from auditor.compare.events import find_events
from auditor.compare.sizes import capacities, strong_counts
from auditor.compare.subjects import PRONOUN
from tests.test_everyday_contradictions import article, con_rules

FILLER = "Local reporters covered the story."

# (rule, first claim, later claim that contradicts it, the same later claim agreeing)
PAIRS = [
    ("CON003", "Greyfield Infirmary employs 1,400 nurses.",
     "Managers met the infirmary's 1,900-strong nursing staff on Monday.",
     "Managers met the infirmary's 1,400-strong nursing staff on Monday."),
    ("CON003", "The 3,000-strong police force covers three counties.",
     "The force employs 2,400 officers.", "The force employs 3,000 officers."),
    ("CON003", "Tollan Academy has 160 teachers.",
     "The head thanked its 210-strong teaching staff at the prize day.",
     "The head thanked its 160-strong teaching staff at the prize day."),
    ("CON003", "The 9-kilometre tunnel took six years to dig.",
     "At 14 km long, the tunnel is the longest in the region.", "At 9 km long, the tunnel is the longest in the region."),
    ("CON003", "The Ormsby canal is 56 km long.",
     "At 40 km in length, the canal is popular with walkers.", "At 56 km in length, the canal is popular with walkers."),
    ("CON003", "The 280-metre mast was built on the moor.",
     "At a height of 320 metres, the mast can be seen from the coast.",
     "At a height of 280 metres, the mast can be seen from the coast."),
    ("CON003", "The 45-strong choir rehearses on Tuesdays.",
     "The choir's 60 singers performed at the abbey.", "The choir's 45 singers performed at the abbey."),
    ("CON003", "Its 60-strong team meets every Saturday at the lock.",
     "In March the team's 35 volunteers cleared the towpath.", "In March the team's 60 volunteers cleared the towpath."),
    ("CON003", "The council has ordered the 120-passenger ferry for the island crossing.",
     "The vessel carries 200 passengers and 30 cars.", "The vessel carries 120 passengers and 30 cars."),
    ("CON003", "The health board has approved an 80-bed hospital at Dunmere.",
     "The hospital will hold 140 patients.", "The hospital will hold 80 patients."),
    ("CON003", "The restored 600-seat venue will host concerts.",
     "The hall seats 850 people.", "The hall seats 600 people."),
    ("CON003", "The Grand is a 250-room hotel on the seafront.",
     "The hotel has 400 rooms and a spa.", "The hotel has 250 rooms and a spa."),
    ("CON003", "Work has started on a 12-berth marina at Pelham.",
     "The marina will have room for 20 boats.", "The marina will have room for 12 boats."),
    ("CON004", "Founded in 1996 by Jo Hart, a drama teacher, Lantern Stage tours village halls.",
     "The company has staged 80 plays since its founding in 1999.",
     "The company has staged 80 plays since its founding in 1996."),
    ("CON004", "The Marsh Lane Food Bank was established in 2012 in a former garage.",
     "Set up in 2009 by two local churches, it now feeds 300 families.",
     "Set up in 2012 by two local churches, it now feeds 300 families."),
    ("CON004", "Established in 1921 by Ada Lowe, Ben Carr and Ida Moss, the Ashdown Cricket Club plays on the green.",
     "The club has had six grounds since its foundation in 1925.",
     "The club has had six grounds since its foundation in 1921."),
]


@pytest.mark.parametrize(("rule", "first", "contradicting", "agreeing"), PAIRS, ids=[p[3][:40] for p in PAIRS])
def test_contradiction_found(rule: str, first: str, contradicting: str, agreeing: str) -> None:
    assert con_rules(article(first, FILLER, contradicting)) == [rule]


@pytest.mark.parametrize(("rule", "first", "contradicting", "agreeing"), PAIRS, ids=[p[3][:40] for p in PAIRS])
def test_twin_is_silent(rule: str, first: str, contradicting: str, agreeing: str) -> None:
    assert con_rules(article(first, FILLER, agreeing)) == []


TRAPS = [
    # two things
    ("The council runs the 120-passenger ferry on the Holm route.", "The Skerry Queen carries 200 passengers up north."),
    ("The council has ordered a 120-passenger ferry.", "The older vessel carries 80 passengers and will be sold."),
    ("The 1,900-strong nursing staff of Harlow General will join the trust.", "Its partner, Epping Vale, employs 1,400 nurses."),
    ("The 9-kilometre tunnel opened in 2010.", "At 14 km long, the new tunnel is the longest in the region."),
    ("The club's 40-strong squad trains on the river.", "The squad's 35 wins this season are a record."),
    ("Founded in 1996 by Jo Hart, a teacher, Lantern Stage tours halls.",
     "Its partner, Shadow Box, has grown since its founding in 2001."),
    # two times
    ("The Wensum Trust's 40-strong team has grown since 2019.", "In 2019 the team's 25 volunteers ran one shop."),
    ("The 120-passenger ferry runs every hour.", "It carries 900 passengers a day in summer."),
    # a range
    ("The 600-seat venue reopened on Friday.", "The hall seats between 550 and 650 people."),
    # a quoted speaker
    ("The 600-seat venue reopened on Friday.", '"It feels like it seats 1,000 people," said the manager, Ana Ruiz.'),
    # a hypothetical
    ("The board approved an 80-bed hospital.", "If funding is found, the hospital could hold 140 patients."),
    # a narrowed count
    ("Its 2,300-strong teaching staff serve 30,000 students.", "The college has 1,800 teachers on permanent contracts."),
    ("The hospital's 1,900-strong nursing staff work on two sites.", "The university trained 1,400 nurses last year."),
]


@pytest.mark.parametrize(("first", "later"), TRAPS, ids=[t[1][:40] for t in TRAPS])
def test_traps_stay_silent(first: str, later: str) -> None:
    assert con_rules(article(first, FILLER, later)) == []


def test_readers_give_the_sizes_they_compare() -> None:
    texts = ["The trust employs 1,400 nurses.", "The 1,900-strong nursing staff met."]
    (size,) = strong_counts(texts, frozenset())
    assert (size.claim, size.other, size.written.text, size.plain.text) == (1, 0, "1,900", "1,400")
    texts = ["The 120-passenger ferry sails at noon.", "The ferry can carry 200 passengers."]
    (size,) = capacities(texts, frozenset())
    assert (size.thing, size.written.text, size.plain.text) == ("ferry", "120", "200")
    assert capacities(texts, frozenset({1})) == []  # a quoted or hedged claim is not read


def test_fronted_founding_with_its_founder_reads_the_subject() -> None:
    (event,) = find_events(0, "Founded in 1996 by Jo Hart, Ann Lee and Raj Patel, Lantern Stage tours halls.")
    assert (event.group, event.subject, event.when) == ("founded", "lantern stage", "1996")
    (event,) = find_events(0, "Set up in 2009 by local churches, it now feeds 300 families.")
    assert event.subject == PRONOUN
    (event,) = find_events(0, "Founded in 2009 by Ann, Bo and Cy, who met at school, the trust runs a cafe.")
    assert event.subject == "the trust"
