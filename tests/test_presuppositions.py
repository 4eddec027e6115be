"""An act a claim says did not happen, and a claim soon after that speaks of it as done
(auditor.compare.presuppositions, reported as CON005). Every sentence here is invented for the test."""

from __future__ import annotations

import pytest

from tests.conflicts import conflicts

DENIED = "When the crew learn that she is not in her cabin, they decide not to search for her."


def con005(*sentences: str) -> list[tuple[str, tuple[str, ...], list[str]]]:
    return conflicts("CON005", *sentences)


@pytest.mark.parametrize(
    ("denied", "later"),
    [
        (DENIED, "The search takes four hours."),
        ("The council refused to investigate the landlord.", "The investigation found forty unsafe flats."),
        ("The two clubs did not merge in 2019.", "The merger gave the club a larger ground."),
    ],
)
def test_con005_flags_an_act_denied_and_then_spoken_of_as_done(denied: str, later: str) -> None:
    assert con005("A passenger was reported missing on Friday.", denied, later) == [("c3", ("c2",), ["denied", "presupposed"])]


@pytest.mark.parametrize(
    ("denied", "between", "later"),
    [
        (DENIED, "The police search the ship instead.", "The search takes four hours."),  # someone else did it
        (DENIED, "The weather is calm.", "Another search takes four hours."),  # another act
        ("They decide not to search for her until morning.", "The weather is calm.", "The search takes four hours."),
        (DENIED, "The weather is calm.", "The search will take four hours."),  # not yet done
        (DENIED, "The weather is calm.", "The search was never carried out."),  # agrees
        (DENIED, "The weather is calm.", "The ship docks at noon."),  # not spoken of
    ],
)
def test_con005_leaves_a_denial_when_the_later_act_may_be_another(denied: str, between: str, later: str) -> None:
    assert con005(denied, between, later) == []


def test_con005_looks_only_a_few_claims_ahead() -> None:
    filler = [f"The ship passed buoy number {n} at speed." for n in range(1, 5)]
    assert con005(DENIED, *filler, "The search takes four hours.") == []
