"""Two winners of one dated contest (auditor.compare.winners, reported as CON006).

Every sentence here is invented for the test."""

from __future__ import annotations

import pytest

import auditor


def con006(*sentences: str) -> list[tuple[str, tuple[str, ...]]]:
    report = auditor.audit_text("\n\n".join(sentences), input_format="text", source="test")
    return [(f.claim or "", f.related) for f in report.findings if f.rule == "CON006"]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Corran Rowing Club won the 2008 Tarn Regatta by two lengths.", "Halden Boat Club won the 2008 Tarn Regatta."),
        (
            "Corran Rowing Club beat Halden Boat Club in the 2008 Tarn Regatta.",
            "Halden Boat Club beat Corran Rowing Club in the 2008 Tarn Regatta.",
        ),
        ("Corran Rowing Club beat Halden Boat Club in the 2008 Tarn Regatta.", "Halden Boat Club won the 2008 Tarn Regatta."),
    ],
)
def test_con006_flags_two_winners_of_one_dated_contest(first: str, second: str) -> None:
    assert con006(first, "The weather was mild.", second) == [("c3", ("c1",))]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # the winner, said twice
        ("Corran Rowing Club beat Halden Boat Club in the 2008 Tarn Regatta.", "Corran Rowing Club won the 2008 Tarn Regatta."),
        # a shared win and one of its winners
        ("Ada Kerr and Mary Vale won the 2008 Kelso doubles final.", "Kerr won the 2008 Kelso doubles final."),
        # two years
        ("Corran Rowing Club won the 2008 Tarn Regatta.", "Halden Boat Club won the 2009 Tarn Regatta."),
        # a contest without a year recurs
        ("Corran Rowing Club won the Tarn Regatta.", "Halden Boat Club won the Tarn Regatta."),
        # two contests
        ("Corran Rowing Club won the 2008 Tarn Regatta.", "Halden Boat Club won the 2008 Tarn Sprint."),
    ],
)
def test_con006_leaves_one_winner_shared_wins_and_other_contests_alone(first: str, second: str) -> None:
    assert con006(first, "The weather was mild.", second) == []
