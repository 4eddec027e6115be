"""CON001, CON002: who held an office when, against what the article says.

Each mention of an office holder in their office ("the Biden administration",
"Prime Minister Starmer") is scoped in time by its own sentence: the dates and
years it names ("since January 2025" runs to the article's date), except one
after a word that puts it before the sentence's time ("given his prior
objections in 2014" dates the objections, not the office); failing
those, the article's date when the sentence speaks in the present ("is", "has
been", "now"), or the article's own days when it names them ("said on Monday",
"yesterday", "last week": :mod:`auditor.relative_dates`). Historical phrasing
("former President", "then-", past tense with no date), possibilities and
transitions ("a potential second X administration", "the incoming
administration", "President-elect X", "would", "if elected") and past acts
cited later ("an order President X signed") are left alone
(:mod:`auditor.offices.context`), and so are dialogue turns and quotations.
Periods after the office data's ``as_of`` are unknown: no finding.
"""

from __future__ import annotations

import datetime
import re
from collections import defaultdict, deque
from collections.abc import Iterator
from dataclasses import dataclass, replace

from auditor.article import Article, per_article
from auditor.checks import rule
from auditor.compare.speech import spoken_claims
from auditor.dating import Period, periods_in
from auditor.model import Claim, Hit
from auditor.offices import Holder, Mention, MentionIndex, find_mentions, known_through, may_mention, office
from auditor.offices.context import hypothetical, past_act, speaks
from auditor.relative_dates import relative_periods
from auditor.text import quote

_PRESENT = re.compile(
    r"\b(?:is|are|has|have|now|currently|today|ongoing|continues|continue|remains|remain|evolving|current|latest"
    r"|this (?:year|month|week)|so far)\b",
    re.I,
)
_TENURE = re.compile(r"(?:presidency|premiership|chancellorship|tenure|era|years|term)$", re.I)
"""A mention of someone's time in office ("Bill Clinton's presidency") is about that time, not the present."""
_PAST = re.compile(
    r"\b(?:was|were|had|did|former|formerly|then|previously|earlier|ago|once|back in|last (?:year|decade|month)"
    r"|used to|would later|era|legacy|inherited)\b|\bthen-",
    re.I,
)


_DAY = datetime.timedelta(days=1)
MAX_EARLIER = 8
"""CON001 compares a mention with at most this many earlier mentions of each other holder of the office."""


@dataclass(frozen=True, slots=True)
class Dated:
    """A mention of an office holder, the claim it is in, and the periods that claim speaks of."""

    mention: Mention
    claim: Claim
    periods: tuple[Period, ...]
    present: bool
    """Scoped by the article's date (the claim names no date of its own)."""
    relative: bool = False
    """Scoped by the days the claim names relative to the article's date ("on Monday", "last week")."""


def present_period(article: Article, today: datetime.date | None = None) -> Period | None:
    """The article's present: its date (or the latest date of the works it cites, the best estimate of it), or,
    when only the text's latest year is known, that year onwards."""
    if article.dating.day:
        return article.dating.day, article.dating.day
    if article.dating.year:
        return datetime.date(article.dating.year, 1, 1), today or datetime.date.today()
    return None


@per_article
def dated_mentions(article: Article) -> tuple[Dated, ...]:
    """Every office-holder mention inside a claim, with the time it is about.

    A mention is dated by the dates its sentence names; failing those, it is left out when it is a
    possibility or a transition ("a potential second X administration", "the incoming administration",
    "a X government would ...") or the agent of a past act ("an order President X signed"); a sentence in
    the present tense is about the article's date, and one that speaks of the article's own days ("said on
    Monday", "last week") about those days. Dialogue turns and quotations are left out, and so is any
    period the office data does not cover yet (after its ``as_of``): there the answer is "unknown".
    """
    text = article.document.text
    if not may_mention(text):
        return ()  # no office words at all: skip the scan
    spoken = {article.claims[n].id for n in spoken_claims(article)}
    claims = sorted((c for c in article.claims if c.id not in spoken), key=lambda c: c.start)
    by_claim: dict[int, list[Mention]] = defaultdict(list)
    index = MentionIndex(text)
    for k, claim in enumerate(claims):
        # Only the few sentences with an office word are scanned, each on its own.
        if index.may_mention(claim.start, claim.end):
            sentence = text[claim.start : claim.end]
            for mention in find_mentions(sentence):
                if not mention.former:
                    by_claim[k].append(replace(mention, start=mention.start + claim.start, end=mention.end + claim.start))
    present = present_period(article)
    found = []
    for k, mentions in sorted(by_claim.items()):
        claim = claims[k]
        sentence = text[claim.start : claim.end]
        dates = periods_in(sentence, present[1] if present else None)
        anchored = relative_periods(sentence, article.dating.exact) if article.dating.exact else []
        for mention in mentions:
            at = mention.start - claim.start, mention.end - claim.start
            periods = _nearest(
                mention, mentions, [d for d in dates if not _of_earlier_thing(sentence, at[1], d[0])], claim.start
            )
            if periods:
                dated = Dated(mention, claim, periods, False)
            elif hypothetical(sentence, *at) or past_act(sentence, *at) or _TENURE.search(mention.text):
                continue
            elif present and _PRESENT.search(sentence) and not _PAST.search(sentence):
                dated = Dated(mention, claim, (present,), True)
            elif anchored and speaks(sentence, *at):
                # "Prime Minister X said on Monday": the speaker of the article's own days, not someone
                # whose rules or orders are still talked about ("the X administration's rules, which took
                # effect last month").
                dated = Dated(mention, claim, _nearest(mention, mentions, anchored, claim.start), False, True)
            else:
                continue
            if dated.periods:
                found.append(dated)
    return tuple(found)


_ANTERIOR = re.compile(r"\b(?:prior|previous|previously|earlier|past)\b", re.I)
"""A word that puts what follows before the sentence's own time: "President X's doubts today, given his prior
objections to the mission in 2014" dates the objections, not the presidency."""


def _of_earlier_thing(sentence: str, mention_end: int, date_at: int) -> bool:
    """The date comes after the mention, past a word that puts it earlier than what the mention is about."""
    return date_at > mention_end and _ANTERIOR.search(sentence, mention_end, date_at) is not None


def _nearest(
    mention: Mention, mentions: list[Mention], dates: list[tuple[int, Period]], offset: int
) -> tuple[Period, ...]:
    """The dates of a sentence that belong to this mention: all of them, or, when the sentence names
    several office holders ("X revised it in 2019 and Y expanded it in 2021"), those closest to it."""
    if len(mentions) == 1:
        return tuple(p for _, p in dates)

    def distance(at: int, m: Mention) -> int:
        return min(abs(at - (m.start - offset)), abs(at - (m.end - offset)))

    return tuple(p for at, p in dates if min(mentions, key=lambda m: distance(at, m)) is mention)


def _in_office_during(holder: Holder, period: Period) -> bool:
    first, last = period
    return any(t.start <= last and (t.end is None or t.end > first) for t in holder.terms)


def _fits(mention: Mention, periods: tuple[Period, ...]) -> bool:
    return any(_in_office_during(h, p) for h in mention.holders for p in periods)


def _when(periods: tuple[Period, ...], present: bool, relative: bool = False) -> str:
    if relative:
        first, last = periods[0]
        days = first.isoformat() if first == last else f"{first.isoformat()} to {last.isoformat()}"
        return f"in the days the article speaks of ({days})"
    if present and periods[0][0] == periods[0][1]:
        return f"at the article's date ({periods[0][0].isoformat()})"
    if present:
        return f"in the article's present (from {periods[0][0].year} on)"
    first, last = periods[0]
    if first == last:
        return f"on {first.isoformat()}"
    if (first.month, first.day, last.month, last.day) == (1, 1, 12, 31) and first.year == last.year:
        return f"in {first.year}"
    if first.day == 1 and (first.year, first.month) == (last.year, last.month) and last.month != (last + _DAY).month:
        return f"in {first:%B %Y}"
    return f"from {first.isoformat()} to {last.isoformat()}"


def _terms(holder: Holder) -> str:
    return ", ".join(f"{t.start.isoformat()} to {t.end.isoformat() if t.end else 'present'}" for t in holder.terms)


def _covered(mention: Mention, periods: tuple[Period, ...]) -> bool:
    """The data knows this office for these periods (no verdict before its first holder)."""
    first_known = min(h.first_start for h in office(mention.office_id).holders)
    return all(p[0] >= first_known for p in periods)


@rule("CON002", "anachronism", "error")
def anachronism(article: Article) -> Iterator[Hit]:
    """A dated statement names an office holder who was not in office then.

    Built-in knowledge of heads of state and government (US, UK, Germany, France,
    Canada, Australia, India, Japan) dates "the Biden administration", "Prime
    Minister Starmer" and the like; a statement about a period (its own dates, the
    article's present, or the days it speaks of: "Prime Minister X said on
    Monday") that names someone out of office then is flagged. Possibilities and
    transitions ("a potential second X administration", "President-elect X"),
    past acts cited later ("an order President X signed") and days after the
    data's as_of are not.

    Flagged: In March 2023, the Johnson government announced a new rail budget.
    Clean: In March 2021, the Johnson government announced a new rail budget.
    """
    for dated in dated_mentions(article):
        mention = dated.mention
        if not mention.holders or not _covered(mention, dated.periods) or _fits(mention, dated.periods):
            continue
        if not all(known_through(p[1]) for p in dated.periods):
            continue  # after the data's as_of nobody knows who held the office: unknown, not a finding
        title = office(mention.office_id).title
        holder = mention.holders[0]
        day = dated.periods[0][0]
        actual = ", ".join(h.name for h in office(mention.office_id).holders_on(day)) or "nobody on record"
        yield Hit(
            mention.start,
            mention.end,
            f"{quote(mention.text)} in {quote(dated.claim.text)}: {holder.name} was not {title} "
            f"{_when(dated.periods, dated.present, dated.relative)} (in office {_terms(holder)}; on {day.isoformat()} it was "
            f"{actual}). Check the name or the date.",
            claim=dated.claim.id,
            evidence={
                "office": mention.office_id,
                "named": holder.name,
                "period": [p.isoformat() for p in dated.periods[0]],
                "in_office_then": actual,
            },
        )


def _overlap(a: Period, b: Period) -> Period | None:
    first, last = max(a[0], b[0]), min(a[1], b[1])
    return (first, last) if first <= last else None


@rule("CON001", "office-holder-conflict", "error")
def office_holder_conflict(article: Article) -> Iterator[Hit]:
    """The same office given two holders for one period.

    One paragraph dates events to "President Trump's administration", another
    credits "the Biden administration" for the same months: at most one can be
    right. Transition periods, where both held the office in turn, are not flagged.

    Flagged: Since March 2025, tariffs have risen under the Trump administration. | In April 2025, the Biden administration is easing tariffs.
    Clean: In 2019, tariffs rose under the Trump administration. | In 2022, the Biden administration eased tariffs.
    """
    # Earlier mentions by office and holder, the last few of each: an article that names one holder a
    # thousand times is compared in linear time, and a contradiction is still found through the latest.
    seen: dict[str, dict[frozenset[str], deque[Dated]]] = defaultdict(dict)
    flagged: set[str] = set()
    for dated in sorted(dated_mentions(article), key=lambda d: d.mention.start):
        mention = dated.mention
        names = frozenset(h.name for h in mention.holders)
        by_holder = seen[mention.office_id]
        earlier_ones = [d for held, ds in by_holder.items() if not held & names for d in ds]
        by_holder.setdefault(names, deque(maxlen=MAX_EARLIER)).append(dated)
        for earlier in sorted(earlier_ones, key=lambda d: d.mention.start):
            other = earlier.mention
            if earlier.claim.id == dated.claim.id:
                continue  # one sentence naming two holders tells of a change, not a contradiction
            if dated.claim.id in flagged:
                break  # one finding per claim
            for a in earlier.periods:
                for b in dated.periods:
                    both = _overlap(a, b)
                    if both is None or not known_through(both[1]):
                        continue  # no shared period, or one the data cannot speak for (after its as_of)
                    if any(_in_office_during(h, both) for h in other.holders) and any(
                        _in_office_during(h, both) for h in mention.holders
                    ):
                        continue  # a transition: both held it within this period
                    flagged.add(dated.claim.id)
                    title = office(mention.office_id).title
                    yield Hit(
                        mention.start,
                        mention.end,
                        f"Two holders of one office for the same period: {quote(other.text)} in "
                        f"{quote(earlier.claim.text, 70)} and {quote(mention.text)} in {quote(dated.claim.text, 70)}, "
                        f"both {_when((both,), False)}. Only one was {title} then; correct the other.",
                        claim=dated.claim.id,
                        related=(earlier.claim.id,),
                        evidence={
                            "office": mention.office_id,
                            "holders": [other.holders[0].name, mention.holders[0].name],
                            "period": [both[0].isoformat(), both[1].isoformat()],
                        },
                    )
                    break
                else:
                    continue
                break
