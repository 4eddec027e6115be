"""A worked example restates the figures its article gave before, under bold lines that head its cases: the first
mention needs the source, the restatement and the bold heading do not; a new figure in the example still does."""

from __future__ import annotations

import auditor
from auditor import audit_text
from auditor.sourcing.pseudo_headings import bold_heading


def _unsourced(text: str, input_format: str = "markdown") -> list[str]:
    report = audit_text(text, input_format=input_format).to_dict()
    claims = {c["id"]: c["text"] for c in report["claims"]}
    return [claims[f["claim"]] for f in report["findings"] if f["rule"] == "CIT001"]


EXAMPLE = (
    "# Patents\n\nBringing a new crop treatment to market costs over $300 million, and about 80% of candidates fail "
    "their field trials.\n\nA small lab has two options.\n\n{heading}\n\n**Case A:** The treatment is one of the {a} "
    "that fail the trials. The money is gone.\n\n**Case B:** The treatment is one of the {b} that pass the trials.\n"
)


def test_the_restated_figures_of_a_worked_example_need_no_source_of_their_own() -> None:
    found = _unsourced(EXAMPLE.format(heading="**Option 1: Spend $300 million on trials**", a="80%", b="20%"))
    assert len(found) == 1 and "over $300 million" in found[0]  # the first mention only


def test_a_new_figure_in_the_example_still_needs_one() -> None:
    found = _unsourced(EXAMPLE.format(heading="**Option 1: Spend $300 million on trials**", a="80%", b="35%"))
    assert any("35%" in c for c in found)


def test_a_figure_on_another_subject_is_not_a_restatement() -> None:
    text = EXAMPLE.format(heading="Then the lab decides.", a="80%", b="20%")
    text += "\nAbout 20% of farm revenue in the region comes from exports.\n"
    assert any("farm revenue" in c for c in _unsourced(text))


def test_a_bold_line_is_a_heading_but_a_bold_sentence_is_a_claim() -> None:
    text = "# Costs\n\nSome intro words here.\n\n{line}\n\nMore words follow here.\n"
    assert _unsourced(text.format(line="**Option 1: Spend $70 million on trials in Brazil**")) == []
    assert any("$70 million" in c for c in _unsourced(text.format(line="**Trials in Brazil cost $70 million.**")))
    assert any("$70 million" in c for c in _unsourced(text.format(line="Option 1: Spend $70 million on trials in Brazil")))


def test_bold_heading_reads_markdown_and_html() -> None:
    md = auditor.load_document("# T\n\n**Option 1: Sell it**\n\n**Case A:** It fails.\n\nA **bold** word\n", "markdown")
    assert [bold_heading(md, i) for i in range(len(md.blocks))] == [False, True, False, False]
    html = auditor.load_document(
        "<html><body><p><strong>Option 1: Sell it</strong></p><p>A <b>bold</b> word</p></body></html>", "html"
    )
    assert [bold_heading(html, i) for i in range(len(html.blocks))] == [True, False]


def test_a_near_figure_is_a_new_one() -> None:
    text = (
        "# Shares\n\nShares of the utility slid about 20% from their peak, cooling the sector's hottest trade.\n\n"
        "Analysts expect earnings growth of roughly {figure} a year, far above the sector.\n"
    )
    assert any("roughly 18%" in c for c in _unsourced(text.format(figure="18%")))
    assert not any("roughly 20%" in c for c in _unsourced(text.format(figure="20%")))
