"""CIT001: a hedge whose source its context names is not an unnamed source. "Researchers believe" right after a
sentence of its paragraph that names a research team is that team's view
(``fixtures/articles/hedge-team-named-before.md``); "Growing evidence indicates ..." with no figure, on a page with
its own reference list, sums up the works it lists (``fixtures/articles/hedge-evidence-with-references.md``)."""

from __future__ import annotations

from pathlib import Path

import auditor
from tests.conftest import FIXTURES

TEAM = FIXTURES / "articles" / "hedge-team-named-before.md"
LISTED = FIXTURES / "articles" / "hedge-evidence-with-references.md"


def _unnamed(path: Path) -> list[str]:
    return [f.message for f in auditor.audit_path(str(path)).findings if f.rule == "CIT001" and "Unnamed" in f.message]


def _rewritten(path: Path, tmp_path: Path, old: str, new: str) -> Path:
    page = tmp_path / path.name
    text = path.read_text(encoding="utf-8")
    assert old in text
    page.write_text(text.replace(old, new), encoding="utf-8")
    return page


def test_researchers_after_the_named_team_are_that_team() -> None:
    assert _unnamed(TEAM) == []


def test_experts_after_a_named_team_or_researchers_after_no_team_are_unnamed(tmp_path: Path) -> None:
    assert _unnamed(_rewritten(TEAM, tmp_path, "Researchers believe", "Experts believe"))
    assert _unnamed(_rewritten(TEAM, tmp_path, "A team led by marine geologist Carla Ruiz at Harbor University mapped", "Divers mapped"))


def test_growing_evidence_on_a_page_with_references_is_the_listed_works() -> None:
    assert _unnamed(LISTED) == []


def test_growing_evidence_with_no_reference_list_is_unnamed(tmp_path: Path) -> None:
    text = LISTED.read_text(encoding="utf-8")
    assert _unnamed(_rewritten(LISTED, tmp_path, text[text.index("## References") :], ""))
