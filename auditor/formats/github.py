"""GitHub Actions workflow commands: one annotation per finding on the pull request's files.

``::error file=PATH,line=L,col=C,endLine=E,title=CODE name::message`` (``warning``
and ``notice`` for the other severities). Values are escaped as the Actions
runner expects: ``%``, CR and LF in every value, and also ``:`` and ``,`` in
properties. Files that could not be audited and crashed rules are ``::error``
annotations on the file.
"""

from __future__ import annotations

from collections.abc import Mapping

from auditor.results import Results

FULL_REPORTS = False
"""It reads the findings, and the claims and citations they name, only."""

LEVELS = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(text: str) -> str:
    """A message, escaped."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A property value (file, title), escaped."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(level: str, message: str, properties: Mapping[str, object]) -> str:
    """One workflow command line."""
    props = ",".join(f"{k}={escape_property(str(v))}" for k, v in properties.items())
    return f"::{level} {props}::{escape_data(message)}" if props else f"::{level}::{escape_data(message)}"


def render(results: Results) -> str:
    """Every finding, per-file error and crashed rule as an annotation, in file order."""
    lines = []
    for result in results.files:
        path = results.display(result.source)
        if result.error:
            lines.append(command("error", f"could not be audited: {result.error}", {"file": path, "title": "auditor"}))
        for f in result.findings:
            props = {
                "file": path,
                "line": f["line"],
                "col": f["column"],
                "endLine": max(f["end_line"], f["line"]),
                "title": f"{f['rule']} {f['name']}",
            }
            lines.append(command(LEVELS[f["severity"]], f["message"], props))
        for e in result.rule_errors:
            title = f"auditor: rule {e['rule']} crashed"
            lines.append(
                command("error", f"{e['rule']} ({e['name']}) crashed: {e['message']}", {"file": path, "title": title})
            )
    return "".join(line + "\n" for line in lines)
