"""Whether a writer's first person tells of their own work, or speaks as everyone.

A page told from inside (an organisation's blog, a team's report, a campaign's page) speaks of what its writer
does: "we launched the pilot", "our survey", "contact us". A page may say "we" and "us" without any of that:
"we understand little of deep-sea currents", "over the century we watched harvests double", "this keeps us
from seeing", "for all of us". That "we" is anyone (the writer, the reader, people at large), and the
page is no account of the writer's work: the figures it gives of the world are not the writer's testimony.

:func:`tells_own_work` reads one first-person sentence (``knowledge/own_work.json``):

- "I" or "we", past any auxiliaries and adverbs, then a verb that is not one of knowing, perceiving, being,
  having, needing or wishing ("we built", "I interviewed", "we're hiring"): the writer's doing;
- "our" or "my" before a noun that is not what everyone has ("our team", "my research"; not "our own
  children", "our country");
- words the writer heard first-hand ("told me", "in an interview with us":
  :func:`auditor.sourcing.voice.is_first_hand`);
- "us" (in lower case: "US" is a country) after a verb of contact or partnership ("contact us", "join us",
  "worked with us").

Where it cannot tell (no subject, no noun it can read), it says the writer's work is told: a page keeps its
reading as an insider's account unless every first-person sentence speaks as everyone.
"""

from __future__ import annotations

import re
from functools import cache

from auditor.knowledge import load
from auditor.sourcing.voice import is_first_hand

_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_ENDINGS = ("", "'m", "'re", "'ve", "'d", "'ll", "’m", "’re", "’ve", "’d", "’ll")
_FIRST = frozenset(pronoun + ending for pronoun in ("i", "we") for ending in _ENDINGS)
"""The writer as the subject: "I", "we", and their contractions ("we're", "I’ve")."""
_POSSESSIVE = frozenset({"our", "my"})
_BE = frozenset({"are", "am", "were", "was"})


@cache
def _lists() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    data = load("own_work")
    return (
        frozenset(data["auxiliaries"]),
        frozenset(data["generic_verbs"]),
        frozenset(data["not_verbs"]),
        frozenset(data["generic_possessions"]),
        frozenset(data["contact_verbs"]),
    )


def tells_own_work(text: str) -> bool:
    """The first-person sentence ``text`` tells of the writer's doing (see the module docstring).

    >>> tells_own_work("We launched the pilot in three clinics.")
    True
    >>> tells_own_work("Get in touch with us to join the study.")
    True
    >>> tells_own_work("Our survey covered every county.")
    True
    >>> tells_own_work("We understand little about deep-sea currents.")
    False
    >>> tells_own_work("Over the century we watched harvests double.")
    False
    >>> tells_own_work("It serves all of us and our children.")
    False
    """
    if is_first_hand(text):
        return True  # "..., the engineer told me": the writer's own reporting
    auxiliaries, generic, not_verbs, possessions, contacts = _lists()
    written = _WORD.findall(text)
    words = [w.lower() for w in written]
    for i, word in enumerate(words):
        if word in _FIRST and (word[0] == "w" or written[i][0] == "I"):  # "i.e." is no "I"
            j = i + 1
            while j < len(words) and (words[j] in auxiliaries or words[j].endswith("ly")):
                j += 1
            if word.endswith(("'re", "’re", "'m", "’m")) or (j > i + 1 and words[j - 1] in _BE):
                # "we're hiring", "we were thrilled to meet": a verb in -ing or -ed is the doing; "we're at the
                # beginning" is none
                if (
                    j < len(words)
                    and words[j].endswith(("ing", "ed"))
                    and words[j] not in generic
                    and words[j] not in not_verbs
                ):
                    return True
                continue
            if j < len(words) and words[j] not in generic and words[j] not in not_verbs and words[j] not in _FIRST:
                return True
        elif word in _POSSESSIVE:
            if i + 1 < len(words) and words[i + 1] not in possessions and not words[i + 1].endswith("ing"):
                return True
        elif written[i] == "us" and i > 0 and words[i - 1] in contacts:
            return True
    return False
