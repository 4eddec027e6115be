"""The day's market data in market commentary: prices and index moves that come from the price feed.

A markets wrap lists the day's main moves ("The euro rose 0.2% to $1.03", "Gold futures fell 0.7% to $1,801.50
an ounce", "The yield on 10-year notes advanced 11 basis points") and tells them in its prose ("the gauge
topped 1% earlier in the day"). Those figures are the publisher's own market data; a reader does not expect
each one sourced. This module reads such a statement in any wording: an instrument (a word of
``instrument_words`` in ``knowledge/markets.json``, an index named by a capitalised name and its number, or a
price per unit: "$94 a barrel"), a verb of movement or level, and a figure of the market's kind (a percentage,
basis points, a price), with no hedge that makes it a forecast. A page is market commentary when it states at
least ``MARKET_MOVES_MIN`` such moves; a lone share-price move in a business story makes none.

What stays someone's to source: a forecast ("the index is expected to climb 10%"), a figure that is no market
move ("the 60/40 portfolio has generated an 11.5% loss"), an economic statistic ("unemployment rose to 4.1%":
no instrument), and every move on a page that is not market commentary.
"""

from __future__ import annotations

import re
from functools import cache

from auditor.article import Article, per_article
from auditor.knowledge import load
from auditor.phrases import alternation

MARKET_MOVES_MIN = 5
"""A page that states at least this many market moves is market commentary."""

_FIGURE = re.compile(r"[$£€¥]\s?\d|\d(?:[\d,.]*\d)?\s?(?:%|percent\b|per cent\b)")
"""A figure of the market's kind: a price in a currency or a percentage (basis points and prices per unit are
read from ``price_units``)."""
_NUMBERED_INDEX = re.compile(r"\b[A-Z][\w&.]*(?:\s[A-Z][\w&.]*)*\s\d{2,4}\b(?!\s?%|[\d,.])")
"""An index named by a capitalised name and its number of members ("a Name 250")."""
_NOT_INDEX_NAMES = re.compile(
    r"^(?:January|February|March|April|May|June|July|August|September|October|November|December|In|On|Since|By|"
    r"Through|From|Until|The|In the|Of|For|At)$"
)


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(instrument word, price unit, move verb, hedge) from ``knowledge/markets.json``."""
    data = load("markets")
    def words(key: str) -> re.Pattern[str]:
        return re.compile(rf"(?i:\b(?:{alternation(data[key])})\b)")
    return words("instrument_words"), words("price_units"), words("move_verbs"), words("hedges")


def _names_index(text: str) -> bool:
    for m in _NUMBERED_INDEX.finditer(text):
        name = m[0].rsplit(" ", 1)[0]
        if not _NOT_INDEX_NAMES.match(name) and not name.isdigit():
            return True
    return False


def market_move(text: str) -> bool:
    """The sentence states a market move or level: an instrument, a verb of movement, a figure of the market's
    kind, and no hedge ("Gold futures fell 0.7% to $1,801.50 an ounce", "the benchmark topped 1%")."""
    instrument, unit, verb, hedge = _patterns()
    priced = unit.search(text) is not None
    if not (priced or _FIGURE.search(text)) or verb.search(text) is None or hedge.search(text):
        return False
    return priced or instrument.search(text) is not None or _names_index(text)


@per_article
def market_commentary(article: Article) -> bool:
    """The page states at least ``MARKET_MOVES_MIN`` market moves (its prose and its lists of the day's moves)."""
    count = 0
    for s in article.sentences:
        if market_move(article.sentence_text(s)):
            count += 1
            if count >= MARKET_MOVES_MIN:
                return True
    return False


def feed_figure(article: Article, text: str) -> bool:
    """A market move stated on a page of market commentary: the publisher's own market data."""
    return market_move(text) and market_commentary(article)
