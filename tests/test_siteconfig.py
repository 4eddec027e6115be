"""``{{ site.key }}`` in Jekyll content: printed from ``_config.yml`` when the value is plain, else no text."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from auditor.load import load_document
from auditor.load.siteconfig import MAX_CONFIG_BYTES, parse

CONFIG = """\
# Site settings: {{ site.title }} in a comment is no key
title: Harbour Weekly   # the name
email: desk@harbour.example
height: "709,632"
quoted: 'It''s here'
count: 1200
description: >-
  Folded over
  two lines.
nested:
  key: value
folded: a plain value
  that goes on
list: [a, b]
bold: '**'
answer: yes
octal: 010
ratio: 1.50
anchor: &a value
dup: one
dup: two
empty: ""
---
later: a second document
"""


def test_only_plain_one_line_scalars_are_kept() -> None:
    assert parse(CONFIG) == {
        "site.title": "Harbour Weekly",
        "site.email": "desk@harbour.example",
        "site.height": "709,632",
        "site.quoted": "It's here",
        "site.count": "1200",
    }


def site(tmp_path: Path, config: str | None, post: str) -> Path:
    (tmp_path / ".git").mkdir()
    if config is not None:
        (tmp_path / "_config.yml").write_text(config, encoding="utf-8")
    path = tmp_path / "_posts" / "2021-06-01-post.md"
    path.parent.mkdir()
    path.write_text(post, encoding="utf-8")
    return path


POST = "Taproot activated at block {{site.height}}, {{ site.title }} wrote in {{ site.unknown }} 2021.\n"


def body(path: Path, source: str | None = None, location: Path | None = None) -> str:
    """The body text, spaces collapsed."""
    text = path.read_text(encoding="utf-8")
    return " ".join(load_document(text, "markdown", source or str(path), location=location).text.split())


def test_site_values_are_printed_from_the_settings(tmp_path: Path) -> None:
    path = site(tmp_path, CONFIG, POST)
    assert body(path) == "Taproot activated at block 709,632, Harbour Weekly wrote in 2021."
    # check mode names the file relative to the project root, and says where it is
    assert body(path, "_posts/2021-06-01-post.md", path) == "Taproot activated at block 709,632, Harbour Weekly wrote in 2021."


@pytest.mark.parametrize(
    "post",
    [
        "The block is {{ site.bold }}big{{ site.bold }} in 2021 at {{ site.answer }}.\n",  # markup, retyped
        "The block is {{ site.title | upcase }} in 2021 at {{ site.nested.key }}.\n",  # filters, nested keys
    ],
)
def test_values_not_plainly_known_add_no_text(tmp_path: Path, post: str) -> None:
    path = site(tmp_path, CONFIG, post)
    assert "{" not in body(path) and "**" not in body(path) and "true" not in body(path)
    assert "HARBOUR" not in body(path) and "value" not in body(path)


def test_without_settings_or_a_file_the_values_are_unknown(tmp_path: Path) -> None:
    path = site(tmp_path, None, POST)
    assert body(path) == "Taproot activated at block , wrote in 2021."
    assert " ".join(load_document(POST, "markdown", "https://example.com/post.md").text.split()) == "Taproot activated at block , wrote in 2021."


def test_the_settings_file_is_bounded(tmp_path: Path) -> None:
    path = site(tmp_path, CONFIG + "#" * MAX_CONFIG_BYTES, POST)
    assert body(path) == "Taproot activated at block , wrote in 2021."


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_fifo_named_like_the_settings_is_never_opened_for_reading(tmp_path: Path) -> None:
    path = site(tmp_path, None, POST)
    os.mkfifo(tmp_path / "_config.yml")
    assert body(path) == "Taproot activated at block , wrote in 2021."


def test_the_review_page_of_a_check_run_from_a_subfolder_shows_the_body_that_was_audited(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import json
    import re

    from tests.checktree import run

    path = site(tmp_path, CONFIG, "The fork activated at block {{ site.height }} in 2021, a 5% share of blocks.\n")
    (tmp_path / ".auditor.toml").write_text("")  # the project root, above the working directory
    monkeypatch.chdir(path.parent)
    code, out, _ = run(capsys, "check", "--no-cache", "-f", "html", "--show", "info")
    data = re.search(r'<script type="application/json" id="report-data">(.*?)</script>', out, re.S)
    assert code in (0, 1) and data is not None
    (page,) = json.loads(data[1])["files"]
    assert page["source"] == "_posts/2021-06-01-post.md"
    assert "block 709,632 in 2021" in page["text"]
    for claim in page["claims"].values():
        start, end = claim["span"]
        assert page["text"][start:end] == claim["text"]


def test_the_review_page_of_a_saved_report_loads_the_article_where_it_is(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import json
    import re

    from tests.checktree import run

    path = site(tmp_path, CONFIG, "The fork activated at block {{ site.height }} in 2021, a 5% share of blocks.\n")
    monkeypatch.chdir(path.parent)
    run(capsys, "audit", path.name, "-f", "json", "-o", "report.json")
    monkeypatch.chdir(tmp_path.parent)  # the report names the article relative to its own folder
    code, out, err = run(capsys, "report", str(path.parent / "report.json"))
    data = re.search(r'<script type="application/json" id="report-data">(.*?)</script>', out, re.S)
    assert code == 0 and data is not None, err
    (page,) = json.loads(data[1])["files"]
    assert "block 709,632 in 2021" in page["text"]
