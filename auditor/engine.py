"""engine: runs the selected rules over an analysed article.

A rule that crashes does not lose the run: its exception becomes a
:class:`~auditor.model.RuleError` in the report's ``errors`` (never a finding a
user would triage), and the other rules go on.
"""

from __future__ import annotations

from auditor.article import Article
from auditor.checks import Rule, all_rules
from auditor.config import DEFAULT, Config
from auditor.model import Finding, RuleError


def selected_rules(config: Config = DEFAULT) -> tuple[Rule, ...]:
    """The rules this configuration runs (network rules only when online)."""
    return tuple(r for r in all_rules() if config.enabled(r.code) and (config.online or not r.network))


def run_rules(article: Article, config: Config = DEFAULT) -> tuple[list[Finding], list[RuleError]]:
    """Every finding of the selected rules on ``article`` (unsorted), and the rules that crashed."""
    findings: list[Finding] = []
    errors: list[RuleError] = []
    for r in selected_rules(config):
        severity = config.severity_of(r.code, r.severity)
        try:
            hits = list(r.check(article))
        except Exception as exc:  # a bug in one rule must not lose the others' findings
            errors.append(RuleError(r.code, r.name, f"{type(exc).__name__}: {exc}"))
            continue
        findings.extend(
            Finding(r.code, r.name, severity, h.message, h.start, h.end, h.claim, h.related, h.citation, h.evidence)
            for h in hits
        )
    return findings, errors
