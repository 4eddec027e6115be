"""Tenures: a position said to be held until a date after its holder had died or lost it.

"Marta Vell remained abbess until 1410" cannot be true of a woman who "died in 1402", nor of one who "was
laicised before 1405": a :class:`Tenure` (a person, the position's words, the year it was held until) and an
:class:`End` (a person, the year of a death or a loss, which positions it ends) of the same person, the end dated
before the tenure's last year, are a date conflict (CON004). Word lists are in ``knowledge/tenures.json``.

A person is the name right before the verb (past a short apposition between commas, or a coordinated verb phrase
of the same subject: "she was tried and was laicised"), or "he" or "she" for the person the article is about
(:func:`~auditor.compare.predicates.lead_person`). A possessive ("Vell's aunt died") or a relative clause between
them names someone else, and is not read.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, replace
from functools import cache

from auditor.compare.pairing import Pairing
from auditor.compare.predicates import full_names, lead_person, lead_pronoun
from auditor.knowledge import load
from auditor.text import stopwords

_YEAR = r"(?P<year>1\d{3}|20\d{2})\b(?![-–]\d)"
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DATE = rf"(?P<date>(?:(?:\d{{1,2}}\s+)?{_MONTH}\s+(?:\d{{1,2}},?\s+)?)?{_YEAR})"
"""A year, maybe after a month and a day ("4 May 1402", "May 4, 1402"); "1402-05" and ranges are not read."""
_NAME = r"(?:[A-Z][\w'’.-]*\s+(?:(?:de|da|di|van|von|der|le|la|du|of)\s+)?){0,3}[A-Z][\w'’-]*"
_BETWEEN = re.compile(
    r"(?:\s*,[^,;()]{1,80},)?\s*"
    r"(?:(?:was|were|had|has|is|later|then|also|eventually|finally|subsequently|reportedly|still|himself|herself)\s+)*"
    r"(?:(?:was|were|had)\s+[a-z][a-z\s'-]{0,60}?\s+and\s+)?",
)
"""What may stand between a person and the verb said of them: an apposition, auxiliaries and adverbs, and a
coordinated verb phrase of the same subject ("he was stripped of his title and became ...")."""
_NOT_SAID_OF = frozenset({"who", "whom", "whose", "which", "that", "when", "after", "before", "while", "his", "her"})
_DAY_MONTH = (
    r"(?i:(?:\d{1,2}\s+)?(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+(?:\d{1,2},?\s+)?)"
)
LIFESPAN = re.compile(
    rf"^(?P<name>(?:[A-Z][\w'’.-]*\s+(?:(?:de|da|di|van|von|der|le|la|du|of)\s+)?){{0,3}}[A-Z][\w'’-]*)\s*"
    rf"\(\s*(?:born\s+)?(?:{_DAY_MONTH})?(?P<born>1\d{{3}}|20\d{{2}})\s*[–—-]\s*(?:died\s+)?(?:{_DAY_MONTH})?"
    r"(?P<died>1\d{3}|20\d{2})\s*\)",
)
"""A lifespan in brackets right after the name a claim opens with ("Dana Reyes (1920 – 1990) was ..."); not a
floruit or a reign ("(fl. 1121 – 1184)", "(r. 1100 – 1135)"), which have a word before the first year."""
MAX_ROLE_WORDS = 8
"""A tenure's words between its verb and "until" ("remained archdeacon of Richmond"): more are a clause."""
MAX_PER_PERSON = 24
"""At most this many tenures and ends of one person are compared (the first ones the article gives)."""


@dataclass(frozen=True, slots=True)
class Tenure:
    """A person said to hold a position until a year."""

    claim: int
    person: str
    role: frozenset[str]
    """The content words of the position ("archdeacon", "chairman board")."""
    until: int
    when: str


@dataclass(frozen=True, slots=True)
class End:
    """A person's death, or loss of positions, by a year."""

    claim: int
    person: str
    kind: str
    """"died", or the loss's name in ``knowledge/tenures.json``."""
    ends: frozenset[str]
    """The position words a loss ends (empty for a death: it ends every position)."""
    named: frozenset[str]
    """For a loss that names the position it ends ("resigned as chairman"), that position's words."""
    year: int
    when: str


def _alternatives(phrases: list[str]) -> str:
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(phrases, key=len, reverse=True))


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], dict[str, str]]:
    """The tenure pattern, the end pattern, the pattern of a name or pronoun, and each loss phrase's loss."""
    data = load("tenures")
    tenure = re.compile(
        rf"\b(?P<verb>{_alternatives(data['held'])})\b(?P<role>[^.;:!?()\d]{{0,80}}?)\s+(?:until|till|up\s+to)\s+"
        rf"(?:(?:his|her)\s+death\s+in\s+)?{_DATE}",
        re.IGNORECASE,
    )
    losses = {" ".join(p.lower().split()): name for name, loss in data["losses"].items() for p in loss["phrases"]}
    end = re.compile(
        rf"\b(?P<verb>{_alternatives(data['deaths'])}|{_alternatives(list(losses))})\b"
        rf"(?P<mid>[^.;:!?()\d,]{{0,50}}?)\s(?P<prep>in|on|by|before)\s+{_DATE}",
        re.IGNORECASE,
    )
    person = re.compile(rf"\b(?:he|she)\b|{_NAME}")
    return tenure, end, person, losses


Gate = tuple[tuple[frozenset[bytes], tuple[frozenset[bytes], ...]], ...]
"""Groups of phrases, each phrase as its words, with the last word of each: a claim says what a pattern
matches only if, for each group, it has every word of one of its phrases."""


@cache
def _gates() -> tuple[Gate, Gate]:
    """What a claim must have for the tenure pattern to match ("until", "till" or "up to", and a verb of
    holding) and for the end pattern (a death or a loss), as words of :func:`~auditor.compare.pairing.words_of`:
    most claims with a year have neither, and the patterns, tried at every word, are not run on them."""
    data = load("tenures")

    def group(items: list[str]) -> tuple[frozenset[bytes], tuple[frozenset[bytes], ...]]:
        phrases = [[w.lower().encode() for w in item.split()] for item in items]
        return frozenset(words[-1] for words in phrases), tuple(frozenset(words) for words in phrases)

    losses = [phrase for loss in data["losses"].values() for phrase in loss["phrases"]]
    return (group(["until", "till", "up to"]), group(data["held"])), (group([*data["deaths"], *losses]),)


def _may_say(words: frozenset[bytes] | None, gate: Gate) -> bool:
    """Whether a claim with the lower-case ASCII ``words`` (None: the claim has other characters, which
    case-insensitive patterns may fold into ASCII letters) may match the patterns of ``gate``."""
    if words is None:
        return True
    for last_words, phrases in gate:
        if words.isdisjoint(last_words) or not any(phrase <= words for phrase in phrases):
            return False
    return True


def _content(text: str) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"[a-z][a-z'-]*", text.lower()) if w not in stopwords())


@cache
def _position_words() -> frozenset[str]:
    data = load("tenures")
    return frozenset(data["positions"]) | frozenset(w for kind in data["kinds"].values() for w in kind)


def _holds_position(verb: str, role: str) -> bool:
    """Whether the words after a verb of ``free`` name a position ("archdeacon", "as chairman", "in office")."""
    data = load("tenures")
    if verb.lower() not in data["free"]:
        return True
    lowered = role.strip().lower()
    if any(lowered == p or lowered.startswith(p + " ") for p in data["positioned"]):
        return True
    words = lowered.split()
    return bool(words) and (words[0] in _position_words() or (len(words) > 1 and words[1] in _position_words()))


class People:
    """Who a verb is said of: the name or pronoun right before it, resolved to the article's names."""

    def __init__(self, p: Pairing) -> None:
        self.p = p
        self._lead: tuple[str, str] | None = None

    def before(self, text: str, start: int) -> str:
        """The person the verb at ``start`` of ``text`` is said of, lower-cased; "" when it is unclear."""
        _, _, person, _ = _patterns()
        found = None
        for m in person.finditer(text, max(0, start - 160), start):
            found = m
        if found is None or text[found.end() : found.end() + 2] in ("'s", "’s"):
            return ""
        between = text[found.end() : start]
        if not _BETWEEN.fullmatch(between) or not _NOT_SAID_OF.isdisjoint(between.lower().split()):
            return ""
        name = found.group()
        if name.lower() in ("he", "she"):
            if any(self._names_someone(m) for m in person.finditer(text, 0, found.start())):
                return ""  # "Thurstan held the see until 1140, when he died": he is the name before
            if self._lead is None:
                pronoun = lead_pronoun(self.p)
                self._lead = (pronoun, lead_person(self.p) if pronoun else "")
            pronoun, lead = self._lead
            return lead if lead and name.lower() == pronoun else ""
        words = [w for w in name.split() if w.lower() not in stopwords()]
        return " ".join(words).lower()

    def _names_someone(self, m: re.Match[str]) -> bool:
        """Whether a match of the person pattern is a name: not "he" or "she", not function words, and not a
        first word of the claim that is an ordinary word ("Although", "After"; :meth:`Pairing.not_a_name`)."""
        words = [w for w in m.group().split() if w.lower() not in stopwords() and w.lower() not in ("he", "she")]
        if m.start() == 0 and len(words) == 1 and words[0] == m.group().split()[0]:
            return not self.p.not_a_name(words[0].lower())
        return bool(words)


def find_tenures(claim: int, text: str, people: People) -> list[Tenure]:
    """The positions a claim says a person held until a year."""
    tenure, _, _, _ = _patterns()
    found = []
    for m in tenure.finditer(text):
        role = m.group("role")
        if len(role.split()) > MAX_ROLE_WORDS or not _holds_position(m.group("verb"), role):
            continue
        person = people.before(text, m.start())
        if person:
            found.append(Tenure(claim, person, _content(role), int(m.group("year")), f"until {m.group('year')}"))
    return found


def find_ends(claim: int, text: str, people: People) -> list[End]:
    """The deaths and losses of position a claim dates."""
    _, end, _, losses = _patterns()
    data = load("tenures")
    found = []
    for m in end.finditer(text):
        verb = " ".join(m.group("verb").lower().split())
        person = people.before(text, m.start())
        if not person:
            continue
        year = int(m.group("year"))
        when = f"{m.group('prep')} {m.group('date')}"
        loss = losses.get(verb)
        if loss is None:
            found.append(End(claim, person, "died", frozenset(), frozenset(), year, when))
            continue
        kind = data["losses"][loss]["ends"]
        if kind:
            found.append(End(claim, person, loss, frozenset(data["kinds"][kind]), frozenset(), year, when))
        elif named := _content(m.group("mid")):
            found.append(End(claim, person, loss, frozenset(), named, year, when))
    return found


def _ended(tenure: Tenure, end: End) -> bool:
    """Whether ``end`` ends the position of ``tenure`` before the year it is said to be held until."""
    if end.year >= tenure.until:
        return False
    if end.kind == "died":
        return True
    if end.ends:
        return not tenure.role.isdisjoint(end.ends)
    return bool(end.named) and end.named == tenure.role


def _only_lead(word: str, lead: str, p: Pairing) -> bool:
    """Whether ``word`` is the first or the last name of ``lead`` and of no other full name in the article."""
    first, last = lead.split()[0], lead.split()[-1]
    if word not in (first, last):
        return False
    title = re.escape(word.title())
    others = re.compile(rf"\b[A-Z][\w'’-]*\s+{title}\b" if word == last else rf"\b{title}\s+[A-Z][\w'’-]*")
    full = re.compile(re.escape(lead), re.IGNORECASE)
    return not any(others.search(full.sub("", text)) for text in p.texts if word.title() in text)


def tenure_conflicts(p: Pairing) -> list[tuple[int, int, Tenure, End]]:
    """(earlier claim, later claim, tenure, end) for each position held past its holder's death or loss of it."""
    people = People(p)
    tenures: dict[str, list[Tenure]] = defaultdict(list)
    ends: dict[str, list[End]] = defaultdict(list)
    tenure_words, end_words = _gates()
    for index, text in enumerate(p.texts):
        if not p.has_figure(index) or p.hedged(index):
            continue
        words = p.words[index] if text.isascii() else None
        if _may_say(words, tenure_words):
            for t in find_tenures(index, text, people):
                tenures[t.person].append(t)
        if _may_say(words, end_words):
            for e in find_ends(index, text, people):
                ends[e.person].append(e)
        if lifespan := LIFESPAN.match(text):
            name, year = lifespan.group("name").lower(), int(lifespan.group("died"))
            ends[name].append(End(index, name, "died", frozenset(), frozenset(), year, f"in {year}"))
    if not tenures or not ends:
        return []
    names = full_names(set(tenures) | set(ends), p)
    lead = lead_person(p)
    for short in list(tenures) + list(ends):
        if short not in names and lead and " " not in short and _only_lead(short, lead, p):
            names[short] = lead  # "Osric" or "Vell" alone: the person the article is about
    merged_t: dict[str, list[Tenure]] = defaultdict(list)
    merged_e: dict[str, list[End]] = defaultdict(list)
    for person, items in tenures.items():
        merged_t[names.get(person, person)].extend(items)
    for person, items_e in ends.items():
        merged_e[names.get(person, person)].extend(items_e)
    found: dict[tuple[int, int], tuple[int, int, Tenure, End]] = {}
    flagged: set[int] = set()  # a claim is reported against one earlier claim at most
    for person, held in merged_t.items():
        for tenure in held[:MAX_PER_PERSON]:
            for end in merged_e.get(person, [])[:MAX_PER_PERSON]:
                pair = (min(tenure.claim, end.claim), max(tenure.claim, end.claim))
                if end.claim != tenure.claim and pair[1] not in flagged and _ended(tenure, end):
                    found.setdefault(pair, (*pair, replace(tenure, person=person), end))
                    flagged.add(pair[1])
    return [found[k] for k in sorted(found)]
