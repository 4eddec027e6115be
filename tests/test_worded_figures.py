"""Figures written in words need a source where the same figures in digits do (auditor.sourcing.worded_figures),
and a fact sheet's goal is the issuer's own (auditor.genres.fact_sheet)."""

from __future__ import annotations

import auditor
from auditor.article import analyse
from auditor.checks.unsourced import unsourced_needs
from auditor.sourcing.worded_figures import worded_figures


def _needs(text: str) -> list[str]:
    return [n.evidence for _, n in unsourced_needs(analyse(auditor.load_document(text, input_format="text")))]


PAIRS = (
    ("Twenty-one million people are refugees and the number continues to rise.", "21 million people are refugees and the number continues to rise."),
    ("Nearly half of all adults in Britain were overweight in 2019.", "Nearly 50% of all adults in Britain were overweight in 2019."),
    ("Two in five adults in Britain were overweight in 2019.", "40% of adults in Britain were overweight in 2019."),
    ("Seven thousand workers at Dunmore Mills lost their jobs last year.", "7,000 workers at Dunmore Mills lost their jobs last year."),
)


def test_a_figure_in_words_needs_a_source_where_the_digits_do() -> None:
    for words, digits in PAIRS:
        assert _needs(f"Notes\n\n{digits}\n"), digits
        assert _needs(f"Notes\n\n{words}\n"), words


def test_small_counts_and_parts_of_one_thing_in_words_are_no_statistics() -> None:
    assert worded_figures("The team has two members and three dogs.") == []
    assert worded_figures("The walk took half of an hour.") == []
    assert worded_figures("In the second half of 1918 the yard built four ships.") == []
    assert worded_figures("The region spans the southern half of the coast.") == []
    assert worded_figures("Across the country nearly half of all adults smoke.") == ["nearly half"]
    assert worded_figures("It is a one in a million chance.") == []
    assert worded_figures("Two in five adults walk to work.") == ["Two in five adults"]
    assert worded_figures("A third of the budget went to roads.") == ["A third"]


GOAL = "Today, the Ministry of Energy is announcing a goal of putting heat pumps in {} homes by 2031."


def _goal_needs(title: str, figure: str) -> list[str]:
    text = f"---\ntitle: '{title}'\ndate: 2025-02-01\n---\n\n{GOAL.format(figure)}\n"
    return [n.evidence for _, n in unsourced_needs(analyse(auditor.load_document(text, input_format="markdown")))]


def test_a_fact_sheets_goal_is_its_own_in_words_and_digits() -> None:
    for figure in ("one million", "1 million"):
        assert _goal_needs("FACT SHEET: Heat pumps for every town", figure) == []
        assert _goal_needs("What the heat pump plan means for towns", figure) != []
