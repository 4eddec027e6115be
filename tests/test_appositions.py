"""An apposition after a name describes it and is not part of what a statement says (auditor.compare.statements).

Every sentence here is invented for the test."""

from __future__ import annotations

import auditor
from auditor.compare.statements import normalise, statement


def keys(text: str) -> list[str]:
    return statement(normalise(text)).keys


def test_an_indefinite_description_after_a_name_is_left_out() -> None:
    assert keys("The tale opens with Rufus, a large and shaggy Old English Sheepdog, living on a farm.") == keys(
        "The tale opens with Rufus living on a farm."
    )


def test_a_clause_between_commas_after_a_common_word_or_a_date_word_stays() -> None:
    assert "arrest" in keys("In the spring, a man from Leeds, was arrested at the farm.")
    assert "man" in keys("Yesterday, a man was seen, the police said.")


def test_con005_compares_a_claim_with_an_apposition_against_one_without() -> None:
    report = auditor.audit_text(
        "The tale opens with Rufus, a large and shaggy Old English Sheepdog, living happily on a farm in Kent.\n\n"
        "The farmer keeps sheep.\n\n"
        "Rufus is living unhappily on a farm in Kent.",
        input_format="text",
        source="test",
    )
    assert [(f.rule, f.claim, f.related) for f in report.findings if f.rule.startswith("CON")] == [
        ("CON005", "c3", ("c1",))
    ]


def test_a_negation_inside_an_apposition_denies_nothing_of_the_subject() -> None:
    report = auditor.audit_text(
        "Rufus, a dog that never barks, guards the farm in Kent every night.\n\n"
        "The farmer keeps sheep.\n\n"
        "Rufus guards the farm in Kent every night.",
        input_format="text",
        source="test",
    )
    assert [f.rule for f in report.findings if f.rule.startswith("CON")] == []
