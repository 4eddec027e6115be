"""Parenthetical in-text citations (auditor.in_text): author-date and author-page forms cite a named source, so
the claim they close is sourced; what only looks like one (a month, a season, a figure label, a route number, an
author-page form whose author the article does not list) is not. Every sentence here is invented for the test."""

from __future__ import annotations

import pytest

import auditor
from auditor.in_text import in_text_spans


def spans(text: str, listed: frozenset[str] = frozenset()) -> list[str]:
    return [text[s:e] for s, e in in_text_spans(text, 0, len(text), listed)]


@pytest.mark.parametrize(
    "citation",
    [
        "(Okafor, 2019)",
        "(Okafor 2019)",
        "(Okafor, 2019a)",
        "(Okafor, n.d.)",
        "(Okafor et al., 2019)",
        "(Okafor et al. 2019, p. 14)",
        "(Lindqvist & Moreau, 2021)",
        "(Lindqvist and Moreau 2021: 22)",
        "(Lindqvist, Moreau, and Sato, 2021)",
        "(Department of Transport, 2018)",
        "(The Harbour Trust 2018, pp. 3-5)",
        "(van Dijk, 2004)",
        "(O'Neill 1998, 45)",
        "(see Okafor, 2019)",
        "(e.g., Okafor, 2019; Brandt, 2020)",
        "(Okafor 2019; see also Brandt 2020)",
        "(Okafor, 2019, 2021)",
    ],
)
def test_author_date_forms(citation: str) -> None:
    assert spans(f"Ridership fell by a third {citation}.") == [citation]


@pytest.mark.parametrize(
    "aside",
    [
        "(Spring 2019)",
        "(March 2019)",
        "(Figure 3)",
        "(Table 2, 2019)",
        "(founded 1998)",
        "(Founded 1998)",
        "(since 2004)",
        "(2019)",
        "(Route 66)",
        "(about 1,200 people)",
        "(Okafor)",
        "(Okafor, 1200)",
        "(Brandt 112)",
    ],
)
def test_what_only_looks_like_a_citation(aside: str) -> None:
    assert spans(f"Ridership fell by a third {aside}.") == []


def test_an_author_page_citation_needs_the_author_in_the_list_of_works() -> None:
    text = "The mill burned down in 1871 (Brandt 112)."
    assert spans(text) == []
    assert spans(text, frozenset({"brandt"})) == ["(Brandt 112)"]
    assert spans("It closed (Brandt and Moreau 45-47).", frozenset({"brandt"})) == ["(Brandt and Moreau 45-47)"]


ARTICLE = """---
title: The mill on the Tarn
date: 2024-01-02
---

The mill employed 140 workers by 1880 {first}.

The mill burned down in 1871 {second}.

## Works cited

- Brandt, Anna. *A Valley History*. Riverside Press, 1990.
"""


@pytest.mark.parametrize(
    ("first", "second", "loud"),
    [
        ("(Okafor, 1994, p. 12)", "(Brandt 273)", 0),
        ("(Okafor, 1994, p. 12)", "(Sato 273)", 1),  # Sato is not in the list of works
        ("(Spring 1880)", "(Brandt 273)", 1),
    ],
)
def test_the_claim_an_in_text_citation_closes_is_sourced(first: str, second: str, loud: int) -> None:
    report = auditor.audit_text(ARTICLE.format(first=first, second=second), input_format="markdown")
    assert sum(f.rule == "CIT001" for f in report.findings) == loud


def test_the_court_and_year_of_a_case_citation_are_not_an_author_date() -> None:
    assert spans("In **Harlan v. Ridge Water District**, 612 P.2d 88 (Colo. 1980) the court held so.") == []
    assert spans("Harlan v. Ridge (Idaho 1974) held that transfers must not injure users.") == []
