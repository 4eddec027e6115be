"""An obituary or a memorial page: the record a family or a body keeps of one person's life.

"Ada Kerr, 91, of Elmford, died May 2, 2019 at home. She was born June 8, 1927 in Lowick." A reader does not ask an
obituary to cite its subject's own vital dates, schooling, service or marriage: the family's notice is where they
would be looked up. The page is read as an obituary from its shape, never from a label: one of its first sentences
(``knowledge/obituary.json`` ``lede_sentences``) names the person before their age ("Ada Kerr, 91,", "..., aged
91,") and says they died ("died", "passed away"), and the page says elsewhere what only an obituary says: who
survives them, the funeral, the services, the memorial (``farewell_phrases``). A news story about a death that
quotes its obituary is a reported piece, read by :mod:`auditor.genres.genre`.

On such a page a sentence whose subject is the person (it opens with a word of their name or with "He" or "She";
not "His unit ...", which tells of another) tells the person's own life; a figure it gives after a clause ("He
often said that 40% of veterans ...") or a sentence of the world ("The regiment lost 1,200 men at the river") still
needs its source.
"""

from __future__ import annotations

import re
from functools import cache

from auditor.article import Article, per_article
from auditor.knowledge import load
from auditor.phrases import alternation

MAX_AGE = 120
"""An age is a number up to this."""
NAME_WORDS = 6
"""The person's name, before their age, is at most this many words."""
_WORD = re.compile(r"[A-Za-z][\w'’-]*")


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(the lede's name and age, a death phrase, a farewell phrase)."""
    data = load("obituary")
    name = rf"(?P<name>[A-Z][\w'’.-]*(?:,?[ \t]+[A-Z][\w'’.-]*){{0,{NAME_WORDS - 1}}})"
    aged = re.compile(rf"^\W*{name},[ \t]+(?:(?:age|aged)[ \t]+)?(?P<age>\d{{1,3}}),")
    died = re.compile(rf"\b(?:{alternation(data['death_phrases'])})\b", re.IGNORECASE)
    farewell = re.compile(rf"\b(?:{alternation(data['farewell_phrases'])})\b", re.IGNORECASE)
    return aged, died, farewell


@cache
def _words(key: str) -> frozenset[str]:
    return frozenset(load("obituary")[key])


def lede_name(sentence: str) -> str | None:
    """The person a lede names before their age, when it says they died: "Ada Kerr, 91, of Elmford, died ..." ->
    "Ada Kerr"; "Kerr, Ada May, 91, ..." -> "Kerr, Ada May".

    >>> lede_name("Ada Kerr, 91, of Elmford, died May 2, 2019 at home.")
    'Ada Kerr'
    >>> lede_name("Kerr, Ada May, aged 91, passed away peacefully on 2 May 2019.")
    'Kerr, Ada May'
    >>> lede_name("Elmford, 2019, saw its river flood twice.") is None
    True
    >>> lede_name("Ada Kerr, 191, of Elmford, died in 2019.") is None
    True
    """
    aged, died, _ = _patterns()
    m = aged.match(sentence)
    if m is None or not 0 < int(m["age"]) <= MAX_AGE or died.search(sentence, m.end()) is None:
        return None
    return m["name"]


@per_article
def obituary_subject(article: Article) -> frozenset[str]:
    """The words of the name of the person whose obituary the page is (see the module docstring); empty when the
    page is no obituary."""
    _, _, farewell = _patterns()
    for sentence in article.sentences[: load("obituary")["lede_sentences"]]:
        name = lede_name(article.sentence_text(sentence))
        if name is not None:
            if farewell.search(article.document.text) is None:
                return frozenset()
            return frozenset(w.lower() for w in _WORD.findall(name))
    return frozenset()


def tells_own_life(article: Article, text: str, evidence: str) -> bool:
    """On an obituary, the sentence ``text`` has the person for its subject (it opens with a word of their name, "He"
    or "She") and states its ``evidence`` of them, with no clause opened before it."""
    subject = obituary_subject(article)
    return bool(subject) and of_the_person(text, evidence, subject)


def of_the_person(text: str, evidence: str, name: frozenset[str]) -> bool:
    """The sentence ``text`` opens with a word of the person's ``name``, "He" or "She" and states its
    ``evidence`` with no clause word before it.

    >>> ada = frozenset({"ada", "kerr"})
    >>> of_the_person("She was born June 8, 1927 in Lowick.", "June 8, 1927", ada)
    True
    >>> of_the_person("Kerr, Ada, 91, of Elmford, died May 2, 2019.", "May 2, 2019", ada)
    True
    >>> of_the_person("She often said that 40% of nurses quit within a year.", "40%", ada)
    False
    >>> of_the_person("The regiment lost 1,200 men at the river.", "1,200 men", ada)
    False
    """
    at = text.find(evidence)
    if at < 0:
        return False
    words = [w.lower() for w in _WORD.findall(text[:at])]
    if not words or (words[0] not in name and words[0] not in _words("subject_pronouns")):
        return False
    return not any(w in _words("clause_words") for w in words[1:])
