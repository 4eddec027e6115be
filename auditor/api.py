"""The public entry points: audit a text or a file, get a :class:`~auditor.report.Report`.

Arguments are checked at this edge: text of the wrong type, a dict where a
Config belongs, lone surrogates or an input over ``config.max_bytes`` are an
:class:`~auditor.errors.AuditorError` subclass with a message, never a raw
``TypeError`` from deep inside.
"""

from __future__ import annotations

import os
from bisect import bisect_left
from dataclasses import replace

from auditor.article import analyse
from auditor.checks import all_rules, get_rule
from auditor.collector import paused
from auditor.config import DEFAULT, Config
from auditor.engine import run_rules, selected_rules
from auditor.errors import InputError, UsageError
from auditor.load import check_arguments, decode, load_document, read_file
from auditor.model import Document, Finding, Suppression
from auditor.report import Report, sort_findings
from auditor.suppress import apply, find_suppressions, unused

UNUSED_SUPPRESSION = "AUD001"


def audit_document(doc: Document, config: Config | None = None) -> Report:
    """Audit an already loaded document."""
    config = _config(config)
    if not isinstance(doc, Document):
        raise UsageError(f"audit_document() takes a Document (from auditor.load_document), not {type(doc).__name__}")
    with paused():  # see auditor.collector: the audit's many long-lived objects hold no cycles to collect
        return _audit(doc, config)


def _audit(doc: Document, config: Config) -> Report:
    article = analyse(doc, config.published)
    found, errors = run_rules(article, config)
    findings = sort_findings(found)
    cited = sum(1 for c in article.claims if c.check_worthy and any(m.supports for _, m in article.citations_of(c)))
    report = Report(article.document, article.claims, article.citations, findings, cited, errors=tuple(errors))
    if "auditor-" in doc.raw and (suppressions := find_suppressions(doc.raw, report.lines)):
        # The lines a finding is reported at are the lines a suppression names: the report computes both.
        at = [report.line_of(f) for f in findings]
        kept, suppressed, used = apply(findings, at, suppressions)
        if config.enabled(UNUSED_SUPPRESSION):
            crashed = {e.rule for e in errors}
            ran = {r.code for r in selected_rules(config)} - crashed
            idle = unused(suppressions, used, ran, [r.code for r in all_rules()])
            kept.extend(_unused_findings(report, idle, config))
        report = replace(report, findings=sort_findings(kept), suppressed=suppressed)
    return report


def _unused_findings(
    report: Report, idle: list[tuple[Suppression, list[str], list[str]]], config: Config
) -> list[Finding]:
    """AUD001 findings, one per comment, on the first line of text after it (the comment is not in the body)."""
    doc = report.document
    by_comment: dict[int, tuple[Suppression, list[str], list[str]]] = {}
    for s, codes, unknown in idle:
        seen = by_comment.setdefault(s.at, (s, [], []))
        seen[1].extend(codes)
        seen[2].extend(unknown)
    rule = get_rule(UNUSED_SUPPRESSION)
    assert rule is not None
    findings = []
    for at, (s, codes, unknown) in sorted(by_comment.items()):
        start = bisect_left(range(len(doc.text)), at, key=doc.to_raw)
        while start < len(doc.text) and (doc.text[start].isspace() or doc.to_raw(start) < at):
            start += 1
        end = doc.text.find("\n", start)
        end = len(doc.text) if end < 0 else end
        comment = f"auditor-{s.directive}"
        line = report.lines.line_col(at)[0]
        parts = [f"silenced nothing for {_names(codes)}"] if codes else []
        parts += [f"names no rule: {_names(unknown)}"] if unknown else []
        message = f"The `{comment}` comment on line {line} {' and '.join(parts)}; remove it or correct it."
        evidence = {"directive": s.directive, "comment_line": line, "unused": sorted(codes), "unknown": sorted(unknown)}
        severity = config.severity_of(rule.code, rule.severity)
        findings.append(Finding(rule.code, rule.name, severity, message, start, max(start, end), evidence=evidence))
    return findings


def _names(codes: list[str]) -> str:
    return ", ".join(c or "(all rules)" for c in sorted(codes))


def audit_text(
    text: str,
    input_format: str = "auto",
    source: str | None = None,
    config: Config | None = None,
    *,
    location: str | os.PathLike[str] | None = None,
) -> Report:
    """Audit an article given as text (``input_format``: ``auto``, ``html``, ``markdown`` or ``text``);
    ``location``: the file it was read from, when ``source`` does not name it from the working directory."""
    config = _config(config)
    check_arguments(text, input_format, source)
    if not text.strip():
        raise InputError(f"{source or 'input'}: empty input, there is nothing to audit")
    with paused():  # the loaded document lives on through the audit: see auditor.collector
        doc = load_document(text, input_format, source, max_bytes=config.max_bytes, location=location)
        return audit_document(doc, config)


def read_text(path: str | os.PathLike[str], max_bytes: int = DEFAULT.max_bytes) -> str:
    """The decoded text of a regular file (at most ``max_bytes``), or an :class:`InputError` saying what is wrong."""
    if not isinstance(path, str | os.PathLike):
        raise UsageError(f"the path must be a str or os.PathLike, not {type(path).__name__}")
    name = os.fsdecode(path)
    return decode(read_file(path, max_bytes), name, max_bytes)


def audit_path(path: str | os.PathLike[str], config: Config | None = None, input_format: str = "auto") -> Report:
    """Audit an article file; the format comes from its extension or content."""
    config = _config(config)
    return audit_text(read_text(path, config.max_bytes), input_format, os.fsdecode(path), config)


def _config(config: object) -> Config:
    if config is None:
        return DEFAULT
    if not isinstance(config, Config):
        raise UsageError(
            f"config must be an auditor.config.Config (e.g. Config.from_options(select=['CIT'])), "
            f"not {type(config).__name__}"
        )
    return config
