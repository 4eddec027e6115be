"""The terminal summary: findings grouped by severity, each with its line, the claim quoted, what to do."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from auditor.model import SEVERITIES
from auditor.results import Results

_COLOURS = {"error": "31", "warning": "33", "info": "36", "dim": "2", "bold": "1"}
_TITLES = {"error": "Errors", "warning": "Warnings", "info": "Notes"}


def render(results: Results) -> str:
    """A human-readable summary of every file's report."""
    return "\n".join(render_report(r.report, results.colour) for r in results.files if r.report)


def render_report(data: Mapping[str, Any], colour: bool = False) -> str:
    """A human-readable summary of one report (JSON data)."""

    def paint(text: str, style: str) -> str:
        return f"\x1b[{_COLOURS[style]}m{text}\x1b[0m" if colour else text

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
        parts = [f"{counts[s]} {s}{'s' if counts[s] != 1 and s != 'info' else ''}" for s in SEVERITIES if counts[s]]
        lines.append(f"{total} finding{'s' if total != 1 else ''}: " + ", ".join(parts))
        lines.append(paint("Explain a rule with: auditor rules CODE", "dim"))
    else:
        lines.append("No findings.")
    for error in data["errors"]:
        crashed = f"Rule {error['rule']} ({error['name']}) crashed and was skipped: {error['message']}"
        lines.append(paint(crashed, "error"))
    if summary.get("suppressed"):
        lines.append(paint(f"{summary['suppressed']} suppressed by inline comments", "dim"))
    return "\n".join(lines) + "\n"
