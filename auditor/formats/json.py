"""The JSON output: sorted keys, two-space indent, UTF-8 text, a trailing newline.

``auditor audit`` writes the article's report (``schemas/report.schema.json``);
``auditor check`` one document with every file's report, the files that could
not be audited, the baseline's effect and the totals (``schemas/check.schema.json``).
"""

from __future__ import annotations

import json
from typing import Any

from auditor._version import __version__
from auditor.results import FileResult, Results

CHECK_SCHEMA_VERSION = "1.0"


def dumps(data: Any) -> str:
    """Deterministic JSON text."""
    return json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def render(results: Results) -> str:
    """The report of the one audited article, or the combined document of a check run (compact: it can
    hold thousands of reports, and only the compact form is written by the json module's C encoder)."""
    if results.command == "check":
        return json.dumps(check_document(results), sort_keys=True, ensure_ascii=False, separators=(",", ":")) + "\n"
    (only,) = results.files
    return dumps(only.report)


def _status(result: FileResult) -> str:
    if result.error:
        return "error"
    if result.skipped:
        return "skipped"
    return "incomplete" if result.rule_errors else "audited"


def check_document(results: Results) -> dict[str, Any]:
    """The combined document of a check run."""
    errors: list[dict[str, Any]] = []
    for r in results.files:
        if r.error:
            errors.append({"source": r.source, "kind": "input", "rule": None, "message": r.error})
        errors += [
            {"source": r.source, "kind": "rule", "rule": e["rule"], "message": e["message"]} for e in r.rule_errors
        ]
    statuses = [_status(r) for r in results.files]
    return {
        "schema_version": CHECK_SCHEMA_VERSION,
        "tool": {"name": "auditor", "version": __version__},
        "fail_on": results.fail_on,
        "show": results.show,
        "files": [
            {
                "source": r.source,
                "status": status,
                "skipped": r.skipped,
                "baselined": len(r.baselined),
                "below_show": r.below_show,
            }
            for r, status in zip(results.files, statuses, strict=True)
        ],
        "reports": [r.report for r in results.files if r.report is not None],
        "errors": errors,
        "baseline": {
            "hidden": results.hidden_by_baseline,
            "fixed": [
                {"fingerprint": e.fingerprint, "rule": e.rule, "source": e.source, "claim": e.claim, "reason": e.reason}
                for e in results.baseline_fixed
            ],
        },
        "totals": {
            "files": len(results.files),
            "audited": statuses.count("audited") + statuses.count("incomplete"),
            "errors": statuses.count("error") + statuses.count("incomplete"),
            "skipped": statuses.count("skipped"),
            "findings": results.counts(),
            "suppressed": sum(r.report["summary"].get("suppressed", 0) for r in results.files if r.report),
            "baselined": results.hidden_by_baseline,
            "below_show": results.below_show,
        },
        "exit_code": results.exit_code(),
    }
