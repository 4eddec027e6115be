"""A size written as a modifier or a fronted phrase against the size told plainly (issue 7, contra13): "the
3,800-strong workforce" against "employs 4,100 people", "At 210 metres, the tower" against "the 180-metre tower"
or "the tower is 180 metres tall". Each article is flagged and its consistent twin is silent; traps (a rival's
staff, a count of another time or scope, a rounding, a second thing of the kind, another dimension) stay silent.
Every sentence here is invented for the test."""

from __future__ import annotations

import pytest

from auditor.compare.quantities import find_quantities
from auditor.compare.sizes import fronted_sizes, strong_counts
from tests.test_everyday_contradictions import article, con_rules

FILLER = "Local reporters covered the story."

# (first claim, later claim that contradicts it, the same later claim agreeing)
PAIRS = [
    ("Brackley Mills employs 2,300 people across its three sites.",
     "The 1,900-strong workforce was told of the sale on Friday.", "The 2,300-strong workforce was told of the sale on Friday."),
    ("Harrow Logistics has 640 employees.",
     "Union leaders met the firm's managers on behalf of its 460-strong staff.",
     "Union leaders met the firm's managers on behalf of its 640-strong staff."),
    ("Managers briefed the 75-strong workforce at the Tolley brewery on Monday.",
     "The Tolley brewery employs 57 people.", "The Tolley brewery employs 75 people."),
    ("Dunley Sailing Club sent a team of 12 sailors to the regatta.",
     "The 21-strong team won two races on Saturday.", "The 12-strong team won two races on Saturday."),
    ("The choir has 40 members, most of them from the valley.",
     "The 60-strong choir sang at the cathedral on Sunday.", "The 40-strong choir sang at the cathedral on Sunday."),
    ("The Kessing lighthouse is 41 metres tall.",
     "At 14 metres, the lighthouse is the shortest on the coast.", "At 41 metres, the lighthouse is the shortest on the coast."),
    ("Councillors approved the 2.4-kilometre bypass on Tuesday.",
     "At 4.2 kilometres, the bypass will take two years to build.", "At 2.4 kilometres, the bypass will take two years to build."),
    ("The 60-hectare reserve lies west of the village.",
     "Measuring 90 hectares, the reserve is home to 40 kinds of bird.", "Measuring 60 hectares, the reserve is home to 40 kinds of bird."),
]


@pytest.mark.parametrize(("first", "contradicting", "agreeing"), PAIRS, ids=[p[2][:40] for p in PAIRS])
def test_contradiction_found(first: str, contradicting: str, agreeing: str) -> None:
    assert con_rules(article(first, FILLER, contradicting)) == ["CON003"]


@pytest.mark.parametrize(("first", "contradicting", "agreeing"), PAIRS, ids=[p[2][:40] for p in PAIRS])
def test_twin_is_silent(first: str, contradicting: str, agreeing: str) -> None:
    assert con_rules(article(first, FILLER, agreeing)) == []


TRAPS = [
    ("Brackley Mills employs 2,300 people.", "Rival Orme Textiles said its 1,900-strong workforce would strike."),
    ("Brackley Mills employs 2,300 people worldwide.", "The 1,900-strong workforce in Yorkshire met on Monday."),
    ("Brackley Mills employed 2,300 people in 2015.", "The 1,900-strong workforce met on Monday."),
    ("Brackley Mills has cut 400 jobs and now employs 1,900 people.", "The 2,300-strong workforce met on Monday."),
    ("Brackley Mills employs about 2,000 people.", "The 2,060-strong workforce met on Monday."),
    ("Brackley Mills employs 2,300 people at its Leeds plant.", "The 1,900-strong workforce met on Monday."),
    ("Dunley Sailing Club sent a team of 12 sailors to the regatta.", "The 21-strong junior team stayed at home."),
    ("Dunley Sailing Club sent a team of 12 sailors in 2019.", "The 21-strong team now trains twice a week."),
    ("The choir has 40 members.", "Its rival, the 60-strong choir of St Anne's, sang too."),
    ("The 41-metre north lighthouse is painted red.", "At 14 metres, the south lighthouse is painted white."),
    ("The coast has a 41-metre lighthouse and a 14-metre lighthouse.", "At 14 metres, the lighthouse is the smaller."),
    ("The bypass was originally planned at 2.4 kilometres.", "At 4.2 kilometres, the bypass will take two years."),
    ("The bridge is 400 metres long.", "At 30 metres wide, the bridge carries four lanes."),
    ("The park covers 25 hectares.", "At 40 hectares, the nature reserve next to it is larger."),
]


@pytest.mark.parametrize(("first", "later"), TRAPS, ids=[t[1][:40] for t in TRAPS])
def test_traps_stay_silent(first: str, later: str) -> None:
    assert con_rules(article(first, FILLER, later)) == []


def test_readers_give_the_sizes_they_compare() -> None:
    texts = ["The firm employs 4,100 people.", "The 3,800-strong workforce met."]
    (size,) = strong_counts(texts, frozenset())
    assert (size.claim, size.other, size.written.text, size.plain.text) == (1, 0, "3,800", "4,100")
    assert strong_counts(texts, frozenset({0})) == []  # a quoted or hedged claim is not read
    texts = ["The tower is 180 metres tall.", "At 210 metres, the tower is the tallest."]
    (size,) = fronted_sizes(texts, frozenset())
    assert (size.thing, size.written.text, size.plain.text) == ("tower", "210 metres", "180 metres")
    assert find_quantities(texts[1])[0].unit == "length"
