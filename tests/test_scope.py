"""Where a citation reaches (auditor.scope): sentence, closing cluster, list item, table row, lead-in, Source line."""

from __future__ import annotations

import pytest

from auditor.article import Article, analyse
from auditor.load import load_document


def article(text: str, fmt: str = "markdown") -> Article:
    return analyse(load_document(text, fmt))


def cited(a: Article, words: str) -> bool:
    """Whether the claim holding ``words`` has a citation that points at a source."""
    claim = next(c for c in a.claims if words in c.text)
    return any(m.supports for _, m in a.citations_of(claim))


def test_a_citation_supports_its_own_sentence_only_in_the_middle_of_a_paragraph() -> None:
    a = article(
        "The port handled 4,100 ships in 2023 ([Port](https://port.example/2023)). "
        "Its new crane cost $12 million to build. Dock workers voted for a strike in May."
    )
    assert cited(a, "4,100 ships")
    assert not cited(a, "$12 million")


@pytest.mark.parametrize(
    "paragraph",
    [
        "The port handled 4,100 ships in 2023. Its new crane cost $12 million to build.[^1][^2]\n\n"
        "[^1]: Port annual report, https://port.example/2023\n[^2]: Crane tender, https://port.example/crane",
        "The port handled 4,100 ships in 2023. Its new crane cost $12 million to build "
        "([Port](https://port.example/2023)).",
    ],
    ids=["footnote-cluster", "closing-link"],
)
def test_citations_closing_a_paragraph_cover_its_other_claims(paragraph: str) -> None:
    a = article(paragraph)
    assert cited(a, "4,100 ships")
    assert cited(a, "$12 million")


def test_a_prose_link_at_the_end_does_not_cover_the_paragraph() -> None:
    a = article(
        "The port handled 4,100 ships in 2023. The figures were published in the "
        "[annual report](https://port.example/2023)."
    )
    assert not cited(a, "4,100 ships")


def test_a_list_item_with_its_own_link_is_sourced_by_it_in_all_its_paragraphs() -> None:
    a = article(
        "- [Harbor report](https://port.example/r) says the port handled 4,100 ships in 2023.\n\n"
        "  Its new crane cost $12 million to build.\n\n"
        "- The second terminal employs 800 people full time, up from 650.\n"
    )
    assert cited(a, "$12 million")
    assert not cited(a, "800 people")


def test_a_sourced_lead_in_covers_the_list_below_it() -> None:
    a = article(
        "According to the [harbor report](https://port.example/r), the port changed in 2023:\n\n"
        "- It handled 4,100 ships, a record.\n- Its new crane cost $12 million.\n\n"
        "The mayor called the crane a triumph of local engineering and planning."
    )
    assert cited(a, "4,100 ships")
    assert cited(a, "$12 million")
    assert not cited(a, "triumph")


def test_a_table_row_is_sourced_by_a_link_in_any_of_its_cells() -> None:
    html = (
        "<html><body><article><p>Ships handled by the port, by year, with their sources.</p><table>"
        "<tr><td>In 2023 the port handled 4,100 ships</td><td><a href='https://port.example/2023'>report</a></td></tr>"
        "<tr><td>In 2022 the port handled 3,900 ships</td><td>estimate</td></tr>"
        "</table></article></body></html>"
    )
    a = article(html, "html")
    assert cited(a, "4,100 ships")
    assert not cited(a, "3,900 ships")


def test_a_source_line_covers_the_table_above_it_and_is_no_claim() -> None:
    a = article(
        "| year | ships handled by the port |\n|---|---|\n| 2023 | 4,100 ships were handled |\n"
        "| 2022 | 3,900 ships were handled |\n\nSource: [Port authority](https://port.example/stats)\n"
    )
    assert cited(a, "4,100 ships")
    assert cited(a, "3,900 ships")
    assert not any("Port authority" in c.text for c in a.claims)


def test_a_source_line_naming_its_source_in_words_is_a_named_attribution() -> None:
    a = article("The port handled 4,100 ships in 2023 and 3,900 in 2022.\n\nSource: Harbor Statistics Office\n")
    assert cited(a, "4,100 ships")


def test_nothing_reaches_across_a_heading() -> None:
    a = article(
        "The port handled 4,100 ships in 2023.\n\n## Further reading\n\n"
        "- [Harbor report](https://port.example/r)\n- [Crane tender](https://port.example/c)\n"
    )
    assert not cited(a, "4,100 ships")


REPRINT = """# Agnes Whitlow

Agnes Whitlow was born in Dunedin in 1931 and graduated in 1953.

Whitlow believed that every laboratory should calibrate against one shared set of instruments.

Reprinted from [the Society's obituary notices](https://society.example.org/obituaries/whitlow)

## Memories

In 1981 she became the laboratory's first woman director.
"""


def test_a_credit_line_closing_its_section_covers_the_section() -> None:
    a = article(REPRINT)
    assert cited(a, "born in Dunedin in 1931") and cited(a, "Whitlow believed")
    assert not cited(a, "In 1981 she became")  # nothing reaches across a heading


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("Reprinted from [the Society's obituary notices](https://society.example.org/obituaries/whitlow)",
         "Reprinted from the Society's obituary notices"),  # no link: a credit in words only
        ("Reprinted from [the Society's obituary notices](https://society.example.org/obituaries/whitlow)",
         "We read more in [the Society's obituary notices](https://society.example.org/obituaries/whitlow)"),
        ("\n\n## Memories", "\n\nShe kept her notebooks until the end.\n\n## Memories"),  # it does not close the section
    ],
)
def test_other_lines_are_no_credit(before: str, after: str) -> None:
    assert before in REPRINT
    a = article(REPRINT.replace(before, after))
    assert not cited(a, "born in Dunedin in 1931")
