"""Speed of the review page for a large report: building it, and opening and filtering it in chromium.

    python bench/bench_review.py            # the numbers
    python bench/bench_review.py --json     # the same, as JSON

The article is about 1 MB of generated Markdown with one unsourced figure per paragraph (over
2,000 findings; see ``tests/browser.py: big_article``). It measures the page's size without its
data (the budget is 100 KB) and with it, the time to build the page in process, and in a headless
chromium (Playwright, ``/usr/bin/chromium``) the time to open it until ready and painted, to filter
by rule, to show everything again, to drop a severity, to search, and to step through 20 findings
with the keyboard. Medians of ``--repeat`` runs (default 3).
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import auditor  # noqa: E402 - after the path set-up, so the checkout is measured
from auditor.formats.html import render_report  # noqa: E402
from tests.browser import big_article, open_page, settle  # noqa: E402


def timed(action: Callable[[], Any]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def measure_once(browser: Any, path: Path) -> dict[str, float]:
    """One opening of the page and a round of filters, each until the page has painted."""
    holder: list[Any] = []
    out = {"open_s": timed(lambda: holder.append(open_page(browser, path)))}
    page = holder[0].page

    def step(action: Callable[[], Any]) -> float:
        return timed(lambda: (action(), settle(page)))

    out["filter_rule_s"] = step(lambda: page.select_option("#rule", "ART004"))
    out["filter_all_s"] = step(lambda: page.select_option("#rule", ""))
    out["filter_severity_s"] = step(lambda: page.uncheck("#sev-info"))
    page.check("#sev-info")
    settle(page)
    # Typing is debounced by 120 ms: the figure includes it.
    out["search_s"] = step(
        lambda: (
            page.fill("#search", "council"),
            page.wait_for_function("() => !/^\\d+ findings/.test(document.getElementById('count').textContent)"),
        )
    )
    page.fill("#search", "")
    page.wait_for_function("() => /^\\d+ findings/.test(document.getElementById('count').textContent)")
    page.keyboard.press("Escape")  # out of the search box: keys typed there are the box's
    settle(page)
    out["20_keys_s"] = step(lambda: [page.keyboard.press("j") for _ in range(20)])
    assert page.eval_on_selector_all(".finding.current", "e => e.length") == 1
    page.context.close()
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    from tests.browser import ARGS, CHROMIUM

    text = big_article()
    report = auditor.audit_text(text, "markdown", "long.md")
    html = render_report(report)
    data = re.search(r'<script type="application/json" id="report-data">(.*?)</script>', html, re.S)
    assert data
    results: dict[str, Any] = {
        "article_chars": len(text),
        "findings": len(report.findings),
        "page_bytes": len(html.encode()),
        "page_bytes_without_data": len(html.encode()) - len(data.group(1).encode()),
        "build_s": statistics.median(timed(lambda: render_report(report)) for _ in range(args.repeat)),
    }
    runs: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as playwright:
        path = Path(tmp) / "long.html"
        path.write_text(html, encoding="utf-8")
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        for _ in range(args.repeat):
            for name, value in measure_once(browser, path).items():
                runs.setdefault(name, []).append(value)
        browser.close()
    results |= {name: round(statistics.median(values), 3) for name, values in runs.items()}
    results["build_s"] = round(results["build_s"], 3)
    if args.json:
        print(json.dumps(results, indent=2))
    else:
        for name, value in results.items():
            print(f"{name:<24} {value:,}" if isinstance(value, int) else f"{name:<24} {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
