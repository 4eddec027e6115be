"""Front matter in the syntaxes other than YAML (``fixtures/articles/front-matter-edn-map.md``): a TOML, JSON or
EDN block of settings at the very top of a Markdown file is no prose, its empty lists are no empty citations, and
its title and date are read as YAML's are; empty brackets written as a value in code or settings are no citation."""

from __future__ import annotations

import pytest

import auditor
from auditor.load import detect_format, load_document
from auditor.load.front_matter import front_matter

BODY = "\nThe county counted 41,200 apple trees in its [orchard survey](https://agri.example.org/survey).\n"


def rules(text: str, input_format: str = "markdown") -> set[str]:
    return {f.rule for f in auditor.audit_text(text, input_format=input_format).findings}


@pytest.mark.parametrize(
    "header",
    [
        '{:title "Orchard notes" :layout :post :date "2024-09-17" :tags []}\n',
        '{:title "Orchard notes"\n :date #inst "2024-09-17T00:00:00.000-00:00" ; when it went up\n :tags []}\n',
        '{\n  "title": "Orchard notes",\n  "date": "2024-09-17",\n  "tags": []\n}\n',
        '+++\ntitle = "Orchard notes"\ndate = 2024-09-17\ntags = []\n+++\n',
    ],
    ids=["edn-one-line", "edn-lines", "json", "toml"],
)
def test_settings_block_is_front_matter(header: str) -> None:
    doc = load_document(header + BODY, "auto", "post.md")
    assert (doc.title, doc.published, doc.published_from) == ("Orchard notes", "2024-09-17", "front-matter:date")
    assert doc.text.startswith("The county counted")
    assert "CIT003" not in rules(header + BODY) and "ART004" not in rules(header + BODY)


def test_the_same_brackets_after_the_block_are_still_an_empty_citation() -> None:
    text = '{:title "Orchard notes" :date "2024-09-17"}\n\nThe county counted 41,200 apple trees in 2024 [].\n'
    assert "CIT003" in rules(text)


@pytest.mark.parametrize("start", ["{:toc}\n", "{: .lead}\n", "{{ page.title }}\n", '{"title": "x"} and more\n'])
def test_braces_that_are_no_settings_block(start: str) -> None:
    assert front_matter(start + "Text.\n") == (0, {})


def test_unclosed_map_is_no_front_matter() -> None:
    assert front_matter('{:title "Orchard notes"\n\nThe county counted trees.\n')[0] == 0


@pytest.mark.parametrize("opening", ['{:title "Notes" :tags ', '{"title": "Notes", "tags": '])
def test_a_header_nested_past_any_settings_is_none_and_audits(opening: str) -> None:
    """A hostile header nested 20,000 deep (its readers recurse) is no front matter, and the audit runs."""
    text = opening + "[" * 20_000 + "]" * 20_000 + "}\n" + BODY
    assert front_matter(text) == (0, {})
    auditor.audit_text(text, input_format="markdown")


def test_fields_read_alike() -> None:
    _, fields = front_matter('{:title "A; b" :author ["Ann Lee" "Bo Park"] :meta {:x [1 2]} :draft false}\nText.\n')
    assert fields == {"title": "A; b", "author": "Ann Lee, Bo Park", "draft": "false"}
    _, fields = front_matter('{"Title": "T", "authors": ["Ann Lee"], "params": {"x": 1}, "weight": 3}\nText.\n')
    assert fields == {"title": "T", "authors": "Ann Lee", "weight": "3"}


def test_a_json_or_edn_header_makes_a_nameless_input_markdown() -> None:
    assert detect_format('{:title "T" :tags []}\nText.\n') == "markdown"
    assert detect_format('{"title": "T"}\nText.\n') == "markdown"
    assert detect_format("{:toc}\nText.\n") == "text"


@pytest.mark.parametrize(
    "sentence",
    ["Set tags = [] in the settings file to hide the list.", 'The settings file holds "tags": [] by default.',
     "The map holds :tags [] by default.", "Leave max_items: [] as it is.", "The default is x => () here."],
)
def test_empty_brackets_written_as_a_value_are_no_citation(sentence: str) -> None:
    assert "CIT003" not in rules(sentence + "\n")


@pytest.mark.parametrize(
    "sentence",
    ["Prices rose 12% last year [].", "Prices rose 12% last year: [].", "The ratio was 3:1 ().", "Sources: []"],
)
def test_empty_brackets_after_prose_are_still_flagged(sentence: str) -> None:
    assert "CIT003" in rules(sentence + "\n")
