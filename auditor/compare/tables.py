"""Tables: a Markdown table row (a label cell and a figure cell) read as a figure of what its label counts.

"| Members | 310 |" under a header "| | |", or "| Visitors | 48,000 |" under "| Measure | 2024 |", gives the count
of members, or of visitors in 2024, as plainly as a sentence does; :mod:`auditor.compare.periods` compares it with
the same count told in the body ("has 240 members", "welcomed 52,000 visitors in 2024"; CON003). Read only: a
label of one word (what is counted, maybe with a year in brackets: "Visitors (2024)"), a cell that is one whole
figure with no unit, and the one column of figures, or the column whose header is a year (with two or more
columns of figures, a column without a year in its header is not read: it may be another period, a target or a
change).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from auditor.compare.periods import PeriodFigure, noun_key
from auditor.compare.quantities import find_quantities

_LABEL = re.compile(r"^(?P<noun>[A-Za-z][a-z]+)(?:\s*\((?P<year>1[89]\d\d|20\d\d)\))?$")
_FIGURE = re.compile(r"^\d[\d,]*$")
_YEAR = re.compile(r"^(?:1[89]\d\d|20\d\d)$")
_RULE = re.compile(r"^[\s:|-]+$")


def _cells(text: str) -> list[str] | None:
    """The cells of a table row written with pipes, or None for another text."""
    row = text.strip()
    if not (row.startswith("|") and row.endswith("|")) or _RULE.match(row):
        return None
    return [cell.strip().strip("*_ ") for cell in row[1:-1].split("|")]


def table_figures(texts: Sequence[str], blocks: Sequence[int]) -> list[PeriodFigure]:
    """The figures of the article's Markdown tables that count what their row's label names."""
    found: list[PeriodFigure] = []
    header: list[str] | None = None
    previous_block = -2
    for index, text in enumerate(texts):
        cells = _cells(text)
        if cells is None:
            header = None
            continue
        if header is None or blocks[index] > previous_block + 1:
            header, previous_block = cells, blocks[index]
            continue  # the first row of a table is its header
        previous_block = blocks[index]
        if len(cells) != len(header):
            continue
        label = _LABEL.match(cells[0])
        figures = [n for n, cell in enumerate(cells[1:], 1) if _FIGURE.match(cell)]
        if label is None or not figures:
            continue
        years = [n for n in figures if _YEAR.match(header[n])]
        if label["year"]:
            columns = [(n, label["year"]) for n in figures] if len(figures) == 1 and not years else []
        elif years:
            columns = [(n, header[n]) for n in years]
        else:
            columns = [(n, "") for n in figures] if len(figures) == 1 else []
        for n, period in columns:
            quantities = find_quantities(cells[n])
            if len(quantities) != 1 or quantities[0].unit:
                continue
            found.append(PeriodFigure(index, period, noun_key(label["noun"]), quantities[0], f"{cells[0]}: {cells[n]}"))
    return found
