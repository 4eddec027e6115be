"""What a document is, in parts: which blocks are a conversation, which are release notes.

Read from structure, never from a site's words:

- **conversation** (a transcript, an interview): blocks that open with a speaker's label
  ("Jane Doe: ...", "**Q:** ...", "JD: ...", also after a time code: "[0:01:29.4] JD: ...") where at least two
  labels recur and the turns alternate. From the first turn to the next heading after the last one, every block
  is spoken: what a speaker says is the record of what was said, not the article's claim to source.
- **release notes** (a changelog): the blocks under a heading that names a version ("## v2.3.0",
  "## [1.4.0] - 2024-05-01") and its change-type subheadings ("### Fixed"): statements a project
  makes about itself.
- **choices** (a ballot, a form, a checklist): blocks that open with a blank to fill or a box to tick
  ("_____ YES, I approve ...", "[ ] I agree", "☐ No"), at least ``MIN_CHOICES`` of them: the options
  put to a reader, not statements of the article ("YES, I approve" and "NO, I do not approve" are two
  answers to one question, not a contradiction).

The rules ask :func:`form_of` which blocks are which, and adjust what applies (a spoken turn needs no
citation; a short reply repeated in a conversation is not boilerplate).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from itertools import pairwise

from auditor.knowledge import load
from auditor.model import Document

_LABEL = re.compile(r"(?P<label>[A-Z0-9][\w.&'’-]*(?:[ \t]+[A-Z][\w.&'’-]*){0,3})[ \t]*:[ \t]+(?=\S)")
"""A speaker's label at the start of a block: one to four capitalised words and a colon."""
_TIMESTAMP = re.compile(
    r"(?:[\[(]\d{1,2}(?::\d\d){1,2}(?:[.,]\d{1,3})?[\])]|\d{1,2}:\d\d:\d\d(?:[.,]\d{1,3})?)[ \t]+(?=[A-Z])"
)
"""A time code a transcript may put before each turn's label, in brackets or with its seconds ("[0:01:29.4] JB:
...", "(12:03) Ann: ...", "00:41:07 Q: ..."); not a schedule's bare hour ("12:30 Lunch: ...")."""
_VERSION_HEADING = re.compile(
    r"^\W{0,3}(?:(?:version|release)[ \t]+v?\d+(?:\.\d+)*|v\d+(?:\.\d+)+|\[v?\d+(?:\.\d+)+[^\]]*\]|\d+\.\d+\.\d+"
    r"|\d+\.\d+(?=[ \t]*(?:$|[-–—(][ \t]*\(?\d{4}-\d\d)))(?![\w.])",
    re.I,
)
"""A heading that names a release: "v2.3.0", "Version 2", "[1.4.0] - 2024-05-01", "2.3.1", "2.4 (2024-05-01)";
not a numbered section ("1.2 Background")."""
MIN_TURNS = 4
"""A conversation has at least this many turns ..."""
MIN_CHANGES = 3
"""... and changes speaker at least this many times."""
MIN_CHOICES = 2
"""A form offers at least this many options; one line that opens with a blank is only a line."""
_CHOICE = re.compile(r"(?:_{1,}|\[[ xX✓✔]?\]|[☐☑☒□▢])[ \t]+(?=\w)")
"""A blank to fill or a box to tick at the start of a block ("_____ YES", "[ ] I agree", "☐ No"); the loaders
may keep a run of underscores as one."""
_LIST_MARKER = re.compile(r"^[ \t>]*(?:[-*+]|\d{1,3}[.)])?[ \t]*")
OPENING_GAP = 3
"""A turn whose label does not recur still opens the conversation this many blocks before the first that does."""


@cache
def _words() -> tuple[frozenset[str], frozenset[str]]:
    data = load("forms")
    return frozenset(w.lower() for w in data["not_speakers"]), frozenset(w.lower() for w in data["change_types"])


@dataclass(frozen=True, slots=True)
class Form:
    """The parts of a document that are not ordinary article prose."""

    spoken: frozenset[int]
    """Blocks of a conversation: speaker turns and the paragraphs between them."""
    release_notes: frozenset[int]
    """Blocks under a version heading of a changelog."""
    speakers: tuple[str, ...] = ()
    choices: frozenset[int] = frozenset()
    """Blocks that are the options of a ballot, a form or a checklist."""

    @property
    def kind(self) -> str:
        """``conversation`` or ``release-notes`` when that is most of the document, else ``article``."""
        return "conversation" if self.speakers and self.spoken else "release-notes" if self.release_notes else "article"


def speaker_label(text: str) -> str | None:
    """The speaker's label a block opens with ("Jane Doe" in "Jane Doe: Yes.", "JB" in "[0:01:29.4] JB: Yes."), if
    it looks like one."""
    clock = _TIMESTAMP.match(text)
    m = _LABEL.match(text, clock.end() if clock else 0)
    if not m:
        return None
    label = m["label"]
    not_speakers, _ = _words()
    if not any(ch.isalpha() for ch in label) or {label.lower(), label.split()[0].lower()} & not_speakers:
        return None
    return label


def form_of(doc: Document) -> Form:
    """Which blocks of ``doc`` are a conversation, release notes or the options of a form."""
    spoken, speakers = _conversation(doc)
    return Form(spoken, frozenset(_release_notes(doc)), speakers, _choices(doc))


def _choices(doc: Document) -> frozenset[int]:
    prose = [(index, block.start) for index, block in enumerate(doc.blocks) if block.kind != "heading"]
    found = frozenset(index for index, start in prose if _opens_with_blank(doc, start))
    return found if len(found) >= MIN_CHOICES else frozenset()


def _opens_with_blank(doc: Document, start: int) -> bool:
    """The block opens with a blank or a box, in its text or, where the loader dropped the marks (Markdown reads a
    run of underscores as emphasis), in the line as written (after a list marker)."""
    if _CHOICE.match(doc.text, start, start + 40):
        return True
    if doc.format == "html":
        return False
    raw = doc.to_raw(start)
    line = doc.raw.rfind("\n", 0, raw) + 1
    return bool(_CHOICE.match(_LIST_MARKER.sub("", doc.raw[line : raw + 1], count=1)))


def _conversation(doc: Document) -> tuple[frozenset[int], tuple[str, ...]]:
    turns: list[tuple[int, str]] = []
    for index, block in enumerate(doc.blocks):
        opening = doc.text[block.start : min(block.end, block.start + 80)]
        if block.kind != "heading" and (label := speaker_label(opening)):
            turns.append((index, label))
    counts = Counter(label for _, label in turns)
    speakers = {label for label, n in counts.items() if n >= 2}
    by_speakers = [label for _, label in turns if label in speakers]
    changes = sum(a != b for a, b in pairwise(by_speakers))
    if len(speakers) < 2 or len(by_speakers) < MIN_TURNS or changes < MIN_CHANGES:
        return frozenset(), ()
    # An unrecurring label just before the first recurring one opens the conversation ("Jane Doe: ..." then "JD: ...").
    first = next(index for index, label in turns if label in speakers)
    for index, _ in reversed([t for t in turns if t[0] < first]):
        if first - index > OPENING_GAP or any(doc.blocks[i].kind == "heading" for i in range(index, first)):
            break
        first = index
    last = max(index for index, label in turns if label in speakers)
    end = next((i for i in range(last + 1, len(doc.blocks)) if doc.blocks[i].kind == "heading"), len(doc.blocks))
    return frozenset(range(first, end)), tuple(sorted(speakers))


def _release_notes(doc: Document) -> set[int]:
    _, change_types = _words()
    found: set[int] = set()
    inside = False
    for index, block in enumerate(doc.blocks):
        if block.kind == "heading":
            text = doc.text[block.start : block.end].strip()
            if _VERSION_HEADING.match(text):
                inside = True
            elif text.lower().strip(" :") not in change_types:
                inside = False
            continue
        if inside:
            found.add(index)
    return found
