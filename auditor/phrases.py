"""Word lists turned into fast searches: a phrase list is searched only when a sentence holds one of its words.

A case-insensitive alternation of a hundred phrases behind ``\\b`` gives the regex engine no literal to
skip to, so it tries every position; most sentences hold none of the phrases. :class:`Phrases` keeps,
for each phrase, its longest word (the rarest, most often), and runs the pattern only when the
sentence's set of words (:func:`words_of`, computed once per sentence) meets that set.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

_TOKEN = re.compile(r"[a-z0-9]+")
_WHOLE_WORDS = r"\b(?:{})\b"
"""The default template: the phrases as whole words."""
_ANY: list[frozenset[str]] = [frozenset()]
"""What a gate word that is no phrase's opens: any text."""
_APOSTROPHE = re.compile(r"['’]")


@lru_cache(maxsize=4096)
def words_of(text: str) -> frozenset[str]:
    """The lower-case words (letters and digits) of ``text``; apostrophes and hyphens split them."""
    return frozenset(_TOKEN.findall(text.lower()))


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
        self.pattern = re.compile(template.replace("{}", alternation(listed)), flags)
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
