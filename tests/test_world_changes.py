"""A percentage given as the amount of a change that happened is a measurement of the world: it needs a source,
unless the writer reports their own work, a named speaker says it, or the paragraph links its source."""

from __future__ import annotations

from auditor import audit_text
from auditor.sourcing.change import changed_by
from auditor.sourcing.own_work import tells_own_work


def _unsourced(text: str) -> list[str]:
    report = audit_text(text, input_format="markdown").to_dict()
    claims = {c["id"]: c["text"] for c in report["claims"]}
    return [claims[f["claim"]] for f in report["findings"] if f["rule"] == "CIT001"]


EXPLAINER = "# Why the island ferries thinned out\n\n{opening}\n\n{sentence}\n\nThe ferries still run in summer.\n"
CHANGE = "The fuel rules of that decade reduced the number of island crossings by 40%."
PLAIN = "For most of the last century the island ferries ran every hour."
GENERIC_WE = PLAIN + " We know surprisingly little about why that ended."
OWN_WORK = "We run the ferry line between the two islands, and our crews keep the boats at sea in winter."


def test_a_past_change_in_the_world_needs_a_source() -> None:
    assert _unsourced(EXPLAINER.format(opening=PLAIN, sentence=CHANGE)) == [CHANGE]


def test_a_we_that_is_everyone_does_not_make_it_the_writers_testimony() -> None:
    assert _unsourced(EXPLAINER.format(opening=GENERIC_WE, sentence=CHANGE)) == [CHANGE]


def test_on_a_page_that_tells_its_own_work_the_change_is_its_testimony() -> None:
    own = "Winter crossings for island residents fell 30% last year."
    assert _unsourced(EXPLAINER.format(opening=OWN_WORK, sentence=own)) == []
    assert _unsourced(EXPLAINER.format(opening=OWN_WORK, sentence=CHANGE)) == []


def test_how_something_works_a_comparison_a_hypothetical_and_a_speaker_stay_quiet() -> None:
    for sentence in (
        "A hybrid hull reduces fuel use by 25%.",  # the present tense: how it works
        "The newer engines are 25% lighter than the old ones.",  # a comparison of two things
        "Suppose the council cut the subsidy by 10%: the last evening boat would go.",  # a made-up case
        "“Bookings fell 15% in a single winter,” said Ines Falk, who runs a guest house.",  # a named speaker
        "We reduced our crossings by 40% to save fuel.",  # the writer's own work
    ):
        assert _unsourced(EXPLAINER.format(opening=PLAIN, sentence=sentence)) == [], sentence


def test_a_change_the_paragraph_links_is_sourced() -> None:
    sourced = CHANGE[:-1] + ", the [harbour board's annual figures](https://harbour.example.org/annual) show."
    assert _unsourced(EXPLAINER.format(opening=PLAIN, sentence=sourced)) == []


def test_the_change_and_its_amount() -> None:
    assert changed_by("Enrolment fell 12% over the decade.", "12%")
    assert changed_by("Prices rose by about 9 percent after the tax.", "9 percent")
    assert not changed_by("Prices rise by about 9 percent after a tax.", "9 percent")
    assert not changed_by("Unemployment fell to 4% in the spring.", "4%")
    assert not changed_by("Sales rose from 10% to 12%.", "12%")
    assert not changed_by("The ferry carried 40% of all freight.", "40%")


def test_a_first_person_that_tells_of_work() -> None:
    assert tells_own_work("We launched the pilot in three clinics.")
    assert tells_own_work("We're hiring two engineers.")
    assert tells_own_work("At the agency, we were thrilled to meet the team.")
    assert tells_own_work("Our survey covered every county.")
    assert tells_own_work("Contact us for the full data.")
    assert tells_own_work("The engineer told me the servers were old.")
    assert not tells_own_work("We understand little about the deep sea.")
    assert not tells_own_work("Over the century we watched harvests double.")
    assert not tells_own_work("We're still at the start of mapping the seabed.")
    assert not tells_own_work("It serves all of us and our children.")
    assert not tells_own_work("The US economy grew, i.e. output rose.")
