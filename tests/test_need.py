"""Why a claim needs a source (auditor.need) and who speaks in it (auditor.voice)."""

from __future__ import annotations

import pytest

from auditor.claims import claim_kinds
from auditor.need import citation_need, figures
from auditor.voice import exemption, names_in, reports_speech, unquoted


def need(text: str) -> tuple[str, str] | None:
    found = citation_need(text, claim_kinds(text))
    return (found.reason, found.evidence) if found else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The plant laid off about 1,200 workers.", ("statistics", "1,200 workers")),
        ("Despite the cuts, Acme still employs about 7,000 U.S. employees.", ("statistics", "7,000 U.S. employees")),
        ("The ministry spent $4.5 billion on the scheme.", ("statistics", "$4.5 billion")),
        ("Turnout reached 64% in the northern wards.", ("statistics", "64%")),
        ("The county wrote in a statement that \"the bridge will stay closed until further notice\".",
         ("quotation", "the bridge will stay closed until further notice")),
        ("Studies show that the new timetable cut delays.", ("scientific", "Studies show")),
        ("Since March 3, 2023, Acme Rail has run a night service.", ("historical", "March 3, 2023")),
        ("Dana Reyes, formerly of Acme Rail, took over the harbor authority last spring.",
         ("historical", "took over the harbor authority last")),
        ("Dana Reyes argues that tolls should fall.", ("opinion", "Dana Reyes argues")),
        ("Acme Rail is the largest employer in the valley.", ("controversial", "is the largest")),
    ],
)
def test_reasons_and_their_evidence(text: str, expected: tuple[str, str]) -> None:
    assert need(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The library opened in the old post office building downtown.",  # nothing to source
        "Version 2.4 added 30 new icons and fixed the page 40 layout.",  # versions, positions
        "An attacker with two channels could jam 10,000 payment slots.",  # a possibility, not a report
        "The meeting runs from 8:00 to 11:00 on Tuesday in room 12.",  # times, rooms
        "Dana Reyes said \"we guided 400 ships and more than 90% arrived on time\" in that year.",  # figures in quotes
        "The mill's owner plans to add a dye works in Kettering in 2025.",  # a plan, not a record
        # a named speaker's spoken statement is sourced by naming the speaker, as journalism does
        "\"The pier will stay open for the whole summer season,\" council leader Ruth Amadi said in a statement.",
        "The harbour trust told reporters that \"nobody has asked us to close the pier this year\".",
        "Dana Reyes said that tolls should fall.",  # reported speech, not a view put in her mouth
        "Dana Reyes claims that tolls should fall.",
        # a figure inside words quoted over the sentence's edge ("... “lets ... oxygen. A session ...”")
        "According to its website, the bar “lets visitors breathe air that is 85% to 95% pure oxygen.",
        "A session lasts 15 minutes and costs $12.”",
    ],
)
def test_no_reason_no_finding(text: str) -> None:
    assert need(text) is None


def test_a_written_quotation_still_needs_its_document() -> None:
    text = "The harbour master wrote in a letter that \"the north pier cannot take another winter\"."
    assert need(text) == ("quotation", "the north pier cannot take another winter")


def test_quotations_cut_by_the_sentence_edge_are_quoted_for_figures() -> None:
    assert unquoted("The bar “lets visitors breathe 85% pure oxygen.", open_ends=True).split() == ["The", "bar"]
    assert unquoted("A session costs $12.” It opened in May.", open_ends=True).split() == ["It", "opened", "in", "May."]
    assert unquoted("A session costs $12.”", open_ends=True).strip() == ""
    assert unquoted("He said “fine” and paid $12.", open_ends=True).split() == ["He", "said", "and", "paid", "$12."]
    # whether the writer speaks of themselves: a stray quote does not make their "we" someone else's
    assert unquoted("We paid “about $12 for it.") == "We paid “about $12 for it."


def test_a_partitive_count_runs_on_to_what_it_counts() -> None:
    assert figures("The airline ordered some 60 of the new jets from Acme.") == ["60 of the new"]
    assert figures("About 1,200 of their workers left.") == ["1,200 of their workers"]


@pytest.mark.parametrize(
    ("text", "known", "expected"),
    [
        ("Bates said the team grew to 70.", frozenset({"Bates"}), True),
        ("Clark in October revealed plans to grow the fleet by 30%.", frozenset({"Clark"}), True),
        ("Rain falls everywhere, said study co-author Ana Ruiz, a fellow at the agency.", frozenset(), True),
        ("The patient was isolated, the news agency said.", frozenset(), True),
        ("The storm killed 40 people, police said.", frozenset(), True),
        ("Prices rose 4%, said a spokesperson.", frozenset(), True),
        ("Analysts surveyed by Marlow Data expected $2.10 a share.", frozenset(), True),  # a named agent
        ("Analysts surveyed by phone expected $2.10 a share.", frozenset(), False),
        ("The flaw in his claim that he left Dover in 2010 is plain.", frozenset(), True),  # words he owns
        ("The claim that the mill closed in 2010 is plain.", frozenset(), False),  # nobody's claim
        ("Acme laid off 500 people, experts say.", frozenset(), False),  # a vague speaker names no one
        ("Acme laid off 500 people, analysts said.", frozenset(), False),
        ("A case of the flu was reported in Ohio last week.", frozenset(), False),  # a place, a passive
        ("Thomas told a supervisor about the 40 missed checks.", frozenset(), False),  # the listener, not a speaker
        ("Acme laid off 500 people last year.", frozenset(), False),
        ("The total confirmed cases rose to 4,000 in May.", frozenset(), False),  # a participle, not speech
        ("The number of users reported to the agency rose 40%.", frozenset(), False),
        ("The port handled 40 ships, the agency said in a statement.", frozenset(), True),
        ("The port handled 40 ships, the company told Reuters.", frozenset(), True),
    ],
)
def test_reported_speech_names_its_speaker(text: str, known: frozenset[str], expected: bool) -> None:
    assert reports_speech(text, known) is expected


def test_counts_need_a_measure_or_a_large_size() -> None:
    assert figures("The team answered 50 questions and 208 bids came in.") == []
    assert figures("Roughly 300 people came, and 12,000 watched online.") == ["300 people", "12,000 watched"]


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("We shipped the new permit form to 13 forests last year.", "first-person"),
        ("Our team found 1,200 duplicate records.", "first-person"),
        ("Run the import script before you start the server.", "instruction"),
        ("How many ships does the port handle in a year?", "question"),
        ("As of this writing, 13% of the nodes run the new version.", "first-hand"),
        ("This week's newsletter summarizes a proposal to cut fees by 20%.", "self-reference"),
    ],
)
def test_claims_that_need_no_source_whatever_they_say(text: str, reason: str) -> None:
    assert exemption(text) == reason


def test_the_us_is_not_the_writer() -> None:
    assert exemption("The US spent $3 billion on the program.") is None


def test_names() -> None:
    assert names_in("Acme Rail hired 40 drivers from the Port of Alden.", frozenset({"Acme"})) == [
        "Acme Rail",
        "Port of Alden",
    ]
    assert names_in("Volunteers pulled 14 tonnes of rubbish from the River Wend.") == ["River Wend"]
    assert names_in("NASA launched it.") == ["NASA"]
