"""Blocks that are not the article: repeated boilerplate, pasted page chrome, reference lists.

Found before claims are made, so that none of them ever becomes a claim:

- **boilerplate**: a block repeated in the body (a promo pasted after every
  section). Consecutive repeated blocks form one group, reported once.
- **layout**: blocks repeated in step with each other, the fields of a recurring
  layout (each day of a meal plan, the questions put to each guest): structure,
  neither claims nor boilerplate, so not reported;
- **chrome**: comment forms, share widgets, hashtag lines and the
  related-story lists that follow them at the end of a page (word lists in
  ``knowledge/chrome.json``);
- **masthead**: bylines and publication-date lines near the top or the end
  ("By Jane Doe | May 3, 2025", "Published: 12 May 2025", a date alone under the
  headline): the date is read from them (:mod:`auditor.dating`); they are not
  claims and not chrome;
- **credit**: photo and image credits ("Photo: Jane Doe"): not claims, not chrome.
- **references**: the entries of reference lists (``[1] https://...``, the items under a
  "References" heading, the notes that ``<sup>`` links point at).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from functools import cache
from itertools import accumulate, pairwise
from typing import Literal

from auditor.knowledge import load
from auditor.model import Document
from auditor.reference_lists import reference_entries

ArtifactKind = Literal["boilerplate", "layout", "chrome", "masthead", "credit", "references"]

MIN_REPEATS = 3
"""A block seen this many times is boilerplate whatever it says."""
MIN_REPEAT_WORDS = 3
"""Blocks shorter than this (a lone "Advertisement") are chrome's business, not boilerplate's."""
_TRIM = " \t\n:!.·|•-–—"


@dataclass(frozen=True, slots=True)
class Artifact:
    """A group of blocks that is not article prose.

    ``blocks`` lists every block of the group (all occurrences, for
    boilerplate); ``start``/``end`` span its first occurrence in the body.
    """

    kind: ArtifactKind
    blocks: tuple[int, ...]
    start: int
    end: int
    count: int = 1
    label: str | None = None


@dataclass(frozen=True, slots=True)
class Artifacts:
    """Everything found, and the set of block indexes that must not yield claims."""

    items: tuple[Artifact, ...]
    excluded: frozenset[int]

    def of_kind(self, kind: ArtifactKind) -> tuple[Artifact, ...]:
        """The artifacts of one kind, in body order."""
        return tuple(a for a in self.items if a.kind == kind)


@dataclass(frozen=True, slots=True)
class _ChromeWords:
    lines: frozenset[str]
    weak_lines: frozenset[str]
    pattern: re.Pattern[str]
    tail_markers: frozenset[str]
    tail_words: int
    masthead_lines: frozenset[str]
    masthead: re.Pattern[str]
    credit: re.Pattern[str]


@cache
def _chrome() -> _ChromeWords:
    data = load("chrome")

    def either(patterns: list[str]) -> re.Pattern[str]:
        return re.compile("|".join(f"(?:{p})" for p in patterns))

    return _ChromeWords(
        frozenset(data["lines"]),
        frozenset(data["weak_lines"]),
        either(data["patterns"]),
        frozenset(data["tail_markers"]),
        int(data["tail_block_words"]),
        frozenset(data["masthead_lines"]),
        either(data["masthead_patterns"]),
        re.compile("|".join(f"(?:{p})" for p in data["credit_patterns"]), re.I),
    )


def _key(text: str) -> str:
    return " ".join(text.lower().split()).strip(_TRIM)


CHROME_MAX_CHARS = 250
"""Page chrome comes in short blocks; longer ones are not even compared with the lists."""


def find_artifacts(doc: Document, spoken: frozenset[int] = frozenset()) -> Artifacts:
    """The boilerplate, chrome and reference-list blocks of a document.

    ``spoken`` blocks are turns of a conversation (:mod:`auditor.form`): a reply said three times
    ("Jane Doe: Yes.") is speech, not boilerplate.
    """
    texts = [doc.text[b.start : b.end] for b in doc.blocks]
    keys = [_key(text) if i not in spoken else "" for i, text in enumerate(texts)]
    items = [*_boilerplate(doc, texts, keys), *_page_parts(doc, texts, keys), *_references(doc, texts)]
    items.sort(key=lambda a: (a.start, a.kind))
    excluded = frozenset(i for a in items for i in a.blocks)
    return Artifacts(tuple(items), excluded)


def _boilerplate(doc: Document, texts: list[str], keys: list[str]) -> list[Artifact]:
    seen: dict[str, list[int]] = defaultdict(list)
    targets = _link_targets(doc)
    lengths = _LinkLengths(doc)
    for i, key in enumerate(keys):
        if key.startswith("{") and key.endswith("}"):
            continue  # a template's attribute list ("{.float-left}"), not prose
        if key.count(" ") + 1 >= MIN_REPEAT_WORDS and not _is_navigation(doc, i, targets.get(i, ()), lengths):
            # Copies of a link whose targets differ ("Run this notebook" for each notebook) are not one block.
            seen[key + "\x00" + " ".join(targets.get(i, ()))].append(i)
    repeated = {i: key for key, where in seen.items() if len(where) >= MIN_REPEATS for i in where}
    groups: list[Artifact] = []
    copies: list[list[int]] = []  # where each group's copies start, in the order of ``groups``
    sizes: list[int] = []  # how many blocks each copy of a group holds
    done: set[int] = set()
    for i in sorted(repeated):
        if i in done:
            continue
        # Grow the group while the next block repeats exactly as often: a promo's heading and its text.
        run = [i]
        while run[-1] + 1 in repeated and len(seen[repeated[run[-1] + 1]]) == len(seen[repeated[i]]):
            run.append(run[-1] + 1)
        members = sorted(j for k in run for j in seen[repeated[k]])
        done.update(members)
        if all(doc.blocks[k].kind == "heading" for k in run):
            continue  # a repeated section heading ("Who they are") is structure, not boilerplate
        first = doc.blocks[run[0]].start, doc.blocks[run[-1]].end
        groups.append(Artifact("boilerplate", tuple(members), *first, len(seen[repeated[i]]), texts[i]))
        copies.append(seen[repeated[i]])
        sizes.append(len(run))
    fields = _layout_fields(copies, sizes)
    return [replace(group, kind="layout") if n in fields else group for n, group in enumerate(groups)]


LAYOUT_MIN_FIELDS = 3
"""Repeated blocks that recur in step with each other, this many or more (counting each block of a run of
consecutive ones), are a layout's fields."""
LAYOUT_IN_STEP_SHARE = 0.75
"""Another field comes between this share of a field's consecutive copies (a guest may skip a question)."""
LAYOUT_MAX_FIELDS = 200
"""A layout's section holds at most this many repeated blocks between two copies of one field (a day of
a plan, one guest's questions); more apart, the copies are not one layout's (and the scan stays linear)."""


def _layout_fields(copies: list[list[int]], sizes: list[int]) -> set[int]:
    """The groups (by index) that are the fields of a recurring layout, not pasted boilerplate.

    A meal plan repeats "Eat 1-2 hours after your workout" in every day's section, and an interview
    series puts the same questions to each guest: several different blocks, each repeated, each
    copy of one followed by a copy of the others before it comes again. A promo pasted after every
    section repeats alone, with the article's own, ever different text between its copies.
    """
    if len(copies) < 2 or sum(sizes) < LAYOUT_MIN_FIELDS:
        return set()
    owner = {start: n for n, starts in enumerate(copies) for start in starts}
    order = sorted(owner)
    in_step: dict[int, set[int]] = {}
    for n, starts in enumerate(copies):
        met: Counter[int] = Counter()
        for a, b in pairwise(starts):
            lo, hi = bisect_right(order, a), bisect_left(order, b)
            if hi - lo <= LAYOUT_MAX_FIELDS:
                met.update({owner[order[k]] for k in range(lo, hi)})
        gaps = len(starts) - 1
        in_step[n] = {other for other, count in met.items() if count >= LAYOUT_IN_STEP_SHARE * gaps}
    fields = {n for n, others in in_step.items()
              if others and sizes[n] + sum(sizes[o] for o in others) >= LAYOUT_MIN_FIELDS}
    return fields if sum(sizes[n] for n in fields) >= LAYOUT_MIN_FIELDS else set()


MASTHEAD_HEAD = 8
"""Bylines and date lines are looked for in this many blocks at the top of the article (and the last three)."""
MASTHEAD_NAME_WORDS = 8
"""After "Edited by" on a line of its own, the next short lines (a name, a role) belong to the byline."""


def _link_targets(doc: Document) -> dict[int, tuple[str, ...]]:
    """The addresses each block links to, in order."""
    starts = [b.start for b in doc.blocks]
    found: dict[int, list[str]] = defaultdict(list)
    for link in doc.links:
        k = bisect_right(starts, link.start) - 1
        if k >= 0 and link.url:
            found[k].append(link.url)
    return {k: tuple(v) for k, v in found.items()}


class _LinkLengths:
    """The characters of link text that start inside a span, summed: the links' starts in order and running totals
    of their lengths, so that a block's sum is two bisections, not a pass over every link of the document (once
    per block, that was quadratic in a long page of in-page links)."""

    def __init__(self, doc: Document) -> None:
        links = sorted((k.start, k.end - k.start) for k in doc.links)
        self.starts = [start for start, _ in links]
        self.totals = [0, *accumulate(length for _, length in links)]

    def within(self, start: int, end: int) -> int:
        """The summed length of the links that start at or after ``start`` and before ``end``."""
        return self.totals[bisect_left(self.starts, end)] - self.totals[bisect_left(self.starts, start)]


def _is_navigation(doc: Document, index: int, targets: tuple[str, ...], lengths: _LinkLengths) -> bool:
    """A block that is only a link to a place in the page ("Back to the table of contents"): navigation the
    writer put there, repeated on purpose."""
    if not targets or not all(t.startswith("#") for t in targets):
        return False
    block = doc.blocks[index]
    return lengths.within(block.start, block.end) >= 0.8 * (block.end - block.start)


def _page_parts(doc: Document, texts: list[str], keys: list[str]) -> list[Artifact]:
    """Chrome, masthead (bylines, date lines) and credits: blocks that are not the article's prose."""
    words = _chrome()
    kinds: dict[int, ArtifactKind] = {}
    weak: set[int] = set()
    near_edges = set(range(min(MASTHEAD_HEAD, len(texts)))) | set(range(max(0, len(texts) - 3), len(texts)))
    for i, (text, key) in enumerate(zip(texts, keys, strict=True)):
        if len(key) > CHROME_MAX_CHARS or not key:
            continue
        flat = " ".join(text.split())
        if i in near_edges and (key in words.masthead_lines or words.masthead.match(flat)):
            kinds[i] = "masthead"
        elif words.credit.match(flat):
            kinds[i] = "credit"
        elif key in words.lines or words.pattern.match(key) or words.pattern.match(flat):
            kinds[i] = "chrome"
        elif key in words.weak_lines:
            weak.add(i)
    for i in sorted(k for k, kind in kinds.items() if kind == "masthead"):  # "Edited by" / "Jane Doe" / "Editor"
        if keys[i] in words.masthead_lines:
            for j in range(i + 1, min(i + 3, len(texts))):
                sentence = texts[j].rstrip().endswith((".", "!", "?"))
                if j in kinds or sentence or keys[j].count(" ") >= MASTHEAD_NAME_WORDS:
                    break
                kinds[j] = "masthead"
    # A related-story list or comment form at the end takes everything after it, when all of it is short.
    for i, key in enumerate(keys):
        if key in words.tail_markers and all(k.count(" ") < words.tail_words for k in keys[i + 1 :]):
            for j in range(i, len(texts)):
                kinds.setdefault(j, "chrome")
            break
    # A weak line ("Read more", "Table of contents") is chrome only beside other chrome.
    for i in weak:
        if kinds.get(i - 1) == "chrome" or kinds.get(i + 1) == "chrome" or (i + 1 in weak or i - 1 in weak):
            kinds.setdefault(i, "chrome")
    runs: list[Artifact] = []
    for i in sorted(kinds):
        kind = kinds[i]
        if runs and runs[-1].blocks[-1] == i - 1 and runs[-1].kind == kind:
            last = runs[-1]
            runs[-1] = Artifact(kind, (*last.blocks, i), last.start, doc.blocks[i].end, label=last.label)
        else:
            runs.append(Artifact(kind, (i,), doc.blocks[i].start, doc.blocks[i].end, label=texts[i]))
    return runs


def _references(doc: Document, texts: list[str]) -> list[Artifact]:
    """The entries of reference lists (see :mod:`auditor.reference_lists`)."""
    blocks = doc.blocks
    return [
        Artifact("references", (e.block,), blocks[e.block].start, blocks[e.block].end, label=e.label)
        for e in reference_entries(doc)
    ]
