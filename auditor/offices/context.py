"""Context: whether a mention of an office holder claims that they hold the office at the time spoken of.

"A potential second X administration", "the incoming administration", "President-elect X", "a X
government would ...", "if elected" speak of a possibility or a transition, not of who is in office.
"An executive order President X signed" and "a rule issued by the X administration", cited years later,
tell of a past act: the sentence's present tense ("still governs") is not the holder's. The word lists
are in ``knowledge/office_words.json``; the verbs of speech that make a mention the speaker of the
article's own days ("Prime Minister X said on Monday") are the reporting verbs of ``knowledge/measures.json``.
"""

from __future__ import annotations

import functools
import re

from auditor.knowledge import load

BEFORE = 60
"""Characters before a mention read for a hypothetical word or an indefinite article."""


@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    data = load("office_words")

    def words(name: str) -> str:
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(data[name], key=len, reverse=True))

    before = re.compile(
        rf"(?:\b(?:{words('hypothetical')})\s+(?:(?:second|third|new|\w+['’]s)\s+)?(?:the\s+)?"
        r"|\b(?:a|an)\s+(?:(?:second|third|fourth|new|future)\s+)?)$",
        re.IGNORECASE,
    )
    elect = re.compile(rf"(?:{'|'.join(re.escape(w) for w in data['elect'])})\b", re.IGNORECASE)
    conditional = re.compile(rf"^(?:['’]s)?\s+(?:\w+\s+)?(?:{words('conditional')})\b", re.IGNORECASE)
    conditions = re.compile(rf"\b(?:{words('conditions')})\b", re.IGNORECASE)
    past = words("past_verbs")
    act = re.compile(
        rf"^(?:['’]s)?\s+(?:had\s+|has\s+|once\s+|originally\s+|first\s+)?(?:{past})\b"
        rf"|\b(?:{past})\s+(?:\w+\s+){{0,3}}?(?:by|under)\s+(?:the\s+)?(?:then[-\s])?$",
        re.IGNORECASE,
    )
    return before, elect, conditional, conditions, act


def hypothetical(sentence: str, start: int, end: int) -> bool:
    """Whether the mention at ``start:end`` of ``sentence`` is a possibility or a transition."""
    before, elect, conditional, conditions, _ = _patterns()
    if before.search(sentence[max(0, start - BEFORE) : start]):
        return True  # "a potential second X administration", "the incoming X government", "a X presidency"
    if elect.match(sentence, end) or elect.search(sentence[start:end]):
        return True  # "President-elect X", "Prime Minister-designate X"
    if conditional.match(sentence[end:]):
        return True  # "a X administration would ..."
    return conditions.search(sentence) is not None  # "if elected", "should she win"


@functools.cache
def _speech() -> re.Pattern[str]:
    data = load("measures")
    words = {*data["reporting"], *data["reporting_clause"]}
    verbs = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"^(?:['’]s?)?\s+(?:\w+\s+){{0,2}}?(?:{verbs})\b", re.IGNORECASE)


def speaks(sentence: str, start: int, end: int) -> bool:
    """Whether the mention at ``start:end`` is the one who speaks ("Prime Minister X said on Monday", "the X
    administration told reporters"): reported speech about the article's own days is about its present."""
    if _speech().match(sentence[end:]):
        return True
    return sentence[max(0, start - 20) : start].rstrip().lower().endswith("according to")


def past_act(sentence: str, start: int, end: int) -> bool:
    """Whether the mention at ``start:end`` is the agent of a past act ("X signed", "issued by X")."""
    act = _patterns()[4]
    return bool(act.match(sentence[end:]) or act.search(sentence[max(0, start - BEFORE) : start]))
