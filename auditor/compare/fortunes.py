"""Fortunes: a claim that calls an outcome for people lucky or unlucky, and says the opposite of what it was.

"Residents were unfortunate enough to come away from the storm alive" and "Fortunately, four passengers were
killed" contradict themselves: surviving is no misfortune, and being killed is no luck. A :class:`Fortune` is a
claim's word of fortune (an adjective before "(enough) to ...", or a sentence adverb that opens the claim:
``knowledge/fortunes.json``), the side it takes, and the side of the outcome it qualifies: what befalls people,
where harm said of nobody ("no one was hurt") is good. The two sides differing is one claim that says a thing
and its opposite (CON005).

Whatever makes the outcome a matter of degree, a comparison or a condition ("only", "nearly", "could have",
"but"), a negator anywhere in the claim, a death after a word of good fortune ("mercifully, he died in his
sleep"), an outcome after a sentence adverb that befalls no person ("Unfortunately, the gunman survived"), and an
outcome word that names or describes people ("Fortunately, the injured were taken to hospital") leave the claim
unread: where the tool cannot tell, it stays quiet. Each claim is read once, on its own, so the cost is linear.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from auditor.compare.pairing import Pairing
from auditor.knowledge import load
from auditor.phrases import alternation

_NEGATORS = re.compile(
    r"\b(?:not|never|no|none|nobody|nothing|neither|nor|cannot|without|failed)\b|n['’]t\b", re.IGNORECASE
)
_NOBODY = re.compile(
    r"\b(?:no\s+one|nobody|no-one|none)\s+(?:of\s+the\s+\w+\s+)?(?:was|were|has\s+been|have\s+been|had\s+been|got)\s+"
    r"(?:killed|injured|hurt|wounded)\b|\b(?:there\s+(?:were|was)\s+no|caused\s+no|no)\s+(?:injuries|deaths|casualties|fatalities)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Fortune:
    """A word of fortune in a claim and the outcome it qualifies, each good or bad."""

    claim: int
    word: str
    """The word of fortune as written ("unfortunate")."""
    lucky: bool
    """Whether the word calls the outcome good fortune."""
    outcome: str
    """The outcome's words, from the claim ("alive", "no one was hurt")."""
    good: bool
    """Whether the outcome is good for those it befalls."""


@cache
def _data() -> dict[str, frozenset[str]]:
    data = load("fortunes")
    lists = {k: frozenset(v) for k, v in data.items() if isinstance(v, list)}
    return {**lists, "people": frozenset(load("casualties")["people"]) | lists["sufferers"]}


@cache
def _frames() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The adjective frame ("unfortunate enough to ...") and the sentence adverb frame ("Fortunately, ...")."""
    data = load("fortunes")
    adjectives = [w for w in [*data["good_fortune"], *data["bad_fortune"]] if not w.endswith("ly")]
    adverbs = [w for w in [*data["good_fortune"], *data["bad_fortune"]] if w.endswith("ly")]
    rest = r"(?P<rest>[^.;:!?]+)"
    adjective = re.compile(rf"\b(?P<word>{alternation(adjectives)})\s+(?:enough\s+)?to\s+{rest}", re.IGNORECASE)
    adverb = re.compile(rf"^\W*(?:(?:but|and|so)\s+)?(?P<word>{alternation(adverbs)})\s*,?\s+{rest}", re.IGNORECASE)
    return adjective, adverb


@cache
def _gate() -> frozenset[bytes]:
    """Every word of fortune as bytes, to pass over claims that have none."""
    data = load("fortunes")
    return frozenset(w.encode() for w in [*data["good_fortune"], *data["bad_fortune"]])


def _outcome(rest: str, *, adverb: bool) -> tuple[str, bool] | None:
    """The outcome a word of fortune qualifies, and whether it is good; None when it cannot be told."""
    data = _data()
    nobody = _NOBODY.search(rest)
    if nobody:
        return nobody.group(0), True
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", rest)]
    if not data["quiet"].isdisjoint(words):
        return None
    # "the injured", "their rescued dog": a word that names or describes someone says nothing of what befell them
    said = [w for n, w in enumerate(words) if n == 0 or words[n - 1] not in data["determiners"]]
    named = {w for n, w in enumerate(words) if n and words[n - 1] in data["determiners"]}
    good = [w for w in said if w in data["good_outcomes"]]
    bad = [w for w in said if w in data["bad_outcomes"]]
    if bool(good) == bool(bad) or not named.isdisjoint(data["good_outcomes"] | data["bad_outcomes"]):
        return None
    if adverb and data["people"].isdisjoint(words):
        return None  # "Unfortunately, the gunman survived": whose outcome, and good for whom?
    return (good or bad)[0], bool(good)


def find_fortune(claim: int, text: str) -> Fortune | None:
    """The word of fortune of a claim that contradicts the outcome it qualifies, if there is one."""
    if _NEGATORS.search(_NOBODY.sub(" ", text)):
        return None  # a negator outside "no one was hurt" may deny the fortune or the outcome
    data = _data()
    adjective, adverb = _frames()
    for pattern, is_adverb in ((adverb, True), (adjective, False)):
        m = pattern.search(text)
        if m is None:
            continue
        word = m.group("word")
        lucky = word.lower() in data["good_fortune"]
        read = _outcome(m.group("rest"), adverb=is_adverb)
        if read is None:
            return None
        outcome, good = read
        if lucky and not good and outcome.lower() in data["natural_death"]:
            return None  # "mercifully, he died in his sleep"
        return Fortune(claim, word, lucky, outcome, good) if lucky != good else None
    return None


def fortune_conflicts(p: Pairing) -> list[Fortune]:
    """The claims that call an outcome for people lucky when it was bad, or unlucky when it was good."""
    gate = _gate()
    found = []
    for index, text in enumerate(p.texts):
        if p.words[index].isdisjoint(gate) or p.hedged(index):
            continue
        fortune = find_fortune(index, text)
        if fortune is not None:
            found.append(fortune)
    return found

