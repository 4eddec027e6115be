"""The rule catalogue: codes valid and unique, docs complete, and every documented example true.

Examples are written on one line in the docstring; `` | `` stands for a line break.
"""

from __future__ import annotations

import re

import pytest

import auditor
from auditor.checks import CODE, NAME, Rule, all_rules, get_rule, rule

RULES = all_rules()
SPEC_CATALOGUE = {
    "CIT001": "missing-citation",
    "CIT002": "placeholder-citation",
    "CIT003": "empty-citation",
    "CIT004": "dangling-reference",
    "CIT005": "stripped-citation",
    "CIT006": "mismatched-anchor",
    "CIT007": "over-cited-source",
    "CIT008": "unlinked-attribution",
    "CIT009": "off-topic-citation",
    "ART001": "repeated-boilerplate",
    "ART002": "page-chrome",
    "ART003": "duplicate-claim",
    "ART004": "missing-date",
}


def as_text(example: str) -> str:
    return example.replace(" | ", "\n").replace("|", "\n")


def rules_found(text: str) -> set[str]:
    return {f.rule for f in auditor.audit_text(as_text(text), source="example").findings}


def test_codes_and_names_are_well_formed_and_unique() -> None:
    assert len({r.code for r in RULES}) == len(RULES)
    assert len({r.name for r in RULES}) == len(RULES)
    for r in RULES:
        assert CODE.match(r.code) and NAME.match(r.name), r


def test_codes_keep_their_names() -> None:
    """Codes are permanent: the SPEC's catalogue never changes meaning."""
    registered = {r.code: r.name for r in RULES}
    for code, name in SPEC_CATALOGUE.items():
        assert registered.get(code) == name


@pytest.mark.parametrize("r", RULES, ids=[r.code for r in RULES])
def test_rule_is_documented(r: Rule) -> None:
    assert r.summary and not r.summary.startswith(("Flagged", "Clean"))
    assert r.examples("Flagged") and r.examples("Clean")


@pytest.mark.parametrize("r", [r for r in RULES if not r.network], ids=[r.code for r in RULES if not r.network])
def test_flagged_examples_are_flagged(r: Rule) -> None:
    for example in r.examples("Flagged"):
        assert r.code in rules_found(example), f"{r.code} should flag: {example}"


@pytest.mark.parametrize("r", [r for r in RULES if not r.network], ids=[r.code for r in RULES if not r.network])
def test_clean_examples_are_clean(r: Rule) -> None:
    for example in r.examples("Clean"):
        assert r.code not in rules_found(example), f"{r.code} should not flag: {example}"


def test_registering_a_bad_or_duplicate_code_fails() -> None:
    def check(article: object) -> list[object]:
        """Doc.

        Flagged: x
        Clean: y
        """
        return []

    with pytest.raises(ValueError, match="family prefix"):
        rule("XYZ001", "some-name", "info")(check)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="kebab-case"):
        rule("CIT990", "Not_Kebab", "info")(check)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="twice"):
        rule("CIT001", "another-name", "info")(check)  # type: ignore[arg-type]


def test_get_rule_by_code_or_name() -> None:
    assert get_rule("cit002") is get_rule("placeholder-citation") is not None
    assert get_rule("NOPE999") is None


def test_rule_docs_name_no_private_data() -> None:
    """Examples are invented: no rule doc may carry a real outlet's article URL path with an ID in it."""
    for r in RULES:
        assert not re.search(r"https?://\S+/\d{7,}", r.doc), r.code
