"""CIT002: a newsroom's planning label for a version of its own page ("(URL for short print option)", "(link to
web version with map)") is not a placeholder citation; "(link to PR)" where a source belongs still is
(``fixtures/articles/newsroom-print-label.md``)."""

from __future__ import annotations

from pathlib import Path

import auditor
from tests.conftest import FIXTURES


def _placeholders(path: Path) -> list[str]:
    return [f.evidence.get("marker", "") for f in auditor.audit_path(str(path)).findings if f.rule == "CIT002"]


def test_a_label_for_the_print_or_web_version_is_no_placeholder() -> None:
    assert _placeholders(FIXTURES / "articles" / "newsroom-print-label.md") == []


def test_a_note_for_a_source_is_still_a_placeholder(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text(
        "# Sales\n\nSales fell 12% in the second quarter of 2024 (link to PR).\n\n"
        "Sales rose 3% in 2023 (URL for the report).\n",
        encoding="utf-8",
    )
    assert _placeholders(page) == ["(link to PR)", "(URL for the report)"]
