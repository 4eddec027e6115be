"""A Markdown summary for a pull-request comment or ``$GITHUB_STEP_SUMMARY``.

A headline, a table of counts, a table of the files with findings, and the
findings themselves in a collapsed section, cut at :data:`MAX_ROWS` so the text
stays within GitHub's comment limit.
"""

from __future__ import annotations

import re

from auditor.model import SEVERITIES
from auditor.results import Results

FULL_REPORTS = False
"""It reads the findings, and the claims and citations they name, only."""

MAX_ROWS = 200
_ICONS = {"error": "error", "warning": "warning", "info": "note"}


def cell(text: object) -> str:
    """Text made safe for one table cell: no pipes, line breaks or HTML."""
    value = str(text).replace("\\", "\\\\").replace("|", "\\|").replace("\r", " ").replace("\n", " ")
    return value.replace("<", "&lt;").replace(">", "&gt;")


def code(text: str) -> str:
    """Inline code for a table cell, with a fence longer than any backtick run inside."""
    fence = "`" * (max((len(run) for run in re.findall(r"`+", text)), default=0) + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    inner = text.replace("|", "\\|").replace("\r", " ").replace("\n", " ")
    return f"{fence}{pad}{inner}{pad}{fence}"


def render(results: Results) -> str:
    """The summary in GitHub-flavoured Markdown."""
    counts = results.counts()
    total = sum(counts.values())
    audited = sum(1 for r in results.files if r.report is not None)
    failing = results.exit_code()
    verdict = {0: "passed", 1: "failed", 2: "incomplete"}[failing]
    lines = [f"## auditor: {verdict}", ""]
    plural = "s" if total != 1 else ""
    lines.append(f"{total} finding{plural} at or above `{results.show}` in {audited} audited files "
                 f"(failing on `{results.fail_on}`).")
    lines += ["", "| severity | findings |", "|---|---:|"]
    lines += [f"| {s} | {counts[s]} |" for s in SEVERITIES]
    extra = []
    if results.failed_files:
        extra.append(f"| could not be audited | {len(results.failed_files)} files |")
    if results.baseline is not None:
        extra.append(f"| hidden by the baseline | {results.hidden_by_baseline} |")
        extra.append(f"| baseline entries fixed | {len(results.baseline_fixed)} |")
    lines += extra
    files = [r for r in results.files if r.findings or r.failed]
    if files:
        lines += ["", "| file | errors | warnings | notes |", "|---|---:|---:|---:|"]
        for r in files:
            by = {s: sum(1 for f in r.findings if f["severity"] == s) for s in SEVERITIES}
            name = code(results.display(r.source)) + (" (could not be audited)" if r.failed else "")
            lines.append(f"| {name} | {by['error']} | {by['warning']} | {by['info']} |")
    rows = [(r, f) for r in results.files for f in r.findings]
    if rows:
        lines += ["", "<details><summary>Findings</summary>", "", "| where | rule | message |", "|---|---|---|"]
        for r, f in rows[:MAX_ROWS]:
            where = code(f"{results.display(r.source)}:{f['line']}")
            lines.append(f"| {where} | {_ICONS[f['severity']]} {f['rule']} {f['name']} | {cell(f['message'])} |")
        if len(rows) > MAX_ROWS:
            lines.append(f"| ... | | and {len(rows) - MAX_ROWS} more |")
        lines += ["", "</details>"]
    errors = [r for r in results.files if r.error]
    if errors:
        lines += ["", "Files that could not be audited:", ""]
        lines += [f"- {code(results.display(r.source))}: {cell(r.error)}" for r in errors]
    return "\n".join(lines) + "\n"
