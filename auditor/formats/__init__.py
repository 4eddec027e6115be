"""formats: a report -> text in one output format (``text``, ``json``)."""

from __future__ import annotations

from collections.abc import Callable

from auditor.report import Report

Formatter = Callable[[Report], str]


def formatter(name: str) -> Formatter:
    """The function that renders a report in format ``name``."""
    if name == "json":
        from auditor.formats.json import render as render_json

        return render_json
    if name == "text":
        from auditor.formats.text import render as render_text

        return render_text
    raise ValueError(f"unknown output format {name!r}")


FORMATS = ("text", "json")
