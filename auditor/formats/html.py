"""The review page: reports as one self-contained HTML file to go through their findings.

The page shows each article's body (``Document.text``: what a reader sees, not the HTML source)
with the findings highlighted in place, the findings list beside it grouped by rule, filters,
keyboard navigation, and triage (accept, dismiss with a reason) kept in the browser's local
storage and exported as a baseline file. CSS, JavaScript (``assets/``) and the data are inline;
a Content-Security-Policy allows only that script and style, by hash, and no network at all.

Report offsets point into the input as given (for HTML, into the source); the page needs body
offsets. The input is loaded again with the report's format, and each reported span is mapped
back onto the body by bisection over the body -> input offset map. A span is highlighted only
when mapping it forward again gives exactly the reported span; otherwise the finding is listed
without a highlight rather than shown on the wrong words. Offsets are sent to the page in UTF-16
code units, the unit of JavaScript strings.

Untrusted text stays text: the data is JSON inside ``<script type="application/json">`` with
``<``, ``>``, ``&``, U+2028 and U+2029 escaped, and the script only ever writes it with
``textContent`` (Trusted Types in the policy make any ``innerHTML`` write fail).
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING, Any

from auditor import knowledge
from auditor.model import Document

if TYPE_CHECKING:
    from auditor.report import Report
    from auditor.results import Results

_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}
_TO_ESCAPE = re.compile("[<>&\u2028\u2029\ud800-\udfff]")
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
_SLOT = re.compile(r"\{\{(CSP|TITLE|STYLE|SCRIPT|DATA)\}\}")


@dataclass(frozen=True, slots=True)
class ReviewFile:
    """One file of the page: its report (JSON data) and the input text the report was made from.

    ``raw`` None: the findings are listed without the article. ``error``: why the file could
    not be audited or shown (a file of a ``check`` run with no report has only ``source``).
    """

    source: str | None
    report: Mapping[str, Any] | None = None
    raw: str | None = None
    error: str | None = None
    location: str | None = None
    """Where the file is from the working directory, when ``source`` is relative to another root: the
    article is loaded again from there, reading the same includes and site settings as when audited."""


class BodyMap:
    """Input spans -> body spans of one loaded document (the inverse of ``Report.raw_span``)."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.size = len(doc.text)
        astral = [m.start() for m in _ASTRAL.finditer(doc.text)]
        self._astral = astral

    def forward(self, start: int, end: int) -> tuple[int, int]:
        """Input offsets of a body span, exactly as a report computes them."""
        to_raw = self.doc.to_raw
        if end <= start:
            point = to_raw(start - 1) + 1 if start > 0 else to_raw(0)
            return point, point
        raw_start = to_raw(start)
        return raw_start, max(raw_start, to_raw(end - 1) + 1)

    def body(self, start: int, end: int) -> tuple[int, int] | None:
        """The body span reported as input span ``start``-``end``, or None when there is none."""
        to_raw, n = self.doc.to_raw, self.size
        if end <= start:  # zero width: just after the body character before it
            if n == 0 or to_raw(0) >= start:
                found = (0, 0)
            else:
                b = bisect_left(range(1, n + 1), start - 1, key=lambda b: to_raw(b - 1)) + 1
                found = (b, b)
        else:
            # The last body character at or before the input start: separators the loader
            # inserted map onto the next character's input offset, and must not lead the span.
            b0 = bisect_right(range(n), start, key=to_raw) - 1
            if b0 < 0:
                return None
            b1 = bisect_left(range(b0 + 1, n + 1), end - 1, key=lambda b: to_raw(b - 1)) + b0 + 1
            found = (b0, min(b1, n))
        return found if self.forward(*found) == (start, end) else None

    def utf16(self, offset: int) -> int:
        """A body offset in UTF-16 code units (characters beyond U+FFFF count twice)."""
        return offset + bisect_left(self._astral, offset) if self._astral else offset


def _advice() -> Mapping[str, str]:
    data: Mapping[str, str] = knowledge.load("advice")
    return data


def _rules(codes: Iterable[str]) -> dict[str, dict[str, Any]]:
    """Name, summary, documentation and advice of each rule code (unknown codes: advice only)."""
    from auditor.checks import all_rules

    known = {r.code: r for r in all_rules()}
    advice = _advice()
    out: dict[str, dict[str, Any]] = {}
    for code in sorted(set(codes)):
        rule = known.get(code)
        out[code] = {
            "name": rule.name if rule else "",
            "summary": rule.summary if rule else "",
            "doc": rule.doc if rule else "",
            "advice": advice.get(code) or (rule.summary if rule else ""),
        }
    return out


def _span(item: Mapping[str, Any], bodymap: BodyMap | None) -> list[int] | None:
    """An item's body span in UTF-16 units, None when it cannot be placed."""
    span = bodymap.body(item["start"], item["end"]) if bodymap else None
    return [bodymap.utf16(span[0]), bodymap.utf16(span[1])] if bodymap and span else None


def file_data(item: ReviewFile) -> dict[str, Any]:
    """The page data of one file: body text, findings with body spans, the claims they name."""
    report = item.report
    data: dict[str, Any] = {"source": item.source, "error": item.error, "text": None}
    if report is None:
        return data | {"document": None, "summary": None, "findings": [], "claims": {}, "citations": {}, "errors": []}
    doc = report["document"]
    bodymap = None
    if item.raw is not None:
        from auditor.load import load_document

        bodymap = BodyMap(load_document(item.raw, doc["format"], doc["source"], location=item.location))
    findings = list(report["findings"])
    wanted = {f["claim"] for f in findings if f["claim"]} | {c for f in findings for c in f["related"]}
    claims = [c for c in report["claims"] if c["id"] in wanted]
    cited = {f["citation"] for f in findings if f["citation"]}
    data["text"] = bodymap.doc.text if bodymap else None
    data["document"] = doc
    data["summary"] = report["summary"]
    data["errors"] = list(report.get("errors", ()))
    data["findings"] = [dict(f, span=_span(f, bodymap)) for f in findings]
    data["claims"] = {c["id"]: {"text": c["text"], "line": c["line"], "span": _span(c, bodymap)} for c in claims}
    data["citations"] = {
        c["id"]: {"kind": c["kind"], "url": c["url"], "text": c["text"]}
        for c in report["citations"]
        if c["id"] in cited
    }
    return data


def to_script_json(value: Any) -> str:
    """JSON that is safe inside a ``<script>`` element: no ``</script>``, ``<!--``, line separators
    or lone surrogates (which UTF-8 cannot carry) appear as themselves."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return _TO_ESCAPE.sub(lambda m: _ESCAPES.get(m.group()) or f"\\u{ord(m.group()):04x}", text)


def _asset(name: str) -> str:
    return (resources.files("auditor.formats") / "assets" / name).read_text(encoding="utf-8")


def _hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


def policy(script: str, style: str) -> str:
    """The Content-Security-Policy: this script and this style only, no network, no markup sinks."""
    return "; ".join(
        (
            "default-src 'none'",
            f"script-src {_hash(script)}",
            f"style-src {_hash(style)}",
            "img-src data:",
            "connect-src 'none'",
            "base-uri 'none'",
            "form-action 'none'",
            "require-trusted-types-for 'script'",
            "trusted-types 'none'",
        )
    )


def report_id(files: Sequence[dict[str, Any]]) -> str:
    """The report fingerprint the page keys its triage by: the files, their inputs and findings."""
    key = [[f["source"], (f["document"] or {}).get("sha256"), [x["fingerprint"] for x in f["findings"]]] for f in files]
    return hashlib.sha256(json.dumps(key).encode()).hexdigest()[:20]


def page(files: Sequence[ReviewFile], title: str | None = None) -> str:
    """The review page of one or more files' reports."""
    data_files = [file_data(f) for f in files]
    codes = {x["rule"] for f in data_files for x in f["findings"]}
    tool = next((f.report["tool"] for f in files if f.report), {"name": "auditor", "version": ""})
    if title is None:
        names = [f.source or "<input>" for f in files]
        title = names[0] if len(names) == 1 else f"{len(names)} files"
    data = {"id": report_id(data_files), "title": title, "tool": tool, "rules": _rules(codes), "files": data_files}
    script, style = _asset("review.js"), _asset("review.css")
    if "</script" in script.lower() or "</style" in style.lower():  # an asset must not end its own element
        raise ValueError("review assets must not contain a closing script or style tag")
    slots = {
        "CSP": html.escape(policy(script, style)),
        "TITLE": html.escape(f"Review: {title}"),
        "STYLE": style,
        "SCRIPT": script,
        "DATA": to_script_json(data),
    }
    # One pass over the template: text from the data can never be taken for another slot.
    return _SLOT.sub(lambda m: slots[m.group(1)], _asset("review.html"))


def render_report(report: Report) -> str:
    """The review page of one :class:`~auditor.report.Report` (the input text is the report's own)."""
    data = report.to_dict()
    return page([ReviewFile(data["document"]["source"], data, report.document.raw)])


def render_results(results: Results, texts: Mapping[str, str] | None = None) -> str:
    """The review page of a run: every file with the findings the run shows.

    The input text of a file comes from ``texts`` (by source) or is read again from disk
    (relative to the run's root) and must have the report's SHA-256; a file whose text cannot be
    had that way is listed with its findings and the reason, without the article.
    """
    from auditor.errors import InputError
    from auditor.review import read_article

    texts = texts or {}
    files = []
    for result in results.files:
        if result.report is None:
            files.append(ReviewFile(result.source, None, None, result.error or result.skipped))
            continue
        report = result.report  # the findings the run shows: after suppressions, baseline and --show
        raw, error, location = texts.get(result.source), result.error, results.display(result.source)
        if raw is None:
            try:
                raw = read_article(location, report["document"]["sha256"])
            except InputError as exc:
                error = f"The article is not shown: {exc}"
        files.append(ReviewFile(result.source, report, raw, error, location))
    title = files[0].source or "<input>" if len(files) == 1 else f"{results.command}: {len(files)} files"
    return page(files, title)


def render(results: Results) -> str:
    """The ``--format html`` entry point of :mod:`auditor.formats`."""
    return render_results(results)
