"""CON004: a relative year pinned by a year it is not, by the article's date (auditor.compare.relative_years)."""

from __future__ import annotations

import datetime

import auditor
from auditor.compare.relative_years import pinned_year_conflicts

DAY = datetime.date(2022, 4, 12)


def _years(text: str, day: datetime.date | None = DAY, source: str | None = "front-matter:date") -> list[tuple[int, int]]:
    return [(p.written, p.meant) for p in pinned_year_conflicts([text], day, source)]


def test_a_relative_year_against_its_number() -> None:
    assert _years("Membership fell last year (2020).") == [(2020, 2021)]
    assert _years("Next year (2022) the hall reopens.") == [(2022, 2023)]
    assert _years("This year's (2019) show was cancelled.") == [(2019, 2022)]


def test_years_that_agree_are_quiet() -> None:
    assert _years("Membership fell last year (2021), and this year (2022) it recovered; next year (2023) it may grow.") == []


def test_a_date_near_the_turn_of_the_year_allows_both_years() -> None:
    assert _years("Sales rose this year (2021).", datetime.date(2022, 1, 3)) == []
    assert _years("Sales rose this year (2020).", datetime.date(2022, 1, 3)) == [(2020, 2022)]


def test_spans_words_and_no_brackets_are_not_read() -> None:
    assert _years("Last year (2017-18) was a wet season.") == []
    assert _years("Last year (the 2017 model) sold well.") == []
    assert _years("Last year, 2000 people came.") == []


def test_no_day_or_a_last_changed_date_reads_nothing() -> None:
    assert _years("Membership fell last year (2020).", None) == []
    assert _years("Membership fell last year (2020).", DAY, "front-matter:lastmod") == []
    assert _years("Membership fell last year (2020).", DAY, "text:last-updated") == []


def test_quoted_claims_are_skipped() -> None:
    assert list(pinned_year_conflicts(["Membership fell last year (2020)."], DAY, None, frozenset({0}))) == []


def test_the_audit_reports_it_once_with_both_years() -> None:
    text = "---\ndate: 2019-03-10\n---\n\nThe bakery sold 4,000 loaves last year (2017), its owner said.\n"
    hits = [f for f in auditor.audit_text(text, input_format="markdown").findings if f.rule == "CON004"]
    assert len(hits) == 1
    assert "last year was 2018, not 2017" in hits[0].message
    undated = "The bakery sold 4,000 loaves last year (2017), its owner said.\n"
    assert not [f for f in auditor.audit_text(undated).findings if f.rule == "CON004"]
