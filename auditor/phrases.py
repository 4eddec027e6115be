"""Word lists turned into fast searches: a phrase list is searched only when a sentence holds one of its words.

A case-insensitive alternation of a hundred phrases behind ``\\b`` gives the regex engine no literal to
skip to, so it tries every position; most sentences hold none of the phrases. :class:`Phrases` keeps,
for each phrase, its longest word (the rarest, most often), and runs the pattern only when the
sentence's set of words (:func:`words_of`, computed once per sentence) meets that set.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from auditor.reading import reading

_TOKEN = re.compile(r"[a-z0-9]+")
_WHOLE_WORDS = r"\b(?:{})\b"
"""The default template: the phrases as whole words."""
_ANY: list[frozenset[str]] = [frozenset()]
"""What a gate word that is no phrase's opens: any text."""
_APOSTROPHE = re.compile(r"['’]")
_UNCOMPILED: list[Phrases] = []
"""The lists whose pattern is not compiled yet, for :func:`compile_all`."""


def words_of(text: str) -> frozenset[str]:
    """The lower-case words (letters and digits) of ``text``; apostrophes and hyphens split them.

    Read once per text, in its :class:`~auditor.reading.Reading`, which the other readers of the sentence share:
    the readers that ask for a sentence's words pass over the article at different times (its genre, the
    sentences that point ahead, then claim by claim)."""
    return reading(text).words


def alternation(phrases: Iterable[str]) -> str:
    """A regex alternation of ``phrases`` taken literally, longest first (so that "a record high" wins
    over "a record"), a straight apostrophe matching a curly one too ("let's" and "let’s")."""
    ordered = sorted(set(phrases), key=len, reverse=True)
    return "|".join(_APOSTROPHE.sub("['’]", re.escape(p)) for p in ordered)


class Phrases:
    """A regex built around a list of phrases, searched only in sentences that hold a word of one of them.

    ``template`` holds ``{}`` where the alternation of the phrases goes (default: the phrases as whole
    words); ``gate`` adds words that must open the search too (for a template that matches more
    than the phrases).
    """

    def __init__(
        self, phrases: Iterable[str], template: str = _WHOLE_WORDS, flags: int = re.I, gate: Iterable[str] = ()
    ) -> None:
        listed = list(phrases)
        self._source = template.replace("{}", alternation(listed))
        self._flags = flags
        self._pattern: re.Pattern[str] | None = None
        _UNCOMPILED.append(self)
        keys = {max(_TOKEN.findall(p.lower()), key=len, default="") for p in listed} | set(gate)
        self.gate = frozenset(k for k in keys if k)
        self.whole: dict[str, list[frozenset[str]]] | None = None
        """Gate word -> the words of each phrase it opens, when the phrases are matched as whole words."""
        if template == _WHOLE_WORDS:
            self.whole = {}
            for p in listed:
                tokens = _TOKEN.findall(p.lower())
                if tokens:
                    self.whole.setdefault(max(tokens, key=len), []).append(frozenset(tokens))

    @property
    def pattern(self) -> re.Pattern[str]:
        """The compiled regex, compiled at its first use: most lists are never searched in a short article
        (their gate words are absent), and compiling them all costs a process start more than the audit."""
        if self._pattern is None:
            self._pattern = re.compile(self._source, self._flags)
        return self._pattern

    def search(self, text: str) -> re.Match[str] | None:
        """The first match in ``text``, or None (at once when ``text`` holds none of the gate's words, or,
        for phrases matched as whole words in ASCII text, when no phrase has all its words there)."""
        words = words_of(text)
        if self.gate.isdisjoint(words):
            return None
        # A phrase matched between word boundaries in ASCII text has each of its words among the text's words
        # ("said to me" needs "to" and "me" as well as "said"): without one, no search is needed.
        if (
            self.whole is not None
            and text.isascii()
            and not any(need <= words for key in self.gate & words for need in self.whole.get(key, _ANY))
        ):
            return None
        return self.pattern.search(text)


def compile_all() -> None:
    """Compile the pattern of every list made so far: check mode's parent process does it once before it forks its
    workers, which would each compile them again."""
    while _UNCOMPILED:
        _UNCOMPILED.pop().pattern  # noqa: B018 (compiled on first use)


def at_word_start(*groups: tuple[Iterable[str], str]) -> str:
    r"""A pattern that matches as ``\b(?:(?:{alternation(a)}){tail_a}|(?:{alternation(b)}){tail_b}|...)`` for the
    ``(phrases, tail)`` groups, written so that a case-sensitive pattern that opens with it scans for the phrases'
    first letters instead of trying the alternation at every position of the text (the regex engine skips to a
    character set only when the pattern opens with one).

    Each group is a tree of the phrases' letters: one branch per first letter, which reads the word boundary
    before it with a look-behind, then the rest of its phrases letter by letter; a phrase that is the start of a
    longer one is tried after it, as the longest-first alternation does, and the groups keep their order.
    Phrases that do not open with a word character, or whose letters differ only in case at one place, are left
    to the plain form. (Case-insensitive patterns get no character set to skip to, but match alike.)
    """
    plain = "|".join(f"(?:{alternation(phrases)}){tail}" for phrases, tail in groups)
    firsts: set[str] = set()
    branches: list[str] = []
    for phrases, tail in groups:
        trees: dict[str, dict[str, dict]] = {}  # type: ignore[type-arg]
        for phrase in set(phrases):
            key = phrase.replace("’", "'")
            if not key or not (key[0].isascii() and (key[0].isalnum() or key[0] == "_")):
                return rf"\b(?:{plain})"
            node = trees.setdefault(key[0], {})
            for ch in key[1:]:
                node = node.setdefault(ch, {})
            node[""] = {}
        for first in sorted(trees):
            rest = _tree(trees[first])
            if rest is None:
                return rf"\b(?:{plain})"
            firsts.add(first)
            branches.append(rf"{first}(?<!\w.){rest}{tail}")
    if not branches or len({f.lower() for f in firsts}) != len(firsts):
        return rf"\b(?:{plain})"
    return f"(?:{'|'.join(branches)})"


def _tree(node: dict[str, dict]) -> str | None:  # type: ignore[type-arg]
    """The pattern of a tree of letters (``""`` marks the end of a phrase): each letter's subtree, then the end
    (a longer phrase first); None when two letters of one node are the same in another case, or not ASCII."""
    letters = sorted(c for c in node if c)
    if any(not c.isascii() for c in letters) or len({c.lower() for c in letters}) != len(letters):
        return None
    parts = []
    for c in letters:
        rest = _tree(node[c])
        if rest is None:
            return None
        parts.append(("['’]" if c == "'" else re.escape(c)) + rest)
    if not parts:
        return ""
    if "" in node:
        return f"(?:{'|'.join(parts)})?"
    return parts[0] if len(parts) == 1 else f"(?:{'|'.join(parts)})"
