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
from decimal import Decimal
from functools import cache

from auditor.knowledge import load
from auditor.model import Document
from auditor.phrases import alternation

_MAX_ROWS = 200
"""Tables longer than this are not read (a data dump, not a table a reader adds up)."""

_AMOUNT = re.compile(
    r"^(?P<cur>[$£€¥₹]|[A-Z]{3}\s?)?\s*(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"\s*(?P<scale>k|m|bn|b|thousand|million|billion)?$",
    re.I,
)
_YEAR = re.compile(r"^\s*(?:1[89]|20)\d\d\s*$")
_TOTAL_WORD = re.compile(r"\b(?:sub-?)?totals?\b", re.I)
_NOTHING = frozenset({"-", "–", "—", "0"})
_SCALES = {"k": 3, "thousand": 3, "m": 6, "million": 6, "b": 9, "bn": 9, "billion": 9}


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
def _words() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
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
    total_label, opener, not_summed = _words()
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
        if any(_TOTAL_WORD.search(label) for i, label in enumerate(labels) if i != totals[0]):
            continue  # "Police total", "Total revenue": a total of some rows, so the rows are not all parts
        if any(all(_YEAR.match(cell.text) for cell in row[1:]) for row in body):
            continue  # a row of years: the header of a second table set right under the first
        at = totals[0]
        parts = [row for i, row in enumerate(body) if i != at]
        for column in range(1, len(body[at])):
            name = header[column].text if header else ""
            if not_summed.search(name):
                continue
            slip = _column_slip(body[at][column], [row[column] for row in parts], name)
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


def _amount(text: str) -> tuple[Decimal, Decimal] | None:
    """A cell's amount and its rounding unit ("1,200" -> (1200, 1); "$1.2m" -> (1200000, 100000)), or None."""
    cell = _plain(text)
    if cell in _NOTHING:
        return Decimal(0), Decimal(0)
    m = _AMOUNT.match(cell)
    if m is None:
        return None
    number = m["num"].replace(",", "")
    decimals = len(number.split(".")[1]) if "." in number else 0
    power = _SCALES[m["scale"].lower()] if m["scale"] else 0
    return Decimal(number).scaleb(power), Decimal(1).scaleb(power - decimals)


def _column_slip(total: Cell, parts: list[Cell], column: str) -> TotalSlip | None:
    """The slip of one column: its total against its parts' sum, beyond their rounding."""
    whole = _amount(total.text)
    amounts = [_amount(cell.text) for cell in parts]
    if whole is None or whole[0] == 0 or any(a is None for a in amounts):
        return None
    values = [a[0] for a in amounts if a is not None]
    units = [a[1] for a in amounts if a is not None]
    if sum(1 for v in values if v) < 2 or whole[0] <= max(values) or _has_subtotal(values, units):
        return None
    added = sum(values, Decimal(0))
    slack = (sum(units, Decimal(0)) + whole[1]) / 2
    if abs(added - whole[0]) <= slack:
        return None
    return TotalSlip(total.start, total.end, column, total.text, _written(added, parts), len(parts))


def _has_subtotal(values: list[Decimal], units: list[Decimal]) -> bool:
    """Whether one row equals the sum of a run of two or more rows next to it (a subtotal without the word)."""
    for i, value in enumerate(values):
        if not value:
            continue
        for run in (values[:i][::-1], values[i + 1 :]):
            added = Decimal(0)
            for n, other in enumerate(run, 1):
                added += other
                if n >= 2 and abs(added - value) <= units[i] / 2:
                    return True
                if added > value:
                    break
    return False


def _written(added: Decimal, parts: list[Cell]) -> str:
    """The parts' sum written like them (the first part's currency sign and scale, their most decimals)."""
    shapes = [m for c in parts if (m := _AMOUNT.match(_plain(c.text)))]
    decimals = max((len(m["num"].split(".")[1]) for m in shapes if "." in m["num"]), default=0)
    first = shapes[0] if shapes else None
    cur = (first["cur"] or "") if first else ""
    scale = first["scale"] if first else None
    if scale:
        sep = "" if len(scale) <= 2 else " "
        return f"{cur}{added.scaleb(-_SCALES[scale.lower()]):,.{decimals}f}{sep}{scale}"
    return f"{cur}{added:,.{decimals}f}"
