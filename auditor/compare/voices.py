"""Voices: a passive claim that names its agent, said again in the active voice.

"The Harlow Bridge was designed by Thomas Pell in 1921" says what "Thomas Pell designed the Harlow Bridge in 1921"
says, and "Thomas Pell did not design the Harlow Bridge" denies both. :func:`active` rewrites the first into the
second, so that :mod:`auditor.compare.predicates` reads a predicate of the agent from it (CON005). Only a short
subject before the auxiliary, a participle right after it (maybe after "not" or "never") and a name after "by"
are rewritten; anything else is left as it is.
"""

from __future__ import annotations

import re

MAX_PATIENT_WORDS = 8
"""A longer subject is a clause, not a thing done to."""

_PASSIVE = re.compile(
    r"(?P<patient>[^,;:()]{1,120}?)\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+"
    r"(?P<neg>(?:not|never)\s+)?(?P<verb>[a-z]+(?:ed|en|wn|lt|ght|ung|ade|ck|pt|nt|ld|ne))\s+by\s+"
    r"(?P<agent>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:(?:of|the|de|du|von|van|and)\s+)?[A-Z][\w'’.-]*){0,4})"
    r"(?P<rest>(?:\s|[,.;:]|$).*)",
    re.DOTALL,
)


def active(text: str) -> str | None:
    """``text`` in the active voice when it is a passive claim with a named agent ("Thomas Pell designed the
    Harlow Bridge in 1921."), else None."""
    m = _PASSIVE.fullmatch(text)
    if m is None or len(m.group("patient").split()) > MAX_PATIENT_WORDS:
        return None
    patient = m.group("patient")
    if patient.split()[0] in ("The", "A", "An"):
        patient = patient[0].lower() + patient[1:]
    agent, rest = m.group("agent"), m.group("rest")
    if agent.endswith("."):
        agent, rest = agent[:-1], "." + rest  # the full stop that ends the claim
    agent = agent[0].upper() + agent[1:]
    return f"{agent} {m.group('neg') or ''}{m.group('verb')} {patient}{rest}"
