"""An HTML page that wraps its title, byline and every paragraph in one ``<header>`` (:mod:`auditor.load.html_article`):
the header holds the article's body and is read; a masthead ``<header>`` of links and a tagline is still page
chrome, and the byline is still not a claim. Invented."""

from __future__ import annotations

import auditor
from auditor.load import load_document
from tests.conftest import FIXTURES

PAGE = FIXTURES / "articles" / "body-inside-page-header.html"


def body() -> str:
    return load_document(PAGE.read_text(encoding="utf-8"), "html").text


def test_the_body_inside_the_header_is_read() -> None:
    text = body()
    assert "A council may raise the rent for a plot" in text
    assert any("60%" in f.message for f in auditor.audit_path(str(PAGE)).findings if f.rule == "CIT001")


def test_the_masthead_and_the_byline_are_still_left_out() -> None:
    text = body()
    assert "Plain guides for plot holders" not in text
    assert "min read" not in text


def test_a_header_of_a_title_and_one_paragraph_is_still_chrome() -> None:
    page = PAGE.read_text(encoding="utf-8")
    start = page.index("<p>This guide sets out")
    end = page.index("</div>\n</header>")
    short = page[:start] + page[end:]
    assert "Holding a plot" not in load_document(short, "html").text
