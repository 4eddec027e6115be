"""Why a claim needs a source (auditor.need) and who speaks in it (auditor.voice)."""

from __future__ import annotations

import pytest

from auditor.claims import claim_kinds
from auditor.need import citation_need, figures
from auditor.voice import exemption, names_in


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
    ],
)
def test_no_reason_no_finding(text: str) -> None:
    assert need(text) is None


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
