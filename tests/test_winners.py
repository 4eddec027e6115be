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


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # a win and another place, in sport, prizes, contests and elections (every sentence invented)
        ("Marta Velez won the 2019 Dunmore half marathon.", "Velez finished third in the 2019 Dunmore half marathon."),
        ("The Harriers won the 2018 county cup final.", "The Harriers were runners-up in the 2018 county cup final."),
        ("Team Kestrel took first place in the 2022 robotics contest.", "Team Kestrel came second in the 2022 robotics contest."),
        ("Dario Lentz won the 2009 Tour of Lombardy.", "Lentz placed fourth at the 2009 Tour of Lombardy."),
        ("Ines Oyelaran won the 2016 Marlow mayoral election.", "Oyelaran came second in the 2016 Marlow mayoral election."),
        ("Anna Roth won silver in the 2014 European 400 metres final.", "Roth won gold in the 2014 European 400 metres final."),
        ("Lena Ortiz won the 2021 city marathon in record time.", "Ortiz finished second in the 2021 city marathon behind Ada Kerr."),
    ],
)
def test_con006_flags_one_name_given_two_places_in_one_contest(first: str, second: str) -> None:
    assert con006(first, "The weather was mild.", second) == [("c3", ("c1",))]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # another year, another event, another name, a stage, a meeting of many events, one place said twice
        ("The Harriers won the 2018 county cup final.", "The Harriers were runners-up in the 2019 county cup final."),
        ("Marta Velez won the 2019 Dunmore half marathon.", "Velez finished third in the 2019 Dunmore 10 kilometres."),
        ("Team Kestrel took first place in the 2022 robotics contest.", "Team Osprey came second in the 2022 robotics contest."),
        ("Dario Lentz won the 2009 Tour of Lombardy.", "Lentz finished fourth on the first stage of the 2009 Tour of Lombardy."),
        ("Marta Velez won the 2019 national 10,000 metres title.", "Velez finished third in the 2019 national championships."),
        ("Dario Lentz won the 2009 Tour of Lombardy.", "Lentz took first place in the 2009 Tour of Lombardy."),
        ("Lentz beat Pardo in the 2009 Tour of Lombardy sprint.", "Lentz finished fourth in the 2009 Tour of Lombardy sprint."),
    ],
)
def test_con006_leaves_places_that_can_both_hold(first: str, second: str) -> None:
    assert con006(first, "The weather was mild.", second) == []


def test_fixture_two_places_in_one_contest() -> None:
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "fixtures" / "articles" / "CON006-two-places-in-one-contest.md"
    report = auditor.audit_path(path)
    found = [f for f in report.findings if f.rule == "CON006"]
    assert len(found) == 1
    assert "finished fourth in" in found[0].message
