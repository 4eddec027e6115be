"""Lists: which claims stand in different items of one list. A list sets out different things, so CON003 does not
set the figures of two of its items against each other ("* 23% said it is too difficult" / "* 10% said the tools are
immature")."""

from __future__ import annotations

from auditor.article import Article


class ListItems:
    """Which claims stand in different items of one list: consecutive list blocks of different items, with
    nothing but list blocks between them (a nested item belongs to its parent's item)."""

    def __init__(self, article: Article) -> None:
        blocks = article.document.blocks
        self._blocks = [c.block for c in article.claims]
        self._items = [b.group if b.kind == "list" else None for b in blocks]
        # Each block's list: the index of the first block of its run of list blocks (None outside lists).
        self._lists: list[int | None] = []
        for i, b in enumerate(blocks):
            run = None
            if b.kind == "list":
                previous = self._lists[-1] if i else None
                run = previous if previous is not None else i
            self._lists.append(run)

    def apart(self, first: int, second: int) -> bool:
        """Whether claims ``first`` and ``second`` (indexes) are in two items of one list."""
        a, b = self._blocks[first], self._blocks[second]
        run = self._lists[a]
        return run is not None and run == self._lists[b] and self._items[a] != self._items[b]
