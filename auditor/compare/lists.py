"""Lists: which claims stand in different items of one list, or in the same row of two lists that set out one
table again. A list sets out different things, so CON003 does not set the figures of two of its items against each
other ("* 23% said it is too difficult" / "* 10% said the tools are immature"). And a list whose items carry the
labels of an earlier list ("* Rural schools: 41 of 230", "* City schools: ...", then again under another heading)
repeats the table for another scope (another year, analysis or group): its rows are not restatements of the first
list's rows."""

from __future__ import annotations

import re

from auditor.article import Article

_LABEL = re.compile(r"\s*(?P<label>[^\s:][^:\n]{0,60}?)\s*:\s+\S")
"""An item's label: the words before its first colon ("Rural schools: 41 of 230")."""

PARALLEL_LABELS = 2
"""Labels two lists must share to be one table set out twice."""


class ListItems:
    """Which claims stand in different items of one list (consecutive list blocks of different items, with nothing
    but list blocks between them; a nested item belongs to its parent's item), or in two lists that share at least
    :data:`PARALLEL_LABELS` item labels."""

    def __init__(self, article: Article) -> None:
        blocks = article.document.blocks
        text = article.document.text
        self._blocks = [c.block for c in article.claims]
        self._items = [b.group if b.kind == "list" else None for b in blocks]
        # Each block's list: the index of the first block of its run of list blocks (None outside lists).
        self._lists: list[int | None] = []
        labels: dict[int, set[str]] = {}
        for i, b in enumerate(blocks):
            run = None
            if b.kind == "list":
                previous = self._lists[-1] if i else None
                run = previous if previous is not None else i
                if m := _LABEL.match(text, b.start, b.end):
                    labels.setdefault(run, set()).add(m["label"].casefold())
            self._lists.append(run)
        self._labels = labels
        self._parallel: dict[tuple[int, int], bool] = {}

    def apart(self, first: int, second: int) -> bool:
        """Whether claims ``first`` and ``second`` (indexes) are in two items of one list, or in two lists that
        set out one table twice."""
        a, b = self._blocks[first], self._blocks[second]
        run, other = self._lists[a], self._lists[b]
        if run is None or other is None:
            return False
        if run == other:
            return self._items[a] != self._items[b]
        return self._parallel_lists(min(run, other), max(run, other))

    def _parallel_lists(self, one: int, other: int) -> bool:
        """Whether two lists share enough labels; asked only of the pairs a comparison reaches, and remembered."""
        known = self._parallel.get((one, other))
        if known is None:
            shared = self._labels.get(one, set()) & self._labels.get(other, set())
            known = self._parallel[(one, other)] = len(shared) >= PARALLEL_LABELS
        return known
