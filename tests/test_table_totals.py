"""A table's total row against the sum of the rows it totals (auditor.compare.totals, reported as CON003), and GFM
tables the Markdown loader reads as tables. Every article here is invented for the test."""

from __future__ import annotations

import pytest

import auditor
from auditor.compare.totals import tables, total_slips

INTRO = "# Club accounts\n\nThe treasurer reported the figures below at the annual meeting.\n\n"


def totals(text: str, form: str = "markdown") -> list[list[object]]:
    """The values ([total as written, the rows' sum]) of the table-total findings of an article."""
    report = auditor.audit_text(text, input_format=form, source=f"t.{'md' if form == 'markdown' else form}")
    return [list(f.evidence["values"]) for f in report.findings
            if f.rule == "CON003" and f.evidence.get("subject") == "a table's total against its rows"]


@pytest.mark.parametrize(
    ("rows", "found"),
    [
        ([("Fees", "1,200"), ("Raffle", "800"), ("Bar", "150"), ("Total", "2,100")], [["2,100", "2,150"]]),
        ([("Fees", "$1,200"), ("Raffle", "$800"), ("Bar", "$150"), ("**Total**", "**$2,200**")], [["$2,200", "$2,150"]]),
        ([("Total", "2,100"), ("Fees", "1,200"), ("Raffle", "800"), ("Bar", "150")], [["2,100", "2,150"]]),
        ([("Fees", "1.2m"), ("Raffle", "0.8m"), ("Bar", "0.5m"), ("Total", "2.9m")], [["2.9m", "2.5m"]]),
        # adds up, or within the rounding of the figures as written
        ([("Fees", "1,200"), ("Raffle", "800"), ("Bar", "150"), ("Total", "2,150")], []),
        ([("Fees", "1.2m"), ("Raffle", "0.8m"), ("Bar", "0.5m"), ("Total", "2.6m")], []),
        ([("Fees", "1,200"), ("Raffle", "-"), ("Bar", "150"), ("Total", "1,350")], []),
        # not a total of every row: a subtotal, a part of a part, a total in the middle, two totals
        ([("Fees", "1,200"), ("Raffle", "800"), ("Fees and raffle total", "2,000"), ("Bar", "150"), ("Total", "2,150")], []),
        ([("Fees", "1,200"), ("of which juniors", "300"), ("Raffle", "800"), ("Total", "2,000")], []),
        ([("Fees", "1,200"), ("Raffle", "800"), ("Club income", "2,000"), ("Bar", "150"), ("Total", "2,150")], []),
        ([("Fees", "1,200"), ("Total", "2,000"), ("Raffle", "800"), ("Bar", "150")], []),
        # not an amount: a share, a negative, an approximate or missing figure, a total no larger than a part
        ([("Fees", "55%"), ("Raffle", "40%"), ("Bar", "15%"), ("Total", "100%")], []),
        ([("Fees", "1,200"), ("Raffle", "(800)"), ("Bar", "150"), ("Total", "550")], []),
        ([("Fees", "~1,200"), ("Raffle", "800"), ("Bar", "150"), ("Total", "2,100")], []),
        ([("Fees", "1,200"), ("Raffle", "800"), ("Bar", "150"), ("Total", "900")], []),
        ([("Fees", "$1,200"), ("Raffle", "€800"), ("Bar", "$150"), ("Total", "$2,200")], []),
    ],
)
def test_a_total_row_against_its_rows(rows: list[tuple[str, str]], found: list[list[object]]) -> None:
    text = INTRO + "| Item | Amount |\n|---|---|\n" + "".join(f"| {a} | {b} |\n" for a, b in rows)
    assert totals(text) == found


@pytest.mark.parametrize("header", ["Average", "Price per ticket", "Change", "Rate", "Year founded", "Rank"])
def test_a_column_that_is_not_amounts_is_not_summed(header: str) -> None:
    rows = "| Fees | 1,200 |\n| Raffle | 800 |\n| Bar | 150 |\n| Total | 2,100 |\n"
    assert totals(INTRO + "| Item | Amount |\n|---|---|\n" + rows) == [["2,100", "2,150"]]
    assert totals(INTRO + f"| Item | {header} |\n|---|---|\n" + rows) == []


def test_each_column_is_summed_on_its_own_and_years_head_the_columns() -> None:
    text = INTRO + (
        "| Cost | 2023 | 2024 |\n|---|---|---|\n| Heat | 2,450 | 2,610 |\n| Cleaning | 1,200 | 1,250 |\n"
        "| Repairs | 390 | 1,140 |\n| Total | 4,040 | 5,100 |\n"
    )
    assert totals(text) == [["5,100", "5,000"]]


def test_a_table_without_outer_pipes_and_with_one_dash_delimiters_is_a_table() -> None:
    bare = INTRO + "Item | Amount\n--- | ---\nFees | 1,200\nRaffle | 800\nBar | 150\nTotal | 2,100\n"
    assert totals(bare) == [["2,100", "2,150"]]
    short = INTRO + "| Item | Amount |\n|:-|-:|\n| Fees | 1,200 |\n| Raffle | 800 |\n| Bar | 150 |\n| Total | 2,100 |\n"
    assert totals(short) == [["2,100", "2,150"]]
    document = auditor.load_document(bare, "markdown", "t.md")
    kinds = [b.kind for b in document.blocks]
    assert kinds == ["heading", "paragraph", *["table"] * 5]
    # a line with a pipe in a paragraph, with no delimiter row under it, stays prose
    prose = "Either | or: the choice is yours.\nIt was a close call.\n"
    assert [b.kind for b in auditor.load_document(prose, "markdown", "t.md").blocks] == ["paragraph"]


def test_html_tables_are_read_by_their_cells_and_a_missing_cell_stops_the_reading() -> None:
    def page(cells: list[list[str]]) -> str:
        body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in cells)
        return f"<html><body><h1>Club accounts</h1><p>The treasurer reported.</p><table>{body}</table></body></html>"

    rows = [["Item", "2024"], ["Fees", "1,200"], ["Raffle", "800"], ["Bar", "150"], ["Total", "2,100"]]
    assert totals(page(rows), "html") == [["2,100", "2,150"]]
    rows[2] = ["Raffle", ""]
    assert totals(page(rows), "html") == []


def test_the_finding_points_at_the_total_cell() -> None:
    text = INTRO + "| Item | Amount |\n|---|---|\n| Fees | 1,200 |\n| Raffle | 800 |\n| Bar | 150 |\n| Total | 2,100 |\n"
    document = auditor.load_document(text, "markdown", "t.md")
    (slip,) = total_slips(document)
    assert document.text[slip.start : slip.end] == "2,100"
    assert (slip.column, slip.sum, slip.parts) == ("Amount", "2,150", 3)
    assert [len(t) for t in tables(document)] == [5]
