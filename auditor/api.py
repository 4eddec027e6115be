"""The public entry points: audit a text or a file, get a :class:`~auditor.report.Report`."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

from auditor.article import analyse
from auditor.config import DEFAULT, Config
from auditor.engine import run_rules
from auditor.errors import InputError
from auditor.load import decode, load_document
from auditor.model import Document
from auditor.report import Report, sort_findings
from auditor.suppress import apply, find_suppressions


def audit_document(doc: Document, config: Config | None = None) -> Report:
    """Audit an already loaded document."""
    config = config or DEFAULT
    article = analyse(doc)
    found, errors = run_rules(article, config)
    findings = sort_findings(found)
    cited = sum(1 for c in article.claims if c.check_worthy and any(m.supports for _, m in article.citations_of(c)))
    report = Report(article.document, article.claims, article.citations, findings, cited, errors=tuple(errors))
    if "auditor-" in doc.raw and (suppressions := find_suppressions(doc.raw, report.lines)):
        # The lines a finding is reported at are the lines a suppression names: the report computes both.
        at = [report.line_of(f) for f in findings]
        kept, suppressed = apply(findings, at, suppressions)
        report = replace(report, findings=tuple(kept), suppressed=suppressed)
    return report


def audit_text(
    text: str, input_format: str = "auto", source: str | None = None, config: Config | None = None
) -> Report:
    """Audit an article given as text (``input_format``: ``auto``, ``html``, ``markdown`` or ``text``)."""
    if not text.strip():
        raise InputError(f"{source or 'input'}: empty input, there is nothing to audit")
    return audit_document(load_document(text, input_format, source), config)


def read_text(path: str | os.PathLike[str]) -> str:
    """The decoded text of a file, or an :class:`InputError` that says what is wrong with it."""
    p = Path(path)
    if p.is_dir():
        raise InputError(f"{p}: is a directory; `auditor audit` takes one file (use `auditor check {p}` for a folder)")
    try:
        data = p.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{p}: no such file") from None
    except OSError as exc:
        raise InputError(f"{p}: cannot read it ({exc.strerror or exc})") from None
    return decode(data, str(p))


def audit_path(path: str | os.PathLike[str], config: Config | None = None, input_format: str = "auto") -> Report:
    """Audit an article file; the format comes from its extension or content."""
    return audit_text(read_text(path), input_format, str(path), config)
