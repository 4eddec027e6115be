"""Gates: a cheap test that a text may hold one of a reader's words before the reader's patterns are run.

Most claims hold none of the words a reader looks for (a currency, a unit of time, a verb of founding), and the
patterns and the figure reading a reader runs cost far more than one scan for a handful of literal strings. A
gate is sound when every match the reader acts on holds one of its strings in the lower case of the text: a
case-blind pattern's match, lower-cased, is a run of the lower-cased text, unless the text has one of the letters
such a pattern folds to an ASCII letter and lower-casing does not (:func:`auditor.text.lowered_plainly` says
None then, and the gate lets the text through).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from auditor.text import lowered_plainly


def literal_gate(strings: Iterable[str]) -> re.Pattern[str]:
    """A pattern that finds any of ``strings`` (taken literally, in lower case) anywhere. A string that holds
    another is left out: where it is, the other is too ("days" holds "day")."""
    lowered = {s.lower() for s in strings if s}
    forms = sorted(s for s in lowered if not any(o != s and o in s for o in lowered))
    return re.compile("|".join(re.escape(s) for s in forms))


def may_hold(text: str, gate: re.Pattern[str], lowered: str | None = None) -> bool:
    """Whether the lower case of ``text`` may hold one of the gate's strings (true when the lower case cannot
    tell: see the module docstring; ``lowered``: ``text.lower()``, when the caller has it)."""
    plain = lowered_plainly(text, lowered)
    return plain is None or gate.search(plain) is not None
