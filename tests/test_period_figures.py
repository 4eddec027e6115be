"""A period's figure written as a possessive, a total or a Markdown table row against the same figure told plainly
(auditor.compare.periods, auditor.compare.tables, reported as CON003), and a level its subject has in a claim that
tells an event (auditor.compare.figures). Every sentence here is invented for the test."""

from __future__ import annotations

import pytest

from tests.conflicts import Conflict, conflicts

FILLER = "The volunteers were thanked at the end of the evening."


def con003(*paragraphs: str) -> list[Conflict]:
    return conflicts("CON003", *paragraphs)


@pytest.mark.parametrize(
    ("plain", "stated", "values"),
    [
        ("The Corran gallery welcomed 31,000 visitors last year.", "Last year's 36,000 visitors came in record numbers.",
         ["31,000", "36,000"]),
        ("The Brisk Film Festival screened 140 films in 2023.", "The 2023 total of 175 films was its largest yet.", ["140", "175"]),
        ("The hockey club registered 64 players this season.", "This season's 80 players share two pitches.", ["64", "80"]),
        ("In 2022 the appeal had 2,300 donors.", "2022's 2,900 donors gave more than ever.", ["2,300", "2,900"]),
    ],
)
def test_con003_flags_a_period_figure_told_two_ways(plain: str, stated: str, values: list[str]) -> None:
    assert con003(plain, FILLER, stated) == [("c3", ("c1",), values)]


@pytest.mark.parametrize(
    ("plain", "stated"),
    [
        # the same value, or a rounding of it
        ("The Corran gallery welcomed 31,000 visitors last year.", "Last year's 31,000 visitors came in record numbers."),
        ("The Corran gallery welcomed 31,240 visitors last year.", "Last year's 31,000 visitors came in record numbers."),
        # another period, a forecast, a bound, a part
        ("The Corran gallery welcomed 31,000 visitors last year.", "This year's 36,000 visitors came in record numbers."),
        ("The Corran gallery welcomed 31,000 visitors last year.", "Next year's 36,000 visitors will need more guides."),
        ("The Corran gallery expects 36,000 visitors this year.", "This year's 31,000 visitors came in record numbers."),
        ("The Corran gallery welcomed about 31,000 visitors last year.", "Last year's 36,000 visitors came in record numbers."),
        ("The gallery welcomed 31,000 visitors from abroad last year.", "Last year's 36,000 visitors came in record numbers."),
        ("The Corran gallery welcomed 31,000 visitors last year.", "Last year's 36,000 visitors from schools were a record."),
        ("The gallery welcomed 31,000 adult visitors last year.", "Last year's 36,000 visitors came in record numbers."),
        # another subject
        ("The Corran gallery welcomed 31,000 visitors last year.", "The Dunlin museum's 36,000 visitors came last year."),
        ("The Corran gallery welcomed 31,000 visitors last year.", "Last year's 36,000 visitors to Dunlin were a record."),
    ],
)
def test_con003_leaves_other_period_figures_alone(plain: str, stated: str) -> None:
    assert con003(plain, FILLER, stated) == []


def test_two_plain_values_are_left_to_the_figure_comparer() -> None:
    found = con003(
        "The Corran gallery welcomed 31,000 visitors last year.",
        "The Corran gallery welcomed 33,000 visitors last year, its director said.",
        "Last year's 36,000 visitors came in record numbers.",
    )
    assert all(c[2] != ["31,000", "36,000"] and c[2] != ["33,000", "36,000"] for c in found)


def _table(rows: str, body: str) -> list[list[str]]:
    import auditor

    markdown = f"# Annual review\n\n{body}\n\n{rows}\n\n{FILLER}\n"
    report = auditor.audit_text(markdown, input_format="markdown", source="test")
    return [[str(v) for v in f.evidence["values"]] for f in report.findings if f.rule == "CON003"]


@pytest.mark.parametrize(
    ("rows", "body", "found"),
    [
        ("| Measure | 2024 |\n| --- | --- |\n| Members | 420 |\n| Coaches | 12 |", "The club had 380 members in 2024.",
         [["380", "420"]]),
        ("| What | Count |\n| --- | --- |\n| Members | 420 |\n| Coaches | 12 |", "The club has 380 members.", [["380", "420"]]),
        ("| Measure | 2023 | 2024 |\n| --- | --- | --- |\n| Members | 350 | 420 |", "The club had 380 members in 2024.",
         [["380", "420"]]),
        # consistent, another year, another column, a label that narrows
        ("| Measure | 2024 |\n| --- | --- |\n| Members | 380 |", "The club had 380 members in 2024.", []),
        ("| Measure | 2023 | 2024 |\n| --- | --- | --- |\n| Members | 350 | 380 |", "The club had 380 members in 2024.", []),
        ("| Measure | 2023 |\n| --- | --- |\n| Members | 420 |", "The club had 380 members in 2024.", []),
        ("| Measure | Target | Actual |\n| --- | --- | --- |\n| Members | 420 | 380 |", "The club has 380 members.", []),
        ("| What | Count |\n| --- | --- |\n| Junior members | 420 |", "The club has 380 members.", []),
    ],
)
def test_con003_reads_a_table_row_against_the_body(rows: str, body: str, found: list[list[str]]) -> None:
    assert _table(rows, body) == found


@pytest.mark.parametrize(
    ("level", "event", "values"),
    [
        ("Calder Water employs 1,900 people.", "The utility's 1,600 employees will receive a pay rise from May.", ["1,900", "1,600"]),
        ("Brenn Foods employs 2,100 staff.", "Its 2,400 staff will get a pay rise in June.", ["2,100", "2,400"]),
    ],
)
def test_con003_reads_an_owned_level_in_a_claim_that_tells_a_change(level: str, event: str, values: list[str]) -> None:
    assert con003(level, FILLER, event) == [("c3", ("c1",), values)]


@pytest.mark.parametrize(
    ("level", "event"),
    [
        ("Calder Water employs 1,900 people.", "The utility's 1,900 employees will receive a pay rise from May."),
        # the change is the noun, or the level is of another year
        ("Calder Water employs 1,900 people.", "The utility's 300 job cuts will fall in May."),
        ("Calder Water employs 1,900 people.", "The utility's 1,600 employees in 2015 received a pay rise."),
    ],
)
def test_con003_leaves_owned_levels_that_agree_or_differ_in_kind_alone(level: str, event: str) -> None:
    assert con003(level, FILLER, event) == []
