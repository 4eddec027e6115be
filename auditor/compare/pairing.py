"""Pairing: which claims of an article are worth comparing, worked out once per article for all the CON rules.

Comparing every claim with every other is quadratic, and reading every claim closely is slow. So each claim is
first reduced to a set of lower-case ASCII words (bytes ``translate`` and ``split``, the cheapest tokeniser
Python has). Claims are then *blocked*: indexed by their rare content words (words that few claims use), and
only pairs that share several of them go on; a rapidfuzz token-set ratio weeds out most of those, and only the
pairs left are read into :class:`~auditor.compare.statements.Statement` and lined up term by term. The cost stays near
linear: each rare word's posting list is short by definition.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cache, cached_property
from itertools import chain, combinations

from rapidfuzz import fuzz

from auditor.article import Article, per_article
from auditor.compare.alignment import MIN_PREFIXED, NEGATING_PREFIXES, Alignment, align
from auditor.compare.speech import spoken_claims
from auditor.compare.statements import Statement, foreign_words, is_foreign, normalise, statement, wordlist
from auditor.knowledge import load
from auditor.model import Claim
from auditor.text import stopwords

MIN_SHARED = 2
"""Two claims are compared when they share at least this many rare words ..."""
RARE_SHARE = 0.03
RARE_MAX = 8
"""... where a word is rare when at most this share of the article's claims (at least 3, at most 8) use it:
its posting list stays short however long the article, so blocking stays linear."""
COMMON_SHARE = 0.25
COMMON_MIN = 10
COMMON_MAX = 40
"""Words in more than this share of the claims (more than ten, and always more than forty) are too common to
pair claims by."""
SHORT_KEYS = 3
"""A claim with this many content words or fewer is compared with every claim that shares a rare one."""
MIN_CONTAINMENT = 0.4
"""Share of the smaller claim's content words the other claim must have before rapidfuzz compares them."""
MIN_SIMILARITY = 60
"""rapidfuzz token-set ratio (0-100) two blocked claims need before they are read closely."""
MIN_TERMS = 3
"""A claim needs this many terms to be compared: shorter ones say too little to contradict anything."""

_LETTERS = bytes(c + 32 if 65 <= c <= 90 else c if 97 <= c <= 122 else 32 for c in range(256))
"""Byte table: letters to lower case, everything else (digits, punctuation, apostrophes) to a space. Figures
are no words here: two claims that differ in one are just what CON003 looks for, and must still pair."""
_NOT_DIGITS = bytes(c for c in range(256) if not 48 <= c <= 57)
_FIGURES = re.compile(r"\d[\d,.]*")
_ASCII_LETTERS = bytes(range(65, 91)) + bytes(range(97, 123))
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_ENDINGS = (".", "!", "?", ":", ";", '"', "'", "”", "’", ")", "]")


def words_of(text: str) -> frozenset[bytes]:
    """The lower-case ASCII words of ``text`` ("didn't" gives b"didn" and b"t"; "don’t" gives b"dont"; "18F"
    gives b"f")."""
    return frozenset(text.encode("ascii", "ignore").translate(_LETTERS).split())


def _read(text: str) -> tuple[frozenset[bytes], bool]:
    """The words of a claim (:func:`words_of`) and whether it has a digit, from one encoding of it."""
    raw = text.encode("ascii", "ignore")
    return frozenset(raw.translate(_LETTERS).split()), bool(raw.translate(None, _NOT_DIGITS))


def _ascii_words(words: set[str]) -> frozenset[bytes]:
    """Word lists as the bytes :func:`words_of` yields: hyphenated words by their parts, but for function words
    ("for-profit" gives "profit", not "for")."""
    found: set[bytes] = set()
    stop = stopwords()
    for w in words:
        parts = w.replace("’", "'").split("-")
        found.update(p.encode() for p in parts if p.isascii() and len(p) > 1 and (len(parts) == 1 or p not in stop))
    return frozenset(found)


@cache
def polarity_words() -> frozenset[bytes]:
    """Every written form of a negator or antonym, to spot claims that may deny another claim."""
    data = load("antonyms")
    forms = load("verb_forms")["forms"]
    words: set[str] = set(data["negators"]) | set(data["negating_verbs"]) | {"cannot", "t", "nt"}
    # "didn't" loses its apostrophe as bytes: "didn" and "t", or "didnt" when the apostrophe was curly.
    words |= {aux + "nt" for aux in data["negated_auxiliaries"]}
    words |= {aux + "n" for aux in data["negated_auxiliaries"]}  # "t" alone is too short to be kept below
    for pair in data["pairs"]:
        for w in pair:
            stemless = w[:-1] if w.endswith("e") else w
            words.update({w, w + "s", w + "es", w + "d", w + "ed", w + "ing", stemless + "ing", stemless + "ed"})
            words.update({w + w[-1] + "ed", w + w[-1] + "ing"})
            if w.endswith("y"):
                words.update({w[:-1] + "ied", w[:-1] + "ies"})
    words.update(form for form, base in forms.items() if base in words)
    return _ascii_words(words)


@cache
def _stop_words() -> frozenset[bytes]:
    return frozenset(w.encode() for w in stopwords() if w.isascii())


@cache
def _foreign_words() -> frozenset[bytes]:
    return frozenset(w.encode() for w in foreign_words() if w.isascii())


@cache
def _stop_keys() -> frozenset[bytes]:
    """Words that never block: function words, and single letters ("didn't" leaves a "t")."""
    return _stop_words() | {bytes([c]) for c in range(97, 123)}


@cache
def _supposition_openers() -> frozenset[str]:
    return wordlist("supposition_openers")


def _supposes(text: str) -> bool:
    """Whether a claim opens by setting up a case ("Consider a single renter paying $900 a month", "Imagine a
    family of four ..."): a worked example, whose figures are the example's, not the article's statements."""
    first = text.lstrip("\"'“‘*_([ ").split(" ", 1)[0].rstrip(",:;").lower()
    return first in _supposition_openers()


@cache
def hedge_words() -> frozenset[bytes]:
    """Words that make a claim a condition or a guess (as bytes, for :meth:`Pairing.hedged`)."""
    return _ascii_words(set(wordlist("hedges")))


@dataclass(frozen=True, slots=True)
class Comparison:
    """Two claims lined up: ``short`` (the one with fewer terms) inside ``long``."""

    earlier: int
    later: int
    short: Statement
    long: Statement
    alignment: Alignment

    @property
    def short_is_earlier(self) -> bool:
        """Whether the shorter statement is the earlier claim (values are reported earlier first)."""
        return self.short.index == self.earlier


@dataclass(eq=False)
class Pairing:
    """The claims of one article with what the CON rules share: texts, word sets, statements, candidate pairs."""

    claims: tuple[Claim, ...]
    texts: list[str]
    """Each claim's text as the rules read it (:func:`~auditor.compare.statements.normalise`)."""
    words: list[frozenset[bytes]]
    """Each claim's lower-case ASCII words (:func:`words_of`)."""
    figures: list[bool]
    """For each claim, whether it has a digit (a figure or a year)."""
    spoken: frozenset[int] = frozenset()
    """Claims that are turns of a dialogue (:mod:`auditor.compare.speech`): what people said, not the article."""
    _statements: dict[int, Statement] = field(default_factory=dict)
    _comparisons: list[Comparison] | None = None
    _lowered: dict[int, str] = field(default_factory=dict)
    _common: dict[str, bool] = field(default_factory=dict)
    _hedged: dict[int, bool] = field(default_factory=dict)
    _joined: str | None = None
    _named: dict[str, bool] = field(default_factory=dict)

    def statement(self, index: int) -> Statement:
        """The statement of claim ``index``, built on first use."""
        found = self._statements.get(index)
        if found is None:
            found = self._statements[index] = statement(self.texts[index], index)
        return found

    @cached_property
    def polar(self) -> list[bool]:
        """For each claim, whether it has a negator or an antonym, so that it may deny another claim."""
        words = polarity_words()
        return [not words.isdisjoint(ws) for ws in self.words]

    def has_figure(self, index: int) -> bool:
        """Whether claim ``index`` has a digit."""
        return self.figures[index]

    def hedged(self, index: int) -> bool:
        """A cheap check (no statement built) for a condition, a question, a table row, another language or a
        turn of a dialogue: nothing such a claim says is compared."""
        found = self._hedged.get(index)
        if found is None:
            text, words = self.texts[index], self.words[index]
            if index in self.spoken:
                self._hedged[index] = True
                return True
            # A question, a table row ("| where | Any nodes matching ... |") or the lead-in to a list ("Model for
            # situation 1:") asserts nothing; nor does the end of a sentence cut in two.
            end = text.rstrip("\"'”’) ")
            found = end.endswith(("?", ":")) or text.count("|") >= 2 or self._continues(index)
            found = found or not hedge_words().isdisjoint(words) or _supposes(text) or _other_script(text)
            found = found or is_foreign(text.count(" ") + 1, len(words & _stop_words()), len(words & _foreign_words()))
            self._hedged[index] = found
        return found

    @cached_property
    def unread(self) -> frozenset[int]:
        """The claims that no reader compares (:meth:`hedged`, the turns of a dialogue among them), found once for
        every rule that skips them."""
        return self.spoken | frozenset(i for i in range(len(self.texts)) if self.hedged(i))

    def _continues(self, index: int) -> bool:
        """Whether claim ``index`` is the rest of a sentence split in two: the claim before it, in the same
        paragraph and right before it, ends with no full stop ("On our first birthday, we had" / "76 employees
        in 11 cities.")."""
        if index == 0:
            return False
        before, this = self.claims[index - 1], self.claims[index]
        if before.block != this.block or before.sentence != this.sentence - 1:
            return False
        opening = this.text[:1]
        return not self.texts[index - 1].rstrip().endswith(_ENDINGS) and (opening.islower() or opening.isdigit())

    def comparisons(self) -> list[Comparison]:
        """Every candidate pair lined up (built on first use): the shorter claim's statement inside the longer."""
        if self._comparisons is None:
            found = []
            for earlier, later in self.candidates():
                if self.hedged(earlier) or self.hedged(later):
                    continue
                same_polarity = self.polarity_of(earlier) == self.polarity_of(later)
                unchanged = same_polarity and self.figures_of(earlier) == self.figures_of(later)
                if unchanged and not prefixed(self.words[earlier], self.words[later]):
                    continue  # the same negators and antonyms, the same figures: nothing that can differ
                a, b = self.statement(earlier), self.statement(later)
                short, long = (a, b) if len(a.terms) <= len(b.terms) else (b, a)
                if len(short.terms) >= MIN_TERMS:
                    found.append(Comparison(earlier, later, short, long, align(short, long)))
            self._comparisons = found
        return self._comparisons

    @cached_property
    def blocking(self) -> tuple[list[frozenset[bytes]], set[tuple[int, int]]]:
        """Each claim's blocking keys (its words but function words and single letters) and the pairs of claims
        that share rare ones (:func:`_blocked`), found once for the candidates and the substitutions."""
        stop = _stop_keys()
        # Whole words, not stems: stems would cost a Python call per word, and the claims that matter share
        # more than their inflected words anyway.
        keys = [ws - stop for ws in self.words]
        return keys, _blocked(keys)

    def candidates(self) -> list[tuple[int, int]]:
        """Pairs ``(earlier, later)`` that share rare words, where one claim could deny the other or both have
        figures, and that rapidfuzz finds similar enough to read closely."""
        keys, found = self.blocking
        polar, figures = self.polar, self.figures
        pairs = []
        for earlier, later in sorted(found):
            a, b = keys[earlier], keys[later]
            if not (polar[earlier] or polar[later] or (figures[earlier] and figures[later]) or prefixed(a, b)):
                continue
            if len(a & b) < MIN_CONTAINMENT * min(len(a), len(b)):
                continue  # most of the shorter claim's words must be in the other before rapidfuzz is asked
            if fuzz.token_set_ratio(self.lowered(earlier), self.lowered(later), score_cutoff=MIN_SIMILARITY):
                pairs.append((earlier, later))
        return pairs

    def common_word(self, word: str) -> bool:
        """Whether a lower-case word is written in lower case somewhere in the article: then a capitalised
        first word of a sentence ("Revenue fell ...") is that ordinary word, not a name."""
        found = self._common.get(word)
        if found is None:
            if self._joined is None:
                self._joined = "\n".join(self.texts)
            found = self._common[word] = re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", self._joined) is not None
        return found

    def not_a_name(self, word: str) -> bool:
        """Whether a capitalised first word of a claim is an ordinary word, not a name: it is written in lower
        case somewhere in the article (:meth:`common_word`), or never capitalised inside a sentence ("Drivers
        will pay ...", "Officials say ..."), where only names are."""
        if self.common_word(word):
            return True
        found = self._named.get(word)
        if found is None:
            capitalised = word[:1].upper() + word[1:]
            pattern = rf"(?<=[\w,;)] ){re.escape(capitalised)}(?![\w-])"
            found = self._named[word] = re.search(pattern, self._joined or "") is not None
        return not found

    def polarity_of(self, index: int) -> frozenset[bytes]:
        """The negators and antonyms claim ``index`` uses."""
        return self.words[index] & polarity_words()

    def figures_of(self, index: int) -> list[str]:
        """The figures of claim ``index`` as written, in order."""
        return _FIGURES.findall(self.texts[index])

    def lowered(self, index: int) -> str:
        """Claim ``index`` in lower case, for rapidfuzz."""
        found = self._lowered.get(index)
        if found is None:
            found = self._lowered[index] = self.texts[index].lower()
        return found


_PREFIXES = tuple(p.encode() for p in NEGATING_PREFIXES if p.isalpha())
"""The prefixes that negate a word ("uninhabited", "illegal", "nonrenewable") as :func:`words_of` gives words
("non-profit" gives "non" and "profit": the hyphenated forms pair through antonyms.json)."""


def prefixed(a: frozenset[bytes], b: frozenset[bytes]) -> bool:
    """Whether one claim has a word that the other has with a negating prefix ("inhabited" / "uninhabited"):
    such claims may deny each other though neither holds a negator or a listed antonym. Only the words that one
    claim has and the other lacks are looked at."""
    only_a, only_b = a - b, b - a
    if not only_a or not only_b:
        return False
    for one, other in ((only_a, only_b), (only_b, only_a)):
        for w in one:
            if w.startswith(_PREFIXES):
                for prefix in _PREFIXES:
                    if w.startswith(prefix) and len(w) - len(prefix) >= MIN_PREFIXED and w[len(prefix) :] in other:
                        return True
    return False


def _other_script(text: str) -> bool:
    """Whether most letters of ``text`` are not Latin ("Обжаривать около 3 минут"): the word lists cannot
    read it."""
    if text.isascii():
        return False  # every letter Latin (the count below would say so, a character at a time)
    # The ASCII letters counted in C; only the other characters (a few curly quotes, most often) one at a time.
    raw = text.encode("ascii", "ignore")
    latin = letters = len(raw) - len(raw.translate(None, _ASCII_LETTERS))
    for c in _NON_ASCII.findall(text):
        if c.isalpha():
            letters += 1
            latin += c < "\u0250"
    return latin * 2 < letters


def _blocked(keys: list[frozenset[bytes]]) -> set[tuple[int, int]]:
    """Pairs of claims (by index) that share rare words: two of them, or one that only the two use, or any one
    when a claim has three words or fewer. A claim of common words only asks with its two least common."""
    frequency = Counter(chain.from_iterable(keys))
    limit = min(RARE_MAX, max(3, int(RARE_SHARE * len(keys))))
    rare = {k for k, f in frequency.items() if 1 < f <= limit}
    mine = [ks & rare for ks in keys]
    postings: dict[bytes, list[int]] = defaultdict(list)
    for index, ks in enumerate(mine):
        for k in ks:
            postings[k].append(index)
    # Pairs counted by the rare words they share, all in C: combinations of each word's short posting list.
    lists = postings.values()
    shared = Counter(chain.from_iterable(combinations(v, 2) for v in lists))
    found = {pair for pair, count in shared.items() if count >= MIN_SHARED}
    # A word that only two claims use is enough: it nearly always means they talk of one thing; and so is any
    # rare word for a claim of three content words or fewer.
    found.update((v[0], v[1]) for v in lists if len(v) == 2)
    short = {index for index, ks in enumerate(keys) if len(ks) <= SHORT_KEYS}
    if short:
        found.update(pair for pair in shared if pair[0] in short or pair[1] in short)
    # "He is convinced that Nela is ugly" has no rare word: it asks with its two least common, unless even
    # those are in a quarter of the article.
    ceiling = min(COMMON_MAX, max(COMMON_MIN, COMMON_SHARE * len(keys)))
    asking: dict[int, list[bytes]] = {}
    for index, ks in enumerate(keys):
        if len(mine[index]) < MIN_SHARED:
            ranked = sorted((frequency[k], k) for k in ks if 1 < frequency[k] <= ceiling)
            if len(ranked) >= MIN_SHARED:
                asking[index] = [k for _, k in ranked[:MIN_SHARED]]
    if asking:
        needed = set(chain.from_iterable(asking.values()))
        everywhere: dict[bytes, list[int]] = defaultdict(list)
        for index, ks in enumerate(keys):
            for k in ks & needed:
                everywhere[k].append(index)
        for index, common in asking.items():
            # The claims that use all of its words (a posting list holds a claim once): an intersection, not a count.
            every = set(everywhere[common[0]]).intersection(*(everywhere[k] for k in common[1:]))
            found.update((min(index, j), max(index, j)) for j in every if j != index)
    return found


@per_article
def pairing(article: Article) -> Pairing:
    """The article's :class:`Pairing`, built once and shared by the four CON rules."""
    texts = [normalise(c.text) for c in article.claims]
    read = [_read(t) for t in texts]
    return Pairing(article.claims, texts, [w for w, _ in read], [f for _, f in read], spoken_claims(article))


def comparisons(article: Article) -> list[Comparison]:
    """Every candidate pair of the article lined up, once, for all the CON rules."""
    return pairing(article).comparisons()
