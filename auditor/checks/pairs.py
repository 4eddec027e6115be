"""What two lined-up claims have in common, for the CON rules that compare near-identical claims (CON003,
CON004, CON005): whether they make one statement but for what differs (:func:`same_statement`), the values that
changed, the words they share, and the finding that names and quotes both claims (:func:`conflict_hit`)."""

from __future__ import annotations

import re

from auditor.article import Article
from auditor.compare.pairing import Comparison
from auditor.compare.statements import Statement, Term
from auditor.model import Hit
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


def same_statement(c: Comparison, *, strict: bool) -> bool:
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
    if a.long_lead and a.lead:
        return False  # "The north terminal ..." / "The south terminal ...": each its own subject
    if strict and a.long_lead and any(t.kind == "ordinal" for t in c.long.terms[: a.long_lead]):
        return False  # "The old bridge ...", "the new stadium": its own subject
    if strict and (narrowed := narrowed_subject(c)) is not None and narrowed.index == c.later:
        return False  # "The repair kit costs $15" / later "The deluxe repair kit costs $25": another kit
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


def narrowed_subject(c: Comparison) -> Statement | None:
    """The claim whose subject has a word right before the head both claims share that the other lacks, when the
    other opens with that head: "The mayor was present at the opening" / "The deputy mayor was absent from the
    opening", "The main road was closed" / "The old main road was open". The word picks out another one of the
    kind. Only a lower-case word written right before the head (nothing between them), so a preamble ("In May the
    council ...") or a year does not count. None when neither claim's subject is so narrowed."""
    a = c.alignment
    if not a.matched:
        return None
    if a.long_lead and c.short.terms[0] is a.matched[0]:
        return c.long if _modifies(c.long, a.long_lead - 1) else None
    long_opens = bool(c.long.terms) and c.long.terms[0].key == a.matched[0].key
    lead = len(a.lead)
    if lead and long_opens and lead < len(c.short.terms) and c.short.terms[lead] is a.matched[0]:
        return c.short if _modifies(c.short, lead - 1) else None
    return None


def _modifies(statement: Statement, index: int) -> bool:
    """Whether term ``index`` is a lower-case word written right before the next term (its head)."""
    if index < 0 or index + 1 >= len(statement.terms):
        return False
    word, head = statement.terms[index], statement.terms[index + 1]
    if word.kind != "word" or not word.text[:1].islower():
        return False
    return statement.text[word.start + len(word.text) : head.start].strip() == ""


def changed_values(c: Comparison, kind: str) -> list[tuple[Term, Term]]:
    """The values of ``kind`` (years or figures) that changed, when the claims are one statement otherwise."""
    a = c.alignment
    if not a.swaps or a.polarity_differs or any(s.kind != kind for s, _ in a.swaps):
        return []
    if not same_statement(c, strict=True):
        return []
    return [(s, t) for s, t in a.swaps if s.key != t.key]


def shared_subject(c: Comparison) -> str:
    """The words both claims share, as a short description of what they are about."""
    keys = set(c.long.keys)
    return " ".join(t.text for t in c.short.terms if t.key in keys and t.sign == 0)[:80]


def conflict_hit(article: Article, earlier: int, later: int, finding: str, action: str, evidence: dict[str, object]) -> Hit:
    """A finding on the later claim that names and quotes the earlier one."""
    first, second = article.claims[earlier], article.claims[later]
    message = f"{quote(second.text)} contradicts an earlier claim, {quote(first.text)}: {finding}. {action}"
    return Hit(second.start, second.end, message, claim=second.id, related=(first.id,), evidence=evidence)
