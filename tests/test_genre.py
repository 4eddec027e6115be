"""Which documents are reported pieces (auditor.genre), and what CIT001 asks of them."""

from __future__ import annotations

import pytest

import auditor
from auditor.article import analyse
from auditor.checks.unsourced import genre, unsourced_needs
from auditor.genre import Genre, has_byline, opens_with_dateline, page_types
from auditor.model import Document


def _doc(text: str, fmt: str = "text") -> Document:
    return auditor.load_document(text, input_format=fmt)


NEWS_PAGE = """<!doctype html><html><head><title>Pier reopens</title>
<script type="application/ld+json">{"@context": "https://schema.org", "@type": ["NewsArticle"], "headline": "x"}</script>
</head><body><article><h1>Pier reopens</h1><p>The pier reopened on Monday after a $4 million repair.</p>
<p>About 3,000 people walked it on the first day.</p></article></body></html>"""
BLOG_PAGE = """<!doctype html><html><head><title>Pier reopens</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="2025-05-02">
</head><body><article><h1>Pier reopens</h1><p>The pier reopened on Monday after a $4 million repair.</p>
<p>About 3,000 people walked it on the first day.</p></article></body></html>"""


def test_a_page_that_declares_a_news_type_is_a_reported_piece() -> None:
    assert page_types(_doc(NEWS_PAGE, "html")) == (True, False)
    found = genre(analyse(_doc(NEWS_PAGE, "html")))
    assert found.news_type and found.reported
    assert found.prose == 0  # decided without reading the sentences


def test_an_article_page_without_named_speakers_is_not() -> None:
    assert page_types(_doc(BLOG_PAGE, "html")) == (False, True)
    found = genre(analyse(_doc(BLOG_PAGE, "html")))
    assert found.article_page and not found.reported


def test_a_wire_dateline_opens_a_reported_piece() -> None:
    assert opens_with_dateline(_doc("Pier reopens\n\nDOVER, May 3 (Coast Wire) - The pier reopened on Monday."))
    assert not opens_with_dateline(_doc("Pier reopens\n\nThe pier reopened on Monday in Dover."))


def test_a_byline_is_read_at_the_top() -> None:
    assert has_byline(_doc("Pier reopens\n\nBy Jane Doe\n\nThe pier reopened on Monday."))
    assert not has_byline(_doc("Pier reopens\n\nThe pier reopened on Monday, by all accounts."))


@pytest.mark.parametrize(
    ("signals", "reported"),
    [
        (Genre(news_type=True), True),
        (Genre(dateline=True), True),
        (Genre(attributed=3, prose=20), True),
        (Genre(attributed=3, prose=21), False),  # three quotes in a long post: not written that way
        (Genre(article_page=True), False),  # every blog post is an article page
        (Genre(article_page=True, attributed=2, prose=40), True),
        (Genre(attributed=2, prose=4), False),
    ],
)
def test_the_score(signals: Genre, reported: bool) -> None:
    assert signals.reported is reported


def _flagged(text: str) -> list[str]:
    return [c.text for c, _ in unsourced_needs(analyse(_doc(text)))]


def test_a_reported_piece_is_held_only_to_the_sources_it_points_at() -> None:
    story = (
        "Pier reopens\n\nDOVER, May 3 (Coast Wire) - The pier reopened on Monday after a $4 million repair.\n\n"
        "About 3,000 people walked it on the first day.\n\n"
        "Studies have shown that sea air lowers blood pressure in older walkers.\n"
    )
    assert _flagged(story) == ["Studies have shown that sea air lowers blood pressure in older walkers."]


def test_the_same_figures_in_a_post_still_need_a_source() -> None:
    post = "Pier reopens\n\nThe pier reopened on Monday after a $4 million repair.\n\nAbout 3,000 people walked it.\n"
    assert _flagged(post) == ["The pier reopened on Monday after a $4 million repair.", "About 3,000 people walked it."]
