"""Totals: a table's total row against the sum of the rows it totals (CON003).

A table that ends in "| Total | 2,100 |" under "| Staff | 1,200 |" and "| Rent | 800 |" says 2,100 where its own
rows add up to 2,000: a sum anyone can redo, wrong in the total or in a row. A column is read only where a sum is
the total's plain meaning, and the tool stays quiet wherever the table may mean another arithmetic:

- the table has one row labelled as the total of all the others (``knowledge/totals.json``: "Total", "Grand
  total", "Sum"), first or last among its rows, and no other row that names a total ("Subtotal", "Police
  total"); every other row is a part (no label that opens with "of which", "less", "net", "average" ...), and
  none equals the sum of a run of the others (a subtotal written without the word);
- every cell of the column, the total's too, is one plain amount (digits with thousands separators, a currency
  sign, a scale such as "k" or "million"; a dash is nothing), none negative and none a percentage; a header that
  names an average, a rate, a share, a price, a change or a year is not a column of amounts;
- the total is larger than every part (an average or a median lies among its parts), and it differs from the
  parts' sum by more than their rounding as written.

Markdown tables are read from their rows' pipes, HTML tables from their cells (a table with a missing cell is not
read: its columns cannot be told). Word lists: ``knowledge/totals.json``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache

from auditor.compare.quantities import Quantity, find_quantities
from auditor.knowledge import load
from auditor.model import Document
from auditor.phrases import alternation

_MAX_ROWS = 200
"""Tables longer than this are not read (a data dump, not a table a reader adds up)."""

_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")
_YEAR = re.compile(r"^\s*(?:1[89]|20)\d\d\s*$")
TOTAL_WORD = re.compile(r"\b(?:sub-?)?totals?\b", re.I)
_NOTHING = frozenset({"-", "–", "—", "0"})


@dataclass(frozen=True, slots=True)
class Cell:
    """A cell of a table: its span in the body and its text."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class TotalSlip:
    """A total cell whose column's other rows add up to another amount."""

    start: int
    end: int
    column: str
    total: str
    sum: str
    parts: int


@cache
def total_words() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    words = load("totals")
    total = re.compile(rf"^(?:{alternation(words['total'])})\s*:?$", re.I)
    opener = re.compile(rf"^(?:{alternation(words['part_openers'])})(?![a-z])", re.I)
    not_summed = re.compile(rf"(?<![a-z])(?:{alternation(words['not_summed'])})(?![a-z])", re.I)
    return total, opener, not_summed


def tables(document: Document) -> Iterator[list[list[Cell]]]:
    """Every table of the document as its rows of cells: each run of table blocks whose rows have one number of
    cells (where it changes, a cell is missing or two tables follow each other: the columns cannot be told)."""
    text = document.text
    run: list[list[Cell]] = []
    last_group: int | None = None
    for block in [*document.blocks, None]:
        if block is None or block.kind != "table":
            if len(run) >= 3 and len({len(row) for row in run}) == 1:
                yield run
            run, last_group = [], None
            continue
        body = text[block.start : block.end]
        if "|" in body and block.group is None:
            run.append(_pipe_cells(body, block.start))
        elif block.group is not None and block.group == last_group and run:
            run[-1].append(Cell(block.start, block.end, body.strip()))
        else:
            run.append([Cell(block.start, block.end, body.strip())])
        last_group = block.group


def _pipe_cells(row: str, offset: int) -> list[Cell]:
    """The cells of a Markdown table row, outer pipes left out."""
    cells = []
    inner_start = len(row) - len(row.lstrip())
    inner = row.strip()
    if inner.startswith("|"):
        inner, inner_start = inner[1:], inner_start + 1
    if inner.endswith("|") and not inner.endswith("\\|"):
        inner = inner[:-1]
    at = inner_start
    for piece in re.split(r"(?<!\\)\|", inner):
        lead = len(piece) - len(piece.lstrip())
        cells.append(Cell(offset + at + lead, offset + at + len(piece.rstrip()), piece.strip()))
        at += len(piece) + 1
    return cells


def total_slips(document: Document) -> Iterator[TotalSlip]:
    """Every total cell of every table that the sum of its column's other rows denies."""
    total_label, opener, not_summed = total_words()
    for rows in tables(document):
        if len(rows) > _MAX_ROWS + 1:
            continue
        header, body = (rows[0], rows[1:]) if _is_header(rows[0], document.format) else (None, rows)
        labels = [row[0].text for row in body]
        totals = [i for i, label in enumerate(labels) if total_label.match(_plain(label))]
        if len(totals) != 1 or totals[0] not in (0, len(body) - 1) or len(body) < 3:
            continue
        if any(opener.match(_plain(label)) or not label for label in labels):
            continue
        if any(TOTAL_WORD.search(label) for i, label in enumerate(labels) if i != totals[0]):
            continue  # "Police total", "Total revenue": a total of some rows, so the rows are not all parts
        if any(all(_YEAR.match(cell.text) for cell in row[1:]) for row in body):
            continue  # a row of years: the header of a second table set right under the first
        at = totals[0]
        parts = [row for i, row in enumerate(body) if i != at]
        for column in range(1, len(body[at])):
            name = header[column].text if header else ""
            if not_summed.search(name):
                continue
            slip = column_slip(body[at][column], [row[column] for row in parts], name)
            if slip is not None:
                yield slip


def _is_header(row: Sequence[Cell], form: str) -> bool:
    """Whether a table's first row names its columns: always in Markdown (a GFM table's first row is its
    header), elsewhere when it holds no amount but a year ("| Item | 2024 | 2025 |")."""
    if form == "markdown":
        return True
    return not any(_amount(cell.text) is not None and not _YEAR.match(cell.text) for cell in row[1:])


def _plain(label: str) -> str:
    return label.strip().strip("*_").strip()


@dataclass(frozen=True, slots=True)
class _Amount:
    """A cell's amount as its figure writes it: the value, the scale its digits are written in ("$1.2m": a
    million) and how many decimals they have; no figure for a dash, which is nothing."""

    value: float
    scale: float = 1.0
    decimals: int = 0
    figure: Quantity | None = None

    @property
    def unit(self) -> float:
        """The rounding unit of the last written digit ("$1.2m": 100,000; a dash: 0)."""
        return self.scale / 10**self.decimals if self.figure is not None else 0.0


def _amount(text: str) -> _Amount | None:
    """The cell's amount when the whole cell is one exact figure that is not a share (read by
    :func:`~auditor.compare.quantities.find_quantities`: "1,200", "$1.2m", "£2,450"), or None."""
    cell = _plain(text)
    if cell in _NOTHING:
        return _Amount(0.0)
    found = find_quantities(cell)
    if len(found) != 1:
        return None
    q = found[0]
    digits = _DIGITS.search(q.text)
    if q.start or q.end != len(cell) or q.unit == "%" or q.qualifier != "exact" or digits is None:
        return None
    written = float(digits.group().replace(",", ""))
    return _Amount(q.value, q.value / written if written else 1.0, len(digits.group().partition(".")[2]), q)


def column_slip(total: Cell, parts: list[Cell], column: str) -> TotalSlip | None:
    """The slip of one column: its total against its parts' sum, beyond their rounding."""
    whole = _amount(total.text)
    amounts = [_amount(cell.text) for cell in parts]
    if whole is None or whole.figure is None or any(a is None for a in amounts):
        return None
    read = [a for a in amounts if a is not None]
    figures = [(a, a.figure) for a in read if a.figure is not None]
    if len(figures) < 2 or any(f.unit != whole.figure.unit for _, f in figures):
        return None  # one figure of its own, or figures of two currencies or units
    values = [a.value for a in read]
    if whole.value <= max(values) or _has_subtotal(values, [a.unit for a in read]):
        return None
    added = sum(values)
    slack = (sum(a.unit for a in read) + whole.unit) / 2 + _EPSILON * whole.value
    if abs(added - whole.value) <= slack:
        return None
    first, figure = figures[0]
    written = _written(added, figure.text, first.scale, max(a.decimals for a in read))
    return TotalSlip(total.start, total.end, column, total.text, written, len(parts))


_EPSILON = 1e-9
"""Relative slack for sums of floating-point figures ("$1.025B" is read as 1,024,999,999.9999999)."""


def _has_subtotal(values: list[float], units: list[float]) -> bool:
    """Whether one row equals the sum of a run of two or more rows next to it (a subtotal without the word)."""
    for i, value in enumerate(values):
        if not value:
            continue
        for run in (values[:i][::-1], values[i + 1 :]):
            added = 0.0
            for n, other in enumerate(run, 1):
                added += other
                if n >= 2 and abs(added - value) <= units[i] / 2 + _EPSILON * value:
                    return True
                if added > value:
                    break
    return False


def _written(added: float, written: str, scale: float, decimals: int) -> str:
    """A sum written like the figure ``written`` (its currency sign and scale), with ``decimals`` decimals."""
    digits = _DIGITS.search(written)
    shown = f"{added / scale:,.{decimals}f}"
    return f"{written[: digits.start()]}{shown}{written[digits.end():]}" if digits else shown
