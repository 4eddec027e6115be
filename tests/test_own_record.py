"""A page an organisation keeps about itself (its title names the kind of body it is: "Club History", "Summer
Research Program") states its own record: a sentence the body opens as its subject ("The ... Club was founded in
1921", "1958: Club record attendance of 4,200") needs no source there; a figure of the world on the same page does,
and so does the same sentence on a page that names no body. A guide that addresses its reader states the rules it
explains ("The penalty in 2026 is 2% of your car's listed value or $120 per notice, whichever is higher") without a source;
a statistic of the world on it still needs one. Invented."""

from __future__ import annotations

import auditor
from auditor.genres.own_subject import opens_with_body
from auditor.sourcing.rules import states_rule
from tests.conftest import FIXTURES

CLUB = FIXTURES / "articles" / "club-history-own-record.md"
GUIDE = FIXTURES / "articles" / "guide-states-its-rules.md"


def cit001(text: str) -> list[str]:
    return [f.message for f in auditor.audit_text(text).findings if f.rule == "CIT001"]


def test_the_clubs_own_record_needs_no_source() -> None:
    found = cit001(CLUB.read_text(encoding="utf-8"))
    assert not any("1921" in m or "4,200" in m for m in found)


def test_a_figure_of_the_world_on_the_clubs_page_still_needs_one() -> None:
    found = cit001(CLUB.read_text(encoding="utf-8"))
    assert any("2.3 million" in m or "1930" in m for m in found)


def test_on_a_page_that_names_no_body_the_clubs_founding_needs_a_source() -> None:
    text = CLUB.read_text(encoding="utf-8").replace("Club History", "Riverside History")
    assert any("1921" in m for m in cit001(text))


def test_a_school_is_no_body_of_its_own_page() -> None:
    # a history society's page on a school, a library or a church tells the world's history, not its own record
    text = CLUB.read_text(encoding="utf-8").replace("Club History", "Harbourside School History")
    assert any("1921" in m for m in cit001(text))


def test_the_body_must_open_the_sentence() -> None:
    bodies = frozenset({"club"})
    assert opens_with_body("The club was founded in 1921.", "in 1921", bodies)
    assert not opens_with_body("Rowing draws 30,000 people, more than any club.", "30,000", bodies)
    assert not opens_with_body("The club serves a county where 30% of children are poor.", "30%", bodies)


def test_a_guide_states_its_rules_without_a_source() -> None:
    found = cit001(GUIDE.read_text(encoding="utf-8"))
    assert not any("$120" in m or "2%" in m or "3%" in m or "$60" in m or "in 2026" in m for m in found)


def test_a_statistic_on_a_guide_still_needs_a_source() -> None:
    assert any("$1,900" in m for m in cit001(GUIDE.read_text(encoding="utf-8")))


def test_the_same_rules_outside_a_guide_need_a_source() -> None:
    text = GUIDE.read_text(encoding="utf-8")
    for you in ("If you park in a permit zone without a permit, you may find a penalty notice on your windscreen.",
                "You will still need a visitor permit for your guests if you pay the penalty."):
        text = text.replace(you, "Many drivers park in the zones each year.")
    assert any("$120" in m or "2%" in m or "$60" in m for m in cit001(text))


def test_a_rule_is_read_from_its_terms_not_from_any_figure() -> None:
    assert states_rule("The fee in 2026 is 2% of your income or $120, whichever is higher.", "$120")
    assert not states_rule("The average cost of a year of street parking is $1,900.", "$1,900")


def test_a_change_or_a_share_of_people_is_a_statistic_not_a_rule() -> None:
    assert not states_rule("The minimum fee rose 30% in 2025.", "30%")
    assert not states_rule("About 40% of applicants are eligible for the credit.", "40%")
    assert states_rule("Households earning up to $40,000 are eligible for the credit.", "$40,000")
