"""Unclosed inline markup (``<!--``, ``![``, ``[^``, ``<a ``, backtick runs, ``{% raw %}``) is text; closed markup
still works. The loader finds each construct's end once instead of rescanning to the end of the block at every
opener (which was quadratic: bench/bench_adversarial.py measures it, as the unclosed-markup input)."""

from __future__ import annotations

import pytest

import auditor


@pytest.mark.parametrize(
    ("markdown", "body", "links"),
    [
        ("Text <!-- hidden --> shown and <!-- never closed", "Text  shown and <!-- never closed", []),
        ("A {% raw %}{{ x }}{% endraw %} b {% raw %} c", "A {{ x }} b  c", []),
        ("Code `a` and ``b`c`` and ```x` end", "Code a and b`c and ```x` end", []),
        (
            'See <a href="https://x.org/a">the report</a> and <a href="y">no end',
            "See the report and no end",
            [("link", "https://x.org/a", "the report")],
        ),
        ("Img ![alt](pic.png) and ![never", "Img  and ![never", []),
        ("Note[^1] and [^never", "Note and [^never", [("footnote", None, "[^1]")]),
        ("Text " + "<!--" * 500 + " The end.", "Text " + "<!--" * 500 + " The end.", []),
        ("Text " + "![" * 500 + "[^" * 500 + "`" * 500, "Text " + "![" * 500 + "[^" * 500 + "`" * 500, []),
        ("Text " + "<A x " * 500 + "end", "Text " + "<A x " * 500 + "end", []),
        # Images: a run of openers with no ")" (or one too far) is text; the longest image is still an image.
        ("Text " + "![a](" * 300, "Text " + "![a](" * 300, []),
        ("Text ![a](" + "b" * 4000 + ")", "Text !a", [("link", "b" * 4000, "a")]),  # too long for an image
        ("Text ![" + "a" * 2000 + "](" + "b" * 2000 + ") end", "Text  end", []),
        ("Text ![" + "a" * 100 + "]({{ '" + "c" * 1990 + "' }}" + "b" * 1990 + ") end", "Text  end", []),
        ("Text ![a](b) ![c](d", "Text  ![c](d", []),
        # Images by reference ("![alt][label]", "![][label]") are images too, not an empty "[]" and a link.
        ("Img ![][pic] and ![a portrait][pic2] end", "Img  and  end", []),
        ("Text " + "![a][" * 300, "Text " + "![a][" * 300, []),
    ],
)
def test_unclosed_markup_is_text(markdown: str, body: str, links: list[tuple[str, str | None, str]]) -> None:
    doc = auditor.load_document(markdown, "markdown")
    assert doc.text == body
    assert [(link.kind, link.url, link.text) for link in doc.links] == links
