"""The review page generator without a browser: span mapping, safe embedding, policy, size."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from pathlib import Path

import pytest

import auditor
from auditor.formats.html import BodyMap, ReviewFile, page, policy, render_report, to_script_json
from auditor.load import load_document
from tests.conftest import FIXTURES, ROOT, shared_path

ARTICLES = sorted((FIXTURES / "articles").iterdir()) + sorted((FIXTURES / "review").iterdir())
DATA = re.compile(r'<script type="application/json" id="report-data">(.*?)</script>', re.S)


def page_data(html: str) -> dict[str, object]:
    match = DATA.search(html)
    assert match, "no embedded data"
    data: dict[str, object] = json.loads(match.group(1))
    return data


def check_spans(path: Path) -> int:
    """Every finding's and claim's input span maps back onto exactly its body span."""
    report = auditor.audit_path(path)
    doc = report.document
    bodymap = BodyMap(load_document(doc.raw, doc.format, doc.source))
    checked = 0
    for item in (*report.findings, *report.claims):
        assert bodymap.body(*report.raw_span(item.start, item.end)) == (item.start, item.end), item
        checked += 1
    return checked


@pytest.mark.parametrize("article", ARTICLES, ids=[a.name for a in ARTICLES])
def test_input_spans_map_back_to_body_spans(article: Path) -> None:
    assert check_spans(article) > 0


def test_seed_spans_map_back_to_body_spans() -> None:
    seeds = sorted(shared_path("corpus", "seeds").glob("*.txt"))
    assert seeds and sum(check_spans(p) for p in seeds) > 100


def test_a_span_with_no_body_text_is_not_placed() -> None:
    raw = '<html><body><p>The plant cut <a href="https://example.com/x">300 jobs</a> in May 2024.</p></body></html>'
    doc = load_document(raw, "html")
    bodymap = BodyMap(doc)
    tag = raw.index("<a href")
    assert bodymap.body(tag + 1, tag + 8) is None  # inside the tag: no body character is there
    word = raw.index("300 jobs")
    assert bodymap.body(word, word + 8) == (doc.text.index("300 jobs"), doc.text.index("300 jobs") + 8)


def test_offsets_are_sent_in_utf16_units() -> None:
    doc = load_document("Buses \U0001f68c\U0001f68c left in May 2024 after 3 \U0001f68c stops.", "text")
    bodymap = BodyMap(doc)
    start = doc.text.index("after")
    assert bodymap.utf16(start) == start + 2
    assert bodymap.utf16(doc.text.index("stops")) == doc.text.index("stops") + 3
    assert bodymap.utf16(3) == 3


def test_script_json_escapes_everything_that_could_end_the_element() -> None:
    value = {"t": "</script><!-- <script>x</script> & \u2028\u2029 \ud800 caf\u00e9 \U0001f68c"}
    text = to_script_json(value)
    for bad in ("<", ">", "&", "\u2028", "\u2029", "\ud800"):
        assert bad not in text
    assert "caf\u00e9" in text  # other text stays as it is (the page is UTF-8)
    assert json.loads(text) == value


def test_policy_allows_exactly_the_inline_script_and_style() -> None:
    html = render_report(auditor.audit_path(FIXTURES / "articles" / "CIT002-placeholder-citation.txt"))
    style = re.search(r"<style>(.*?)</style>", html, re.S)
    scripts = re.findall(r"<script>(.*?)</script>", html, re.S)
    assert style and len(scripts) == 1

    def digest(text: str) -> str:
        return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"

    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', html)
    assert csp
    directives = dict(d.strip().split(" ", 1) for d in csp.group(1).replace("&#x27;", "'").split(";"))
    assert directives["default-src"] == "'none'"
    assert directives["connect-src"] == "'none'"
    assert directives["script-src"] == digest(scripts[0])
    assert directives["style-src"] == digest(style.group(1))
    assert directives["img-src"] == "data:"
    assert policy(scripts[0], style.group(1)) == csp.group(1).replace("&#x27;", "'")


def test_page_without_its_data_is_under_100_kb() -> None:
    html = render_report(auditor.audit_path(FIXTURES / "articles" / "CIT002-placeholder-citation.txt"))
    data = DATA.search(html)
    assert data
    assert len(html.encode()) - len(data.group(1).encode()) < 100_000


def test_text_from_the_report_cannot_fill_a_template_slot() -> None:
    path = FIXTURES / "review" / "hostile.txt"
    html = render_report(auditor.audit_path(path))
    text = page_data(html)["files"][0]["text"]  # type: ignore[index]
    assert "{{SCRIPT}} {{DATA}}" in text and text == auditor.load_document(path.read_text()).text
    assert html.count('"use strict"') == 1 and html.count("<script>") == 1  # the script went in once, not into the data
    assert html.count('<script type="application/json"') == 1


def test_findings_carry_body_spans_and_only_the_claims_they_name() -> None:
    path = FIXTURES / "articles" / "CON001-office-holder-conflict.md"
    report = auditor.audit_path(path)
    data = page_data(render_report(report))
    (file,) = data["files"]  # type: ignore[misc]
    named = {f.claim for f in report.findings if f.claim} | {c for f in report.findings for c in f.related}
    assert set(file["claims"]) == named
    for finding, shown in zip(report.findings, file["findings"], strict=True):
        assert shown["id"] and shown["fingerprint"] == report.fingerprint(finding)
        start, end = shown["span"]
        assert file["text"][start:end] == report.document.text[finding.start : finding.end]


def test_a_file_without_its_text_lists_its_findings_unplaced() -> None:
    report = auditor.audit_path(FIXTURES / "articles" / "CIT002-placeholder-citation.txt").to_dict()
    html = page([ReviewFile("a.txt", report, None, None), ReviewFile("b.txt", None, None, "b.txt: not valid UTF-8")])
    data = page_data(html)
    files = data["files"]
    assert files[0]["text"] is None and all(f["span"] is None for f in files[0]["findings"])  # type: ignore[index]
    assert files[1] == {  # type: ignore[index]
        "source": "b.txt",
        "error": "b.txt: not valid UTF-8",
        "text": None,
        "document": None,
        "summary": None,
        "findings": [],
        "claims": {},
        "citations": {},
        "errors": [],
    }
    assert data["title"] == "2 files"


def test_assets_are_package_data() -> None:
    pyproject = (ROOT / "pyproject.toml").read_text()
    assert '"formats/assets/*"' in pyproject
    assets = sorted(p.name for p in (ROOT / "auditor" / "formats" / "assets").iterdir())
    assert assets == ["review.css", "review.html", "review.js"]


def test_offsets_outside_the_input_are_not_placed() -> None:
    path = FIXTURES / "review" / "mixed.md"
    raw = path.read_text(encoding="utf-8")
    report = auditor.audit_path(path).to_dict()
    spans = [(len(raw) + 5, len(raw) + 9), (10**12, 10**12 + 1), (40, 30), (len(raw), len(raw) + 1)]
    for finding, (start, end) in zip(report["findings"], spans, strict=False):
        finding["start"], finding["end"] = start, end
    data = page_data(page([ReviewFile("mixed.md", report, raw)]))
    placed = [f["span"] for f in data["files"][0]["findings"]]  # type: ignore[index]
    assert placed[:4] == [None, None, None, None] and all(placed[4:])
