"""formats: :class:`~auditor.results.Results` -> text, one small module per output format.

Formats are looked up by name; each module has ``render(results: Results) -> str``,
and ``FULL_REPORTS = False`` when it reads no more of a report than its findings
and the claims and citations they name (check mode then keeps only those).
Add one by putting its module in :data:`FORMATS` (or calling :func:`register`):
the command line's ``--format`` choices come from here.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

from auditor.results import Results

Formatter = Callable[[Results], str]

FORMATS: dict[str, str] = {
    "text": "auditor.formats.text",
    "json": "auditor.formats.json",
    "sarif": "auditor.formats.sarif",
    "github": "auditor.formats.github",
    "junit": "auditor.formats.junit",
    "markdown": "auditor.formats.markdown",
    "html": "auditor.formats.html",
}
"""Format name -> the module that renders it (imported only when used)."""


def register(name: str, module: str) -> None:
    """Make ``--format name`` render with ``module.render``."""
    FORMATS[name] = module


def names() -> tuple[str, ...]:
    """The format names, in registration order."""
    return tuple(FORMATS)


def formatter(name: str) -> Formatter:
    """The function that renders results in format ``name``."""
    if name not in FORMATS:
        raise ValueError(f"unknown output format {name!r}")
    render: Formatter = importlib.import_module(FORMATS[name]).render
    return render


def needs_full_reports(name: str) -> bool:
    """Whether format ``name`` reads every claim and citation of the reports (True unless it says not)."""
    return bool(getattr(importlib.import_module(FORMATS[name]), "FULL_REPORTS", True))
