"""Breakdowns: a total line over the list that itemises it, against the sum of the items (CON003).

A finance report that heads a list with "Total spending: £9,420.50" and itemises it as "* Supplies: £6,210.25"
and "* Transport: £1,710.25" gives a sum anyone can redo, and here it is £1,500 short: the total or an item is
wrong. The same arithmetic as a table's total row (:mod:`auditor.compare.totals`), read where it is as plain:

- a heading or paragraph that is only a total and its amount ("Total income: £3,120.40", "Total: $1,200"; its
  label opens with "total"), right above a list, or right below one;
- every item of the list (a nested item belongs to its parent, whose breakdown it is) is one label and one amount
  ("Donations: £2,310.40"; "Supplies: £6,210.25, namely," before its own sub-items), in the total's currency or
  unit, with no label that opens a part of another item ("of which", "less", "net": ``knowledge/totals.json``
  ``part_openers``) or names a total of its own;
- the total is larger than every item and differs from their sum by more than the rounding of their written digits,
  and no item is the sum of a run of the others (a subtotal without the word).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from auditor.compare.quantities import find_quantities
from auditor.compare.totals import TOTAL_WORD, Cell, TotalSlip, column_slip, total_words
from auditor.knowledge import load
from auditor.model import Block, Document
from auditor.phrases import alternation

_MAX_ITEMS = 60
"""Longer lists are not added up (a data dump, not a breakdown a reader checks)."""
_TOTAL_LINE = re.compile(r"[ \t]*(?P<label>total\b[^:\n]{0,60}?)[ \t]*:[ \t]*(?P<amount>[^\n]+?)[ \t]*$", re.I)
_ITEM = re.compile(r"[ \t]*(?P<label>[^:\n]{1,60}?)[ \t]*:[ \t]*(?P<rest>[^\n]+)$")


@cache
def _trailer() -> re.Pattern[str]:
    """What may follow an item's amount: punctuation, and a word that opens the item's own breakdown."""
    words = load("totals")["item_trailers"]
    return re.compile(rf"[\s,.;:]*(?:(?:{alternation(words)})[\s,.;:]*)?$", re.I)


def breakdown_slips(document: Document) -> Iterator[TotalSlip]:
    """Every total line whose list of items adds up to another amount (see the module docstring)."""
    text, blocks = document.text, document.blocks
    if "otal" not in text:
        return
    for i, block in enumerate(blocks):
        if block.kind not in ("heading", "paragraph"):
            continue
        line = _TOTAL_LINE.fullmatch(text, block.start, block.end)
        if line is None:
            continue
        total = Cell(line.start("amount"), line.end("amount"), line["amount"])
        for items in (_items_after(blocks, i), _items_before(blocks, i)):
            parts = _parts(text, items)
            if parts is not None and len(parts) >= 2:
                slip = column_slip(total, parts, line["label"])
                if slip is not None:
                    yield slip
                break


def _items_after(blocks: tuple[Block, ...], at: int) -> list[Block]:
    """The first block of each item of the list right after block ``at``."""
    items: list[Block] = []
    for block in blocks[at + 1 :]:
        if block.kind != "list" or len(items) > _MAX_ITEMS:
            break
        if not items or block.group is None or block.group != items[-1].group:
            items.append(block)
    return items


def _items_before(blocks: tuple[Block, ...], at: int) -> list[Block]:
    """The first block of each item of the list right before block ``at``."""
    run: list[Block] = []
    for block in reversed(blocks[:at]):
        if block.kind != "list" or len(run) > 4 * _MAX_ITEMS:
            break
        run.append(block)
    items: list[Block] = []
    for block in reversed(run):
        if not items or block.group is None or block.group != items[-1].group:
            items.append(block)
    return items


def _parts(text: str, items: list[Block]) -> list[Cell] | None:
    """Each item's amount as a cell, or None when an item is not one label and one amount."""
    _, opener, _ = total_words()
    parts = []
    for item in items:
        m = _ITEM.fullmatch(text, item.start, item.end)
        if m is None or opener.match(m["label"].strip("*_ ")) or TOTAL_WORD.search(m["label"]):
            return None
        rest = m["rest"]
        found = find_quantities(rest)
        if not found or found[0].start != 0 or not _trailer().match(rest, found[0].end):
            return None
        start = m.start("rest")
        parts.append(Cell(start, start + found[0].end, rest[: found[0].end]))
    return parts
