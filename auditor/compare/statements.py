"""Statements: a claim reduced to the terms that carry its meaning, so that two claims can be lined up term by term.

Function words are dropped, the rest is stemmed ("charged" and "charge" are one term), negators ("not", "never",
"n't") are taken out and counted, and the two words of an antonym pair ("agree"/"refuse", "rose"/"fell") become one
shared term with opposite signs. Numbers and years keep their value; numbers that name rather than count ("Route
66", "version 2") become names. :mod:`auditor.compare.alignment` lines two statements up; what differs between them is
the raw material of the contradiction rules (CON003 to CON006).
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Literal

from auditor.knowledge import load
from auditor.text import stopwords

TermKind = Literal["word", "name", "number", "year", "ordinal", "modal"]

UNTIL_WINDOW = 4
"""A negator with "until" this few words after it says when something happened, not that it did not."""
FOREIGN_WORDS = 5
"""A sentence this long without a single English function word, and with another language's, is in that
language."""
BARE_WORDS = 12
"""A sentence this long without any function word at all, English or other, is no English statement either
("Sales rose 4% last year." has none and is one)."""


CAPITALISED = r"[A-Z][\w'’-]*"
"""A capitalised word, as a regex (for the readers that find people by name)."""
PERSON_NAME = rf"(?:{CAPITALISED}\.?\s+(?:(?:de|van|von|der|la|le|du)\s+)?){{0,3}}{CAPITALISED}"
"""A person's name, as a regex: up to four capitalised words, an initial's full stop and a particle ("Ann de
Vries", "J. R. Hale")."""


@cache
def wordlist(name: str) -> frozenset[str]:
    """A word class of ``knowledge/wording.json`` ("ordinals", "modals", "hedges", "periods" ...)."""
    return frozenset(load("wording")[name])


_OPEN = frozenset(" \t\n(\"'“‘$€£¥₹[")
"""What may stand right before a figure: a space, an opening bracket or quote, a currency sign."""
_SUFFIX = re.compile(r"(?:k|m|mn|bn|tn|s|st|nd|rd|th|am|pm)\b", re.IGNORECASE)
_TOKEN = re.compile(
    r"(?P<ident>[^\W\d_]+\d+[^\W_]*)|(?P<num>\d[\d,.]*\d|\d)(?P<decade>0s\b|'s\b)?|(?P<word>[^\W\d_]+(?:['’-][^\W\d_]+)*)"
)
"""Identifiers that start with letters and hold digits ("A380", "bech32m", "Q3") name a thing; numbers; words."""
_CODE = re.compile(r"``.*?``|`[^`]*`")
_ASIDE = re.compile(r"\([^()]*\)")
_APPOSITION = re.compile(r"(?<=[\w.]),\s+(?:a|an)\s+[^,;:()]{1,80}?,(?=\s)")
"""An indefinite description after a name ("Buck, a large St. Bernard, living happily ..."): it says who the
name is, not what the statement says of it."""
APPOSITION_WORDS = 10
"""Longer stretches between two commas are clauses, not descriptions."""
_NON = re.compile(r"\b([Nn]on)[ -](?=[a-z])")
_WIKITEXT = re.compile(r" @([,.\-])@ ")
_SPACED_HYPHEN = re.compile(r"(?<=[a-z]) - (?=[a-z])")


def normalise(text: str) -> str:
    """The claim as the rules read it: WikiText's "22 @,@ 800" as 22,800, "middle - aged" as middle-aged,
    "non profit" as non-profit, and code in backticks as a name."""
    if "@" in text:
        text = _WIKITEXT.sub(r"\1", text)
    if " - " in text:
        text = _SPACED_HYPHEN.sub("-", text)
    if "non " in text or "Non " in text:
        text = _NON.sub(r"\1-", text)  # "non profit" as one word, the antonym of "for-profit"
    if "`" in text:
        text = _CODE.sub(_code_name, text)
    return text


def _code_name(m: re.Match[str]) -> str:
    """Code in backticks read as one name of the same length: two claims about different code are about
    different things, and its figures are not quantities."""
    digest = zlib.crc32(m.group().encode())
    letters = "".join(chr(97 + (digest >> (4 * (i % 8))) % 16) for i in range(len(m.group()) - 1))
    return "Q" + letters


@cache
def _forms() -> dict[str, str]:
    return dict(load("verb_forms")["forms"])


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A crude stem of a lower-case word: irregular forms folded, then -s, -es, -ed, -ing and a final -e cut off."""
    w = _forms().get(word, word)
    n = len(w)
    if n > 4 and w.endswith(("ies", "ied")):
        w = w[:-3] + "y"
    elif n > 5 and w.endswith("ing") and any(v in w[:-3] for v in "aeiouy"):
        w = _undouble(w[:-3])
    elif n > 3 and w.endswith("ed") and not w.endswith("eed"):
        w = _undouble(w[:-2])
    elif n > 3 and w.endswith("es") and (w[-3] in "sxz" or w[-4:-2] in ("ch", "sh")):
        w = w[:-2]
    elif n > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    if len(w) > 2 and w.endswith("e"):
        w = w[:-1]
    return w[:8]


def _undouble(w: str) -> str:
    """ "plann" -> "plan", "stopp" -> "stop"; "fill" and "pass" keep their double letter."""
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "lsz" and w[-1].isalpha():
        return w[:-1]
    return w


@cache
def _polarity() -> tuple[frozenset[str], frozenset[str], frozenset[str], dict[str, tuple[str, int]]]:
    """Negators, non-negating followers and precursors, and each antonym stem's (group, sign)."""
    data = load("antonyms")
    groups: dict[str, tuple[str, int]] = {}
    for positive, negative in data["pairs"]:
        # Both words of a pair name the group after the positive one, unless one is already in a group.
        p, n = stem(positive), stem(negative)
        group = groups[p][0] if p in groups else groups[n][0] if n in groups else "~" + p
        groups.setdefault(p, (group, 1))
        groups.setdefault(n, (group, -1))
    return (
        frozenset(data["negators"]),
        frozenset(data["not_negation"]),
        frozenset(data["not_negation_before"]),
        groups,
    )


@cache
def _negating_verbs() -> frozenset[str]:
    """Verbs that deny the verb after their "to" ("failed to qualify")."""
    return frozenset(load("antonyms")["negating_verbs"])


@dataclass(frozen=True, slots=True)
class Term:
    """A meaningful word of a statement: what alignment compares (``key``), its kind, text and antonym sign."""

    key: str
    kind: TermKind
    text: str
    start: int
    sign: int = 0


@dataclass(frozen=True, slots=True)
class Statement:
    """A claim as a sequence of terms, with where its negators stand and whether it is hedged."""

    text: str
    index: int
    """The claim's index in its article (-1 when read on its own)."""
    terms: tuple[Term, ...]
    negations: tuple[int, ...]
    """For each negator, the index of the term it stands before."""
    hedged: bool
    """A question, a condition or a guess, or text in another language: nothing it says is compared."""

    @property
    def keys(self) -> list[str]:
        """The terms' keys, the sequence that alignment compares."""
        return [t.key for t in self.terms]


def statement(text: str, index: int = -1) -> Statement:
    """Read a claim (already :func:`normalise`\\ d) into a :class:`Statement`."""
    negators, _, _, antonyms = _polarity()
    stop, hedges, modals, ordinals = stopwords(), wordlist("hedges"), wordlist("modals"), wordlist("ordinals")
    terms: list[Term] = []
    negations: list[int] = []
    hedged = text.rstrip("\"'”’) ").endswith("?") or text.count("|") >= 2  # a question, or a table row
    previous = ""
    function_words = other_words = 0
    tokens = list(_TOKEN.finditer(text))
    asides = []
    if "(" in text:
        # An aside in brackets ("Operation USA (OpUSA, Operation California) is ...") is not part of the statement.
        asides = [m.span() for m in _ASIDE.finditer(text)]
    if ", a" in text:
        asides += [m.span() for m in _APPOSITION.finditer(text) if _described_name(text, m)]
    if asides:
        tokens = [t for t in tokens if not any(start < t.start() < end for start, end in asides)]
    for n, m in enumerate(tokens):
        if m.group("ident"):
            terms.append(Term("#" + m.group().lower(), "name", m.group(), m.start()))
            previous = m.group()
            continue
        if m.group("num"):
            terms.append(_number(m, text, previous))
            previous = m.group()
            continue
        raw = m.group("word")
        word = raw.lower().replace("’", "'")
        if word.endswith("n't"):
            word = {"won't": "will", "can't": "can", "shan't": "shall"}.get(word, word[:-3])
            if _negates(tokens, n, text, ""):
                negations.append(len(terms))
        elif "'" in word:
            word = word.split("'", 1)[0]  # "company's", "you're", "they'll": the word before the apostrophe
        if word == "cannot":
            word = "can"
            if _negates(tokens, n, text, previous):
                negations.append(len(terms))
        elif word in _negating_verbs() and n + 1 < len(tokens) and tokens[n + 1].group().lower() == "to":
            negations.append(len(terms))  # "failed to qualify": "did not qualify"
            previous = raw
            continue
        elif word in negators:
            if _negates(tokens, n, text, previous):
                negations.append(len(terms))
            previous = raw
            continue
        previous = raw
        if word in hedges:
            hedged = True
            continue
        if word in modals:
            terms.append(Term(word, "modal", raw, m.start()))
            continue
        if word in stop or len(word) < 2:
            function_words += 1
            continue
        if word in foreign_words():
            other_words += 1
        if word in ordinals:
            terms.append(Term(word, "ordinal", raw, m.start()))
            continue
        key = stem(word)
        initial = not terms and not negations
        capital = raw[0].isupper()
        group = antonyms.get(key) if not capital or initial else None
        if group is not None:
            terms.append(Term(group[0], "word", raw, m.start(), group[1]))
        elif capital:
            # Capitalised words are names, sentence-initial ones included ("Spitz survives"): a different name
            # means a different subject, so names never count as a harmless difference.
            terms.append(Term(word, "name", raw, m.start()))
        else:
            terms.append(Term(key, "word", raw, m.start()))
    foreign = is_foreign(len(tokens), function_words, other_words)
    return Statement(text, index, tuple(terms), tuple(negations), hedged or foreign)


def _described_name(text: str, m: re.Match[str]) -> bool:
    """Whether an apposition follows a name (a capitalised word that is no function word or date word) and is
    short enough to be a description."""
    if m.group().count(" ") > APPOSITION_WORDS:
        return False
    before = text[: m.start()].split()
    word = before[-1].strip("\"'“”‘’") if before else ""
    lower = word.lower()
    if not word[:1].isupper() or lower in stopwords() or lower.endswith("ly"):
        return False  # "However, a ...", "Finally, a ..."
    return not any(lower in wordlist(name) for name in ("date_words", "months_and_days", "periods", "linking"))


@cache
def foreign_words() -> frozenset[str]:
    """Function words of other languages (``knowledge/languages.json``)."""
    return frozenset(load("languages")["function_words"])


def is_foreign(words: int, english: int, foreign: int) -> bool:
    """Whether a sentence of ``words`` words, with ``english`` English and ``foreign`` other-language function
    words, is in another language, which these word lists cannot read ("Le conseil a voté contre le projet")."""
    if english == 0:
        return words >= (FOREIGN_WORDS if foreign else BARE_WORDS)
    return foreign >= 2 and foreign > english


@cache
def labels() -> frozenset[str]:
    """Words whose following number names a thing rather than counts it ("version 2", "issue 153")."""
    return frozenset(load("numbers")["labels"])


def signed_key(word: str) -> str:
    """The key of a lower-case word with its antonym sign: "rose" and "fell" are "~ris+" and "~ris-"."""
    key = stem(word)
    group = _polarity()[3].get(key)
    if group is None:
        return key
    return group[0] + ("+" if group[1] > 0 else "-")


def _negates(tokens: list[re.Match[str]], n: int, text: str, previous: str) -> bool:
    """Whether the negator ``tokens[n]`` denies what follows it.

    Not in "not only", "no doubt" or "if not" (``not_negation`` words after, ``not_negation_before`` words
    before it); not as a number sign ("No. 20"); not in a contrast ("a labour-hour contract, not fixed
    price"); and not when "until" follows closely ("did not open until 1860" says when, not whether).
    """
    _, not_after, not_before, _ = _polarity()
    m = tokens[n]
    following = [t.group().lower() for t in tokens[n + 1 : n + 1 + UNTIL_WINDOW]]
    if (following and following[0] in not_after) or previous.lower() in not_before:
        return False
    number_sign = text[m.end() : m.end() + 1] == "." or bool(following and following[0][:1].isdigit())
    if m.group().lower() == "no" and number_sign:
        return False
    if m.group().lower() == "no" and text[m.end() : m.end() + 2].lstrip()[:1] in (",", "!", ";", ":", "-", "—"):
        return False  # "No, no, that still exists": an answer, not a negation of what follows
    if text[: m.start()].rstrip().endswith(","):
        return False
    return "until" not in following and "till" not in following


def _number(m: re.Match[str], text: str, previous: str) -> Term:
    """A figure's term: a year ("1942", "the 1950s") keyed by its value, any other number by its digits.

    A number glued to letters or signs ("width-400px", "graphic-2.jpg", "status/5785"), a label ("Step 5:"),
    named by the word before it ("Sprint 2", "Route 66", "No. 20", "version 2", "chapter 3") or in a table
    cell ("| 17"), is an identifier: a name, not a quantity.
    """
    digits = m.group("num")
    if not text[: m.start()].strip(" *-#") and text[m.end() : m.end() + 1] in (".", ")"):
        return Term("#" + digits, "name", digits, m.start())  # "3. Run the tests": a list item's number
    before = text[m.start() - 1 : m.start()] if m.start() else " "
    after = text[m.end() : m.end() + 1]
    if before not in _OPEN or (after.isalpha() and not _SUFFIX.match(text, m.end())) or (after and after in "/_-@:"):
        return Term("#" + m.group(), "name", m.group(), m.start())
    lower = previous.lower()
    named = previous[:1].isupper() and lower not in wordlist("date_words") and lower not in stopwords()
    if named or lower in labels() or previous == "#" or text[: m.start()].rstrip().endswith("|"):
        return Term("#" + m.group(), "name", m.group(), m.start())
    plain = digits.replace(",", "")
    if m.group("decade") == "0s" or (m.group("decade") == "'s" and len(plain) == 3):
        return Term("Y" + plain + "0s", "year", m.group(), m.start())
    if len(plain) == 4 and plain.isdigit() and 1000 <= int(plain) <= 2100 and "," not in digits:
        return Term("Y" + plain, "year", digits, m.start())
    value = plain.rstrip("0").rstrip(".") if "." in plain else plain
    return Term("N" + value, "number", digits, m.start())
