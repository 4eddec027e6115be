"""SARIF 2.1.0 (OASIS): for GitHub code scanning and other SARIF viewers.

One run; the driver lists every rule with its documentation and default level;
each finding is a result with its region, our fingerprint as a partial
fingerprint, and, when a baseline is in use, its ``baselineState`` (``new``, or
``unchanged`` for a baselined finding, which also carries an external
suppression; fixed baseline entries are ``absent`` results). Files that could
not be audited, and rules that crashed, are tool execution notifications.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from auditor._version import __version__
from auditor.results import BaselineEntry, FileResult, Results

FULL_REPORTS = False
"""It reads the findings, and the claims and citations they name, only."""

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
FINGERPRINT_KEY = "auditorFingerprint/v1"
INFORMATION_URI = "https://pypi.org/project/auditor/"


def render(results: Results) -> str:
    """The SARIF log of a run."""
    return json.dumps(sarif_log(results), indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def _rules() -> list[dict[str, Any]]:
    from auditor.checks import all_rules

    return [
        {
            "id": r.code,
            "name": "".join(word.capitalize() for word in r.name.split("-")),
            "shortDescription": {"text": r.summary},
            "fullDescription": {"text": r.doc},
            "help": {"text": f"{r.doc}\n\nExplain it with: auditor rules {r.code}"},
            "defaultConfiguration": {"level": LEVELS[r.severity]},
            "properties": {"tags": [r.code[:3], r.name]},
        }
        for r in all_rules()
    ]


def sarif_log(results: Results) -> dict[str, Any]:
    """The SARIF log as JSON data."""
    rules = _rules()
    index = {r["id"]: n for n, r in enumerate(rules)}
    with_baseline = results.baseline is not None
    out: list[dict[str, Any]] = []
    notifications: list[dict[str, Any]] = []
    for result in results.files:
        uri = _uri(results.display(result.source))
        for f in result.findings:
            out.append(_result(f, uri, index, "new" if with_baseline else None))
        for f in result.baselined:
            out.append(_result(f, uri, index, "unchanged"))
        notifications += _notifications(result, uri)
    out += [_absent(e, _uri(results.display(e.source)), index) for e in results.baseline_fixed]
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "auditor",
                        "version": __version__,
                        "semanticVersion": __version__,
                        "informationUri": INFORMATION_URI,
                        "rules": rules,
                    }
                },
                "columnKind": "unicodeCodePoints",
                "results": out,
                "invocations": [
                    {"executionSuccessful": not results.failed_files, "toolExecutionNotifications": notifications}
                ],
            }
        ],
    }


def _uri(path: str) -> str:
    if path.lower().startswith(("http://", "https://")):  # an audited page: its address, as it is
        return path
    return quote(path, safe="/")


def _location(uri: str, finding: Mapping[str, Any] | None = None) -> dict[str, Any]:
    artifact = {"uri": uri} if "://" in uri else {"uri": uri, "uriBaseId": "%SRCROOT%"}
    physical: dict[str, Any] = {"artifactLocation": artifact}
    if finding is not None:
        physical["region"] = {
            "startLine": finding["line"],
            "startColumn": finding["column"],
            "endLine": max(finding["end_line"], finding["line"]),
            "charOffset": finding["start"],
            "charLength": max(finding["end"] - finding["start"], 0),
        }
    return {"physicalLocation": physical}


def _result(finding: Mapping[str, Any], uri: str, index: Mapping[str, int], state: str | None) -> dict[str, Any]:
    result: dict[str, Any] = {
        "ruleId": finding["rule"],
        "level": LEVELS[finding["severity"]],
        "message": {"text": finding["message"]},
        "locations": [_location(uri, finding)],
        "partialFingerprints": {FINGERPRINT_KEY: finding["fingerprint"]},
    }
    if finding["rule"] in index:
        result["ruleIndex"] = index[finding["rule"]]
    if state:
        result["baselineState"] = state
    if state == "unchanged":
        result["suppressions"] = [{"kind": "external", "justification": "recorded in the auditor baseline file"}]
    return result


def _absent(entry: BaselineEntry, uri: str, index: Mapping[str, int]) -> dict[str, Any]:
    result: dict[str, Any] = {
        "ruleId": entry.rule,
        "level": "none",
        "message": {"text": f"Fixed since the baseline: {entry.claim}" if entry.claim else "Fixed since the baseline."},
        "locations": [_location(uri)],
        "partialFingerprints": {FINGERPRINT_KEY: entry.fingerprint},
        "baselineState": "absent",
    }
    if entry.rule in index:
        result["ruleIndex"] = index[entry.rule]
    return result


def _notifications(result: FileResult, uri: str) -> list[dict[str, Any]]:
    found = []
    if result.error:
        found.append(
            {
                "level": "error",
                "message": {"text": f"could not be audited: {result.error}"},
                "locations": [_location(uri)],
            }
        )
    for e in result.rule_errors:
        found.append(
            {
                "level": "error",
                "message": {"text": f"rule {e['rule']} ({e['name']}) crashed: {e['message']}"},
                "locations": [_location(uri)],
                "associatedRule": {"id": e["rule"]},
            }
        )
    return found
