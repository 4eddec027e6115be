"""One office of one organisation given to two people at one time (auditor.compare.holders, reported as CON006).

Every sentence here is invented for the test."""

from __future__ import annotations

import pytest

from auditor.compare.holders import find_holders
from tests.conflicts import Conflict, conflicts


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("Alan Moss is the chief executive of Lydd Foods.", [("alan moss", "chief executive", "lydd foods")]),
        ("Peter Crane, Lydd Foods' chief executive, said sales rose.", [("peter crane", "chief executive", "lydd foods")]),
        ("Peter Crane, CEO of Lydd Foods, said sales rose.", [("peter crane", "chief executive", "lydd foods")]),
        ("Lydd Rovers head coach Peter Crane praised the players.", [("peter crane", "head coach", "lydd rovers")]),
        ("Lydd Foods CFO Ana Roe said costs fell.", [("ana roe", "chief financial officer", "lydd foods")]),
        ("Alan Moss, the former chief executive of Lydd Foods, said sales rose.", []),  # another time
        ("Lydd Foods co-CEO Ana Roe said costs fell.", []),  # one of two
        ("Alan Moss is the chief executive of Lydd Foods' parent company.", []),  # another organisation
        ("Alan Moss, the sales director of Lydd Foods, said sales rose.", []),  # an office several hold
    ],
)
def test_find_holders_reads_an_office_said_of_a_name(text: str, held: list[tuple[str, str, str]]) -> None:
    assert [(h.person, h.office, h.organisation) for h in find_holders(0, text)] == held


def con006(*sentences: str) -> list[Conflict]:
    return conflicts("CON006", *sentences)


def test_con006_flags_two_holders_of_one_office() -> None:
    found = con006(
        "Alan Moss, the chief executive of Lydd Foods, said sales rose.",
        "The weather was mild that spring.",
        "Lydd Foods chief executive Peter Crane said the plant would close.",
    )
    assert found == [
        ("c3", ("c1",), ["Alan Moss, the chief executive of Lydd Foods,", "Lydd Foods chief executive Peter Crane"])
    ]


@pytest.mark.parametrize(
    "second",
    [
        "Lydd Foods chief executive Alan Moss said the plant would close.",  # the same person
        "Lydd Foods chief executive Moss said the plant would close.",  # by surname
        "Harlow Mills chief executive Peter Crane said the plant would close.",  # another company
        "In 2009, Lydd Foods chief executive Peter Crane said the plant would close.",  # another time
        "The new Lydd Foods chief executive, Peter Crane, said the plant would close.",  # a successor
        "Lydd Foods chief financial officer Peter Crane said the plant would close.",  # another office
    ],
)
def test_con006_leaves_holders_that_may_both_be_right(second: str) -> None:
    assert con006("Alan Moss, the chief executive of Lydd Foods, said sales rose.", "The weather was mild.", second) == []
