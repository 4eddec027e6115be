"""A count 'on its payroll' or 'in its collection' is all its owner has, not a part of it; and a count marked as a
whole ('all received') is the same whole as the level its subject holds ('employs 2,300'). Sentences invented."""

from __future__ import annotations

import pytest

from auditor import audit_text
from auditor.compare.measures import find_measures

FILLER = "\n\nThe council met on a rainy evening. Residents filled the hall.\n\n"


def con003(first: str, second: str) -> bool:
    return any(f.rule == "CON003" for f in audit_text(first + FILLER + second).findings)


@pytest.mark.parametrize("phrase", ["on its payroll", "in its employ", "on their books", "in its collection"])
def test_a_holding_is_no_restriction(phrase: str) -> None:
    (measure,) = find_measures(0, f"The 1,900 nurses {phrase} received raises.")
    assert measure.restriction == frozenset()


def test_a_part_still_restricts() -> None:
    (measure,) = find_measures(0, "The 310 paintings in its east wing were catalogued.")
    assert measure.restriction


def test_two_staff_counts_in_other_words_conflict() -> None:
    assert con003("Harbor Regional Hospital employs 2,300 nurses.", "The 1,900 nurses on its payroll all received raises.")
    assert con003("Harbor Regional Hospital employs 2,300 nurses.", "The 1,900 nurses on its payroll received raises.")


def test_the_same_count_or_a_part_does_not() -> None:
    assert not con003("Harbor Regional Hospital employs 2,300 nurses.", "The 2,300 nurses on its payroll all received raises.")
    assert not con003("The Dunmore Museum holds 4,800 paintings.", "The 310 paintings in its east wing were all cleaned.")
