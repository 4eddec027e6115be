"""The JSON report: sorted keys, two-space indent, UTF-8 text, a trailing newline."""

from __future__ import annotations

import json

from auditor.report import Report


def render(report: Report) -> str:
    """The report as deterministic JSON."""
    return json.dumps(report.to_dict(), indent=2, sort_keys=True, ensure_ascii=False) + "\n"
