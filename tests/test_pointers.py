"""CIT005: a sentence that sends the reader "here" with nothing linked (auditor.pointers)."""

from __future__ import annotations

import pytest

import auditor
from auditor.article import analyse
from auditor.load import load_document
from auditor.pointers import lost_pointers


def _lost(text: str, fmt: str = "markdown") -> list[str]:
    doc = load_document(text, fmt)
    return [doc.text[a:b] for a, b, _ in lost_pointers(analyse(doc))]


@pytest.mark.parametrize(
    "sentence",
    [
        "If you would like to help, take a look here.",
        "The minutes of the March meeting are available here.",
        "The full report can be found here.",
        "Read the full report here.",
        "To reserve a seat, click here!",
        "More information here.",
    ],
)
def test_a_pointer_with_nothing_linked(sentence: str) -> None:
    assert _lost("Our club met on Tuesday.\n\n" + sentence + "\n") == ["here"]


@pytest.mark.parametrize(
    "text",
    [
        "The minutes are [available here](https://club.example.org/minutes).\n",
        "The minutes are available <a href='https://club.example.org/m'>here</a>.\n",
        "The minutes are available [here][m].\n\n[m]: https://club.example.org/minutes\n",
        "Sign up here: https://club.example.org/join\n",
        "The minutes are available here.\n\n[Minutes, March](https://club.example.org/minutes)\n",
        "We grow our own herbs here.\n",
        "The same rule applies here.\n",
        "I hope people will see the value here.\n",
    ],
)
def test_linked_followed_or_not_a_pointer(text: str) -> None:
    assert _lost(text) == []


def test_a_conversation_turn_is_not_read() -> None:
    text = "Host: Welcome back.\n\nGuest: Let me take a look here.\n\nHost: Sure.\n\nGuest: Thanks.\n"
    report = auditor.audit_text(text, input_format="markdown")
    assert not [f for f in report.findings if f.rule == "CIT005"]


def test_the_finding_quotes_the_sentence() -> None:
    report = auditor.audit_text("Our club met on Tuesday.\n\nThe minutes are available here.\n", input_format="markdown")
    hits = [f for f in report.findings if f.rule == "CIT005"]
    assert len(hits) == 1
    assert '"The minutes are available here." sends the reader "here"' in hits[0].message
