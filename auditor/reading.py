"""The reading of a sentence: what the per-claim readers look for in its text, found once and shared.

The readers of a claim (its need for a source, whether it reports speech, its figures and their setting) each
looked again at the same text with their own patterns: its words for their gates, its capitalised names, its
quotations, its digits. A :class:`Reading` holds those, each computed on first use and kept, and
:func:`reading` gives the one reading of a text (remembered per text: the readers are handed a claim's text,
or its plain form, not the claim).

- ``words``: the lower-case words (ASCII letters and digits; apostrophes, hyphens and other characters split
  them), as a set: a reader whose trigger words are not among them returns at once (:meth:`Reading.holds`);
- ``has_digit``: whether the text has an ASCII digit (no figure in digits without one);
- ``quotes``: every quotation, with its span (:func:`auditor.sourcing.voice.quotations`);
- ``names``: the proper names, per set of names known elsewhere in the article (filled by
  :func:`auditor.sourcing.voice.names_in`).

A gate is sound when every match of the pattern it guards holds one of its words as a whole word: a phrase
matched between word boundaries, lower-cased, is a run of the letters and digits of the text's lower case.
"""

from __future__ import annotations

import re
from functools import lru_cache

from auditor.text import folds_plainly

_WORD_BYTES = bytes(c + 32 if 65 <= c <= 90 else c if 48 <= c <= 57 or 97 <= c <= 122 else 32 for c in range(256))
"""Byte table: ASCII capitals to lower case, ASCII letters and digits kept, every other byte to a space: the words
of a text (:attr:`Reading.words`, the matches of ``[a-z0-9]+`` in its lower case) by one ``translate`` and
``split``, twice as fast as the regex."""
_DIGIT = re.compile("[0-9]")
QUOTE = re.compile(r"[\"“](?P<q>[^\"“”]{3,600})[\"”]|(?<![\w’'])[‘'](?P<s>[^‘’']{3,600})[’'](?!\w)")
"""A quotation in straight or curly double quotes, or in single quotes that are no apostrophe."""
OPEN_ENDS = re.compile(r"“[^\"“”]{3,600}$|^[^\"“”]{3,600}”")
"""A quotation that runs over a sentence's edge: an opening curly quote with no close before the end ("... the bar
“lets visitors breathe 85% oxygen. A session lasts ...”" cut in two), or a closing one with no opening before
it. Only curly quotes say which side they open."""

READINGS = 32768
"""Readings kept: every sentence of a long article (1 MB of prose is some 16,000 sentences) and the plain and
unquoted forms of its claims; the readers pass over the article at different times (its genre, the sentences
that point ahead, then claim by claim)."""


class Reading:
    """What the readers of one text look for in it, each part read on first use and kept. (Plain attributes,
    not ``functools.cached_property``, which takes a lock on every first read in Python 3.11.)"""

    __slots__ = ("_digit", "_open_unquoted", "_quotes", "_unquoted", "_words", "names", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._words: frozenset[str] | None = None
        self._digit: bool | None = None
        self._quotes: tuple[tuple[int, int, str], ...] | None = None
        self._unquoted: str | None = None
        self._open_unquoted: str | None = None
        self.names: dict[frozenset[str], tuple[str, ...]] = {}
        """Proper names of the text by the set of names the article is known to use
        (:func:`auditor.sourcing.voice.names_in`)."""

    @property
    def words(self) -> frozenset[str]:
        """The lower-case words (letters and digits) of the text; apostrophes and hyphens split them."""
        if self._words is None:
            # Other characters become "?" (a space in the table), after lower-casing, which may give ASCII
            # letters ("K", the Kelvin sign, gives "k").
            text = self.text if self.text.isascii() else self.text.lower()
            self._words = frozenset(text.encode("ascii", "replace").translate(_WORD_BYTES).decode().split())
        return self._words

    def holds(self, cues: frozenset[str]) -> bool:
        """Whether one of ``cues`` (lower-case words) is a word of the text."""
        return not cues.isdisjoint(self.words)

    def may_match(self, phrases: dict[str, tuple[frozenset[str], ...]]) -> bool:
        """Whether a case-blind pattern of phrases between word edges (neither a word character nor a hyphen
        beside them) may match the text. ``phrases`` maps a cue word (the longest word of a phrase) to the words
        of each phrase it stands for: a phrase matched there has all its words among the text's, unless the text
        has one of the letters such a pattern folds to an ASCII letter and lower-casing does not ("ſ", "ı", "İ":
        :func:`auditor.text.folds_plainly`), where the words cannot tell."""
        if not folds_plainly(self.text):
            return True
        words = self.words
        return any(need <= words for cue in phrases.keys() & words for need in phrases[cue])

    @property
    def has_digit(self) -> bool:
        """Whether the text has an ASCII digit (a character-set scan, faster than deleting digits)."""
        if self._digit is None:
            self._digit = _DIGIT.search(self.text) is not None
        return self._digit

    @property
    def quotes(self) -> tuple[tuple[int, int, str], ...]:
        """(start, end, quoted words) of every quotation."""
        if self._quotes is None:
            found = QUOTE.finditer(self.text)
            self._quotes = tuple((m.start(), m.end(), (m["q"] or m["s"] or "").strip()) for m in found)
        return self._quotes

    def unquoted(self, open_ends: bool = False) -> str:
        """The text without the words it quotes (with ``open_ends``, also without a quotation the sentence's
        edge cuts): see :func:`auditor.sourcing.voice.unquoted`."""
        text = self.text
        if not ('"' in text or "“" in text or "”" in text or "'" in text or "‘" in text):
            return text
        if self._unquoted is None:
            self._unquoted = QUOTE.sub(" ", text)
        if not open_ends:
            return self._unquoted
        if self._open_unquoted is None:
            self._open_unquoted = OPEN_ENDS.sub(" ", self._unquoted)
        return self._open_unquoted


@lru_cache(maxsize=READINGS)
def reading(text: str) -> Reading:
    """The one reading of ``text``."""
    return Reading(text)
