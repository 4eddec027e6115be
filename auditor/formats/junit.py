"""JUnit XML: one test case per file, for CI systems that show test reports.

A file fails when it has a finding at or above ``--fail-on`` (every finding is
listed in the failure's text); a file that could not be audited is an error;
an empty file is skipped. Deterministic: no timestamps, no durations.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape as _escape
from xml.sax.saxutils import quoteattr as _quoteattr

from auditor.results import FileResult, Results, at_or_above

FULL_REPORTS = False
"""It reads the findings, and the claims and citations they name, only."""

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def escape(text: str) -> str:
    """Element text, escaped, without the characters XML 1.0 cannot hold."""
    return _escape(_NOT_XML.sub("\ufffd", text))


def quoteattr(text: str) -> str:
    """An attribute value, quoted and escaped, without the characters XML 1.0 cannot hold."""
    return _quoteattr(_NOT_XML.sub("\ufffd", text))


def _finding_lines(results: Results, result: FileResult) -> str:
    path = results.display(result.source)
    return "\n".join(
        f"{path}:{f['line']}:{f['column']}: {f['severity']} {f['rule']} {f['name']}: {f['message']}"
        for f in result.findings
    )


def _case(results: Results, result: FileResult) -> tuple[str, str]:
    """(outcome, XML) of one file: outcome is pass, failure, error or skipped."""
    path = results.display(result.source)
    head = f'    <testcase classname="auditor" name={quoteattr(path)} file={quoteattr(path)}'
    if result.skipped:
        return "skipped", f"{head}>\n      <skipped message={quoteattr(result.skipped)}/>\n    </testcase>"
    if result.error or result.rule_errors:
        message = result.error or "; ".join(f"rule {e['rule']} crashed: {e['message']}" for e in result.rule_errors)
        body = escape(_finding_lines(results, result))
        return "error", f"{head}>\n      <error message={quoteattr(message)}>{body}</error>\n    </testcase>"
    failing = [f for f in result.findings if at_or_above(f["severity"], results.fail_on)]
    if failing:
        rules = sorted({f["rule"] for f in failing})
        n = len(failing)
        message = f"{n} finding{'s' if n != 1 else ''} at or above {results.fail_on}: {', '.join(rules)}"
        body = escape(_finding_lines(results, result))
        return (
            "failure",
            f'{head}>\n      <failure message={quoteattr(message)} type="auditor">{body}</failure>\n    </testcase>',
        )
    if result.findings:
        return (
            "pass",
            f"{head}>\n      <system-out>{escape(_finding_lines(results, result))}</system-out>\n    </testcase>",
        )
    return "pass", f"{head}/>"


def render(results: Results) -> str:
    """A JUnit XML document with one test suite."""
    cases = [_case(results, r) for r in results.files]
    outcomes = [o for o, _ in cases]
    counts = (
        f'tests="{len(cases)}" failures="{outcomes.count("failure")}" '
        f'errors="{outcomes.count("error")}" skipped="{outcomes.count("skipped")}"'
    )
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<testsuites name="auditor" {counts}>',
        f'  <testsuite name="auditor {results.command}" {counts}>',
        *(xml for _, xml in cases),
        "  </testsuite>",
        "</testsuites>",
    ]
    return "\n".join(lines) + "\n"
