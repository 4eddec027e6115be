"""CON004's event identity: a death told of a bare surname that a father and his son share, or of "he" / "his
death" right after a sentence that brings in someone's kin, is no one person's for certain, so two such deaths
are not one event given two dates (``fixtures/articles/kin-deaths-father-and-son.md``)."""

from __future__ import annotations

from pathlib import Path

import auditor
from auditor.compare.subjects import Mentions
from tests.conftest import FIXTURES

FIXTURE = FIXTURES / "articles" / "kin-deaths-father-and-son.md"


def _rules(text: str, tmp_path: Path) -> list[str]:
    page = tmp_path / "page.md"
    page.write_text(text, encoding="utf-8")
    return [f.rule for f in auditor.audit_path(str(page)).findings]


def test_father_and_son_deaths_are_not_one_event() -> None:
    findings = auditor.audit_path(str(FIXTURE)).findings
    assert not [f for f in findings if f.rule == "CON004"]


def test_a_shared_surname_names_no_one_for_certain() -> None:
    texts = ["Jacob Harter built the mill in 1832.", "Daniel Harter kept its books.", "Harter died in 1851."]
    assert Mentions(texts).shared("harter")
    assert not Mentions(texts[::2]).shared("harter")  # only Jacob: "Harter" is him


def test_one_persons_two_death_dates_still_conflict(tmp_path: Path) -> None:
    text = (
        "# Settlers\n\nJacob Harter built the first grist mill on the creek in 1832. His son Daniel was born there."
        " Harter died in 1851.\n\nThe mill passed to a cousin, and a sawmill was added. Harter died in 1853,"
        " records of the county say.\n"
    )
    assert "CON004" in _rules(text, tmp_path)


def test_he_after_a_sentence_of_his_son_is_not_the_father(tmp_path: Path) -> None:
    text = (
        "# Settlers\n\nJacob Harter built the first grist mill on the creek in 1832. Jacob Harter died in 1851.\n\n"
        "His son Daniel took over the mill and added a sawmill in 1860. He died in 1879, and the mill passed on.\n"
    )
    assert "CON004" not in _rules(text, tmp_path)
    assert "CON004" in _rules(text.replace("His son Daniel took", "The family took"), tmp_path)
