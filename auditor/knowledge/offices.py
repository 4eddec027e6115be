"""Who held which office when, and how articles refer to them.

The data lives in ``office_holders.json`` next to this module and is loaded
once.  Besides date lookups (:func:`holders_on`, :func:`terms_of`) the module
finds the places in a text that tie a named person to an office
(:func:`find_mentions`): "the Biden administration", "President Joe Biden",
"Prime Minister Starmer", "the Modi government", "former President Obama"...
A bare surname ("Biden said") names a person, not the office, and is not a
mention.

Terms are half-open: a :class:`Term` covers ``start <= day < end``; ``end`` is
the day the successor took office, so on a transition day only the incoming
holder is returned.  ``end is None`` means still in office as of
:func:`as_of`; lookups for days after :func:`as_of` assume nothing changed and
should be treated as unverified by callers.
"""

from __future__ import annotations

import datetime
import functools
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Literal, cast

from auditor.knowledge import HERE, load

__all__ = [
    "DATA_FILE",
    "Form",
    "Holder",
    "Mention",
    "Office",
    "Term",
    "about",
    "as_of",
    "find_mentions",
    "holders_on",
    "may_mention",
    "office",
    "offices",
    "source",
    "terms_of",
]

DATA_FILE = HERE / "office_holders.json"
"""The JSON file the knowledge is loaded from."""

Form = Literal["administration", "title", "government"]
"""How a mention ties the person to the office."""


# --------------------------------------------------------------------------
# Data model
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class Term:
    """One continuous period in office: ``start <= day < end``."""

    start: datetime.date
    end: datetime.date | None  # None: ongoing as of the data's as_of date

    def contains(self, day: datetime.date) -> bool:
        """Whether ``day`` falls in this term (the end day belongs to the successor)."""
        day = _as_date(day)
        return self.start <= day and (self.end is None or day < self.end)

    @property
    def ongoing(self) -> bool:
        """True when the term had not ended as of the data's ``as_of`` date."""
        return self.end is None


@dataclass(frozen=True)
class Holder:
    """A person who held an office, with the name forms used in prose."""

    name: str
    surnames: tuple[str, ...]
    aliases: tuple[str, ...]
    terms: tuple[Term, ...]
    homonyms: tuple[str, ...] = ()
    common_word_surname: bool = False

    def in_office_on(self, day: datetime.date) -> bool:
        """Whether any of the holder's terms covers ``day``."""
        return any(term.contains(day) for term in self.terms)

    @property
    def first_start(self) -> datetime.date:
        """The day the holder first took office."""
        return self.terms[0].start


@dataclass(frozen=True)
class Office:
    """An office (head of government or head of state) and its holders in order."""

    id: str
    title: str
    country: str
    titles: tuple[str, ...]
    government_words: tuple[str, ...]
    holders: tuple[Holder, ...]

    def holders_on(self, day: datetime.date) -> tuple[Holder, ...]:
        """The holders in office on ``day`` (usually one, none in a gap)."""
        return tuple(h for h in self.holders if h.in_office_on(day))

    @property
    def covered_from(self) -> datetime.date:
        """First day covered by the data; lookups before it know nothing."""
        return min(h.first_start for h in self.holders)


@dataclass(frozen=True)
class Mention:
    """A place in a text that names an office holder in their office.

    ``holders`` lists every candidate (several when a surname fits more than
    one holder of the office, e.g. "President Bush"); ``holder`` is the single
    candidate, or None when the mention is ambiguous.  When a span fits holders
    of two offices (e.g. "the Chirac government": French president and prime
    minister), one Mention per office is returned for the same span.
    """

    start: int
    end: int
    office_id: str
    holder: Holder | None
    holders: tuple[Holder, ...]
    form: Form
    former: bool
    text: str

    @property
    def ambiguous(self) -> bool:
        """True when more than one holder fits."""
        return len(self.holders) > 1

    def in_office_on(self, day: datetime.date) -> bool:
        """Whether any candidate holder held the office on ``day``."""
        return any(h.in_office_on(day) for h in self.holders)


# --------------------------------------------------------------------------
# Loading
# --------------------------------------------------------------------------


def _as_date(day: datetime.date) -> datetime.date:
    if isinstance(day, datetime.datetime):
        return day.date()
    return day


def _parse_date(value: object, what: str) -> datetime.date:
    if not isinstance(value, str):
        raise ValueError(f"{what}: expected a YYYY-MM-DD string, got {value!r}")
    try:
        return datetime.date.fromisoformat(value)
    except ValueError as exc:
        raise ValueError(f"{what}: bad date {value!r}") from exc


def _str_tuple(value: object, what: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"{what}: expected a list of strings")
    return tuple(cast(list[str], value))


def _load_holder(raw: Mapping[str, object], where: str) -> Holder:
    name = raw.get("name")
    if not isinstance(name, str) or not name:
        raise ValueError(f"{where}: holder without a name")
    where = f"{where}/{name}"
    raw_terms = raw.get("terms")
    if not isinstance(raw_terms, list) or not raw_terms:
        raise ValueError(f"{where}: no terms")
    terms: list[Term] = []
    for i, raw_term in enumerate(raw_terms):
        if not isinstance(raw_term, dict):
            raise ValueError(f"{where}: term {i} is not an object")
        start = _parse_date(raw_term.get("start"), f"{where} term {i} start")
        end_raw = raw_term.get("end")
        end = None if end_raw is None else _parse_date(end_raw, f"{where} term {i} end")
        terms.append(Term(start, end))
    return Holder(
        name=name,
        surnames=_str_tuple(raw.get("surnames"), f"{where} surnames"),
        aliases=_str_tuple(raw.get("aliases"), f"{where} aliases"),
        terms=tuple(terms),
        homonyms=_str_tuple(raw.get("homonyms"), f"{where} homonyms"),
        common_word_surname=bool(raw.get("common_word_surname", False)),
    )


def _load_office(raw: Mapping[str, object]) -> Office:
    office_id = raw.get("id")
    if not isinstance(office_id, str) or not office_id:
        raise ValueError("office without an id")
    raw_holders = raw.get("holders")
    if not isinstance(raw_holders, list) or not raw_holders:
        raise ValueError(f"{office_id}: no holders")
    return Office(
        id=office_id,
        title=str(raw.get("title", office_id)),
        country=str(raw.get("country", "")),
        titles=_str_tuple(raw.get("titles"), f"{office_id} titles"),
        government_words=_str_tuple(raw.get("government_words"), f"{office_id} government_words"),
        holders=tuple(_load_holder(cast(dict[str, object], h), office_id) for h in raw_holders),
    )


@dataclass(frozen=True)
class _Knowledge:
    about: str
    source: str
    as_of: datetime.date
    offices: tuple[Office, ...]
    by_id: Mapping[str, Office]


@functools.cache
def _knowledge() -> _Knowledge:
    raw = load(DATA_FILE.stem)
    if not isinstance(raw, dict):
        raise ValueError(f"{DATA_FILE}: top level is not an object")
    raw_offices = raw.get("offices")
    if not isinstance(raw_offices, list):
        raise ValueError(f"{DATA_FILE}: no offices list")
    loaded = tuple(_load_office(cast(dict[str, object], o)) for o in raw_offices)
    return _Knowledge(
        about=str(raw.get("about", "")),
        source=str(raw.get("source", "")),
        as_of=_parse_date(raw.get("as_of"), "as_of"),
        offices=loaded,
        by_id={o.id: o for o in loaded},
    )


# --------------------------------------------------------------------------
# Date lookups
# --------------------------------------------------------------------------


def offices() -> tuple[Office, ...]:
    """All offices in the data, in file order."""
    return _knowledge().offices


def office(office_id: str) -> Office:
    """The office with id ``office_id`` (KeyError if unknown)."""
    try:
        return _knowledge().by_id[office_id]
    except KeyError:
        raise KeyError(f"unknown office id {office_id!r}") from None


def as_of() -> datetime.date:
    """The date up to which the data is believed accurate."""
    return _knowledge().as_of


def about() -> str:
    """What the data is, its coverage and conventions."""
    return _knowledge().about


def source() -> str:
    """Where the terms come from."""
    return _knowledge().source


def holders_on(office_id: str, day: datetime.date) -> tuple[Holder, ...]:
    """Who held ``office_id`` on ``day`` (usually one; empty in a gap or before coverage)."""
    return office(office_id).holders_on(_as_date(day))


def terms_of(office_id: str, holder_name: str) -> tuple[Term, ...]:
    """The terms of the holder of ``office_id`` named ``holder_name``.

    ``holder_name`` may be the full name, an alias or a surname form
    (accents, case and dash style are ignored).  Raises KeyError when nobody
    fits and ValueError when a surname fits several holders (e.g. "Bush").
    """
    holders = office(office_id).holders
    key = _key(holder_name)
    exact = [h for h in holders if _key(h.name) == key]
    if not exact:
        exact = [h for h in holders if key in {_key(a) for a in (*h.aliases, *h.surnames)}]
    if not exact:
        raise KeyError(f"no holder of {office_id!r} named {holder_name!r}")
    if len(exact) > 1:
        names = ", ".join(h.name for h in exact)
        raise ValueError(f"{holder_name!r} is ambiguous for {office_id!r}: {names}")
    return exact[0].terms


# --------------------------------------------------------------------------
# Mentions
# --------------------------------------------------------------------------

_DASHES = "-\u2010\u2011\u2012\u2013\u2014"
_APOSTROPHES = "'\u2019"
_DASH_BODY = "\\" + _DASHES  # for use inside a character class: "\-" first
_DASH_CLASS = "[" + _DASH_BODY + "]"
_APOS_CLASS = "[" + _APOSTROPHES + "]"
_UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0100\u0112\u012a\u014c\u016a"
# Up to three given names or initials between a title and a known name form.
_GIVEN = rf"(?:[{_UPPER}][\w.{_APOSTROPHES}{_DASH_BODY}]*\s+){{0,3}}?"

_HONORIFICS = frozenset(
    {"sir", "dame", "lord", "lady", "dr", "mr", "mrs", "ms", "general", "gen", "shri", "sri", "pandit"}
)
_ORDINALS = ("first", "second", "third", "fourth", "previous", "former", "last", "earlier", "current", "new")
_ORDINALS_FORMER = frozenset({"first", "previous", "former", "last", "earlier"})
_FORMER_WORDS = frozenset({"former", "late", "onetime", "erstwhile", "past", "ex-", "then-"})
_THE_FORMER_WORDS = frozenset({"first", "previous", "prior", "former", "earlier", "last"})
_VICE_WORDS = frozenset({"vice", "vice-", "deputy", "deputy-"})
_ADMINISTRATION_WORDS = frozenset({"administration", "administrations", "white house", "presidency", "presidencies"})

# Country words that may stand right before a title ("German Chancellor X").
_OWN_QUALIFIERS: Mapping[str, str] = {
    "U.S.": "United States",
    "US": "United States",
    "American": "United States",
    "United States": "United States",
    "America's": "United States",
    "British": "United Kingdom",
    "UK": "United Kingdom",
    "U.K.": "United Kingdom",
    "Britain's": "United Kingdom",
    "UK's": "United Kingdom",
    "German": "Germany",
    "West German": "Germany",
    "Germany's": "Germany",
    "Federal": "Germany",
    "French": "France",
    "France's": "France",
    "Canadian": "Canada",
    "Canada's": "Canada",
    "Australian": "Australia",
    "Australia's": "Australia",
    "Indian": "India",
    "India's": "India",
    "Japanese": "Japan",
    "Japan's": "Japan",
}
# Other countries' words: "Israeli Prime Minister Bennett" is not R. B. Bennett.
_FOREIGN_WORDS = (
    "Afghan Albanian Algerian Argentine Argentinian Armenian Austrian Azerbaijani Bangladeshi Belarusian "
    "Belgian Bolivian Bosnian Brazilian Bulgarian Cambodian Chilean Chinese Colombian Croatian Cuban "
    "Cypriot Czech Danish Dutch Ecuadorian Egyptian Estonian Ethiopian European Fijian Filipino Finnish "
    "Georgian Ghanaian Greek Haitian Hungarian Icelandic Indonesian Iranian Iraqi Irish Israeli Italian "
    "Jamaican Jordanian Kazakh Kenyan Korean Kosovar Kuwaiti Latvian Lebanese Libyan Lithuanian "
    "Luxembourgish Malaysian Maltese Mexican Moldovan Mongolian Montenegrin Moroccan Nepalese Nepali "
    "Nigerian Norwegian Pakistani Palestinian Paraguayan Peruvian Philippine Polish Portuguese Qatari "
    "Romanian Russian Rwandan Samoan Saudi Scottish Senegalese Serbian Singaporean Slovak Slovenian "
    "Somali Spanish Sudanese Swedish Swiss Syrian Taiwanese Tanzanian Thai Tongan Tunisian Turkish "
    "Ugandan Ukrainian Uruguayan Uzbek Venezuelan Vietnamese Welsh Yemeni Zambian Zimbabwean Soviet "
    "Yugoslav Rhodesian Israel's Ireland's Austria's"
)
_FOREIGN_PHRASES = (
    "East German",
    "New Zealand",
    "South African",
    "South Korean",
    "North Korean",
    "Sri Lankan",
    "Northern Irish",
    "Papua New Guinean",
)
_FOREIGN_QUALIFIERS = frozenset(_FOREIGN_WORDS.split()) | frozenset(_FOREIGN_PHRASES)


def _fold(text: str) -> str:
    """Strip accents (Schröder -> Schroder, Ōhira -> Ohira)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@functools.lru_cache(maxsize=8192)
def _key(text: str) -> str:
    """Lookup key: accent-folded, lower-case, uniform dashes/apostrophes/spaces."""
    text = _fold(text)
    for dash in _DASHES[1:]:
        text = text.replace(dash, "-")
    text = text.replace("\u2019", "'")
    return " ".join(text.split()).lower()


def _literal(text: str) -> str:
    """Regex for a literal surface form: flexible spaces, dashes and apostrophes."""
    parts: list[str] = []
    for ch in text:
        if ch.isspace():
            parts.append(r"\s+")
        elif ch in _DASHES:
            parts.append(_DASH_CLASS)
        elif ch in _APOSTROPHES:
            parts.append(_APOS_CLASS)
        else:
            parts.append(re.escape(ch))
    return "".join(parts)


_Trie = dict[str, "_Trie"]
_END = ""  # marks the end of a word in a trie node


def _trie_regex(words: Iterable[str]) -> str:
    """Alternation of ``words`` as a character trie, longer alternatives first.

    Every branch starts with a literal character, which the regex engine
    rejects with a single comparison, so a trie costs a few steps per text
    position instead of one attempt per word.  Returns "(?!)" (never
    matches) for no words.
    """
    root: _Trie = {}
    for word in words:
        node = root
        for ch in " ".join(word.split()):
            node = node.setdefault(ch, {})
        node[_END] = {}

    def emit(node: _Trie) -> str:
        branches = [_literal(ch) + emit(child) for ch, child in sorted(node.items()) if ch != _END]
        if not branches:
            return ""
        if _END in node:  # a word ends here: the longer forms are optional (greedy, tried first)
            return "(?:" + "|".join(branches) + ")?"
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    if not root:
        return "(?!)"
    return emit(root)


def _case_variants(phrase: str) -> set[str]:
    """A title/word as written in prose: as given, lower-case, sentence case."""
    if phrase.isupper():  # acronyms such as "PM" stay as they are
        return {phrase}
    return {phrase, phrase.lower(), phrase[:1].upper() + phrase[1:].lower(), phrase[:1].lower() + phrase[1:]}


def _plural(word: str) -> str:
    if word.endswith("House"):
        return word
    if word.endswith("y"):
        return word[:-1] + "ies"
    return word + "s"


def _name_tokens(text: str) -> list[str]:
    """Lower-case name tokens, initials split ("H.W." -> "h", "w")."""
    tokens: list[str] = []
    for raw in _key(text).replace("-", " ").split():
        stripped = raw.strip(".'")
        if "." in stripped:
            tokens.extend(p for p in stripped.split(".") if p)
        elif stripped:
            tokens.append(stripped)
    return tokens


_Entry = tuple[int, int]  # (office index, holder index)


@dataclass(frozen=True)
class _Scanner:
    pattern: re.Pattern[str]  # the one scanning regex
    title_parse: re.Pattern[str]  # splits a title-form match into its parts
    gov_parse: re.Pattern[str]  # splits a government-form match into its parts
    forms: Mapping[str, tuple[_Entry, ...]]  # name form key -> holders
    full_forms: frozenset[str]  # keys that are full names or aliases, not bare surnames
    holder_tokens: Mapping[_Entry, frozenset[str]]
    titles: Mapping[str, frozenset[int]]  # title key -> office indexes
    words: Mapping[str, frozenset[int]]  # government word key -> office indexes


@functools.cache
def _scanner() -> _Scanner:
    """Build the name index and the scanning regex from the data (once)."""
    knowledge = _knowledge()
    forms: dict[str, list[_Entry]] = {}
    full_forms: set[str] = set()
    holder_tokens: dict[_Entry, frozenset[str]] = {}
    names_of: dict[int, set[str]] = {}  # office index -> surface forms
    titles: dict[str, set[int]] = {}
    words: dict[str, set[int]] = {}

    def add(form: str, entry: _Entry, full: bool) -> None:
        surface = names_of.setdefault(entry[0], set())
        for variant in {form, _fold(form)}:
            surface.add(variant)
            if variant[:1].islower():  # "de Gaulle" at the start of a sentence
                surface.add(variant[:1].upper() + variant[1:])
        bucket = forms.setdefault(_key(form), [])
        if entry not in bucket:
            bucket.append(entry)
        if full:
            full_forms.add(_key(form))

    for oi, off in enumerate(knowledge.offices):
        for title in off.titles:
            titles.setdefault(_key(title), set()).add(oi)
        for word in off.government_words:
            words.setdefault(_key(word), set()).add(oi)
            words.setdefault(_key(_plural(word)), set()).add(oi)
        for hi, holder in enumerate(off.holders):
            entry = (oi, hi)
            for full in (holder.name, *holder.aliases):
                add(full, entry, True)
            if not holder.homonyms:  # "President Herzog" may well be Isaac Herzog
                for surname in holder.surnames:
                    add(surname, entry, False)
            holder_tokens[entry] = frozenset(
                t for f in (holder.name, *holder.aliases, *holder.surnames) for t in _name_tokens(f)
            )

    word_surface = {
        form
        for off in knowledge.offices
        for word in off.government_words
        for variant in _case_variants(word)
        for form in (variant, _plural(variant))
    }
    words_re = _trie_regex(word_surface)
    ordinals_re = "|".join(_ORDINALS)
    poss_gov = rf"{_APOS_CLASS}s\s+(?:(?:{ordinals_re})\s+)?(?:{words_re})"
    gov_tail = rf"(?:{_APOS_CLASS}s\s+(?:(?:{ordinals_re})\s+)?|\s+)(?:{words_re})(?!\w)"

    # Titles that lead to the same set of offices share one names trie after them;
    # a title whose offices are a subset of another's ("Premier") reuses its trie.
    # Titles ending in another title ("Federal President") are left to the shorter
    # one: "Federal" is read as a country word before the match.
    title_keys = [k for k in titles if not any(k != o and k.endswith(" " + o) for o in titles)]
    groups: list[tuple[set[int], list[str]]] = []
    for title_key in sorted(title_keys, key=lambda k: -len(titles[k])):
        for group_offices, group_titles in groups:
            if titles[title_key] <= group_offices:
                group_titles.append(title_key)
                break
        else:
            groups.append((set(titles[title_key]), [title_key]))
    title_tails: list[tuple[set[str], str]] = []  # (title surface forms, regex after the title)
    for group_offices, group_titles in groups:
        names = {n for oi in group_offices for n in names_of.get(oi, ())}
        surface = {
            v for off in knowledge.offices for t in off.titles if _key(t) in group_titles for v in _case_variants(t)
        }
        tail = rf",?\s+{_GIVEN}(?:{_trie_regex(names)})(?:{poss_gov})?(?!\w)"
        title_tails.append((surface, tail))

    # One alternative per first character, each starting with that literal: the
    # engine then skips non-candidate characters in a tight loop and rejects
    # most candidates with one comparison; "(?<!\w.)" drops mid-word hits.
    # Title parts carry an empty marker group; a name without a title must be
    # followed by a government word (the conditional chain after the branch).
    all_names = {n for forms_of_office in names_of.values() for n in forms_of_office}
    first_chars = sorted({w[:1] for w in all_names} | {t[:1] for s, _ in title_tails for t in s})
    alternatives: list[str] = []
    markers = 0
    for ch in first_chars:
        parts: list[str] = []
        for surface, tail in title_tails:
            rests = [t[1:] for t in surface if t[:1] == ch]
            if rests:
                markers += 1
                parts.append(rf"(?:{_trie_regex(rests)})(){tail}")
        rests = [n[1:] for n in all_names if n[:1] == ch]
        if rests:
            parts.append(_trie_regex(rests))
        alternatives.append(re.escape(ch) + r"(?<!\w.)(?:" + "|".join(parts) + ")")
    after = gov_tail
    for group in range(markers, 0, -1):
        after = f"(?({group})|{after})"
    pattern = re.compile("(?:" + "|".join(alternatives) + ")" + after)

    all_titles_re = _trie_regex({v for s, _ in title_tails for v in s})
    title_parse = re.compile(
        rf"(?P<title>{all_titles_re}),?\s+(?P<name>.+?)"
        rf"(?:{_APOS_CLASS}s\s+(?:(?P<ord>{ordinals_re})\s+)?(?P<gov>{words_re}))?"
    )
    gov_parse = re.compile(
        rf"(?P<name>.+?)(?:(?P<poss>{_APOS_CLASS}s)\s+(?:(?P<ord>{ordinals_re})\s+)?|\s+)(?P<gov>{words_re})"
    )
    return _Scanner(
        pattern=pattern,
        title_parse=title_parse,
        gov_parse=gov_parse,
        forms={k: tuple(v) for k, v in forms.items()},
        full_forms=frozenset(full_forms),
        holder_tokens=holder_tokens,
        titles={k: frozenset(v) for k, v in titles.items()},
        words={k: frozenset(v) for k, v in words.items()},
    )


_QUALIFIER_SIZES = (3, 2, 1)
_OPENERS = "([{\"'\u201c\u2018"  # "(former President X)" reads as "former"
_NO_CONTEXT: tuple[bool, bool, str | None] = (False, False, None)
_FOREIGN = "foreign"


def _take_qualifier(words: list[str]) -> str | None:
    """Pop a country word ("German", "U.S.", "New Zealand") from the end of ``words``.

    Returns the country it names, ``_FOREIGN`` for another country's word, or
    None when the last words are no country word.
    """
    for size in _QUALIFIER_SIZES:
        if len(words) < size:
            continue
        phrase = " ".join(words[-size:])
        if phrase in _OWN_QUALIFIERS:
            del words[-size:]
            return _OWN_QUALIFIERS[phrase]
        if phrase in _FOREIGN_QUALIFIERS:
            del words[-size:]
            return _FOREIGN
    return None


def _context(text: str, start: int) -> tuple[bool, bool, str | None] | None:
    """Read the words just before a match: ``(former, has_the, country)``.

    Returns None when the match is not a mention: "Vice President X",
    "Deputy Prime Minister X", or a title qualified by another country
    ("Israeli Prime Minister X").  ``country`` is the country named by a word
    such as "German" or "U.S." right before the match, else None.  ``former``
    is set by "former", "the late", "ex-", "then-", "the previous ...".
    """
    window = text[max(0, start - 48) : start]
    last = window[-1:]
    if not last or not (last.isspace() or last in _DASHES):
        return _NO_CONTEXT  # start of text, "(President X", ...
    for dash in _DASHES:
        if dash in window:
            window = window.replace(dash, "- ")
    words = [w.lstrip(_OPENERS) for w in window.split()]
    if words and words[-1].lower() in _VICE_WORDS:
        return None
    country = _take_qualifier(words)
    former = False
    lowered = words[-1].lower() if words else ""
    if lowered in _FORMER_WORDS or (lowered == "time" and words[-2:-1] == ["one-"]):
        former = True
        del words[-2 if lowered == "time" else -1 :]
        if country is None:  # "Germany's former Chancellor X"
            country = _take_qualifier(words)
    if country == _FOREIGN:
        return None
    lowered = words[-1].lower() if words else ""
    if lowered == "the":
        return (former, True, country)
    if lowered in _THE_FORMER_WORDS and len(words) > 1 and words[-2].lower() == "the":
        return (True, True, country)
    return (former, False, country)


_Candidate = tuple[str, tuple[Holder, ...], Form, bool]  # office id, holders, form, former (from wording)


@functools.lru_cache(maxsize=4096)
def _candidates(matched: str, is_title: bool, country: str | None, has_the: bool) -> tuple[_Candidate, ...]:
    """Offices and holders a matched phrase can refer to (cached per phrase and context)."""
    scanner = _scanner()
    all_offices = _knowledge().offices
    title_offices: frozenset[int] | None = None
    if is_title:
        parts = scanner.title_parse.fullmatch(matched)
        if parts is None:  # pragma: no cover - the scanning regex guarantees the shape
            return ()
        title_offices = scanner.titles.get(_key(parts["title"]), frozenset())
        possessive = parts["gov"] is not None
    else:
        parts = scanner.gov_parse.fullmatch(matched)
        if parts is None:  # pragma: no cover
            return ()
        possessive = parts["poss"] is not None
    word: str | None = parts["gov"]
    ordinal: str | None = parts["ord"]
    former = ordinal is not None and ordinal.lower() in _ORDINALS_FORMER
    entries, bare = _resolve_name(parts["name"])
    word_offices = scanner.words.get(_key(word), frozenset()) if word else None
    per_office: dict[int, list[Holder]] = {}
    for oi, hi in entries:
        off = all_offices[oi]
        if title_offices is not None and oi not in title_offices:
            continue
        if word_offices is not None and oi not in word_offices:
            continue
        if country is not None and off.country != country:
            continue
        holder = off.holders[hi]
        if title_offices is None and bare and holder.common_word_surname and (possessive or not has_the):
            continue  # "May government figures", "Major government reforms", "the King's government"
        per_office.setdefault(oi, []).append(holder)
    form = _form_of(word)
    return tuple((all_offices[oi].id, tuple(per_office[oi]), form, former) for oi in sorted(per_office))


@functools.lru_cache(maxsize=4096)
def _resolve_name(name_text: str) -> tuple[tuple[_Entry, ...], bool]:
    """Candidates for a name as written, and whether only a bare surname was used.

    Tries the whole text as a known form first, then drops leading given names,
    which must then fit the holder's names ("Helmut Kohl" is not Schmidt).
    """
    scanner = _scanner()
    raw_tokens = name_text.split()
    for i in range(len(raw_tokens)):
        key = _key(" ".join(raw_tokens[i:]))
        entries = scanner.forms.get(key)
        if not entries:
            continue
        given = [t for t in _name_tokens(" ".join(raw_tokens[:i])) if t not in _HONORIFICS]
        if not given:
            return entries, key not in scanner.full_forms
        return tuple(e for e in entries if all(_fits(g, scanner.holder_tokens[e]) for g in given)), False
    return (), False


def _fits(given: str, tokens: frozenset[str]) -> bool:
    """Whether a given name (or initial) appears among a holder's name tokens."""
    if given in tokens:
        return True
    return len(given) == 1 and any(t.startswith(given) for t in tokens)


def _form_of(word: str | None) -> Form:
    if word is None:
        return "title"
    if _key(word) in _ADMINISTRATION_WORDS:
        return "administration"
    return "government"


@functools.cache
def _anchor_words() -> tuple[frozenset[str], frozenset[str]]:
    """Every title and government word of the data: (acronyms, as written; the rest, in lower case)."""
    acronyms: set[str] = set()
    words: set[str] = {w.lower() for w in _ADMINISTRATION_WORDS}
    for off in _knowledge().offices:
        for word in (*off.titles, *off.government_words, *map(_plural, off.government_words)):
            if word.isupper():
                acronyms.add(word)
            else:
                words.add(word.lower())
    return frozenset(acronyms), frozenset(words)


def may_mention(text: str) -> bool:
    """Whether ``text`` holds a title or government word of the data. Without one :func:`find_mentions`
    finds nothing, so this cheap substring test can spare the full scan (and building its pattern)."""
    acronyms, words = _anchor_words()
    lowered = text.lower()
    return any(w in lowered for w in words) or any(a in text for a in acronyms)


def find_mentions(text: str) -> list[Mention]:
    """Every place in ``text`` that names an office holder tied to the office.

    Recognised: a title before the name ("President Joe Biden", "PM Keir
    Starmer", "Chancellor Scholz", optionally continued by "'s administration"),
    and a name before a government word ("the Biden administration", "Biden's
    administration", "the Trump White House", "the Sunak government").
    ``former`` is True for historical phrasing: "former", "ex-", "then-",
    "the late", "the previous X administration", "Trump's first administration".
    Not mentions: a bare surname ("Biden said"), "Vice President Biden",
    "Deputy Prime Minister X", and titles qualified by another country
    ("Israeli Prime Minister Bennett").  Mentions are ordered by position.
    """
    pattern = _scanner().pattern
    found: list[Mention] = []
    for match in pattern.finditer(text):
        start = match.start()
        ctx = _context(text, start)
        if ctx is None:
            continue
        former, has_the, country = ctx
        matched = match.group()
        for office_id, holders, form, worded_former in _candidates(
            matched, match.lastindex is not None, country, has_the
        ):
            found.append(
                Mention(
                    start=start,
                    end=match.end(),
                    office_id=office_id,
                    holder=holders[0] if len(holders) == 1 else None,
                    holders=holders,
                    form=form,
                    former=former or worded_former,
                    text=matched,
                )
            )
    return found
