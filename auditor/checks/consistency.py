"""CON rules (CON003 to CON006): statements of one article that cannot all be true.

Every finding names both claims: ``claim`` is the later one (its span is the finding's), ``related`` the
earlier one, the message quotes both and says what to do, and ``evidence`` holds the values compared. A claim
that contradicts itself (CON005: a word of fortune against its outcome, opposite feelings about one thing) is
the finding's only claim, with no ``related``.

The rules share one pass over the article. Claims that share rare words are lined up term by term
(:mod:`auditor.compare.pairing`, :mod:`auditor.compare.statements`), and what differs between two near-identical claims is
classified here: a flipped polarity (CON005), a changed figure (CON003) or a changed year of a one-time event
(CON004). Claims worded differently are compared through what they are about: figures of the same measure
(:mod:`auditor.compare.measures`), dates of the same event (:mod:`auditor.compare.events`), and the ages, kinships, offices
and nationalities of the same person (:mod:`auditor.compare.attributes`, CON006).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from auditor.article import Article
from auditor.checks import rule
from auditor.compare.ages import age_conflicts
from auditor.compare.attributes import attribute_conflicts
from auditor.compare.casualties import toll_conflicts
from auditor.compare.enumerations import listed_counts, named_counts
from auditor.compare.events import event_conflicts
from auditor.compare.families import Count as Family
from auditor.compare.families import family_conflicts
from auditor.compare.feelings import feeling_conflicts
from auditor.compare.figures import measure_conflicts
from auditor.compare.fortunes import fortune_conflicts
from auditor.compare.frequencies import frequency_conflicts
from auditor.compare.holders import holder_conflicts
from auditor.compare.lists import ListItems
from auditor.compare.makers import maker_conflicts
from auditor.compare.measures import comparable, is_duration, is_measure, subject_of
from auditor.compare.pairing import Comparison, Pairing, comparisons, pairing
from auditor.compare.predicates import predicate_conflicts
from auditor.compare.presuppositions import presupposed_denials
from auditor.compare.quantities import Quantity, find_quantities
from auditor.compare.sequence import order_conflicts
from auditor.compare.statements import Statement, Term, stem, wordlist
from auditor.compare.superlatives import superlative_conflicts
from auditor.compare.tallies import tally_conflicts
from auditor.compare.tenures import tenure_conflicts
from auditor.compare.weekdays import weekday_conflicts
from auditor.compare.winners import win_conflicts
from auditor.knowledge import load
from auditor.model import Hit
from auditor.phrases import alternation
from auditor.text import quote

MIN_MATCHED = 3
"""Terms two claims must share, besides what differs, to be one statement (and then nothing else may differ)."""
MAX_SHORT_EXTRA = 1
"""Terms of the shorter claim the longer one may lack, and still say the same thing."""
WELL_MATCHED = 6
"""Sharing this many terms, the shorter claim may lack one more."""
MAX_LONG_EXTRA = 2
"""Terms the longer claim may add inside the stretch it shares with the shorter one ("heavily modified")."""
MAX_LEAD = 2
"""Terms the longer claim may have before the shared stretch when the shorter one has more than that stretch."""
TRAIL_MATCHED = 5
"""Sharing this many terms, the shorter claim may go on with a clause of its own."""


# ---------------------------------------------------------------- what two lined-up claims have in common


def _same_statement(c: Comparison, *, strict: bool) -> bool:
    """The two claims say the same thing but for what the rules look at (polarity, a figure).

    ``strict`` (for changed figures) also refuses an ordinal that only one claim has: "the new stadium
    opened in 1990" and "the stadium opened in 1960" may be two stadiums.
    """
    a = c.alignment
    if c.short.hedged or c.long.hedged or a.clashes or a.lead_negations:
        return False
    matched = sum(1 for t in a.matched if t.kind != "modal")
    if matched < MIN_MATCHED:
        return False
    # The shared stretch must start both claims, where the subject stands; the longer one may open with a
    # preamble ("During the game night, ...") only when the shorter one is wholly inside it.
    if len(a.lead) > MAX_SHORT_EXTRA or (a.long_lead > MAX_LEAD and (a.lead or a.trail)):
        return False
    if strict and a.long_lead and (a.lead or any(t.kind == "ordinal" for t in c.long.terms[: a.long_lead])):
        return False  # "The north terminal ..." / "The south terminal ...", "The old bridge ...": its own subject
    if any(t.kind == "modal" for t in c.long.terms[: a.long_lead]):
        return False  # a preamble in another mood ("A certificate might be wrong, in which case ...")
    if _without(c.short.text) != _without(c.long.text):
        return False  # "an attacker without a key cannot ..." / "an attacker who has a key can ...": two cases
    if _relative(c.long, a.long_lead):
        return False  # "..., which increases the fee": the shared stretch is said of something else
    tolerated = ("word",) if strict else ("word", "ordinal")
    if _possessed(c.long, a.long_extra) or _possessed(c.short, (*a.lead, *a.inner)):
        return False  # "the company's parent is based in Leeds": said of the parent, not of the company
    if any(t.kind not in tolerated for t in (*a.lead, *a.inner, *a.long_extra)):
        return False  # a name, year, figure or modal of its own: another subject, occasion or mood
    if strict and any(t.kind == "name" for t in a.trail) and not {t.key for t in a.trail} <= set(c.long.keys):
        return False  # "5,330 sites deploy Kestrel" / "19,098 sites deploy Larkspur": the same words of two things
    if any(t.kind in ("year", "number") for t in a.trail) or (strict and a.long_dates):
        return False  # "sold 4,000 rugs in 2022" and "in 2023 sold 5,500 rugs": two years, two figures
    extra = len(a.lead) + len(a.inner)
    if matched == MIN_MATCHED:
        # Three shared terms are one statement only with nothing else; an antonym may end in its own noun
        # ("a for-profit business" / "a non-profit organisation").
        return not extra and len(a.long_extra) <= 1 and len(a.trail) <= (1 if a.flips else 0)
    if extra > (MAX_SHORT_EXTRA + 1 if matched >= WELL_MATCHED else MAX_SHORT_EXTRA):
        return False
    if len(a.long_extra) > MAX_LONG_EXTRA:
        return False
    # What the shorter claim adds after the shared stretch is another clause, when the stretch is long enough.
    return not a.trail or matched >= TRAIL_MATCHED


def _possessed(statement: Statement, extra: tuple[Term, ...]) -> bool:
    """Whether a term of ``extra`` comes right after a possessive ("the company's parent")."""
    starts = {t.start for t in extra}
    pairs = zip(statement.terms, statement.terms[1:], strict=False)
    return bool(starts) and any(t.start in starts and p.text.endswith(("'s", "’s")) for p, t in pairs)


_WITHOUT = re.compile(r"\bwithout\b", re.IGNORECASE)


def _without(text: str) -> bool:
    return _WITHOUT.search(text) is not None


_RELATIVE = re.compile(r"\b(?:which|who|whom|whose)\s+$", re.IGNORECASE)


def _relative(statement: Statement, first: int) -> bool:
    """Whether the shared stretch of a statement, from its term ``first`` on, is a relative clause: its
    subject is whatever the pronoun before it stands for, not the other claim's subject."""
    if first == 0 or first >= len(statement.terms):
        return False
    start = statement.terms[first].start
    return _RELATIVE.search(statement.text, max(0, start - 30), start) is not None


def _changed_values(c: Comparison, kind: str) -> list[tuple[Term, Term]]:
    """The values of ``kind`` (years or figures) that changed, when the claims are one statement otherwise."""
    a = c.alignment
    if not a.swaps or a.polarity_differs or any(s.kind != kind for s, _ in a.swaps):
        return []
    if not _same_statement(c, strict=True):
        return []
    return [(s, t) for s, t in a.swaps if s.key != t.key]


def _subject(c: Comparison) -> str:
    """The words both claims share, as a short description of what they are about."""
    keys = set(c.long.keys)
    return " ".join(t.text for t in c.short.terms if t.key in keys and t.sign == 0)[:80]


def _hit(article: Article, earlier: int, later: int, finding: str, action: str, evidence: dict[str, object]) -> Hit:
    """A finding on the later claim that names and quotes the earlier one."""
    first, second = article.claims[earlier], article.claims[later]
    message = f"{quote(second.text)} contradicts an earlier claim, {quote(first.text)}: {finding}. {action}"
    return Hit(second.start, second.end, message, claim=second.id, related=(first.id,), evidence=evidence)


# ---------------------------------------------------------------- CON003


@rule("CON003", "numeric-conflict", "error")
def numeric_conflict(article: Article) -> Iterator[Hit]:
    """The same quantity of the same subject given two values.

    Figures are normalised ("1.2 million", "1,200,000", "twelve hundred", "1.2m"; percentages, currencies
    and units: "860 metres", "0.86 km", "the 860-metre bridge") and compared as ranges: "about 1,200" and
    "more than 1,100" agree, "1,200" and "1,500" do not. Words of one measure count as one ("a staff of
    4,100 nurses", "the 3,800 nurses it employs"). Figures of different years, periods, places, subjects,
    releases or sources are not compared, nor comparisons, goals and limits, or a total and one part of it,
    nor the figures of two items of one list (a list sets out different things: "23% said X", "10% said Y"),
    nor one row of two lists with the same item labels (one table set out again for another year or analysis).
    A person's relatives counted twice ("Vane had three sons" / "Vane's four sons", "an only child" / "her two
    sisters": :mod:`auditor.compare.families`) are the same quantity too, and so is how many times one subject did
    one thing ("won the county cup twice" / "won the county cup three times": :mod:`auditor.compare.frequencies`).
    So is a count of the whole event smaller than one day's count of the same act ("destroyed 40 homes near Kelso
    on Tuesday" / "The fire, which destroyed 25 homes, is now contained": :mod:`auditor.compare.tallies`), and a count
    announced and the list after it ("Five ways to ..." over six items or subheadings, "The report makes
    four recommendations:" over five bullets, "the three candidates: A, B, C and D": :mod:`auditor.compare.enumerations`;
    a finding on the heading or the announcing claim alone); a selection ("top 10", "including") is not read.

    Flagged: Harwell Motors cut 1,200 jobs at its Leeds plant this spring. | Unions called a strike. | Harwell Motors cut 1,500 jobs at its Leeds plant this spring.
    Clean: Harwell Motors cut about 1,200 jobs at its Leeds plant this spring. | Harwell Motors cut more than 1,100 jobs at its Leeds plant this spring.
    """
    reported: set[tuple[int, int]] = set()
    siblings = ListItems(article)
    for c in comparisons(article):
        if siblings.apart(c.earlier, c.later):
            continue
        changed = _changed_values(c, "number")
        if not changed or c.alignment.long_extra:
            continue  # "txs with *multiple* outputs": a word inside the shared stretch narrows what is counted
        conflict = _conflicting_figures(c, changed)
        if conflict is not None:
            old, new = conflict if c.short_is_earlier else (conflict[1], conflict[0])
            reported.add((c.earlier, c.later))
            yield _figure_hit(article, c.earlier, c.later, old, new, _subject(c))
    for first, second in measure_conflicts(pairing(article)):
        if (first.claim, second.claim) not in reported and not siblings.apart(first.claim, second.claim):
            reported.add((first.claim, second.claim))
            subject = subject_of(pairing(article), first, second)
            yield _figure_hit(article, first.claim, second.claim, first.quantity, second.quantity, subject)
    for one, other in family_conflicts(pairing(article)):
        if (one.claim, other.claim) not in reported:
            reported.add((one.claim, other.claim))
            values = [_family_count(one), _family_count(other)]
            finding = f"{one.person.title()}'s {one.kin} are counted as {values[0]} and as {values[1]}"
            action = "Check how many there are and correct the wrong count."
            yield _hit(article, one.claim, other.claim, finding, action, {"subject": f"{one.person} {one.kin}", "values": values})
    for once, again in frequency_conflicts(pairing(article)):
        if (once.claim, again.claim) not in reported:
            reported.add((once.claim, again.claim))
            finding = f"the same act is said to have happened {once.text} and {again.text}"
            action = "Check how many times it happened and correct the wrong count."
            subject = f"{once.subject} {once.verb} {' '.join(sorted(once.obj))}"
            yield _hit(article, once.claim, again.claim, finding, action, {"subject": subject, "values": [once.text, again.text]})
    # One day's count of an act against a smaller count of the whole event (tallies.py).
    for early, late in tally_conflicts(pairing(article).texts, pairing(article).spoken):
        if (early.claim, late.claim) not in reported:
            reported.add((early.claim, late.claim))
            day, whole = (early, late) if not early.whole else (late, early)
            finding = f"the whole event's count ({whole.text}) is smaller than one day's ({day.text})"
            tallied: dict[str, object] = {"subject": f"{day.verb} {day.noun}", "values": [early.value, late.value]}
            yield _hit(article, early.claim, late.claim, finding, "Check both counts and correct the wrong one.", tallied)
    # A count announced and a list of another length after it (enumerations.py): one claim, heading or lead.
    counts = [*listed_counts(article), *(e for i, t in enumerate(pairing(article).texts) for e in named_counts(i, t))]
    for e in counts:
        claim = article.claims[e.claim] if e.claim is not None else None
        where = (claim.start, claim.end) if claim is not None else (e.start, e.end)
        message = f"{quote(claim.text if claim else article.document.text[e.start:e.end])} {e.finding}"
        yield Hit(*where, message, claim=claim.id if claim else None, evidence={"subject": e.phrase, "values": [e.count, e.listed]})


def _family_count(count: Family) -> str:
    """A count of relatives as the message gives it ("3", "at least 1")."""
    return f"at least {count.value}" if count.at_least else str(count.value)


def _conflicting_figures(c: Comparison, changed: list[tuple[Term, Term]]) -> tuple[Quantity, Quantity] | None:
    """The first changed figure whose two values cannot both be true (same unit, ranges that do not overlap)."""
    for s, t in changed:
        a, b = _measure_at(c.short.text, s.start), _measure_at(c.long.text, t.start)
        if a is None or b is None or a.unit != b.unit or a.overlaps(b):
            continue
        if comparable(c.short.text, a, c.long.text, b):
            return a, b
    return None


def _measure_at(text: str, offset: int) -> Quantity | None:
    """The figure at ``offset`` of a claim, when it measures something (not an age, a date or a code)."""
    for q in find_quantities(text):
        if q.start <= offset < q.end:
            return q if is_measure(q, text) and not is_duration(q, text) else None
    return None


def _figure_hit(article: Article, earlier: int, later: int, old: Quantity, new: Quantity, subject: str) -> Hit:
    return _hit(
        article,
        earlier,
        later,
        f"the same figure is given as {old.text} and as {new.text}",
        "Check the figure and correct the wrong one.",
        {"subject": subject, "values": [old.text, new.text]},
    )


# ---------------------------------------------------------------- CON004


@rule("CON004", "date-conflict", "error")
def date_conflict(article: Article) -> Iterator[Hit]:
    """The same event of the same subject given two different dates.

    Things founded, launched, released, born, died, signed, elected, opened or built happen once; an
    article that dates one of them twice is wrong at least once. Events of one subject dated in an order
    that cannot be ("born in 1950" / "died in 1940", "elected in 1962" / "died in 1958") are wrong too, and so
    is a position held until a year after its holder died or lost it ("remained abbess until 1410" / "died in 1402").
    A weekday written with a date it does not fall on ("on Tuesday, March 6, 2024", a Wednesday) gives one day two
    ways in one claim (:mod:`auditor.compare.weekdays`; a year or month left out is taken from the article's date
    only where no other reading fits). Different subjects, and events that recur, are not compared.

    Flagged: The Marlow Ferry Company was founded in 1921 by two brothers. | Its boats still cross the estuary. | The Marlow Ferry Company was founded in 1927 by two brothers.
    Clean: The Marlow Ferry Company was founded in 1921 by two brothers. | The Dunmore Ferry Company was founded in 1927 by two sisters.
    """
    reported: set[tuple[int, int]] = set()
    for c in comparisons(article):
        changed = _changed_values(c, "year")
        if changed and _one_time_event(c.short) and _one_time_event(c.long):
            old, new = changed[0] if c.short_is_earlier else (changed[0][1], changed[0][0])
            reported.add((c.earlier, c.later))
            yield _date_hit(article, c.earlier, c.later, old.text, new.text, _subject(c))
    for first, second in event_conflicts(pairing(article)):
        if (first.claim, second.claim) not in reported:
            reported.add((first.claim, second.claim))
            subject = f"{first.subject} ({first.group})"
            yield _date_hit(article, first.claim, second.claim, first.when, second.when, subject)
    for first, second in order_conflicts(pairing(article)):
        if (first.claim, second.claim) not in reported:
            reported.add((first.claim, second.claim))
            yield _hit(
                article,
                first.claim,
                second.claim,
                f"{first.subject.title()}'s events are dated {first.group} {first.when} and {second.group}"
                f" {second.when}, an order that cannot be",
                "Check both dates and correct the wrong one.",
                {"subject": first.subject, "values": [f"{first.group} {first.when}", f"{second.group} {second.when}"]},
            )
    for earlier, later, tenure, end in tenure_conflicts(pairing(article)):
        if (earlier, later) not in reported:
            reported.add((earlier, later))
            values = [" ".join([*sorted(tenure.role), tenure.when]), f"{end.kind} {end.when}"]
            yield _hit(
                article,
                earlier,
                later,
                f"{tenure.person.title()} is said to hold a position {tenure.when}, and to have "
                + ("died" if end.kind == "died" else f"lost it ({end.kind})")
                + f" {end.when}",
                "Check both dates and correct the wrong one.",
                {"subject": tenure.person, "values": values},
            )
    # A weekday written with a date that falls on another day: one claim gives one day two ways (weekdays.py).
    starts = [c.start for c in article.claims]
    for day in weekday_conflicts(pairing(article).texts, article.document.text, starts, article.dating.day, pairing(article).spoken):
        claim = article.claims[day.claim]
        evidence: dict[str, object] = {"subject": day.text, "values": [day.written, f"{day.date.isoformat()} ({day.actual})"]}
        yield Hit(claim.start, claim.end, f"{quote(claim.text)} {day.finding}", claim=claim.id, evidence=evidence)


@cache
def _event_stems() -> frozenset[str]:
    """Stems of the verbs of one-time events ("founded", "born", "released") and of works ("film")."""
    events = load("events")
    verbs = {stem(v.split()[0]) for forms in events["groups"].values() for v in forms}
    return frozenset(verbs | {stem(w.split()[-1]) for w in events["works"]})


def _one_time_event(statement: Statement) -> bool:
    """Whether the statement reports a one-time event: a year that changes there is a date conflict."""
    return not _event_stems().isdisjoint(t.key for t in statement.terms)


def _date_hit(article: Article, earlier: int, later: int, old: str, new: str, subject: str) -> Hit:
    return _hit(
        article,
        earlier,
        later,
        f"the same event is dated {old} in one and {new} in the other",
        "Check the date and correct the wrong one.",
        {"subject": subject, "values": [old, new]},
    )


# ---------------------------------------------------------------- CON005


@rule("CON005", "negation-conflict", "warning")
def negation_conflict(article: Article) -> Iterator[Hit]:
    """A statement and its negation or antonym: two near-identical claims with opposite polarity.

    One claim says what the other denies ("approved" / "did not approve"), or swaps a word for its
    opposite ("agreed" / "refused", "rose" / "fell") while everything else stays the same; or one says
    something never happens and the other gives an instance ("has never lost a case" / "lost two cases in
    2019"); or a claim denies, in other words, what another affirms of the same named subject and object
    ("never reached the Skerry Isles" / "was a gale that made landfall in the Skerry Isles": verbs that
    say another come from ``knowledge/predicates.json``), or an event is said to have killed or hurt nobody
    and somebody ("No deaths were reported after the Lydd storm" / "The Lydd storm killed three people",
    ``knowledge/casualties.json``), or one claim calls an outcome lucky when it was bad or unlucky when it
    was good ("residents were unfortunate enough to come away alive", ``knowledge/fortunes.json``; a finding
    on that claim alone), or one claim gives opposite feelings about the same thing ("grows angry when Watson
    touches his things, explaining that he doesn't mind them being touched", ``knowledge/feelings.json``), or
    an act is denied and a claim soon after speaks of it as done ("they decide not to search for her" / "The
    search reveals ...", ``knowledge/presuppositions.json``). A verb that denies another denies it of the same
    object ("refused the chair of the club" / "accepted the chair of the club", "was killed in the mill fire" /
    "survived the mill fire", ``knowledge/predicates.json`` "denies"), unless a claim tells a change of course.
    A state until a time and its opposite then ("will remain open until 2027" / "will close in 2027") are one course.
    Claims that differ in subject, place, year or figure, conditions, questions, and the turns of a dialogue
    are not compared.

    Flagged: The council approved the harbour plan in a vote on Monday. | Critics say the harbour plan is too costly. | The council did not approve the harbour plan in a vote on Monday.
    Clean: The council approved the harbour plan in a vote on Monday. | The county board did not approve its own budget in a vote on Monday.
    """
    reported: set[tuple[int, int]] = set()
    for c in comparisons(article):
        a = c.alignment
        if not a.polarity_differs:
            continue
        if _absolute_and_exception(c):
            reported.add((c.earlier, c.later))
            values = ["never", "an instance"] if _NEVER.search(c.short.text) else ["an instance", "never"]
            if not c.short_is_earlier:
                values.reverse()
            yield _hit(
                article,
                c.earlier,
                c.later,
                f"one says it never happens, the other gives an instance ({values[0]} / {values[1]})",
                "Check whether the absolute claim is true, and qualify or correct it.",
                {"subject": _subject(c), "values": values},
            )
            continue
        if a.swaps or not _same_statement(c, strict=False):
            continue
        if not a.flips and not _denies_shared(c):
            continue  # "never missed a callout" / "answered three callouts": not what the other says
        if _said_of_another(c) or _two_occasions(c) or _other_objects(c) or (a.flips and _state_until(c)):
            continue
        if a.flips:
            values = [a.flips[0][0].text.lower(), a.flips[0][1].text.lower()]
        else:
            values = ["affirmed", "denied"] if a.short_negations < a.long_negations else ["denied", "affirmed"]
        if not c.short_is_earlier:
            values.reverse()
        reported.add((c.earlier, c.later))
        yield _hit(
            article,
            c.earlier,
            c.later,
            f"one says what the other denies ({values[0]} / {values[1]})",
            "Check which is true, and correct or remove the other.",
            {"subject": _subject(c), "values": values},
        )
    # Worded differently: a denial and an affirmation of the same subject, verb and object.
    for first, second in predicate_conflicts(pairing(article)):
        if (first.claim, second.claim) in reported:
            continue
        reported.add((first.claim, second.claim))
        values = ["denied", "affirmed"] if first.negated else ["affirmed", "denied"]
        yield _hit(
            article,
            first.claim,
            second.claim,
            f"one says what the other denies ({values[0]} / {values[1]})",
            "Check which is true, and correct or remove the other.",
            {"subject": first.subject, "values": values},
        )

    # An event that killed or hurt nobody in one claim and somebody in another (casualties.py).
    for one, other in toll_conflicts(pairing(article)):
        if (one.claim, other.claim) not in reported:
            values = ["nobody", "somebody"] if one.nobody else ["somebody", "nobody"]
            harm = "killed" if one.kind == "dead" else "hurt"
            finding = f"one says the {one.event} {harm} {values[0]}, the other {values[1]}"
            action = "Check which is true, and correct or remove the other."
            yield _hit(article, one.claim, other.claim, finding, action, {"subject": one.event, "values": values})
    # One claim that calls an outcome lucky when it was bad, or unlucky when it was good (fortunes.py).
    for fortune in fortune_conflicts(pairing(article)):
        claim = article.claims[fortune.claim]
        values = ["good fortune" if fortune.lucky else "misfortune", "a good outcome" if fortune.good else "a bad outcome"]
        message = (f"{quote(claim.text)} contradicts itself: it calls {quote(fortune.outcome)} {values[0]}."
                   " Check which is meant, and correct the word of fortune or the outcome.")
        yield Hit(claim.start, claim.end, message, claim=claim.id, evidence={"subject": fortune.word.lower(), "values": values})
    # An act denied, and spoken of as done a claim or two later (presuppositions.py).
    for denial in presupposed_denials(pairing(article)):
        if (denial.claim, denial.later) not in reported:
            finding = f"one says it did not happen, the other speaks of {quote('the ' + denial.noun)} as done"
            action = "Check whether it happened, and correct the denial or the account of it."
            yield _hit(article, denial.claim, denial.later, finding, action,
                       {"subject": denial.noun, "values": ["denied", "presupposed"]})
    # One claim that gives a feeling about something and the opposite feeling about the same thing (feelings.py).
    for feeling, opposite in feeling_conflicts(pairing(article)):
        claim = article.claims[feeling.claim]
        values = [feeling.word.lower(), opposite.word.lower()]
        message = (f"{quote(claim.text)} contradicts itself: it gives opposite feelings ({values[0]} / {values[1]})"
                   " about the same thing. Check which is meant, and correct the other.")
        shared = " ".join(sorted(feeling.about & opposite.about))
        yield Hit(claim.start, claim.end, message, claim=claim.id, evidence={"subject": shared, "values": values})


_NEVER = re.compile(r"\bnever\b|\bnot\s+(?:once|ever|a\s+single)\b", re.IGNORECASE)
MAX_INSTANCE_TERMS = 3
"""An instance may add this many terms to the absolute statement: a count, a date, a place ("lost two cases
in 2019")."""


def _absolute_and_exception(c: Comparison) -> bool:
    """One claim says something never happens ("has never lost a case in the county court"), the other that
    it did, with a count or a date of its own ("lost two cases in the county court in 2019").

    The shared stretch must hold the same predicate and object, unnegated on one side; the absolute claim
    may describe its subject more ("the law firm Hale & Moreton"); the instance may add a count, a year and
    a word or two, but no name and no mood of its own.
    """
    a = c.alignment
    never_short, never_long = bool(_NEVER.search(c.short.text)), bool(_NEVER.search(c.long.text))
    if never_short == never_long or a.flips or c.short.hedged or c.long.hedged or a.lead_negations:
        return False
    if (a.short_negations, a.long_negations) not in ((1, 0), (0, 1)):
        return False
    if sum(1 for t in a.matched if t.kind == "word") < 2 or len(a.matched) < MIN_MATCHED:
        return False  # the same verb and object, not just the same names
    if not _denies_shared(c):
        return False  # "never missed a callout" / "answered three callouts": the denied verb must be shared
    if any(t.kind != "word" for t in a.inner) or len(a.inner) > MAX_SHORT_EXTRA:
        return False
    if any(t.kind != "word" for t in a.lead) and not _shortened_subject(c):
        return False
    if any(t.kind in ("name", "modal", "ordinal") for t in (*a.long_extra, *a.trail)):
        return False
    if len(a.long_extra) + len(a.trail) > MAX_INSTANCE_TERMS:
        return False
    instance = c.long if never_short else c.short
    return any(t.kind in ("number", "year") or t.key in _count_words() for t in instance.terms)


def _shortened_subject(c: Comparison) -> bool:
    """Whether the shorter claim opens with names that qualify the subject both claims share, and the longer one
    names it without them: "Ann Reid has never lost a final" / "Reid lost a final in 2019", "The Larch Street
    clinic has never closed" / "The clinic closed twice in 2022". Names only, right before the shared stretch,
    and no name of the longer claim's own before it."""
    a = c.alignment
    return (
        bool(a.lead)
        and all(t.kind == "name" for t in a.lead)
        and not a.long_lead
        and c.short.terms[: len(a.lead)] == a.lead
        and len(c.short.terms) > len(a.lead)
        and c.short.terms[len(a.lead)] == a.matched[0]
    )


_OTHER_ANTECEDENT = re.compile(
    r"\b(?:of|in|at|for|from|with|on|to|by)\s+(?:(?:the|a|an|its|his|her|their)\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:that|which|who)\s+",
    re.IGNORECASE,
)


_OCCASION_EXTRA = frozenset({"this", "last", "next", "ago", "previous", "earlier", "later"})


@cache
def _occasion_words() -> frozenset[str]:
    """Words that say when something happened ("Monday", "last", "week", "yesterday")."""
    return frozenset({*wordlist("months_and_days"), *wordlist("periods")} | _OCCASION_EXTRA)


@cache
def _former_state() -> re.Pattern[str]:
    """Phrases that put a statement before the article's present ("initially", "used to", "when it was added")."""
    return re.compile(rf"\b(?:{alternation(wordlist('former_state'))})\b", re.IGNORECASE)


def _two_occasions(c: Comparison) -> bool:
    """Whether both claims say when, and say it differently: "visited the district this week" and "did not
    visit the district last week" are two visits; "the tool initially did not support it" and "the tool supports
    it" are the tool before and now."""
    former = _former_state()
    if {w.lower() for w in former.findall(c.short.text)} != {w.lower() for w in former.findall(c.long.text)}:
        return True
    words = _occasion_words()
    first = {w.lower() for w in re.findall(r"[A-Za-z]+", c.short.text)} & words
    second = {w.lower() for w in re.findall(r"[A-Za-z]+", c.long.text)} & words
    return bool(first) and bool(second) and first != second


_UNTIL = re.compile(r"\b(?:until|till|untill)\b", re.IGNORECASE)


def _state_until(c: Comparison) -> bool:
    """Whether one claim bounds a state in time and the other does not: "will remain open until 2027" and "will
    close in 2027" tell one course, the state and its end."""
    return (_UNTIL.search(c.short.text) is None) != (_UNTIL.search(c.long.text) is None)


def _other_objects(c: Comparison) -> bool:
    """Whether a flipped verb has another object in each claim: "lost her purse at the market" and "won a prize
    at the market" are two acts, though the verbs are opposites and the rest is shared. The term right after the
    flipped word differs, neither claim has the other's, and a determiner opens each object."""
    short_keys, long_keys = {t.key for t in c.short.terms}, {t.key for t in c.long.terms}
    for s, t in c.alignment.flips:
        i, j = c.short.terms.index(s) + 1, c.long.terms.index(t) + 1
        if i < len(c.short.terms) and j < len(c.long.terms):
            after_s, after_t = c.short.terms[i], c.long.terms[j]
            if after_s.kind != "word" or after_t.kind != "word" or after_s.key in long_keys or after_t.key in short_keys:
                continue
            if _DETERMINER.search(c.short.text, s.start, after_s.start) and _DETERMINER.search(c.long.text, t.start, after_t.start):
                return True  # a verb's object ("lost her purse"), not a flipped word's own noun ("a non-profit charity")
    return False


_DETERMINER = re.compile(r"\s(?:a|an|the|his|her|its|their|my|our|your)\s", re.IGNORECASE)


def _said_of_another(c: Comparison) -> bool:
    """Whether one claim says the shared predicate in a relative clause of another noun: "Tollis is a member
    of the choir that won the prize" says the choir won, so "Tollis did not win the prize" denies nothing of it.
    The denied or flipped word must come after such a clause in the one claim and not in the other."""
    a = c.alignment
    keys = {statement.terms[k].key for statement in (c.short, c.long) for k in statement.negations
            if k < len(statement.terms)} | {f[0].key for f in a.flips}
    if not keys:
        return False
    for one, other in ((c.short, c.long), (c.long, c.short)):
        clause = _OTHER_ANTECEDENT.search(one.text)
        if clause is None or _OTHER_ANTECEDENT.search(other.text):
            continue
        if any(t.key in keys and t.start >= clause.end() for t in one.terms):
            return True
    return False


def _denies_shared(c: Comparison) -> bool:
    """Whether a word a negator stands before is one the two statements share: what one denies is what the
    other says ("did not approve the plan" / "approved the plan")."""
    keys = {t.key for t in c.alignment.matched}
    for statement in (c.short, c.long):
        if any(k < len(statement.terms) and statement.terms[k].key in keys for k in statement.negations):
            return True
    return False


@cache
def _count_words() -> frozenset[str]:
    """Numbers in words as statement keys ("two", "twice"): an instance counts what the absolute denies."""
    numbers = load("numbers")
    return frozenset({*numbers["units"], *numbers["tens"], "twice", "once"} - {"a", "an", "zero"})


# ---------------------------------------------------------------- CON006

_ATTRIBUTE_NAMES = {
    "age": "ages", "kinship": "relations", "office": "roles", "nationality": "nationalities", "birthplace": "birthplaces",
}


@rule("CON006", "attribute-conflict", "warning")
def attribute_conflict(article: Article) -> Iterator[Hit]:
    """One named person given two ages, roles, relations or nationalities (a group or a work, two nationalities).

    Appositions and descriptions ("Dana Reyes, 45, ...", "Reyes, the company's chief executive, ...",
    "Kolderup is Godfrey's father") say who a person is; two that cannot both hold ("45" and "52",
    "chief executive" and "chief financial officer", "father" and "uncle" of the same person) mean one
    is wrong. People with the same surname are told apart by their first names. A named thing given two
    makers by one verb ("a 1931 film directed by Ada Kerr" / "the film was directed by Paul Smith", "named
    after ...": ``knowledge/makers.json``) with no name in common is the same kind of conflict, and so are
    two names given one superlative of one thing ("the highest summit of the Tarn range",
    ``knowledge/superlatives.json``) or one dated contest ("won the 2008 Tarn Regatta",
    ``knowledge/winners.json``). An age at death that the person's dates of birth and death do not allow
    ("Dana Reyes (1920 – 1990)" / "Reyes died in 1990, aged 74") is two ages too, and one office of one
    organisation given to two people at one time ("Alan Moss, the chief executive of Lydd Foods" / "Lydd Foods
    chief executive Peter Crane", ``knowledge/holders.json``) two holders. Kinships and nationalities before a
    name count as appositions ("her husband Piet Holm" / "Greta Holm's father Piet Holm", "the French painter Lena
    Hart"), and so does an age in a present clause ("Kowal, who is 41,"); kinships one may hold at once or in turn
    ("brother" and "twin", "wife" and "widow") are not two.

    Flagged: Dana Reyes, 45, runs the bakery on Mill Street. | Her bread sells out by noon. | Dana Reyes, 52, opened a second shop last year.
    Clean: Dana Reyes, 45, runs the bakery on Mill Street. | Tom Reyes, 52, her brother, delivers the bread.
    """
    p = pairing(article)
    attributes = list(attribute_conflicts(p))
    for first, second in attributes:
        yield _hit(
            article,
            first.claim,
            second.claim,
            f"{first.person.title()} is given two {_ATTRIBUTE_NAMES[first.kind]}, "
            f"{quote(first.text)} and {quote(second.text)}",
            _CHECK_WHICH,
            {"subject": first.person, "attribute": first.kind, "values": [first.text, second.text]},
        )
    reported = {(first.claim, second.claim) for first, second in attributes}
    for earlier, later, person, age, dates in age_conflicts(p):
        if (earlier, later) not in reported:
            reported.add((earlier, later))
            finding = f"{person.title()} is said to have died aged {age.age}, which the dates {dates} do not allow"
            values: dict[str, object] = {"subject": person, "attribute": "age", "values": [str(age.age), dates]}
            yield _hit(article, earlier, later, finding, _CHECK_WHICH, values)
    for one, other in holder_conflicts(p):
        if (one.claim, other.claim) not in reported:
            reported.add((one.claim, other.claim))
            finding = (
                f"{one.person.title()} and {other.person.title()} are both said to be the {one.office} of"
                f" {one.organisation.title()}, which one person is at a time"
            )
            held: dict[str, object] = {"subject": one.organisation, "attribute": one.office, "values": [one.text, other.text]}
            yield _hit(article, one.claim, other.claim, finding, _CHECK_WHICH, held)
    for earlier, later, finding, evidence in _thing_conflicts(p):
        if (earlier, later) not in reported:
            yield _hit(article, earlier, later, finding, _CHECK_WHICH, evidence)


_CHECK_WHICH = "Check which is right and correct the other."


def _thing_conflicts(p: Pairing) -> Iterator[tuple[int, int, str, dict[str, object]]]:
    """A named thing's two makers, one superlative given to two names, one dated contest given two winners:
    the claims, what conflicts, and the evidence."""
    for made, other in maker_conflicts(p):
        by = "after" if made.verb == "named" else "by"
        finding = f"{made.subject.title()} is said to be {made.verb} {by} {made.text} in one and {other.text} in the other"
        values = [made.text, other.text]
        yield made.claim, other.claim, finding, {"subject": made.subject, "attribute": made.verb, "values": values}
    for one, another in superlative_conflicts(p):
        finding = (
            f"{one.subject.title()} and {another.subject.title()} are both said to be {quote(one.text)},"
            " which only one can be"
        )
        values = [one.subject, another.subject]
        yield one.claim, another.claim, finding, {"subject": one.text, "attribute": "superlative", "values": values}
    for win, other_win in win_conflicts(p):
        finding = f"{win.text} and {other_win.text} are both said to have won one contest, which only one can have"
        values = [win.text, other_win.text]
        yield win.claim, other_win.claim, finding, {"subject": " ".join(win.contest), "attribute": "winner", "values": values}
