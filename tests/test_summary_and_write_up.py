"""A summary whose facts the article cites elsewhere (auditor.sourcing.summary), and a study write-up whose
study is named further on in its item (auditor.sourcing.write_up), as CIT001 reads them."""

from __future__ import annotations

import auditor
from auditor.article import analyse
from auditor.checks.unsourced import unsourced_needs


def _flagged(text: str, fmt: str = "markdown") -> list[str]:
    return [c.text for c, _ in unsourced_needs(analyse(auditor.load_document(text, input_format=fmt)))]


LEAD = "The Harbour Rowing Club was founded by dock workers in 1881, moved to the old boathouse in 1907 and won its first regatta in 1912."
BODY = (
    "## History\n\n"
    "The rowing club was founded in 1881 by dock workers from the harbour yards.[^1]\n\n"
    "In 1907 the club moved to the old boathouse by the canal.[^2]\n\n"
    "The first regatta the club won came in 1912, on the river course.[^3]\n\n"
    "[^1]: Harbour Gazette, 3 May 1881.\n[^2]: Canal Trust minutes, 1907.\n[^3]: Regatta results book, 1912.\n"
)


def test_a_lead_whose_dates_the_body_cites_is_covered() -> None:
    assert _flagged(f"{LEAD}\n\n{BODY}") == []


def test_a_lead_whose_dates_the_body_does_not_cite_stays_unsourced() -> None:
    uncited = BODY.replace(".[^1]", ".").replace(".[^2]", ".").replace(".[^3]", ".")
    assert LEAD in _flagged(f"{LEAD}\n\n{uncited}")


def test_a_date_cited_on_another_subject_does_not_cover() -> None:
    other = (
        "## Notes\n\nA new bridge over the canal opened in 1881 for carts.[^1]\n\n"
        "The town hall clock was installed in 1907 by a Leeds maker.[^2]\n\n"
        "[^1]: Bridge records.\n[^2]: Council minutes.\n"
    )
    assert LEAD in _flagged(f"{LEAD}\n\n{other}")


def test_most_of_the_dates_must_be_cited() -> None:
    one = BODY.replace(".[^2]", ".").replace(".[^3]", ".")
    assert LEAD in _flagged(f"{LEAD}\n\n{one}")


PERSON = "Anna Vell (March 2, 1901 – June 9, 1962)[^1] was a Danish glass maker.\n\n"
NOTE = "\n\n[^1]: Danish glass archive, entry on Anna Vell.\n"


def test_an_age_at_death_that_follows_from_a_cited_lifespan_is_covered() -> None:
    assert _flagged(f"{PERSON}She opened her own workshop in Aarhus in 1931 with six glass blowers.[^1] Anna Vell died at age 61.{NOTE}") == []
    assert _flagged(f"{PERSON}She retired to the coast and died aged 60.{NOTE}") == []


def test_an_age_at_death_with_no_cited_lifespan_or_another_age_stays_unsourced() -> None:
    died = "Anna Vell died at age 61."
    assert died in _flagged(f"Anna Vell (1901 – 1962) was a Danish glass maker. {died}\n")
    wrong = "Anna Vell died at age 45."
    assert wrong in _flagged(f"{PERSON}{wrong}{NOTE}")


BRIEF = (
    "Science in brief\n\n"
    "Experiments on rats conducted at Dover have shown that breathing Argon gas could limit the extent of muscle loss after a serious fall.\n\n"
    "Muscle loss after a fall continues for weeks, and few treatments slow it.\n\n"
    "Rats given cold water baths kept more muscle than the control group. The research builds on earlier experiments "
    "that showed cold slowed the loss of muscle cells in the lab.\n\n"
)


def test_a_study_write_up_is_covered_by_the_study_it_names_further_on() -> None:
    named = BRIEF + "The group's findings, published in the journal *Muscle Repair Letters*, may lead to trials in people.\n"
    assert _flagged(named, "markdown") == []


def test_a_science_brief_naming_no_study_stays_unsourced() -> None:
    unnamed = BRIEF + "The group hopes to run trials in people next year.\n"
    flagged = _flagged(unnamed, "markdown")
    assert any(t.startswith("Experiments on rats") for t in flagged)
    assert any(t.startswith("The research builds on") for t in flagged)


def test_a_study_named_under_another_heading_or_subject_does_not_cover() -> None:
    other = BRIEF + "## Space\n\nA telescope study was published in the journal *Sky Letters* this week.\n"
    assert any(t.startswith("Experiments on rats") for t in _flagged(other, "markdown"))
    apart = BRIEF + "Elsewhere, a comet passed close to the sun in June.\n\nA paper on comets was published in *Orbit Letters*.\n"
    assert any(t.startswith("Experiments on rats") for t in _flagged(apart, "markdown"))


def test_a_publication_month_is_no_venue() -> None:
    dated = BRIEF + "The group's findings were published in March and may lead to trials in people.\n"
    assert any(t.startswith("Experiments on rats") for t in _flagged(dated, "markdown"))
