"""Events: one-time happenings of a named subject with their dates ("Acme was founded in 1921").

An :class:`Event` is a verb of a one-time event (``knowledge/events.json``: founded, launched, born, died,
signed, opened ...), the name it happens to, the words between the verb and the date (what was opened, signed
or launched), and the :class:`Date`. Two events of one group, subject and complement with dates that cannot
both be true are a date conflict (CON004).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, replace
from functools import cache
from weakref import WeakKeyDictionary

from auditor.compare.pairing import Pairing
from auditor.compare.predicates import lead_person, lead_pronoun
from auditor.compare.starts import kinds_of_things, launches_as_starts, names_another, stands_for
from auditor.compare.statements import stem, wordlist
from auditor.compare.subjects import (
    DESCRIPTION,
    FRONTED,
    PRONOUN,
    Mentions,
    antecedent,
    description,
    name_after,
    name_before,
    name_ending,
    subject_after,
)
from auditor.knowledge import load
from auditor.phrases import alternation
from auditor.text import stopwords

_MONTH_NUMBERS = {
    name: n + 1
    for n, name in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])
}
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DATE = re.compile(
    r"\b(?:(?P<part>early|mid|late)[- ](?:in\s+)?(?:the\s+)?)?"
    rf"(?:(?P<day1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month1>{_MONTH})\s+"
    rf"|(?P<month2>{_MONTH})\s+(?:(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+)?)?"
    r"(?P<year>1\d{3}|20\d{2})(?P<decade>s)?\b"
    rf"|\b(?:(?P<day3>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month3>{_MONTH})"
    rf"|(?P<month4>{_MONTH})\s+(?P<day4>\d{{1,2}})(?:st|nd|rd|th)?)\b(?!,?\s*\d)",
    re.IGNORECASE,
)
"""A date: "1942", "1 August 1942", "August 1, 1942", "March 1927", "the 1950s", "the late 1950s", or a day of
a month with no year ("on 4 March", "on March 14": a news article's own year, :attr:`Date.yearless`)."""
_CLAUSE_END = re.compile(
    r"[;:!?]|\.(?:\s|$)|,\s+(?:and|but|while|which|who|where)\b|\s+(?:and|but)\s+(?:was|were|is|it|he|she|they)\b"
)
_AUXILIARY = r"(?:(?:was|were|is|are|has been|had been|have been|been|be)\s+)?"
_ADVERB = r"(?:(?:first|originally|officially|formally|initially|also|eventually|later|then|jointly)\s+)*"
_INTRANSITIVE = frozenset({"born", "died", "retired", "resigned", "graduated", "merged", "took office"})
MAX_LATER = 12
"""Each event is compared with at most this many later events of the same subject."""
COMPLEMENT_WORDS = 6
"""At most this many words between an event's verb and its date are read as what the event is about."""


@dataclass(frozen=True, slots=True)
class Date:
    """A date as precise as written: a year range (a decade, "the late 1950s"), maybe a month and a day."""

    low: int
    high: int
    month: int | None = None
    day: int | None = None
    yearless: bool = False
    """A day of a month with no year ("on 4 March"): ``low`` and ``high`` span every year, so it orders nothing."""

    def conflicts(self, other: Date) -> bool:
        """Whether no day fits both dates (a day with no year is compared by its month and day only)."""
        if self.yearless or other.yearless:
            if self.day is None or other.day is None:
                return False  # "March 1927" against "on 4 March": a month may hold the day
            return (self.month, self.day) != (other.month, other.day)
        if self.high < other.low or other.high < self.low:
            return True
        if self.low != self.high or other.low != other.high or self.month is None or other.month is None:
            return False
        if self.month != other.month:
            return True
        return self.day is not None and other.day is not None and self.day != other.day


@dataclass(frozen=True, slots=True)
class Event:
    """A one-time event of a named subject in a claim."""

    claim: int
    group: str
    subject: str
    complement: frozenset[str]
    date: Date
    when: str
    """The date as written, for messages."""


@cache
def _verbs() -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern for every event verb form, and the group of each form."""
    groups: dict[str, list[str]] = load("events")["groups"]
    form_group = {form: group for group, forms in groups.items() for form in forms}
    forms = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in sorted(form_group, key=len, reverse=True))
    pattern = re.compile(rf"(?<![\w-])(?P<aux>{_AUXILIARY}){_ADVERB}(?P<verb>{forms})\b", re.IGNORECASE)
    return pattern, form_group


@cache
def event_words() -> frozenset[bytes]:
    """The first word of every event verb form (as bytes), to find the claims worth reading for events."""
    data = load("events")
    forms = [form for forms in data["groups"].values() for form in forms]
    forms += [noun for nouns in data["nouns"].values() for noun in nouns]
    return frozenset(form.split()[0].split("-")[-1].encode() for form in forms)


def parse_date(m: re.Match[str]) -> Date:
    """The :class:`Date` of a match of the date pattern."""
    if m.group("year") is None:
        month_text = (m.group("month3") or m.group("month4")).lower().rstrip(".")
        return Date(0, 9999, _MONTH_NUMBERS[month_text[:3]], int(m.group("day3") or m.group("day4")), yearless=True)
    year = int(m.group("year"))
    low = high = year
    if m.group("decade"):
        low, high = year, year + 9
        part = (m.group("part") or "").lower()
        if part == "early":
            high = year + 3
        elif part == "mid":
            low, high = year + 3, year + 6
        elif part == "late":
            low = year + 6
        return Date(low, high)
    month_text = (m.group("month1") or m.group("month2") or "").lower().rstrip(".")
    month = _MONTH_NUMBERS.get(month_text[:3]) if month_text else None
    day_text = m.group("day1") or m.group("day2")
    return Date(low, high, month, int(day_text) if day_text else None)


@cache
def _nouns() -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern for the nouns of one-time events after their owner ("its founding", "the club's opening"),
    and the group of each noun."""
    groups: dict[str, list[str]] = load("events")["nouns"]
    noun_group = {noun: group for group, nouns in groups.items() for noun in nouns}
    nouns = "|".join(re.escape(n) for n in sorted(noun_group, key=len, reverse=True))
    pattern = re.compile(
        rf"\b(?:(?P<pronoun>its|their|his|her)|(?P<owner>[\w'’.&-]+(?:\s+[\w'’.&-]+){{0,3}}?)['’]s?)\s+"
        rf"(?P<noun>{nouns})\s+(?:in|on)\s+",
        re.IGNORECASE,
    )
    return pattern, noun_group


_LETTERS = bytes(c + 32 if 65 <= c <= 90 else c if 97 <= c <= 122 else 32 for c in range(256))
"""Byte table: ASCII letters to lower case, every other byte to a space (runs of letters)."""


@cache
def _noun_gate() -> frozenset[bytes] | None:
    """The event nouns, when each is one lower-case ASCII word: a text the noun pattern matches (ASCII, where
    case-insensitive matching folds nothing else into these letters) has one of them as a whole run of
    letters, between white space. None when a noun is written otherwise (then the pattern always runs)."""
    nouns = [noun for nouns in load("events")["nouns"].values() for noun in nouns]
    if all(n.isascii() and n.isalpha() and n.islower() for n in nouns):
        return frozenset(n.encode() for n in nouns)
    return None




def _noun_events(claim: int, text: str) -> list[Event]:
    """Events told by a noun: "since its founding in 2001", "Calder Rowing Club's opening on 3 May 1990"."""
    pattern, noun_group = _nouns()
    found: list[Event] = []
    gate = _noun_gate()
    if gate is not None and text.isascii() and gate.isdisjoint(text.encode().translate(_LETTERS).split()):
        return found  # no event noun as a whole word: the pattern, tried at every word, cannot match
    for m in pattern.finditer(text):
        date = _DATE.match(text, m.end())
        if date is None:
            continue
        if m.group("pronoun"):
            subject = PRONOUN
        else:
            subject = name_before(m.group("owner"))
            if not subject:
                continue
        group = noun_group[m.group("noun").lower()]
        found.append(Event(claim, group, subject, frozenset(), parse_date(date), date.group().strip()))
    return found


def find_events(claim: int, text: str) -> list[Event]:
    """The dated one-time events of a claim whose subject is a name (or, told by a noun, a possessive
    pronoun: :data:`PRONOUN`)."""
    pattern, form_group = _verbs()
    found = _noun_events(claim, text)
    marks: _Marks | None = None
    for m in pattern.finditer(text):
        form = " ".join(m.group("verb").lower().split())
        group = form_group.get(form)
        if group is None or text[max(0, m.start() - 2) : m.start()].lower().endswith("re"):
            continue  # "re-established", "reopened": a second time
        marks = marks or _Marks(text)
        date = marks.first_date(m.end())
        if date is None:
            continue
        passive = bool(m.group("aux").strip()) or _last_visible(text, m.start()) in (",", "(")
        subject = name_ending(text, m.start())
        between = text[m.end() : date.start()]
        if not passive and form not in _INTRANSITIVE:
            thing, length = name_after(between)
            if thing:
                subject, between = thing, between[length:]
        if not subject:
            subject = description(text[: m.start()]) or antecedent(text[: m.start()])
        if not subject and FRONTED.fullmatch(text, 0, m.start()):
            subject = subject_after(text, date.end())  # "Built in 1824, the lighthouse ...": the subject follows
        if not subject:
            continue
        days = wordlist("months_and_days")  # "opened on Saturday, 12 April": the weekday is part of the date
        complement = frozenset(
            stem(w) for w in re.findall(r"[^\W\d_]+", between.lower()) if w not in stopwords() and w not in days
        )
        if len(complement) > COMPLEMENT_WORDS:
            continue
        found.append(Event(claim, group, subject, complement, parse_date(date), date.group().strip()))
    return found


_READ: WeakKeyDictionary[Pairing, dict[tuple[int, str], list[Event]]] = WeakKeyDictionary()
"""The events found in each claim of an article, by claim and text: CON004 reads them twice (dates of one
event, :func:`event_conflicts`; order of events, :func:`~auditor.compare.sequence.order_conflicts`)."""


def claim_events(p: Pairing, claim: int, text: str) -> list[Event]:
    """:func:`find_events` of a claim of the article ``p`` pairs, found once per article (do not change the
    list)."""
    read = _READ.get(p)
    if read is None:
        read = _READ[p] = {}
    found = read.get((claim, text))
    if found is None:
        found = read[(claim, text)] = find_events(claim, text)
    return found


class _Marks:
    """Where the clauses and dates of one claim are, read forward once for all its event verbs (which come in
    order): searching the rest of the claim from each verb was quadratic in a long claim with no clause end."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._searched = -1
        """Where the last clause end was searched from ..."""
        self._end = -1
        """... and the first clause end found from there (the length of the text when there is none)."""
        self._dated: tuple[int, int, re.Match[str] | None] = (-1, -1, None)
        """The last date search: its start, its clause end, and the date found."""

    def _clause_end(self, start: int) -> int:
        """The first clause end at or after ``start``: none lies between the last search's start and the end it
        found, so a start in that stretch has the same end."""
        if not self._searched <= start <= self._end:
            m = _CLAUSE_END_AT.search(self.text, start)
            self._searched, self._end = start, m.start() if m else len(self.text)
        return self._end

    def first_date(self, start: int) -> re.Match[str] | None:
        """The first date of the clause that starts at ``start`` (what ``_DATE.search`` of the clause finds).

        The clause ends on a character no date holds, so a date read within the clause reads alike in the
        whole claim; a verb later in the same clause, before the date found, finds the same date.
        """
        stop = self._clause_end(start)
        searched, clause_end, found = self._dated
        if clause_end == stop and searched <= start and (found is None or start <= found.start()):
            return found
        found = _DATE.search(self.text, start, stop)
        self._dated = (start, stop, found)
        return found


_CLAUSE_END_AT = re.compile(f"(?={_CLAUSE_END.pattern})")


def _last_visible(text: str, end: int) -> str:
    """The last character before ``end`` that is not white space ("" when there is none)."""
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return text[end - 1] if end else ""



def kin_before(p: Pairing, index: int) -> bool:
    """Whether the claim before ``index``, in its paragraph, brings in someone's kin ("His son Daniel took over
    the mill", "Daniel Harter, his son, ..."): a "he" or "his death" right after it may be the kin's, so the
    event is no one's for certain."""
    if index == 0 or p.claims[index - 1].block != p.claims[index].block:
        return False
    return _kin_phrase().search(p.texts[index - 1]) is not None


@cache
def _kin_phrase() -> re.Pattern[str]:
    """A possessive and a word of kinship: "his son", "her father", "their daughter" (``knowledge/roles.json``)."""
    return re.compile(rf"\b(?:his|her|their)\s+(?:{alternation(load('roles')['kinship'])})\b", re.IGNORECASE)


def _personal(event: Event, text: str) -> bool:
    """Whether the event's noun follows "his" or "her" in its claim ("his death"), not "its" ("its founding")."""
    pattern = _personal_nouns(event.group)
    return pattern is not None and pattern.search(text) is not None


@cache
def _personal_nouns(group: str) -> re.Pattern[str] | None:
    """"his" or "her" before one of the event group's nouns, compiled once per group (None: the group has none)."""
    nouns = load("events")["nouns"].get(group, [])
    return re.compile(rf"\b(?:his|her)\s+(?:{alternation(nouns)})\b", re.IGNORECASE) if nouns else None


def event_claims(p: Pairing) -> list[int]:
    """The claims worth reading for events: with an event word and a figure, and not hedged. Events are compared
    across claims only, so fewer than two of them hold no conflict."""
    words = event_words()
    return [
        index
        for index in range(len(p.texts))
        if not p.words[index].isdisjoint(words) and p.has_figure(index) and not p.hedged(index)
    ]


def event_conflicts(p: Pairing) -> list[tuple[Event, Event]]:
    """Pairs (earlier, later) of the same one-time event of the same subject with dates that cannot both be true."""
    buckets: dict[tuple[str, str, frozenset[str]], list[Event]] = defaultdict(list)
    pronouns: list[Event] = []
    kinds: list[Event] = []
    said_of: tuple[str, str] | None = None  # the article's pronoun and person, read on the first "He" or "She"
    claims = event_claims(p)
    if len(claims) < 2:
        return []
    mentions = Mentions(p.texts)
    for index in claims:
        text = p.texts[index]
        kin = kin_before(p, index)
        if text.startswith(("He ", "She ")) and not kin:
            # "He died in 1885" is said of the person the article is about (as in auditor.compare.sequence)
            if said_of is None:
                pronoun = lead_pronoun(p)
                said_of = (pronoun, lead_person(p) if pronoun else "")
            if said_of[1] and text[: text.index(" ")].lower() == said_of[0]:
                text = said_of[1].title() + text[text.index(" ") :]
        for event in claim_events(p, index, text):
            if event.subject.startswith(DESCRIPTION):
                # "the library" and "the new library" of one article are one; "the choir" of an article about
                # the Harrowgate Choir is that choir
                head = DESCRIPTION + event.subject.split()[-1]
                described = mentions.described(head)
                if not described:
                    continue
                event = replace(event, subject=described)
                if described == head and head.split()[-1] in kinds_of_things():
                    kinds.append(event)
            elif " " not in event.subject and event.subject != PRONOUN:
                if mentions.shared(event.subject):
                    continue  # "Harter died" where a father and his son are both Harter: whose death is unknown
                event = replace(event, subject=mentions.full_name(event.subject))  # "Tallis", "Mira Tallis"
            if event.subject == PRONOUN and kin and (text.startswith(("He ", "She ")) or _personal(event, text)):
                continue  # "His son took over the mill. He died in 1879": the son's death, maybe, not the lead's
            if event.subject == PRONOUN:
                pronouns.append(event)
            else:
                buckets[(event.group, event.subject, event.complement)].append(event)
    # "since its founding in 2001" is the founding of the one thing whose founding the article dates by name.
    subjects: dict[str, set[tuple[str, frozenset[str]]]] = defaultdict(set)
    for group, subject, complement in buckets:
        subjects[group].add((subject, complement))
    lead = lead_person(p) if pronouns and lead_pronoun(p) else ""
    for event in pronouns:
        named = subjects.get(event.group, set())
        if len(named) == 1:
            subject, complement = next(iter(named))
            if lead and subject != lead and subject not in lead.split() and _personal(event, p.texts[event.claim]):
                continue  # "his death" in an article about one man is his, not his predecessor's
            if subject.startswith(DESCRIPTION) and not re.search(
                rf"\b{re.escape(subject.split()[-1])}\b", p.texts[event.claim], re.IGNORECASE
            ):
                continue  # "its" may be another thing's unless its claim names the described one
            if not _personal(event, p.texts[event.claim]) and names_another(p.texts[event.claim], subject):
                continue  # "Its partner, Shadow Box, has grown since its founding in 2001" ("his death": a person's)
            resolved = replace(event, subject=subject, complement=complement)
            bucket = buckets[(event.group, subject, complement)]
            bucket.append(resolved)
            bucket.sort(key=lambda e: e.claim)
    for event in kinds:  # "the company": the firm the claim or the one before names, if it names no other
        kind = event.subject.split()[-1]  # not a name that ends in another kind ("the theatre" / "Tidewell Gallery")
        names = {
            s
            for s, _ in subjects.get(event.group, set())
            if not s.startswith(DESCRIPTION) and (s.split()[-1] == kind or s.split()[-1] not in kinds_of_things())
        }
        if name := stands_for(names, event.claim, p.texts):
            buckets[(event.group, name, event.complement)].append(replace(event, subject=name))
            buckets[(event.group, name, event.complement)].sort(key=lambda e: e.claim)
    launches_as_starts(buckets, p.texts)
    conflicts: dict[tuple[int, int], tuple[Event, Event]] = {}
    flagged: set[int] = set()  # a claim is reported against one earlier claim at most
    for bucket in buckets.values():
        for n, first in enumerate(bucket):
            # Each event is compared with the next few of its bucket: linear however long the article.
            for second in bucket[n + 1 : n + 1 + MAX_LATER]:
                key = (first.claim, second.claim)
                if first.claim == second.claim or key in conflicts or second.claim in flagged:
                    continue
                if first.date.conflicts(second.date):
                    conflicts[key] = (first, second)
                    flagged.add(second.claim)
    return [conflicts[k] for k in sorted(conflicts)]
