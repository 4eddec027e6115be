"""A guide's statement of the rules it explains: "The fee this year is 2% of your yearly income or $120 per adult,
whichever is higher", "The county allows firms with up to 50 staff to use its permit desk".

An agency's explainer, a programme's how-to-apply page, a benefit's guide address their reader ("If you have 50 or
fewer employees, you're considered a small business") and set out the rules they administer: the fee, the penalty,
who qualifies, what is allowed. Such a page is the source of its rules; an editor there would add no citation.

:func:`states_rule` reads one sentence (``knowledge/rules.json``): a term a rule sets ("the fee", "the payment", "the
stipend") that states its figure ("the fee this year is ...", "a stipend of ..."), a verb that permits, obliges or
qualifies ("allows", "must", "are eligible", "is considered"), or a choice between two amounts ("whichever is
higher"); never a figure that changes ("the minimum wage rose 30%") or counts a share of people ("40% of applicants
qualify"). :func:`addresses_reader` reads the page: a guide speaks to "you" in at least ``READER_MIN`` sentences of
its prose, and in at least ``READER_SHARE`` of them. A statistic of the world on a guide ("the average cost of a
year of street parking is $1,900") states no rule and still needs its source; so does a rule stated on a page that
does not address its reader (news, an essay).
"""

from __future__ import annotations

import re
from functools import cache

from auditor.article import Article, per_article
from auditor.knowledge import load
from auditor.phrases import alternation

READER_MIN = 3
"""A guide addresses its reader in at least this many sentences ..."""
READER_SHARE = 0.25
"""... and in at least this share of its sentences."""
_WORD = re.compile(r"[A-Za-z][\w'’-]*")


@cache
def _lists() -> tuple[frozenset[str], re.Pattern[str], re.Pattern[str], frozenset[str]]:
    data = load("rules")
    verbs = re.compile(rf"\b(?:{alternation(data['verbs'])})\b", re.IGNORECASE)
    choices = re.compile(rf"\b(?:{alternation(data['choices'])})\b", re.IGNORECASE)
    return frozenset(data["terms"]), verbs, choices, frozenset(data["reader"])


@cache
def _statistic() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a verb of change, a state verb), as words."""
    data = load("rules")
    changes = re.compile(rf"\b(?:{alternation(data['changes'])})\b", re.IGNORECASE)
    states = re.compile(rf"(?:\b(?:{alternation(data['states'])})\b|:)", re.IGNORECASE)
    return changes, states


_SHARE_OF_PEOPLE = re.compile(r"\s*(?:per\s*cent|percent)?\s+of\s+(?:all\s+|the\s+|those\s+)?[a-z-]+s\b")
"""After a figure: a share of a plural whole ("40% of applicants", "30 per cent of homes"): a count, not a rule."""


def states_rule(text: str, evidence: str) -> bool:
    """The sentence ``text`` states a rule, and its ``evidence`` is the rule's figure or date.

    >>> states_rule("The fee this year is 2% of your yearly income or $120 per adult, whichever is higher.", "$120")
    True
    >>> states_rule("In 2027 it is 3% of income or $300 per adult, whichever is higher.", "$300")
    True
    >>> states_rule("The county allows firms with up to 50 staff to use its permit desk in 2026.", "in 2026")
    True
    >>> states_rule("Did you know the average cost of a week in hospital is $18,000?", "$18,000")
    False
    >>> states_rule("The minimum wage rose 30% in 2023.", "30%"), states_rule("About 40% of applicants qualify.", "40%")
    (False, False)
    """
    terms, verbs, choices, _ = _lists()
    changes, states = _statistic()
    at = text.find(evidence)
    if at < 0:
        return False
    if changes.search(text, 0, at) or _SHARE_OF_PEOPLE.match(text, at + len(evidence)):
        return False
    if choices.search(text) or verbs.search(text):
        return True
    words = list(_WORD.finditer(text, 0, at))
    last = max((w.end() for w in words if w.group().lower() in terms), default=-1)
    return last >= 0 and states.search(text, last, at) is not None


@per_article
def addresses_reader(article: Article) -> bool:
    """The page speaks to its reader as a guide does (see the module docstring)."""
    *_, reader = _lists()
    blocks = article.document.blocks
    prose = [s for s in article.sentences if blocks[s.block].kind == "paragraph"]  # a list's items are its details
    count = sum(any(w.lower() in reader for w in _WORD.findall(article.sentence_text(s))) for s in prose)
    return count >= READER_MIN and count >= READER_SHARE * len(prose)


def guide_rule(article: Article, text: str, evidence: str) -> bool:
    """On a guide that addresses its reader, the sentence states one of the rules it explains."""
    return states_rule(text, evidence) and addresses_reader(article)
