"""results: what a run of the command line produced, the one value every output format renders.

``auditor audit`` makes a :class:`Results` of one file; ``auditor check`` one of
every file it audited. Each :class:`FileResult` holds that file's report as JSON
data (``schemas/report.schema.json``, the form the disk cache stores and worker
processes send back) or, when the file could not be audited at all, an error
line (flake8's E902). A format is a function ``Results -> str``
(see :mod:`auditor.formats`).
"""

from __future__ import annotations

import os
import posixpath
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import PurePath
from typing import Any, Literal

from auditor.model import SEVERITIES, SEVERITY_RANK, Severity

Command = Literal["audit", "check"]
FAIL_ON = ("error", "warning", "info", "never")
"""``--fail-on`` levels: exit 1 when a finding left after suppressions and baseline is at or above it."""


def at_or_above(severity: str, level: str) -> bool:
    """Whether ``severity`` reaches ``level`` (``never`` is reached by nothing)."""
    return level != "never" and SEVERITY_RANK[severity] >= SEVERITY_RANK[level]


@dataclass(frozen=True, slots=True)
class BaselineEntry:
    """One recorded finding of a baseline file (see :mod:`auditor.project.baseline`)."""

    fingerprint: str
    rule: str
    source: str
    claim: str = ""
    reason: str = "legacy"


@dataclass(frozen=True, slots=True)
class FileResult:
    """The outcome of one file: its report (JSON data), or why it could not be audited.

    ``report`` holds the findings left after inline suppressions, the baseline and the ``show`` level;
    ``baselined`` the findings the baseline hid from it.
    """

    source: str
    report: Mapping[str, Any] | None = None
    error: str | None = None
    skipped: str | None = None
    """Why the file was not audited although nothing is wrong with it (an empty file)."""
    baselined: tuple[Mapping[str, Any], ...] = ()
    below_show: int = 0
    """Findings left out of ``report`` for being below the ``show`` level."""

    @property
    def findings(self) -> list[Mapping[str, Any]]:
        """The file's findings (after suppressions and baseline), in report order."""
        return list(self.report["findings"]) if self.report else []

    @property
    def rule_errors(self) -> list[Mapping[str, Any]]:
        """Rules that crashed on this file (the file's audit is incomplete)."""
        return list(self.report.get("errors", ())) if self.report else []

    @property
    def failed(self) -> bool:
        """Whether this file could not be fully audited (unreadable, or a rule crashed on it)."""
        return self.error is not None or bool(self.rule_errors)


@dataclass(frozen=True)
class Results:
    """Every file of a run, with the thresholds that decide what is shown and what fails."""

    files: tuple[FileResult, ...]
    command: Command = "audit"
    fail_on: str = "error"
    show: Severity = "info"
    """The lowest severity written out (the CLI keeps it at or below ``fail_on``: what fails is shown)."""
    colour: bool = False
    baseline: str | None = None
    """The baseline file in use, if any."""
    baseline_fixed: tuple[BaselineEntry, ...] = ()
    """Baseline entries that matched no finding this run: fixed (``--prune-baseline`` drops them)."""
    root: str = "."
    """The project root the files' sources are relative to (``check``), or the working directory."""
    extra: Mapping[str, Any] = field(default_factory=dict)
    """Run facts: ``jobs``, ``cached`` (files served from the cache), ``partials`` (files left out as a site
    generator's partials: only the text summary says it)."""

    def display(self, source: str) -> str:
        """A file's path as outputs write it: relative to the working directory (POSIX)."""
        if self.root in ("", ".") or "://" in source:
            return source
        return PurePath(os.path.relpath(posixpath.join(self.root, source))).as_posix()

    def counts(self) -> dict[str, int]:
        """Findings per severity over every file."""
        counts: dict[str, int] = dict.fromkeys(SEVERITIES, 0)
        for result in self.files:
            for f in result.findings:
                counts[f["severity"]] += 1
        return counts

    @property
    def below_show(self) -> int:
        """Findings left out for being below ``show``."""
        return sum(r.below_show for r in self.files)

    @property
    def hidden_by_baseline(self) -> int:
        """Findings the baseline hid."""
        return sum(len(r.baselined) for r in self.files)

    @property
    def failed_files(self) -> list[FileResult]:
        """Files that could not be (fully) audited."""
        return [r for r in self.files if r.failed]

    def exit_code(self) -> int:
        """0 nothing at or above ``fail_on``; 1 some finding is; 2 a file could not be fully audited."""
        if self.failed_files:
            return 2
        failing = any(at_or_above(f["severity"], self.fail_on) for r in self.files for f in r.findings)
        return 1 if failing else 0


def with_findings(result: FileResult, kept: list[Mapping[str, Any]], **changes: Any) -> FileResult:
    """``result`` with only the findings ``kept`` in its report (the report's counts follow)."""
    if result.report is None:
        return replace(result, **changes)
    counts = dict.fromkeys(result.report["summary"]["findings"], 0)
    for f in kept:
        counts[f["severity"]] += 1
    summary = {**result.report["summary"], "findings": counts}
    return replace(result, report={**result.report, "findings": kept, "summary": summary}, **changes)


def shown(result: FileResult, show: str) -> FileResult:
    """``result`` without the findings below the ``show`` level."""
    kept = [f for f in result.findings if SEVERITY_RANK[f["severity"]] >= SEVERITY_RANK[show]]
    if len(kept) == len(result.findings):
        return result
    return with_findings(result, kept, below_show=result.below_show + len(result.findings) - len(kept))


def slim(report: Mapping[str, Any]) -> dict[str, Any]:
    """A report with only the claims and citations its findings name: all that the outputs other than
    the whole JSON report (and the baseline) read, in less than half the memory."""
    findings = report["findings"]
    claims = {f["claim"] for f in findings} | {c for f in findings for c in f["related"]}
    citations = {f["citation"] for f in findings}
    return {
        **report,
        "claims": [c for c in report["claims"] if c["id"] in claims],
        "citations": [c for c in report["citations"] if c["id"] in citations],
    }
