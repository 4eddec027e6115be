"""A real browser for the review page tests: Debian's chromium driven by Playwright's Python package.

Never downloads a browser (no ``playwright install``): it uses ``/usr/bin/chromium`` (installed
by ``.ci/run`` with apt), and tests that need it skip with the reason when it or Playwright is
missing (a user's clone).
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def launch() -> Iterator[Any]:
    """A headless chromium for a test module, or a skip saying what is missing."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("playwright is not installed (pip install -e '.[test]')")
    executable = CHROMIUM if CHROMIUM.exists() else Path(shutil.which("chromium") or "/nonexistent")
    if not executable.exists():
        pytest.skip("chromium is not installed (apt-get install chromium; .ci/run does it)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(executable), args=ARGS)
        try:
            yield browser
        finally:
            browser.close()


@dataclass
class Opened:
    """A page opened from disk, with everything it logged and requested."""

    page: Any
    errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)


def open_page(browser: Any, path: Path, width: int = 1400, height: int = 900) -> Opened:
    """Open a review page file in a fresh context (own local storage) and wait until it is ready."""
    context = browser.new_context(viewport={"width": width, "height": height}, accept_downloads=True)
    page = context.new_page()
    opened = Opened(page)
    page.on("console", lambda m: opened.errors.append(m.text) if m.type in ("error", "warning") else None)
    page.on("pageerror", lambda e: opened.errors.append(str(e)))
    page.on("request", lambda r: opened.requests.append(r.url))
    page.goto(path.resolve().as_uri())
    page.wait_for_selector("html[data-ready]")
    settle(page)
    return opened


def settle(page: Any) -> None:
    """Wait until the page has painted after the last event."""
    page.evaluate("() => new Promise(done => requestAnimationFrame(() => setTimeout(done, 0)))")


def screenshot(browser: Any, path: Path, out: Path, rule: str = "") -> bytes:
    """A screenshot of the review page at ``path`` on the first finding of ``rule`` (or of the list),
    written to ``out``."""
    opened = open_page(browser, path, 1280, 800)
    page = opened.page
    if rule and page.query_selector(f'#rule option[value="{rule}"]'):
        page.select_option("#rule", rule)
        page.keyboard.press("Escape")  # out of the select: keys go to the page
    page.keyboard.press("j")
    settle(page)
    page.wait_for_timeout(1800)  # let the highlight flash fade
    data: bytes = page.screenshot(path=str(out))
    page.context.close()
    return data


def big_article() -> str:
    """About 1 MB of Markdown: each paragraph a figure with a placeholder citation (about 2,000 findings whatever
    CIT001 decides, since CIT002 flags every placeholder)."""
    import random

    rnd = random.Random(7)
    syllables = ["ka", "lo", "mi", "ra", "ne", "to", "vu", "shi", "pe", "da", "zo", "bri", "an", "el", "or", "qu"]
    months = ["January", "March", "May", "July", "September", "November"]

    def word() -> str:
        made = "".join(rnd.choice(syllables) for _ in range(rnd.randint(2, 4)))
        return made if made not in ("mine", "none") else word()  # real words would change what the claims say

    paragraphs, size = [], 0
    while size < 1_000_000:
        claim = (
            f"The {word().capitalize()} {word().capitalize()} Council approved {rnd.randint(2, 900)} new "
            f"{word()}{rnd.choice(('s', 'ers', 'ings'))} at ${rnd.randint(2, 90)}.{rnd.randint(1, 9)} million "
            f"in {rnd.choice(months)} {rnd.randint(1990, 2023)} [source]."
        )
        filler = " ".join(
            rnd.choice(
                (
                    f"Perhaps the {word()} of {word()} could be {word()} for {word()} {word()}.",
                    f"Many {word()}s like {word()} {word()} near the {word()} in {word()}.",
                    f"Nobody knows whether {word()} {word()} or {word()} would {word()} the {word()}.",
                    f"It might be {word()} to {word()} a {word()} {word()} with {word()}.",
                )
            )
            for _ in range(5)
        )
        paragraphs.append(f"{claim} {filler}")
        size += len(paragraphs[-1]) + 2
    return "# A long article\n\n" + "\n\n".join(paragraphs) + "\n"


HIGHLIGHTS = """() => {
  const data = JSON.parse(document.getElementById('report-data').textContent);
  let g = 0;
  const out = [];
  for (const file of data.files) {
    for (const f of file.findings) {
      const nodes = document.querySelectorAll('#text mark[data-f~="' + g + '"]');
      let text = null;
      if (nodes.length) {
        const range = document.createRange();
        range.setStartBefore(nodes[0]);
        range.setEndAfter(nodes[nodes.length - 1]);
        text = range.toString();
      }
      const joined = Array.from(nodes, (n) => n.textContent).join('');
      out.push({id: f.id, source: file.source, marks: nodes.length, text: text, joined: joined});
      g++;
    }
  }
  return out;
}"""
"""In-page: each finding's highlighted text, from its first to its last mark (``text``, gaps included)
and its marks' text joined (``joined``): the two are equal only when the marks are contiguous."""
