"""A claim about what something owns ("the company's parent") is not a claim about that thing (CON003, CON005).

Every sentence here is invented for the test."""

from __future__ import annotations

import pytest

import auditor


def con(first: str, second: str) -> list[str]:
    text = f"{first}\n\nThe weather in the region was mild that spring.\n\n{second}"
    report = auditor.audit_text(text, input_format="text", source="test")
    return [f.rule for f in report.findings if f.rule.startswith("CON")]


@pytest.mark.parametrize(
    ("first", "second", "rules"),
    [
        ("The Lydd company is not based in Leeds.", "The Lydd company's parent is based in Leeds.", []),
        ("The Lydd company's parent is based in Leeds.", "The Lydd company is not based in Leeds.", []),
        ("The Lydd company is not based in Leeds.", "The Lydd company is based in Leeds.", ["CON005"]),
        ("The Lydd company's parent is not based in Leeds.", "The Lydd company's parent is based in Leeds.", ["CON005"]),
    ],
)
def test_a_possessive_names_another_subject(first: str, second: str, rules: list[str]) -> None:
    assert con(first, second) == rules
