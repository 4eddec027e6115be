"""review: a saved report and the article it was made from, for the review page (``auditor report``).

A report file is untrusted input: it is size-capped, parsed strictly (no ``NaN``) and validated
against ``schemas/report.schema.json`` before anything reads it. The page needs the article's
text, which a report does not carry: it is read again from ``document.source`` (or a path given
instead), and its SHA-256 must be the report's ``document.sha256``; a changed or missing article
is an error, never highlights on the wrong words.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from auditor.errors import InputError

MAX_REPORT_BYTES = 100_000_000
"""Report files larger than this are refused (a report of the largest article auditor reads is far smaller)."""
_URL = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*://")


@cache
def _validator() -> Any:
    import jsonschema

    text = (resources.files("auditor") / "schemas" / "report.schema.json").read_text(encoding="utf-8")
    return jsonschema.Draft202012Validator(json.loads(text))


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def read_report(path: str | os.PathLike[str]) -> dict[str, Any]:
    """A report file as JSON data, or an :class:`InputError` that says what is wrong with it."""
    p = Path(path)
    try:
        if p.is_dir():
            raise InputError(f"{p}: is a directory, not a report file")
        if p.stat().st_size > MAX_REPORT_BYTES:
            raise InputError(f"{p}: larger than the {MAX_REPORT_BYTES:,}-byte limit for a report")
        data = p.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{p}: no such file") from None
    except OSError as exc:
        raise InputError(f"{p}: cannot read it ({exc.strerror or exc})") from None
    try:
        report = json.loads(data.decode("utf-8-sig"), parse_constant=_no_constant)
    except UnicodeDecodeError:
        raise InputError(f"{p}: not UTF-8 text, so not a JSON report") from None
    except (ValueError, RecursionError) as exc:
        reason = str(exc) if isinstance(exc, ValueError) else "nested too deeply"
        raise InputError(f"{p}: not a JSON report ({reason[:200]})") from None
    if not isinstance(report, dict):
        raise InputError(f"{p}: not an auditor report (expected a JSON object)")
    if "reports" in report and "files" in report:
        raise InputError(
            f"{p}: the report of a whole `auditor check` run; make its page with `auditor check --format html`"
        )
    error = next(iter(sorted(_validator().iter_errors(report), key=lambda e: list(e.absolute_path))), None)
    if error is not None:
        where = "/".join(str(part) for part in error.absolute_path) or "the top level"
        raise InputError(f"{p}: not a valid auditor report ({where}: {error.message[:200]})")
    return report


def sha256(text: str) -> str:
    """The hash a report gives its input text."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def article_text(report: dict[str, Any], report_path: str | os.PathLike[str], source: str | None = None) -> str:
    """The input text the report was made from: ``source`` if given, else the report's
    ``document.source`` (as given, or relative to the report file), checked against its SHA-256."""
    return read_article(article_file(report, report_path, source), report["document"]["sha256"])


def article_file(report: dict[str, Any], report_path: str | os.PathLike[str], source: str | None = None) -> Path:
    """Where the article of a report is: ``source`` if given, else the report's ``document.source``
    (as given, or relative to the report file)."""
    doc = report["document"]
    named = source or doc["source"]
    if not named or named in ("-", "<stdin>") or _URL.match(named):
        what = "a URL" if named and _URL.match(named) else "standard input"
        raise InputError(
            f"the report's article came from {what} and cannot be read again here; save the article "
            f"to a file and pass it with --source FILE"
        )
    path = Path(named)
    if not path.exists() and not path.is_absolute() and source is None:
        beside = Path(report_path).parent / path
        path = beside if beside.exists() else path
    if not path.exists():
        raise InputError(f"{named}: the report's article is not there; pass it with --source FILE")
    return path


def read_article(path: str | os.PathLike[str], expected_sha256: str) -> str:
    """The text of an article file, which must still be the text a report was made from."""
    from auditor.api import read_text

    text = read_text(path)
    if sha256(text) != expected_sha256:
        raise InputError(
            f"{path}: changed since the report was made (its SHA-256 differs from the report's); "
            "audit it again for a page that matches it"
        )
    return text
