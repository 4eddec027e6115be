"""A claim that calls an outcome for people lucky when it was bad, or unlucky when it was good
(auditor.compare.fortunes, reported as CON005). Every sentence here is invented for the test."""

from __future__ import annotations

import pytest

from auditor.compare.fortunes import find_fortune
from tests.conflicts import conflicts


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("The hikers were unfortunate enough to come away from the storm alive.", ("unfortunate", "alive")),
        ("Unfortunately, no one was hurt in the Lydd fire.", ("Unfortunately", "no one was hurt")),
        ("Fortunately, four passengers were killed in the crash.", ("Fortunately", "killed")),
        ("Sadly, all 150 passengers survived the crash.", ("Sadly", "survived")),
        ("Tragically, the crew were rescued unharmed.", ("Tragically", "rescued")),
    ],
)
def test_find_fortune_reads_a_word_of_fortune_against_its_outcome(text: str, read: tuple[str, str]) -> None:
    found = find_fortune(0, text)
    assert found is not None and (found.word, found.outcome) == read and found.lucky != found.good


@pytest.mark.parametrize(
    "text",
    [
        "Fortunately, no one was hurt in the Lydd fire.",  # luck and a good outcome agree
        "The hikers were lucky enough to survive the storm.",
        "Unfortunately, three people were killed in the crash.",
        "Unfortunately, the gunman survived.",  # whose outcome, good for whom?
        "Luckily, only two people were hurt.",  # a matter of degree
        "Fortunately, the passengers were nearly killed.",
        "Mercifully, she died in her sleep.",  # a death may be a mercy
        "Sadly, he survived his wife by ten years.",  # she died
        "Fortunately, they were not injured.",  # a negator: left alone
        "She was lucky to be alive.",
        "Fortunately, the injured were taken to hospital.",  # "the injured" names people, says nothing befell them
        "Thankfully, rescuers reached the injured passengers quickly.",
    ],
)
def test_find_fortune_leaves_what_agrees_or_cannot_be_told(text: str) -> None:
    assert find_fortune(0, text) is None


def test_con005_flags_the_claim_on_its_own() -> None:
    found = conflicts(
        "CON005",
        "Firefighters took 40 residents from their homes by boat.",
        "The residents were unfortunate enough to come away from the flood alive.",
        "Fortunately, no one was hurt when the mill wall fell.",
    )
    assert found == [("c2", (), ["misfortune", "a good outcome"])]


def test_con005_reads_no_claim_with_a_negator() -> None:
    assert conflicts("CON005", "Unfortunately, the residents were not hurt and came away alive.") == []


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Luckily, the blast killed dozens of people.", ["good fortune", "a bad outcome"]),
        ("Sadly, everyone on board was rescued.", ["misfortune", "a good outcome"]),
        ("Unfortunately, nobody was injured in the explosion.", ["misfortune", "a good outcome"]),
        ("The villagers were unlucky enough to escape the flood unharmed.", ["misfortune", "a good outcome"]),
    ],
)
def test_con005_reads_fortune_and_outcome_in_other_words(text: str, values: list[str]) -> None:
    assert conflicts("CON005", "The town is quiet in winter.", text) == [("c2", (), values)]
