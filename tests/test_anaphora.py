"""An attribution that points back at a source just named (auditor.anaphora), and a list item that is only a
lead-in (scope rule 5)."""

from __future__ import annotations

import auditor

NAMED = "* The operator has asked a higher court to overturn the ruling, according to the Harbour Gazette.\n"
LEAD = "* According to the report:\n"
ITEMS = "* The tribunal ordered refunds of 4.2 million euros to season-ticket holders in March.\n"


def unsourced(text: str) -> list[str]:
    report = auditor.audit_text(text, "markdown")
    claims = {c.id: c.text for c in report.claims}
    return [claims[f.claim] for f in report.findings if f.rule == "CIT001" and f.claim]


def test_the_report_after_a_named_source_is_that_source() -> None:
    assert unsourced(NAMED + LEAD + ITEMS) == []


def test_the_report_with_no_source_before_it_stays_vague() -> None:
    assert unsourced(LEAD + ITEMS) == [ITEMS[2:-1]]


def test_an_indefinite_report_stays_vague() -> None:
    assert unsourced(NAMED + "* According to a report:\n" + ITEMS) == [ITEMS[2:-1]]


def test_a_source_named_further_back_is_not_pointed_at() -> None:
    gap = "* The ferry runs six times a day in summer.\n* Its crews work in two shifts.\n"
    assert unsourced(NAMED + gap + LEAD + ITEMS) == [ITEMS[2:-1]]


def test_a_long_item_that_ends_with_a_colon_is_no_lead_in() -> None:
    long = "* According to the report, which the paper published after a long inquiry into the fares:\n"
    assert unsourced(NAMED + long + ITEMS) == [ITEMS[2:-1]]
