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

A template's field left unfilled is a placeholder too (:func:`is_template_field`): a bracket that names the field a
value belongs in ("[ID Number]", "[Your Name]", "[Insert photo]", "[Space for supporter quotes]"), either opening with
a template's instruction ("insert", "your", "space for": ``template_openers``) or ending with a field's noun
(``template_fields``) right after a label that names the same field ("Election Registration ID: [ID Number]", "Date:
[Date]"). An editor's insertion ("[Name] told me", "[the mayor] said") stands after no such label and is never read.
So is an address that says its link is missing (:func:`is_placeholder_address`: "/link-needed", "#source-tbd"):
only a placeholder's words, at least one of them a flag or a state, never a bare noun ("/sources" is a page).

The words live in ``knowledge/citation_markers.json`` (``placeholder_note_heads``, ``placeholder_flags``,
``placeholder_states``, ``placeholder_words``, ``template_fields``, ``template_openers``);
:func:`auditor.citations.find_markers` asks :func:`is_placeholder_note`.
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
    fields: frozenset[str]
    """What a template's field is called ("number", "name", "date")."""
    openers: tuple[str, ...]
    """How a template's instruction opens ("insert", "your", "space for")."""


@cache
def _words() -> _Words:
    data = load("citation_markers")
    return _Words(
        frozenset(data["placeholder_note_heads"]),
        frozenset(data["placeholder_flags"]),
        frozenset(data["placeholder_states"]),
        frozenset(data["placeholder_words"]),
        frozenset(data["template_fields"]),
        tuple(data["template_openers"]),
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


LABEL_REACH = 80
"""How many characters before a bracket are read for the label of a template's field ("Registration ID: ")."""
_LABEL = re.compile(r"(?P<label>[A-Za-z][\w .&/-]{0,40}?)\s*:\s*[*_]*\s*$")
"""A label before a field, on the bracket's line: "Election Registration ID: " (bold marks around the field allowed)."""
_FIELD_WORD = re.compile(r"[^\W\d_]+")


def is_template_field(inner: str, before: str = "") -> bool:
    """Whether a bracket's words (``inner``) are a template's field left unfilled, ``before`` being the text of its
    line before the bracket (see the module docstring).

    >>> is_template_field("ID Number", "Election Registration ID: "), is_template_field("Space for supporter quotes")
    (True, True)
    >>> is_template_field("Name", "He said "), is_template_field("Name", "Contact: "), is_template_field("sic")
    (False, False, False)
    """
    words = _words()
    lowered = inner.strip().lower()
    tokens = _FIELD_WORD.findall(lowered)
    if not tokens or len(tokens) > 6:
        return False
    if any(lowered.startswith(o + " ") for o in words.openers) and len(tokens) > 1:
        return True
    if tokens[-1] not in words.fields or not all(t[0].isupper() for t in _FIELD_WORD.findall(inner)):
        return False
    label = _LABEL.search(before)
    return label is not None and not set(_FIELD_WORD.findall(label["label"].lower())).isdisjoint(tokens)


def is_placeholder_address(address: str) -> bool:
    """Whether a link's address says its link is missing (see the module docstring).

    >>> is_placeholder_address("/link-needed"), is_placeholder_address("#source_tbd")
    (True, True)
    >>> is_placeholder_address("/sources"), is_placeholder_address("/help"), is_placeholder_address("/news/link-needed")
    (False, False, False)
    """
    words = _words()
    tokens = [t for t in re.split(r"[-_\s.]+", address.strip().lower().lstrip("/#.")) if t]
    if not tokens or "/" in address.strip().strip("/") or ":" in address:
        return False
    if not all(t in words.nouns or t in words.flags or t in words.states for t in tokens):
        return False
    return any(t in words.flags or t in words.states for t in tokens) and any(
        t in words.nouns or t in words.flags for t in tokens
    )


def placeholder_notes(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The spans of the placeholder notes in ``text[start:end]``, brackets included: writers' notes, and templates'
    fields left unfilled (in square brackets only)."""
    for m in BRACKETED.finditer(text, start, end):
        opening, closing = m[0][0], m[0][-1]
        if (opening, closing) not in (("[", "]"), ("(", ")")):
            continue
        if is_placeholder_note(m["inner"], opening):
            yield m.start(), m.end()
        elif opening == "[":
            # Only the end of its line before it: a label is short, and a long line read again for every bracket on
            # it would make a page of brackets quadratic.
            reach = max(start, m.start() - LABEL_REACH)
            line = text.rfind("\n", reach, m.start()) + 1 or reach
            if is_template_field(m["inner"], text[line : m.start()]):
                yield m.start(), m.end()
