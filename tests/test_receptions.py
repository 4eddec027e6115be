"""One work received well and badly (issue 7, contra16; ``compare/receptions.py``, CON005): by critics ("received
widespread critical acclaim" / "Critics panned ...") or at the box office ("a box-office hit" / "a box-office
flop"). Traps: a sequel or a season of its own, a place, two kinds (a critical success and a commercial failure),
a reception that changed, a part praised. Every sentence here is invented for the test."""

from __future__ import annotations

import pytest

from auditor.compare.receptions import reception_of
from tests.test_everyday_contradictions import article, con_rules

FILLER = "The cast toured the country for a year."

PAIRS = [
    ("Salt Roads received widespread critical acclaim on its release in 2011.", "Critics panned Salt Roads when it came out."),
    ("The Lark Street musical was a box-office hit, running for three years.", "The Lark Street musical was a box-office flop and closed within weeks."),
    ("The film received positive reviews from critics.", "The film was panned by critics."),
    ("Night Harbour opened to rave reviews in 1998.", "Night Harbour was savaged by critics."),
    ("The band's third album, Cold Light, was a critical success.", "Cold Light received poor reviews from the music press."),
    ("The documentary Iron Coast garnered critical acclaim at festivals.", "Reviewers panned Iron Coast."),
    ("The Kessler biography was a bestseller in its first year.", "The Kessler biography was a commercial flop."),
    ("The sitcom Dover Street earned favourable reviews.", "The sitcom Dover Street was badly received."),
]

TRAPS = [
    ("Critics praised the film.", "Critics praised the acting but panned the script."),
    ("Salt Roads received critical acclaim.", "Its sequel, Iron Roads, was panned by critics."),
    ("The album was well received by critics.", "The album received negative reviews from fans of the band's early work."),
    ("The film was a box-office flop in the United States.", "The film was a box-office hit in Japan."),
    ("Cold Light was a critical success.", "Cold Light was a commercial failure."),
    ("The show received negative reviews at first.", "The show later won critical acclaim."),
    ("Critics panned the first season of Dover Street.", "The second season of Dover Street earned favourable reviews."),
    ("The game was praised by reviewers for its open world.", "The game was poorly received by reviewers."),
    ("The novel was a commercial failure on release.", "It later became a bestseller after the film adaptation."),
]


@pytest.mark.parametrize(("first", "later"), PAIRS, ids=[p[1][:40] for p in PAIRS])
def test_opposite_receptions(first: str, later: str) -> None:
    assert con_rules(article(first, FILLER, later)) == ["CON005"]
    assert con_rules(article(first, FILLER, first)) == []


@pytest.mark.parametrize(("first", "later"), TRAPS, ids=[p[1][:40] for p in TRAPS])
def test_reception_traps_stay_silent(first: str, later: str) -> None:
    assert con_rules(article(first, FILLER, later)) == []


def test_reception_of_reads_the_work() -> None:
    r = reception_of(0, "Her debut novel was a commercial success.")
    assert r is not None and (r.good, r.kind, r.work) == (True, "commercial", frozenset({"debut", "novel"}))
    r = reception_of(0, "Critics panned Salt Roads when it came out.")
    assert r is not None and (r.good, r.kind, r.written) == (False, "critical", "Salt Roads")
    assert reception_of(0, "It was panned by critics.") is None  # a pronoun: which work is not told
    assert reception_of(0, "The film was praised for its score and panned for its length.") is None
