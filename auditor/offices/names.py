"""Names: the one regular expression that finds office-holder mentions, built once from the data.

A mention is a title before a known name form ("President Joe Biden", "PM Starmer") or a name before a
government word ("the Biden administration", "the Modi government"). Name forms are indexed by a lookup
key (accents, case and dashes folded); titles and names become character tries, so the scan costs a few
steps per text position however many holders the data knows.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from auditor.offices.keys import _APOSTROPHES, _DASHES, _fold, _key
from auditor.offices.model import _knowledge

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
