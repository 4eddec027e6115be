"""Every fixture article against its golden report, compared exactly.

Regenerate on purpose with ``pytest tests/test_golden.py --update-goldens`` and review the diff.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import auditor
from tests.conftest import FIXTURES, ROOT

ARTICLES = sorted((FIXTURES / "articles").iterdir())


def golden_of(article: Path) -> Path:
    return FIXTURES / "golden" / f"{article.name}.json"


def report_of(article: Path) -> dict[str, object]:
    report = auditor.audit_path(article.relative_to(ROOT).as_posix()).to_dict()
    del report["tool"]  # the version changes on every release; everything else must not
    return report


@pytest.mark.parametrize("article", ARTICLES, ids=[a.name for a in ARTICLES])
def test_fixture_matches_golden(article: Path, update_goldens: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    got = report_of(article)
    golden = golden_of(article)
    if update_goldens:
        golden.parent.mkdir(exist_ok=True)
        golden.write_text(json.dumps(got, indent=2, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")
    assert golden.exists(), f"no golden file for {article.name}; run pytest --update-goldens and review it"
    assert got == json.loads(golden.read_text(encoding="utf-8"))


@pytest.mark.parametrize("article", ARTICLES, ids=[a.name for a in ARTICLES])
def test_rule_fixture_shows_its_rule(article: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A fixture named after a rule must trigger that rule (its golden file could not hide a regression)."""
    monkeypatch.chdir(ROOT)
    code = article.name.split("-", 1)[0]
    if not (len(code) == 6 and code[:3].isalpha() and code[3:].isdigit()):
        pytest.skip("not a rule fixture")
    assert code in {f["rule"] for f in report_of(article)["findings"]}  # type: ignore[union-attr, index]


def test_every_rule_has_a_fixture() -> None:
    from auditor.checks import all_rules

    named = {a.name.split("-", 1)[0] for a in ARTICLES}
    missing = [r.code for r in all_rules() if not r.network and r.code not in named]
    assert not missing, f"rules without a fixture article: {missing}"
