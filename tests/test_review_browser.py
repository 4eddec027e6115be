"""The review page in a real browser (Debian's chromium through Playwright): highlights, filters,
keys, triage, export, hostile input, a large report, and the README's screenshot.

Skipped with the reason when Playwright or chromium is missing; CI installs both.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import auditor
from auditor.api import read_text
from auditor.formats.html import ReviewFile, page, render_report
from auditor.report import Report
from tests.browser import HIGHLIGHTS, Opened, big_article, launch, open_page, screenshot, settle
from tests.conftest import FIXTURES, ROOT, shared_path

ARTICLES = sorted((FIXTURES / "articles").iterdir()) + sorted((FIXTURES / "review").iterdir())
MIXED = FIXTURES / "review" / "mixed.md"
HOSTILE = [FIXTURES / "review" / "hostile.txt", FIXTURES / "review" / "hostile.html"]
CSP_META = re.compile(r'<meta http-equiv="Content-Security-Policy"[^>]*>')


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    yield from launch()


@pytest.fixture(autouse=True)
def _close_pages(request: pytest.FixtureRequest) -> Iterator[None]:
    """Each test's pages are closed after it (their renderer processes would pile up otherwise)."""
    yield
    if "browser" in request.fixturenames:
        for context in list(request.getfixturevalue("browser").contexts):
            context.close()


def write_page(tmp_path: Path, article: Path) -> tuple[Path, Report]:
    report = auditor.audit_path(article.relative_to(ROOT).as_posix() if article.is_relative_to(ROOT) else article)
    out = tmp_path / f"{article.name}.html"
    out.write_text(render_report(report), encoding="utf-8")
    return out, report


def assert_clean(opened: Opened, path: Path) -> None:
    assert opened.errors == []
    # The page itself (once per load), and nothing else.
    assert opened.requests and set(opened.requests) == {path.resolve().as_uri()}


def assert_exact_highlights(opened: Opened, report: Report) -> None:
    shown = opened.page.evaluate(HIGHLIGHTS)
    assert [s["id"] for s in shown] == [f"f{n}" for n in range(1, len(report.findings) + 1)]
    for finding, got in zip(report.findings, shown, strict=True):
        flagged = report.document.text[finding.start : finding.end]
        assert got["marks"] > 0, (finding, got)
        assert got["text"] == flagged and got["joined"] == flagged, (finding.rule, flagged, got)


@pytest.mark.parametrize("article", ARTICLES, ids=[a.name for a in ARTICLES])
def test_fixture_page_is_clean_and_highlights_exact_spans(
    browser: Any, tmp_path: Path, article: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
    path, report = write_page(tmp_path, article)
    opened = open_page(browser, path)
    assert_exact_highlights(opened, report)
    assert_clean(opened, path)


def test_seed_pages_highlight_every_finding_exactly(browser: Any, tmp_path: Path) -> None:
    seeds = sorted(shared_path("corpus", "seeds").glob("*.txt"))
    for seed in seeds:
        path, report = write_page(tmp_path, seed)
        opened = open_page(browser, path)
        assert_exact_highlights(opened, report)
        assert_clean(opened, path)
        opened.page.context.close()


def cards(opened: Opened) -> list[dict[str, str]]:
    """The rendered finding cards: rule, severity and triage classes."""
    result: list[dict[str, str]] = opened.page.eval_on_selector_all(
        "#list .finding",
        "els => els.map(e => ({rule: e.querySelector('.top b').textContent.split(' ')[0], cls: e.className,"
        " current: e.classList.contains('current') ? 'yes' : ''}))",
    )
    return result


def test_filters_by_severity_rule_triage_and_search(browser: Any, tmp_path: Path) -> None:
    path, report = write_page(tmp_path, MIXED)
    opened = open_page(browser, path)
    pg = opened.page
    rules = sorted(f.rule for f in report.findings)
    assert sorted(c["rule"] for c in cards(opened)) == rules
    pg.uncheck("#sev-error")
    settle(pg)
    assert sorted(c["rule"] for c in cards(opened)) == sorted(f.rule for f in report.findings if f.severity != "error")
    assert pg.eval_on_selector_all("#text mark.sev-error", "els => els.length") == 0
    pg.check("#sev-error")
    pg.select_option("#rule", "CIT001")
    settle(pg)
    assert [c["rule"] for c in cards(opened)] == ["CIT001", "CIT001"]
    pg.select_option("#rule", "")
    pg.fill("#search", "CRANES")
    pg.wait_for_function("() => document.querySelectorAll('#list .finding').length === 1")
    assert "cranes" in pg.text_content("#list .finding .quote")
    pg.fill("#search", "")
    pg.wait_for_function(f"() => document.querySelectorAll('#list .finding').length === {len(rules)}")
    pg.select_option("#triage", "dismissed")
    settle(pg)
    assert cards(opened) == []
    assert pg.text_content("#count") == f"0 of {len(rules)} findings shown"
    assert_clean(opened, path)


def test_keyboard_navigation_triage_and_persistence(browser: Any, tmp_path: Path) -> None:
    path, report = write_page(tmp_path, MIXED)
    opened = open_page(browser, path)
    pg = opened.page
    order = [c["rule"] for c in cards(opened)]  # grouped by rule
    assert order == sorted(order)
    for key in "jjjk":
        pg.keyboard.press(key)
    assert [c["current"] for c in cards(opened)].index("yes") == 1
    current = pg.eval_on_selector(".finding.current", "e => Number(e.dataset.g)")
    assert pg.eval_on_selector_all(f'#text mark.current[data-f~="{current}"]', "els => els.length") > 0
    pg.keyboard.press("a")
    pg.keyboard.press("j")
    pg.keyboard.press("d")
    pg.keyboard.press("2")
    pg.keyboard.press("j")
    pg.keyboard.press("d")
    pg.keyboard.press("x")  # not a reason: nothing happens
    states = [c["cls"] for c in cards(opened)]
    assert "accepted" in states[1] and "dismissed" in states[2] and "dismissed" not in states[3]
    assert "intended" in pg.text_content("#list .finding.dismissed .state")
    stored = pg.evaluate("() => Object.values(JSON.parse(localStorage.getItem(Object.keys(localStorage)[0])))")
    assert sorted(json.dumps(s, sort_keys=True) for s in stored) == [
        '{"reason": "intended", "state": "dismissed"}',
        '{"state": "accepted"}',
    ]
    pg.reload()
    pg.wait_for_selector("html[data-ready]")
    states = [c["cls"] for c in cards(opened)]
    assert "accepted" in states[1] and "dismissed" in states[2]
    assert pg.text_content("#progress").startswith("2 of 6 triaged")
    pg.select_option("#triage", "open")
    settle(pg)
    assert len(cards(opened)) == len(report.findings) - 2
    pg.keyboard.press("j")
    pg.keyboard.press("a")  # accepted: it leaves the "open" view, the next one becomes current
    assert len(cards(opened)) == len(report.findings) - 3
    assert [c["current"] for c in cards(opened)].count("yes") == 1
    pg.keyboard.press("?")
    assert pg.is_visible("#help") and "dismiss" in pg.text_content("#keys")
    pg.keyboard.press("Escape")
    assert not pg.is_visible("#help")
    assert_clean(opened, path)


def test_export_is_the_baseline_of_the_dismissed_findings(browser: Any, tmp_path: Path) -> None:
    path, report = write_page(tmp_path, MIXED)
    opened = open_page(browser, path)
    pg = opened.page
    reasons = {"CIT008": "false-positive", "CON003": "wont-fix", "CIT003": "intended"}
    for n, card in enumerate(cards(opened)):
        if card["rule"] in reasons:
            pg.click(f"#list .finding >> nth={n} >> button[data-reason={reasons[card['rule']]}]")
        elif card["rule"] == "CIT002":
            pg.click(f"#list .finding >> nth={n} >> button.accept")
    pg.keyboard.press("e")
    exported = pg.input_value("#export-text")
    data = report.to_dict()
    claims = {c["id"]: c["text"] for c in data["claims"]}
    expected = sorted(
        (
            {
                "fingerprint": f["fingerprint"],
                "rule": f["rule"],
                "source": data["document"]["source"],
                "claim": claims[f["claim"]],
                "reason": reasons[f["rule"]],
            }
            for f in data["findings"]
            if f["rule"] in reasons
        ),
        key=lambda e: (e["source"], e["rule"], e["fingerprint"]),
    )
    doc = {"schema_version": "1.0", "tool": "auditor", "findings": expected}
    assert exported == json.dumps(doc, indent=2, ensure_ascii=False) + "\n"
    with pg.expect_download() as download:
        pg.click("#download")
    saved = tmp_path / "baseline.json"
    download.value.save_as(saved)
    assert download.value.suggested_filename == "auditor-baseline.json"
    assert saved.read_text(encoding="utf-8") == exported
    assert_clean(opened, path)


def test_contradiction_links_both_claims_and_back(browser: Any, tmp_path: Path) -> None:
    path, report = write_page(tmp_path, MIXED)
    opened = open_page(browser, path)
    pg = opened.page
    (con,) = [f for f in report.findings if f.rule == "CON003"]
    (other,) = con.related
    other_claim = next(c for c in report.claims if c.id == other)
    other_text = other_claim.text  # tidied (citation markers left out)
    other_span = report.document.text[other_claim.start : other_claim.end]
    card = "#list .finding:has(b:text('CON003'))"
    quotes = pg.eval_on_selector_all(f"{card} .quote", "els => els.map(e => e.textContent)")
    assert len(quotes) == 2 and quotes[1].endswith(other_text)
    pg.click(f"{card} .quote >> nth=1")
    flashed = pg.eval_on_selector_all("#text .flash", "els => els.map(e => e.textContent).join('')")
    assert flashed == other_span
    assert pg.is_visible("#back")
    pg.click("#back")
    g = pg.eval_on_selector(card, "e => e.dataset.g")
    flashed = pg.eval_on_selector_all("#text .flash", "els => els.map(e => e.textContent).join('')")
    own = report.document.text[con.start : con.end]
    assert flashed == own and pg.eval_on_selector_all(f'#text mark.current[data-f~="{g}"]', "e => e.length") > 0
    assert_clean(opened, path)


def test_clicking_a_highlight_selects_its_findings_in_turn(browser: Any, tmp_path: Path) -> None:
    path, report = write_page(tmp_path, MIXED)
    opened = open_page(browser, path)
    pg = opened.page
    (attribution,) = [n for n, f in enumerate(report.findings) if f.rule == "CIT008"]
    mark = f'#text mark[data-f="{attribution - 1} {attribution}"]'  # the CIT008 span lies inside a CIT001 claim
    pg.click(mark)
    first = pg.eval_on_selector(".finding.current", "e => e.querySelector('.top b').textContent")
    pg.click(mark)
    second = pg.eval_on_selector(".finding.current", "e => e.querySelector('.top b').textContent")
    assert {first, second} == {"CIT001 missing-citation", "CIT008 unlinked-attribution"}
    assert_clean(opened, path)


PROBE = """() => ({
  pwned: typeof window.__pwned,
  scripts: document.scripts.length,
  elements: Array.from(document.querySelectorAll('img, iframe, object, embed, svg, math, form, base, link')).length,
  handlers: Array.from(document.querySelectorAll('*')).filter(e => Array.from(e.attributes).some(a => a.name.startsWith('on'))).length,
  hrefs: Array.from(document.querySelectorAll('[href]'), e => e.getAttribute('href')),
  links: Array.from(document.querySelectorAll('a[href]'), e => e.rel + ' ' + e.target),
})"""


@pytest.mark.parametrize("with_csp", [True, False], ids=["with-csp", "without-csp"])
@pytest.mark.parametrize("article", HOSTILE, ids=[a.name for a in HOSTILE])
def test_hostile_text_never_runs_script(browser: Any, tmp_path: Path, article: Path, with_csp: bool) -> None:
    """Also without the policy: the page itself never turns report text into markup."""
    path, report = write_page(tmp_path, article)
    if not with_csp:
        path.write_text(CSP_META.sub("", path.read_text(encoding="utf-8")), encoding="utf-8")
    opened = open_page(browser, path)
    pg = opened.page
    for _ in report.findings:
        pg.keyboard.press("j")
    pg.keyboard.press("e")
    pg.keyboard.press("Escape")
    for n in range(pg.eval_on_selector_all("#text mark", "e => e.length")):
        pg.click(f"#text mark >> nth={n}", force=True)
    settle(pg)
    probe = pg.evaluate(PROBE)
    assert probe == {"pwned": "undefined", "scripts": 2, "elements": 0, "handlers": 0, "hrefs": [], "links": []}
    assert "window.__pwned" in pg.text_content("#text")  # shown as the text it is
    assert_exact_highlights(opened, report)
    assert_clean(opened, path)


def test_hostile_report_urls_never_become_links(browser: Any, tmp_path: Path) -> None:
    """A report is untrusted too: only http(s) addresses become links, and those open safely."""
    article = FIXTURES / "review" / "hostile.txt"
    raw = article.read_text(encoding="utf-8")
    report = auditor.audit_path(article).to_dict()
    bad = [
        "javascript:window.__pwned=1",
        "data:text/html,<script>window.__pwned=2</script>",
        "vbscript:x",
        " javascript:y",
    ]
    for n, finding in enumerate(report["findings"]):
        finding["evidence"] = {"url": bad[n % len(bad)], "page": "https://example.org/a?b=<c>&d", "n": {"x": "<b>"}}
        if finding["citation"]:
            cited = next(c for c in report["citations"] if c["id"] == finding["citation"])
            cited["url"] = bad[(n + 1) % len(bad)]
    path = tmp_path / "hostile-report.html"
    path.write_text(page([ReviewFile(report["document"]["source"], report, raw)]), encoding="utf-8")
    opened = open_page(browser, path)
    for _ in report["findings"]:
        opened.page.keyboard.press("j")
    probe = opened.page.evaluate(PROBE)
    n = len(report["findings"])
    assert probe["pwned"] == "undefined" and probe["handlers"] == 0
    assert probe["hrefs"] == ["https://example.org/a?b=%3Cc%3E&d"] * n
    assert probe["links"] == ["noopener noreferrer _blank"] * n
    assert_clean(opened, path)


IN_VIEW = """() => {
  const marks = document.querySelectorAll('#text mark.current');
  const pane = document.getElementById('article').getBoundingClientRect();
  const box = marks[0].getBoundingClientRect();
  return marks.length > 0 && box.top >= pane.top && box.bottom <= pane.bottom;
}"""


def test_large_report_opens_and_filters_without_freezing(browser: Any, tmp_path: Path) -> None:
    """1 MB, about 2,000 findings: the times are printed (pytest -s); the bounds only catch a freeze."""
    text = big_article()
    report = auditor.audit_text(text, "markdown", "long.md")
    assert len(text) >= 1_000_000 and len(report.findings) >= 2000
    path = tmp_path / "long.html"
    started = time.perf_counter()
    path.write_text(render_report(report), encoding="utf-8")
    built = time.perf_counter() - started
    started = time.perf_counter()
    opened = open_page(browser, path)
    opened_in = time.perf_counter() - started
    pg = opened.page
    timings = {}
    for name, action, count in (
        ("rule", lambda: pg.select_option("#rule", "ART004"), 1),
        ("all", lambda: pg.select_option("#rule", ""), len(report.findings)),
        ("severity", lambda: pg.uncheck("#sev-info"), sum(f.severity != "info" for f in report.findings)),
    ):
        started = time.perf_counter()
        action()
        settle(pg)
        timings[name] = time.perf_counter() - started
        assert pg.text_content("#count").startswith(f"{count} ")
    pg.keyboard.press("Escape")  # leave the checkbox: keys typed in a form control are the control's
    started = time.perf_counter()
    for _ in range(20):
        pg.keyboard.press("j")
    settle(pg)
    timings["20 keys"] = time.perf_counter() - started
    assert [c["current"] for c in cards(opened)].index("yes") == 19  # the 20th of the list
    pg.check("#sev-info")
    pg.select_option("#rule", "CIT002")
    pg.keyboard.press("Escape")
    pg.keyboard.press("k")  # from the last finding of the view, far down the article
    pg.keyboard.press("k")
    settle(pg)
    assert pg.evaluate(IN_VIEW), "the current finding's highlight is not scrolled into the article's view"
    print(
        f"\nlarge report: {len(text):,} chars, {len(report.findings):,} findings, page {path.stat().st_size:,} bytes; "
        f"built {built:.2f}s, opened {opened_in:.2f}s, " + ", ".join(f"{k} {v:.2f}s" for k, v in timings.items())
    )
    assert opened_in < 60 and max(timings.values()) < 30  # a freeze, not a speed budget (bench/ measures speed)
    assert_clean(opened, path)


def test_screenshot_of_seed_000(browser: Any, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    """The README's picture; ``--update-screenshot`` writes it to docs/review.png."""
    (seed,) = shared_path("corpus", "seeds").glob("000_*.txt")
    report = auditor.audit_text(read_text(seed), "auto", seed.name)
    path = tmp_path / "000.html"
    path.write_text(render_report(report), encoding="utf-8")
    out = tmp_path / "review.png"
    png = screenshot(browser, path, out, rule="CON001")  # a contradiction: both claims, linked
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 20_000
    if request.config.getoption("--update-screenshot"):
        (ROOT / "docs").mkdir(exist_ok=True)
        (ROOT / "docs" / "review.png").write_bytes(png)


def test_several_files_with_a_file_list_and_filter(
    browser: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
    articles = [MIXED, FIXTURES / "articles" / "CON005-negation-conflict.md"]
    reports = [auditor.audit_path(a.relative_to(ROOT).as_posix()) for a in articles]
    files = [ReviewFile(r.document.source, r.to_dict(), r.document.raw) for r in reports]
    files.append(ReviewFile("broken.md", None, None, "broken.md: not valid UTF-8"))
    crashed = {"rule": "CON004", "name": "date-conflict", "message": "KeyError: '<b>'"}
    files[1] = ReviewFile(files[1].source, {**reports[1].to_dict(), "errors": [crashed]}, files[1].raw)
    path = tmp_path / "run.html"
    path.write_text(page(files, "check: 3 files"), encoding="utf-8")
    opened = open_page(browser, path)
    pg = opened.page
    total = sum(len(r.findings) for r in reports)
    assert len(cards(opened)) == total
    entries = pg.eval_on_selector_all("#files button", "els => els.map(e => e.textContent)")
    assert entries == [
        f"{reports[0].document.source} \u2014 {len(reports[0].findings)} findings",
        f"{reports[1].document.source} \u2014 {len(reports[1].findings)} findings",
        "broken.md \u2014 not audited",
    ]
    alerts = pg.eval_on_selector_all("#alerts .alert", "els => els.map(e => e.textContent)")
    assert alerts == [
        f"{reports[1].document.source}: rule CON004 (date-conflict) crashed, so this audit is incomplete: KeyError: '<b>'",
        "broken.md: not valid UTF-8",
    ]
    pg.click("#files button >> nth=1")
    settle(pg)
    assert len(cards(opened)) == len(reports[1].findings)
    assert pg.text_content("#article-title") == reports[1].document.source
    shown = pg.evaluate(HIGHLIGHTS)
    second = [s for s in shown if s["source"] == reports[1].document.source]
    for finding, got in zip(reports[1].findings, second, strict=True):
        assert got["text"] == reports[1].document.text[finding.start : finding.end]
    pg.select_option("#file", "")
    settle(pg)
    pg.keyboard.press("k")  # from nothing, the last finding of the list: it belongs to the other file
    last = pg.eval_on_selector(".finding.current", "e => Number(e.dataset.g)")
    owner = reports[0] if last < len(reports[0].findings) else reports[1]
    assert pg.text_content("#article-title") == owner.document.source
    assert_clean(opened, path)


def test_exported_baseline_hides_exactly_the_dismissed_findings_in_check(
    browser: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Dismiss in the page of a check run, export, and `auditor check --baseline` hides those and no others."""
    from auditor.cli import main
    from auditor.project import baseline
    from auditor.results import FileResult
    from tests.test_cli_report import content_repo

    monkeypatch.chdir(content_repo(tmp_path))
    run = ["check", "--no-cache", "--show", "info", "-q"]
    assert main([*run, "--format", "html", "-o", "review.html"]) == 1
    assert main([*run, "--format", "json", "-o", "before.json"]) == 1
    before = json.loads((tmp_path / "before.json").read_text())

    def found(run_report: dict[str, Any]) -> list[str]:
        return sorted(f["fingerprint"] for r in run_report["reports"] for f in r["findings"])

    opened = open_page(browser, tmp_path / "review.html")
    pg = opened.page
    dismissed: dict[str, str] = {}
    for steps, choice, reason in ((1, "1", "false-positive"), (2, "2", "intended"), (3, "3", "wont-fix")):
        for _ in range(steps):
            pg.keyboard.press("j")
        pg.keyboard.press("d")
        pg.keyboard.press(choice)
        fingerprint = pg.eval_on_selector(".finding.current .fp", "e => e.textContent.split(' ').pop()")
        dismissed.setdefault(fingerprint, reason)
    assert len(dismissed) == 3
    pg.keyboard.press("e")
    exported = pg.input_value("#export-text")
    (tmp_path / "baseline.json").write_text(exported, encoding="utf-8")

    entries = [
        e
        for r in before["reports"]
        for e in baseline.entries_of(FileResult(r["document"]["source"], r), dismissed)
        if e.fingerprint in dismissed
    ]
    assert exported == baseline.dumps(entries)  # byte for byte what check itself would write
    assert main([*run, "--format", "json", "-o", "after.json", "--baseline", "baseline.json"]) == 1
    after = json.loads((tmp_path / "after.json").read_text())
    hidden = [fp for fp in found(before) if fp in dismissed]
    assert found(after) == [fp for fp in found(before) if fp not in dismissed]
    assert after["baseline"]["hidden"] == len(hidden) >= 3
    assert_clean(opened, tmp_path / "review.html")
