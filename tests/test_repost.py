"""A page whose front matter declares the page it reposts or sums up has that page for every claim's source (CIT001
stays quiet); without the declaration, or with the page's own address, the same text is still flagged. Invented."""

from __future__ import annotations

import auditor
from tests.conftest import FIXTURES

FIXTURE = FIXTURES / "articles" / "repost-declares-its-source.md"


def cit001(text: str) -> int:
    return sum(f.rule == "CIT001" for f in auditor.audit_text(text).findings)


def test_a_declared_repost_is_sourced() -> None:
    assert cit001(FIXTURE.read_text(encoding="utf-8")) == 0


def test_without_the_declaration_the_figures_need_a_source() -> None:
    text = FIXTURE.read_text(encoding="utf-8").replace("source_url: https://valleytransit.example.org/news/weekend-buses\n", "")
    assert cit001(text) >= 1


def test_the_pages_own_address_is_no_source() -> None:
    own = "url: https://valleytransit.example.org/news/weekend-buses\n"
    text = FIXTURE.read_text(encoding="utf-8").replace("summarized: true\n", own)
    assert cit001(text) >= 1
