"""The terminal output: for one article, findings grouped by severity with the claim quoted; for a
check run, findings grouped by file, one line each, then the totals.

Colour only when the CLI says so (a terminal, no ``NO_COLOR``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from auditor.model import SEVERITIES
from auditor.results import Results

FULL_REPORTS = False
"""It reads the findings, and the claims and citations they name, only."""

_COLOURS = {"error": "31", "warning": "33", "info": "36", "dim": "2", "bold": "1"}
_TITLES = {"error": "Errors", "warning": "Warnings", "info": "Notes"}
Paint = Callable[[str, str], str]


def _painter(colour: bool) -> Paint:
    def paint(text: str, style: str) -> str:
        return f"\x1b[{_COLOURS[style]}m{text}\x1b[0m" if colour else text

    return paint


def render(results: Results) -> str:
    """A human-readable summary: one article's report (``audit``), or every file's findings (``check``)."""
    if results.command == "check":
        return render_check(results)
    return "\n".join(render_report(r.report, results.colour) for r in results.files if r.report)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'s' if n != 1 and word != 'info' else ''}"


def render_check(results: Results) -> str:
    """Findings grouped by file (``path:line:col  severity  CODE name  message``), then the totals."""
    paint = _painter(results.colour)
    lines: list[str] = []
    for result in results.files:
        path = results.display(result.source)
        if result.error:
            lines += [paint(path, "bold"), f"  {paint('error', 'error')}  could not be audited: {result.error}", ""]
            continue
        crashed = result.rule_errors
        if not result.findings and not crashed:
            continue
        lines.append(paint(path, "bold"))
        for f in result.findings:
            where = paint(f"{path}:{f['line']}:{f['column']}", "dim")
            lines.append(f"  {where}  {paint(f['severity'], f['severity'])}  {f['rule']} {f['name']}  {f['message']}")
        for e in crashed:
            lines.append(f"  {paint('error', 'error')}  rule {e['rule']} ({e['name']}) crashed: {e['message']}")
        lines.append("")
    counts = results.counts()
    total = sum(counts.values())
    with_findings = sum(1 for r in results.files if r.findings)
    checked = sum(1 for r in results.files if r.report is not None)
    cached = results.extra.get("cached")
    files_note = f"{_plural(checked, 'file')} checked" + (f", {cached} from the cache" if cached else "")
    if partials := results.extra.get("partials"):
        files_note += f"; {_plural(partials, 'file')} in a site generator's folders (_includes/...) left out"
    if total:
        parts = ", ".join(_plural(counts[s], s) for s in SEVERITIES if counts[s])
        lines.append(f"{_plural(total, 'finding')} in {_plural(with_findings, 'file')}: {parts} ({files_note}).")
    else:
        lines.append(f"No findings ({files_note}).")
    if results.below_show:
        hidden = f"{results.below_show} more below {results.show} not shown (see them with --show info)."
        lines.append(paint(hidden, "dim"))
    if results.failed_files:
        lines.append(paint(f"{_plural(len(results.failed_files), 'file')} could not be fully audited.", "error"))
    if results.hidden_by_baseline or results.baseline_fixed:
        fixed = len(results.baseline_fixed)
        note = f"{results.hidden_by_baseline} hidden by the baseline"
        note += f"; {fixed} baseline entr{'ies' if fixed != 1 else 'y'} fixed (--prune-baseline)" if fixed else ""
        lines.append(paint(note + ".", "dim"))
    if total:
        lines.append(paint("Explain a rule with: auditor rules CODE", "dim"))
    return "\n".join(lines) + "\n"


def render_report(data: Mapping[str, Any], colour: bool = False) -> str:
    """A human-readable summary of one report (JSON data)."""
    paint = _painter(colour)
    summary = data["summary"]
    name = data["document"]["source"] or "<input>"
    lines = [
        paint(name, "bold")
        + paint(
            f"  {summary['claims']} claims, {summary['check_worthy']} check-worthy, "
            f"{summary['cited']} of them cited ({summary['citation_coverage']:.0%})",
            "dim",
        )
    ]
    for severity in SEVERITIES:
        group = [f for f in data["findings"] if f["severity"] == severity]
        if not group:
            continue
        lines.append("")
        lines.append(paint(f"{_TITLES[severity]} ({len(group)})", severity))
        for f in group:
            where = f"{name}:{f['line']}:{f['column']}"
            lines.append(f"  {paint(where, 'dim')}  {paint(f['rule'], severity)} {f['name']}")
            lines.append(f"    {f['message']}")
    counts = summary["findings"]
    total = sum(counts.values())
    lines.append("")
    if total:
        parts = [_plural(counts[s], s) for s in SEVERITIES if counts[s]]
        lines.append(f"{_plural(total, 'finding')}: " + ", ".join(parts))
        lines.append(paint("Explain a rule with: auditor rules CODE", "dim"))
    else:
        lines.append("No findings.")
    for error in data["errors"]:
        crashed = f"Rule {error['rule']} ({error['name']}) crashed and was skipped: {error['message']}"
        lines.append(paint(crashed, "error"))
    if summary.get("suppressed"):
        lines.append(paint(f"{summary['suppressed']} suppressed by inline comments", "dim"))
    return "\n".join(lines) + "\n"
