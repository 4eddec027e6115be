"""Who speaks in a sentence, and of whom: the writer's own account, instructions, names.

A claim needs no source when the writer speaks of their own work ("we shipped", "I spoke with"),
reports what they saw first-hand ("as of this writing", "told us"), tells the reader what to do,
asks a question, or speaks of the document itself ("This week's newsletter summarizes ...").
The proper names of a sentence tell whom it is about (:func:`names_in`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from auditor.claims import strip_markup
from auditor.knowledge import load
from auditor.phrases import Phrases, alternation, at_word_start, words_of
from auditor.reading import reading
from auditor.sourcing.almanac import almanac_fact
from auditor.text import DAYS, MONTHS, object_of_preposition, stopwords

_FIRST_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_OPENERS = frozenset({"", '"', "“", "(", "'", "‘"})
_CAPITAL = re.compile(
    r"[A-Z](?<![\w'’.-][A-Z])(?:[\w'’&.-]*[A-Za-z0-9])?(?:\s+(?:of|the|de|for|and|&)?\s*[A-Z][\w'’&.-]*)*"
)
"""A capitalised word not inside another, and the capitalised words joined to it: the capital is read first and
the character before it after, so that the regex engine skips from capital to capital."""


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
    speech: re.Pattern[str]
    speech_before: re.Pattern[str]
    listener: re.Pattern[str]
    agent: re.Pattern[str]
    owned_words: re.Pattern[str]
    speaker_phrase: re.Pattern[str]
    vague_speakers: frozenset[str]
    unnamed_head: Phrases
    named_determiners: frozenset[str]
    unnamed_phrase: Phrases
    pronoun_speaker: re.Pattern[str]
    open_question: re.Pattern[str]
    speech_gate: frozenset[str]
    """A word of every match of ``speech`` (each verb's longest): a sentence with none of them has no verb of
    speech, and the pattern need not run (most sentences report no speech)."""


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
        frozenset({"I", *(m.capitalize() for m in MONTHS), *DAYS, *(w.capitalize() for w in stopwords())}),
        # (at_word_start: the same as "\b(?:{alternation(...)})" and its tail, and faster to search for)
        re.compile(at_word_start((data["speech_verbs"], r"\b"), (data["speech_verbs_with_that"], r"(?=\s+that\b)"))),
        re.compile(at_word_start((data["speech_verbs_before_speaker"], r"\b"))),
        re.compile(at_word_start((data["speech_verbs_to_listener"], r"\s+(?:the\s+)?(?=[A-Z])"))),
        re.compile(at_word_start((data["agent_participles"], r"\s+by\s+(?:the\s+)?"))),
        re.compile(
            rf"(?:\b(?:his|her|their)|\b[A-Z][\w-]*['’]s?)\s+(?:own\s+|earlier\s+|later\s+)?"
            rf"(?:{alternation(data['speech_nouns'])})\s+that\b"
        ),
        # "the news agency said", "his office said", "..., prosecutors said", "said a spokesperson"; the verb ends
        # the clause or goes on as speech does ("said in a statement", "told Reuters"), so that a participle is
        # not taken for a speaker ("the total confirmed cases rose", "users reported to the agency")
        re.compile(
            rf"(?:\b(?:[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Aa]n?)\s+(?:[\w’'-]+\s+){{0,2}}?|,\s+(?:[\w’'-]+\s+){{0,1}}?)"
            rf"(?P<head>[a-z][\w-]+)\s+(?:(?:also|later|then|had|has|have)\s+)?"
            rf"(?:(?:{alternation(data['speech_verbs_any_object'])})\b(?=\s)|(?:{alternation(data['speech_verbs'])})\b"
            rf"(?=\s*(?:[,.;:\"“”]|$)|\s+(?:{alternation(data['after_speech'])})\b|\s+[A-Z]))"
            rf"|\b(?:{alternation(data['speech_verbs_before_speaker'])})\s+(?:the|his|her|its|their|a|an)\s+(?:[\w’'-]+\s+){{0,2}}?"
            r"(?P<after>[a-z][\w-]+)\b(?=\s*[.,;]|$)"
        ),
        frozenset(w for h in load("citation_markers")["vague_heads"] for w in (h, h.removesuffix("s"))),
        # "studies have shown", "advocacy groups estimated", "experts long warned": a head noun and a verb of saying
        # or finding, with at most an auxiliary and an adverb between
        Phrases(
            data["unnamed_heads"],
            r"\b(?:{})\s+(?:(?:have|has|had)\s+)?(?:(?:long|also|widely|repeatedly|previously|consistently|often|"
            r"now|already|generally)\s+)?(?:been\s+)?(?:" + alternation(data["unnamed_verbs"]) + r")\b",
        ),
        frozenset(data["named_determiners"]),
        Phrases([*data["unnamed_phrases"], *data["forecast_phrases"]]),
        re.compile(_PRONOUN_SPEAKER.pattern.replace("{}", _speech_verbs(data))),
        re.compile(rf"\s+(?:over|about|on)\s+(?:{alternation(data['open_questions'])})\b", re.I),
        frozenset(max(sorted(words_of(v)), key=len) for v in (*data["speech_verbs"], *data["speech_verbs_with_that"])),
    )


@cache
def _they_speak() -> re.Pattern[str]:
    """"they" and a verb of speech in the form a plural subject takes ("they claim", "they said", "they note
    that"): the verbs of ``speech_verbs`` and ``speech_verbs_with_that`` with a third person's "-s" taken off."""
    data = load("need")

    def plural(verbs: list[str]) -> set[str]:
        forms = set(verbs)
        for verb in verbs:
            if verb.endswith(("shes", "ches", "sses", "xes", "zes")):
                forms.add(verb[:-2])
            elif verb.endswith("s") and not verb.endswith("ss"):
                forms.add(verb[:-1])
        return forms

    return re.compile(
        r"(?:^|(?<=\s))[Tt]hey\s+(?:also\s+|later\s+|then\s+|further\s+|too\s+)?"
        rf"(?:(?:{alternation(plural(data['speech_verbs']))})\b|(?:{alternation(plural(data['speech_verbs_with_that']))})"
        r"(?=\s+that\b))"
    )


def they_speak(text: str) -> bool:
    """The sentence reports what "they" said ("Similarly, they claim that ..."): a plural pronoun that speaks, which
    stands for whoever the text named speaking before it. Whether it has such a speaker is the caller's to read.

    >>> they_speak("Similarly, they claim that gaps in the data limited the response.")
    True
    >>> they_speak("They rebuilt the bridge in 1998.")
    False
    """
    return _they_speak().search(text) is not None


def _speech_verbs(data: dict[str, list[str]]) -> str:
    """The verbs that report speech, as a pattern: those that do wherever they stand, and those that do only when
    "that" follows ("the agency estimates that ...")."""
    return rf"(?:{alternation(data['speech_verbs'])})\b|(?:{alternation(data['speech_verbs_with_that'])})(?=\s+that\b)"


def unquoted(text: str, open_ends: bool = False) -> str:
    """``text`` without the words it quotes: what the writer says in their own voice. With ``open_ends``, also
    without a quotation the sentence's edge cuts (:data:`auditor.reading.OPEN_ENDS`): for a figure, whose words
    are unclear is a reason to stay quiet; for whether the writer speaks of themselves, it is not (a stray quote
    would make a writer's "we" someone else's). Read once per text (:class:`~auditor.reading.Reading`)."""
    if not ('"' in text or "“" in text or "”" in text or "'" in text or "‘" in text):
        return text
    return reading(text).unquoted(open_ends)


def quotations(text: str) -> list[tuple[int, int, str]]:
    """(start, end, quoted words) of every quotation in ``text``."""
    return list(reading(text).quotes)


def plain(text: str) -> str:
    """A claim's text as a reader sees it: link markup and citation residue gone, spacing tidied."""
    global _last_plain
    last = _last_plain
    if last[0] == text:
        return last[1]
    found = " ".join(strip_markup(text).split())
    _last_plain = (text, found)
    return found


# The last text made plain and its plain form: CIT001 asks three times for each claim it reads (for the
# exemptions, detail lines and the need), in turn. One tuple, rebound at once (thread-safe).
_last_plain: tuple[str, str] = ("", "")


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


def asks_or_instructs(text: str) -> str | None:
    """``question`` or ``instruction`` for a sentence (markup stripped, see :func:`plain`) that asks or tells
    the reader something: the first reasons of :func:`exemption`, which some callers need alone. A question that
    only frames a statement ("Did you know the average stay costs $30,000?", ``assertive_questions`` in
    ``need.json``) asks nothing: it states what follows the frame."""
    if text.rstrip("\"'”’)] ").endswith("?") and not _assertive_question().match(text):
        return "question"
    if is_instruction(text):
        return "instruction"
    return None


@cache
def _assertive_question() -> re.Pattern[str]:
    return re.compile(rf"\W*(?:{alternation(load('need')['assertive_questions'])})\b", re.I)


def exemption(text: str) -> str | None:
    """Why a claim needs no source whatever it says, or None: ``question``, ``instruction``, ``first-person``
    (the writer's own account), ``first-hand`` ("as of this writing", "told us"), ``self-reference`` (the
    document speaks of itself: "This week's newsletter summarizes ..."), ``reference`` (an almanac's fact:
    "Utah was admitted to the Union on January 4, 1896", :mod:`auditor.sourcing.almanac`)."""
    text = plain(text)
    if (asked := asks_or_instructs(text)) is not None:
        return asked
    own = unquoted(text)  # the writer's words, not those of the people quoted
    if is_first_person(own):
        return "first-person"
    if is_first_hand(own):
        return "first-hand"
    if _lexicon().self_reference.search(own):
        return "self-reference"
    return "reference" if almanac_fact(own) else None


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


def unnamed_source(text: str, known: frozenset[str] = frozenset()) -> str | None:
    """The words with which a sentence points at a source without naming it, or None: a vague head and a verb
    of saying or finding ("Studies have shown", "advocacy groups estimated", "critics claim"), unless a name
    ("Pew researchers found", "Acme's analysts") or a determiner that refers to one named elsewhere ("the
    study found", "these groups say") stands right before the head; or a phrase that hides who says it ("an
    estimated 25 million", "reportedly", "it is believed"). Anonymous sourcing ("officials said") is
    journalism's own and not one. ``text`` is the sentence as a reader sees it (:func:`plain`); ``known`` are
    the article's proper names, so that a name opening the sentence is known for one."""
    lexicon = _lexicon()
    own = unquoted(text)
    if m := lexicon.unnamed_phrase.search(own):
        return m.group()
    for m in lexicon.unnamed_head.pattern.finditer(own) if lexicon.unnamed_head.search(own) else ():
        if lexicon.open_question.match(own, m.end()):
            continue  # "Experts have argued over why.": a debate, not a finding
        head = own[max(0, m.start() - _BEFORE_HEAD) : m.start()]
        words = head.split()[-2:]
        if words and words[-1][-1:] in ",;:()":
            words = []  # a clause ends right before the head ("..., critics say")
        opening = len(own[: m.start()].split()) == len(words)  # the first of the words opens the sentence
        if any(w.lower() in lexicon.named_determiners for w in words):
            continue
        if object_of_preposition(words):
            continue  # "data not yet integrated into official estimates indicate": the head is an object, not who says
        if any(_names(w, opening and i == 0, known) for i, w in enumerate(words)):
            continue  # "Pew researchers", "Acme's analysts": a named source
        modifier = words[-1:] if words and words[-1].isalpha() and words[-1].lower() not in stopwords() else []
        return " ".join([*modifier, m.group()])
    return None


def names_its_agent(phrase: str, known: frozenset[str] = frozenset(), sentence: str = "") -> bool:
    """A research phrase names who made or holds the research ("reports seen by Reuters suggest", "a study by
    Dover University found", "researchers at the University of Toronto found"): a proper name right after "by",
    or the name of an institution, or, in the ``sentence`` it stands in, a proper name the research is
    ("Acme's data reveals", "Pew's survey found"). A place is no agent: "studies in Sweden show" names no source."""
    owner = _OWNER.search(sentence, 0, at) if sentence and (at := sentence.find(phrase)) > 0 else None
    if owner and any(name_tokens(name)[-1:] == [owner["name"]] for name in names_in(sentence, known)):
        return True
    for m in _BY.finditer(phrase):
        tail = phrase[m.end() :]
        if any(tail.startswith(name) for name in names_in(phrase[m.start() :], known)[:1]):
            return True
    institutions = _institutions()
    return any(not institutions.isdisjoint(name.split()) for name in names_in(phrase, known))


def opening_words() -> frozenset[str]:
    """Capitalised words that are no part of a name: "I", the months and days, and the stop words as a sentence
    opens with them ("The", "According")."""
    return _lexicon().not_names


@cache
def _institutions() -> frozenset[str]:
    """The words that make a proper name a publisher's ("University", "Institute", "Journal")."""
    return frozenset(load("need")["institution_words"])


_BY = re.compile(r"\bby\s+(?:[Tt]he\s+)?(?=[A-Z])")
_OWNER = re.compile(r"\b(?P<name>[A-Z][\w&.-]*?)(?:['’]s|(?<=s)['’])\s+$")
"""A proper name's possessive right before a research phrase ("Acme's data shows")."""


def refers_back(word: str) -> bool:
    """A determiner that refers to a source named elsewhere ("the", "their", "these")."""
    return word.lower() in _lexicon().named_determiners


@cache
def unnamed_heads() -> frozenset[str]:
    """The nouns of a source a sentence may point at without naming it ("studies", "experts", "reports")."""
    return frozenset(load("need")["unnamed_heads"])


def _names(word: str, opening: bool, known: frozenset[str]) -> bool:
    """A word before a vague head is a name: capitalised (not only because it opens the sentence, unless the
    article uses it as a name), or a possessive ("Acme's")."""
    bare = word.removesuffix("'s").removesuffix("’s")
    if bare != word and bare[:1].isupper():
        return True
    if not word[:1].isupper():
        return False
    return not opening or bare in known or sum(ch.isupper() for ch in bare) >= 2


_BEFORE_HEAD = 60
"""Characters read before a vague head for the words that may name it."""


def is_record_line(text: str) -> bool:
    """A line of a list of records: a name and a colon, then a list of short items and no sentence ("Jane
    Q. Doe: Theft, resisting arrest, held in lieu of $5,000 bond."): a police blotter, a roll of results."""
    m = _RECORD_LABEL.match(text)
    if m is None:
        return False
    items = [i.split() for i in text[m.end() :].rstrip(" .;").split(",")]
    return len(items) >= RECORD_ITEMS and all(0 < len(i) <= RECORD_ITEM_WORDS for i in items)


_RECORD_LABEL = re.compile(r"[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,4}[ \t]*:[ \t]+")
RECORD_ITEMS = 3
"""A record line lists at least this many items ..."""
RECORD_ITEM_WORDS = 10
"""... each of at most this many words."""


def continues_previous(text: str) -> bool:
    """The sentence continues the one before it: it opens with, or speaks of, what that one named ("It
    also found ...", "... to launch this partnership")."""
    first = _FIRST_WORD.search(text[:30])
    if first and _lexicon().anaphora.fullmatch(first.group()):
        return True
    return _DEMONSTRATIVE.search(text) is not None


_DEMONSTRATIVE = re.compile(r"th(?<!\w..)(?:is|ese)\s+[a-z]")
""""this" or "these" as a word, then a lower-case word: written to open with its letters (the regex engine skips to
them), the word boundary before them read after them."""


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


def reports_speech(text: str, known: frozenset[str] = frozenset(), by_name: bool = False) -> bool:
    """The sentence reports what a named speaker or document said ("Bates said", "Clark in October revealed",
    "said study co-author Ana Ruiz", "the news agency said", "..., prosecutors said", "analysts surveyed by
    Refinitiv", "his claim that ..."): the writer's own reporting, sourced by the speaker it names. A vague
    speaker ("experts say") names none. With ``by_name``, only a speaker named by a proper name counts ("the
    operator said" does not)."""
    lexicon = _lexicon()
    if " that" in text and lexicon.owned_words.search(text):
        return True  # "his claim that he visited ...": the words are the person's, told as theirs
    agent = lexicon.agent.search(text) if " by " in text else None
    speech = None if lexicon.speech_gate.isdisjoint(words_of(text)) else lexicon.speech.search(text)
    if agent is None and speech is None:
        return False
    names = set(names_in(text, known))
    if names and _named_next_to_speech(text, names, lexicon, agent is not None, speech):
        return True
    if lexicon.pronoun_speaker.search(text):
        return True
    if by_name:
        return False
    vague = lexicon.vague_speakers
    for m in lexicon.speaker_phrase.finditer(text):
        head = (m["head"] or m["after"]).lower()
        if head not in vague and head not in stopwords():
            return True
    return False


_PLAIN_WORD = re.compile(r"[\w’'-]+")
_NOT_ROLE_WORDS = frozenset({"in", "on", "at", "to", "of", "for", "from", "by", "with", "about", "over", "into", "that",
                             "this", "it"})
"""Words that cannot stand between a verb and its speaker's name: "reported in China" names a place."""
GAP_WORDS = 3
"""At most this many words stand between a speaker's name and the verb ("Clark in October revealed", "said study
co-author Ana Ruiz")."""
_WINDOW = 200
"""Characters looked at on each side of a verb: the words of a name and the gap, and no more, so that a very long
sentence with many names and verbs is read in linear time."""


_APPOSITIVE = re.compile(r",[^,;:.!?\"“”()]{3,80},\s*$")
"""An aside between commas right before a verb of speech ("..., who voted against it, said")."""
_PRONOUN_SPEAKER = re.compile(
    r"(?:S(?<!\S.)he|s(?<!\S.)he|H(?<!\S.)e|h(?<!\S.)e)\s+(?:also\s+|later\s+|then\s+)?(?:{})\b"
)
"""A pronoun that speaks ("she said", "he told reporters"): it stands for someone the text has named. Only whether
it is there is read: the pronoun opens the text or follows white space (after a comma, a semicolon or a colon too),
and the pattern opens with its capital or small letter, which the regex engine skips to."""


def _named_next_to_speech(
    text: str, names: set[str], lexicon: _Lexicon, agent: bool, speech: re.Match[str] | None
) -> bool:
    """A name of ``names`` stands as the speaker of a verb of speech: before it ("Clark in October revealed",
    "Acme’s chief said"), after one that may precede its speaker ("said study co-author Ana Ruiz"), as the
    listener who reports the words ("the source told Reuters"), or as the agent of a source ("analysts surveyed
    by Refinitiv", "reports seen by Reuters"). ``speech`` is the first verb of speech, if any: the
    verbs are read from there on, not searched for again from the start."""
    longest = max(len(n.split()) for n in names)
    lasts = {n.rsplit(" ", 1)[-1] for n in names}  # words that end no name need not be joined and looked up

    def named(words: list[str]) -> bool:  # the words are a name, give or take a possessive or closing punctuation
        if not words:
            return False
        last = words[-1].rstrip(".,;:")
        forms = {last, last.removesuffix("'s").removesuffix("’s")} & lasts
        return any(" ".join([*words[:-1], form]) in names for form in forms)

    def ends_a_name(word: str) -> bool:  # whether ``named`` can hold for words that end with ``word``
        last = word.rstrip(".,;:")
        return last in lasts or last.removesuffix("'s").removesuffix("’s") in lasts

    if agent:
        for m in lexicon.agent.finditer(text):
            agents = text[m.end() : m.end() + _WINDOW].split()
            if any(named(agents[:size]) for size in range(1, longest + 1)):
                return True
    for m in lexicon.speech.finditer(text, speech.start()) if speech else ():
        before = text[max(0, m.start() - _WINDOW) : m.start()]
        aside = _APPOSITIVE.search(before)
        if aside:  # "Rick Alvarez, who voted against it, said": the speaker stands before the aside
            before = before[: aside.start()] + " "
        if before[-1:].isspace():
            words = before.split()
            for gap in range(min(GAP_WORDS, len(words)) + 1):
                if gap and not _PLAIN_WORD.fullmatch(words[-gap]):
                    break
                end = len(words) - gap
                if end and not ends_a_name(words[end - 1]):
                    continue  # the slices below all end with this word: none is a name
                if any(named(words[end - size : end]) for size in range(1, min(longest, end) + 1)):
                    return True
    for m in lexicon.listener.finditer(text) if " t" in text else ():
        listeners = text[m.end() : m.end() + _WINDOW].split()  # "the source told Reuters": the outlet is named
        if any(named(listeners[:size]) for size in range(1, longest + 1)):
            return True
    before_speaker = lexicon.speech_before.search(text)
    for m in lexicon.speech_before.finditer(text, before_speaker.start()) if before_speaker else ():
        after = text[m.end() : m.end() + _WINDOW]
        if after[:1].isspace():
            words = after.split()
            for gap in range(min(GAP_WORDS, len(words)) + 1):
                if gap and (not _PLAIN_WORD.fullmatch(words[gap - 1]) or words[gap - 1] in _NOT_ROLE_WORDS):
                    break
                if any(named(words[gap : gap + size]) for size in range(1, longest + 1)):
                    return True
    return False


def names_in(text: str, known: frozenset[str] = frozenset()) -> list[str]:
    """Proper names in a sentence: capitalised words after its first word, and its first word when it is
    known as a name elsewhere (``known``) or written like one ("TikTok", "NASA", "18F")."""
    # Read once per text and set of known names, in the text's reading: CIT001 reads the names of each claim
    # three times (for its need, its speech and its account), and the article's genre reads every sentence's
    # between the first claim and the second.
    names = reading(text).names
    found = names.get(known)
    if found is None:
        found = names[known] = _names_in(text, known)
    return list(found)


def _names_in(text: str, known: frozenset[str]) -> tuple[str, ...]:
    not_names = _lexicon().not_names
    found = []
    lead = len(text) - len(text.lstrip())
    longest = _LONGEST_OPENER
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
        if opening and len(words) == 1 and head not in known and not _written_as_name(head):
            continue  # a capitalised first word is only a name when the article uses it as one
        found.append(" ".join(words))
    return tuple(found)


_LONGEST_OPENER = max(map(len, _OPENERS), default=0)


def _written_as_name(word: str) -> bool:
    """A word written like a name wherever it stands: two capitals or a digit ("TikTok", "NASA", "18F")."""
    return sum(ch.isupper() for ch in word) >= 2 or any(ch.isdigit() for ch in word)


NAME_MEMO = 4096
"""Names whose words :func:`name_tokens` keeps (a name is a few words; the memo stays small)."""
_NAME_SPLIT = re.compile(r"[\s/-]+")


def name_tokens(name: str) -> list[str]:
    """The words of a proper name, for comparing names loosely ("the USWDS team" and "USWDS")."""
    return list(_name_tokens(name))


@lru_cache(maxsize=NAME_MEMO)
def _name_tokens(name: str) -> tuple[str, ...]:
    """:func:`name_tokens`, read once per name: CIT001 asks for the words of every name of every claim, several
    times (its writer, insiders, publisher and guests), and an article names the same few people again and again."""
    not_names = _lexicon().not_names
    tokens = (t.strip(".,;:()’'").removesuffix("’s").removesuffix("'s") for t in _NAME_SPLIT.split(name))
    return tuple(t for t in tokens if t and t[0].isupper() and t not in not_names)

