"""How many times one subject did one thing, said twice (auditor.compare.frequencies, reported as CON003). Every
sentence here is invented for the test."""

from __future__ import annotations

import pytest

import auditor


def con003(*sentences: str) -> list[str]:
    report = auditor.audit_text("\n\n".join(sentences), input_format="text", source="test")
    return [f.rule for f in report.findings if f.rule == "CON003"]


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("The Kelso Rovers have won the county cup twice.", "The Kelso Rovers won the county cup three times."),
        ("Ada Brennan climbed the north face of Ben Torr four times.", "Ada Brennan climbed the north face of Ben Torr twice, in winter."),
        ("Mara Lind has crossed the Skerry Channel 3 times.", "Mara Lind has crossed the Skerry Channel 5 times."),
    ],
)
def test_two_counts_of_one_act_are_flagged(one: str, other: str) -> None:
    assert con003(one, "The weather was kind that year.", other) == ["CON003"]


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("The Kelso Rovers have won the county cup twice.", "The Kelso Rovers have won the county cup twice."),
        # a run, a multiplier, a rate, another year, another object, another subject
        ("The Kelso Rovers have won the county cup twice in a row.", "The Kelso Rovers won the county cup three times."),
        ("The Kelso Rovers sold the county cup tickets twice as fast.", "The Kelso Rovers sold the county cup tickets three times."),
        ("Ada Brennan climbs the north face of Ben Torr twice a year.", "Ada Brennan climbed the north face of Ben Torr four times."),
        ("The Kelso Rovers won the county cup twice in 1990.", "The Kelso Rovers won the county cup three times."),
        ("The Kelso Rovers have won the county cup twice.", "The Kelso Rovers have won the league title three times."),
        ("The Kelso Rovers have won the county cup twice.", "The Dunmore Rovers have won the county cup three times."),
    ],
)
def test_runs_rates_years_and_other_acts_are_not_flagged(one: str, other: str) -> None:
    assert con003(one, "The weather was kind that year.", other) == []
