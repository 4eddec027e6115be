"""Three kinds of false alarm on real writing: a press release's own figures, parenthesised note numbers
answered by notes at the end, and a lone space before a full stop (beside working links, or alone)."""

from __future__ import annotations

import auditor
from auditor.article import analyse
from auditor.checks.writer import declared_writer
from auditor.genres.release import issuer
from auditor.load import load_document


def loud(text: str, fmt: str = "auto") -> list[str]:
    return sorted(f.rule for f in auditor.audit_text(text, fmt).findings if f.severity != "info")


OPENING = "BRANTFORD, Ontario—June 3, 2026—Pell Foods today announced a dividend of $0.30 per share, up 11 percent.\n\n"
FIGURES = "Quarterly sales rose 8 percent to $210 million.\n\n"
CONTACT = "Media Contact:\nAnna Rossi\npress@pellfoods.example\n"


def issuer_of(text: str) -> frozenset[str]:
    article = analyse(load_document(text, "text"))
    return issuer(article, declared_writer(article))


def test_a_release_names_its_issuer_when_a_contact_block_closes_it() -> None:
    text = "Pell Foods lifts its dividend\n\n" + OPENING + FIGURES + CONTACT
    assert issuer_of(text) == frozenset({"Pell", "Foods"})
    assert loud(text, "text") == []


def test_an_announcement_without_a_sign_of_its_issuer_is_not_a_release() -> None:
    # A story about the announcement: no contact block, no "About" section, no publisher in a head.
    text = "Pell Foods lifts its dividend\n\n" + OPENING + FIGURES
    assert issuer_of(text) == frozenset()
    # Its dateline makes it a wire story, whose reporting is its own source: written with touching dashes
    # ("CITY, Province—Date—") as with a spaced one ("CITY, Province, Date - ").
    spaced = text.replace("BRANTFORD, Ontario—June 3, 2026—", "BRANTFORD, Ontario, June 3, 2026 - ")
    assert loud(text, "text") == loud(spaced, "text") == []


def test_an_opening_without_an_announcement_is_not_a_release() -> None:
    text = "Dividends in the sector\n\nPell Foods paid $0.30 per share, up 11 percent.\n\n" + FIGURES + CONTACT
    assert issuer_of(text) == frozenset()


NOTES_BODY = "A programme in the east fed 900,000 pupils in 2022 at a cost of $38 per child (1) within a year.\n\n"


def test_parenthesised_numbers_resolve_against_notes_at_the_end() -> None:
    text = "# Meals\n\nSchools matter.\n\n" + NOTES_BODY + "(1) Adeyemi & Novak, 2023\n"
    article = analyse(load_document(text, "markdown"))
    assert [(m.kind, m.label, m.defined) for m in article.markers] == [("numbered", "1", True)]
    assert loud(text, "markdown") == []


def test_an_unanswered_or_unreferenced_number_stays_prose() -> None:
    # "(2)" has no note; and a note without a year or a link is not read as a reference.
    text = "# Meals\n\nSchools matter.\n\n" + NOTES_BODY.replace("(1)", "(2)") + "(1) Adeyemi & Novak, 2023\n"
    assert analyse(load_document(text, "markdown")).markers == ()
    text = "# Meals\n\nSchools matter.\n\n" + NOTES_BODY + "(1) see the kitchen plans\n"
    assert analyse(load_document(text, "markdown")).markers == ()
    assert "CIT001" in loud(text, "markdown")


LINKED = "The [county plan](https://example.org/plan) asks parishes to clear the river.\n\n"


def test_a_lone_space_before_a_stop_beside_working_links_is_a_typo() -> None:
    assert "CIT005" not in loud(LINKED + "Volunteers cleared six stretches of the river this week .\n", "markdown")


def test_spaces_before_stops_that_repeat_are_residue() -> None:
    twice = "Volunteers cleared six stretches in May .\n\nThey cleared four more in June .\n"
    assert loud(LINKED + twice, "markdown").count("CIT005") == 2
    assert loud(twice, "markdown").count("CIT005") == 2
    # One typed space before one stop in the whole article, links or none, is a typo.
    assert "CIT005" not in loud("Volunteers cleared six stretches of the river in May 2024 .\n", "markdown")


DEK = "# Dredging\n\nRecent surveys suggest dredging the harbour will take a decade.\n\n"


def test_a_standfirst_is_sourced_by_a_body_that_names_its_sources() -> None:
    body = (
        "Boats finished mapping the silted harbour last month, the harbour authority said on Tuesday.\n\n"
        "About 4.1 million cubic metres of silt must go, according to the authority's report.\n\n"
        '"At this rate that is ten years of dredging," said Mara Quist, the chief engineer.\n\n'
        "Owners want a third dredger, said Tomas Evers of the owners' association.\n"
    )
    assert "CIT001" not in loud(DEK + body, "markdown")


def test_a_standfirst_over_a_body_without_sources_still_needs_one() -> None:
    body = (
        "The silt in the harbour must be dredged.\n\nDredging the channel will take years.\n\n"
        "The two dredgers are slow.\n\nOwners want a third dredger.\n"
    )
    assert "CIT001" in loud(DEK + body, "markdown")


_SPACED = (
    "The council delayed its vote on the hall , after the committee asked for more time .\n\n"
    "The chair , Ruth Okon , said the committee had received 16 letters from traders , most opposed .\n\n"
    "The hall , which opened in 1911 , needs a new roof , the surveyors said in January .\n"
)


def test_a_writer_who_spaces_before_commas_spaces_before_stops() -> None:
    """A space before most commas is the writer's typography: the spaces before their full stops are no gaps."""
    assert "CIT005" not in loud(_SPACED, "text")


def test_stops_after_a_space_in_ordinary_commas_are_still_gaps() -> None:
    assert loud(_SPACED.replace(" ,", ","), "text").count("CIT005") == 3


_SUMMARY = "Key findings:\n\n1. The plan's fuel duty rise raises an estimated £4.2bn a year.\n\n"
_BODY = "## Our analysis\n\nWe modelled the fuel duty rise with our tax model. {line}\n"


def test_an_estimate_the_writer_makes_elsewhere_is_their_own() -> None:
    """'an estimated £4.2bn' in a summary, where the writer says 'we estimate ... £4.2bn' further on."""
    own = _BODY.format(line="We estimate that it would raise £4.2bn a year by 2028.")
    assert "CIT001" not in loud(_SUMMARY + own, "markdown")


def test_an_estimate_of_another_figure_still_needs_its_source() -> None:
    other = _BODY.format(line="We estimate that it would raise £3.1bn a year by 2028.")
    assert "CIT001" in loud(_SUMMARY + other, "markdown")
