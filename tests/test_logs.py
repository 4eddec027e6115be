"""CON003 and logs: sections labelled with two periods report two times (auditor.compare.logs)."""

from __future__ import annotations

import datetime

import auditor
from auditor.article import analyse
from auditor.compare.logs import section_periods
from auditor.load import load_document

LOG = (
    "**March 2022:** A wet month.\n\nThe reservoir held 41,000 cubic metres at the month's end.\n\n"
    "**April 2022:** A dry month.\n\nThe reservoir held 36,500 cubic metres at the month's end.\n"
)


def _con003(text: str) -> list[str]:
    return [f.message for f in auditor.audit_text(text, input_format="markdown").findings if f.rule == "CON003"]


def test_each_claim_takes_its_sections_period() -> None:
    periods = section_periods(analyse(load_document(LOG, "markdown")))
    assert sorted({p[0] for p in periods.values()}) == [datetime.date(2022, 3, 1), datetime.date(2022, 4, 1)]
    assert len(periods) == 4


def test_two_periods_figures_are_not_compared() -> None:
    assert _con003(LOG) == []


def test_one_periods_two_figures_still_conflict() -> None:
    same = LOG.replace("**April 2022:** A dry month.", "**March 2022, continued:** More rain.")
    assert len(_con003(same)) == 1


def test_headings_set_the_period_and_a_plain_heading_ends_it() -> None:
    text = (
        "## May 2019\n\nThe shop on Mill Road sold 300 loaves of rye bread.\n\n"
        "## Outlook\n\nThe shop on Mill Road hopes to sell more rye bread next year.\n"
    )
    periods = section_periods(analyse(load_document(text, "markdown")))
    assert list(periods) == [0]


def test_labels_that_are_not_periods_set_none() -> None:
    text = "Basic plan: 5 GB of storage for 40 users.\n\nFamily plan: 50 GB of storage for 6 users.\n"
    assert section_periods(analyse(load_document(text, "markdown"))) == {}
