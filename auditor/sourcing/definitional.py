"""A definitional figure: a value stated as how a kind of thing works, not measured in the world ("A money market
fund keeps its share price at $1", "Each token is pegged to $1", "A troy ounce is by definition 31.1 grams").

Such a figure is what the thing is: a peg, a fixed or nominal value, a value by definition. It is no statistic, and
an editor would ask no source for it, as for "a week has seven days". :func:`defines` reads the words before the
figure in its sentence (``knowledge/definitional.json``):

- a peg, in the present tense, whatever the subject: "is pegged to", "are pegged at";
- a value held by design, in the present tense, said of a kind of thing (the sentence opens with "A", "An", "Each",
  "Every", "Any", not "A typical ..."): "keeps its share price at", "holds its value at", "is fixed at", "is set at";
- a value by definition: "is by definition", "is defined as", "by definition equals".

A past tense ("kept its price at $1 in 2008"), a named subject ("The Central Bank keeps its rate at 4%": a decision),
or a figure elsewhere in the sentence ("..., worth $2,300 today") is a reported fact and keeps its need.
"""

from __future__ import annotations

import re
from functools import cache

from auditor.knowledge import load
from auditor.phrases import alternation

_REACH = 80
"""The words before a figure that may state its definition: this many characters."""


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    data = load("definitional")
    be = r"(?:is|are)\s+(?:always\s+|permanently\s+|still\s+)?"
    pegged = re.compile(rf"\b{be}(?:{alternation(data['pegs'])})\s+(?:at|to)\s+(?:about\s+|around\s+)?$", re.I)
    held = re.compile(
        rf"\b(?:(?:{alternation(data['holding_verbs'])})\s+(?:its|their)\s+(?:{alternation(data['held_values'])})"
        rf"\s+(?:at|to)|{be}(?:{alternation(data['fixing_participles'])})\s+(?:at|to))\s+$",
        re.I,
    )
    generic = re.compile(
        rf"^\s*(?:{alternation(data['generic_determiners'])})\s+(?!(?:{alternation(data['measured_kinds'])})\b)[a-z]",
        re.I,
    )
    defined = re.compile(
        r"\b(?:(?:is|are|equals?)\s+(?:by\s+definition|defined\s+as)|by\s+definition\s+(?:is|are|equals?))"
        r"\s+(?:exactly\s+)?$",
        re.I,
    )
    return pegged, held, generic, defined


def defines(text: str, figure: str) -> bool:
    """Whether ``figure`` (as :func:`auditor.sourcing.need.figures` gives it) is stated in ``text`` as a definitional
    value of the thing the sentence is about, at its first place in the sentence."""
    at = text.find(figure)
    if at < 0:
        return False
    before = text[max(0, at - _REACH) : at]
    pegged, held, generic, defined = _patterns()
    if pegged.search(before) or defined.search(before):
        return True
    return held.search(before) is not None and generic.match(text) is not None
