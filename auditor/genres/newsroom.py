"""An organisation's own news: a page on which an organisation speaks through its own people.

A university's news release says "The college and its partner school have received a $2 million grant" and
quotes its programme director; a museum's says "The ship model came to the museum in 1987" and quotes its executive
director. What such a page states of the organisation (a grant it received, the size of its own programme, the day
it acquired an object) is the organisation's first-hand account: the organisation is the source, as a company is of
its own press release. The page is read from who speaks on it, never from its wording:

- **staff**: a quoted speaker is presented as one of an organisation's people by the aside after the name: "Jane
  Roe, Acme's marketing director, said", "said Jane Roe, director of the lab at Acme", "said Jane Roe, Acme
  Editor" (:func:`staff`);
- **organisation news** (:func:`own_news`): the organisations whose people speak on the page are all named in its
  opening paragraphs (the page is about them), at least one person speaks for one, and no speaker is presented as
  someone else's. A news story that quotes an outside expert, a rival or a regulator is not one.

:func:`speaks_of_itself` says whether a claim's names are one of those organisations ("NW State University" for
the speaker's "at NWSU", "Acme Robotics" for "Acme's"): a claim about another body (a funder's programme, a rival)
still needs its source. A programme the opening presents as the organisation's own ("Acme has received a grant for
its Early Reading Program (ERP)": :func:`own_programmes`) is the organisation too: "The ERP serves 90 children" is its
account of its own work.
"""

from __future__ import annotations

import re

from auditor.article import Article, per_article
from auditor.genres.publisher import is_organisation
from auditor.model import Document
from auditor.reading import reading
from auditor.sourcing.voice import name_tokens, names_in
from auditor.text import folds_plainly

OPENING_PARAGRAPHS = 2
"""The organisation the page is about is named in this many of its first paragraphs."""

_SPEAKING = (
    "said", "says", "added", "adds", "explained", "explains", "noted", "notes", "commented", "comments", "stated",
    "states", "remarked",
)
_SPEECH = rf"(?i:{'|'.join(_SPEAKING)})"
_SPEAKING_WORDS = frozenset(_SPEAKING)
"""The verbs of :data:`_SPEECH` as words: a sentence whose lower-case words have none of them names no speaker."""
_PERSON = r"(?:(?:Dr|Prof|Mr|Mrs|Ms|Mx)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]*\.?){0,3}"
_ROLE = r"(?P<role>[^,;:.!?\"“”()\n]{3,100})"
_AFTER = re.compile(rf"\b{_SPEECH}\s+{_PERSON},\s+{_ROLE}")
"""The speaker after the verb: "said Jane Roe, director of the lab at Acme"."""
_BEFORE = re.compile(rf"\b{_PERSON},\s+{_ROLE},\s+{_SPEECH}\b")
"""The speaker before it: "Jane Roe, Acme's marketing director, said"."""
_CAP = r"[A-Z][\w&'’.-]*(?:\s+(?:of\s+|and\s+|&\s+|for\s+|the\s+)*[A-Z][\w&.-]*)*"
_POSSESSIVE = re.compile(rf"(?:the\s+)?(?P<org>{_CAP})['’]s\b")
_MEMBER_OF = re.compile(rf"\b(?:at|of|for|with|from)\s+(?:the\s+)?(?P<org>{_CAP})")
_LEADING = re.compile(rf"(?P<org>{_CAP})\s+[A-Z][a-z]+\s*$")
"""A capitalised title after the organisation's name: "Acme Editor"."""


def _organisation_of(role: str) -> str | None:
    """The organisation a speaker's role names: the owner of a possessive ("Acme's director"), the last body the
    role is at or of ("director of the CS programme at Acme"), or the name before a title ("Acme Editor")."""
    role = role.strip()
    if m := _POSSESSIVE.match(role):
        return m["org"]
    members = list(_MEMBER_OF.finditer(role))
    if members:
        return members[-1]["org"]
    if m := _LEADING.match(role):
        return m["org"]
    return None


def staff(text: str) -> list[str]:
    """The organisations whose people speak in ``text``, as their roles name them.

    >>> staff("“We are pleased,” said Jane Roe, director of the lab at Acme Robotics.")
    ['Acme Robotics']
    >>> staff("Jane Roe, the museum's curator, said so.")
    []
    >>> staff("“It was late,” Ivan Ek, Harbor Trust’s treasurer, said.")
    ['Harbor Trust']
    """
    if folds_plainly(text) and reading(text).words.isdisjoint(_SPEAKING_WORDS):
        return []  # no verb of speech (most sentences): the patterns, which try every name, are not run
    found = []
    for pattern in (_AFTER, _BEFORE):
        for m in pattern.finditer(text):
            org = _organisation_of(m["role"])
            if org:
                found.append(org)
    return found


def _acronym(name: str) -> str:
    """"NW State University" -> "NWSU": a capitalised word's initial, an all-capital word whole."""
    return "".join(t if t.isupper() else t[0] for t in name_tokens(name) if t[:1].isupper())


def same_organisation(one: str, other: str) -> bool:
    """Two names of one organisation: the words of one are all the other's ("Acme" in "Acme Robotics"), or one is
    the other's acronym ("NWSU" for "NW State University"). A shared word that any organisation may have
    ("College") is not enough."""
    a, b = set(name_tokens(one)), set(name_tokens(other))
    if not a or not b:
        return False
    if (a <= b or b <= a) and any(not is_organisation(t) for t in a & b):
        return True  # "Acme" in "Acme Robotics"; "College" alone is any college
    return (len(one) >= 3 and one.isupper() and one == _acronym(other)) or (
        len(other) >= 3 and other.isupper() and other == _acronym(one)
    )


@per_article
def speakers(article: Article) -> tuple[str, ...]:
    """The organisations whose people speak in the article (:func:`staff` of each sentence), in body order: read once
    for the page's own news here and for a release's issuer (:func:`auditor.genres.release.issuer`)."""
    return tuple(org for s in article.sentences for org in staff(article.sentence_text(s)))


@per_article
def own_news(article: Article) -> tuple[str, ...]:
    """The organisations a page of their own news speaks for (see the module docstring); empty for other pages."""
    doc = article.document
    orgs = speakers(article)
    if not orgs:
        return ()
    # The speakers' organisations are names wherever they stand, at the start of a sentence too.
    known = frozenset(t for org in orgs for t in name_tokens(org))
    opening = [n for text in _opening(doc) for n in names_in(text, known)]
    if not all(any(same_organisation(org, name) for name in opening) for org in orgs):
        return ()
    return tuple(dict.fromkeys(orgs))


_ITS = re.compile(rf"\bits\s+(?:[a-z][\w-]*\s+){{0,3}}?(?P<name>{_CAP})")
"""A name the sentence gives as its subject's own: "its nationally accredited Early Reading Program"."""


@per_article
def own_programmes(article: Article) -> tuple[str, ...]:
    """The programmes, centres and products that the opening of a page of an organisation's own news gives as the
    organisation's: in a sentence that opens with the organisation's name, a name after "its"."""
    orgs = own_news(article)
    if not orgs:
        return ()
    known = frozenset(t for org in orgs for t in name_tokens(org))
    found: list[str] = []
    for text in _opening(article.document):
        for sentence in re.split(r"(?<=[.!?])\s+", text):
            names = names_in(sentence, known)
            if not names or not any(same_organisation(org, names[0]) for org in orgs):
                continue
            if not sentence.lstrip(" \t*#_").removeprefix("The ").startswith(names[0]):
                continue  # the organisation is the sentence's subject, not a name further on
            found.extend(m["name"] for m in _ITS.finditer(sentence))
    return tuple(dict.fromkeys(found))


def speaks_of_itself(article: Article, names: list[str], block: int) -> bool:
    """On a page of an organisation's own news, a claim that names the organisation or one of its own programmes
    (:func:`own_programmes`), or names no one in a paragraph (``block``) that does: the organisation's account of
    itself."""
    orgs = own_news(article)
    if not orgs:
        return False
    orgs = orgs + own_programmes(article)
    if not names:
        known = frozenset(t for org in orgs for t in name_tokens(org))
        b = article.document.blocks[block]
        names = names_in(article.document.text[b.start : b.end], known)
    return any(same_organisation(org, name) for org in orgs for name in names)


def _opening(doc: Document) -> list[str]:
    """The page's blocks up to its OPENING_PARAGRAPHS-th paragraph, headings among them (a headline above the first
    paragraph names what the page is about as much as the paragraph does)."""
    texts: list[str] = []
    paragraphs = 0
    for b in doc.blocks:
        if paragraphs >= OPENING_PARAGRAPHS:
            break
        texts.append(doc.text[b.start : b.end])
        paragraphs += b.kind == "paragraph"
    return texts
