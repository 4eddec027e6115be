"""Predicates: what a claim says a named subject did, so that a denial can be compared with an affirmation
worded differently.

"Typhoon Lira never reached the southern islands" denies what "Typhoon Lira, known locally as Bising, was a
storm that made landfall in the southern islands" affirms, though the two claims share too little wording to be
lined up term by term (:mod:`auditor.compare.alignment`). A :class:`Predicate` is read off the start of a claim:
the name it opens with (an apposition, an aside in brackets and a "was a storm that" step over), its auxiliaries
and negators, its verb (a phrase of ``knowledge/predicates.json`` — "made landfall in" says "reached" — or one
word) and the content words of its object up to the end of the clause. A denied predicate and an affirmed one of
the same subject, verb and object are a negation conflict (CON005).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, replace
from functools import cache
from weakref import WeakKeyDictionary

from auditor.compare.pairing import Pairing, words_of
from auditor.compare.statements import statement, stem, wordlist
from auditor.compare.voices import active
from auditor.knowledge import load
from auditor.text import stopwords

MIN_OBJECT = 2
"""The object must have this many content words: "did not compete for Chad" says too little to compare."""
OBJECT_SHARE = 0.75
"""... and the affirmation must have this share of them, starting with the same one."""
LEAD_CLAIMS = 3
"""The name an article opens with is the subject of one of its first claims."""
MAX_LATER = 12
"""Each denial is compared with at most this many affirmations of its subject and verb."""

_NAME_WORD = re.compile(r"[A-Z][\w'’.&-]*|of|the|de|du|von|van|la|le|and|&")
_CONNECTORS = frozenset({"of", "the", "de", "du", "von", "van", "la", "le", "and", "&"})
_WORD = re.compile(r"[\w'’-]+|[^\w\s]")
_ASIDE = re.compile(r"\s*\([^()]*\)")
_APPOSITION = re.compile(
    r"\s*,\s*(?:known|also|formerly|officially|nicknamed|called|then|now|once|a|an|the)\b[^,;()]{0,80},",
    re.IGNORECASE,
)
"""An apposition right after the subject ("Lira, known locally as Bising, ..."): it describes the subject."""
_ANY_APPOSITION = re.compile(r"\s*,[^,;()]{1,80},")
"""Any short stretch between commas right after the subject ("Dust Road, a 1931 film, ...")."""


def without_asides(text: str) -> str:
    """A claim without its bracketed asides ("Dust Road (1931) is ...")."""
    return _ASIDE.sub("", text)


def past_apposition(rest: str) -> str:
    """What a claim goes on to say after its subject, past a short apposition between commas."""
    m = _ANY_APPOSITION.match(rest)
    return rest[m.end() :] if m else rest
_DESCRIBED = re.compile(
    r"\s*(?:is|was|are|were)\s+(?:a|an|the)\s+"
    r"(?:(?!(?:of|in|at|for|from|with|by|on|to|about|between|near)\s)[^\s,;()]+\s+){0,12}?(?:that|which|who)\b",
    re.IGNORECASE,
)
""""... was a storm that made landfall", "... is an Australian equestrian and basketball player who represented":
what the relative clause says, it says of the subject; not across a preposition ("a member of the club that
won"), where it may say it of the preposition's object."""
_AUXILIARIES = frozenset(
    {"has", "have", "had", "did", "does", "do", "was", "were", "is", "are", "been", "be", "being"}
)
_PASSIVE = frozenset({"was", "were", "is", "are", "been", "be", "being"})
_ADVERBS = frozenset(
    {"also", "ever", "actually", "even", "later", "then", "eventually", "subsequently", "once", "still", "yet", "again"}
)
_NEGATORS = frozenset({"not", "never"})
_CLAUSE_END = re.compile(
    r"[;:!?]|\.(?:\s|$)|,|\s(?:and|but|while|which|who|whom|whose|where|when|because|although|though|after|before|until|as|since|if|unless)\s",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b(?:1\d{3}|20\d{2})\b")


@dataclass(frozen=True, slots=True)
class Predicate:
    """A subject, a verb and an object of a claim, and whether the claim denies them."""

    claim: int
    subject: str
    keys: frozenset[str]
    """The verb's keys: its stem, and for a phrase of ``knowledge/predicates.json`` the verbs it implies."""
    verb: str
    """The verb's own key (what a denial denies)."""
    passive: bool
    obj: tuple[str, ...]
    negated: bool
    absolute: bool
    """Denied with "never": no occasion at all."""
    years: frozenset[str]
    """The years the whole claim names (a denial of one year is no denial of another)."""
    obj_words: frozenset[bytes] = frozenset()
    """The object's words as :func:`~auditor.compare.pairing.words_of` reads them, to find claims that share one."""
    denying: bool = False
    """Denied by a verb that says "not" the verb (``knowledge/predicates.json`` "denies": "refused the offer")."""
    turning: bool = False
    """The claim says its subject changed course ("later", "eventually", "at first"): no denial by a verb then."""


@cache
def _phrases() -> list[tuple[tuple[str, ...], frozenset[str]]]:
    """Verb phrases as stem sequences, longest first, each with the verbs it implies."""
    implies: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for verb, forms in load("predicates")["implies"].items():
        for form in [verb, *forms]:
            words = tuple(stem(w) for w in form.lower().split())
            implies[words].update({stem(verb), _key(form)})
    return sorted(((k, frozenset(v)) for k, v in implies.items()), key=lambda kv: -len(kv[0]))


@cache
def _denying() -> list[tuple[tuple[str, ...], bool, frozenset[str]]]:
    """Verb phrases that deny another verb ("refuse" denies "accept"), as stem sequences, longest first: each with
    whether it is read after a passive auxiliary ("be killed in") and the verbs it denies."""
    denies: dict[tuple[tuple[str, ...], bool], set[str]] = defaultdict(set)
    for verb, forms in load("predicates")["denies"].items():
        for form in forms:
            words = form.lower().split()
            passive = words[0] == "be"
            denies[(tuple(stem(w) for w in words[passive:]), passive)].add(stem(verb))
    return sorted(((k, passive, frozenset(v)) for (k, passive), v in denies.items()), key=lambda kv: -len(kv[0]))


@cache
def denying_words() -> frozenset[bytes]:
    """The forms of the first words of the denying phrases ("refused", "lost", "died"), as bytes: a claim without
    one denies nothing by its verb."""
    forms = load("verb_forms")["forms"]
    found: set[bytes] = set()
    for phrases in load("predicates")["denies"].values():
        for form in phrases:
            words = form.lower().split()
            base = words[1] if words[0] == "be" and len(words) > 1 else words[0]
            candidates = {base, base + "s", base + "es", base + "ed", base + "d", base + "ing", base[:-1] + "ing",
                          base[:-1] + "ied", base[:-1] + "ies", base + base[-1] + "ed", base + base[-1] + "ing"}
            candidates |= {f for f, b in forms.items() if b == base}
            found |= {c.encode() for c in candidates if c.isascii() and stem(c) == stem(base)}
    return frozenset(found)


_TURNING = re.compile(
    r"\b(?:later|eventually|finally|ultimately|at first|initially|first|again|once more"
    r"|change[sd]? (?:his|her|their|its) mind|then|after|afterwards|when|until|in the end|no longer|reconsider\w*)\b",
    re.IGNORECASE,
)
"""Words that tell a change of course: "refused the offer" and "later accepted the offer" are two times."""


def _key(phrase: str) -> str:
    """A verb phrase's key: the stems of its words but for the prepositions after the verb ("participate in"
    is "particip", "made landfall in" is "mak landfall")."""
    words = phrase.lower().split()
    return " ".join(stem(w) for n, w in enumerate(words) if n == 0 or w not in stopwords())


_WORDS_OF: WeakKeyDictionary[Pairing, tuple[_LowerWords, frozenset[str]]] = WeakKeyDictionary()
_NAMED_INSIDE = re.compile(r"[A-Z](?<=[\w,;)] [A-Z])[\w-]*")
"""A capitalised word after a word, comma, semicolon or bracket and a space: the capital first, then the
look-behind, so that the regex engine skips to capitals instead of trying the look-behind at every position."""


def _in_word(c: str) -> bool:
    """Whether a character is one of ``[\\w-]``."""
    return c.isalnum() or c in "_-"


class _LowerWords:
    """The words (runs of ``[\\w-]``) an article writes starting in lower case, asked a word at a time.

    A word asked is looked for with ``str.find`` and its neighbours checked, which costs little when few are
    asked (a 35 KB article asks a dozen); after :data:`LOWER_ASKED` words every run of the article is listed
    once instead, so a long article that asks thousands costs one pass, not one pass per word.
    """

    LOWER_ASKED = 64

    def __init__(self, joined: str) -> None:
        self.joined = joined
        self.answers: dict[str, bool] = {}
        self.runs: frozenset[str] | None = None

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        found = self.answers.get(word)
        if found is None:
            if self.runs is None and len(self.answers) >= self.LOWER_ASKED:
                self.runs = frozenset(w for w in re.findall(r"[\w-]+", self.joined) if w[:1].islower())
            if self.runs is not None:
                found = word in self.runs
            else:
                found = word[:1].islower() and all(_in_word(c) for c in word) and self._written(word)
            self.answers[word] = found
        return found

    def _written(self, word: str) -> bool:
        """Whether ``word`` is a whole run of ``[\\w-]`` somewhere in the article."""
        text, size = self.joined, len(word)
        at = text.find(word)
        while at >= 0:
            end = at + size
            if (at == 0 or not _in_word(text[at - 1])) and (end == len(text) or not _in_word(text[end])):
                return True
            at = text.find(word, at + 1)
        return False


def _article_words(p: Pairing) -> tuple[_LowerWords, frozenset[str]]:
    """The words the article writes in lower case (:class:`_LowerWords`), and those it capitalises inside a
    sentence (where only names are), read in one pass: what :meth:`Pairing.common_word` and
    :meth:`Pairing.not_a_name` ask word by word with a search of the whole article each, which grows with the
    article times its words."""
    found = _WORDS_OF.get(p)
    if found is None:
        joined = "\n".join(p.texts)
        named = frozenset(_NAMED_INSIDE.findall(joined))
        found = _WORDS_OF[p] = (_LowerWords(joined), named)
    return found


def claim_subject(text: str, p: Pairing) -> tuple[str, int]:
    """The name a claim opens with, lower-cased, and where it ends ("" when it opens with no name). A first word
    that the article also writes as an ordinary word ("Sales rose") is not part of it."""
    words: list[re.Match[str]] = []
    for m in re.finditer(r"\S+", text):
        word = m.group().rstrip(",")
        if not _NAME_WORD.fullmatch(word):
            break
        if word.lower() == "the" and words:
            break
        words.append(m)
        if m.group().endswith(","):
            break
    while words and words[-1].group().rstrip(",").lower() in _CONNECTORS:
        words.pop()
    names = [w.group().rstrip(",") for w in words if w.group()[:1].isupper() and w.group().lower() != "the"]
    if names and names[0] == words[0].group().rstrip(","):
        lower, named = _article_words(p)
        first = names[0].lower()
        if first in lower or (len(names) == 1 and names[0] not in named):
            names = names[1:]
    if not names or all(n.lower() in stopwords() for n in names):
        return "", 0
    return " ".join(names).lower(), words[-1].start() + len(words[-1].group().rstrip(","))


PERSON = "~"
"""The subject of a claim that opens with "He" or "She" ("~he", "~she"): the person the article is about, when it
has one and the article calls that person so most often (:func:`lead_pronoun`); otherwise nobody."""


def find_predicate(claim: int, text: str, p: Pairing) -> Predicate | None:
    """The predicate a claim states of the name it opens with (or of "he" or "she": :data:`PERSON`)."""
    text = _ASIDE.sub("", text)
    if text.startswith(("He ", "She ")):
        subject, end = PERSON + text[: text.index(" ")].lower(), text.index(" ")
    else:
        subject, end = claim_subject(text, p)
    if not subject or (not subject.startswith(PERSON) and len(subject) < 3):
        return None
    rest = text[end:]
    rest = rest[m.end() :] if (m := _APPOSITION.match(rest)) else rest
    rest = rest[m.end() :] if (m := _DESCRIBED.match(rest)) else rest
    tokens = [(m.group(), m.start()) for m in _WORD.finditer(rest)]
    negated = passive = absolute = False
    n = 0
    while n < len(tokens):
        word = tokens[n][0].lower().replace("’", "'")
        if word.endswith("n't") and word[:-3] in _AUXILIARIES:
            negated = True
            passive = passive or word[:-3] in _PASSIVE  # "wasn't based" is "was not based"
        elif word in _NEGATORS:
            negated = True
            absolute = absolute or word == "never"
        elif word in load("antonyms")["negating_verbs"] and n + 1 < len(tokens) and tokens[n + 1][0] == "to":
            negated = not negated  # "failed to win": "did not win"; "never failed to win": "won"
            absolute = absolute and negated
            n += 1
        elif word in _PASSIVE:
            passive = True
        elif word not in _AUXILIARIES and word not in _ADVERBS:
            break
        n += 1
    if n == len(tokens) or not tokens[n][0][:1].islower() or tokens[n][0].lower() in stopwords():
        return None  # no verb: a copula ("was the highest summit"), a modal, a name
    words = [t.lower() for t, _ in tokens[n : n + 4]]
    stems = [stem(w) for w in words]
    keys: frozenset[str] = frozenset({stems[0]})
    verb, length = stems[0], 1
    denying = False
    for phrase, after_passive, denied in _denying():
        if after_passive == passive and tuple(stems[: len(phrase)]) == phrase and len(denied) == 1:
            # "refused the offer" is "did not accept the offer"; "was killed in the fire", "did not survive it"
            (verb,) = denied
            keys, length, denying, negated, passive = denied, len(phrase), True, not negated, False
            break
    for phrase, implied in _phrases() if not denying else ():
        if tuple(stems[: len(phrase)]) == phrase:
            verb, keys, length = _key(" ".join(words[: len(phrase)])), implied, len(phrase)
            break
    after = rest[tokens[n + length - 1][1] + len(tokens[n + length - 1][0]) :] if n + length <= len(tokens) else ""
    stop = _CLAUSE_END.search(after)
    clause = after[: stop.start()] if stop else after
    obj = tuple(stem(w.lower()) for w in re.findall(r"[^\W_][\w'’-]*", clause) if w.lower() not in stopwords())
    years = frozenset(_YEAR.findall(text))
    found = words_of(clause) - _stop_bytes()
    turning = _TURNING.search(text) is not None
    return Predicate(
        claim, subject, keys | {verb}, verb, passive, obj, negated, absolute, years, found, denying, turning
    )


@cache
def _stop_bytes() -> frozenset[bytes]:
    return frozenset(w.encode() for w in stopwords() if w.isascii())


@cache
def predicate_words() -> frozenset[bytes]:
    """Negators as bytes: a claim without one denies nothing."""
    return frozenset({b"not", b"never", b"t", b"nt", *(w.encode() for w in load("antonyms")["negating_verbs"])})


def _contradicts(denial: Predicate, other: Predicate) -> bool:
    """Whether ``other`` affirms what ``denial`` denies: the same subject and voice, a verb that says the denied
    one, and an object that starts with the denied object (the affirmation may say more: "in late 2013")."""
    if other.negated or denial.verb not in other.keys:
        return False
    if (denial.denying or other.denying) and (denial.turning or other.turning):
        return False  # "turned down the post at first" and "later accepted the post": a change of mind
    if denial.absolute and not denial.obj and denial.verb in _whole_life():
        return True  # "she never married" and "she married the painter Jon Arden in 1962", "was married to him"
    if denial.passive != other.passive:
        return False
    if len(denial.obj) < MIN_OBJECT or not other.obj or other.obj[0] != denial.obj[0]:
        return False
    shared = len(set(denial.obj) & set(other.obj))
    if shared < MIN_OBJECT or shared < OBJECT_SHARE * len(set(denial.obj)):
        return False  # the same object, in any order ("represented Wales at the 2012 Games in rowing")
    if not denial.years <= other.years:
        return False  # "did not win in 2010" and "won in 2011": two years
    occasions = _occasions()
    said, affirmed = occasions.intersection(denial.obj), occasions.intersection(other.obj)
    if said and said != affirmed:
        return False  # "did not visit the district last week" and "visited the district this week"
    # "did not attend the summit" and "attended the summit in 2019": another occasion; "never" covers them all.
    return not (other.years - denial.years or affirmed - said) or denial.absolute


@cache
def _whole_life() -> frozenset[str]:
    """Stems of the verbs that "never" with nothing after denies on every occasion ("she never married")."""
    return frozenset(stem(v) for v in load("predicates")["whole_life"])


@cache
def _occasions() -> frozenset[str]:
    """Stems of the words that say when ("Monday", "week", "last", "spring"): two of them, two occasions."""
    words = {*wordlist("months_and_days"), *wordlist("periods"), "last", "next", "this", "ago", "previous"}
    return frozenset(stem(w) for w in words)


def _readings(index: int, text: str, p: Pairing) -> list[Predicate]:
    """The predicate of a claim, and for a passive claim with a named agent, the agent's (:mod:`voices`)."""
    found = [f for f in (find_predicate(index, text, p),) if f is not None]
    if " by " in text and (rewritten := active(text)) is not None:
        found += [f for f in (find_predicate(index, rewritten, p),) if f is not None]
    return found


def predicate_conflicts(p: Pairing) -> list[tuple[Predicate, Predicate]]:
    """Pairs (earlier, later) where one claim denies what another affirms of the same named subject."""
    # Denials are few: they are read first, and only claims that share a word of a denied object after them.
    denials: list[Predicate] = []
    negators, deniers = predicate_words(), denying_words()
    for index, text in enumerate(p.texts):
        negating, denying = not p.words[index].isdisjoint(negators), not p.words[index].isdisjoint(deniers)
        if not (negating or denying) or not text[:1].isupper() or p.hedged(index):
            continue
        # not "not only" or "never ... until": what the statements module reads as no denial
        denials += [
            f for f in _readings(index, text, p)
            if f.negated and (statement(text).negations if not f.denying else not statement(text).negations)
        ]
    if not denials:
        return []
    wanted = frozenset().union(*(d.obj_words for d in denials))
    # A whole-life denial has no object to share: the claims that affirm it share its verb ("married").
    stop = _stop_bytes()
    wanted |= {w for d in denials if not d.obj and d.verb in _whole_life() for w in words_of(p.texts[d.claim]) - stop}
    denied = {d.claim for d in denials}
    affirmed: dict[tuple[str, str], list[Predicate]] = defaultdict(list)
    for index, text in enumerate(p.texts):
        if index in denied or p.words[index].isdisjoint(wanted) or not text[:1].isupper() or p.hedged(index):
            continue
        for found in _readings(index, text, p):
            if not found.negated:
                for key in found.keys:
                    affirmed[(found.subject, key)].append(found)
    names = _names(p, denials, affirmed)
    for (subject, key), same in list(affirmed.items()):
        if names.get(subject, subject) != subject:
            affirmed[(names[subject], key)].extend(same)
    conflicts: dict[tuple[int, int], tuple[Predicate, Predicate]] = {}
    for denial in denials:
        denial = replace(denial, subject=names.get(denial.subject, denial.subject))
        if denial.subject.startswith(PERSON):
            continue  # "he" or "she" with nobody the article is about: whoever it is, it is not known
        # Each denial meets the first few affirmations of its subject and verb: linear however long the article.
        for other in affirmed.get((denial.subject, denial.verb), [])[:MAX_LATER]:
            if _contradicts(denial, other):
                pair = (denial, other) if denial.claim < other.claim else (other, denial)
                conflicts.setdefault((pair[0].claim, pair[1].claim), pair)
    return [conflicts[k] for k in sorted(conflicts)]


def _names(p: Pairing, denials: list[Predicate], affirmed: dict[tuple[str, str], list[Predicate]]) -> dict[str, str]:
    """Who each short subject stands for (:func:`full_names`), and "he" or "she" (:func:`lead_person`)."""
    names = full_names({d.subject for d in denials} | {s for s, _ in affirmed}, p)
    lead, pronoun = lead_person(p), lead_pronoun(p)
    if lead and pronoun:
        names[PERSON + pronoun] = names.get(lead, lead)
    return names


def full_names(subjects: set[str], p: Pairing) -> dict[str, str]:
    """A surname alone for the one full name of the article that ends with it ("dodd" for "hannah dodd"); a
    surname that two full names end with ("Ffion Rees", "Gethin Rees") stands for neither."""
    names: dict[str, str] = {}
    surnames = [s for s in subjects if not (s.startswith(PERSON) or " " in s or not s.isascii())]
    # The claims that hold each surname, from one pass over the claims (not one pass per surname).
    holders: dict[bytes, list[int]] = {s.encode(): [] for s in surnames}
    wanted = frozenset(holders)
    for index, words in enumerate(p.words):
        for word in words & wanted:
            holders[word].append(index)
    # The full names of the subjects by their last word (a surname holds no space: "x dodd" ends with " dodd"
    # exactly when its last word is "dodd").
    by_surname: dict[str, set[str]] = defaultdict(set)
    for full in subjects:
        if " " in full:
            by_surname[full.rsplit(" ", 1)[1]].add(full)
    for subject in surnames:
        title = subject.title()
        firsts = {
            first.lower()
            for index in holders[subject.encode()]
            for first in words_before(p.texts[index], title)
            if first.lower() not in stopwords()
        }
        matches = set(by_surname.get(subject, ()))
        if len(firsts) > 1 or len(matches) > 1:
            continue
        if matches:
            names[subject] = matches.pop()  # "hinikissia albertine ndikert", as the claims give it
        elif firsts:
            names[subject] = f"{firsts.pop()} {subject}"
    return names


def _word_character(c: str) -> bool:
    """Whether a character is one ``\\w`` matches."""
    return c.isalnum() or c == "_"


def _in_name(c: str) -> bool:
    """Whether a character may be part of a name word (``[\\w'’.-]``)."""
    return c.isalnum() or c in "_'’.-"


def words_before(text: str, name: str) -> list[str]:
    """The capitalised words right before each ``name`` in ``text``: what ``re.finditer`` of
    ``\\b([A-Z][\\w'’.-]*)\\s+NAME\\b`` gives as group 1, found with ``str.find`` (compiling that pattern for
    each of hundreds of surnames cost more than reading the claims)."""
    if not name or name[0].isspace():
        return [m.group(1) for m in re.finditer(rf"\b([A-Z][\w'’.-]*)\s+{re.escape(name)}\b", text)]
    found: list[str] = []
    size, pos, at = len(name), 0, text.find(name)
    word_last = _word_character(name[-1])
    while at >= 0:
        end = at + size
        boundary = word_last != (end < len(text) and _word_character(text[end]))  # the \b after the name
        space = run = at
        while boundary and space > pos and text[space - 1].isspace():
            space -= 1
        if space < at:  # white space before the name: the word before it ends there (read it only then)
            run = space
            while run > pos and _in_name(text[run - 1]):
                run -= 1
        if run < space:
            # The match starts at the run's first capital that follows no word character (a word boundary).
            for start in range(run, space):
                c = text[start]
                if "A" <= c <= "Z" and (start == 0 or not _word_character(text[start - 1])):
                    found.append(text[start:space])
                    pos = end
                    break
        at = text.find(name, max(at + 1, pos))
    return found


def lead_person(p: Pairing) -> str:
    """The full name the article opens with (the subject of one of its first claims), whom "he" or "she"
    stands for; "" when a pronoun or no name comes first."""
    for text in p.texts[:LEAD_CLAIMS]:
        if text.startswith(("He ", "She ")):
            return ""  # "she" before any name: the article does not open with its person
        lead, _ = claim_subject(_ASIDE.sub("", text), p)
        if lead:
            return lead if " " in lead else ""
    return ""


def lead_pronoun(p: Pairing) -> str:
    """The pronoun ("he" or "she") that opens more of the article's claims than the other: the one that stands for
    the person the article is about; "" when neither does."""
    he = sum(1 for text in p.texts if text.startswith("He "))
    she = sum(1 for text in p.texts if text.startswith("She "))
    return "he" if he > she else "she" if she > he else ""
