"""Lists: which claims stand in different items of one list, or in the same row of two lists that set out one
table again. A list sets out different things, so CON003 does not set the figures of two of its items against each
other ("* 23% said it is too difficult" / "* 10% said the tools are immature"). And a list whose items carry the
labels of an earlier list ("* Rural schools: 41 of 230", "* City schools: ...", then again under another heading)
repeats the table for another scope (another year, analysis or group): its rows are not restatements of the first
list's rows. An item that opens with its amount ("- 1 tsp baking soda", "- 2 x 4 m tarpaulin") is a line of a
bill of quantities whose subject is the heading above it, not the item: two such items under two different headings
(two recipes' ingredients, two kits' contents) are not one quantity given twice. An item that names its own subject
("- The ferry carries 200 passengers") is compared across headings as anywhere else.

Items set out inside a paragraph count so too: claims of one block that each open with a bullet glyph ("• Basic
plan: 5 GB ... • Family plan: 50 GB ..."). And a claim that opens its paragraph or item with a label ("Basic plan:
5 GB of storage", "Scenario B: the bid is one of the 12% ...") names what its figures belong to: two claims with
different labels are about different things (a label that names no thing, "Note:", "Update:", ``not_speakers`` of
``knowledge/forms.json``, is not read so)."""

from __future__ import annotations

import re
from functools import cache

from auditor.article import Article
from auditor.compare.labels import list_labels, other_occasions
from auditor.compare.logs import other_periods, section_periods
from auditor.knowledge import load

_LABEL = re.compile(r"\s*(?P<label>[^\s:][^:\n]{0,60}?)\s*:\s+\S")
"""An item's label: the words before its first colon ("Rural schools: 41 of 230")."""

_BULLET = re.compile(r"[•●▪◦‣∙][ \t]*")
"""A bullet glyph that opens an item set out inside a paragraph."""
_SUBJECT = re.compile(r"(?P<label>[^\W_][\w.&'’/-]*(?:[ \t]+[\w.&'’/-]+){0,3})[ \t]*:[ \t]+(?=\S)")
"""A label that opens a claim: one to four words and a colon ("Family plan: ...", "3D scanner: ...")."""
_AMOUNT_FIRST = re.compile(r"[\d½¼¾⅓⅔⅛]")
"""An item that opens with its amount ("2 tsp. baking soda", "½ cup milk")."""

PARALLEL_LABELS = 2
"""Labels two lists must share to be one table set out twice."""


class ListItems:
    """Which claims stand in different items of one list (consecutive list blocks of different items, with nothing
    but list blocks between them; a nested item belongs to its parent's item), in two lists that share at least
    :data:`PARALLEL_LABELS` item labels, or that both open with their amount under two different headings."""

    def __init__(self, article: Article) -> None:
        blocks = article.document.blocks
        text = article.document.text
        self._blocks = [c.block for c in article.claims]
        self._items = [b.group if b.kind == "list" else None for b in blocks]
        # Each block's list: the index of the first block of its run of list blocks (None outside lists).
        self._lists: list[int | None] = []
        labels: dict[int, set[str]] = {}
        # Each block's section: the index of the last heading block before it (-1 before the first heading).
        self._sections: list[int] = []
        section = -1
        for i, b in enumerate(blocks):
            if b.kind == "heading":
                section = i
            self._sections.append(section)
            run = None
            if b.kind == "list":
                previous = self._lists[-1] if i else None
                run = previous if previous is not None else i
                if m := _LABEL.match(text, b.start, b.end):
                    labels.setdefault(run, set()).add(m["label"].casefold())
            self._lists.append(run)
        self._labels = labels
        self._parallel: dict[tuple[int, int], bool] = {}
        self._claims = article.claims
        self._starts = [b.start for b in blocks]
        self._heads: dict[int, tuple[bool, str | None]] = {}
        self._occasions = list_labels(article)
        self._periods = section_periods(article)

    def apart(self, first: int, second: int) -> bool:
        """Whether claims ``first`` and ``second`` (indexes) are in sections labelled with two periods, in two
        items of one list, in two lists that
        set out one table twice, open with their amounts under two different headings, or stand in two lists under two
        numbered labels of one word ("Year 1 targets:" / "Year 2 targets:", :mod:`auditor.compare.labels`)."""
        if other_periods(self._periods, first, second):
            return True  # "May 2017: ..." / "June 2017: ...": a log's two periods (logs.py)
        a, b = self._blocks[first], self._blocks[second]
        run, other = self._lists[a], self._lists[b]
        if run is None or other is None:
            return self._labelled_apart(first, second)
        if run == other:
            return self._items[a] != self._items[b]
        if self._sections[a] != self._sections[b] and _AMOUNT_FIRST.match(self._claims[first].text) and (
            _AMOUNT_FIRST.match(self._claims[second].text)
        ):
            return True  # two headings' bills of quantities (two recipes' ingredients)
        if other_occasions(self._occasions, first, second):
            return True  # "Year 1 targets:" / "Year 2 targets:": two years' lists
        return self._parallel_lists(min(run, other), max(run, other))

    def _parallel_lists(self, one: int, other: int) -> bool:
        """Whether two lists share enough labels; asked only of the pairs a comparison reaches, and remembered."""
        known = self._parallel.get((one, other))
        if known is None:
            shared = self._labels.get(one, set()) & self._labels.get(other, set())
            known = self._parallel[(one, other)] = len(shared) >= PARALLEL_LABELS
        return known

    def _labelled_apart(self, first: int, second: int) -> bool:
        """Whether two claims outside list blocks are two items set out inside one paragraph (each opens with a
        bullet glyph), or open with two different labels."""
        bullet_a, label_a = self._head(first)
        bullet_b, label_b = self._head(second)
        if bullet_a and bullet_b and self._blocks[first] == self._blocks[second]:
            return True
        return label_a is not None and label_b is not None and label_a != label_b

    def _head(self, index: int) -> tuple[bool, str | None]:
        """Whether claim ``index`` opens with a bullet glyph, and the label it opens with (casefolded; None when
        it opens with none, or does not open its paragraph or item)."""
        known = self._heads.get(index)
        if known is None:
            claim = self._claims[index]
            bullet = _BULLET.match(claim.text)
            label = None
            if bullet or claim.start == self._starts[claim.block]:
                m = _SUBJECT.match(claim.text, bullet.end() if bullet else 0)
                if m and any(ch.isalpha() for ch in m["label"]):
                    label = m["label"].casefold()
                    if {label, label.split()[0]} & _not_things():
                        label = None
            known = self._heads[index] = (bullet is not None, label)
        return known


@cache
def _not_things() -> frozenset[str]:
    """Labels that name no thing ("Note", "Update"): the ``not_speakers`` of ``knowledge/forms.json``."""
    return frozenset(w.lower() for w in load("forms")["not_speakers"])
