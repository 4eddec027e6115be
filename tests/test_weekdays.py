"""A weekday written with a date that falls on another day (auditor.compare.weekdays, reported as CON004).
Every sentence here is invented for the test; the weekdays are those of the Gregorian calendar."""

from __future__ import annotations

import datetime

import pytest

from auditor.compare.weekdays import weekday_conflicts
from tests.conflicts import conflicts

MARCH_8_2024 = datetime.date(2024, 3, 8)


def read(text: str, today: datetime.date | None = MARCH_8_2024, before: str = "") -> list[tuple[str, str, str]]:
    """(weekday written, date read, what was inferred) of each conflict in one claim."""
    body = before + text
    return [(w.written, w.date.isoformat(), w.inferred) for w in weekday_conflicts([text], body, [len(before)], today)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The board met on Tuesday, March 6, 2024, to approve the budget.", ("Tuesday", "2024-03-06", "")),
        ("The board met on Tuesday, 6 March 2024.", ("Tuesday", "2024-03-06", "")),
        ("The board met on Tuesday March 6th, 2024.", ("Tuesday", "2024-03-06", "")),
        ("Doors open Tue 6 Mar 2024 at seven.", ("Tuesday", "2024-03-06", "")),
        ("Doors open Thurs 6 March 2024 at seven.", ("Thursday", "2024-03-06", "")),
        ("The storm reached the coast on Saturday, Dec. 1, 2024.", ("Saturday", "2024-12-01", "")),
        ("The vote was held on Tues., Mar. 6, 2024.", ("Tuesday", "2024-03-06", "")),
        ("Nominations close on Tuesday the 6th of March 2023.", ("Tuesday", "2023-03-06", "")),
        ("The update shipped on Friday, 2025-06-14.", ("Friday", "2025-06-14", "")),
        ("The shop opened on 17 September 2024, a Monday.", ("Monday", "2024-09-17", "")),
        ("The shop opened on September 17, 2024 (a Monday).", ("Monday", "2024-09-17", "")),
        ("The fair is on Sunday 29 February 2024.", ("Sunday", "2024-02-29", "")),
        # the year, or the month and year, from the article's date (8 March 2024)
        ("The pool closed on Tuesday, March 6, for repairs.", ("Tuesday", "2024-03-06", "year")),
        ("Mon 5 Mar: a quiz night at the hall.", ("Monday", "2024-03-05", "year")),
        ("The final will be played on Thursday (15 March).", ("Thursday", "2024-03-15", "year")),
        ("The library reopened on Friday, the 4th, after repairs.", ("Friday", "2024-03-04", "month and year")),
    ],
)
def test_a_weekday_its_date_does_not_fall_on_is_read(text: str, found: tuple[str, str, str]) -> None:
    assert read(text) == [found]


@pytest.mark.parametrize(
    "text",
    [
        "The board met on Wednesday, March 6, 2024, to approve the budget.",
        "Doors open Wed 6 Mar 2024 at seven.",
        "Doors open Weds 6 March 2024 at seven.",
        "The pool closed on Wednesday, March 6, for repairs.",
        "The library reopened on Monday, the 4th, after repairs.",
        "The shop opened on 17 September 2024, a Tuesday.",
        # the weekday is not said of the date
        "Tuesday's vote followed a hearing on March 6, 2024.",
        "The lane is shut Monday to Friday, March 4 to 8.",
        "The lane is shut on Saturday, March 4-8, for resurfacing.",
        "The show runs from next Tuesday to this Sunday, July 2 through July 7.",
        "The fair runs Saturday and Sunday, 9 and 10 March 2024.",
        "The probe lifted off late Monday ET (early Tuesday, March 5 in Tokyo).",
        "On Friday, the 13th anniversary of the flood, residents laid flowers.",
        "On Tuesday, 5 people were hurt in the crash.",
        # a lower-case short form is a verb, and a year before 1924 may be a Julian date
        "The pupils sat 6 March 2024 exams in the hall.",
        "On Friday, 13 October 1307, the king's officers made arrests.",
    ],
)
def test_a_weekday_that_fits_or_is_not_said_of_the_date_is_not_read(text: str) -> None:
    assert read(text) == []


def test_no_year_is_inferred_without_an_article_date_or_far_from_it() -> None:
    assert read("The pool closed on Tuesday, March 6, for repairs.", today=None) == []
    assert read("The pool closed on Tuesday, March 6, for repairs.", today=datetime.date(2024, 8, 20)) == []
    assert read("The library reopened on Friday, the 4th.", today=None) == []


def test_no_year_is_inferred_when_the_text_names_another_year() -> None:
    assert read("The crash of 1929 began on Monday, 29 October, when shares fell.", today=datetime.date(2024, 10, 10)) == []
    before = "The crash began in 1929.\n\n"
    assert read("On Monday, 29 October, shares fell by a tenth.", today=datetime.date(2024, 10, 10), before=before) == []
    # with nothing but the article's year around, the same claim is read
    assert read("On Monday, 29 October, shares fell by a tenth.", today=datetime.date(2024, 10, 10)) == [
        ("Monday", "2024-10-29", "year")
    ]


def test_a_day_alone_is_flagged_only_when_no_month_near_the_article_date_fits() -> None:
    # 3 March 2025 is a Monday; 3 February a Monday; 3 April a Thursday
    today = datetime.date(2025, 3, 10)
    assert read("The library reopened on Tuesday, the 3rd.", today=today) == [("Tuesday", "2025-03-03", "month and year")]
    assert read("The library reopened on Thursday, the 3rd.", today=today) == []  # 3 April is a Thursday
    assert read("The library reopened in March, on Tuesday, the 3rd.", today=today) == []  # a month of its own


def test_the_rule_reports_one_claim_with_the_weekday_and_the_real_one() -> None:
    found = conflicts("CON004", "The council met on Tuesday, March 6, 2024.", "It approved the budget.")
    assert found == [("c1", (), ["Tuesday", "2024-03-06 (Wednesday)"])]
    assert conflicts("CON004", "The council met on Wednesday, March 6, 2024.", "It approved the budget.") == []
