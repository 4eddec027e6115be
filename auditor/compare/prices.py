"""Prices: one price of one thing given two values (CON003).

"Tickets cost $45" and "At $65 a ticket, the festival ...", "The novel sells for $28" and "The $38 novel", "A season
ticket costs £340" and "The club charges £430 for a season ticket": what one thing costs is one quantity, told with a
verb of price ("costs", "sells for", "is priced at": ``knowledge/prices.json`` "verbs"), as a rate of a unit ("$29 a
dose", "£18 per adult", "£12 for adults"), after the thing as an aside ("The novel, priced at $38,") or fronted
("Priced at $899, the phone ..."), before the thing ("the €45 daily pass") or after a seller's "charges ... for a".
A :class:`Price` is the thing (the unit paid for when a rate names one, else the head of the subject), the words
before it and the sum; two prices of one thing in one currency that differ conflict.

Quiet where the two may not be one price: another currency (:mod:`auditor.compare.currencies` reads those), other
lower-case words before the thing ("a weekly pass" / "the daily pass"), each claim naming something the other does
not, a rate of time ("$10 a month"), a word right after that narrows it to one case ("on the day", "online", "with",
"or"), a word of change, offer, bound, plan or time near either ("from", "discount", "rose", "will", "last", "ago":
"apart"), different years, a bound or a range, claims in a quotation or hedged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from auditor.compare.quantities import Quantity, find_quantities
from auditor.compare.sizes import Size, years_near
from auditor.compare.statements import stem
from auditor.compare.traits import alike_mods, names_beyond
from auditor.knowledge import load
from auditor.phrases import alternation
from auditor.text import stopwords

_YEARS = re.compile(r"(?<![\d$£€¥.,])(?:1[89]|20)\d\d(?![\d%])")
NEAR_WORDS = 6
"""Words either side of a price read for a word of another price ("apart")."""
MAX_LATER = 12
"""Each price is compared with at most this many later prices of the same thing."""


@dataclass(frozen=True, slots=True)
class Price:
    """What one thing costs, as one claim tells it."""

    claim: int
    thing: str
    """The stem of the thing's noun ("ticket", "dose", "adult")."""
    mods: tuple[str, ...]
    """Words before the thing, as written ("season", "daily")."""
    quantity: Quantity
    label: str
    """What is priced, for messages ("price of the ticket", "price per adult")."""
    topic: frozenset[str]
    """Lower-case nouns of what the thing is of or for ("festival" in "Tickets for the festival", "At $65 a ticket,
    the festival"): two prices with topics that share none are of two things."""


@cache
def _data() -> dict[str, list[str]]:
    return {k: v for k, v in load("prices").items() if isinstance(v, list)}


@cache
def _apart() -> frozenset[str]:
    return frozenset(_data()["apart"])


@cache
def _currencies() -> frozenset[str]:
    return frozenset(load("numbers")["currencies"].values())


_WORD = r"[A-Za-z][\w'’-]*"
_PREP = re.compile(r"\s+(?:for|to|of|at|in|on|from|with)\s+", re.IGNORECASE)
_DETERMINERS = frozenset(("the", "a", "an", "its", "their", "this", "our", "his", "her", "each", "every", "one"))


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    data = _data()
    return {
        "verb": re.compile(
            rf"(?:^|[,;:]\s+|\b(?:that|which)\s+)(?P<np>(?:{_WORD}\s+){{0,7}}?{_WORD})\s+(?:{alternation(data['verbs'])})"
            r"\s+$"
        ),
        "priced": re.compile(
            r"(?P<np>\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Tt]his|[Oo]ur)\s+(?:[\w'’-]+\s+){0,2}?[a-z][\w-]*),\s+priced\s+at\s+$"
        ),
        "charge": re.compile(rf"\b(?:{alternation(data['charge'])})\s+$"),
        "compound": re.compile(r"\b(?:the|a|an|its|their|this|our)\s+$", re.IGNORECASE),
        "per": re.compile(rf"\s+(?:{alternation(data['per'])})\s+(?P<unit>[a-z][\w-]*)\b"),
        "for_payer": re.compile(rf"\s+for\s+(?P<unit>{alternation(data['payers'])})\b"),
        "for_thing": re.compile(r"\s+for\s+(?:a|an|the|one)\s+(?P<np>[^,.;:]*)"),
        "fronted": re.compile(r"^(?:At|Priced\s+at)\s+$"),
        "fronted_subject": re.compile(
            r"\s*(?:(?:a|an|per|each)\s+[a-z][\w-]*\s*)?,\s+(?P<np>(?:the|its|their|this)(?:\s+[a-z][\w-]*){1,3})"
        ),
    }


def _topic(text: str) -> frozenset[str]:
    """The lower-case nouns of a phrase, without function words ("of the vaccine": "vaccine")."""
    words = re.findall(r"\b[a-z][\w-]*", text)
    return frozenset(stem(w) for w in words if w not in stopwords() and w not in _DETERMINERS)


def _head(np: str) -> tuple[str, tuple[str, ...]] | None:
    """The head noun of a noun phrase and the words before it ("Tickets for the festival": "tickets"; "A season
    ticket at Rovers": "ticket", ("season",)); None when it has none."""
    np = _PREP.split(np, maxsplit=1)[0]
    words = [w for w in np.split() if w.lower() not in _DETERMINERS and not w.endswith(("'s", "’s", "s'", "s’"))]
    for n, word in enumerate(words):
        if word.lower() in stopwords():
            words = words[:n]  # "season ticket this year": the phrase ends before a function word
            break
    if not words or "'" in words[-1] or "’" in words[-1]:
        return None
    head = words[-1]
    if not head[:1].islower() and len(words) > 1:
        return None  # "... costs": a name, not a kind of thing
    if head.lower() in stopwords() or head.lower().endswith("ly"):
        return None
    return head.lower(), tuple(words[:-1][-2:])


def _subject(np: str) -> str:
    """A subject's words up to its verb ("the cookery course includes all": "the cookery course")."""
    words = np.split()
    for n, word in enumerate(words[1:], start=1):
        if word in _data()["after_compound"] or word in stopwords():
            return " ".join(words[:n])
    return " ".join(words)


def _unit(text: str, q: Quantity) -> tuple[str | None, int, bool]:
    """The unit a price is paid for, right after it ("a dose", "per adult", "for adults"), where it ends, and whether
    it is a rate of time ("a month")."""
    pats = _patterns()
    m = pats["per"].match(text, q.end) or pats["for_payer"].match(text, q.end)
    if m is None:
        return None, q.end, False
    unit = m.group("unit").lower()
    return unit, m.end(), unit.rstrip("s") in _data()["time_units"]


def find_prices(claim: int, text: str) -> list[Price]:
    """The prices a claim gives things (see the module docstring for the wordings read)."""
    pats = _patterns()
    data = _data()
    found: list[Price] = []
    for q in find_quantities(text):
        if q.unit not in _currencies() or q.qualifier != "exact" or q.value <= 0:
            continue
        before = text[max(0, q.start - 80) : q.start]
        unit, end, timed = _unit(text, q)
        if timed:
            continue  # "$10 a month": a rate
        after = text[q.end :]
        following = re.match(r"\s*([\w'’-]+)", text[end:])
        if following and following.group(1).lower() in data["narrowing"]:
            continue  # "$40 on the day", "£12 online", "$45 or $50"
        head: tuple[str, tuple[str, ...]] | None = None
        topic = frozenset[str]()
        if (m := pats["verb"].search(before)) is not None or (m := pats["priced"].search(before)) is not None:
            np = m.group("np")
            if m.start("np") == 0 or not text[: m.start("np")].strip():
                np = np[:1].lower() + np[1:]  # a sentence's capital: "Adult tickets cost ..."
            head = _head(np)
            parts = _PREP.split(np, maxsplit=1)
            topic = _topic(parts[1]) if len(parts) > 1 else topic
        elif pats["charge"].search(before) and (t := pats["for_thing"].match(text, q.end)) is not None:
            head = _head(t.group("np"))
        elif pats["fronted"].search(before) and (s := pats["fronted_subject"].match(text, q.end)) is not None:
            np = _subject(s.group("np"))
            head = _head(np) if unit is None else (unit, ())
            topic = _topic(np) if unit is not None else topic
        elif pats["compound"].search(before):
            words = re.findall(r"[a-z][\w-]*|\S", after[:40])
            for n, word in enumerate(words[1:3], start=1):
                if word in data["after_compound"] or not word[:1].isalpha():
                    head = (words[n - 1], tuple(words[: n - 1])) if n > 0 and words[n - 1][:1].isalpha() else None
                    break
        if unit is not None:  # "A museum pass costs £25 for adults": the unit is priced, the phrase is its topic
            topic = topic | (_topic(" ".join([*head[1], head[0]]).lower()) if head else frozenset())
            head = (unit, ())
        if head is None or head[0] in stopwords():
            continue
        label = f"price per {head[0]}" if unit is not None else f"price of the {' '.join([*head[1], head[0]]).lower()}"
        found.append(Price(claim, stem(head[0]), head[1], q, label, topic))
    return found


def _near(text: str, q: Quantity) -> set[str]:
    before = re.findall(r"[a-z][\w'’-]*", text[: q.start].lower())[-NEAR_WORDS:]
    after = re.findall(r"[a-z][\w'’-]*", text[q.end :].lower())[:NEAR_WORDS]
    return {*before, *after}


def price_conflicts(texts: list[str], skip: frozenset[int]) -> list[Size]:
    """Pairs of prices of one thing in one currency that differ, each later claim against one earlier claim."""
    told: dict[str, list[Price]] = {}
    for index, text in enumerate(texts):
        if index in skip or (not any(c in text for c in "$£€¥") and "euro" not in text.lower()):
            continue
        for price in find_prices(index, text):
            if _apart().isdisjoint(_near(text, price.quantity)):
                told.setdefault(price.thing, []).append(price)
    found: list[Size] = []
    flagged: set[int] = set()
    for same in told.values():
        for n, first in enumerate(same):
            for second in same[n + 1 : n + 1 + MAX_LATER]:
                if second.claim == first.claim or second.claim in flagged:
                    continue
                a, b = first.quantity, second.quantity
                if a.unit != b.unit or a.overlaps(b) or not alike_mods(first.mods, second.mods):
                    continue
                if first.topic and second.topic and first.topic.isdisjoint(second.topic):
                    continue  # "Tickets for the zoo" / "At £18 a ticket, the aquarium"
                one, other = texts[first.claim], texts[second.claim]
                if names_beyond(one, other) and names_beyond(other, one):
                    continue  # two sellers' or two products' prices
                if years_near(one, a) != years_near(other, b) or set(_YEARS.findall(one)) != set(_YEARS.findall(other)):
                    continue  # "The fee in 2026 is $120" / "In 2027 it is $300": two years' prices
                found.append(Size(second.claim, first.claim, b, a, second.label))
                flagged.add(second.claim)
    return found
