"""Who speaks in a sentence, and of whom: the writer's own account, instructions, names.

A claim needs no source when the writer speaks of their own work ("we shipped", "I spoke with"),
reports what they saw first-hand ("as of this writing", "told us"), tells the reader what to do,
asks a question, or speaks of the document itself ("This week's newsletter summarizes ...").
The proper names of a sentence tell whom it is about (:func:`names_in`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from auditor.claims import strip_markup
from auditor.knowledge import load
from auditor.phrases import Phrases, alternation, words_of
from auditor.text import MONTHS, stopwords

_QUOTE = re.compile(r"[\"“](?P<q>[^\"“”]{3,600})[\"”]|(?<![\w’'])[‘'](?P<s>[^‘’']{3,600})[’'](?!\w)")
_FIRST_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_OPENERS = frozenset({"", '"', "“", "(", "'", "‘"})
_CAPITAL = re.compile(
    r"(?<![\w'’.-])(?:[A-Z][\w'’&.-]*[A-Za-z0-9]|[A-Z])(?:\s+(?:of|the|de|for|and|&)?\s*[A-Z][\w'’&.-]*)*"
)
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass(frozen=True, slots=True)
class _Lexicon:
    first_person: re.Pattern[str]
    first_person_gate: frozenset[str]
    instruction_starts: frozenset[str]
    first_hand: Phrases
    self_reference: Phrases
    illustration: Phrases
    source_noun: Phrases
    forward: Phrases
    internal: Phrases
    source_heads: frozenset[str]
    field_label: re.Pattern[str]
    anaphora: re.Pattern[str]
    discourse: re.Pattern[str]
    not_names: frozenset[str]


@cache
def _lexicon() -> _Lexicon:
    data = load("need")
    first = [w for w in data["first_person"] if not w.startswith("i") and w != "us"]
    return _Lexicon(
        # "I" only capitalised and "us" only in lower case: "US" is a country.
        re.compile(rf"(?i:\b(?:{alternation(first)})\b)|\bI\b|\bus\b"),
        frozenset(w for p in data["first_person"] for w in words_of(p)),
        frozenset(data["instruction_starts"]),
        Phrases(data["first_hand"]),
        Phrases(data["self_reference"], r"^\W*(?:\w+\s+){0,2}?(?:{})\b"),
        Phrases(data["illustrations"]),
        Phrases(data["source_nouns"]),
        Phrases(data["forward_references"]),
        Phrases(data["internal_sources"]),
        frozenset(w for p in data["source_heads"] for w in words_of(p)),
        re.compile(rf"(?:{alternation(data['field_labels'])})\s*:", re.I),
        re.compile(rf"\b(?:{alternation(data['anaphora'])})\b", re.I),
        re.compile(
            r"\b(?:we|i|let['’]s)\s+(?:will\s+|['’]ll\s+|shall\s+|can\s+|now\s+)?"
            rf"(?:{alternation(data['discourse_verbs'])})\b",
            re.I,
        ),
        frozenset({"I", *(m.capitalize() for m in MONTHS), *_DAYS, *(w.capitalize() for w in stopwords())}),
    )


def unquoted(text: str) -> str:
    """``text`` without the words it quotes: what the writer says in their own voice."""
    return _QUOTE.sub(" ", text) if ('"' in text or "“" in text or "'" in text or "‘" in text) else text


def quotations(text: str) -> list[tuple[int, int, str]]:
    """(start, end, quoted words) of every quotation in ``text``."""
    return [(m.start(), m.end(), (m["q"] or m["s"] or "").strip()) for m in _QUOTE.finditer(text)]


def plain(text: str) -> str:
    """A claim's text as a reader sees it: link markup and citation residue gone, spacing tidied."""
    return " ".join(strip_markup(text).split())


def is_first_person(text: str) -> bool:
    """The writer speaks of themselves ("we shipped", "our team found", "I spoke with")."""
    lexicon = _lexicon()
    return not lexicon.first_person_gate.isdisjoint(words_of(text)) and bool(lexicon.first_person.search(text))


def speaks_of_the_document(text: str) -> bool:
    """A first-person sentence about the document rather than the writer's work ("In this article, we will
    explore ...", "Let's look at ...")."""
    lexicon = _lexicon()
    return lexicon.self_reference.search(text) is not None or lexicon.discourse.search(text) is not None


def is_first_hand(text: str) -> bool:
    """The writer reports what they saw or heard themselves ("as of this writing", "told us")."""
    return _lexicon().first_hand.search(text) is not None


def is_instruction(text: str) -> bool:
    """The sentence tells the reader what to do ("Run the script.", "To apply, send ...", "You can ...")."""
    first = _FIRST_WORD.search(text[:40])
    return bool(first) and first.group().lower().replace("’", "'") in _lexicon().instruction_starts  # type: ignore[union-attr]


def exemption(text: str) -> str | None:
    """Why a claim needs no source whatever it says, or None: ``question``, ``instruction``, ``first-person``
    (the writer's own account), ``first-hand`` ("as of this writing", "told us"), ``self-reference`` (the
    document speaks of itself: "This week's newsletter summarizes ...")."""
    text = plain(text)
    if text.rstrip("\"'”’)] ").endswith("?"):
        return "question"
    if is_instruction(text):
        return "instruction"
    own = unquoted(text)  # the writer's words, not those of the people quoted
    if is_first_person(own):
        return "first-person"
    if is_first_hand(own):
        return "first-hand"
    if _lexicon().self_reference.search(own):
        return "self-reference"
    return None


def opens_example(text: str) -> bool:
    """The sentence sets up a made-up example ("Let's say Congress appropriates $30 billion") or a first-hand
    observation ("at the time of writing"): what follows in its paragraph is the writer's own."""
    return _lexicon().illustration.search(text) is not None or is_first_hand(text)


def refers_to_source(text: str) -> bool:
    """The sentence speaks of a source as one already named ("The paper also notes ...")."""
    return _lexicon().source_noun.search(text) is not None


def is_detail_line(text: str) -> bool:
    """A line of an event's or listing's details ("Fee: $25 for members", "Location: Room 12")."""
    return _lexicon().field_label.match(text) is not None


def continues_previous(text: str) -> bool:
    """The sentence continues the one before it: it opens with, or speaks of, what that one named ("It
    also found ...", "... to launch this partnership")."""
    first = _FIRST_WORD.search(text[:30])
    if first and _lexicon().anaphora.fullmatch(first.group()):
        return True
    return _DEMONSTRATIVE.search(text) is not None


_DEMONSTRATIVE = re.compile(r"\b(?:this|these)\s+[a-z]")


def points_ahead(text: str) -> bool:
    """The sentence points at the document's own detail further on ("See the full news item below")."""
    return _lexicon().forward.search(text) is not None


def names_a_source(phrase: str, source: str, before: str = "") -> bool:
    """An attribution's ``phrase`` ("according to the agency") names a source outside the document: a proper
    name or a noun for a source (a report, an agency, officials), not a manner ("written according to a
    specification", "grouped according to team"), a condition ("when user research indicates") or a pointer
    inside the document ("as described in the previous subsection"). ``before`` is the text before it."""
    lexicon = _lexicon()
    if lexicon.internal.search(source):
        return False
    last = before.split()[-1].lower() if before.split() else ""
    if last in _CONDITIONS or (phrase.lower().startswith("according") and _MANNER_BEFORE.search(last)):
        return False
    words = source.split()
    if any(w[:1].isupper() for w in words[1:]) or (source[:1].isupper() and len(words) == 1):
        return True
    bare = bool(words) and words[0].lower() not in _DETERMINERS and not words[-1].lower().endswith("s")
    if phrase.lower().startswith("according") and bare:
        return False  # "according to plan", "according to team": a bare singular noun is a manner
    return not lexicon.source_heads.isdisjoint(words_of(source)) or not phrase.lower().startswith(("according", "as "))


_CONDITIONS = frozenset({"when", "if", "unless", "whether", "until", "once"})
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those",
                          "some", "one", "two", "several", "many", "recent", "new", "official", "public"})
_MANNER_BEFORE = re.compile(r"(?:ed|en|ized|ised|organized|set|built|run|done|sorted|grouped|ranked)$")
"""A participle right before "according to" makes it a manner ("organized according to the agency")."""


def initials(name: str) -> set[str]:
    """The initials of a name and of its last words ("Dr. Bill Barry" -> "DBB", "BB"), to match a
    transcript's speaker labels ("BB: ...")."""
    letters = [t[0] for t in name.split() if t[:1].isupper()]
    return {"".join(letters[i:]) for i in range(max(1, len(letters) - 1))}


def reports_speech(text: str, known: frozenset[str] = frozenset()) -> bool:
    """The sentence reports what a named person said ("Bates said", "said Dana Reyes"): the writer's own
    reporting, sourced by the person it names."""
    if _SPEECH.search(text) is None:
        return False
    for name in names_in(text, known):
        quoted = re.escape(name)
        if re.search(rf"\b{quoted}\s+(?:\w+\s+)?{_SPEECH.pattern}|{_SPEECH.pattern}\s+{quoted}\b", text):
            return True
    return False


_SPEECH = re.compile(r"\b(?:said|says|told|tells|explained|added|recalled)\b")


def names_in(text: str, known: frozenset[str] = frozenset()) -> list[str]:
    """Proper names in a sentence: capitalised words after its first word, and its first word when it is
    known as a name elsewhere (``known``) or written like one ("TikTok", "NASA", "18F")."""
    not_names = _lexicon().not_names
    found = []
    lead = len(text) - len(text.lstrip())
    longest = max(map(len, _OPENERS), default=0)
    for m in _CAPITAL.finditer(text):
        words = m.group().strip(" .,").split()
        # what comes before the match, stripped, is one of _OPENERS or ends with a label's colon: found without
        # copying a long sentence's head at each capitalised word (that was quadratic in one long sentence)
        j = m.start()
        while j > lead and text[j - 1].isspace():
            j -= 1
        labelled = j > lead and text[j - 1] in ":;—–"  # a label before it ("Source: ", "Speaker — ")
        opening = m.start() == 0 or (j - lead <= longest and text[lead:j] in _OPENERS) or labelled
        while words and words[0] in not_names:  # "The Carrow Museum", "In Denver"
            words.pop(0)
            opening = False if len(words) > 1 else opening
        if not words:
            continue
        head = words[0]
        written_as_name = sum(ch.isupper() for ch in head) >= 2 or any(ch.isdigit() for ch in head)
        if opening and len(words) == 1 and not (head in known or written_as_name):
            continue  # a capitalised first word is only a name when the article uses it as one
        found.append(" ".join(words))
    return found


def name_tokens(name: str) -> list[str]:
    """The words of a proper name, for comparing names loosely ("the USWDS team" and "USWDS")."""
    not_names = _lexicon().not_names
    tokens = (t.strip(".,;:()’'").removesuffix("’s").removesuffix("'s") for t in re.split(r"[\s/-]+", name))
    return [t for t in tokens if t and t[0].isupper() and t not in not_names]
