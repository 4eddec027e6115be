"""CON003, CON004 and CON006: statements of one article that cannot all be true (CON005, a statement and its
negation, is :mod:`auditor.checks.negation`; what two lined-up claims share is :mod:`auditor.checks.pairs`).

Every finding names both claims: ``claim`` is the later one (its span is the finding's), ``related`` the
earlier one, the message quotes both and says what to do, and ``evidence`` holds the values compared. A claim
that contradicts itself (CON005: a word of fortune against its outcome, opposite feelings about one thing) is
the finding's only claim, with no ``related``.

The rules share one pass over the article. Claims that share rare words are lined up term by term
(:mod:`auditor.compare.pairing`, :mod:`auditor.compare.statements`), and what differs between two near-identical claims is
classified: a flipped polarity (CON005, in :mod:`auditor.checks.negation`), a changed figure (CON003) or a changed year of a one-time event
(CON004). Claims worded differently are compared through what they are about: figures of the same measure
(:mod:`auditor.compare.measures`), dates of the same event (:mod:`auditor.compare.events`), and the ages, kinships, offices
and nationalities of the same person (:mod:`auditor.compare.attributes`, CON006).
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from auditor.article import Article
from auditor.checks import rule
from auditor.checks.pairs import changed_values, conflict_hit, shared_subject
from auditor.compare.ages import age_conflicts
from auditor.compare.anniversaries import anniversary_conflicts
from auditor.compare.arithmetic import arithmetic_slips
from auditor.compare.attributes import attribute_conflicts
from auditor.compare.breakdowns import breakdown_slips
from auditor.compare.chronology import career_slips, count_slips
from auditor.compare.currencies import currency_conflicts
from auditor.compare.durations import duration_conflicts
from auditor.compare.ensembles import ensemble_conflicts
from auditor.compare.enumerations import listed_counts, named_counts
from auditor.compare.events import event_conflicts
from auditor.compare.families import Count as Family
from auditor.compare.families import family_conflicts
from auditor.compare.figures import measure_conflicts
from auditor.compare.frequencies import frequency_conflicts
from auditor.compare.holders import holder_conflicts
from auditor.compare.itineraries import itinerary_counts
from auditor.compare.lists import ListItems
from auditor.compare.logs import other_periods, section_periods
from auditor.compare.makers import maker_conflicts
from auditor.compare.measures import comparable, is_duration, is_measure, subject_of
from auditor.compare.openings import opening_conflicts
from auditor.compare.pairing import Comparison, Pairing, comparisons, pairing
from auditor.compare.periods import period_conflicts
from auditor.compare.prices import price_conflicts
from auditor.compare.quantities import Quantity, find_quantities
from auditor.compare.relative_years import pinned_year_conflicts
from auditor.compare.reopenings import reopening_conflicts
from auditor.compare.runtimes import runtime_conflicts
from auditor.compare.sequence import order_conflicts
from auditor.compare.shortfalls import shortfall_slips
from auditor.compare.sizes import capacities, fronted_sizes, strong_counts
from auditor.compare.spans import span_conflicts
from auditor.compare.statements import Statement, Term, stem
from auditor.compare.substitutions import substitutions
from auditor.compare.summaries import summary_conflicts
from auditor.compare.superlatives import superlative_conflicts
from auditor.compare.tables import table_figures
from auditor.compare.tallies import tally_conflicts
from auditor.compare.tenures import tenure_conflicts
from auditor.compare.totals import total_slips
from auditor.compare.traits import trait_conflicts
from auditor.compare.weekdays import weekday_conflicts
from auditor.compare.winners import win_conflicts
from auditor.knowledge import load
from auditor.model import Hit
from auditor.text import quote

# ---------------------------------------------------------------- CON003


@rule("CON003", "numeric-conflict", "error")
def numeric_conflict(article: Article) -> Iterator[Hit]:
    """The same quantity of the same subject given two values.

    Figures are normalised ("1.2 million", "1,200,000", "twelve hundred", "1.2m"; percentages, currencies
    and units: "860 metres", "0.86 km", "the 860-metre bridge") and compared as ranges: "about 1,200" and
    "more than 1,100" agree, "1,200" and "1,500" do not. Words of one measure count as one ("a staff of
    4,100 nurses", "the 3,800 nurses it employs"), also when the second is told on the day of an event
    ("managers met its 3,800 employees on Tuesday"). Figures of different years, periods, places, subjects,
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
    So is a figure of the article's summary (key findings, highlights, abstract, TL;DR, a front-matter
    ``summary:`` or ``description:``) that the body gives another value, in other words ("unemployment fell to
    4.1%" / "the jobless rate, now 4.3%": :mod:`auditor.compare.summaries`); not a rounding, another period,
    group or place, nor a forecast.
    So are figures of one claim (or of two side by side about one thing) whose own arithmetic or calendar does not
    hold (:mod:`auditor.compare.arithmetic`, :mod:`auditor.compare.chronology`): parts listed as a whole's that add
    up to more than it ("has 120 staff: 70 nurses and 60 doctors"), a change its endpoints deny ("rose 10%, from
    200,000 to 180,000", "doubled from 40 to 60"), a group's size against "all N" of it ("the 14-member board" /
    "all 16 board members"), a fraction against a percentage of one group and act ("two thirds of members voted
    for the strike" / "40% of members backed the strike"), an ordinal count of years against its start year ("now
    in its 25th year, began in 2005", in 2026), and two acts of one career dated in an order that cannot be
    ("joined the firm in 2012 and became its director in 2010"); and parts said to make up a whole ("split into",
    "made up of", "consists of") that add up to less than it, or listed and then said to make up a stated whole
    ("a total of", "make up the") that they do not add up to (:mod:`auditor.compare.shortfalls`).
    So is a duration told with its own span of dates ("for four weeks, from 1 March
    to 12 April", "three days, Monday to Friday", "for 12 years, from 2001 to 2009": :mod:`auditor.compare.spans`;
    calendar arithmetic, not a rate, some kinds of days or a bound). So is a period's figure written as a
    possessive, a total or a Markdown table row ("last year's 52,000 visitors", "the 2024 total of 1,400 entries",
    "| Visitors | 48,000 |" under a 2024 column) against the one plain figure of that noun and period
    (:mod:`auditor.compare.periods`, :mod:`auditor.compare.tables`); not a forecast, a bound or a narrowed noun.
    So is a size written as a modifier or a fronted phrase against the size told plainly ("the 3,800-strong
    workforce" / "employs 4,100 people", "At 210 metres, the tower" / "the 180-metre tower":
    :mod:`auditor.compare.sizes`); not near a word of change, time or scope, nor of a rival or another thing of the kind.
    So is a capacity written as a modifier ("the 120-passenger ferry" / "carries 200 passengers"), one duration of one
    thing told twice ("a lifespan of around 35 years" / "around 25 years", "the 3-minute test" / "the test takes 10
    minutes": :mod:`auditor.compare.durations`; two values hedged alike conflict beyond 5% of the larger), and one
    sum told with the same figure in two currencies, no conversion stated ("a $10 billion budget" / "the €10 billion
    budget", "the agency's budget is $3 billion": :mod:`auditor.compare.currencies`). So is one attribute of one thing
    told in two grammatical forms ("the 450-bed hospital" / "the hospital has 520 beds", "the museum's 55 rooms",
    "a workforce of 420", "seats 850 people", "sleeps eight", "is 4 miles long", "At 650 seats, the hall", "The
    bridge, 420 metres long,", "which employs 2,700 people": :mod:`auditor.compare.traits`); not another thing of the
    kind, a part, a plan, a bound, a rate, another time or another dimension ("4 miles long" / "40 metres deep").
    So is a table's total row against the sum of the rows it totals ("| Total | 2,100 |" under rows of 1,200 and
    800: :mod:`auditor.compare.totals`), and a total line against the list that itemises it ("Total spending: £9,420"
    over "* Supplies: £6,210" and "* Transport: £1,710": :mod:`auditor.compare.breakdowns`); not an average, a share,
    a subtotal or a column that is not amounts.
    So is a plan announced in days, nights or stages against its numbered parts ("our five-day itinerary" over "Day
    1" to "Day 6": :mod:`auditor.compare.itineraries`), a group named by its size against the members named for it
    ("a trio — A, B, C and D —": :mod:`auditor.compare.ensembles`), an anniversary against the start year and the
    article's date ("celebrates its 25th anniversary" / "founded in 1990", in 2025: :mod:`auditor.compare.anniversaries`)
    and a work's running time in its details line against the body ("Running time: 95 min" / "the 110-minute film":
    :mod:`auditor.compare.runtimes`).

    Flagged: Harwell Motors cut 1,200 jobs at its Leeds plant this spring. | Unions called a strike. | Harwell Motors cut 1,500 jobs at its Leeds plant this spring.
    Clean: Harwell Motors cut about 1,200 jobs at its Leeds plant this spring. | Harwell Motors cut more than 1,100 jobs at its Leeds plant this spring.
    """
    reported: set[tuple[int, int]] = set()
    siblings = ListItems(article)
    for c in comparisons(article):
        if siblings.apart(c.earlier, c.later):
            continue
        changed = changed_values(c, "number")
        if not changed or c.alignment.long_extra:
            continue  # "txs with *multiple* outputs": a word inside the shared stretch narrows what is counted
        conflict = _conflicting_figures(c, changed)
        if conflict is not None:
            old, new = conflict if c.short_is_earlier else (conflict[1], conflict[0])
            reported.add((c.earlier, c.later))
            yield _figure_hit(article, c.earlier, c.later, old, new, shared_subject(c))
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
            yield conflict_hit(article, one.claim, other.claim, finding, action, {"subject": f"{one.person} {one.kin}", "values": values})
    for once, again in frequency_conflicts(pairing(article)):
        if (once.claim, again.claim) not in reported:
            reported.add((once.claim, again.claim))
            finding = f"the same act is said to have happened {once.text} and {again.text}"
            action = "Check how many times it happened and correct the wrong count."
            subject = f"{once.subject} {once.verb} {' '.join(sorted(once.obj))}"
            yield conflict_hit(article, once.claim, again.claim, finding, action, {"subject": subject, "values": [once.text, again.text]})
    # One day's count of an act against a smaller count of the whole event (tallies.py).
    for early, late in tally_conflicts(pairing(article).texts, pairing(article).spoken):
        if (early.claim, late.claim) not in reported:
            reported.add((early.claim, late.claim))
            day, whole = (early, late) if not early.whole else (late, early)
            finding = f"the whole event's count ({whole.text}) is smaller than one day's ({day.text})"
            tallied: dict[str, object] = {"subject": f"{day.verb} {day.noun}", "values": [early.value, late.value]}
            yield conflict_hit(article, early.claim, late.claim, finding, "Check both counts and correct the wrong one.", tallied)
    # A figure of the summary (key findings, TL;DR, abstract, front matter) against the body's (summaries.py).
    for s in summary_conflicts(article):
        if s.summary is not None and (min(s.summary, s.body), max(s.summary, s.body)) in reported:
            continue
        finding = f"the summary gives {s.said.text} and the body {s.found.text} for the same measure"
        action = "Check the figure and correct the summary or the body."
        summed: dict[str, object] = {"subject": "summary against body", "values": [s.said.text, s.found.text]}
        if s.summary is not None:
            reported.add((min(s.summary, s.body), max(s.summary, s.body)))
            yield conflict_hit(article, min(s.summary, s.body), max(s.summary, s.body), finding, action, summed)
        else:
            body = article.claims[s.body]
            message = f"{quote(body.text)} contradicts the article's {s.field} ({quote(s.text)}): {finding}. {action}"
            yield Hit(body.start, body.end, message, claim=body.id, evidence=summed)
    # A period's figure as a possessive, a total or a table row against the same figure told plainly (periods.py).
    blocks = [c.block for c in article.claims]
    texts = pairing(article).texts
    for one_count, other_count in period_conflicts(texts, pairing(article).spoken, table_figures(texts, blocks)):
        if (one_count.claim, other_count.claim) not in reported:
            reported.add((one_count.claim, other_count.claim))
            finding = f"the same count is given as {one_count.written} and as {other_count.written}"
            values = [one_count.quantity.text, other_count.quantity.text]
            period: dict[str, object] = {"subject": f"{one_count.noun} {one_count.period}".strip(), "values": values}
            yield conflict_hit(article, one_count.claim, other_count.claim, finding, "Check the figure and correct the wrong one.", period)
    # A size as "N-strong" or a fronted "At 210 metres," against the size told plainly (sizes.py).
    p = pairing(article)
    hedged = p.unread
    sizes = [*strong_counts(texts, hedged), *fronted_sizes(texts, hedged), *capacities(texts, hedged)]
    sizes += [*duration_conflicts(texts, hedged), *currency_conflicts(texts, hedged), *price_conflicts(texts, hedged)]
    logged = section_periods(article)
    for size in [*sizes, *trait_conflicts(texts, hedged)]:
        sized_first, sized_later = sorted((size.claim, size.other))
        if (sized_first, sized_later) not in reported and not other_periods(logged, sized_first, sized_later):
            reported.add((sized_first, sized_later))
            finding = f"the {size.thing} is given as {size.written.text} and as {size.plain.text}"
            sized: dict[str, object] = {"subject": size.thing, "values": [size.written.text, size.plain.text]}
            yield conflict_hit(article, sized_first, sized_later, finding, "Check the figure and correct the wrong one.", sized)
    # A count of years since a thing began against the year it began, in the article's present (anniversaries.py).
    for y in anniversary_conflicts(texts, article.dating.exact, hedged):
        marked: dict[str, object] = {"subject": y.name, "values": [y.years, y.begun, y.year]}
        began, marking = sorted((y.started, y.claim))
        yield conflict_hit(article, began, marking, y.finding, "Check the count and the start year and correct the wrong one.", marked)
    # A duration against the span of dates told with it (spans.py): "for four weeks, from 1 March to 12 April".
    for span in span_conflicts(pairing(article).texts, blocks, pairing(article).spoken):
        counted: dict[str, object] = {"subject": span.span, "values": [span.duration, span.length]}
        if span.first != span.claim:
            yield conflict_hit(article, span.first, span.claim, span.finding, _CHECK_SPAN, counted)
        else:
            said = article.claims[span.claim]
            message = f"{quote(said.text)} contradicts itself: {span.finding}. {_CHECK_SPAN}"
            yield Hit(said.start, said.end, message, claim=said.id, evidence=counted)
    # A count announced and a list of another length after it (enumerations.py): one claim, heading or lead.
    counts = [*listed_counts(article), *(e for i, t in enumerate(pairing(article).texts) for e in named_counts(i, t))]
    counts += itinerary_counts(article)  # a plan's days, nights or stages against its numbered parts (itineraries.py)
    for e in counts:
        claim = article.claims[e.claim] if e.claim is not None else None
        where = (claim.start, claim.end) if claim is not None else (e.start, e.end)
        message = f"{quote(claim.text if claim else article.document.text[e.start:e.end])} {e.finding}"
        yield Hit(*where, message, claim=claim.id if claim else None, evidence={"subject": e.phrase, "values": [e.count, e.listed]})
    # A group of a size against the members named for it (ensembles.py): "The trio — A, B, C and D —".
    for g in ensemble_conflicts(pairing(article).texts, blocks, pairing(article).spoken):
        members: dict[str, object] = {"subject": g.phrase, "values": [g.size, len(g.names)]}
        if g.sized != g.claim:
            yield conflict_hit(article, g.sized, g.claim, g.finding, _CHECK_COUNT, members)
        else:
            said = article.claims[g.claim]
            yield Hit(said.start, said.end, f"{quote(said.text)} contradicts itself: {g.finding}. {_CHECK_COUNT}",
                      claim=said.id, evidence=members)
    # A work's running time in its details line against the one its text gives (runtimes.py).
    for r in runtime_conflicts(texts, article.document.blocks, article.document.text, hedged):
        said = article.claims[r.claim]
        timed: dict[str, object] = {"subject": "running time", "values": [r.label, r.said]}
        message = f"{quote(said.text)} contradicts the article's details: {r.finding}. Check the running time and correct the wrong one."
        yield Hit(said.start, said.end, message, claim=said.id, evidence=timed)
    # A table's total row against the sum of the rows it totals (totals.py).
    for t in total_slips(article.document):
        owner = next((c for c in article.claims if c.start <= t.start < c.end), None)
        column = f" (column {quote(t.column)})" if t.column else ""
        message = (
            f"The table's total {quote(t.total)}{column} is not the sum of the {t.parts} rows it totals: they add up to"
            f" {t.sum}. Check the rows and the total, and correct the wrong figure."
        )
        summed = {"subject": "a table's total against its rows", "values": [t.total, t.sum]}
        yield Hit(t.start, t.end, message, claim=owner.id if owner else None, evidence=summed)
    # A total line against the list that itemises it (breakdowns.py).
    for t in breakdown_slips(article.document):
        owner = next((c for c in article.claims if c.start <= t.start < c.end), None)
        message = (
            f"The total {quote(t.total)} ({quote(t.column)}) is not the sum of the {t.parts} items its list gives: they"
            f" add up to {t.sum}. Check the items and the total, and correct the wrong figure."
        )
        summed = {"subject": "a total against its itemised list", "values": [t.total, t.sum]}
        yield Hit(t.start, t.end, message, claim=owner.id if owner else None, evidence=summed)
    # Figures of one claim (or of two side by side) whose own arithmetic or calendar does not hold (arithmetic.py,
    # chronology.py).
    yield from _slip_hits(article, reported)


def _slip_hits(article: Article, reported: set[tuple[int, int]]) -> Iterator[Hit]:
    p = pairing(article)
    skip = p.unread
    slips = [*arithmetic_slips(p.texts, skip), *shortfall_slips(p.texts, skip),
             *count_slips(p.texts, article.dating.exact, skip), *career_slips(p.texts, skip)]
    seen: set[int] = set()
    for s in slips:
        if s.claim in seen or (s.related is not None and (s.related, s.claim) in reported):
            continue
        seen.add(s.claim)
        evidence: dict[str, object] = {"subject": _SLIP_SUBJECTS[s.kind], "values": list(s.values)}
        action = _SLIP_ACTIONS[s.kind]
        if s.related is not None:
            yield conflict_hit(article, s.related, s.claim, s.finding, action, evidence)
        else:
            claim = article.claims[s.claim]
            message = f"{quote(claim.text)} does not add up: {s.finding}. {action}"
            yield Hit(claim.start, claim.end, message, claim=claim.id, evidence=evidence)


_SLIP_SUBJECTS = {
    "parts": "parts against their whole", "shortfall": "parts short of the whole they make up",
    "change": "a change against its endpoints", "size": "a group's size",
    "share": "a share of a group", "ordinal": "an ordinal count of years", "career": "the order of two acts",
}
_SLIP_ACTIONS = {
    "parts": "Check the whole and its parts and correct the wrong figure.",
    "shortfall": "Check the whole and its parts, and correct the wrong figure or name the part the list leaves out.",
    "change": "Check the change and its endpoints and correct the wrong figure.",
    "size": "Check how many there are and correct the wrong count.",
    "share": "Check the share and correct the fraction or the percentage.",
    "ordinal": "Check the start year and the count and correct the wrong one.",
    "career": "Check both years and correct the wrong one.",
}


_CHECK_COUNT = "Check how many there are and correct the wrong count."
_CHECK_SPAN = "Check the dates and the length, and correct the one that is wrong."


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
    return conflict_hit(
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
    only where no other reading fits). Different subjects, and events that recur, are not compared. A founding may be
    told of a description of the thing's kind ("The company, set up in 2004," after a claim that names only the
    firm) or as a launch with nothing launched named ("The festival was launched in 2008"): :mod:`auditor.compare.starts`.
    A thing's first event told in other words ("first opened its doors in 1975", "welcomed its first visitors in 1931",
    "began operating in 2015", "since it opened in 1994") is one event too, and an opening dated before the founding
    ("opened its doors in 1975" / "was founded in 1979") cannot be; a founding before the opening can
    (:mod:`auditor.compare.openings`; not a thing that reopened, closed or moved, nor "launched its app"). A thing said
    to reopen before the day it is closed until ("closed until Friday, June 12th" / "reopens Thursday, June 11th"),
    or to reopen on two whole dates, is wrong once (:mod:`auditor.compare.reopenings`; not a moved, partial or repeated
    reopening). A relative year pinned by a number the article's date does not give ("last year (2017)" in a post
    of 2019) names one year two ways (:mod:`auditor.compare.relative_years`).

    Flagged: The Marlow Ferry Company was founded in 1921 by two brothers. | Its boats still cross the estuary. | The Marlow Ferry Company was founded in 1927 by two brothers.
    Clean: The Marlow Ferry Company was founded in 1921 by two brothers. | The Dunmore Ferry Company was founded in 1927 by two sisters.
    """
    reported: set[tuple[int, int]] = set()
    for c in comparisons(article):
        changed = changed_values(c, "year")
        if changed and _one_time_event(c.short) and _one_time_event(c.long):
            old, new = changed[0] if c.short_is_earlier else (changed[0][1], changed[0][0])
            reported.add((c.earlier, c.later))
            yield _date_hit(article, c.earlier, c.later, old.text, new.text, shared_subject(c))
    for first, second in event_conflicts(pairing(article)):
        if (first.claim, second.claim) not in reported:
            reported.add((first.claim, second.claim))
            subject = f"{first.subject} ({first.group})"
            yield _date_hit(article, first.claim, second.claim, first.when, second.when, subject)
    # The first event of one thing told in other words ("first opened its doors in 1975" / "was founded in 1979").
    p = pairing(article)
    unread = p.unread
    for one, other in opening_conflicts(p.texts, unread):
        if (one.claim, other.claim) not in reported:
            reported.add((one.claim, other.claim))
            if one.kind == other.kind:
                yield _date_hit(article, one.claim, other.claim, str(one.year), str(other.year), f"{one.thing} ({one.kind})")
                continue
            opened, founded = (one, other) if one.kind == "opened" else (other, one)
            finding = f"the {one.thing} is said to have opened in {opened.year}, before it was founded in {founded.year}"
            values = [f"opened {opened.year}", f"founded {founded.year}"]
            yield conflict_hit(article, one.claim, other.claim, finding, "Check both dates and correct the wrong one.", {"subject": one.thing, "values": values})
    for first, second in order_conflicts(pairing(article)):
        if (first.claim, second.claim) not in reported:
            reported.add((first.claim, second.claim))
            yield conflict_hit(
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
            yield conflict_hit(
                article,
                earlier,
                later,
                f"{tenure.person.title()} is said to hold a position {tenure.when}, and to have "
                + ("died" if end.kind == "died" else f"lost it ({end.kind})")
                + f" {end.when}",
                "Check both dates and correct the wrong one.",
                {"subject": tenure.person, "values": values},
            )
    # A reopening before the day its thing is closed until, or two whole dates of one reopening (reopenings.py).
    for shut, reopened in reopening_conflicts(p.texts, unread):
        if (shut.claim, reopened.claim) not in reported:
            reported.add((shut.claim, reopened.claim))
            if shut.kind == reopened.kind:
                finding = (
                    f"the {shut.thing} is said to reopen on two dates, {quote(shut.text)} and {quote(reopened.text)}"
                )
            else:
                until, back = (shut, reopened) if shut.kind == "until" else (reopened, shut)
                finding = (
                    f"the {shut.thing} is said to reopen ({quote(back.text)}) before the day it is closed until"
                    f" ({quote(until.text)})"
                )
            told: dict[str, object] = {"subject": shut.thing, "values": [shut.text, reopened.text]}
            yield conflict_hit(
                article, shut.claim, reopened.claim, finding, "Check both dates and correct the wrong one.", told
            )
    # A weekday written with a date that falls on another day: one claim gives one day two ways (weekdays.py).
    starts = [c.start for c in article.claims]
    for day in weekday_conflicts(pairing(article).texts, article.document.text, starts, article.dating.exact, pairing(article).spoken):
        claim = article.claims[day.claim]
        evidence: dict[str, object] = {"subject": day.text, "values": [day.written, f"{day.date.isoformat()} ({day.actual})"]}
        yield Hit(claim.start, claim.end, f"{quote(claim.text)} {day.finding}", claim=claim.id, evidence=evidence)
    # "last year (2017)" in an article of 2019: a relative year and its number disagree (relative_years.py).
    published = article.dating.exact
    for pinned in pinned_year_conflicts(pairing(article).texts, published, article.dating.source, pairing(article).spoken):
        claim = article.claims[pinned.claim]
        years: dict[str, object] = {"subject": pinned.text, "values": [str(pinned.written), str(pinned.meant)]}
        yield Hit(claim.start, claim.end, f"{quote(claim.text)} {pinned.finding}", claim=claim.id, evidence=years)


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
    return conflict_hit(
        article,
        earlier,
        later,
        f"the same event is dated {old} in one and {new} in the other",
        "Check the date and correct the wrong one.",
        {"subject": subject, "values": [old, new]},
    )


# ---------------------------------------------------------------- CON006

_ATTRIBUTE_NAMES = {
    "age": "ages", "kinship": "relations", "office": "roles", "nationality": "nationalities", "birthplace": "birthplaces",
    "hometown": "home towns",
}


@rule("CON006", "attribute-conflict", "warning")
def attribute_conflict(article: Article) -> Iterator[Hit]:
    """One named person given two ages, roles, relations or nationalities (a group or a work, two nationalities).

    Appositions and descriptions ("Dana Reyes, 45, ...", "Councillor Dana Reyes, 45," then "Reyes, 52,", "Reyes,
    from Leeds," then "Reyes, from York,", "Reyes, the company's chief executive, ...",
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
    ("brother" and "twin", "wife" and "widow") are not two. One statement told twice word for word but for one
    name in the slot of a past act or of "by" ("was designed by the engineer Anna Berg" / "... Karl Holm", "joined
    the club from Ajax" / "from Feyenoord": :mod:`auditor.compare.substitutions`) gives one fact two names; not a
    name that opens the statement, an act that recurs or has several ("every", "also", "an office in"), a day or
    a month, or list items.

    Flagged: Dana Reyes, 45, runs the bakery on Mill Street. | Her bread sells out by noon. | Dana Reyes, 52, opened a second shop last year.
    Clean: Dana Reyes, 45, runs the bakery on Mill Street. | Tom Reyes, 52, her brother, delivers the bread.
    """
    p = pairing(article)
    attributes = list(attribute_conflicts(p))
    for first, second in attributes:
        yield conflict_hit(
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
            yield conflict_hit(article, earlier, later, finding, _CHECK_WHICH, values)
    for one, other in holder_conflicts(p):
        if (one.claim, other.claim) not in reported:
            reported.add((one.claim, other.claim))
            finding = (
                f"{one.person.title()} and {other.person.title()} are both said to be the {one.office} of"
                f" {one.organisation.title()}, which one person is at a time"
            )
            held: dict[str, object] = {"subject": one.organisation, "attribute": one.office, "values": [one.text, other.text]}
            yield conflict_hit(article, one.claim, other.claim, finding, _CHECK_WHICH, held)
    for earlier, later, finding, evidence in _thing_conflicts(p):
        if (earlier, later) not in reported:
            reported.add((earlier, later))
            yield conflict_hit(article, earlier, later, finding, _CHECK_WHICH, evidence)
    # One statement told twice with one name in another's place (substitutions.py).
    blocks = article.document.blocks
    listed = frozenset(i for i, c in enumerate(article.claims) if blocks[c.block].kind == "list")
    for s in substitutions(p, listed):
        if (s.earlier, s.later) not in reported:
            finding = f"the same statement ({quote(s.statement)}) names {s.old} in one and {s.new} in the other"
            told: dict[str, object] = {"subject": s.statement, "attribute": "name", "values": [s.old, s.new]}
            yield conflict_hit(article, s.earlier, s.later, finding, _CHECK_WHICH, told)


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
        if win.placing == other_win.placing == "won" or win.place == other_win.place == 1:
            finding = f"{win.text} and {other_win.text} are both said to have won one contest, which only one can have"
            values = [win.text, other_win.text]
        else:
            finding = (
                f"{win.text} is said to have {quote(win.placing)} and {other_win.text} to have {quote(other_win.placing)}"
                " one contest, which cannot both be true"
            )
            values = [win.placing, other_win.placing]
        yield win.claim, other_win.claim, finding, {"subject": " ".join(win.contest), "attribute": "winner", "values": values}
