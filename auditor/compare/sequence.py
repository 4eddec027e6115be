"""Sequence: one-time events of one subject in an order that cannot be ("born in 1950" and "died in 1940").

Events come from :mod:`auditor.compare.events`; ``knowledge/events.json`` ``order`` lists the pairs of event
groups where the first cannot come after the second: a person is born before being elected, marrying or dying,
and dies after them; a body is founded before it is dissolved. A claim that opens with "He" or "She" is read as
said of the person the article opens with, and a surname alone as the one full name ending with it
(:func:`~auditor.compare.predicates.lead_person`, :func:`~auditor.compare.predicates.full_names`).
"""

from __future__ import annotations

from collections import defaultdict
from functools import cache

from auditor.compare.events import Date, Event, claim_events, event_claims
from auditor.compare.pairing import Pairing
from auditor.compare.predicates import full_names, lead_person, lead_pronoun
from auditor.compare.subjects import PRONOUN
from auditor.knowledge import load

MAX_EVENTS = 24
"""At most this many events of one subject are put in order (the first ones the article gives)."""


@cache
def _order() -> frozenset[tuple[str, str]]:
    """Pairs (earlier group, later group) of events that happen in that order."""
    return frozenset((first, second) for first, second in load("events")["order"])


def after(first: Date, second: Date) -> bool:
    """Whether ``first`` is certainly later than ``second`` (as precise as both are written)."""
    if first.low > second.high:
        return True
    if first.low != first.high or second.low != second.high or first.low != second.low:
        return False
    if first.month is None or second.month is None or first.month != second.month:
        return first.month is not None and second.month is not None and first.month > second.month
    return first.day is not None and second.day is not None and first.day > second.day


def order_conflicts(p: Pairing) -> list[tuple[Event, Event]]:
    """Pairs (earlier claim, later claim) whose events of one subject cannot happen in the order they are dated."""
    order = _order()
    groups = {g for pair in order for g in pair}
    lead: str | None = None
    pronoun = ""
    by_subject: dict[str, list[Event]] = defaultdict(list)
    claims = event_claims(p)
    if len(claims) < 2:
        return []  # events of one claim are never set against each other
    for index in claims:
        text = p.texts[index]
        if text.startswith(("He ", "She ")):
            if lead is None:
                pronoun = lead_pronoun(p)
                lead = lead_person(p) if pronoun else ""
            if not lead or text[: text.index(" ")].lower() != pronoun:
                continue  # "she" in an article about a man is someone else
            text = lead.title() + text[text.index(" ") :]
        for event in claim_events(p, index, text):
            # "its founding", "her death": whose is left to CON004's own resolution
            if event.group in groups and event.subject != PRONOUN:
                by_subject[event.subject].append(event)
    names = full_names(set(by_subject), p)
    for short, full in names.items():
        by_subject[full].extend(by_subject.pop(short))
    conflicts: dict[tuple[int, int], tuple[Event, Event]] = {}
    for events in by_subject.values():
        events = sorted(events, key=lambda e: e.claim)[:MAX_EVENTS]
        for n, first in enumerate(events):
            for second in events[n + 1 :]:
                if first.claim == second.claim:
                    continue
                if ((first.group, second.group) in order and after(first.date, second.date)) or (
                    (second.group, first.group) in order and after(second.date, first.date)
                ):
                    conflicts.setdefault((first.claim, second.claim), (first, second))
    return [conflicts[k] for k in sorted(conflicts)]
