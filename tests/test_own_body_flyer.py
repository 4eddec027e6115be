"""A body's flyer (:mod:`auditor.genres.own_subject`): a page whose heading is a body's name ("THE ... ASSOCIATION,
INC.") states the body's own size, dues, meetings and founding, spoken of as "the organization", "the membership",
by its initials or by what it keeps of itself ("The dues for one year are ..."); a claim about the world on the same
page still needs its source, and so do the same sentences on a page that names no body. Invented."""

from __future__ import annotations

import auditor
from auditor.genres.own_subject import body_name, speaks_of_body
from tests.conftest import FIXTURES

FLYER = FIXTURES / "articles" / "own-record-club-flyer.md"


def cit001(text: str) -> list[str]:
    return [f.message for f in auditor.audit_text(text, input_format="markdown").findings if f.rule == "CIT001"]


def test_the_bodys_own_size_dues_and_founding_need_no_source() -> None:
    found = cit001(FLYER.read_text(encoding="utf-8"))
    assert not any("60 members" in m or "$15" in m or "founded" in m for m in found)


def test_a_claim_about_the_world_on_the_flyer_still_needs_one() -> None:
    assert any("40%" in m for m in cit001(FLYER.read_text(encoding="utf-8")))


def test_on_a_page_that_names_no_body_the_same_figures_need_a_source() -> None:
    text = FLYER.read_text(encoding="utf-8")
    text = text.replace("# THE MILLBROOK VALLEY STARGAZERS ASSOCIATION, INC.", "# STARGAZING NOTES FROM THE VALLEY")
    text = text.replace("# RIDGE COUNTIES ASTRONOMY LEAGUE", "# MORE NOTES")
    found = cit001(text)
    assert any("60 members" in m for m in found)
    assert any("$15" in m for m in found)


def test_a_heading_that_is_a_bodys_name() -> None:
    assert body_name("THE FENWICK CHESS SOCIETY, LTD.") == ("FENWICK CHESS SOCIETY", "FCS")
    assert body_name("Chess Society of the Upper Weald") == ("Chess Society of the Upper Weald", "CSUW")
    assert body_name("Society News") is None
    assert body_name("Fenwick Chess Society wins the county cup") is None


def test_a_sentence_speaks_of_the_body_or_of_the_world() -> None:
    chess = frozenset({"society"})
    names = (("FENWICK CHESS SOCIETY", "FCS"),)
    assert speaks_of_body("The annual subscription is £20.", "£20", chess)
    assert speaks_of_body("We meet in 14 schools across the county.", "14 schools", chess)
    assert speaks_of_body("The FCS was founded in 1952.", "in 1952", chess, names)
    assert speaks_of_body("The tournament was started in 1990 by the Fenwick Chess Society.", "in 1990", chess, names)
    assert not speaks_of_body("Chess improves memory in 70% of children.", "70%", chess, names)
    assert not speaks_of_body("About 90 members of parliament play chess.", "90 members", chess, names)
    assert not speaks_of_body("A group of 40 doctors found chess slows dementia.", "40 doctors", chess, names)


def test_what_another_body_keeps_is_not_the_pages_own() -> None:
    chess = frozenset({"society"})
    assert speaks_of_body("The dues of the society are £20 a year.", "£20", chess)
    assert not speaks_of_body("Members of the county council voted 9 to 4 for the plan.", "9 to 4", chess)
    assert not speaks_of_body("Members of the public gave £3,000 to the hospice.", "£3,000", chess)
