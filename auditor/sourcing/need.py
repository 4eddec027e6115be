"""Why a claim needs a citation, after Wikipedia's reasons for "citation needed".

A check-worthy claim says something a reader could verify; it *needs* a source when it carries one
of these, quoted back in the finding so the writer sees what to source:

- **statistics**: a figure: money, a percentage, a number with a scale word ("1 billion users"), or
  a count put forward as a measure ("about 500 employees", "7,000 workers"), when it is money, is
  tied to a time or an event ("grew by 14% last year"), names someone or counts people or organisations; not a
  year, a version, a position ("page 40", "BIP 157"), a duration, a unit of measure ("40 MB"), or a
  figure that describes how something works ("signatures are 10% smaller"), nor one that defines it ("a money
  market fund keeps its share price at $1": :mod:`auditor.sourcing.definitional`); a percentage that is the amount of
  a change that happened is a measurement too, whoever it names ("reduced the number of rural pharmacies by 40%":
  :mod:`auditor.sourcing.change`);
- **quotation**: six or more quoted words taken from a document the reader could look up ("wrote",
  "said in a letter"); words said to the writer are the writer's own reporting, and words a named speaker
  said, stated or announced (in a statement, to reporters) are sourced by naming the speaker;
- **scientific**: what research shows ("studies show", "researchers found");
- **historical**: a dated statement about a named person or organisation ("Since January 19, 2025,
  TikTok ..."), or a news event they took part in ("Mu Qing ... took over ...");
- **opinion**: a view put in a named person's mouth ("Smith argues that ..."; "Smith said that ..." is
  reported speech);
- **controversial**: a superlative or a record about a named party ("the largest", "a record").

Possibilities and rules ("an attacker could ...", "nodes can ...") are not reported facts and need
no source for a figure or date in them. Whether a claim needs none because of who speaks is
:mod:`auditor.sourcing.voice`'s business; where none of the reasons is found, nothing is said.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Literal

from auditor.knowledge import load
from auditor.phrases import Phrases, alternation, words_of
from auditor.reading import reading
from auditor.sourcing.change import changed_by
from auditor.sourcing.definitional import defines
from auditor.sourcing.voice import is_first_hand, names_in, plain, quotations, unquoted
from auditor.sourcing.worded_figures import worded_figures
from auditor.text import MONTHS, stopwords

Reason = Literal["statistics", "quotation", "historical", "scientific", "controversial", "opinion"]
REASONS: tuple[Reason, ...] = ("statistics", "quotation", "historical", "scientific", "controversial", "opinion")
LABELS: dict[str, str] = {
    "statistics": "figure",
    "quotation": "quotation",
    "historical": "dated claim",
    "scientific": "research claim",
    "controversial": "contested claim",
    "opinion": "opinion",
}
"""How a finding's message names each reason ("Unsourced figure ...")."""

MIN_QUOTE_WORDS = 6
"""Shorter quoted phrases are scare quotes or terms ("a 'more efficient' model"), not quotations."""
MIN_COUNT = 20
"""A count below this ("three teams") is not a statistic; percentages and money always are."""
MIN_BARE_COUNT = 1000
"""A count below this is a statistic only when put forward as a measure ("about 500 employees")."""
MAX_FIGURES = 32
"""A claim's figures read for what it needs: a sentence holds a few; a run of text with no sentence end (a table
flattened into one line) may hold thousands, each looked up again in the text."""

_SCALE = "hundred|thousand|million|billion|trillion|lakhs?|crores?"
_FIGURES = (
    re.compile(
        rf"[$£€¥]\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:{_SCALE}|bn|mn|m|k)\b)?"
        rf"|(?<![\w.,])\d[\d,]*(?:\.\d+)?\s?(?:(?:{_SCALE})\s)?(?:dollars|euros|pounds)\b",
        re.I,
    ),
    re.compile(r"\d(?<![\w.,]\d)[\d,]*(?:\.\d+)?\s?(?:%|percent\b|per cent\b|percentage points?\b)", re.I),
    re.compile(rf"\d(?<![\w.,]\d)[\d,]*(?:\.\d+)?\s(?:{_SCALE})\b(?:\s[a-z][\w-]*){{0,2}}", re.I),
)
"""Money, percentages, and numbers with a scale word: statistics wherever they stand. A pattern that opens with
its digit and looks behind it after (the same condition, written the other way round) lets the regex engine skip
to the next digit instead of trying the look-behind at every position of the sentence."""
_FIGURE_GATES = (
    (re.compile(r"[$£€¥]|dollars|euros|pounds", re.I), ("$", "dollars", "euros", "pounds")),
    (re.compile(r"%|per ?cent", re.I), ("%", "per cent", "percent")),
    (re.compile(_SCALE, re.I), tuple(w.removesuffix("s?") for w in _SCALE.split("|"))),
)
"""What each pattern of :data:`_FIGURES` cannot match without (the same flags): a sentence without it is not
searched with the longer pattern, which tries every position. In ASCII text the words are looked for in the
text in lower case (a case-insensitive pattern gives the regex engine no literal to skip to); in other text,
where a case-insensitive match may be a letter that lower case does not give, with the pattern."""
_COUNT = re.compile(
    r"\d(?<![\w.,:/#$£€¥-]\d)(?:\d?(?:,\d\d)+,\d{3}|\d{0,2}(?:,\d{3})+|\d+)(?![\w,.:/-]?\d|[\w%])"
    r"(?P<after>(?:\s+[A-Za-z][\w.'’-]*){1,3})?"
)
"""A bare count; a statistic when it counts something ("1,200 workers", in the Indian grouping "4,00,000 people"),
not when it names or measures."""
_YEAR = re.compile(r"(?:1[6-9]|20)\d\d")
_MONTH_NAMES = "|".join(sorted((m.capitalize() for m in MONTHS if len(m) > 3), key=len, reverse=True))
_DATE_AROUND = re.compile(rf"\b(?:{_MONTH_NAMES})\.?\s+\d|\d\s+(?:{_MONTH_NAMES})\b|\d:\d\d")
_DATE = re.compile(
    rf"\b(?:(?:{_MONTH_NAMES})\.?\s+(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?(?:1[6-9]|20)\d\d"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTH_NAMES})\s+(?:1[6-9]|20)\d\d"
    r"|(?:in|since|by|during|until|from|before|after|early|late|mid-?)\s+(?:1[6-9]|20)\d\d)\b"
)


@dataclass(frozen=True, slots=True)
class Need:
    """Why a claim needs a source: the reason, and the words of the claim that carry it."""

    reason: Reason
    evidence: str
    unnamed: str | None = None
    """The words that point at a source without naming it ("studies show", "an estimated"), when the claim
    has them (:func:`auditor.sourcing.voice.unnamed_source`)."""

    @property
    def label(self) -> str:
        """The reason in the words of a message ("figure", "quotation", "event", ...)."""
        if self.reason == "historical" and not any(ch.isdigit() for ch in self.evidence):
            return "event"
        return LABELS[self.reason]


@dataclass(frozen=True, slots=True)
class _Lexicon:
    number_labels: frozenset[str]
    not_counted: frozenset[str]
    approximation: re.Pattern[str]
    research: Phrases
    superlatives: Phrases
    opinion_verbs: str
    opinion_verbs_with_that: str
    population: frozenset[str]
    example_value: re.Pattern[str]
    document_verbs: Phrases
    identified: re.Pattern[str]
    news_events: Phrases
    future: Phrases
    modal: Phrases


@cache
def _lexicon() -> _Lexicon:
    data = load("need")
    return _Lexicon(
        frozenset(data["number_labels"]),
        frozenset(data["not_counted"]),
        re.compile(rf"\b(?:{alternation(data['approximations'])})\s+$", re.I),
        Phrases(
            data["research_subjects"],
            r"\b(?:{})\b(?:\s+[\w'’-]+){0,5}?\s+(?:has\s+|have\s+|had\s+)?(?:been\s+)?"
            r"(?:" + alternation(data["research_verbs"]) + r")\b",
        ),
        # A ranking put as a predicate ("is the largest", "is one of the world's biggest") or a record.
        Phrases(
            data["superlatives"],
            r"\b(?:(?:is|are|was|were|remains|remained|became|becomes)\s+(?:now\s+|still\s+)?(?:one\s+of\s+)?"
            r"(?:the|its|their|his|her)\s+(?:[\w'’-]+(?:'s|’s)\s+)?(?:{})"
            r"|(?:world|nation|country|state|city|region|europe|america)(?:'s|’s)\s+(?:{})"
            r"|a record|record[- ](?:high|low|number|level)|all-time (?:high|low)|first[- ]ever|unprecedented)\b",
            gate=("record", "ever", "unprecedented", "time"),
        ),
        alternation(data["opinion_verbs"]),
        alternation(data["opinion_verbs_with_that"]),
        frozenset(data["population_nouns"]),
        re.compile(rf"\b(?:{alternation(data['example_values'])}),?\s+(?:about\s+|around\s+)?$", re.I),
        Phrases(data["document_verbs"]),
        re.compile(
            rf"(?:\s+in\s+(?:a|an|the|his|her|its|their)\s+[\w’'-]+)?\s+(?:{alternation(data['document_identifiers'])})"
            r"\s+[\w’'-]",
            re.I,
        ),
        Phrases(data["news_events"], r"\b(?:{})\b(?![’'])(?:\s+[\w'’-]+){0,4}"),
        Phrases(data["future_words"]),
        # Case-sensitive, so that the month May is no modal; "n't" closes "can't", "won't", "doesn't".
        Phrases(data["modal_words"], r"\b(?:{})\b(?![’'-])|n[’']t\b", flags=0, gate=("t",)),
    )


class _Spans:
    """Spans that do not overlap, kept in order, so that whether a new one overlaps any is one look-up (a sentence
    with thousands of figures was compared with each figure found before it)."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        """Some span starts before ``end`` and ends after ``start``: the last one to start before ``end`` ends
        last among those (the spans do not overlap each other)."""
        i = bisect_left(self.starts, end)
        return i > 0 and self.ends[i - 1] > start

    def add(self, start: int, end: int) -> None:
        i = bisect_left(self.starts, start)
        self.starts.insert(i, start)
        self.ends.insert(i, end)


def figures(text: str) -> list[str]:
    """The figures of a sentence that are statistics (see the module docstring), as written."""
    if not reading(text).has_digit:  # read once per text, for every reader that asks
        return []
    lexicon = _lexicon()
    found: list[tuple[int, str]] = []
    taken = _Spans()
    lowered = text.lower() if text.isascii() else None
    for pattern, gate in zip(_FIGURES, _FIGURE_GATES, strict=True):
        if gate is not None:
            if lowered is None:
                if gate[0].search(text) is None:
                    continue
            elif not any(word in lowered for word in gate[1]):
                continue
        for m in pattern.finditer(text):
            if not taken.overlaps(m.start(), m.end()):
                taken.add(m.start(), m.end())
                if not lexicon.example_value.search(text, max(0, m.start() - 24), m.start()):
                    found.append((m.start(), _trimmed(m.group())))
    for m in _COUNT.finditer(text):
        number = m.group().split()[0]
        if taken.overlaps(m.start(), m.end()):
            continue
        value = float(number.replace(",", ""))
        if value < MIN_COUNT or (_YEAR.fullmatch(number) and "," not in number):
            continue
        if _DATE_AROUND.search(text, max(0, m.start() - 12), m.end() + 12):
            continue
        if value < MIN_BARE_COUNT and not lexicon.approximation.search(text, max(0, m.start() - 24), m.start()):
            continue  # "50 peers", "208 bids": a count, but not put forward as a measured figure
        if lexicon.example_value.search(text, max(0, m.start() - 24), m.start()):
            continue  # "(for example, 40 hours)": a made-up value
        before = text[max(0, m.start() - 14) : m.start()].lower().split()
        if before and (before[-1].rstrip(".:") in lexicon.number_labels or before[-1].endswith("#")):
            continue
        after = (m["after"] or "").split()
        while len(after) > 1 and after[0].isupper():  # "7,000 U.S. employees": an abbreviation before the noun
            after = after[1:]
        while len(after) > 1 and after[0].lower() in _PARTITIVE:  # "60 of the 737 Max jets": what is counted follows
            after = after[1:]
        noun = after[0].strip(".,;:)") if after else ""
        if not noun or noun.lower() in lexicon.not_counted or noun[:1].isupper():  # "40 WU", "20 Mbps": units
            continue
        found.append((m.start(), text[m.start() : m.start("after") + m["after"].index(noun) + len(noun)]))
    return [figure for _, figure in sorted(found)]


def quotation(text: str, known: frozenset[str] = frozenset()) -> str | None:
    """Quoted words taken from a document or a public statement, unless the writer heard them first-hand, or a
    named speaker's document is identified ("said in a letter to the minister last month"). A title in quotation
    marks is no quotation."""
    found = quotations(text)
    for start, end, quoted in found:
        if len(quoted.split()) < MIN_QUOTE_WORDS or _is_title(quoted):
            continue  # a scare quote, or a title in quotation marks ("In her book “A Paradise Built in Hell,” ...")
        outside = text[:start] + " " + text[end:]
        if is_first_hand(outside) or any(_is_title(other) for _, _, other in found if other != quoted):
            return None  # heard by the writer, or the document is named ("In “A Practice Guide,” Harrell wrote")
        if m := _lexicon().document_verbs.search(outside):
            if _lexicon().identified.match(outside, m.end()) and names_in(outside[: m.start()] or outside, known):
                return None  # "Shorten said in a letter to Abbott last month: ...": the speaker and the document named
            if _named_work().search(outside, m.end()) and names_in(outside, known):
                return None  # "..., wrote Jack Kerouac in his 1957 novel On the Road": the author and the work named
            if _AFFILIATED.search(outside, 0, m.start()):
                return None  # "“...,” Jane Roe, founder of Acme Research, wrote": named as news names speakers
            return quoted
    return None


_AFFILIATED = re.compile(
    r"[A-Z][\w'’.-]+(?:[ \t]+[A-Z][\w'’.-]*){1,3},[ \t]+[^,;:.!?\"“”()]{0,60}?\b(?:of|at|for|with)[ \t]+(?:the[ \t]+)?"
    r"[A-Z0-9][^,;:.!?\"“”()]{0,60},\s*$"
)
"""A named writer presented with the body they write for, right before the verb: "Jane Roe, strategist at Acme,"."""


@cache
def _named_work() -> re.Pattern[str]:
    """A work named by its title after the verb of a quotation ("in his 1957 novel On the Road")."""
    nouns = alternation(load("need")["work_nouns"])
    return re.compile(rf"\bin\s+(?:his|her|their|its|the|a|an)\s+(?:\d{{4}}\s+)?(?i:{nouns})\s+[A-Z\"“‘']")


_PARTITIVE = frozenset({"of", "the", "its", "their", "his", "her", "these", "those", "our", "your"})
"""Words after a count that say it is a part of something named after them ("some 60 of the planes"): the figure
runs on to the thing counted, not to "of"."""
_NOT_BEFORE_VERB = frozenset({"the", "a", "an", "those", "these", "their", "its", "his", "her", "our", "your", "newly"})


def _as_verb(text: str, at: int) -> bool:
    """An event word used as a verb ("TikTok laid off ..."), not as a description ("those laid off", "newly
    appointed head")."""
    before = text[max(0, at - 20) : at].split()
    return not before or before[-1].lower() not in _NOT_BEFORE_VERB


def _trimmed(phrase: str) -> str:
    """A phrase without the function words it ends on ("took over the authority in" -> "took over the authority")."""
    words = phrase.split()
    while len(words) > 1 and words[-1].lower() in stopwords():
        words.pop()
    return " ".join(words)


def _opinion(text: str, name: str) -> str | None:
    """A view put in a named person's mouth: the name, then a verb of opinion ("Smith argues", "Smith thinks
    that"); the words from the name to the verb."""
    # The name is found with str.find and the verb with one pattern compiled once: a pattern per name cost a
    # compilation of the whole verb list for every claim.
    at = text.find(name)
    while at >= 0:
        if _BOUNDARY.match(text, at) and (m := _opinion_verb().match(text, at + len(name))):
            return text[at : m.end()]
        at = text.find(name, at + 1)
    return None


_BOUNDARY = re.compile(r"\b")


@cache
def _opinion_verb() -> re.Pattern[str]:
    """What follows a name that puts a view in its mouth (see :func:`_opinion`)."""
    lexicon = _lexicon()
    return re.compile(
        rf"\s+(?:also\s+|has\s+|have\s+)?"
        rf"(?:(?:{lexicon.opinion_verbs})\b|(?:{lexicon.opinion_verbs_with_that})\s+that\b)"
    )


def _about_someone(text: str, names: list[str]) -> bool:
    """A statistic is about someone: it names a person, a place or an organisation (not only a technical
    acronym such as "RBF"), or it counts people, organisations or what they do ("260,000 jobs", "1 billion
    users", "turnout"). (A figure tied to a time, "grew by 14% last year", is a measurement too; a figure
    that is none of these describes how something works: "signatures are 10% smaller".)"""
    if any(" " in n or not (n.isupper() and len(n) <= SHORT_ACRONYM) for n in names):
        return True
    return not _lexicon().population.isdisjoint(words_of(text))


SHORT_ACRONYM = 4
"""An all-capitals name this short ("RBF", "UTXO") may be a technical term as well as an organisation."""


def _is_title(quoted: str) -> bool:
    """Quoted words that are a title ("A Civic Technologist’s Practice Guide"): short, most words capitalised."""
    words = [w for w in quoted.strip(" ,.").split() if w[:1].isalpha()]
    if not 0 < len(words) <= TITLE_WORDS:
        return False
    if sum(w[0].isupper() for w in words) * 2 > len(words):
        return True
    # Title case leaves the small words in lower case ("Salt on the Glass: Thirty Winters at the Edge of the Map")
    major = [w for w in words if w.lower().strip(",:;") not in stopwords()]
    return len(major) >= TITLE_MAJOR_WORDS and all(w[0].isupper() for w in major)


TITLE_WORDS = 12
"""A quoted title has at most this many words ..."""
TITLE_MAJOR_WORDS = 3
"""... and, when its small words are in lower case, at least this many words besides them, all capitalised."""


def titled_document(text: str) -> str | None:
    """A document the sentence names by its title: a document noun, then a quoted title ("In the report “Reading
    Rooms for Everyone,” the board proposed ..."): the sentence names its source. The noun and the title."""
    if not ('"' in text or "“" in text or "'" in text or "‘" in text):
        return None  # no quotation: the common case, without a pattern search
    nouns = _document_nouns()
    for start, _end, quoted in quotations(text):
        before = text[max(0, start - TITLE_NOUN_CHARS) : start].lower().split()[-TITLE_NOUN_WORDS:]
        if _is_title(quoted) and any(w.strip(",:") in nouns for w in before):
            return quoted
    return None


TITLE_NOUN_WORDS = 2
"""The document noun stands at most this many words before the title ("her book", "the report titled") ..."""
TITLE_NOUN_CHARS = 40
"""... within this many characters."""


@cache
def _document_nouns() -> frozenset[str]:
    return frozenset(w for p in load("need")["source_heads"] for w in words_of(p))


def citation_need(text: str, kinds: Iterable[str], known: frozenset[str] = frozenset()) -> Need | None:
    """The reason ``text`` needs a source, with the words that carry it; None when none is found.

    ``kinds`` are the claim's kinds (:func:`auditor.claims.claim_kinds`); ``known`` are the proper
    names the article uses elsewhere, so that a name opening the sentence is known for one.
    """
    text = plain(text)
    lexicon = _lexicon()
    read = reading(text)  # its words, digits, quotations and names, shared with the other readers of the claim
    if "quote" in kinds and (quoted := quotation(text, known)):
        return Need("quotation", quoted)
    # The words of the unquoted text are among the text's: a text without the gate's words needs no other reading.
    if read.holds(lexicon.research.gate) and (m := lexicon.research.search(unquoted(text, open_ends=True))):
        return Need("scientific", m.group())  # a finding in a speaker's quoted words is theirs
    names = names_in(text, known)
    if names and (opinion := _opinion(text, names[0])):
        return Need("opinion", opinion)
    if lexicon.modal.search(text):
        return None  # a possibility, a rule or a hypothetical ("an attacker could ..."), not a reported fact
    # a figure inside quoted words is the speaker's; a text without a digit has no figure (nor its unquoted words)
    found = figures(unquoted(text, open_ends=True)) if read.has_digit else []
    found = found or worded_figures(unquoted(text, open_ends=True))  # "Twenty-one million people", "two in five adults"
    # "A money market fund keeps its price at $1"; a run of more figures than a sentence holds is read in part
    found = [figure for figure in found[:MAX_FIGURES] if not defines(text, figure)]
    if found and (found[0][:1] in "$£€¥" or not {"temporal", "event"}.isdisjoint(kinds) or _about_someone(text, names)):
        return Need("statistics", found[0])
    if changed := next((figure for figure in found if changed_by(text, figure)), None):
        return Need("statistics", changed)  # "reduced the number of rural pharmacies by 40%": a measured change
    if not names:
        return None
    if read.has_digit and (m := _DATE.search(text)) and not lexicon.future.search(text):  # a date has digits
        return Need("historical", m.group())
    if (m := lexicon.news_events.search(text)) and _as_verb(text, m.start()):
        return Need("historical", _trimmed(m.group()))
    if m := lexicon.superlatives.search(text):
        return Need("controversial", m.group())
    return None


_ANY_FIGURE = re.compile(r"(?<![\w.,])\d[\d,]*(?:\.\d+)?(?:\s?%|\s+[a-z]+)?")


def unnamed_need(text: str, unnamed: str) -> Need | None:
    """Why a claim that points at an unnamed source (``unnamed``, :func:`auditor.sourcing.voice.unnamed_source`) needs a
    source when :func:`citation_need` finds no reason: any figure it gives ("74 times a day", "1,100 miles")
    is someone's, and a research or expert finding ("researchers say storms are more frequent") is research.
    An unnamed opinion ("critics argue a ban would hurt") is left to CIT008."""
    for m in _ANY_FIGURE.finditer(unquoted(text)):
        number = m.group().split()[0]
        if not (_YEAR.fullmatch(number) and "," not in number):
            return Need("statistics", m.group(), unnamed)
    if not _research_heads().isdisjoint(w.lower() for w in unnamed.split()):
        return Need("scientific", unnamed, unnamed)
    return None


@cache
def _research_heads() -> frozenset[str]:
    return frozenset(load("need")["unnamed_research_heads"])
