"""HTML loading: the article body without the page's chrome, blocks, links, offsets, title and date."""

from __future__ import annotations

import gzip
import json
import re
import statistics
from collections import Counter

import pytest

import auditor
from auditor.load import load_document
from auditor.load.html import load_html, parse_date
from auditor.load.html_tree import parse
from auditor.model import Document
from tests.conftest import shared_path

PARAS = [
    "The city council voted on Tuesday to expand the light rail line by 12 kilometres, "
    "a project that officials say will cost about $1.4 billion over the next decade.",
    "Supporters argued that the extension would cut commuting times for roughly 40,000 residents "
    "in the northern suburbs, while critics questioned whether ridership forecasts were realistic.",
    "The transport authority said construction could begin in 2025, pending a final environmental "
    "review, and that the first new stations would open three years later.",
    "Council members also approved a separate plan to add protected bike lanes on four major streets, "
    "which the mayor described as the most ambitious cycling program in the region.",
]

CHROME = [
    "Home",
    "Sections",
    "Subscribe to our newsletter",
    "Share on Facebook",
    "Tweet this",
    "Related stories",
    "Bus fares frozen for another year",
    "Leave a comment",
    "Great article, thanks!",
    "We use cookies",
    "All rights reserved",
    "Most popular",
    "Advertisement",
    "Photo: Jane Doe / Agency",
    "var tracking",
    "color: red",
]


def page(body: str, head: str = "", before: str = "", after: str = "") -> str:
    """A page with site chrome around ``body`` (the article's inner HTML)."""
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Rail line to grow | The Daily Example</title>{head}
<style>.x {{ color: red; }}</style><script>var tracking = "<p>not text</p>";</script></head>
<body>
<header class="site-header"><a href="/">Home</a> <nav><ul><li><a href="/s">Sections</a></li></ul></nav></header>
<div class="cookie-banner">We use cookies to improve your experience.</div>
{before}
<main><article class="story">
<h1>Rail line to grow by 12 km</h1>
<div class="social-share"><a href="https://facebook.com/share">Share on Facebook</a>
<a href="https://twitter.com/intent">Tweet this</a></div>
<div class="article-body">{body}</div>
<figure><img src="a.jpg"><figcaption>Photo: Jane Doe / Agency</figcaption></figure>
<aside class="related"><h3>Related stories</h3><ul>
<li><a href="/bus">Bus fares frozen for another year</a></li></ul></aside>
<div class="newsletter-signup"><p>Subscribe to our newsletter</p><form><input type="email"></form></div>
</article></main>
{after}
<section id="comments" class="comments-area"><h3>Leave a comment</h3>
<div class="comment"><p>Great article, thanks! I have been waiting for this for years and years now.</p></div></section>
<div class="sidebar"><h3>Most popular</h3><div class="ad">Advertisement</div></div>
<footer><p>&copy; 2024 The Daily Example. All rights reserved.</p></footer>
</body></html>"""


def paragraphs(doc: Document) -> list[str]:
    return [doc.text[b.start : b.end] for b in doc.blocks]


def body_of(*paras: str) -> str:
    return "\n".join(f"<p>{p}</p>" for p in paras)


def test_article_paragraphs_kept_in_order_and_chrome_dropped() -> None:
    doc = load_html(page(body_of(*PARAS)), "https://news.example/2024/05/rail.html")
    assert paragraphs(doc) == PARAS
    assert doc.text == "\n\n".join(PARAS)
    for junk in CHROME:
        assert junk not in doc.text, junk
    assert all(b.kind == "paragraph" for b in doc.blocks)


def test_load_document_dispatches_to_the_html_loader() -> None:
    raw = page(body_of(*PARAS))
    doc = load_document(raw, "html", source="https://news.example/rail")
    assert doc.format == "html" and doc.raw == raw and paragraphs(doc) == PARAS
    assert load_document(raw, "auto").text == doc.text


def test_block_kinds_headings_lists_quotes_tables() -> None:
    body = (
        body_of(PARAS[0])
        + "<h2>What happens next</h2>"
        + body_of(PARAS[1])
        + "<ul><li>First, a public hearing.</li><li>Then a <b>final</b> vote.</li></ul>"
        + "<blockquote><p>This is a historic day for the city.</p></blockquote>"
        + "<table><tr><th>Year</th><th>Cost</th></tr><tr><td>2025</td><td>$1.4 billion</td></tr></table>"
        + body_of(PARAS[2], PARAS[3])
    )
    doc = load_html(page(body))
    got = [(doc.text[b.start : b.end], b.kind) for b in doc.blocks]
    assert got == [
        (PARAS[0], "paragraph"),
        ("What happens next", "heading"),
        (PARAS[1], "paragraph"),
        ("First, a public hearing.", "list"),
        ("Then a final vote.", "list"),
        ("This is a historic day for the city.", "quote"),
        ("Year", "table"),
        ("Cost", "table"),
        ("2025", "table"),
        ("$1.4 billion", "table"),
        (PARAS[2], "paragraph"),
        (PARAS[3], "paragraph"),
    ]


def test_links_have_exact_body_spans_and_resolved_urls() -> None:
    body = body_of(
        'The plan follows <a href="/reports/2023.pdf">a 2023 report</a> and '
        '<a href="https://stats.example/data?a=1&amp;b=2">official data</a>, ' + PARAS[0],
        'See <a href="">this</a>, <a href="#">that</a>, <a href="javascript:void(0)">more</a> and '
        '<a href="../archive/">the archive</a>. ' + PARAS[1],
        PARAS[2],
    )
    doc = load_html(page(body), "https://news.example/2024/05/rail.html")
    got = [(link.kind, link.url, link.text) for link in doc.links]
    assert got == [
        ("link", "https://news.example/reports/2023.pdf", "a 2023 report"),
        ("link", "https://stats.example/data?a=1&b=2", "official data"),
        ("link", "", "this"),
        ("link", "#", "that"),
        ("link", "javascript:void(0)", "more"),
        ("link", "https://news.example/2024/archive/", "the archive"),
    ]
    for link in doc.links:
        assert doc.text[link.start : link.end] == link.text
        raw_at = doc.to_raw(link.start)
        assert doc.raw[raw_at : raw_at + len(link.text)] == link.text


def test_links_resolve_against_base_href_and_stay_relative_without_http_source() -> None:
    body = body_of('Read <a href="story/1">the story</a>. ' + PARAS[0], PARAS[1], PARAS[2])
    based = load_html(page(body, head='<base href="https://cdn.example/news/">'), "https://news.example/x")
    assert [link.url for link in based.links] == ["https://cdn.example/news/story/1"]
    local = load_html(page(body), "articles/rail.html")
    assert [link.url for link in local.links] == ["story/1"]


def test_link_spanning_markup_and_whitespace() -> None:
    body = body_of('Officials <a href="https://x.example/a">  said <b>on</b>\n   Monday  </a> that ' + PARAS[0], PARAS[1])
    doc = load_html(page(body))
    (link,) = doc.links
    assert link.text == "said on Monday"
    assert doc.text[link.start : link.end] == "said on Monday"
    assert "Officials said on Monday that" in doc.text


def test_offsets_of_every_word_point_at_the_word_in_the_source() -> None:
    body = body_of(
        "Prices   rose\n\t4% in <em>May</em>&nbsp;&mdash; the &ldquo;fastest&rdquo; pace since 2019. " + PARAS[0],
        "AT&amp;T said it&#8217;s <a href='/x'>reviewing\n the data</a>. " + PARAS[1],
        PARAS[2],
    )
    raw = page(body)
    doc = load_html(raw)
    words = list(re.finditer(r"\w+", doc.text))
    assert len(words) > 90
    for match in words:
        at = doc.to_raw(match.start())
        assert raw[at : at + len(match.group())] == match.group(), match.group()


def test_entities_decode_and_map_to_their_source_span() -> None:
    body = body_of("AT&amp;T and caf&eacute; &copy2019 &bogus; &#x27;quoted&#39; &lt;tag&gt; " + PARAS[0], PARAS[1])
    raw = page(body)
    doc = load_html(raw)
    assert doc.text.startswith("AT&T and café ©2019 &bogus; 'quoted' <tag> ")
    amp = doc.text.index("&T")
    assert raw[doc.to_raw(amp) : doc.to_raw(amp) + 5] == "&amp;"
    e_acute = doc.text.index("é")
    assert raw.startswith("&eacute;", doc.to_raw(e_acute))
    copy = doc.text.index("©")
    assert raw.startswith("&copy2019", doc.to_raw(copy))
    assert raw[doc.to_raw(copy + 1) : doc.to_raw(copy + 1) + 4] == "2019"


def test_whitespace_collapses_and_blocks_are_trimmed() -> None:
    body = "<p>\n   Line one\n\n   continues   here.  </p>" + body_of(*PARAS)
    raw = page(body)
    doc = load_html(raw)
    assert paragraphs(doc)[0] == "Line one continues here."
    space = doc.text.index(" continues")
    assert raw[doc.to_raw(space)].isspace()


def test_br_breaks_lines_and_double_br_breaks_paragraphs() -> None:
    body = f"<div>{PARAS[0]}<br>{PARAS[1]}<br><br>{PARAS[2]}</div>"
    doc = load_html(page(body))
    assert paragraphs(doc) == [f"{PARAS[0]}\n{PARAS[1]}", PARAS[2]]


def test_hidden_elements_are_dropped() -> None:
    body = body_of(PARAS[0], PARAS[1]) + (
        '<p style="display: none">Hidden text one.</p><p hidden>Hidden text two.</p>'
        '<span aria-hidden="true">Hidden text three.</span>'
    )
    doc = load_html(page(body))
    assert "Hidden" not in doc.text


def test_comment_section_under_a_short_post_is_not_the_article() -> None:
    intro = (
        "Our quarterly open thread gives readers a chance to ask us anything about our research, "
        "our recommendations or related topics in the comments below. We will try to answer promptly, "
        "and you can also write to us privately if you would rather not post in public."
    )
    post = f"<p>{intro}</p>"
    comments = "".join(
        f'<li class="comment"><div class="comment-body"><p>{p}</p></div></li>' for p in PARAS * 2
    )
    raw = (
        f'<html><body><article class="post hentry"><h1>Open thread</h1><div class="entry-content">{post}</div>'
        f'</article><div id="comments" class="comments-area"><ol class="comment-list">{comments}</ol></div>'
        "</body></html>"
    )
    doc = load_html(raw)
    assert doc.text == intro


def test_title_from_og_title_then_title_then_h1() -> None:
    body = body_of(*PARAS)
    og = load_html(page(body, head='<meta property="og:title" content="Council backs rail expansion">'))
    assert og.title == "Council backs rail expansion"
    assert load_html(page(body)).title == "Rail line to grow"
    bare = load_html(f"<body><h1>Rail &amp; bus <i>plans</i></h1>{body}</body>")
    assert bare.title == "Rail & bus plans"
    assert load_html("<p>no title</p>").title is None


@pytest.mark.parametrize(
    ("head", "body_extra", "source", "expected"),
    [
        ('<meta property="article:published_time" content="2019-11-18T09:30:00Z">', "", None,
         ("2019-11-18", "meta:article:published_time")),
        ('<meta name="pubdate" content="20191117">', "", None, ("2019-11-17", "meta:pubdate")),
        ('<script type="application/ld+json">{"@context": "https://schema.org", "@graph": ['
         '{"@type": "WebPage", "name": "x"}, {"@type": "NewsArticle", "datePublished": "2019-11-16T08:00:00+01:00"}'
         "]}</script>", "", None, ("2019-11-16", "json-ld:datePublished")),
        ('<script type="application/ld+json">{"@type": "Article", "dateCreated": "2017-07-13T04:00:00.000Z"}</script>',
         "", None, ("2017-07-13", "json-ld:dateCreated")),
        ('<script type="application/ld+json">{"@type": "Article", "dateCreated": "2017-07-01",'
         ' "datePublished": "2017-07-13"}</script>', "", None, ("2017-07-13", "json-ld:datePublished")),
        ("", '<p>Posted <time datetime="2019-11-15T10:00">Nov 15</time></p>', None, ("2019-11-15", "time")),
        ("", "", "https://news.example/rail-line.html", (None, None)),
        ('<meta property="og:url" content="https://news.example/2019/11/12/rail-line/">', "", None,
         ("2019-11-12", "meta:og:url")),
        ("<link rel='canonical' href='https://news.example/2019/11/11/rail-line/'>", "", None,
         ("2019-11-11", "link:canonical")),
        ('<link rel="canonical" href="https://news.example/2019/11/rail-line/">', "", None, (None, None)),
        ('<meta property="og:url" content="https://news.example/2019/11/12/rail-line/">'
         '<meta name="pubdate" content="20191117">', "", None, ("2019-11-17", "meta:pubdate")),
    ],
)
def test_published_date_and_where_it_came_from(
    head: str, body_extra: str, source: str | None, expected: tuple[str | None, str | None]
) -> None:
    doc = load_html(page(body_of(*PARAS) + body_extra, head=head), source)
    assert (doc.published, doc.published_from) == expected


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("https://news.example/2019/11/14/rail-line.html", ("2019-11-14", "url")),
        ("https://news.example/2019/nov/13/rail-line", ("2019-11-13", "url")),
    ],
)
def test_a_page_without_date_tags_is_dated_by_its_url(source: str, expected: tuple[str, str]) -> None:
    document = auditor.audit_text(page(body_of(*PARAS)), "html", source).to_dict()["document"]
    assert (document["published"], document["published_from"]) == expected


def test_parse_date_forms() -> None:
    assert parse_date("2019-11-18T09:30:00Z") == "2019-11-18"
    assert parse_date("2019/1/5") == "2019-01-05"
    assert parse_date("Fri 6:45 PM, Feb 16, 2018") == "2018-02-16"
    assert parse_date("18 November 2019") == "2019-11-18"
    assert parse_date("2019-02-30") is None
    assert parse_date("yesterday") is None


@pytest.mark.parametrize(
    "raw",
    [
        "",
        "   \n\t ",
        "<script>var a = '<p>x</p>';</script><script>alert(1)</script>",
        "<style>p { color: red }</style>",
        "<!-- only a comment",
        "<p>unclosed <b>bold <i>italic",
        "<div><p>text</span></td></table></div></div></html><p>more",
        "<a href='x",
        "a < b > c <3 </ > <!x> <? y ?> & &amp &#; &#xZZ; &#99999999999;",
        "<plaintext><p>not a tag</p>",
        "<p>\x00\ufffd</p>",
    ],
)
def test_broken_or_empty_input_gives_a_document(raw: str) -> None:
    doc = load_html(raw)
    assert doc.raw == raw and doc.format == "html"
    for i in range(len(doc.text)):
        assert 0 <= doc.to_raw(i) <= len(raw)


def test_empty_and_script_only_pages_have_empty_bodies() -> None:
    assert load_html("").text == ""
    assert load_html("<html><head><script>x()</script></head><body><script>y()</script></body></html>").text == ""


def test_page_without_html_or_body_tags() -> None:
    doc = load_html(body_of(*PARAS))
    assert paragraphs(doc) == PARAS


FIELD_LIST = """
<div class="field field-links"><div class="field-label">Useful links:</div><div class="field-items">
<div class="field-item">[Harbour Board of Example](https://harbour.example/)</div>
<div class="field-item">[Example Fishing Cooperative](https://coop.example/)</div>
<div class="field-item">[Example Ports Association](https://ports.example/)</div>
<div class="field-item">[Coastal Trade Weekly](https://weekly.example/)</div>
</div></div>"""


def test_fragment_paragraphs_in_the_document_beat_a_link_list_below_them() -> None:
    # A body saved without <html>, <head> or <body>: its paragraphs sit in the document itself,
    # and the only container element is the list of links under them.
    doc = load_html(body_of(*PARAS) + FIELD_LIST)
    assert paragraphs(doc)[: len(PARAS)] == PARAS
    # Contrast: the same paragraphs in a container of their own still make the article without the list.
    wrapped = load_html(page(body_of(*PARAS), after=FIELD_LIST))
    assert paragraphs(wrapped) == PARAS


def test_deeply_nested_markup_needs_no_recursion() -> None:
    depth = 100_000
    raw = "<div>" * depth + f"<p>{PARAS[0]}</p>" + "</div>" * depth
    doc = load_html(raw)
    assert doc.text == PARAS[0]
    assert raw[doc.to_raw(0) : doc.to_raw(0) + 3] == "The"
    unclosed = load_html("<span>" * depth + "bottom text")
    assert unclosed.text == "bottom text"


def test_tree_keeps_spans_and_applies_implied_end_tags() -> None:
    raw = "<ul><li>one<li>two</ul><p>a<p>b<div>c</div><table><tr><td>x<td>y</table>"
    root = parse(raw)
    tags = [n.tag for n in root.iter()]
    assert tags == ["#document", "ul", "li", "li", "p", "p", "div", "table", "tr", "td", "td"]
    second_p = [n for n in root.iter() if n.tag == "p"][1]
    assert raw[second_p.start : second_p.end] == "<p>b"


def test_large_page_is_loaded() -> None:
    para = "<p>" + PARAS[0] + ' <a href="/x">more</a>.</p>\n'
    raw = "<html><body><article>" + para * (5_000_000 // len(para)) + "</article></body></html>"
    doc = load_html(raw)
    assert len(doc.blocks) == 5_000_000 // len(para)
    assert len(doc.links) == len(doc.blocks)


_TOKEN = re.compile(r"\w+")


def _shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN.findall(text)
    return Counter(tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens[i : i + n])


def _precision_recall(true: str, pred: str) -> tuple[float, float]:
    """The extraction benchmark's per-page shingle precision and recall (as the scorecard computes them)."""
    t, p = _shingles(true), _shingles(pred)
    tp = sum(min(t[k], p[k]) for k in t.keys() | p.keys())
    fp = sum(max(0, p[k] - t[k]) for k in p)
    fn = sum(max(0, t[k] - p[k]) for k in t)
    if fp == fn == 0:
        return 1.0, 1.0
    return (tp / (tp + fp) if tp + fp else 0.0), (tp / (tp + fn) if tp + fn else 0.0)


def test_real_pages_extraction_f1() -> None:
    root = shared_path("eval", "data", "article_extraction")
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    precisions, recalls = [], []
    for key, item in sorted(truth.items()):
        html = gzip.decompress((root / "html" / f"{key}.html.gz").read_bytes()).decode("utf-8", "replace")
        doc = load_document(html, "html", source=item.get("url"))
        p, r = _precision_recall(item.get("articleBody", ""), doc.text)
        precisions.append(p)
        recalls.append(r)
        for link in doc.links:
            assert doc.text[link.start : link.end] == link.text
    precision, recall = statistics.mean(precisions), statistics.mean(recalls)
    f1 = 2 * precision * recall / (precision + recall)
    assert f1 >= 0.90, (precision, recall)
