"""Claims: check-worthiness scoring and claim kinds.

A sentence is *check-worthy* when it states something a reader could verify: figures, dates,
named people and organisations, attributions and quotations push the score up; questions,
opinions, hedged predictions, advice and generic statements push it down.

The score is a logistic regression over word unigrams and bigrams (numbers folded into shape
tokens such as ``<year>`` and ``<money>``), word-class features (hedges, opinion words, ...) and
a few shape features (length, capitalised non-initial words, count of figures).  The weights
live in ``knowledge/worthiness.json`` and are produced by ``scripts/train_worthiness.py``, which
calls :func:`feature_keys` and :func:`class_features` so that training and scoring can never
featurise a sentence differently.  The trainer folds the decision threshold into the bias, so
the threshold is a fixed 0.5 here and the weights file can be retrained without touching code.

Everything heavy (the weights, the word lists, the kinds pattern) loads on first use, so that
importing this module stays cheap for the command line's start-up time.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from itertools import pairwise, repeat
from typing import Any, Final

from auditor.knowledge import read
from auditor.text import MONTHS as MONTH_NUMBERS

__all__ = ["CHECK_WORTHY_THRESHOLD", "KINDS", "MONTHS", "check_worthiness", "claim_kinds"]

#: A sentence is check-worthy when ``check_worthiness(sentence) >= CHECK_WORTHY_THRESHOLD``.
#: The trainer shifts the model's bias so that the cross-validated best threshold lands here.
CHECK_WORTHY_THRESHOLD: Final[float] = 0.5

#: Every kind :func:`claim_kinds` can report, in sorted order.
KINDS: Final[tuple[str, ...]] = (
    "attribution", "causal", "comparative", "event", "numeric", "quote", "temporal",
)

#: A feature is a token, a bigram (pair of tokens) or a shape feature such as ``b"LEN:<8"`` (upper
#: case, so no lower-cased token collides with it).  Tokens are ASCII bytes: ``bytes.translate``
#: and ``split`` tokenise several times faster than a regex, and this is the auditor's hot path.
FeatureKey = bytes | tuple[bytes, bytes]

# ---------------------------------------------------------------- text normalisation

# Citation residue left inside a sentence by the loader: markdown links keep their text; empty or
# placeholder markers ("[source]", "[1]", "()", "(source)", bare URLs) are dropped so that they
# neither look like figures nor like words.
_MD_LINK: Final = re.compile(r"\[([^\[\]]*)\]\([^()\s]*\)")
# The pattern opens with the first characters of its branches ("[", "(", the "h" of "https://", the "w" of "www."),
# each branch reading its own after it, and is case-blind only in its words: the regex engine skips to those
# characters instead of trying every branch at every position (three times faster than
# "\[[^\[\]\s]*\]|\[citation needed\]|\(...\)|https?://\S+|www\.\S+" with re.IGNORECASE, which matches the same).
_RESIDUE: Final = re.compile(
    r"[\[(hHwW](?:(?<=\[)(?:[^\[\]\s]*\]|(?i:citation needed)\])"
    r"|(?<=\()\s*(?:(?i:source|sources|link|citation|ref)\s*:?\s*)?\)"
    r"|(?<=[hH])(?i:ttps?)://\S+|(?<=[wW])(?i:ww)\.\S+)"
)
# A capital letter after a space starts a non-initial capitalised word: a cheap named-entity proxy.
# The second character excludes the pronoun "I" ("I ", "I'm").
_CAPITALISED: Final = re.compile(r" [A-Z][A-Za-z.&]")
# Capitalised, because month words only count as dates when capitalised ("may" is not).
MONTHS: Final = tuple(name.capitalize() for name in MONTH_NUMBERS)
_MONTH_RE: Final = "|".join(sorted(MONTHS, key=len, reverse=True)).lower().encode()
# Figure shapes, applied in this order to the lower-cased UTF-8 sentence (dates, money and
# percentages first, since they contain plain numbers).  Mapping figures to shapes lets "$3
# million" and "$200 billion" share one feature, and tells claim_kinds() which figures are dates.
# A figure only starts where no digit, comma or point precedes it and its digits are matched
# possessively (*+), so that a run such as "1,1,1,..." costs linear time instead of a quadratic
# retry from every position.
_SHAPES: Final = (
    (re.compile(rb"\b(?:" + _MONTH_RE + rb")\.? [0-9]{1,2}(?:st|nd|rd|th)?\b(?:,? (?:1[6-9]|20)[0-9][0-9]\b)?"
                rb"|\b[0-9]{1,2}(?:st|nd|rd|th)? (?:of )?(?:" + _MONTH_RE + rb")\b(?:,? (?:1[6-9]|20)[0-9][0-9]\b)?"
                rb"|\b[0-9]{1,2}/[0-9]{1,2}/[0-9]{2,4}\b|\b[0-9]{4}-[0-9]{2}-[0-9]{2}\b"), b" <date> "),
    (re.compile(rb"(?:\$|\xc2\xa3|\xe2\x82\xac) ?[0-9][0-9,]*+(?:\.[0-9]+)?(?: ?(?:hundred|"
                rb"thousand|million|billion|trillion|bn|m|k)\b)?|(?<![0-9,.])[0-9][0-9,]*+(?:\.[0-9]+)?"
                rb" ?(?:(?:hundred|thousand|million|billion|trillion) )?(?:dollars|usd|euros|pounds)\b"),
     b" <money> "),
    (re.compile(rb"(?<![0-9,.])[0-9][0-9,]*+(?:\.[0-9]+)? ?(?:%|percent\b|per cent\b|percentage points?\b)"),
     b" <pct> "),
    # The word boundary is checked behind the century's two digits, so that re can skip to a "1" or "2"; a leading
    # \b hides that prefix, and the pattern was tried at every position of the sentence.
    (re.compile(rb"(?:1[6-9]|20)(?<=\b..)[0-9][0-9](?:s|'s)?\b(?![,.]?[0-9])"), b" <year> "),
    (re.compile(rb"[0-9][0-9,.]*+(?:st|nd|rd|th|s)?"), b" <num> "),
)
# What each shape cannot match without (None: a digit is enough), in _SHAPES' order: a date names a month
# (every month word begins with one of these three letters) or has a "/" or "-"; money has a currency sign or
# word; a percentage a "%" or "per". One search for these is several times cheaper than the shape's pattern,
# which tries every word boundary or digit of the sentence. Every branch starts with a literal ("/|-", not "[/-]"),
# so that re skips to the characters that can start one.
_SHAPE_NEEDS: Final = (
    re.compile(b"|".join(sorted({m[:3].encode() for m in MONTH_NUMBERS})) + rb"|/|-"),
    re.compile(rb"\$|\xc2\xa3|\xe2\x82\xac|dollars|usd|euros|pounds"),
    re.compile(rb"%|per"),
    None,
    None,
)
_DIGITS: Final = b"0123456789"
# Byte table for tokenising: letters and the shape brackets stay, "?" and '"' (the only
# punctuation that matters: questions and quotations) are spaced out afterwards, everything else
# (apostrophes and hyphens included, and non-ASCII bytes) separates tokens.
_KEEP: Final = frozenset(b"abcdefghijklmnopqrstuvwxyz<>?\"")
_BYTE_TABLE: Final = bytes(c if c in _KEEP else 32 for c in range(256))

_START: Final = b"<s>"
# Shape-feature names, precomputed so the hot path only indexes a tuple.
_LEN_KEYS: Final = tuple(
    b"LEN:" + (b"<4" if n < 4 else b"<8" if n < 8 else b"<13" if n < 13 else b"<21" if n < 21
               else b"<31" if n < 31 else b"31+")
    for n in range(32)
)
_CAP_KEYS: Final = (b"CAP:0", b"CAP:1", b"CAP:2", b"CAP:3", b"CAP:4+")
_FIG_KEYS: Final = (b"FIG:0", b"FIG:1", b"FIG:2", b"FIG:3+")


def strip_markup(sentence: str) -> str:
    """Remove citation residue from *sentence*; markdown links keep their text."""
    # The membership tests are far cheaper than running the regexes on every sentence.
    if "[" in sentence or "(" in sentence:
        sentence = _RESIDUE.sub(" ", _MD_LINK.sub(r"\1", sentence))
    elif "://" in sentence or "www." in sentence:
        sentence = _RESIDUE.sub(" ", sentence)
    return sentence


_Analysis = tuple[list[bytes], bytes, bytes, bytes]
# The last sentence analysed and its analysis: callers score a sentence and then ask for its
# kinds, and this saves the second tokenisation.  One tuple, rebound atomically (thread-safe).
_last_analysis: tuple[str, _Analysis] = ("", ([], b"LEN:<4", b"CAP:0", b"FIG:0"))


def _analyse(sentence: str) -> _Analysis:
    """Tokens of *sentence* and its length, capitalisation and figure-count feature names."""
    global _last_analysis
    last = _last_analysis
    if last[0] == sentence:
        return last[1]
    text = strip_markup(sentence)
    capitalised = len(_CAPITALISED.findall(text))
    low = text.lower()
    if not low.isascii():  # isascii() is O(1); typographic double quotes still mark quotations
        low = low.replace("\u201c", '"').replace("\u201d", '"')
    raw = low.encode()
    figures = 0
    if len(raw.translate(None, _DIGITS)) != len(raw):  # cheaper than a regex search
        for (pattern, shape), needs in zip(_SHAPES, _SHAPE_NEEDS, strict=True):
            if needs is None or needs.search(raw):
                raw, n = pattern.subn(shape, raw)
                figures += n
    raw = raw.translate(_BYTE_TABLE)
    if b"?" in raw:
        raw = raw.replace(b"?", b" ? ")
    if b'"' in raw:
        raw = raw.replace(b'"', b' " ')
    tokens = raw.split()
    result = (tokens, _LEN_KEYS[min(len(tokens), 31)], _CAP_KEYS[min(capitalised, 4)],
              _FIG_KEYS[min(figures, 3)])
    _last_analysis = (sentence, result)
    return result


def feature_keys(sentence: str) -> list[FeatureKey]:
    """Return the features of *sentence*, each repeated as often as it occurs.

    These are its unigrams, its bigrams (with a start symbol, so the first word is a feature of
    its own) and three binned shape features.  Word-class features are not included: the scorer
    folds them into the unigram weights, and the trainer adds them with :func:`class_features`.
    :func:`check_worthiness` sums exactly these features' weights (a test holds it to that).
    """
    tokens, length, capitalised, figures = _analyse(sentence)
    return [*tokens, *pairwise([_START, *tokens]), length, capitalised, figures]


# ---------------------------------------------------------------- word lists and weights

_words_cache: dict[str, Any] | None = None
_weights_cache: tuple[float, dict[FeatureKey, float]] | None = None


def _words() -> dict[str, Any]:
    """The parsed word-list file, read once."""
    global _words_cache
    if _words_cache is None:
        _words_cache = read("worthiness_words")
    return _words_cache


def word_classes() -> tuple[dict[bytes, tuple[str, ...]], frozenset[bytes]]:
    """Map each single word (as a token) to its feature classes; return the imperative verbs.

    Classes are named ``"C:<name>"`` after the lists in ``worthiness_words.json``: every kind
    list, every extra class, and ``month``.  Imperative verbs are kept apart because they only
    count as a sentence's first word.  Phrases and hyphenated entries are skipped: the tokeniser
    never produces them as one token.
    """
    words = _words()
    lists: dict[str, list[str]] = {**words["kinds"], **words["classes"]}
    lists["month"] = [m.lower() for m in MONTHS]
    imperative = frozenset(v.encode() for v in lists.pop("imperative"))
    classes: dict[bytes, set[str]] = {}
    for name, entries in lists.items():
        for entry in entries:
            if entry.isalpha() and entry.isascii():
                classes.setdefault(entry.encode(), set()).add("C:" + name)
    return {w: tuple(sorted(c)) for w, c in classes.items()}, imperative


def class_features(keys: Iterable[FeatureKey]) -> list[str]:
    """The word-class features the trainer adds to :func:`feature_keys` (one per token hit)."""
    classes, imperative = word_classes()
    out: list[str] = []
    for key in keys:
        if isinstance(key, bytes):
            out.extend(classes.get(key, ()))
        elif key[0] == _START and key[1] in imperative:
            out.append("C:imperative")
    return out


def _weights() -> tuple[float, dict[FeatureKey, float]]:
    """Load the model once and fold class weights into the token weights.

    A class feature fires once per token of the class, so adding the class weight to each
    member's unigram weight (and the imperative weight to the start bigram of each verb) gives
    the same score with one dictionary lookup per token.
    """
    global _weights_cache
    if _weights_cache is None:
        model = read("worthiness")
        table: dict[FeatureKey, float] = {}
        for section in ("unigrams", "features"):
            table.update((key.encode(), weight) for key, weight in model[section].items())
        for bigram, weight in model["bigrams"].items():
            first, second = bigram.encode().split(b" ")
            table[(first, second)] = weight
        class_weight: dict[str, float] = model["classes"]
        classes, imperative = word_classes()
        for word, names in classes.items():
            extra = sum(class_weight.get(name, 0.0) for name in names)
            if extra:
                table[word] = table.get(word, 0.0) + extra
        extra = class_weight.get("C:imperative", 0.0)
        for verb in imperative:
            key = (_START, verb)
            table[key] = table.get(key, 0.0) + extra
        _weights_cache = (float(model["bias"]), table)
    return _weights_cache


def check_worthiness(sentence: str) -> float:
    """Score how check-worthy *sentence* is, in [0, 1].

    >>> check_worthiness("Unemployment fell to 3.9 percent in 2019, the Labor Department said.") > 0.5
    True
    """
    bias, table = _weights()
    tokens, length, capitalised, figures = _analyse(sentence)
    get = table.get
    # The sum of the weights of feature_keys(sentence), without building that list: map() with a
    # default keeps the per-feature loop in C, and this is the auditor's hot path.
    z = (bias + sum(map(get, tokens, repeat(0.0)))
         + sum(map(get, pairwise([_START, *tokens]), repeat(0.0)))
         + get(length, 0.0) + get(capitalised, 0.0) + get(figures, 0.0))
    # Clamp so that math.exp cannot overflow on extreme inputs.
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


# ---------------------------------------------------------------- claim kinds


class _KindTables:
    """The kinds word lists, turned into token lookups once."""

    def __init__(self, kinds: dict[str, list[str]]) -> None:
        # Phrases are tokenised like sentences ("laid off" -> b"laid off", "re-elected" ->
        # b"re elected"); one-token phrases are looked up in a dict, longer ones by their longest
        # token, the last on ties (rarer than a first word such as "a" or "in"), and then as a substring of the
        # space-joined tokens.
        self.single: dict[bytes, set[str]] = {}
        self.multi: dict[bytes, list[tuple[bytes, str]]] = {}
        for kind, phrases in kinds.items():
            for phrase in phrases:
                tokens = phrase.lower().encode().translate(_BYTE_TABLE).split()
                if len(tokens) == 1:
                    self.single.setdefault(tokens[0], set()).add(kind)
                elif tokens:
                    needle = b" " + b" ".join(tokens) + b" "
                    self.multi.setdefault(max(reversed(tokens), key=len), []).append((needle, kind))
        # Key sets: set & set walks the smaller operand, set & dict walks the whole dict.
        self.single_keys = frozenset(self.single)
        self.multi_keys = frozenset(self.multi)
        self.months = frozenset(m.lower().encode() for m in MONTHS)
        # Case-sensitive, so that "may" and "march" are not dates.
        self.month = re.compile(r"\b(?:" + "|".join(MONTHS) + r")\b")
        # A single-quoted span with a letter in it; apostrophes inside words do not open one.  The
        # quote comes first and the look-behind after it, so that re can skip to quote characters.
        self.single_quote = re.compile(
            r"['\u2018](?<![\w'\u2019]['\u2018])"
            r"(?=[^'\u2018\u2019A-Za-z]*[A-Za-z][^'\u2018\u2019]*['\u2019](?!\w))"
        )


_kinds_cache: _KindTables | None = None
_NUMERIC_SHAPES: Final = frozenset((b"<num>", b"<money>", b"<pct>"))
_TEMPORAL_SHAPES: Final = frozenset((b"<date>", b"<year>"))


def claim_kinds(sentence: str) -> tuple[str, ...]:
    """Return the sorted kinds of claim *sentence* makes (a subset of :data:`KINDS`).

    >>> claim_kinds("The company laid off 60 employees last week, Bloomberg reported.")
    ('attribution', 'event', 'numeric', 'temporal')
    """
    global _kinds_cache
    if _kinds_cache is None:
        _kinds_cache = _KindTables(_words()["kinds"])
    tables = _kinds_cache
    tokens = _analyse(sentence)[0]  # shared with check_worthiness (and usually memoised)
    present = set(tokens)
    found: set[str] = set()
    if not present.isdisjoint(_NUMERIC_SHAPES):
        found.add("numeric")
    if not present.isdisjoint(_TEMPORAL_SHAPES):
        found.add("temporal")
    for token in present.intersection(tables.single_keys):
        found.update(tables.single[token])
    starts = present.intersection(tables.multi_keys)
    if starts:
        joined = b" " + b" ".join(tokens) + b" "
        for token in starts:
            found.update(kind for needle, kind in tables.multi[token] if needle in joined)
    if not present.isdisjoint(tables.months) and tables.month.search(sentence):
        found.add("temporal")
    # Double quotes are tokens; single quotes are not, so they need the text.
    if tokens.count(b'"') >= 2 or (
        ("'" in sentence or "\u2018" in sentence) and tables.single_quote.search(strip_markup(sentence))
    ):
        found.add("quote")
    return tuple(sorted(found))
