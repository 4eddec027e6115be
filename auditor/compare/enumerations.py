"""Enumerations: a count announced, and a list of another length after it.

"Five ways to cut your heating bill" over six numbered tips, "Here are seven tips:" before six items, "The report
makes four recommendations:" before five bullets, "The three candidates are Ana Ruiz, Ben Cole, Carl Diaz and Dora
Finch": the count and the list give one number two ways (CON003). Read here:

- a heading that opens with a count ("Five ways to ...", "7 tips for ..."), against the subheadings under it (one
  level down; wrap-ups such as "Conclusion" or "The bottom line" do not count, and numbered subheadings, when
  there are any, are the only ones counted), or, with no subheadings, against the one list of its section;
- a lead paragraph that ends with a colon or says "here are", "the following", against the list right after it;
- a count of a noun with a determiner, then a colon, a dash, "are"/"were" or a closed apposition, then names joined
  by commas and "and" ("the three candidates: A, B and C", "his two sons, Tom and Sam,").

A list counts its items, not their nested items. Left unread, since the list may be a selection or a bound: a
count after "top", "at least", "other", "of" ("two of the three ..."), a noun a count measures ("10 minutes",
``knowledge/enumerations.json``), a number that names a year or phase ("Year 2 targets:"), a section with more than one
list, a list that is not right after its lead, and a heading's list of particulars ("Cost: ...", "Capacity: ...").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from auditor.article import Article
from auditor.compare.labels import number_labels
from auditor.compare.quantities import spelled_numbers
from auditor.knowledge import load
from auditor.model import Block, Document
from auditor.phrases import alternation

MAX_BETWEEN = 2
"""Paragraphs a heading's section may have between the heading and its list."""
MIN_COUNT, MAX_COUNT = 2, 20


@dataclass(frozen=True, slots=True)
class Enumeration:
    """A count announced and the number of items listed after it."""

    start: int
    end: int
    """Body span of the announcement (a heading, a paragraph or a claim)."""
    claim: int | None
    """The claim that holds the announcement (None for a heading)."""
    phrase: str
    """The count and what it counts, as written ("Five ways")."""
    count: int
    listed: int
    what: str
    """What was counted: "items", "subheadings" or "names"."""

    @property
    def finding(self) -> str:
        return (f"announces {self.phrase.lower()} ({self.count}) but {self.listed} {self.what} follow."
                " Check the count and the list, and correct the one that is wrong.")


@cache
def _words() -> dict[str, frozenset[str]]:
    data = load("enumerations")
    return {k: frozenset(v) for k, v in data.items() if isinstance(v, list)}


@cache
def _numbers() -> dict[str, int]:
    return {w: n for w, n in spelled_numbers().items() if MIN_COUNT <= n <= MAX_COUNT}


@cache
def _count() -> re.Pattern[str]:
    """A count and its noun: "five ways", "7 quick tips", "three candidates", "four founding members"."""
    words = "|".join(sorted(_numbers(), key=len, reverse=True))
    plural = r"[a-z][a-z-]*[a-z]s|" + "|".join(sorted(_words()["irregular_plurals"]))
    return re.compile(
        rf"\b(?P<n>\d{{1,2}}|{words})\s+(?P<noun>(?:[a-z][a-z-]*\s+){{0,2}}?(?:{plural}))\b", re.IGNORECASE
    )


def _number(word: str) -> int | None:
    value = int(word) if word.isdigit() else _numbers().get(word.lower())
    return value if value is not None and MIN_COUNT <= value <= MAX_COUNT else None


def _announced(text: str, start: int, number: str, noun: str) -> int | None:
    """The count ``number`` of ``noun``, announced at ``start`` of ``text``, when nothing around it makes the list a
    selection or a bound."""
    words = noun.lower().split()
    if words[-1] in _words()["not_counted"] or any(w in _words()["partial"] for w in words):
        return None
    before = re.findall(r"[\w.]+", text[max(0, start - 25) : start].lower())[-2:]
    if any(w.rstrip(".") in _words()["partial"] for w in before):
        return None  # "the top 10 ...", "at least three ...", "two of the three ..."
    if before and before[-1] in number_labels():
        return None  # "Year 2 targets:", "Phase 3 goals": the number names a year or phase, it counts nothing
    return _number(number)



# ---------------------------------------------------------------- counts of names in one claim

_NAME = r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|van|von|da|der|del|la|le|bin|al)){0,3}"
_NAMES = rf"(?P<names>{_NAME}(?:\s*,\s*{_NAME})*,?\s+(?:and|&)\s+{_NAME})"
_DETERMINER = r"(?:\b(?i:the|its|his|her|their|our|my|these|those|all)\s+|\b\w+['’]s\s+)"


_AFTER_COUNT = re.compile(
    rf"(?:(?P<open>\s+(?:are|were)\s+)|(?P<comma>,\s+)|(?P<colon>\s*:\s*|\s*[—–]\s*|\s+-\s+)){_NAMES}"
    r"(?P<after>\s*(?:[.;,)—–]|\s-\s|$)|\s+[a-z])"
)
"""What follows a count of names: "are", a comma or a colon (or a dash), then the names, then a pause or a verb."""
_DETERMINED = re.compile(rf"{_DETERMINER}$")
_LAST_NAME = re.compile(r"\s(?:and|&)\s+[A-Z]")


def named_counts(index: int, text: str) -> Iterator[Enumeration]:
    """Counts of names in claim ``index`` that the names after them do not match.

    Each count ("three candidates") is found first and what follows it is matched there, so a claim is read in
    one pass whatever its length."""
    if ("and" not in text and "&" not in text) or _LAST_NAME.search(text) is None:
        return  # no "... and <Name>": no list of names to count (most claims; cheap tests first)
    for c in _count().finditer(text):
        m = _AFTER_COUNT.match(text, c.end())
        if m is None:
            continue
        determiner = _DETERMINED.search(text, max(0, c.start() - 40), c.start())
        if m["colon"] is None and determiner is None:
            continue  # "In three games, Smith and Jones scored": "are" and an apposition need "the", "his", ...
        if m["comma"] is not None and m["after"].strip() == "" and not m["after"].endswith(tuple(".;,)")):
            continue  # "In the three games, Smith and Jones scored": an apposition must be closed
        if (m["comma"] is not None or m["colon"] is not None) and re.match(r"\s*[a-z]", m["after"]):
            continue  # "Results from three matches: Leeds and Hull won": the names start a clause
        start = determiner.start() if determiner else c.start()
        count = _announced(text, start, c["n"], c["noun"])
        if count is None:
            continue
        names = [n for n in re.split(r"\s*,\s*(?:(?:and|&)\s+)?|\s+(?:and|&)\s+", m["names"].strip()) if n]
        if len(set(names)) < len(names) or re.match(r",\s*(?:(?:and|&)\s+)?[A-Z]", text[m.end("names") :]):
            continue  # "three channels: Alice and Bob, Bob and Carol, and Alice and Carol": items joined by "and"
        listed = len(names)
        if listed != count:
            yield Enumeration(start, m.end(), index, f"{c['n']} {c['noun']}", count, listed, "names")


# ---------------------------------------------------------------- counts of list items and subheadings


def _level(doc: Document, block: Block) -> int | None:
    """A heading's level from the input: "## ..." in Markdown (or a line of "=" or "-" under it), <h2> in HTML."""
    raw = doc.raw
    at = doc.to_raw(block.start)
    line_start = raw.rfind("\n", 0, at) + 1
    if m := re.match(r"[ \t]{0,3}(#{1,6})[ \t]", raw[line_start:at + 1]):
        return len(m[1])
    if tag := re.findall(r"<h([1-6])\b[^>]*>", raw[max(0, at - 300) : at], re.IGNORECASE):
        return int(tag[-1])
    line_end = raw.find("\n", at)
    underline = raw[line_end + 1 : raw.find("\n", line_end + 1) if raw.find("\n", line_end + 1) >= 0 else None].strip()
    if line_end >= 0 and underline and set(underline) <= {"="}:
        return 1
    if line_end >= 0 and underline and set(underline) <= {"-"} and len(underline) >= 2:
        return 2
    return None


_OPENING = re.compile(r"(?:the|our|my)\s+", re.IGNORECASE)
"""Words a heading may open with before its count ("The five best ..." is left to "partial")."""
_LEAD = re.compile(r"\b(?:here\s+are|these\s+are|the\s+following|as\s+follows|below)\b", re.IGNORECASE)
_NUMBERED = re.compile(r"^\s*(?:(?:[a-z]+\.?|#)\s*)?\d{1,2}\s*[.):]\s*\S", re.IGNORECASE)
"""A numbered subheading: "1. Water less", "Step 2: Sign it", "Technique 3: Use LAMBDA", "#4 ..."."""


def _details(doc: Document, start: int) -> bool:
    """Whether a run of list blocks from ``start`` holds a line of details ("Cost: $2.5M a year", "Capacity: 500";
    ``need.json`` field_labels): the list describes one thing's particulars, it does not list what a count counts."""
    blocks, text = doc.blocks, doc.text
    end = start
    while end < len(blocks) and blocks[end].kind == "list":
        if _field_label().match(text, blocks[end].start, blocks[end].end):
            return True
        end += 1
    return False


@cache
def _field_label() -> re.Pattern[str]:
    return re.compile(rf"\W*(?:{alternation(load('need')['field_labels'])})\s*:", re.IGNORECASE)


def _items(blocks: tuple[Block, ...], start: int) -> tuple[int, int]:
    """The top-level items of the run of list blocks from ``start`` (nested items share their item's group), and
    the index after the run."""
    groups: list[int | None] = []
    end = start
    while end < len(blocks) and blocks[end].kind == "list":
        group = blocks[end].group
        if group is None or group not in groups:
            groups.append(group)
        end += 1
    return len(groups), end


def _wrap_up(title: str) -> bool:
    """Whether a subheading closes, opens or adds to the items rather than being one ("Conclusion", "Bonus tip")."""
    words = title.lower().rstrip(":.!?").split()
    return " ".join(words) in _words()["wrap_ups"] or (bool(words) and words[0] in _words()["extras"])


def _headline(words: str, m: re.Match[str]) -> bool:
    """Whether a heading that opens with a count is a news headline: a verb after what it counts ("Two officers
    charged with ...", "Three firms say ...")."""
    after = re.match(r"\s*([A-Za-z]+)", words[m.end() :])
    if after is None:
        return False
    word = after[1].lower()
    return word.endswith("ed") or word in _words()["headline_verbs"]


def listed_counts(article: Article) -> Iterator[Enumeration]:
    """Headings and lead paragraphs whose count the list or subheadings after them do not match."""
    doc = article.document
    blocks, text = doc.blocks, doc.text
    claim_at = {c.block: i for i, c in reversed(list(enumerate(article.claims)))}
    for i, block in enumerate(blocks):
        if block.kind not in ("heading", "paragraph"):
            continue
        words = text[block.start : block.end].strip()
        if block.kind == "heading":
            opening = _OPENING.match(words)
            m = _count().match(words, opening.end() if opening else 0)
            if not m:
                continue
            found = _under_heading(doc, i, words, m)
        else:
            found = _after_lead(blocks, i, words)
        if found is not None:
            phrase, count, listed, what = found
            if listed != count:
                yield Enumeration(block.start, block.end, claim_at.get(i), phrase, count, listed, what)


def _leads(words: str) -> bool:
    """Whether a paragraph's last sentence announces a list with a count of its own ("Here are seven tips.")."""
    sentence = re.split(r"(?<=[.!?])\s+", words.strip())[-1]
    return (sentence.endswith(":") or _LEAD.search(sentence) is not None) and _count().search(sentence) is not None


def _after_lead(blocks: tuple[Block, ...], i: int, words: str) -> tuple[str, int, int, str] | None:
    """A paragraph's last sentence that announces the list right after it."""
    if i + 1 >= len(blocks) or blocks[i + 1].kind != "list" or blocks[i].group is not None:
        return None  # a lead inside a list item: its list is nested, and its items share the item's group
    sentence = re.split(r"(?<=[.!?])\s+", words.strip())[-1]
    if not (sentence.endswith(":") or _LEAD.search(sentence)):
        return None
    counts = list(_count().finditer(sentence))
    if len(counts) != 1:
        return None
    count = _announced(sentence, counts[0].start(), counts[0]["n"], counts[0]["noun"])
    if count is None:
        return None
    listed, _ = _items(blocks, i + 1)
    return (f"{counts[0]['n']} {counts[0]['noun']}", count, listed, "items") if listed >= MIN_COUNT else None


def _closes(doc: Document, block: Block, level: int | None) -> bool:
    """Whether ``block`` is a heading that ends the section of a heading at ``level`` (any heading if unknown)."""
    return block.kind == "heading" and (level is None or (_level(doc, block) or 0) <= level)


def _under_heading(doc: Document, i: int, words: str, m: re.Match[str]) -> tuple[str, int, int, str] | None:
    """A heading's count against its subheadings, or against the one list of its section."""
    count = _announced(words, m.start(), m["n"], m["noun"])
    if count is None or _headline(words, m):
        return None
    blocks, text = doc.blocks, doc.text
    level = _level(doc, blocks[i])
    end = i + 1
    while end < len(blocks) and not _closes(doc, blocks[end], level):
        end += 1
    phrase = f"{m['n']} {m['noun']}"
    heads = [j for j in range(i + 1, end) if blocks[j].kind == "heading"]
    if heads and not any(blocks[j].kind == "list" for j in range(i + 1, heads[0])):
        levels = [_level(doc, blocks[j]) for j in heads]
        if level is None or None in levels:
            return None
        top = min(lv for lv in levels if lv is not None)
        titles = [text[blocks[j].start : blocks[j].end].strip() for j, lv in zip(heads, levels, strict=True)
                  if lv == top]
        numbered = [t for t in titles if _NUMBERED.match(t)]
        kept = numbered or [t for t in titles if not _wrap_up(t)]
        return (phrase, count, len(kept), "subheadings") if len(kept) >= MIN_COUNT else None
    # No subheadings, or a list before them: the one list before any subheading, after at most MAX_BETWEEN
    # paragraphs that announce no count of their own.
    end = heads[0] if heads else end
    runs = [j for j in range(i + 1, end) if blocks[j].kind == "list" and blocks[j - 1].kind != "list"]
    if len(runs) != 1 or runs[0] - i - 1 > MAX_BETWEEN:
        return None
    between = range(i + 1, runs[0])
    if any(blocks[j].kind != "paragraph" or _leads(text[blocks[j].start : blocks[j].end]) for j in between):
        return None
    if _details(doc, runs[0]):
        return None  # "18 wellness centres" over "Cost: ...", "Capacity: ...": the centres' particulars
    listed, _ = _items(blocks, runs[0])
    return (phrase, count, listed, "items") if listed >= MIN_COUNT else None
