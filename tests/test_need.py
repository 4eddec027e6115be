"""Why a claim needs a source (auditor.sourcing.need) and who speaks in it (auditor.sourcing.voice)."""

from __future__ import annotations

import pytest

from auditor.claims import claim_kinds
from auditor.sourcing.need import citation_need, figures, titled_document
from auditor.sourcing.voice import (
    exemption,
    is_record_line,
    names_in,
    names_its_agent,
    reports_speech,
    unnamed_source,
    unquoted,
)


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
    assert need("As the planner Sam Ortiz writes, “libraries are the last rooms where nobody is asked to buy.”")
    assert need("“A road is only a promise until someone drives it,” wrote Mara Quist.")  # which work?


@pytest.mark.parametrize(
    "text",
    [
        "Harbour master Tom Ashby wrote in a letter to the county last spring: “The north pier cannot take another winter.”",
        "Board chair Helen Marsh said in a letter to staff on Friday: \"We cannot keep every branch open seven days.\"",
        "In her book “A Paradise Built in Hell: The Extraordinary Communities that Arise,” Rebecca Solnit wrote of it.",
        "In her book “Salt on the Glass: Thirty Winters at the Edge of the Map,” she wrote of the storm.",
        "“A road is only a promise until someone drives it,” wrote Mara Quist in her 1961 novel Long Coast.",
        # a finding in a named speaker's quoted words is theirs
        "“Our data finally revealed how long the electrons take,” explains Professor Ada Lind, who leads the group.",
    ],
)
def test_an_identified_document_or_a_title_is_no_unsourced_quotation(text: str) -> None:
    assert need(text) is None


def test_a_document_named_by_its_title() -> None:
    assert titled_document("In the report “Reading Rooms for Everyone,” the board counted 1.2 million loans.") == (
        "Reading Rooms for Everyone,"
    )
    assert titled_document("The study, titled “Sleep and Memory in Older Adults,” found that 40% slept less.")
    assert titled_document("He called it “a responsible mix of tax cuts and investment” in 2009.") is None
    assert titled_document("The crowd chanted “Save Our Pier” for an hour.") is None  # a title, but of no document


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
        # a reporting verb with a named agent, whatever the verb
        ("The Harbor Finance Office estimates that the port lost $3 million.", frozenset(), True),
        ("The Harbor Finance Office estimates the port lost $3 million.", frozenset(), False),  # "that" is what makes it
        ("But Ms Lind warns that further cuts may follow.", frozenset(), True),
        ("Fuel is 41 percent of costs, a source, who asked not to be named, told the Island Courier.", frozenset(), True),
        ("Fuel is 41 percent of costs, a source told a reporter.", frozenset(), False),  # the listener has no name
        ("Budget papers seen by the Island Courier show 14 sailings will go.", frozenset(), True),
        ("Budget papers seen by few show 14 sailings will go.", frozenset(), False),
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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Studies have shown that lower-income families spend more on fuel.", "Studies have shown"),
        ("Education advocacy groups estimated that a 9% increase was needed.", "advocacy groups estimated"),
        ("Prices will rise by 4%, critics say.", "critics say"),
        ("Many experts believe the ban will fail.", "experts believe"),
        ("The plague killed an estimated 25 million people.", "an estimated"),
        ("The firm reportedly paid $3 billion.", "reportedly"),
        ("It is believed that 300 people attended.", "It is believed"),
        ("The deficit is expected to total nearly $1 trillion next year.", "is expected to"),  # whose forecast?
        ("Sales are projected to reach $4 billion.", "are projected to"),
        ("Experts have argued over why.", None),  # a debate, not a finding
        ("Researchers disagree about whether 40% is too many; experts say it is.", "experts say"),
        ("The study found that 40% of adults read news.", None),  # one named before
        ("These groups said 40 people came.", None),
        ("Acme's analysts estimated revenue of $3 billion.", None),  # a named source
        ("NASA scientists found water on the moon.", None),
        ("Officials said 40 people died.", None),  # anonymous sourcing is journalism's own
        ("The bridge carries 22,000 vehicles a day.", None),
        ("“Studies show nothing,” Dana Reyes said.", None),  # quoted words are the speaker's
        # A head that is the object of a preposition right before it is not who speaks: the data indicate.
        ("Lab counts not yet merged into official estimates indicate a rise of 8%.", None),
        ("Surveys run with local experts suggest 40% of farms flooded.", None),
        ("Official estimates indicate a rise of 8%.", "Official estimates indicate"),
        # the release of a given day is a named one: the reader knows which
        ("Today’s data show prices rose 0.2% in March.", None),
        ("Friday's figures show 40,000 jobs were added.", None),
        ("Data show prices rose 0.2% in March.", "Data show"),
    ],
)
def test_unnamed_source(text: str, expected: str | None) -> None:
    assert unnamed_source(text) == expected


def test_a_name_opening_the_sentence_is_known_from_the_article() -> None:
    assert unnamed_source("Pew researchers found that 40% of adults read news.") == "Pew researchers found"
    assert unnamed_source("Pew researchers found that 40% of adults read news.", frozenset({"Pew"})) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dana K. Whitfield: Dealing in methamphetamine, possession of a syringe, held in lieu of $45,000 bond.", True),
        ("Lena Marsh: Possession of paraphernalia, visiting a common nuisance, released on her own recognizance.", True),
        ("Dana Reyes: That is true, and we know it, but we said so before the vote in May and nobody there listened.", False),
        ("Note: the pier closes at 6 pm.", False),
        ("The pier closed in May, reopened in June, and closed again in July.", False),
    ],
)
def test_record_lines(text: str, expected: bool) -> None:
    assert is_record_line(text) is expected


@pytest.mark.parametrize(
    ("text", "known"),
    [
        ("The unions said more than 15,000 members voted for the strike.", frozenset()),
        ("A spokesperson for the operator said in an email that it would cooperate.", frozenset()),
        ("Councillor Ada Brennan has cited a survey showing half of workers commute by train.", frozenset({"Brennan"})),
    ],
)
def test_named_attribution_in_any_wording(text: str, known: frozenset[str]) -> None:
    assert reports_speech(text, known)


def test_only_a_speaker_with_a_name_carries_over_a_paragraph() -> None:
    assert reports_speech("Sales fell, said port economist Ines Varga.", by_name=True)
    assert not reports_speech("The operator said the vessel carries 240 passengers.", by_name=True)
    assert reports_speech("The operator said the vessel carries 240 passengers.")


def test_an_email_to_the_writer_is_not_a_document() -> None:
    assert need('A spokesperson said in an email that "we will keep every baker on the payroll".') is None
    assert need('The mayor wrote in a letter that "closing the harbour shop would leave the town without bread".') == (
        "quotation",
        "closing the harbour shop would leave the town without bread",
    )


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("reports seen by Reuters suggest", True),
        ("a study by Dover University found", True),
        ("research by the Pew Research Center shows", True),
        ("studies in Sweden have shown", False),  # a place, not who made them
        ("data by country show", False),
    ],
)
def test_research_that_names_its_agent(phrase: str, expected: bool) -> None:
    assert names_its_agent(phrase) is expected
