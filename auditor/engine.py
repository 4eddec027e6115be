"""engine: runs the selected rules over an analysed article.

A rule that crashes does not lose the run: its exception becomes one error
finding (``rule`` set to the failing code) and the other rules go on.
"""

from __future__ import annotations

from auditor.article import Article
from auditor.checks import Rule, all_rules
from auditor.config import DEFAULT, Config
from auditor.model import Finding, Hit


def selected_rules(config: Config = DEFAULT) -> tuple[Rule, ...]:
    """The rules this configuration runs (network rules only when online)."""
    return tuple(r for r in all_rules() if config.enabled(r.code) and (config.online or not r.network))


def run_rules(article: Article, config: Config = DEFAULT) -> list[Finding]:
    """Every finding of the selected rules on ``article``, unsorted."""
    findings: list[Finding] = []
    for r in selected_rules(config):
        severity = config.severity_of(r.code, r.severity)
        try:
            hits = list(r.check(article))
        except Exception as exc:
            hits = [
                Hit(0, 0, f"rule {r.code} ({r.name}) failed: {type(exc).__name__}: {exc}", evidence={"crash": True})
            ]
            severity = "error"
        findings.extend(
            Finding(r.code, r.name, severity, h.message, h.start, h.end, h.claim, h.related, h.citation, h.evidence)
            for h in hits
        )
    return findings
