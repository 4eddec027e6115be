"""AUD001 (unused-suppression): reported only where the tool can tell, pointing at the line after the comment."""

from __future__ import annotations

import pytest

import auditor
from auditor.config import Config

UNUSED = "<!-- auditor-disable-next-line CIT002 -->\nThe choir has sung at the festival since it began.\n"


def rules_and_lines(text: str, config: Config | None = None) -> list[tuple[str, int]]:
    report = auditor.audit_text(text, "markdown", "a.md", config).to_dict()
    return [(f["rule"], f["line"]) for f in report["findings"] if f["rule"] in ("AUD001", "CIT002")]


def test_unused_is_reported_on_the_line_after_the_comment() -> None:
    report = auditor.audit_text("Intro line.\n\n" + UNUSED, "markdown", "a.md").to_dict()
    (finding,) = [f for f in report["findings"] if f["rule"] == "AUD001"]
    assert finding["line"] == 4 and finding["severity"] == "warning"
    assert finding["evidence"] == {"comment_line": 3, "directive": "disable-next-line", "unknown": [], "unused": ["CIT002"]}


def test_not_reported_when_the_named_rule_did_not_run() -> None:
    assert rules_and_lines(UNUSED, Config(ignore=("CIT002",))) == []


def test_not_reported_when_the_named_rule_crashed(monkeypatch: pytest.MonkeyPatch) -> None:
    from auditor import checks

    rule = checks.get_rule("CIT002")
    assert rule is not None

    def boom(article: object) -> list[object]:
        raise RuntimeError("x")

    monkeypatch.setitem(checks._REGISTRY, "CIT002", checks.Rule(rule.code, rule.name, rule.severity, rule.doc, boom))
    assert rules_and_lines(UNUSED) == []


def test_turned_off_with_ignore_and_severity_configurable() -> None:
    assert rules_and_lines(UNUSED, Config(ignore=("AUD",))) == []
    report = auditor.audit_text(UNUSED, "markdown", "a.md", Config(severity={"AUD001": "error"})).to_dict()
    assert [f["severity"] for f in report["findings"] if f["rule"] == "AUD001"] == ["error"]


def test_a_used_block_suppression_is_not_reported() -> None:
    text = "<!-- auditor-disable CIT002 -->\nThe hall opened in 1963 [source].\n<!-- auditor-enable CIT002 -->\n"
    assert rules_and_lines(text) == []
    assert auditor.audit_text(text, "markdown", "a.md").to_dict()["summary"]["suppressed"] == 1
