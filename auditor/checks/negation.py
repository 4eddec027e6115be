"""CON005: a statement and its negation or antonym.

Two near-identical claims of one article (lined up term by term, :mod:`auditor.compare.pairing`) where one
says what the other denies ("The bridge is open" / "The bridge is not open"), an absolute and its exception
("has never lost a case" / "lost two cases in 2019"), or a claim that contradicts itself (a word of fortune
against its outcome, opposite feelings about one thing). The guards below keep out what only looks like a
flip: two occasions, a state that held "until" a change, opposite verbs of two objects, a statement said of
another, a subject shortened to a part of it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from auditor.article import Article
from auditor.checks import rule
from auditor.checks.pairs import (
    MAX_SHORT_EXTRA,
    MIN_MATCHED,
    conflict_hit,
    narrowed_subject,
    same_statement,
    shared_subject,
)
from auditor.compare.alignment import Alignment
from auditor.compare.casualties import toll_conflicts
from auditor.compare.feelings import feeling_conflicts
from auditor.compare.fortunes import fortune_conflicts
from auditor.compare.pairing import Comparison, comparisons, pairing
from auditor.compare.predicates import predicate_conflicts
from auditor.compare.presuppositions import presupposed_denials
from auditor.compare.receptions import reception_conflicts
from auditor.compare.statements import wordlist
from auditor.knowledge import load
from auditor.model import Hit
from auditor.phrases import alternation
from auditor.text import quote

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
    A word and the same word with a negating prefix ("inhabited" / "uninhabited") are opposites even when neither
    claim holds a listed antonym; a subject narrowed by a word right before its head ("the deputy mayor" against
    "the mayor") is another one. So is one work given opposite receptions of one kind ("Salt Roads received
    widespread critical acclaim" / "Critics panned Salt Roads", "a box-office hit" / "a box-office flop":
    ``knowledge/receptions.json``), unless a claim sets times, parts, places or groups apart ("but", "later",
    "sequel", "fans", "in Japan").
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
            yield conflict_hit(
                article,
                c.earlier,
                c.later,
                f"one says it never happens, the other gives an instance ({values[0]} / {values[1]})",
                "Check whether the absolute claim is true, and qualify or correct it.",
                {"subject": shared_subject(c), "values": values},
            )
            continue
        if a.swaps or not same_statement(c, strict=False):
            continue
        if not a.flips and not _denies_shared(c):
            continue  # "never missed a callout" / "answered three callouts": not what the other says
        if narrowed_subject(c) is not None:
            continue  # "The mayor was present" / "The deputy mayor was absent": another person
        if _said_of_another(c) or _two_occasions(c) or _other_objects(c) or (a.flips and _state_until(c)):
            continue
        if a.flips and _compared_with_another(c):
            continue
        if not a.flips and _two_groups(c):
            continue  # "for the folks who don't relish it" / "for the folks who do relish it": two sets of folks
        if not a.flips and _bounded_never(c):
            continue  # "had never won the title before 2015" / "won the title in 2015"
        if a.flips:
            values = [a.flips[0][0].text.lower(), a.flips[0][1].text.lower()]
        else:
            values = ["affirmed", "denied"] if a.short_negations < a.long_negations else ["denied", "affirmed"]
        if not c.short_is_earlier:
            values.reverse()
        reported.add((c.earlier, c.later))
        yield conflict_hit(
            article,
            c.earlier,
            c.later,
            f"one says what the other denies ({values[0]} / {values[1]})",
            "Check which is true, and correct or remove the other.",
            {"subject": shared_subject(c), "values": values},
        )
    # Worded differently: a denial and an affirmation of the same subject, verb and object.
    for first, second in predicate_conflicts(pairing(article)):
        if (first.claim, second.claim) in reported:
            continue
        reported.add((first.claim, second.claim))
        values = ["denied", "affirmed"] if first.negated else ["affirmed", "denied"]
        yield conflict_hit(
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
            yield conflict_hit(article, one.claim, other.claim, finding, action, {"subject": one.event, "values": values})
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
            yield conflict_hit(article, denial.claim, denial.later, finding, action,
                       {"subject": denial.noun, "values": ["denied", "presupposed"]})
    # One claim that gives a feeling about something and the opposite feeling about the same thing (feelings.py).
    for feeling, opposite in feeling_conflicts(pairing(article)):
        claim = article.claims[feeling.claim]
        values = [feeling.word.lower(), opposite.word.lower()]
        message = (f"{quote(claim.text)} contradicts itself: it gives opposite feelings ({values[0]} / {values[1]})"
                   " about the same thing. Check which is meant, and correct the other.")
        shared = " ".join(sorted(feeling.about & opposite.about))
        yield Hit(claim.start, claim.end, message, claim=claim.id, evidence={"subject": shared, "values": values})
    # One work received well and badly, by critics or at the box office (receptions.py).
    for earlier, later in reception_conflicts(pairing(article)):
        if (earlier.claim, later.claim) not in reported:
            reported.add((earlier.claim, later.claim))
            values = [earlier.phrase, later.phrase]
            finding = f"{earlier.written} is given opposite {earlier.kind} receptions ({values[0]} / {values[1]})"
            yield conflict_hit(article, earlier.claim, later.claim, finding, "Check which is true, and correct the other.",
                               {"subject": later.written, "values": values})


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
    absolute, instance = (c.short, c.long) if never_short else (c.long, c.short)
    if absolute is c.short and _qualified_further(absolute.text, a):
        return False  # "never cancelled a flight because of fog" / "cancelled 40 flights because of snow"
    if _bounded().search(absolute.text):
        return False  # "had never won the title before 2015" / "won the title in 2015": never up to a time
    return any(t.kind in ("number", "year") or t.key in _count_words() for t in instance.terms)


def _qualified_further(text: str, a: Alignment) -> bool:
    """Whether the absolute claim `text` (the shorter of the pair) goes on, in the same clause, with words the
    instance does not share: what it denies is then narrower than what the instance tells ("never cancelled a
    flight because of fog" against a flight cancelled because of snow). Words after a comma are another clause
    ("..., its founder said")."""
    end = a.matched[-1].start
    return any(t.kind == "word" and not _CLAUSE_BREAK.search(text, end, t.start) for t in a.trail)


_CLAUSE_BREAK = re.compile(r"[,;:()—–]")


def _bounded_never(c: Comparison) -> bool:
    """Whether the denying claim of a pair says "never" only up to a time ("never ... before 2015")."""
    denying = c.short if c.alignment.short_negations > c.alignment.long_negations else c.long
    return _NEVER.search(denying.text) is not None and _bounded().search(denying.text) is not None


@cache
def _bounded() -> re.Pattern[str]:
    """Words that bound an absolute claim in time ("never ... before 2015", "had never ... until then", "has not
    yet"): an instance outside the bound does not contradict it. "Before" a court, a jury or a crowd (``presences``
    of ``knowledge/wording.json``) is a place, not a time: "has never lost a case before the tribunal" stays
    absolute."""
    presences = alternation(wordlist("presences"))
    return re.compile(
        rf"\b(?:before(?!\s+(?:(?:a|an|the|his|her|its|their|our|any|home|local)\s+){{0,2}}(?:{presences})\b)"
        r"|until|till|prior\s+to|since|up\s+to|by\s+then|at\s+the\s+time|then|yet|so\s+far)\b",
        re.IGNORECASE,
    )


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

_THAN = re.compile(r"\bthan\b", re.IGNORECASE)


def _compared_with_another(c: Comparison) -> bool:
    """Whether a flipped comparative measures against something else in each claim: "the local estimates use
    smaller samples than the regional ones" and "the regional estimates use larger samples than the local ones"
    say one thing both ways round; "smaller than the regional ones" / "larger than the national ones" are two
    comparisons. Only the same comparison, against the same thing, can be denied by its opposite."""
    for s, t in c.alignment.flips:
        short_than, long_than = _THAN.search(c.short.text, s.start), _THAN.search(c.long.text, t.start)
        if short_than is None and long_than is None:
            continue
        if short_than is None or long_than is None:
            return True
        short_after = {x.key for x in c.short.terms if x.start > short_than.start()}
        long_after = {x.key for x in c.long.terms if x.start > long_than.start()}
        if short_after != long_after:
            return True
    return False


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


_AUXILIARY = r"(?:do|does|did|is|are|was|were|has|have|had|will|would|can|could|should|may|might|must)"
_RELATIVE_NEGATED = re.compile(
    rf"(?P<head>[\w'’-]+)\s+(?P<rel>who|that|which)\s+(?:{_AUXILIARY}(?:\s+not|n['’]t)|not|never|cannot|can['’]t|won['’]t)"
    r"\s+$",
    re.IGNORECASE,
)


def _two_groups(c: Comparison) -> bool:
    """Whether the only denial sits in a relative clause that picks out whom or what the claim is about, and the
    other claim has the same clause, affirmed: "the folks who don't relish a long read" and "the folks who do
    relish a long read" are two sets of folks, the ones it holds of and the others, not one thing said and
    denied. The same word must head the clause in both, the denied word follow its relative pronoun and
    negator directly, and the other claim give that word right after the same pronoun (an auxiliary between)."""
    a = c.alignment
    if (a.short_negations, a.long_negations) not in ((1, 0), (0, 1)):
        return False
    denying, other = (c.short, c.long) if a.short_negations else (c.long, c.short)
    if len(denying.negations) != 1 or denying.negations[0] >= len(denying.terms):
        return False
    denied = denying.terms[denying.negations[0]]
    clause = _RELATIVE_NEGATED.search(denying.text[: denied.start])
    if clause is None:
        return False
    affirmed = re.compile(
        rf"\b{re.escape(clause['head'])}\s+{clause['rel']}\s+(?:{_AUXILIARY}\s+)?$", re.IGNORECASE
    )
    return any(t.key == denied.key and affirmed.search(other.text[: t.start]) for t in other.terms)


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
