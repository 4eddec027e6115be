"""A question that only frames a statement ("Did you know that a tow costs $240?") states it, and its figure needs a
source like any other; a real question asks nothing. Sentences invented for the test."""

from __future__ import annotations

import pytest

import auditor
from auditor.sourcing.voice import asks_or_instructs
from tests.conftest import FIXTURES


@pytest.mark.parametrize(
    "text",
    [
        "Did you know that a roadside tow costs an average of $240?",
        "Did you know a roadside tow costs an average of $240?",
        "Were you aware that 40% of drivers carry no spare?",
        "“Have you heard that 40% of drivers carry no spare?”",
    ],
)
def test_a_framed_statement_is_no_question(text: str) -> None:
    assert asks_or_instructs(text) is None


@pytest.mark.parametrize(
    "text",
    ["Do 40% of drivers carry no spare?", "Did the county raise the tow fee to $240?", "Do you carry a spare?"],
)
def test_a_question_stays_a_question(text: str) -> None:
    assert asks_or_instructs(text) == "question"


def test_fixture_flags_the_framed_figure_only() -> None:
    report = auditor.audit_text((FIXTURES / "articles" / "CIT001-question-that-states.md").read_text(encoding="utf-8"))
    flagged = [f.message for f in report.findings if f.rule == "CIT001"]
    assert len(flagged) == 1
    assert "$240" in flagged[0]
