"""Placeholder notes: a writer's note in brackets, left where a source belongs ("[CITE PENDING]", "[VERIFY]",
"[source?]", "[citation TBD]", "[VERIFY: original not yet located]").

The note is read from its words, in any order and case: it opens with words that are all a placeholder's (a
citation noun: "cite", "source", "ref"; a writer's flag: "verify", "TK", "TBD", "TODO"; or what such a note says of
them: "pending", "needed", "?"), at least one of them a citation noun or a flag. A note may follow after a colon,
a dash, "for" or "to" ("[CITE PENDING for the current value]") when those words say the source is missing (a
flag or a word such as "pending"): "[Source: the 2020 census]" names its source and is no placeholder, while
"[Source: TBD]" is one. In parentheses a single word is read only if it is a placeholder word on its own
("(cite)"): "(TK)" after a name is an abbreviation. What is never read: "[sic]", "[1]", "[emphasis added]",
"[PDF]", "[Updated]", "[ ]", "[x]", "[VERIFIED]" (a label that says it was checked).

The words live in ``knowledge/citation_markers.json`` (``placeholder_note_heads``, ``placeholder_flags``,
``placeholder_states``, ``placeholder_words``); :func:`auditor.citations.find_markers` asks :func:`is_placeholder_note`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from auditor.knowledge import load

NOTE_MAX = 200
"""A placeholder note is a short aside; a longer bracket is prose."""

BRACKETED = re.compile(rf"[\[(](?P<inner>[^\[\]()\n]{{1,{NOTE_MAX}}})[\])]")
"""A bracketed aside on one line, nothing bracketed inside it."""

_TOKEN = re.compile(r"[^\W\d_]+|\?+|\S")
_SEPARATORS = frozenset({":", "—", "–", "-", ";", ",", "for", "to"})


@dataclass(frozen=True, slots=True)
class _Words:
    nouns: frozenset[str]
    """What a source is called ("cite", "source", "ref")."""
    flags: frozenset[str]
    """A writer's mark that something is left to do ("verify", "tk", "tbd", "todo")."""
    states: frozenset[str]
    """What a note says of the source ("pending", "needed", "?")."""
    alone: frozenset[str]
    """Placeholder words read on their own in parentheses too ("cite", "source", "todo")."""


@cache
def _words() -> _Words:
    data = load("citation_markers")
    return _Words(
        frozenset(data["placeholder_note_heads"]),
        frozenset(data["placeholder_flags"]),
        frozenset(data["placeholder_states"]),
        frozenset(data["placeholder_words"]),
    )


def is_placeholder_note(inner: str, bracket: str = "[") -> bool:
    """Whether the words inside a bracket (``inner``, without the brackets) are a placeholder note.

    >>> is_placeholder_note("CITE PENDING"), is_placeholder_note("VERIFY: not located"), is_placeholder_note("ref?")
    (True, True, True)
    >>> is_placeholder_note("sic"), is_placeholder_note("Source: the census"), is_placeholder_note("VERIFIED")
    (False, False, False)
    >>> is_placeholder_note("TK"), is_placeholder_note("TK", "(")
    (True, False)
    """
    words = _words()
    tokens = _TOKEN.findall(inner.lower())
    head: list[str] = []
    for token in tokens:
        if token in words.nouns or token in words.flags or token in words.states or token.startswith("?"):
            head.append(token)
        else:
            break
    if not any(t in words.nouns or t in words.flags for t in head):
        return False
    rest = tokens[len(head) :]
    missing = any(t in words.flags or t in words.states or t.startswith("?") for t in head)
    if not rest:
        return bracket == "[" or len(head) > 1 or " ".join(head) in words.alone
    if rest[0] not in _SEPARATORS:
        return False
    if missing:
        return True
    # "[Source: TBD]": after the label, only a placeholder's words
    after = [t for t in rest[1:] if t not in _SEPARATORS]
    return bool(after) and all(t in words.flags or t in words.states or t.startswith("?") for t in after)


def placeholder_notes(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The spans of the placeholder notes in ``text[start:end]``, brackets included."""
    for m in BRACKETED.finditer(text, start, end):
        opening, closing = m[0][0], m[0][-1]
        if (opening, closing) not in (("[", "]"), ("(", ")")):
            continue
        if is_placeholder_note(m["inner"], opening):
            yield m.start(), m.end()
