"""A comparison told both ways round, and a share of a narrower whole (CON005, CON003).

"A has smaller classes than B" and "B has larger classes than A" say one thing; "30% of the adults who were
disabled" is a share of a part of "the adult population". Every sentence here is invented for the test."""

from __future__ import annotations

import pytest

import auditor


def con_rules(*paragraphs: str) -> list[str]:
    report = auditor.audit_text("\n\n".join(paragraphs), input_format="text", source="test")
    return sorted(f.rule for f in report.findings if f.rule.startswith("CON"))


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        # the converse: the same comparison from the other side
        ("The schools have smaller classes than the city schools in the county survey.",
         "The city schools have larger classes than the rural schools.", []),
        # a comparison against another thing
        ("The rural schools have smaller classes than the city schools.",
         "The rural schools have larger classes than the private schools.", []),
        # one comparison and its opposite
        ("The rural schools have smaller classes than the city schools.",
         "The rural schools have larger classes than the city schools.", ["CON005"]),
    ],
)
def test_a_comparison_is_denied_only_against_the_same_thing(first: str, second: str, expected: list[str]) -> None:
    assert con_rules(first, second) == expected


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        ("The 6.1 million adults who had never voted made up 14% of the adult population.",
         "The 2.2 million unemployed adults who had never voted made up 35% of the adult population who were unemployed.", []),
        ("About 14% of the adult population who were unemployed had never voted in 2023.",
         "About 35% of the adult population who were unemployed had never voted in 2023.", ["CON003"]),
    ],
)
def test_a_share_of_a_narrower_whole_is_another_quantity(first: str, second: str, expected: list[str]) -> None:
    assert con_rules(first, second) == expected
