"""Subjects of events: the name or description a one-time event is told of ("The Marlow Ferry Company was founded
...", "Pellam Books, which opened ...", "Built in 1824, the lighthouse ...", "The orchestra was ..."), and what the
article's other mentions make of a short subject (:class:`Mentions`: "Tallis" is "Mira Tallis"; "the choir" is the
Harrowgate Choir). Read by :mod:`auditor.compare.events`.
"""

from __future__ import annotations

import re
from collections import defaultdict

from auditor.compare.surnames import names_before
from auditor.text import stopwords

_NAME_TOKEN = re.compile(r"(?:[A-Z][\w'’.&-]*|\d+[A-Za-z]?|of|the|and|de|du|von|van|la|le|for|&)$")
_GLUED = re.compile(r"([.!?])(?=[A-Z])")
"""Two sentences glued together ("SR 118.SR 319 was ..."): the name starts after the full stop."""


NAME_WINDOW = 200
"""Characters before an event verb read first for the name that ends there; more only when the name runs on."""


def name_ending(text: str, end: int) -> str:
    """:func:`name_before` of ``text[:end]``, read from a window before ``end`` that grows until the name
    starts inside it (splitting all the text before each verb was quadratic in a long claim)."""
    size = NAME_WINDOW
    while end - size > 0:
        window = _GLUED.sub(r"\1 ", text[end - size : end].rstrip().rstrip(",(").rstrip())
        # The window's first word may be cut; every word after it is a word of the whole text.
        run, whole = _trailing_name(window.split()[1:])
        if not whole:
            return named(run)
        size *= 4
    return name_before(text[:end])


def _trailing_name(words: list[str]) -> tuple[list[str], bool]:
    """The words that end ``words`` and may be part of a name, and whether all of them may (the name may
    start further back)."""
    run: list[str] = []
    for word in reversed(words):
        if not _NAME_TOKEN.match(word):
            return run[::-1], False
        run.append(word)
    return run[::-1], True


def name_before(text: str) -> str:
    """The name that ends ``text`` ("The Marlow Ferry Company", "SR 319"), across an opening comma or bracket."""
    text = _GLUED.sub(r"\1 ", text.rstrip().rstrip(",(").rstrip())
    run, _ = _trailing_name(text.split())
    return named(run)


def named(run: list[str]) -> str:
    """The name of a run of name words, without the function words it opens with ("" when it holds no name)."""
    while run and run[0].lower() in ("of", "the", "and", "for", "&", "de", "la", "le"):
        run.pop(0)
    if not any(w[:1].isupper() and w.lower() not in stopwords() for w in run):
        return ""  # no name at all, or a pronoun ("It was founded in 1921")
    return " ".join(run).lower().removeprefix("the ").strip(",.'’")


DESCRIPTION = "the "
"""How the subject of an event told by a definite description ("The orchestra was founded in 1962") starts: it
is the article's one such thing only if the article never names another (:func:`sole`)."""
_DESCRIBED = re.compile(
    r"\s*(?:(?:[Ss]ince|[Ww]hen|[Aa]fter)\s+)?[Tt]he\s+((?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*)\s*(?:,\s*)?"
)
_NAMED_KIND = re.compile(
    r"\s*[Tt]he\s+((?:[A-Z][\w'’&-]*\s+){1,3})((?:[a-z][a-z-]*\s+)?[a-z][a-z-]*)\s*(?:,\s*)?"
)
"""A name and the kind of thing it names, before an event verb ("The Corran lighthouse", "The Wenlow market hall")."""
_RELATIVE = re.compile(r",\s*(?:which|who)\s+$")
FRONTED = re.compile(r"\s*(?:(?:[Ss]ince|[Aa]fter)\s+)?")
"""What may open a claim before the verb of an event whose subject comes after it ("Since opening in 1989, ...")."""
_AFTER_COMMA = re.compile(r"[^,;.]{0,40},\s*(?:(?P<the>[Tt]he\s+)(?P<head>[a-z][a-z-]*)\b)?")


def antecedent(before: str) -> str:
    """The subject of an event told in a relative clause ("Pellam Books, which opened in 1989, ..."): the name or
    description the clause follows, or ""."""
    m = _RELATIVE.search(before)
    if m is None:
        return ""
    return name_before(before[: m.start()]) or description(before[: m.start()])


def subject_after(text: str, end: int) -> str:
    """The subject of a claim that opens with its event ("Built in 1824, the lighthouse ...", "Since opening in
    1989, Pellam Books ..."): the name, or the one-word definite description, after the comma that ends the
    opening phrase; "" when the opening runs on. An opening that runs over more commas, as an agent with an
    apposition does ("Founded in 1996 by Jo Hart, a drama teacher, Lantern Stage tours ..."), ends at the first
    comma a clause's subject and its verb follow (:func:`_clause_subject`), within :data:`OPENING_CHARS`; a
    subject "it" is :data:`PRONOUN` ("Set up in 2009 by local churches, it now feeds ...")."""
    m = _AFTER_COMMA.match(text, end)
    if m is not None and not _AGENT.match(text, end) and (found := _first_subject(text, m)):
        return found
    stop = _OPENING_END.search(text, end, end + OPENING_CHARS)
    for comma in _COMMA.finditer(text, end, stop.start() if stop else min(len(text), end + OPENING_CHARS)):
        if found := _clause_subject(text, comma.end()):
            return found
    return ""


PRONOUN = "~"
"""The subject of an event told with "its", "his", "her", "their" or "it": resolved against the article's others."""
OPENING_CHARS = 150
"""Characters after an opening event's date read for the comma that ends the opening."""
_OPENING_END = re.compile(r"[;:!?]|\.(?:\s|$)")
_COMMA = re.compile(r",\s*")
_AGENT = re.compile(r"\s+by\s")
"""An agent after the date ("Founded in 1996 by Jo Hart, Ann Lee and Raj Patel, ..."): it may be a list of names."""
_VERB_AFTER = re.compile(r"\s+(?!(?:and|or|of|the|a|an|in|on|at|by|for|to|from|with)\b)[a-z]+\b")
"""A lower-case word after a subject that is not a function word: the clause's verb ("... Lantern Stage tours")."""


def _first_subject(text: str, m: re.Match[str]) -> str:
    """The subject right after the first comma of an opening of at most 40 characters."""
    if m.group("head"):
        return "" if m.group("head") in stopwords() else DESCRIPTION + m.group("head")
    rest = text[m.end() :]
    if rest[:4] in ("the ", "The ") and rest[4:5].isupper():
        rest = rest[4:]  # "Founded in 1998, the Tarrant Trust ...": the name after its article
    name, _ = name_after(rest)
    return "" if not name or name.split()[0] in stopwords() else name


def _clause_subject(text: str, start: int) -> str:
    """The subject of the clause that starts at ``start`` when a verb follows it: "it" (:data:`PRONOUN`), "the"
    and one word, or a name ("Lantern Stage tours"); "" for an apposition ("a drama teacher,") or a name in a
    list ("Ann Lee and Raj Patel,")."""
    rest = text[start : start + 80]
    if rest[:3] in ("it ", "It "):
        return PRONOUN if _VERB_AFTER.match(rest, 2) else ""
    m = re.match(r"[Tt]he\s+([a-z][a-z-]*)\b", rest)
    if m is not None:
        head = m.group(1)
        return DESCRIPTION + head if head not in stopwords() and _VERB_AFTER.match(rest, m.end()) else ""
    if rest[:4] in ("the ", "The ") and rest[4:5].isupper():
        start, rest = start + 4, rest[4:]
    name, length = name_after(rest)
    if not name or name.split()[0] in stopwords() or not _VERB_AFTER.match(rest, length):
        return ""
    return name


def description(before: str) -> str:
    """The subject of a claim that opens with a definite description and goes straight to its event verb ("The
    orchestra was founded ..."), as :data:`DESCRIPTION` and its words, or ""."""
    m = _NAMED_KIND.fullmatch(before)
    if m is not None and (name := named(m.group(1).split())):
        return f"{name} {m.group(2)}"  # "The Corran lighthouse": a name and the kind of thing it names
    m = _DESCRIBED.fullmatch(before)
    if m is None or any(w in stopwords() for w in m.group(1).split()):
        return ""
    return DESCRIPTION + " ".join(m.group(1).split())


def sole(subject: str, texts: list[str]) -> bool:
    """Whether every mention in the article of a description's head noun is singular and definite, after "the"
    or "this" and at most one set of modifiers ("the new library" ... "the library" ... "the library's"): no
    other such thing ("a youth orchestra", "orchestras", "the old library" beside "the new library") that its
    events could be of."""
    head = re.compile(rf"\b{re.escape(subject.split()[-1])}(?:s|es)?\b", re.IGNORECASE)
    modified: set[tuple[str, ...]] = set()
    for text in texts:
        for m in head.finditer(text):
            if m.group().lower() != subject.split()[-1]:
                return False
            before = text[: m.start()].split()[-3:]
            at = max((n for n, w in enumerate(before) if w.lower() in ("the", "this")), default=None)
            if at is None:
                return False
            modifiers = tuple(before[at + 1 :])
            if any(not w.isalpha() or not w.islower() or w in stopwords() for w in modifiers):
                return False
            if modifiers:
                modified.add(modifiers)
    return len(modified) <= 1


_CAPITALISED = r"[A-Z][\w'’&-]*"


def named_for(description: str, texts: list[str]) -> str:
    """The name a one-word definite description stands for ("the choir": "harrowgate choir"): the one name the
    article gives that ends in the description's noun, when every other mention of the noun is that name or
    "the"/"this" and the noun ("the choir's"); "" otherwise (two choirs, "a youth choir", "choirs")."""
    words = description.split()
    if len(words) != 2:
        return ""
    head = words[1]
    mention = re.compile(rf"((?:{_CAPITALISED}\s+)+(?:[a-z][a-z-]*\s+)?)?\b(?i:{re.escape(head)}(?:s|es)?)\b")
    names: set[str] = set()
    for text in texts:
        for m in mention.finditer(text):
            noun = m.group()[len(m.group(1) or "") :]
            if noun.lower() != head:
                return ""  # "choirs": more than one
            if m.group(1) and (name := named([*m.group(1).split(), noun])):
                names.add(name)
                continue
            before = (m.group(1) or text[: m.start()]).split()[-1:]
            if [w.lower() for w in before] not in (["the"], ["this"]):
                return ""  # "a choir", "a youth choir": another one
    return next(iter(names)) if len(names) == 1 else ""


def full_name(word: str, texts: list[str]) -> str:
    """The full name a one-word subject is short for ("tallis": "mira tallis"), when the article gives one and
    only one name that ends in it ("Mira Tallis", not also "Tom Tallis"); the word itself otherwise."""
    found = full_names(word, texts)
    return next(iter(found)) if len(found) == 1 else word


def full_names(word: str, texts: list[str]) -> set[str]:
    """The full names the article gives that end in a one-word subject ("tallis": {"mira tallis", "tom
    tallis"}), lower-cased."""
    found: set[str] = set()
    for text in texts:
        for capitalised, whole in names_before(text, word):  # no pattern compiled for each word
            first = capitalised.split()
            if not whole[-len(word) :][:1].isupper():
                continue
            if first[0].lower() in stopwords():
                first = first[1:]  # "The Tallis ..." or a sentence's first word
            if first and not any(w.lower() in stopwords() for w in first):
                found.add(" ".join([*first, word]).lower())
    return found


class Mentions:
    """What the article says of a subject word or a description's noun (:func:`full_name`, :func:`sole`,
    :func:`named_for`), read only in the claims that hold the word and once per word: asked per event of every
    claim, those readers were quadratic in a long article."""

    def __init__(self, texts: list[str]) -> None:
        self._texts = texts
        self._where: dict[str, list[int]] | None = None
        self._names: dict[str, str] = {}
        self._described: dict[str, str] = {}

    def _with(self, *words: str) -> list[str]:
        """The claims that hold one of ``words`` as a whole word (any case), in order; all claims for a word
        that is not letters and digits alone."""
        if not all(_WORD.fullmatch(w) for w in words):
            return self._texts
        if self._where is None:
            self._where = defaultdict(list)
            for n, text in enumerate(self._texts):
                for token in set(_WORD.findall(text.lower())):
                    self._where[token].append(n)
        found = sorted({n for w in words for n in self._where.get(w.lower(), ())})
        return [self._texts[n] for n in found]

    def full_name(self, word: str) -> str:
        if word not in self._names:
            self._names[word] = full_name(word, self._with(word))
        return self._names[word]

    def shared(self, word: str) -> bool:
        """Whether two or more full names of the article end in ``word`` ("Jacob Harter", "Daniel Harter"): the
        bare word names none of them for certain."""
        return self.full_name(word) == word and len(full_names(word, self._with(word))) > 1

    def described(self, head: str) -> str:
        """``head`` ("the library") when the article's every mention of its noun is that one thing, else the
        one name it stands for, else ""."""
        if head not in self._described:
            noun = head.split()[-1]
            texts = self._with(noun, noun + "s", noun + "es")
            self._described[head] = head if sole(head, texts) else named_for(head, texts)
        return self._described[head]


_WORD = re.compile(r"\w+")


def name_after(text: str) -> tuple[str, int]:
    """The name that starts ``text`` (the object of "Dana Reyes founded Marlow Ferries in 1921"), and its length."""
    run: list[re.Match[str]] = []
    for m in re.finditer(r"\S+", text):
        word = m.group()
        if not _NAME_TOKEN.match(word) or (not run and not word[:1].isupper()):
            break
        run.append(m)
    while run and run[-1].group().lower() in ("of", "the", "and", "for", "&", "in", "on"):
        run.pop()
    if not run:
        return "", 0
    return " ".join(m.group() for m in run).lower().strip(",.'’"), run[-1].end()
