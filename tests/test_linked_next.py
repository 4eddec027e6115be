"""CIT001: a news sentence whose document the next one or two sentences of its paragraph link, as a definite
reference ("the [ruling](...)", "Their [study](...)"), has that document for its source; a sentence further on,
or a link named for something else, leaves it unsourced (``fixtures/articles/ruling-linked-next.md``)."""

from __future__ import annotations

from pathlib import Path

import auditor
from tests.conftest import FIXTURES

FIXTURE = FIXTURES / "articles" / "ruling-linked-next.md"


def _unsourced(path: Path) -> bool:
    """Whether the court's figure ("300,000 registered voters") is flagged as unsourced."""
    return any(f.rule == "CIT001" and "300,000" in f.message for f in auditor.audit_path(str(path)).findings)


def test_the_ruling_linked_next_sources_the_sentence_before() -> None:
    assert not _unsourced(FIXTURE)


def test_a_link_further_on_or_to_no_document_sources_nothing(tmp_path: Path) -> None:
    text = FIXTURE.read_text(encoding="utf-8")
    page = tmp_path / "page.md"
    page.write_text(text.replace("the [ruling]", "[SeatGeek]"), encoding="utf-8")
    assert _unsourced(page)
    further = "lack one. The vote came late. Two judges wrote separately. The three-judge"
    page.write_text(text.replace("lack one. The three-judge", further), encoding="utf-8")
    assert _unsourced(page)
