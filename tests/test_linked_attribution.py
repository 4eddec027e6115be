"""CIT008: an attribution whose named source is itself the link ("..., according to [Metro Radio](...)") is
linked, whichever claim of its paragraph it is read with; the same words with no link still are not
(``fixtures/articles/attribution-is-the-link.md``)."""

from __future__ import annotations

import re
from pathlib import Path

import auditor
from tests.conftest import FIXTURES

FIXTURE = FIXTURES / "articles" / "attribution-is-the-link.md"


def _unlinked(path: Path) -> list[str]:
    return [f.message for f in auditor.audit_path(str(path)).findings if f.rule == "CIT008"]


def test_an_attribution_to_a_linked_name_is_linked() -> None:
    assert _unlinked(FIXTURE) == []


def test_the_same_attribution_unlinked_is_reported(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text(re.sub(r"\[Metro Radio\]\([^)]*\)", "Metro Radio", FIXTURE.read_text(encoding="utf-8")))
    assert _unlinked(page)
