"""One statement told twice with one thing changed (issue 7, contra16): a name put in another's place (CON006,
``compare/substitutions.py``), a word put in place of the same word with a negating prefix ("inhabited" /
"uninhabited", CON005 through ``pairing.prefixed``), and antonyms of a state or a stance ("present" / "absent",
"endorsed" / "opposed"; ``knowledge/antonyms.json``). Traps: another thing of the kind, a subject narrowed by a
word before it ("the deputy mayor"), an act that recurs or comes in several, two names swapped, a name added to
a list. Every sentence here is invented for the test, in news, biography, company, science and sport wordings."""

from __future__ import annotations

import pytest

from auditor.compare.pairing import prefixed, words_of
from auditor.compare.substitutions import substitution
from tests.test_everyday_contradictions import article, con_rules

FILLER = "Local reporters covered the story."

RENAMED = [
    ("The Orla footbridge was designed by the engineer Anna Berg.", "The Orla footbridge was designed by the engineer Karl Holm."),
    ("Her first novel, Salt Roads, was published by Harrow Press in the spring.", "Her first novel, Salt Roads, was published by Linden Books in the spring."),
    ("The striker joined the club from Ajax on a three-year contract.", "The striker joined the club from Feyenoord on a three-year contract."),
    ("The merger was approved by the regulator Ofcom after a long review.", "The merger was approved by the regulator Ofgem after a long review."),
    ("The comet was discovered by the amateur astronomer Lena Voss in 1998.", "The comet was discovered by the amateur astronomer Ilse Brandt in 1998."),
    ("The album was recorded in Nashville over six weeks.", "The album was recorded in Memphis over six weeks."),
    ("The museum is run by the Hale Trust, a local charity.", "The museum is run by the Fenwick Trust, a local charity."),
]

RENAMED_TRAPS = [
    ("The Orla footbridge was designed by the engineer Anna Berg.", "The Tarn footbridge was designed by the engineer Karl Holm."),
    ("Flights leave for Madrid every morning from gate four at the new terminal.", "Flights leave for Lisbon every morning from gate four at the new terminal."),
    ("The charity runs reading clubs for children in Kenya and trains local teachers.", "The charity runs reading clubs for children in Uganda and trains local teachers."),
    ("The company also has an office in Berlin with forty engineers on its staff.", "The company also has an office in Munich with forty engineers on its staff."),
    ("Ward beat Pellegrini in the final of the county championship.", "Pellegrini beat Ward in the final of the county championship."),
    ("Smith voted against the bill at its second reading in the chamber.", "Jones voted against the bill at its second reading in the chamber."),
    ("The song was written by Paul Hart for the band's second record.", "The song was written by Paul Hart and Tom Reed for the band's second record."),
    ("The market opens on Monday mornings in the old square by the church.", "The market opens on Saturday mornings in the old square by the church."),
    ("The 2019 festival was held in Leeds over three days in June.", "The 2021 festival was held in York over three days in June."),
]

PREFIXED = [
    ("The island of Skarv is inhabited all year round by a few farmers.", "The island of Skarv is uninhabited all year round by a few farmers."),
    ("Her second manuscript was published after her death in Lyon.", "Her second manuscript was unpublished after her death in Lyon."),
    ("The burial chamber was disturbed when archaeologists opened it in 1931.", "The burial chamber was undisturbed when archaeologists opened it in 1931."),
    ("The findings of the survey were verified by an outside auditor.", "The findings of the survey were unverified by an outside auditor."),
    ("The road to the summit station is paved for most of its length.", "The road to the summit station is unpaved for most of its length."),
    ("The coach's contract with the club is renewable every two years.", "The coach's contract with the club is nonrenewable every two years."),
]

PREFIXED_TRAPS = [
    ("The north island of the group is inhabited.", "The south island of the group is uninhabited."),
    ("The first letter to the bishop was signed.", "The second letter to the bishop was unsigned."),
    ("The road to the summit station is paved.", "The track to the summit station is unpaved."),
    ("The survey's main findings were verified.", "Its other findings were unverified."),
]

ANTONYMS = [
    ("The mayor was present at the opening of the library.", "The mayor was absent from the opening of the library."),
    ("The drug was found to be effective against the virus in the trial.", "The drug was found to be ineffective against the virus in the trial."),
    ("The plant is a native species in the Cape region.", "The plant is an invasive species in the Cape region."),
    ("The old mill is the oldest building in the town.", "The old mill is the newest building in the town."),
    ("The tournament was held indoors because of the weather.", "The tournament was held outdoors because of the weather."),
    ("The treaty was ratified by the parliament in 1921.", "The treaty was rejected by the parliament in 1921."),
    ("The plan was endorsed by the teaching unions in Wales.", "The plan was opposed by the teaching unions in Wales."),
    ("The reform was welcomed by the teaching unions in Wales.", "The reform was opposed by the teaching unions in Wales."),
    ("The move was welcome news for the town's traders.", "The move was unwelcome news for the town's traders."),
]

NARROWED = [
    ("The mayor was present at the opening of the library.", "The deputy mayor was absent from the opening of the library."),
    ("The mayor attended the opening of the library.", "The deputy mayor did not attend the opening of the library."),
    ("The deputy head approved the new timetable for the autumn.", "The head did not approve the new timetable for the autumn."),
    ("The plant is a native species in the Cape region.", "The beetle is an invasive species in the Cape region."),
]


@pytest.mark.parametrize(("first", "later"), RENAMED, ids=[p[1][:40] for p in RENAMED])
def test_one_statement_with_two_names(first: str, later: str) -> None:
    assert con_rules(article(first, FILLER, later)) == ["CON006"]
    assert con_rules(article(first, FILLER, first)) == []


@pytest.mark.parametrize(("first", "later"), RENAMED_TRAPS, ids=[p[1][:40] for p in RENAMED_TRAPS])
def test_renamed_traps_stay_silent(first: str, later: str) -> None:
    assert con_rules(article(first, FILLER, later)) == []


@pytest.mark.parametrize(("first", "later"), PREFIXED, ids=[p[1][:40] for p in PREFIXED])
def test_negating_prefix(first: str, later: str) -> None:
    assert con_rules(article(first, FILLER, later)) == ["CON005"]


@pytest.mark.parametrize(("first", "later"), PREFIXED_TRAPS, ids=[p[1][:40] for p in PREFIXED_TRAPS])
def test_prefixed_traps_stay_silent(first: str, later: str) -> None:
    assert con_rules(article(first, FILLER, later)) == []


@pytest.mark.parametrize(("first", "later"), ANTONYMS, ids=[p[1][:40] for p in ANTONYMS])
def test_antonyms_of_a_state_or_stance(first: str, later: str) -> None:
    assert con_rules(article(first, FILLER, later)) == ["CON005"]


@pytest.mark.parametrize(("first", "later"), NARROWED, ids=[p[1][:40] for p in NARROWED])
def test_a_narrowed_subject_is_another_one(first: str, later: str) -> None:
    assert con_rules(article(first, FILLER, later)) == []


def test_substitution_reads_one_name_in_one_slot() -> None:
    old, new, shared = substitution("The study of river eels was led by the chemist Maria Okafor.", "The study of river eels was led by the chemist Ruth Abel.") or ("", "", "")
    assert (old, new) == ("Maria Okafor", "Ruth Abel")
    assert shared == "The study of river eels was led by the chemist …"
    assert substitution("The study of river eels was led by Maria Okafor.", "The study of river eels was led by Okafor.") is None
    assert substitution("The study of river eels was led by Maria Okafor.", "The study of river eels was led by Maria Okafor.") is None
    # a day is a recurring time, not one name
    assert substitution("The fair was opened by the mayor on Monday morning.", "The fair was opened by the mayor on Friday morning.") is None


def test_prefixed_words() -> None:
    assert prefixed(words_of("The island is inhabited"), words_of("The island is uninhabited"))
    assert prefixed(words_of("the move was legal here"), words_of("the move was illegal here"))
    assert not prefixed(words_of("the island is inhabited"), words_of("the island is inhabited"))
    assert not prefixed(words_of("the horse was fit"), words_of("the horse was unfit"))  # a base under four letters


# a description after a plural possessive ("Kelso Rovers' chief executive") names its organisation as "Acme's" does
OFFICES = [
    ("Tomas Reyes, Kelso Rovers' chief executive, picked the new kit.", "Reyes, Kelso Rovers' finance director, spoke after the game."),
    ("Jo Marsh, Dunmore Mills' chief operating officer, opened the plant.", "Marsh, Dunmore Mills' chief executive, said the plant would hire 40 people."),
]
OFFICE_TRAPS = [
    ("Jo Marsh, Dunmore Mills' chief executive, opened the plant.", "Marsh, Pellow Mills' finance director, was at the opening too."),
    ("Tomas Reyes, Kelso Rovers' chief executive, picked the new kit.", "Reyes, Kelso Rovers' former finance director, spoke after the game."),
]


@pytest.mark.parametrize(("first", "later"), OFFICES, ids=[p[1][:40] for p in OFFICES])
def test_office_after_a_plural_possessive(first: str, later: str) -> None:
    assert con_rules(article(first, FILLER, later)) == ["CON006"]


@pytest.mark.parametrize(("first", "later"), OFFICE_TRAPS, ids=[p[1][:40] for p in OFFICE_TRAPS])
def test_office_traps_stay_silent(first: str, later: str) -> None:
    assert con_rules(article(first, FILLER, later)) == []
