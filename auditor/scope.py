"""Citation scope: which claims a citation supports.

The attachment rule (also in the README), from the narrowest reach to the widest:

1. **Sentence.** A citation supports the sentence it stands in; markers right after the full stop
   (``... in 2024. [^1]``) belong to the sentence before.
2. **Citation-only sentence.** A sentence made only of citations ("See [Pew](...).") supports the
   claim before it; when it closes its paragraph, every claim of the paragraph with no citation of
   its own.
3. **Closing cluster.** Citations that close a paragraph's last sentence (``... in 2024. [^1], [^2]``,
   ``... the cuts ([Reuters](...)).``) support every claim of that paragraph with no link of its own.
4. **List item, table row.** A citation anywhere in a list item (all its paragraphs and nested items)
   or a table row (all its cells) supports the item's or row's claims with no link of their own.
5. **Lead-in.** A sentence that introduces a list (it ends with a colon) and cites a source covers
   the list items below it that have no link of their own (paragraphs that open with a bullet sign,
   "- 70% of ...", are items of a list written as text); so does a list item that is only a short
   lead-in ("According to the report:"), for the items after it.
6. **Source line.** A line that starts with ``Source:`` / ``Sources:`` (or a caption that does)
   supports the block it closes: the paragraph above it, or the whole table or list above it; under a
   paragraph, when it closes its section (a heading or the end comes next), the whole section back to its
   heading: a section that ends "Source: the 2023 census." is that source's account. The line is a
   citation, never a claim; a source it names without a link still names it.
   A **credit line**, only a credit and one link ("From [the Society](...)", "Reprinted from
   [X](...)") that closes its section, supports the whole section above it: the section is that
   source's text, reprinted.

7. **Linked heading.** A heading that links what its section is about ("## [Direct File](...) launch")
   covers the section's claims, down to the next heading of the same or a higher level.

"No link of its own": a sentence with only a named attribution ("according to Raw") or a placeholder
is still covered by its paragraph's or item's link. Only citations that point at something (a link,
a footnote or reference, a named attribution) reach beyond their sentence; a placeholder or a vague
"experts say" does not. Nothing reaches across a
heading (other than that heading's own link): a "Further reading" section does not cover the article.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

from auditor.citations import Marker
from auditor.knowledge import load
from auditor.model import Document, Sentence
from auditor.phrases import alternation
from auditor.text import stopwords

_TRAILING = frozenset(" \t\n.,;:!?)]}\"'”’")
_NOT_TRAILING = re.compile("[^" + re.escape("".join(sorted(_TRAILING))) + "]")
_SPREADING_KINDS = frozenset({"link", "reference", "url", "footnote", "numbered"})


@cache
def source_line() -> re.Pattern[str]:
    """A block that opens with a source label and a colon ("Source: Pew", "Data sources & notes: ..."); ``rest``
    is what follows the label."""
    return re.compile(rf"(?:{_source_labels()})\s*[:：]\s*(?P<rest>\S.*)", re.I | re.S)


@cache
def _source_labels() -> str:
    """The pattern of the labels that open a source line ("Source", "Data sources", "Sources & notes", "Data
    source and methods": an ampersand stands for "and", and notes or methods may follow any label), and a word
    before a label's tail ("Works cited", "Field notes cited": the tail "cited" after one word)."""
    ordered = sorted(load("scope")["source_labels"], key=len, reverse=True)
    words = (r"\s+".join(re.escape(w) if w != "and" else "(?:and|&)" for w in label.split()) for label in ordered)
    labels = "|".join(words)
    tails = alternation(load("scope")["source_label_tails"])
    return (
        rf"(?:{labels}|[^\W\d_][\w'’-]*\s+(?:{tails}))(?:\s+(?:and|&)\s+(?:notes?|methods?|methodology))?"
    )


SOURCE_LINE_MAX = 300
"""A source line is short; a long block that happens to start with "Source:" is prose."""
CREDIT_LINE_MAX = 120
"""A credit line ("From [the Society](...)") is shorter still: a credit and a name."""


@cache
def _credit_line() -> re.Pattern[str]:
    labels = "|".join(re.escape(w) for w in sorted(load("scope")["credit_labels"], key=len, reverse=True))
    return re.compile(rf"\s*(?:{labels})\s+(?P<rest>\S.*?)[\s.]*", re.I | re.S)


def _credit(doc: Document, index: int, excluded: frozenset[int]) -> SourceLine | None:
    """A line that is only a credit and one link ("From [the Society](https://...)", "Reprinted from [X](...)"),
    closing its section (a heading or the end comes next): the text above it, back to the section's heading, is
    that source's text, reprinted. None for anything else."""
    blocks = doc.blocks
    block = blocks[index]
    if block.end - block.start > CREDIT_LINE_MAX or (index + 1 < len(blocks) and blocks[index + 1].kind != "heading"):
        return None
    m = _credit_line().fullmatch(doc.text, block.start, block.end)
    if not m:
        return None
    links = [k for k in doc.links if block.start <= k.start < block.end and k.url and not k.url.startswith("#")]
    if len(links) != 1 or doc.text[links[0].start : links[0].end].strip() != m["rest"].strip():
        return None  # the credit names its source by one link, and nothing else follows the label
    covers = []
    k = index - 1
    while k >= 0 and blocks[k].kind != "heading":
        if k not in excluded:
            covers.append(k)
        k -= 1
    return SourceLine(index, tuple(sorted(covers)), m["rest"].strip(), m.start("rest")) if covers else None


@dataclass(frozen=True, slots=True)
class SourceLine:
    """A ``Source: ...`` block, the blocks it covers, and the source it names (its text after the label)."""

    block: int
    covers: tuple[int, ...]
    name: str
    name_start: int


def _closes_section(doc: Document, index: int, excluded: frozenset[int]) -> bool:
    """Block ``index`` is the last of its section: a heading, or the end, comes next (left-out blocks skipped)."""
    following = index + 1
    while following < len(doc.blocks) and following in excluded:
        following += 1
    return following == len(doc.blocks) or doc.blocks[following].kind == "heading"


def _section_above(doc: Document, index: int, excluded: frozenset[int]) -> list[int]:
    """The blocks above block ``index`` back to its section's heading (or the start), left-out blocks skipped."""
    covers = []
    k = index - 1
    while k >= 0 and doc.blocks[k].kind != "heading":
        if k not in excluded:
            covers.append(k)
        k -= 1
    return covers


def source_lines(doc: Document, excluded: frozenset[int]) -> dict[int, SourceLine]:
    """The ``Source:`` lines of a document by block index, each with the blocks it closes."""
    pattern = source_line()
    found: dict[int, SourceLine] = {}
    for index, block in enumerate(doc.blocks):
        if index == 0 or index in excluded or block.end - block.start > SOURCE_LINE_MAX:
            continue
        m = pattern.match(doc.text, block.start, block.end)
        if not m:
            if credit := _credit(doc, index, excluded):
                found[index] = credit
            continue
        previous = index - 1
        while previous >= 0 and previous in excluded:
            previous -= 1
        if previous < 0 or doc.blocks[previous].kind == "heading":
            continue
        covers = [previous]
        kind = doc.blocks[previous].kind
        if kind in ("table", "list"):  # the whole table or list above it
            while covers[-1] > 0 and doc.blocks[covers[-1] - 1].kind == kind and covers[-1] - 1 not in excluded:
                covers.append(covers[-1] - 1)
        elif _closes_section(doc, index, excluded):
            covers = _section_above(doc, index, excluded)
        found[index] = SourceLine(index, tuple(sorted(covers)), m["rest"].strip(), m.start("rest"))
    return found


def spreads(marker: Marker) -> bool:
    """Whether a citation may support claims beyond its own sentence: it points at a source, or names one
    whose definition the tool cannot see (a reference or footnote defined elsewhere: its absence is
    CIT004's business, not a reason to call the claims around it unsourced)."""
    if marker.kind in ("reference", "footnote", "numbered"):
        return True
    return marker.supports and (marker.kind in _SPREADING_KINDS or marker.kind == "attribution")


def is_trailing(body: str, marker: Marker, sentence: Sentence, others: Iterable[Marker] = ()) -> bool:
    """A citation that closes its sentence ("... the cuts [Reuters](...).", "... cuts ([AP](...))", "...
    2024. [^1], [^2]"), unless the words before make it part of the prose ("... according to the [county
    archive](...).")."""
    pos = marker.end
    ordered = others if isinstance(others, list) else sorted(others, key=lambda m: m.start)
    # From the first citation after this one, follow the chain of citations separated only by punctuation; the
    # first gap with words ends it (every later gap holds those words too). A list given is taken as sorted:
    # sorting every sentence's citations again for each of them was quadratic in a sentence with thousands.
    for i in range(bisect_left(ordered, marker.end, key=lambda m: m.start), len(ordered)):
        other = ordered[i]
        if other.start < pos:
            continue
        if not all(ch in _TRAILING for ch in body[pos : other.start]):
            break
        pos = max(pos, other.end)
    if _NOT_TRAILING.search(body, pos, sentence.end):  # searched in place: a slice would copy a long sentence
        return False
    if marker.kind in ("footnote", "numbered"):
        return True
    before = body[max(sentence.start, marker.start - 40) : marker.start]
    if before.endswith(("(", "[")):
        return True
    words = before.split()
    if not words or not before[-1:].isspace() or words[-1].endswith(("'s", "’s")):  # "the authority's [plan]"
        return False
    return words[-1].lower().strip(",") not in stopwords()


def is_lead_in(doc: Document, index: int) -> bool:
    """A block that ends with a colon: it introduces what follows (a list, a table)."""
    block = doc.blocks[index]
    return doc.text[max(block.start, block.end - 8) : block.end].rstrip().endswith(":")


LEAD_IN_ITEM_MAX_WORDS = 8
"""A list item that is only a short lead-in ("According to the report:") introduces the items after it."""


def _lead_in_item(doc: Document, index: int) -> bool:
    """A list item that is only a short lead-in: it ends with a colon and says little else."""
    block = doc.blocks[index]
    return len(doc.text[block.start : block.end].split()) <= LEAD_IN_ITEM_MAX_WORDS


def _in_item(doc: Document, index: int) -> bool:
    """A paragraph that continues a list item (it shares the item's group)."""
    block = doc.blocks[index]
    return block.group is not None and block.kind != "table"


_BULLET = re.compile(r"[-–•·▪*][ \t]+\S")
"""A bullet sign and a space opening a paragraph: a list item written as text (a converter escaped its marker)."""


def bulleted(doc: Document, index: int) -> bool:
    """A paragraph that opens with a bullet sign ("- 70% of ...", "• 72% ..."): an item of a list the page shows,
    which the input wrote as paragraphs (an HTML converter's ``\\-``); a lead-in covers it as it covers a list."""
    block = doc.blocks[index]
    return block.kind == "paragraph" and _BULLET.match(doc.text, block.start) is not None


def attach(
    doc: Document,
    sentences: Sequence[Sentence],
    markers: Sequence[Marker],
    in_sentence: dict[int, list[int]],
    claim_of: dict[int, int],
    lines: dict[int, SourceLine],
) -> dict[int, set[int]]:
    """Citation index -> indexes of the claims it supports, by the rules of this module's docstring."""
    supports: dict[int, set[int]] = defaultdict(set)
    by_block: dict[int, list[int]] = defaultdict(list)
    for k, sentence in enumerate(sentences):
        by_block[sentence.block].append(k)

    def linked(k: int) -> bool:  # a sentence with a link of its own (a named attribution does not stop a wider one)
        return any(markers[n].kind in _SPREADING_KINDS for n in in_sentence.get(k, ()))

    def uncited(blocks: Iterable[int]) -> list[int]:
        return [claim_of[k] for b in blocks for k in by_block.get(b, ()) if k in claim_of and not linked(k)]

    def cover(marker_indexes: Iterable[int], claims: list[int]) -> None:
        for n in marker_indexes:
            if spreads(markers[n]):
                supports[n].update(claims)

    for k, marker_indexes in in_sentence.items():  # 1
        if k in claim_of:
            for n in marker_indexes:
                supports[n].add(claim_of[k])
    for ks in by_block.values():  # 2, in one pass over each block: a long paragraph is walked once
        claims_so_far: list[int] = []
        for k in ks:
            if k in claim_of:
                claims_so_far.append(k)
                continue
            own = in_sentence.get(k)
            if not own or not claims_so_far:
                continue
            targets = [claim_of[j] for j in claims_so_far if not in_sentence.get(j)] if k == ks[-1] else []
            for n in own:
                supports[n].update(targets or [claim_of[claims_so_far[-1]]])
    for block, ks in by_block.items():  # 3
        last = ks[-1]
        if last in claim_of and (own := in_sentence.get(last)) and doc.blocks[block].kind != "heading":
            ordered = sorted((markers[i] for i in own), key=lambda m: m.start)
            # Only a citation that spreads can cover the block: whether the others close the sentence is not asked.
            closing = [
                n for n in own if spreads(markers[n]) and is_trailing(doc.text, markers[n], sentences[last], ordered)
            ]
            cover(closing, uncited([block]))
    groups: dict[int, list[int]] = defaultdict(list)
    for index, b in enumerate(doc.blocks):
        if b.group is not None:
            groups[b.group].append(index)
    for blocks in groups.values():  # 4
        cover((n for b in blocks for k in by_block.get(b, ()) for n in in_sentence.get(k, ())), uncited(blocks))
    for block, ks in by_block.items():  # 5
        if not is_lead_in(doc, block) or (doc.blocks[block].kind == "list" and not _lead_in_item(doc, block)):
            continue
        following = []
        j = block + 1
        while j < len(doc.blocks) and (doc.blocks[j].kind == "list" or _in_item(doc, j) or bulleted(doc, j)):
            following.append(j)
            j += 1
        cover(in_sentence.get(ks[-1], ()), uncited(following))
    for line in lines.values():  # 6
        cover((n for k in by_block.get(line.block, ()) for n in in_sentence.get(k, ())), uncited(line.covers))
    headed = [
        i for i, b in enumerate(doc.blocks) if b.kind == "heading" and any(in_sentence.get(k) for k in by_block[i])
    ]
    for index in headed:  # 7
        cover((n for k in by_block[index] for n in in_sentence.get(k, ())), uncited(section_below(doc, index)))
    return supports


def heading_level(doc: Document, index: int) -> int:
    """The level of a heading block: the number of ``#`` of a Markdown heading; 2 when the input does not say."""
    block = doc.blocks[index]
    raw = doc.raw
    at = doc.to_raw(block.start)
    line = raw[raw.rfind("\n", 0, at) + 1 : at + 1].lstrip()
    hashes = len(line) - len(line.lstrip("#"))
    return hashes if 0 < hashes <= 6 else 2


def section_below(doc: Document, index: int) -> list[int]:
    """The blocks under heading ``index`` down to the next heading of the same or a higher level."""
    level = heading_level(doc, index)
    found = []
    for j in range(index + 1, len(doc.blocks)):
        if doc.blocks[j].kind == "heading" and heading_level(doc, j) <= level:
            break
        found.append(j)
    return found
