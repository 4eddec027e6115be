"""A guide's statement of the rules it explains: "The fee in 2014 is 1% of your yearly income or $95 per person,
whichever is higher", "The state allows businesses with up to 100 employees to use its exchange".

An agency's explainer, a programme's how-to-apply page, a benefit's guide address their reader ("If you have 50 or
fewer employees, you're considered a small business") and set out the rules they administer: the fee, the penalty,
who qualifies, what is allowed. Such a page is the source of its rules; an editor there would add no citation.

:func:`states_rule` reads one sentence (``knowledge/rules.json``): a term a rule sets ("the fee", "the payment", "the
stipend") before its figure, a verb that permits, obliges or qualifies ("allows", "must", "are eligible", "is
considered"), or a choice between two amounts ("whichever is higher"). :func:`addresses_reader` reads the page: a
guide speaks to "you" in at least ``READER_MIN`` sentences of its prose, and in at least ``READER_SHARE`` of them. A
statistic of the world on a guide ("the average cost of a 3-day hospital stay is $30,000") states no rule and still
needs its source; so does a rule stated on a page that does not address its reader (news, an essay).
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


def states_rule(text: str, evidence: str) -> bool:
    """The sentence ``text`` states a rule, and its ``evidence`` is the rule's figure or date.

    >>> states_rule("The fee in 2014 is 1% of your yearly income or $95 per person, whichever is higher.", "$95")
    True
    >>> states_rule("In 2016 it is 2.5% of income or $695 per person, whichever is higher.", "$695")
    True
    >>> states_rule("The state of Hawaii allows businesses with up to 100 FTEs to use its SHOP in 2014.", "in 2014")
    True
    >>> states_rule("Did you know the average cost of a 3-day hospital stay is $30,000?", "$30,000")
    False
    """
    terms, verbs, choices, _ = _lists()
    at = text.find(evidence)
    if at < 0:
        return False
    if choices.search(text) or verbs.search(text):
        return True
    return any(w.lower() in terms for w in _WORD.findall(text[:at]))


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
