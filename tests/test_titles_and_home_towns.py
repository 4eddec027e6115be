"""A person named with a title the first time and by the surname alone later ("Councillor Maria Brennock, 44," /
"Brennock, 52,"), and a home town given twice ("Colin Drury, from Whitby," / "Drury, from Scarborough,"): CON006
(auditor.compare.attributes, auditor.compare.hometowns). Every sentence here is invented for the test."""

from __future__ import annotations

import pytest

from auditor.compare.hometowns import find_hometowns
from tests.conflicts import Conflict, conflicts

FILLER = "The meeting ended shortly after nine."


def con006(*sentences: str) -> list[Conflict]:
    return conflicts("CON006", *sentences)


@pytest.mark.parametrize(
    ("first", "second", "values"),
    [
        ("Councillor Rhona Pellow, 47, opened the new library.", "Pellow, 53, thanked the builders.", ["47", "53"]),
        ("Head Teacher Amos Quarrie, 58, wrote to parents.", "Quarrie, 61, said the term would start on time.", ["58", "61"]),
        ("Director Lena Vauxford, the trust's chief financial officer, spoke first.",
         "Vauxford, the trust's chief executive, answered questions.",
         ["the trust's chief financial officer", "the trust's chief executive"]),
        ("Fisherman Dai Trevaskis, from Padstow, landed the catch.", "Trevaskis, from Newlyn, sold it at auction.",
         ["from Padstow", "from Newlyn"]),
        ("Wendy Ashdown, 29, from Tiverton, won the cake contest.", "Judges praised Ashdown, from Crediton, for her icing.",
         ["from Tiverton", "from Crediton"]),
        ("Olu Benneth, a retired nurse from Bicester, chairs the group.", "Benneth, from Banbury, said it meets weekly.",
         ["a retired nurse from Bicester", "from Banbury"]),
    ],
)
def test_con006_flags_one_person_given_two_ages_roles_or_home_towns(first: str, second: str, values: list[str]) -> None:
    assert con006(first, FILLER, second) == [("c3", ("c1",), values)]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # the same age or place
        ("Councillor Rhona Pellow, 47, opened the new library.", "Pellow, 47, thanked the builders."),
        ("Fisherman Dai Trevaskis, from Padstow, landed the catch.", "Trevaskis, from Padstow, sold it at auction."),
        # two people of one surname
        ("Councillor Rhona Pellow, 47, and her son Jim Pellow, 22, opened the library.", "Pellow, 22, cut the ribbon."),
        ("Gus Marlowe, from Truro, and his sister Ivy Marlowe, from Bude, run the farm.", "Marlowe, from Bude, keeps the bees."),
        # a place that holds the other, or named with it
        ("Fisherman Dai Trevaskis, from Newlyn, landed the catch.", "Trevaskis, from Cornwall, sold it at auction."),
        ("Fisherman Dai Trevaskis, from Newlyn, near Penzance, landed the catch.", "Trevaskis, from Penzance, sold it."),
        # another year
        ("Fisherman Dai Trevaskis, from Padstow, landed the catch.", "In 1998 Trevaskis, from Newlyn then, bought a boat."),
        # not a home town: an organisation's part, a time
        ("Fisherman Dai Trevaskis, from the Padstow harbour office, spoke.", "Trevaskis, from Newlyn, sold it at auction."),
    ],
)
def test_con006_leaves_consistent_or_unclear_descriptions_alone(first: str, second: str) -> None:
    assert con006(first, FILLER, second) == []


def test_home_towns_are_read_in_appositions_only() -> None:
    assert [(n, p) for n, p, _ in find_hometowns("Dai Trevaskis, from Padstow, landed the catch.")] == [("Dai Trevaskis", "Padstow")]
    assert find_hometowns("Dai Trevaskis sailed from Padstow to Newlyn.") == []
    assert find_hometowns("Dai Trevaskis, from Wales, landed the catch.") == []
    assert find_hometowns("Dai Trevaskis, from the harbour office, spoke.") == []
