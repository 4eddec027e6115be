"""Summaries: a figure in an article's summary against the same measure in its body (CON003).

A summary restates the body: "Key findings: unemployment fell to 4.1% in March" over a body that says "the
jobless rate, now 4.3%, is the lowest since 2008" gives one measure two values. What is a summary: the blocks
under a heading of ``knowledge/summaries.json`` "labels" ("Key findings", "Highlights", "Abstract", "TL;DR"), the
lists right after a short paragraph that is such a label (a bold "**Key findings**"), a paragraph that opens with
one of its "openers" ("TL;DR: ..."), and a front-matter field of its "fields" (``summary:``, ``description:``).

The body's figures are read apart from the summary's, and a summary figure is compared only when the tool can
tell it is the same measure, precision first:

- the same unit; a count counts the same noun (synonyms folded: "staff", "employees"); a share or an amount
  shares a word of what it measures with the body's claim (not a word of ``generic``), and what it is "of";
- the body gives that measure one value only, and no figure of the body, of any measure, agrees with the
  summary's (a summary may sum up a figure the tool does not tie to its measure);
- the values disagree beyond the rounding of either ("4%" sums up "4.3%"; "1.5 million" sums up 1,520,000);
- neither figure stands after a word that makes it another figure ("from", "than", "since", "by"), nor is a
  change of a level ("up 3 percentage points");
- the same period: years (not one "since 2008"), months, and words of an earlier period ("previous", "a year
  earlier") the same in both claims, or missing from one; no forecast, goal or guess on one side only;
  nothing that narrows the measure to a group, a rate or an average on one side only ("among women", "a day",
  "median"); the names of the body's claim named in the summary or in the article's title.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from auditor.article import Article, front_fields
from auditor.compare.clauses import _plain_words
from auditor.compare.frames import concepts
from auditor.compare.measures import is_duration, noun_after
from auditor.compare.quantities import Quantity, bare_year, find_quantities
from auditor.compare.statements import signed_key, wordlist
from auditor.knowledge import load
from auditor.text import has_digit, stopwords

MAX_LABEL_WORDS = 5
"""A paragraph of at most this many words, with no full stop, may be a label ("Key findings")."""
AFTER_WORDS = 5
"""What narrows a figure is read before it in its claim and in this many words after it ("11.2% *among young
people*", "25,000 books *a year*")."""
SLACK = 0.005
"""Two values within this share of each other are one value (figures converted or printed with rounding)."""


@dataclass(frozen=True, slots=True)
class SummaryConflict:
    """A figure of the summary and the body's figure of the same measure, which cannot both be true."""

    summary: int | None
    """The summary's claim (an index of ``article.claims``), or None for a front-matter field."""
    field: str
    """The front-matter key (``summary``, ``description`` ...) when ``summary`` is None, else ""."""
    text: str
    """The summary's text (the claim's, or the field's value)."""
    body: int
    said: Quantity
    found: Quantity


@dataclass(frozen=True, slots=True)
class _Figure:
    """A figure of a claim as this module reads it."""

    quantity: Quantity
    noun: frozenset[str]
    """Measure keys of what it counts, synonyms folded (empty for a bare share or amount)."""
    other: bool
    """It stands after a word that makes it another figure than the claim's level ("from", "than")."""
    narrowing: frozenset[str]
    """Words of ``narrowing`` between the figures before and after it ("90,000 patients *a year*")."""
    names: frozenset[str]
    """The names of its claim up to the end of its clause, but its claim's subject ("a sister plant *in Leeds*
    has 600 workers", "*In Northvale*, unemployment was 6.2%")."""


@dataclass(frozen=True, slots=True)
class _Claim:
    """A claim (or front-matter field) with figures: what tells its measure, period and subject."""

    text: str
    figures: tuple[_Figure, ...]
    topic: frozenset[str]
    years: frozenset[str]
    periods: frozenset[str]
    outlook: frozenset[str]
    names: frozenset[str]
    subject: frozenset[str]
    """The names the claim opens with ("Orion Freight reported ..."): whom it is about."""


@cache
def _data() -> dict[str, frozenset[str]]:
    data = load("summaries")
    return {k: frozenset(v) for k, v in data.items() if isinstance(v, list)}


def summary_conflicts(article: Article) -> list[SummaryConflict]:
    """The figures of the article's summary (blocks and front matter) that the body gives another value."""
    inside = _summary_claims(article)
    fields = _summary_fields(article)
    if not inside and not fields:
        return []
    said: list[tuple[int | None, str, str]] = [(i, "", article.claims[i].text) for i in sorted(inside)]
    said += [(None, key, value) for key, value in fields]
    # The summary's figures first: most summaries give none, and then the body need not be read.
    summaries = [(at, key, text, summary) for at, key, text in said if (summary := _read_claim(text)) is not None]
    # Only figures of a summary's comparable units can meet the body: a body claim with none is not read.
    units = {f.quantity.unit for *_, summary in summaries for f in summary.figures if _comparable(summary, f)}
    if not units:
        return []
    body: list[tuple[int, _Claim]] = []
    for index, claim in enumerate(article.claims):
        if index in inside or units.isdisjoint(_units(claim.text)):
            continue
        read = _read_claim(claim.text)
        if read is not None:
            body.append((index, read))
    if not body:
        return []
    title = _names(article.document.title or "", True) | _names(_first_heading(article), True)
    found: list[SummaryConflict] = []
    for at, key, text, summary in summaries:
        for figure in summary.figures:
            hit = _against_body(summary, figure, body, title)
            if hit is not None:
                found.append(SummaryConflict(at, key, text, hit[0], figure.quantity, hit[1]))
                break  # one finding a summary claim
    return found


def _against_body(
    summary: _Claim, figure: _Figure, body: list[tuple[int, _Claim]], title: frozenset[str]
) -> tuple[int, Quantity] | None:
    """The body's figure of the summary figure's measure when it has one other value (and no body figure agrees
    with the summary's)."""
    q = figure.quantity
    if not _comparable(summary, figure):
        return None
    candidates: list[tuple[int, Quantity]] = []
    for index, claim in body:
        for other in claim.figures:
            b = other.quantity
            if b.unit != q.unit:
                continue
            if _agree(q, b):
                return None  # the summary sums up some figure of the body
            if other.other or figure.narrowing != other.narrowing or not _same_measure(summary, figure, claim, other):
                continue
            if not _same_setting(summary, figure, claim, other, title):
                continue
            candidates.append((index, b))
    if not candidates:
        return None
    first = candidates[0][1]
    if any(not _agree(first, b) for _, b in candidates[1:]):
        return None  # the body gives the measure more than one value: which one the summary sums up is unclear
    return candidates[0]


def _comparable(summary: _Claim, figure: _Figure) -> bool:
    """Whether a summary figure can be set against the body: not a change "from ... to" or a bound, not one of two
    figures of one kind in the summary claim, and not a bare number, which says too little of what it counts."""
    q = figure.quantity
    if figure.other or q.qualifier != "exact" or any(f is not figure and _alike(f, figure) for f in summary.figures):
        return False
    return bool(figure.noun or q.unit)


def _units(text: str) -> set[str]:
    """The units of the figures :func:`_read_claim` can find in ``text`` (a superset: it leaves some out)."""
    if not has_digit(text) and "per cent" not in text:
        return set()
    if _opens(text):
        text = text.split(":", 1)[1]
    return {q.unit for q in find_quantities(text, False)}


def _alike(a: _Figure, b: _Figure) -> bool:
    """Figures of one unit that may count the same thing (a share or amount; a count of one noun, or of none)."""
    if a.quantity.unit != b.quantity.unit:
        return False
    return bool(a.quantity.unit) or not a.noun or not b.noun or not a.noun.isdisjoint(b.noun)


def _same_measure(a: _Claim, fa: _Figure, b: _Claim, fb: _Figure) -> bool:
    """Whether two figures of one unit measure the same thing: a count of the same noun, or a share or amount
    of the same topic (and of the same noun when both name one)."""
    if fa.noun and fb.noun and fa.noun.isdisjoint(fb.noun):
        return False
    if fa.quantity.unit == "":
        return bool(fa.noun) and bool(fb.noun)
    return not a.topic.isdisjoint(b.topic)


def _same_setting(a: _Claim, fa: _Figure, b: _Claim, fb: _Figure, title: frozenset[str]) -> bool:
    """Same years, period and mood, the same subject if both name one, and the names of each figure's clause
    named by the other claim or the article's title (not "a sister plant *in Leeds*")."""
    if a.years != b.years or a.outlook != b.outlook:
        return False
    if a.periods and b.periods and a.periods != b.periods:
        return False
    if (a.periods | b.periods) & _data()["past"] and a.periods != b.periods:
        return False  # "a year earlier", "last year" on one side only
    if a.subject and b.subject and a.subject.isdisjoint(b.subject):
        return False  # "Orion Freight reported ..." / "Delta Haulage reported ...": two subjects
    if not fb.names <= a.names | a.subject | title:
        return False  # the body's figure is of someone or somewhere the summary does not name
    return fa.names <= b.names | b.subject | title


def _agree(a: Quantity, b: Quantity) -> bool:
    """Whether two values of one unit may be one value: overlapping ranges, within :data:`SLACK`, or one the
    other rounded ("4%" and "4.3%", "1.5 million" and "1,520,000", "1,200" and "1,234")."""
    if a.overlaps(b) or abs(a.value - b.value) <= SLACK * max(abs(a.value), abs(b.value)):
        return True
    return _rounds_to(a, b.value) or _rounds_to(b, a.value)


def _rounds_to(q: Quantity, value: float) -> bool:
    """Whether ``value`` rounded as ``q`` is written gives ``q``'s value."""
    digits = re.search(r"\d[\d,]*(?:\.(\d+))?", q.text)
    if digits is None:
        return False
    written = float(digits.group().replace(",", ""))
    scale = q.value / written if written else 1.0  # "1.5 million": the digits times a million
    if digits.group(1):
        step = scale * 10.0 ** -len(digits.group(1))
    else:
        whole = digits.group().replace(",", "")
        step = scale * 10.0 ** (len(whole) - len(whole.rstrip("0")))
    return step > 0 and abs(round(value / step) * step - q.value) <= SLACK * abs(q.value)


_POINTS = re.compile(r"\s*(?:percentage\s+)?points?\b|\s*pp\b|\s*basis\s+points?\b", re.IGNORECASE)
_PRONOUN_OF = re.compile(r"\s+of\s+(?:them|it|these|those|this)\b", re.IGNORECASE)


def _read_claim(text: str) -> _Claim | None:
    """A claim's figures and what tells its measure and setting (None when it has no figure to compare)."""
    if not has_digit(text) and "per cent" not in text:
        return None
    if _opens(text):
        text = text.split(":", 1)[1]  # "TL;DR: Brightwater now employs ...": the label is not the claim's
    found: list[tuple[Quantity, bool]] = []
    for q in find_quantities(text, False):
        if bare_year(text, q.start, q.end) or (q.unit == "" and q.text.isdigit() and 1000 <= q.value <= 2100):
            continue
        if _POINTS.match(text, q.end) or is_duration(q, text) or q.adjective:
            continue
        following = text[q.end : q.end + 12].split()
        if following and following[0].lower().strip(",.") in wordlist("months_and_days"):
            continue  # "1 August"
        before = _plain_words(text[max(0, q.start - 30) : q.start])
        if text[max(0, q.start - 1) : q.start].isalnum() or (before and before[-1][:1].isupper()):
            continue  # part of a name ("Route 66")
        prev = text[max(0, q.start - 30) : q.start].split()
        word_before = prev[-1].lower() if prev else ""
        joined = q.end < len(text) and text[q.end] in "-–/:"
        found.append((q, word_before in _data()["before_other"] or joined))
    if not found:
        return None
    figures = []
    subject = _subject(text)
    for n, (q, other) in enumerate(found):
        start = found[n - 1][0].end if n else 0
        end = found[n + 1][0].start if n + 1 < len(found) else len(text)
        end = min(end, _words_after(text, q.end, AFTER_WORDS))
        noun = frozenset() if _PRONOUN_OF.match(text, q.end) else _noun_of(text, q)
        # the names of the figure's clause and of the clauses before it ("In Northvale, unemployment was 6.2%")
        names = _names(text[: _clause_end(text, q.end)]) - subject
        figures.append(_Figure(q, noun, other, _narrowing(text[start:end]), names))
    own = _without_others(text, found)
    words = _plain_words(own)
    data = _data()
    spans = [(q.start, q.end) for q, _ in found]
    return _Claim(
        text,
        tuple(figures),
        _topic(_plain_words(text)),
        _years(own, spans if own is text else []),
        frozenset(w for w in words if w in wordlist("months_and_days") or w in _period_words() or w in data["past"]),
        frozenset(w for w in words if w in data["outlook"]),
        _names(text) - subject,
        subject,
    )


_LEADING = re.compile(r"\W*(?:The\s+)?((?:[A-Z][\w'’&.-]*\s+)*[A-Z][\w'’&.-]*)")


def _subject(text: str) -> frozenset[str]:
    """The names a claim opens with, when it opens with two or more ("Orion Freight", "The Harbour Line"): one
    capitalised first word may be any word."""
    m = _LEADING.match(text)
    if m is None:
        return frozenset()
    words = m.group(1).split()
    if len(words) < 2 or words[0].lower() in stopwords():
        return frozenset()  # "In Northvale, ...": a place or time the claim opens with, not its subject
    return frozenset(w.lower().replace("’", "'").split("'")[0] for w in words) - stopwords()


def _clause_end(text: str, at: int) -> int:
    """Where the clause of a claim that holds the offset ``at`` ends."""
    m = _CLAUSES.search(text, at)
    return m.start() if m else len(text)


def _words_after(text: str, end: int, count: int) -> int:
    """The offset after ``count`` words from ``end``."""
    for n, m in enumerate(re.finditer(r"\S+", text[end:]), 1):
        if n == count:
            return end + m.end()
    return len(text)


def _narrowing(segment: str) -> frozenset[str]:
    lower = " " + " ".join(_plain_words(segment.replace("per cent", "%"))) + " "
    return frozenset(p for p in _data()["narrowing"] if f" {p} " in lower)


_CLAUSES = re.compile(r",\s|[;:()\[\]—–]|\s-\s|\.\s")
"""Clause breaks (not the commas inside "230,000")."""


def _without_others(text: str, found: list[tuple[Quantity, bool]]) -> str:
    """The claim without the clauses that hold only figures of another time or comparison ("..., down from
    230,000 the year before"): their periods are not the claim's."""
    if not any(other for _, other in found):
        return text
    kept = []
    at = 0
    for part in _CLAUSES.split(text):
        start = text.index(part, at)
        at = start + len(part)
        inside = [other for q, other in found if start <= q.start < at]
        if inside and all(inside):
            continue
        kept.append(part)
    return " , ".join(kept)


def _noun_of(text: str, q: Quantity) -> frozenset[str]:
    keys = noun_after(text, q.end)[0]
    return concepts(k for k in keys if k not in _period_words())


@cache
def _period_words() -> frozenset[str]:
    return wordlist("periods") - {"currently", "today"}


def _topic(words: Iterable[str]) -> frozenset[str]:
    """Measure keys of a claim's content words, less those that name no measure (``generic``, periods)."""
    drop = stopwords() | _data()["generic"] | _period_words() | wordlist("months_and_days")
    return concepts(signed_key(w) for w in words if w not in drop and len(w) > 2 and not w[0].isdigit())


_YEAR_IN = re.compile(r"(?<![\d,.$€£])\b(1\d{3}|20\d{2})\b(?![\d,.%]\d)")
_COMPARED = re.compile(
    r"(?:since|from|than|before|after|until|versus|vs\.?)\s+(?:the\s+)?(?:end\s+of\s+)?$", re.IGNORECASE
)


def _years(text: str, spans: list[tuple[int, int]]) -> frozenset[str]:
    """The years that date a claim: not one it is compared with ("the lowest since 2008", "up from 2019")."""
    found = set()
    for m in _YEAR_IN.finditer(text):
        if any(s <= m.start() < e for s, e in spans):
            continue
        if _COMPARED.search(text[max(0, m.start() - 24) : m.start()]):
            continue
        found.add(m.group(1))
    return frozenset(found)


_NAME = re.compile(r"\b([A-Z][\w'’-]+)")
_OPENING = re.compile(r"(?:^|[.!?:]\s+)[\W]*$")


def _names(text: str, first: bool = False) -> frozenset[str]:
    """The capitalised words of a text (not months or days), lower case: not those that open a sentence,
    unless ``first`` (a title, whose words are all names or none)."""
    days = wordlist("months_and_days")
    found = set()
    for m in _NAME.finditer(text):
        if not first and _OPENING.search(text[max(0, m.start() - 12) : m.start()]):
            continue
        word = m.group(1).lower().replace("’", "'").split("'")[0]
        if word not in days and word not in stopwords() and word not in _data()["labels"]:
            found.add(word)
    return frozenset(found)


def _first_heading(article: Article) -> str:
    doc = article.document
    for block in doc.blocks:
        if block.kind == "heading":
            return doc.text[block.start : block.end]
    return ""


def _label(text: str) -> bool:
    """Whether a heading or a short paragraph is a summary's label ("Key findings", "TL;DR")."""
    words = text.strip().rstrip(":").strip("*_ ").lower()
    return words in _data()["labels"]


def _opens(text: str) -> bool:
    """Whether a paragraph opens with a summary's label and a colon ("TL;DR: ...", "In brief: ...")."""
    head = text.lstrip("*_ ").split(":", 1)
    return len(head) == 2 and head[0].strip("*_ ").lower() in _data()["openers"] and bool(head[1].strip())


def _summary_claims(article: Article) -> set[int]:
    """The claims of the article's summary blocks."""
    doc = article.document
    blocks: set[int] = set()
    under_heading = False
    after_label = False
    for n, block in enumerate(doc.blocks):
        text = doc.text[block.start : block.end]
        if block.kind == "heading":
            under_heading = _label(text)
            after_label = False
            continue
        short = len(text.split()) <= MAX_LABEL_WORDS and not text.rstrip().endswith(".")
        if block.kind == "paragraph" and short and _label(text):
            after_label = True
            continue
        if under_heading:
            blocks.add(n)
        elif after_label and block.kind == "list":
            blocks.add(n)
            continue
        elif block.kind == "paragraph" and _opens(text):
            blocks.add(n)
        after_label = False
    if not blocks:
        return set()
    return {i for i, c in enumerate(article.claims) if c.block in blocks}


def _summary_fields(article: Article) -> list[tuple[str, str]]:
    """The front-matter fields that sum the article up, as (key, value)."""
    fields = front_fields(article)
    wanted = _data()["fields"]
    return [(k, v.strip()) for k, v in fields.items() if k in wanted and v and v.strip()]
