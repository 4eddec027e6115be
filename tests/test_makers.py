"""Two makers of one named thing (auditor.compare.makers, reported as CON006).

Every sentence here is invented for the test."""

from __future__ import annotations

import pytest

import auditor
from auditor.article import analyse
from auditor.compare.makers import maker_conflicts
from auditor.compare.pairing import pairing
from tests.conflicts import Conflict, conflicts


def con006(*sentences: str) -> list[Conflict]:
    return conflicts("CON006", *sentences)


@pytest.mark.parametrize(
    ("first", "second", "values"),
    [
        (
            "Dust Road is a 1931 American drama film directed by Ada Kerr and starring Tom Vale.",
            "The film was directed by Paul Smith.",
            ["Ada Kerr", "Paul Smith"],
        ),
        (
            "Vale is a lunar crater named after the geologist Anna Vale.",
            "The crater is named after Arctic explorer Ernest Brook.",
            ["Anna Vale", "Ernest Brook"],
        ),
        # a title that is no plain name stands as written; "the film" for a "documentary film"
        (
            "= Long Road: The Untold, True Story of Dust! is a 2008 documentary film about road movies.",
            "The film was directed by Paul Smith, who interviewed forty actors.",
            ["Paul Smith", "Tom Vale"],
        ),
        (
            "The Harrow Stone Bridge, a listed structure, was designed by Mira Olsen.",
            "The Harrow Stone Bridge was designed by the engineer Karl Weiss in 1902.",
            ["Mira Olsen", "Karl Weiss"],
        ),
    ],
)
def test_con006_flags_one_thing_given_two_makers(first: str, second: str, values: list[str]) -> None:
    if values[1] == "Tom Vale":  # the title's own claim names no maker: the two "the film" claims conflict
        found = con006(first, second, "The film was directed by Tom Vale.")
        assert found == [("c3", ("c2",), values)]
        return
    assert con006(first, "It was well received at the time.", second) == [("c3", ("c1",), values)]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # one of the makers named alone
        ("Dust Road is a 1931 film written and directed by Ada Kerr and Paul Smith.", "The film was directed by Paul Smith."),
        # another verb: a writer is no director
        ("Dust Road is a 1931 film directed by Ada Kerr.", "The film was written by Paul Smith."),
        # the verb is said of the novel, not the film
        ("Dust Road is a 1931 film adaptation of the novel written by Ada Kerr.", "The film was written by Paul Smith."),
        # "the film" when the article describes two films
        ("Dust Road is a 1931 film directed by Ada Kerr.", "Cold Creek is a 1933 film directed by Tom Vale. The film was directed by Paul Smith."),
        # "and others": the list is not complete
        ("Dust Road is a 1931 film directed by Ada Kerr.", "The film was directed by Paul Smith and others."),
        # two things
        ("The Harrow Bridge was designed by Mira Olsen.", "The Felling Bridge was designed by Karl Weiss."),
    ],
)
def test_con006_leaves_co_makers_other_verbs_and_other_things_alone(first: str, second: str) -> None:
    assert con006(first, "It was well received at the time.", second) == []


def test_maker_conflicts_pair_each_later_claim_with_the_earlier_ones() -> None:
    text = (
        "Dust Road is a 1931 film directed by Ada Kerr.\n\n"
        "The film was directed by Paul Smith.\n\n"
        "Dust Road was directed by Ada Kerr, the studio said."
    )
    found = maker_conflicts(pairing(analyse(auditor.load_document(text, input_format="text"))))
    assert [(a.claim, b.claim, a.verb) for a, b in found] == [(0, 1, "directed"), (1, 2, "directed")]
