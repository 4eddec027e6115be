"""A page an organisation keeps about itself: its own record told by the page's own subject.

A club's history page ("Club History": "The Harlow Vale Rowing Club was established in 1971", "1992: Club
record crowd of 1,800"), a programme's page ("Summer Field Science Program": "8 week summer program
with total stipend of $900") state the organisation's founding, records, division and terms. The organisation is
the source of its own record: the page is where a reader would look it up.

The page names itself in its title or its first headings by the kind of body it is (``knowledge/own_subject.json``
``bodies``: a club, a society, a programme, a school; never a place, whose history is the world's): the body's noun
ends the title or heading, or stands before a page's label ("Club History"); a headline that tells of a body ("Arts
Trust Launches Mural Grants") names no page. A sentence tells
that body's own record when the body opens it as its subject: the noun stands among the sentence's first words, after
at most a date label ("1985:", "In 1965,"), with no clause or comparison opened before it ("a county where ...",
"more than the club"). "The club was founded in 1965" on a town's history page, or a figure of the world on the
club's page ("Rowing is the sport of 30,000 people in the county"), still needs its source.

A club's flyer names itself in a shouted heading with its legal suffix ("THE HILLCREST ROWING ASSOCIATION, INC.") or
with the noun before a place ("Rowing Association of the Lower Valley"), and speaks of itself by other words than its
kind noun: by its name or initials ("HRA"), by "the organization" or "the membership", by "we", or by what a body
keeps of itself ("There are about 60 members in the organization", "The dues for one year are $15", "The regatta is
organised each year by the members of HRA"). Those sentences tell its own size, dues, meetings and founding; a claim
about the world on the same flyer ("Light pollution has doubled in ten years") speaks of no body and still needs its
source.
"""

from __future__ import annotations

import re
from functools import cache

from auditor.article import Article, per_article
from auditor.knowledge import load

HEADINGS_READ = 2
"""The page's title and this many of its first headings name what the page is about."""
OPENING_WORDS = 6
"""The body names the sentence's subject within this many words of its start (after a date label)."""
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_LABEL = re.compile(
    r"^\s*(?:(?:\d{1,2}\s+)?(?:[A-Z][a-z]{2,8}\.?\s+)?\d{4}s?\s*[:–—-]\s*"
    r"|(?:in|by|since|from|during|after|until|on)\s+[^,.;:]{1,30},\s*)"
)


@cache
def _words() -> tuple[frozenset[str], frozenset[str]]:
    data = load("own_subject")
    return frozenset(data["bodies"]), frozenset(data["clause_words"])


@cache
def _labels() -> frozenset[str]:
    return frozenset(load("own_subject")["page_labels"])


@cache
def _list(key: str) -> frozenset[str]:
    """One of ``knowledge/own_subject.json``'s word lists ("legal_suffixes", "generic_nouns", "record_nouns", ...)."""
    return frozenset(load("own_subject")[key])


def _name_words(text: str) -> list[str]:
    """The words of a title or heading, without a legal suffix that closes it ("..., INC.")."""
    words = _WORD.findall(text)
    while words and words[-1].lower().rstrip(".") in _list("legal_suffixes"):
        words.pop()
    return words


def _nouns(text: str) -> list[str]:
    """The bodies a title or heading names its page by: a body's noun that ends it (before a legal suffix), stands
    before a page's label ("Club History"), or before "of" and a proper name ("Rowing Society of the North"); not
    one a headline tells of ("Arts Trust Launches Mural Grants").

    >>> _nouns("Club History"), _nouns("About Harlow Vale Rowing Club")
    (['club'], ['club'])
    >>> _nouns("THE HILLCREST ROWING ASSOCIATION, INC."), _nouns("Rowing Society of the Lower Valley")
    (['association'], ['society'])
    >>> _nouns("Millbrook Arts Trust Launches $90,000 in Mural Grants")
    []
    """
    bodies, _ = _words()
    raw = _name_words(text)
    words = [_base(w) for w in raw]
    return [
        w
        for i, w in enumerate(words)
        if w in bodies and (i + 1 == len(words) or words[i + 1] in _labels() or _of_a_name(raw[i + 1 :]))
    ]


def _of_a_name(rest: list[str]) -> bool:
    """The words after a body's noun are "of" and a proper name to the end ("of the Lower Valley")."""
    function = _list("name_function_words")
    return (
        len(rest) >= 2
        and rest[0].lower() == "of"
        and all(w[0].isupper() or w.lower() in function for w in rest[1:])
        and rest[-1][0].isupper()
    )


def body_name(text: str) -> tuple[str, str] | None:
    """(the name, its initials) when a title or heading is wholly a body's name: "THE HILLCREST ROWING ASSOCIATION,
    INC." -> ("HILLCREST ROWING ASSOCIATION", "HRA"); None for a heading that is more than a name ("Club History")
    or only the noun ("Club"). The initials are "" when fewer than two words give them.

    >>> body_name("THE HILLCREST ROWING ASSOCIATION, INC.")
    ('HILLCREST ROWING ASSOCIATION', 'HRA')
    >>> body_name("Rowing Society of the Lower Valley")
    ('Rowing Society of the Lower Valley', 'RSLV')
    >>> body_name("Club History"), body_name("Club")
    (None, None)
    """
    bodies, _ = _words()
    words = _name_words(text)
    if words and words[0].lower() == "the":
        words = words[1:]
    if len(words) < 2 or not all(w[0].isupper() or w.lower() in _list("name_function_words") for w in words):
        return None
    ends = _base(words[-1]) in bodies
    of = next((i for i, w in enumerate(words) if _base(w) in bodies and _of_a_name(words[i + 1 :])), None)
    if not ends and of is None:
        return None
    initials = "".join(w[0].upper() for w in words if w.lower() not in _list("name_function_words"))
    return " ".join(words), initials if len(initials) >= 2 else ""


def _base(word: str) -> str:
    word = word.lower()
    return word[:-2] if word.endswith(("'s", "’s")) else word


@per_article
def own_bodies(article: Article) -> frozenset[str]:
    """The kinds of body the page names itself by, in its title and first headings ("club", "program")."""
    doc = article.document
    texts = [doc.title or ""]
    texts += [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "heading"][:HEADINGS_READ]
    return frozenset(n for text in texts for n in _nouns(text))


def opens_with_body(text: str, evidence: str, bodies: frozenset[str], *, refers: bool = False) -> bool:
    """The sentence ``text`` has one of ``bodies`` for its subject (among its first words, after a date label, with
    no clause or comparison opened before it), and states its ``evidence`` of that body, not in a clause of its own.
    With ``refers``, the body may be spoken of by its name, "we", a generic noun or what it keeps of itself too
    (:func:`_refers`).

    >>> opens_with_body("1992: Club record crowd of 1,800 for the regatta final", "1,800", frozenset({"club"}))
    True
    >>> opens_with_body("8 week summer program with total stipend of $900.", "$900", frozenset({"program"}))
    True
    >>> opens_with_body("Our program serves a county where 30% of children are poor.", "30%", frozenset({"program"}))
    False
    >>> opens_with_body("Rowing draws 30,000 people, more than any club.", "30,000", frozenset({"club"}))
    False
    """
    _, clause = _words()
    at = text.find(evidence)
    if at < 0:
        return False
    label = _LABEL.match(text)
    start = label.end() if label and label.end() <= at else 0
    words = [_base(w) for w in _WORD.findall(text[start:at])]
    for i, word in enumerate(words[:OPENING_WORDS]):
        if word in bodies or (refers and _refers(words, i, bodies, records=True)):
            return not any(w in clause for w in words[i + 1 :])
        if word in clause:
            return False
    return False


@per_article
def own_names(article: Article) -> tuple[tuple[str, str], ...]:
    """The names (and initials) of the bodies a page that names itself (:func:`own_bodies`) gives in a heading that is
    wholly a body's name, in its title or any heading ("THE HILLCREST ROWING ASSOCIATION, INC."): a flyer's pages
    may each name the body that speaks there."""
    if not own_bodies(article):
        return ()
    doc = article.document
    texts = [doc.title or ""] + [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "heading"]
    return tuple(dict.fromkeys(n for n in map(body_name, texts) if n is not None))


_BODY = "ownbody"
"""The word a body's name or initials stand as in a sentence read by :func:`speaks_of_body`."""
AGENT_WORDS = 8
"""A passive's agent ("... is organised each year by the members of HRA") follows the evidence within this many
words, ..."""
AGENT_REACH = 6
"""... and names the body within this many words of its "by"."""


def _named(text: str, names: tuple[tuple[str, str], ...]) -> str:
    """``text`` with the body's names and initials written as one word, :data:`_BODY`."""
    for name, initials in names:
        text = re.sub(rf"\b{re.escape(name)}\b", _BODY, text, flags=re.IGNORECASE)
        if initials:
            text = re.sub(rf"\b{re.escape(initials)}\b", _BODY, text)
    return text


OWNER_WORDS = 3
"""A record noun followed by "of" names its owner within this many words ("the members of the society")."""


def _refers(words: list[str], i: int, bodies: frozenset[str], *, records: bool = False) -> bool:
    """The word ``words[i]`` speaks of the page's body: its name, its kind noun, "we", or a generic noun after a
    determiner ("the organization", "our group"); with ``records``, what a body keeps of itself ("dues", "members"),
    unless "of" names another owner ("members of parliament", "members of the public")."""
    word = words[i]
    if word in bodies or word in (_BODY, "we"):
        return True
    if records and word in _list("record_nouns"):
        if i + 1 < len(words) and words[i + 1] == "of":
            return any(_refers(words, j, bodies) for j in range(i + 2, min(len(words), i + 2 + OWNER_WORDS)))
        return True
    return word in _list("generic_nouns") and i > 0 and words[i - 1] in _list("determiners")


def speaks_of_body(text: str, evidence: str, bodies: frozenset[str], names: tuple[tuple[str, str], ...] = ()) -> bool:
    """The sentence ``text`` states its ``evidence`` of the body a page names itself by (its kind nouns ``bodies``,
    its ``names``): the body or what it keeps of itself (members, dues, meetings) is its subject; or the evidence
    counts what the body keeps of itself in a sentence that names the body ("60 members in the organization"); or
    the body is the agent of the evidence's passive ("is organised each year by the members of HRA").

    >>> clubs = frozenset({"association"})
    >>> speaks_of_body("The dues for one year are $15 for adults.", "$15", clubs)
    True
    >>> speaks_of_body("There are about 60 members in the organization.", "60 members", clubs)
    True
    >>> hra = (("Hillcrest Rowing Association", "HRA"),)
    >>> speaks_of_body("The race was founded and is run by the members of the HRA.", "was founded", clubs, hra)
    True
    >>> speaks_of_body("Light pollution has doubled in ten years.", "doubled in ten years", clubs)
    False
    >>> speaks_of_body("There are about 60 members in the county council.", "60 members", clubs)
    False
    >>> speaks_of_body("Members of the public paid $40,000 for the new road.", "$40,000", clubs)
    False
    """
    if opens_with_body(_named(text, names), _named(evidence, names), bodies, refers=True):
        return True
    at = text.find(evidence)
    if at < 0:
        return False
    words = [_base(w) for w in _WORD.findall(_named(text, names))]
    counted = [_base(w) for w in _WORD.findall(evidence)]
    if counted and counted[-1] in _list("record_nouns") and any(_refers(words, i, bodies) for i in range(len(words))):
        return True
    after = [_base(w) for w in _WORD.findall(_named(text[at + len(evidence) :], names))]
    return any(
        word == "by" and any(_refers(after, j, bodies) for j in range(i + 1, min(len(after), i + 1 + AGENT_REACH)))
        for i, word in enumerate(after[:AGENT_WORDS])
    )


def tells_own_record(article: Article, text: str, evidence: str) -> bool:
    """The sentence ``text`` tells, in its ``evidence``, the record of the body the page is about (see the module
    docstring)."""
    bodies = own_bodies(article)
    return bool(bodies) and speaks_of_body(text, evidence, bodies, own_names(article))
