"""A traded security's price move: market data from a price feed, which a reader does not expect cited.

"The bank's shares fell 6% on Tuesday", "The stock gained 3% in early trading", "its share price has
climbed about 40% since January": a quoted price and its moves are
public market data, which commentary and news read off a price feed the way a weather report reads a
thermometer; an editor does not ask for a source for them. What the sentence says beside the move (an analyst's
forecast, a company's earnings, a deal's value) is read as usual: only a figure that is the move itself, or the
price, is left alone.

Read from the ``share_`` lists of ``knowledge/markets.json`` (whose other lists :mod:`auditor.genres.markets`
reads for a page of market commentary): a security ("shares", "the stock", "its share price") standing as one
(after a determiner, an owner or at the sentence's start, so that "she shares" and "housing stock" are not),
then, within ``MAX_GAP_WORDS`` words, a verb of a price's move ("slid", "climbing", "closed"), and the figure
after it in the same clause.
"""

from __future__ import annotations

import re
from functools import cache

from auditor.knowledge import load
from auditor.phrases import alternation

MAX_GAP_WORDS = 8
"""Between the security and its move: "Shares of the regional bank have fallen"."""
MAX_FIGURE_CHARS = 60
"""The figure follows the move within this many characters: "fell about 6% to a low near $30"."""


@cache
def _move() -> re.Pattern[str]:
    data = load("markets")
    return re.compile(
        rf"(?:(?:^|(?<=[\s,;:(]))(?i:{alternation(data['share_owners'])})\s+|^\W*)"
        rf"(?i:{alternation(data['share_securities'])})\b,?(?:\s+[\w'’,.$-]+){{0,{MAX_GAP_WORDS}}}?\s+"
        rf"(?i:{alternation(data['share_moves'])})\b"
    )


def price_move(text: str, figure: str) -> bool:
    """``figure`` is a traded security's price or its move in ``text`` (see the module docstring).

    >>> price_move("Shares of the regional bank have fallen about 6% since Tuesday, to $30.", "6%")
    True
    >>> price_move("The stock gained 3% in early trading.", "3%")
    True
    >>> price_move("Analysts expect its earnings to grow 9% a year.", "9%")
    False
    >>> price_move("The county's housing stock fell 5% in a decade.", "5%")
    False
    """
    for m in _move().finditer(text):
        at = text.find(figure, m.end())
        clause = text[m.end() : at]
        if 0 <= at - m.end() <= MAX_FIGURE_CHARS and not any(stop in clause for stop in (";", ". ")):
            return True
    return False
