"""An event said to have killed or hurt nobody in one claim and somebody in another (auditor.compare.casualties,
reported as CON005). Every sentence here is invented for the test."""

from __future__ import annotations

import pytest

from auditor.compare.casualties import find_tolls
from tests.conflicts import Conflict, conflicts


@pytest.mark.parametrize(
    ("text", "tolls"),
    [
        ("No one was injured in the Lydd fire.", [("lydd fire", "hurt", True)]),
        ("There were no injuries in the Lydd fire.", [("lydd fire", "hurt", True)]),
        ("The Lydd storm claimed no lives.", [("lydd storm", "dead", True)]),
        ("The Lydd storm killed three people and injured 40.", [("lydd storm", "dead", False)]),
        ("Four people were hurt in the crash of Lydd Flight 95.", [("lydd flight 95 crash", "hurt", False)]),
        ("Two people died in the Lydd fire, but no one was injured.", [("lydd fire", "dead", False), ("lydd fire", "hurt", True)]),
        ("The Lydd fire killed no civilians.", []),  # nobody of one group is not nobody
        ("The Lydd fire and the Harlow flood killed three people.", []),  # two events
    ],
)
def test_find_tolls_reads_who_an_event_killed_or_hurt(text: str, tolls: list[tuple[str, str, bool]]) -> None:
    assert [(t.event, t.kind, t.nobody) for t in find_tolls(0, text)] == tolls


def con005(*sentences: str) -> list[Conflict]:
    return conflicts("CON005", *sentences)


@pytest.mark.parametrize(
    ("first", "second", "values"),
    [
        ("No deaths were reported after the Lydd storm.", "The Lydd storm killed three people.", ["nobody", "somebody"]),
        ("Four people were injured in the Lydd fire.", "The Lydd fire caused no injuries.", ["somebody", "nobody"]),
    ],
)
def test_con005_flags_nobody_and_somebody_harmed_by_one_event(first: str, second: str, values: list[str]) -> None:
    assert con005(first, "The weather was mild that spring.", second) == [("c3", ("c1",), values)]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("No deaths were reported after the Lydd storm.", "The Lydd storm injured three people."),  # another harm
        ("No deaths were reported after the Lydd storm.", "The Harlow storm killed three people."),  # another event
        ("No deaths have been reported so far after the Lydd storm.", "The Lydd storm killed three people."),  # an update
        ("No one was hurt in the fire.", "Another fire broke out; the fire injured four people."),  # which fire?
    ],
)
def test_con005_leaves_tolls_that_may_both_be_right(first: str, second: str) -> None:
    assert con005(first, "The weather was mild that spring.", second) == []
