"""Property tests: on any input, only AuditorErrors, offsets inside the input, the same output twice.

The example count comes from the Hypothesis profile: ``ci`` (the default,
small, so the suite stays fast) or ``campaign`` (scripts/fuzz_campaign.py runs
these same properties with a large budget). Inputs that once crashed are kept
as explicit ``@example`` regressions.
"""

from __future__ import annotations

import json
import re

from hypothesis import example, given
from hypothesis import strategies as st

import auditor
from auditor import urls
from auditor.errors import AuditorError
from auditor.load import detect_format
from auditor.model import Document
from auditor.net.address import literal_address, refusal
from auditor.report import Report
from auditor.segment import sentence_spans
from auditor.suppress import apply
from tests.fuzz_strategies import articles, formats, url_like

_SPACE = re.compile(r"\s+")


def _load(text: str, fmt: str) -> Document | None:
    try:
        return auditor.load_document(text, fmt, "fuzz")
    except AuditorError:
        return None


def _audit(text: str, fmt: str) -> Report | None:
    try:
        return auditor.audit_text(text, fmt, "fuzz.md")
    except AuditorError:
        return None


def _subsequence(needle: str, haystack: str) -> bool:
    it = iter(haystack)
    return all(ch in it for ch in needle)


@given(articles, formats)
@example("<div>" * 300 + "x", "html")
@example("[^1]\n\n[^1]: [^1]", "markdown")
def test_load_document(text: str, fmt: str) -> None:
    doc = _load(text, fmt)
    if doc is None:
        return
    assert doc.raw == text and doc.format == detect_format(text, "fuzz") if fmt == "auto" else doc.format == fmt
    n, m = len(doc.text), len(doc.raw)
    previous = 0
    for block in doc.blocks:
        assert previous <= block.start <= block.end <= n
        previous = block.end
    for link in doc.links:
        assert 0 <= link.start <= link.end <= n
    for offset in range(0, n + 1, max(1, n // 50)):
        assert 0 <= doc.to_raw(offset) <= m


@given(articles)
@example("Dr. Smith. \u2026 U.S. e.g. 3.5. A")
def test_split_sentences(text: str) -> None:
    spans = list(sentence_spans(text))
    previous = 0
    for start, end in spans:
        assert previous <= start < end <= len(text)
        assert not text[start].isspace() and not text[end - 1].isspace()
        previous = end
    assert auditor.split_sentences(text) == [text[s:e] for s, e in spans]


@given(url_like)
@example("http://[")
@example("http://[fe80::1%zz/")
@example("https://\uff21\uff0f@x/")
def test_urls_never_raise(url: str) -> None:
    parts = urls.split(url)
    assert isinstance(parts.path, str) and urls.host(url) == urls.host(url).lower()
    host = parts.hostname or ""
    try:
        address = literal_address(host)
    except AuditorError:
        return
    if address is not None:
        assert refusal(address) is None or isinstance(refusal(address), str)


@given(articles, formats)
@example("The plant cut 300 jobs [Reuters](http://[bad/x). It hired 20 people [AP](http://[::1/y) in 2020.", "markdown")
@example('<p>The plant cut 300 jobs <a href="http://[::1">AP</a> in 2020.</p>', "html")
def test_audit_text(text: str, fmt: str) -> None:
    report = _audit(text, fmt)
    if report is None:
        return
    assert report.errors == ()  # no rule crashes on any input
    data = report.to_dict()
    raw, body = report.document.raw, report.document.text
    for item in (*data["claims"], *data["citations"], *data["findings"]):
        assert 0 <= item["start"] <= item["end"] <= len(raw)
        assert item["line"] >= 1
    for claim in report.claims:
        assert 0 <= claim.start < claim.end <= len(body)
        # the claim's text is its sentence, tidied: its characters appear there in order
        assert _subsequence(_SPACE.sub("", claim.text), _SPACE.sub("", body[claim.start : claim.end]))
    again = _audit(text, fmt)
    assert again is not None and json.dumps(again.to_dict(), sort_keys=True) == json.dumps(data, sort_keys=True)


_CODES = ["", "C", "CI", "CIT", "CIT0", "CIT00", "CIT001", "CIT002", "CON", "ART004", "X"]


@given(
    st.lists(st.tuples(st.sampled_from(["CIT001", "CIT002", "CON003", "ART004"]), st.integers(1, 30)), max_size=40),
    st.lists(st.tuples(st.frozensets(st.sampled_from(_CODES), min_size=1), st.integers(1, 30), st.integers(0, 10)), max_size=12),
)
def test_suppressions_sweep_matches_the_definition(found: list[tuple[str, int]], ranges: list[tuple[frozenset[str], int, int]]) -> None:
    from auditor.model import Finding, Suppression

    findings = [Finding(rule, rule.lower(), "info", "m", n, n) for n, (rule, _) in enumerate(found)]
    lines = [line for _, line in found]
    suppressions = tuple(Suppression(codes, start, start + length) for codes, start, length in ranges)
    kept, silenced, used = apply(findings, lines, suppressions)
    expected, expected_used = [], set()
    for f, line in zip(findings, lines, strict=True):  # the definition: every finding against every suppression
        hits = {
            (k, c) for k, s in enumerate(suppressions) if s.start <= line <= s.end for c in s.codes if f.rule.startswith(c)
        }
        expected_used |= hits
        if not hits:
            expected.append(f)
    assert kept == expected and silenced == len(findings) - len(expected) and used == expected_used
