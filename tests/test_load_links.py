"""Links in all the shapes real content writes them: templated, multi-line, components, entities, code and math."""

from __future__ import annotations

import pytest

from auditor.load import load_document
from auditor.load.templates import template_url
from auditor.model import Document


def raw_of(doc: Document, start: int, end: int) -> str:
    return doc.raw[doc.to_raw(start) : doc.to_raw(end - 1) + 1]


def links(doc: Document) -> list[tuple[str, str | None, str]]:
    return [(k.kind, k.url, doc.text[k.start : k.end]) for k in doc.links]


@pytest.mark.parametrize(
    ("written", "points_at"),
    [
        ('{{ "/2016/06/15/post/" | url }}', "/2016/06/15/post/"),
        ("{{ site.baseurl }}/about/", "/about/"),
        ("{% link _posts/2020-01-01-launch.md %}", "_posts/2020-01-01-launch.md"),
        ("{% post_url 2010-07-21-name %}", "2010-07-21-name"),
        ('{{< ref "docs/setup" >}}', "docs/setup"),
        ('{{< relref "docs/setup.md" >}}#install', "docs/setup.md#install"),
        ("{{ topic.url }}", "{{ topic.url }}"),
        ("{{bse}}123682", "{{bse}}123682"),
        ("https://plain.example/x", "https://plain.example/x"),
    ],
)
def test_template_url(written: str, points_at: str) -> None:
    assert template_url(written) == points_at


def test_templated_links_are_links_and_leave_no_template_text() -> None:
    raw = (
        'See [the launch]({{ "/2016/06/15/post/" | url }}), [setup]({{< ref "docs/setup" >}}) and '
        '<a href="{{ "/consulting/" | url }}">our consultancy</a>, or [the topic]({{ topic.url }}).\n'
    )
    doc = load_document(raw, "markdown")
    assert doc.text == "See the launch, setup and our consultancy, or the topic."
    assert links(doc) == [
        ("link", "/2016/06/15/post/", "the launch"),
        ("link", "docs/setup", "setup"),
        ("link", "/consulting/", "our consultancy"),
        ("link", "{{ topic.url }}", "the topic"),
    ]


def test_mdx_components_with_an_address_are_links() -> None:
    raw = 'Read <Link href="/guide">the guide</Link>, <ExternalLink href={"https://x.example/a"}>this</ExternalLink> and <Note>plain</Note> text.\n'
    doc = load_document(raw, "markdown", "page.mdx")
    assert doc.text == "Read the guide, this and plain text."
    assert links(doc) == [("link", "/guide", "the guide"), ("link", "https://x.example/a", "this")]


def test_shortcut_reference_before_a_colon_inside_a_paragraph() -> None:
    # "[label]:" starts a definition only at the start of a line; inside a paragraph it is a link and a colon
    raw = "Signing it this way [adds a cost]: keys grow.\n\nMore.\n\n[adds a cost]: https://example.org/cost\n"
    doc = load_document(raw, "markdown")
    assert [(k.kind, k.url, k.text) for k in doc.links] == [("reference", "https://example.org/cost", "adds a cost")]
    assert "adds a cost: keys grow." in doc.text


def test_multi_line_reference_links_collapsed_and_shortcut() -> None:
    raw = (
        "The [Hardware Wallet\nInterface (HWI)][hwi repo] tool, [Bitcoin Core #28651][] and [LND #7828] were\n"
        "merged.\n\n[hwi repo]: https://github.example/hwi\n[bitcoin core #28651]: https://github.example/pr/28651\n"
        "[lnd #7828]: https://github.example/lnd/7828\n"
    )
    doc = load_document(raw, "markdown")
    assert [(k.kind, k.url, k.text) for k in doc.links] == [
        ("reference", "https://github.example/hwi", "Hardware Wallet Interface (HWI)"),
        ("reference", "https://github.example/pr/28651", "Bitcoin Core #28651"),
        ("reference", "https://github.example/lnd/7828", "LND #7828"),
    ]
    assert all(k.defined for k in doc.links)


def test_bare_url_in_parentheses_and_autolinks_are_citations() -> None:
    raw = "The agency counted 4,100 sites (https://agency.example.gov/report-2024). See <https://x.example/y>.\n"
    for fmt in ("markdown", "text"):
        doc = load_document(raw, fmt)
        assert [(k.kind, k.url) for k in doc.links] == [
            ("url", "https://agency.example.gov/report-2024"),
            ("url", "https://x.example/y"),
        ], fmt


@pytest.mark.parametrize("fmt", ["markdown", "text"])
def test_entities_are_decoded_with_exact_offsets(fmt: str) -> None:
    raw = "The mayor&#39;s office &amp; the council met&nbsp;today. AT&T stayed.\n"
    doc = load_document(raw, fmt)
    assert doc.text.strip() == "The mayor's office & the council met today. AT&T stayed."
    i = doc.text.index("'s")
    assert (doc.to_raw(i), doc.to_raw(i + 1)) == (raw.index("&#39;"), raw.index("&#39;") + 5)
    j = doc.text.index("council")
    assert raw_of(doc, j, j + 7) == "council"


def test_code_and_math_are_verbatim() -> None:
    raw = "Call `torch.compile()` on it [1]; here $x_{[2]}$ and $$\\sum [3]$$ hold, and \\(f()\\) too. It cost $5 and $6.\n"
    doc = load_document(raw, "markdown")
    spans = [doc.text[s:e] for s, e in doc.verbatim]
    assert spans == ["torch.compile()", "$x_{[2]}$", "$$\\sum [3]$$", "\\(f()\\)"]


def test_template_blocks_and_comments_are_not_prose() -> None:
    raw = (
        "{% comment %}\n  Facts 1 and 2 (source)\n{% endcomment %}\n"
        "Prices rose <!-- [source] --> in May.\n\n"
        "{% raw %}\n{{ not a link }}\n{% endraw %}\n\n"
        "$$\nE = mc^2 [4]\n$$\n\nWages fell.\n"
    )
    doc = load_document(raw, "markdown")
    assert [doc.text[b.start : b.end] for b in doc.blocks] == ["Prices rose  in May.", "Wages fell."]


def test_element_ids_are_anchors() -> None:
    raw = 'A fact.<sup><a href="#fn1">1</a></sup>\n\n<ol><li id="fn1">Smith, <a href="https://x.example/r">Report</a></li></ol>\n'
    doc = load_document(raw, "markdown")
    anchors = dict(doc.anchors)
    assert set(anchors) == {"fn1"}
    assert doc.text[anchors["fn1"] :].startswith("Smith")


def test_mdx_import_and_export_statements_are_not_prose() -> None:
    raw = "import Chart from './chart'\nimport {\n  Note,\n} from './note'\n\nexport const meta = {year: 2024}\n\nSales rose 9% in 2024 (<Link href=\"/q4\">Q4 report</Link>).\n"
    doc = load_document(raw, "auto", "post.mdx")
    assert [doc.text[b.start : b.end] for b in doc.blocks] == ["Sales rose 9% in 2024 (Q4 report)."]
    assert [k.url for k in doc.links] == ["/q4"]


def test_templated_hrefs_in_html() -> None:
    raw = '<html><body><article><p>We wrote about <a href="{{ site.baseurl }}/2020/01/launch/">the launch</a> in 2020 and it was a long piece of prose.</p></article></body></html>'
    doc = load_document(raw, "html")
    assert [k.url for k in doc.links] == ["/2020/01/launch/"]

