"""segment: split text into sentences, as character spans into the original text.

One compiled regex finds every *candidate* boundary in a single C-speed scan: a cluster of
terminal punctuation (``.`` ``!`` ``?`` ``…``, spaced ellipses ``. . .`` included) with the closing
quotes, brackets and citation markers (``[1]``, ``(source)``, a note number glued after a word's full stop as in
``cancer.1``) that belong to it, a line break, a
closing parenthesis (``1)`` list items) or a bullet. A small Python decision per candidate then
keeps or drops it, using set lookups on the words around it: abbreviations (from
``knowledge/abbreviations.txt``), initials, numbers, list markers, ellipses and capitalisation.
Nothing walks the text character by character, so the cost is linear in its size.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import islice

from auditor.knowledge import HERE


def _load_abbreviations() -> dict[str, frozenset[str]]:
    """The sections of abbreviations.txt: section name -> lowercased entries, final period dropped."""
    sections: dict[str, set[str]] = {}
    current = sections.setdefault("", set())
    with open(HERE / "abbreviations.txt", encoding="utf-8") as handle:
        for raw in handle:
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            if line.startswith("[") and line.endswith("]"):
                current = sections.setdefault(line[1:-1], set())
            else:
                current.add(line.lower().removesuffix("."))
    return {name: frozenset(words) for name, words in sections.items()}


_WORDS = _load_abbreviations()
PREFIX = _WORDS["prefix"]  # "Dr." "e.g.": never end a sentence
GENERAL = _WORDS["general"]  # "Co." "Jr.": end one only before a sentence starter
STARTERS = _WORDS["starters"]  # "The" "How": words that begin sentences
OFFICES = _WORDS["offices"]  # "Rep." "Sen.": after "U.S." they go on the same name

_BULLETS = "•⁃▪◦‣"
_OPENERS = "\"'“‘([*_"
_CLOSERS = "\"'”’)]»*_"
_GOES_ON = ",;:-–—"  # punctuation that continues a sentence: "and -- voila! -- it works"
_CANDIDATE = re.compile(
    rf"""[.!?…)\n{_BULLETS}]
    (?:
        (?<=\n) (?![ \t]*[a-z]) (?P<nl>\s*)      # a line break, unless a soft wrap before "word"
      | (?<=[0-9A-Za-z]\)) (?=\s)                # a bare ")" as in "1) The first item"
      | (?<=[{_BULLETS}])                        # a bullet
      | (?<=[.!?…])
        [.!?…]* (?:\ [.!?…]+)*                   # the rest of the cluster, ". . ." included
        (?P<close>[{re.escape(_CLOSERS)}]*       # closing quotes, brackets, emphasis
          (?:(?<=\])\([^()\s]{{0,300}}\))?)          # the address of a link: "[Read this.](http://x)"
        (?P<mark>(?:[ \t]?(?:                    # citation markers stay with their sentence:
            \[[^\[\]\n]{{0,40}}\](?:\([^()\s]{{0,300}}\))?   # [1] [source] [3](http://x)
          | \([^()\n.!?]{{0,30}}\)                 # (source) ()
        )
          | (?:(?<=[A-Za-z%][.!?])|(?<=[A-Za-z%][.!?]["'”’)]))   # a note number glued to the end of a
            \d{{1,3}}(?=\s|\Z)                      # word's sentence: "... cancer.1 Rates"
        )*)
        (?P<ws>\s+|\Z
          |(?<=[a-z0-9]\.)(?=[A-Z][a-z]*[\s.,;:!?]))  # or no space: "in 2020.Then it rained."
    )""",
    re.VERBOSE,
)
_ACRONYM = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")  # "U.S" "a.m" (the final period is not in the token)
_MARKER = re.compile(rf"[{_BULLETS}(]?(\d{{1,2}}|[A-Za-z]|[ivxIVX]{{2,4}})")  # "1" "⁃9" "(b" "iii"
_MARKER_LENGTH = 5  # the longest marker token: "(viii"
_ROMAN = {n: v for v, n in enumerate(("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"), 1)}
_ITEM_START = re.compile(rf"(?:[-*+{_BULLETS}]|\d{{1,3}}[.)]|#{{1,6}})\s")  # a line opening a list item
_WORD = re.compile(r"[A-Za-z]+")
_NOT_PROSE = re.compile(r"[/@:=_\\]")  # characters of addresses, paths and code, not of prose words
_SPACE = re.compile(r"\s")
_SEPARATOR = re.compile(r"[ \n]")  # what separates the words counted before a title
_ONE_SPAN = re.compile(
    r"""[ \t>]* (?:(?:[-*+]|\d{1,3}[.)])[ \t]+)?       # quote and list markers
    (?: \*\*[^*\n]+\*\* | __[^_\n]+__                   # **bold**
      | \[[^\]\n]+\] (?:\([^()\n]*\)|\[[^\]\n]*\])?    # [link](address) [link][label]
    ) [:.]? [ \t]*""",
    re.VERBOSE,
)
"""A written line that is one bold span or one link ("**Title:**", "- [Title](url)", "[Title][label]"), after
any quote or list marker."""
_ITEM_TEXT = re.compile(r"\)?\s+[\"'“‘]?")  # from a list marker's final "." to its item's first letter
# A title after an abbreviation ("... 6 p.m. Mr. Smith") starts a sentence only after this many
# words: a shorter run such as "At 5 a.m." is far more often a leading phrase than a sentence.
_MIN_WORDS_BEFORE_TITLE = 4
# Hard-wrapped text is taken to be wrapped at this width or wider (pandoc wraps at 72, prettier 80):
# a shorter line that ends early, with no final punctuation, is a heading. A longer line is one
# only when it reads like a title and has at most _HEADING_CHARS characters.
_WRAP_WIDTH = 60
_HEADING_CHARS = 120

Cut = tuple[int, int]  # (end of this sentence, start of the next)
Source = tuple[str, Callable[[int], int]]
"""The text a body was rendered from, and the map of a body offset to an offset in it. Lines are wrapped
in what was written: a link's text or a ``{{ site.x }}`` value is shorter than its source, and a line
measured after rendering would look ended early."""


def sentence_spans(
    text: str, start: int = 0, end: int | None = None, source: Source | None = None
) -> list[tuple[int, int]]:
    """Sentence spans (start, end) as offsets into `text`, within text[start:end], each stripped of
    surrounding whitespace, in order, never overlapping, never empty. With ``source`` (the text `text`
    was rendered from), hard-wrapped lines are measured as they were written."""
    stop = len(text) if end is None else min(end, len(text))
    spans: list[tuple[int, int]] = []
    begin = start
    markers: set[int] = set()  # list-marker labels seen so far, to recognise the next item
    for match in _CANDIDATE.finditer(text, start, stop):
        cut = _decide(text, match, begin, stop, markers, source)
        if cut is not None:
            end_of_sentence, next_begin = cut
            if begin < end_of_sentence and not (text[begin].isspace() or text[end_of_sentence - 1].isspace()):
                spans.append((begin, end_of_sentence))  # the common case: a cut is already stripped
            else:
                _append_stripped(text, begin, end_of_sentence, spans)
            begin = next_begin
    _append_stripped(text, begin, stop, spans)
    return spans


def split_sentences(text: str) -> list[str]:
    """The sentences of text, as strings (text[s:e] for each span)."""
    if not isinstance(text, str):
        from auditor.errors import UsageError

        raise UsageError(f"split_sentences(): text must be a str, not {type(text).__name__}")
    return [text[s:e] for s, e in sentence_spans(text)]


def _append_stripped(text: str, s: int, e: int, spans: list[tuple[int, int]]) -> None:
    """Append (s, e) without its surrounding whitespace, unless nothing is left."""
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if s < e:
        spans.append((s, e))


def _decide(
    text: str, match: re.Match[str], begin: int, stop: int, markers: set[int], source: Source | None = None
) -> Cut | None:
    """Where the sentence ends at this candidate, or None when it does not end here."""
    s = match.start()
    first = text[s]
    if first == "\n":
        return _line_break(text, match, begin, stop, source)
    if first == ")":
        attached = s > begin and not text[s - 1].isspace()
        token = text[max(begin, s - 8) : s].rsplit(None, 1)[-1] if attached else ""
        return _list_item(text, s, token, begin, stop, markers)
    if first in _BULLETS:
        return (s, s) if s > begin else None
    j = match.end()
    if j >= stop or (s > begin and text[s - 1] in "[("):
        return None  # the end of the text, or an editorial mark like "[...]" or "(?)"
    while j < stop and text[j] in _OPENERS:  # look through opening quotes at the next word
        j += 1
    cluster = text[s : match.start("close")]
    if "!" in cluster or "?" in cluster:
        ends = "\n" in match.group("ws") or not (text[j : j + 1].islower() or text[j : j + 1] in _GOES_ON)
        return (match.start("ws"), match.end()) if ends else None
    if "…" in cluster or cluster.count(".") > 1:
        return _ellipsis(text, match, cluster, j, stop)
    return _period(text, match, j, begin, stop, markers)


def _ellipsis(text: str, match: re.Match[str], cluster: str, j: int, stop: int) -> Cut | None:
    """An ellipsis ends a sentence at a line break, or before a capital when a fourth dot (the
    period) closes it or when the capital is not the pronoun "I" (which says little)."""
    s = match.start()
    cut = (match.start("ws"), match.end())
    c = text[j] if j < stop else ""
    if "\n" in match.group("ws"):
        return cut
    if not c.isupper():
        return None
    if cluster.count(".") + 3 * cluster.count("…") >= 4:
        if cluster[1] == " " and not text[s - 1].isspace():
            return (s + 1, s + 2)  # "word. . . . Next": the period ends it; ". . . Next" opens the next
        return cut
    pronoun = c == "I" and not text[j + 1 : j + 2].isalpha()
    return None if pronoun else cut


def _period(text: str, match: re.Match[str], j: int, begin: int, stop: int, markers: set[int]) -> Cut | None:
    """Decide a single full stop from the word before it and the word after it."""
    s = match.start()
    cut = (match.start("ws"), match.end())
    if s == begin or text[s - 1].isspace():
        return cut  # a detached "word ." is still a sentence end
    words = text[s - 40 if s - 40 > begin else begin : s].rsplit(None, 2)
    token = words[-1]
    if cut[0] == cut[1] and _NOT_PROSE.search(token):
        return None  # "word.Word" inside an address or a name: "x.org/Read.Me", "a_b.Cd"
    item = _list_item(text, s, token, begin, stop, markers)
    if item is not None:
        return item  # "2. The second item" cuts before the "2"; "1. The first item" does not
    c = text[j] if j < stop else ""
    newline = "\n" in match.group("ws")
    bare = token.lstrip(_OPENERS).rstrip(_CLOSERS)
    word = bare.lower()
    if word in PREFIX:
        return None
    mark = match.group("mark")
    if mark[-1:].isdigit() and not note_number_after(token):
        return None  # "Fig.1", "No.1", "A.1": a number glued to an abbreviation or a letter is a label
    abbreviation = word in GENERAL or (len(word) == 1 and word.isalpha())
    if not abbreviation and "." in word:
        abbreviation = _ACRONYM.fullmatch(word) is not None
    if len(bare) == 1 and bare.isupper():
        previous = words[-2].lstrip(_OPENERS) if len(words) > 1 else ""
        next_initial = c.isupper() and text[j + 1 : j + 2] == "." and text[j + 2 : j + 3].isspace()
        if previous[:1].isupper() or next_initial or _second_of_two_names(words, c):
            return None  # an initial inside a name: "Jane Q. Public", "J. R. Tolkien", "Ann E. and G. Norman"
        abbreviation = False  # a lone capital after a lowercase word: "you and I.", "vitamin C."
    if c.islower() or c.isdigit() or (c and c in _GOES_ON):
        # A line ending in a full stop ends a sentence, unless the stop is an abbreviation's.
        return cut if newline and not abbreviation else None
    if abbreviation and not newline:
        if "." in word and _next_word(text, j) in OFFICES:
            return None  # "to kill U.S. Rep. Ilhan Omar": the place's abbreviation qualifies the office
        return cut if _starts_sentence(text, j, begin, s) else None
    return cut


def note_number_after(token: str) -> bool:
    """Whether a number glued after the full stop that ends `token` reads as a note marker ("cancer.1",
    "72%.2"): the stop ends a word of three letters or more that is no abbreviation, or a percentage; not a
    label ("Fig.1", "No.1", "A.1")."""
    bare = token.lstrip(_OPENERS).rstrip(_CLOSERS)
    if bare.endswith("%"):
        return True
    word = bare.lower()
    return len(word) >= 3 and word.isalpha() and not bare.isupper() and not (word in GENERAL or word in OFFICES)


def _second_of_two_names(words: list[str], c: str) -> bool:
    """Before "G." of "Ann E. and G. Norman": the initial follows "and" that follows another initial, and a
    capital follows it, so two names with initials are joined ("vitamins B and C." has no initial before "and")."""
    if len(words) < 3 or words[-2].lower() not in ("and", "&") or not c.isupper():
        return False
    before = words[-3].rsplit(None, 1)[-1]
    return len(before) == 2 and before[0].isupper() and before[1] == "."


def _next_word(text: str, j: int) -> str:
    """The lowercased word at j ("" when none starts there)."""
    found = _WORD.match(text, j)
    return found.group().lower() if found else ""


def _starts_sentence(text: str, j: int, begin: int, s: int) -> bool:
    """After an abbreviation ending at s: does a new sentence start at j? Yes before a sentence
    starter; before a title ("Mr.") only if what precedes is long enough to be a sentence."""
    found = _WORD.match(text, j)
    word = found.group().lower() if found else ""
    if word in STARTERS:
        return True
    if word not in PREFIX:
        return False
    # At least _MIN_WORDS_BEFORE_TITLE words before s, that is one fewer spaces or line breaks: looked for from the
    # sentence start and no farther than the last one needed (counting them all up to s, at every abbreviation of a
    # long sentence, was quadratic in its length).
    needed = _MIN_WORDS_BEFORE_TITLE - 1
    return len(list(islice(_SEPARATOR.finditer(text, begin, s), max(0, needed)))) >= needed


def _opens_sentence(text: str, begin: int, token_start: int) -> bool:
    """Whether only space and bullets stand between the sentence start and token_start."""
    return token_start - begin <= 8 and not text[begin:token_start].strip(" \t\n" + _BULLETS)


def _marker_keys(token: str) -> tuple[int, ...]:
    """The readings of a list marker's label as (kind, ordinal) keys, kind * 100 + ordinal:
    "3" -> (3,); "b" -> (the 2nd lowercase letter,); "ii" -> (roman 2,); "i" -> (letter 9, roman 1)."""
    found = _MARKER.fullmatch(token) if len(token) <= _MARKER_LENGTH else None
    if not found:
        return ()
    label = found.group(1)
    if label.isdigit():
        return (int(label),)
    keys = [(200 if label.isupper() else 100) + ord(label.lower()) - 96] if len(label) == 1 else []
    if label.lower() in _ROMAN:
        keys.append((400 if label.isupper() else 300) + _ROMAN[label.lower()])
    return tuple(keys)


def _list_item(text: str, s: int, token: str, begin: int, stop: int, markers: set[int]) -> Cut | None:
    """For a list marker `token` ending at s ("2." "b)" "⁃10." "iii."): a cut before it when it
    continues a list seen earlier with a capitalised item; the empty cut (begin, begin), which
    changes nothing, when it opens the sentence (and is noted); otherwise None."""
    keys = _marker_keys(token)
    token_start = s - len(token)
    if not keys:
        return None
    if _opens_sentence(text, begin, token_start):
        markers.update(keys)
        return (begin, begin)
    after = _ITEM_TEXT.match(text, s + 1, stop)
    capital = after is not None and text[after.end() : after.end() + 1].isupper()
    if capital and any(key - 1 in markers for key in keys):
        markers.update(keys)
        return (token_start, token_start)
    return None


def _line_break(text: str, match: re.Match[str], begin: int, stop: int, source: Source | None = None) -> Cut | None:
    """A blank line always ends a sentence; a single line break ends one before a list item or
    after a heading, and is otherwise a soft wrap inside the sentence. Widths are those of the
    written lines when ``source`` is given."""
    nxt = match.end()
    if nxt >= stop:
        return None
    cut = (match.start(), nxt)
    if "\n" in match.group("nl") or _ITEM_START.match(text, nxt):
        return cut
    if not (text[nxt].isupper() or text[nxt].isdigit()):
        return None
    found = text.rfind("\n", begin, match.start())
    if found < 0 and not _begins_line(text, begin):
        return None  # the sentence began inside this line, so the line is no heading
    line_start = found + 1 if found >= 0 else begin
    if text.startswith("#", line_start):
        return cut  # a Markdown heading
    line = text[line_start : match.start()]
    space = _SPACE.search(text, nxt, stop)
    next_word = text[nxt : space.start() if space else stop]
    width, next_width = len(line), len(next_word)
    if source is not None:
        width, next_width = _written_widths(source, line_start, match.start(), nxt) or (width, next_width)
    if width > _WRAP_WIDTH:  # not hard-wrapped text: only a title ends a sentence without punctuation
        return cut if width <= _HEADING_CHARS and _title_like(line) else None
    # A hard-wrapped line breaks only where the next word would not fit; one that ends early was
    # ended on purpose (a heading, a label, a byline), unless it wraps inside brackets ("[link text").
    full = width + 1 + next_width > _WRAP_WIDTH
    inside_link = line.count("[") > line.count("]") or "](" in next_word
    return None if full or inside_link or line.count("(") > line.count(")") else cut


def _written_widths(source: Source, line_start: int, line_end: int, nxt: int) -> tuple[int, int] | None:
    """(width of the line, width of the next line's first word) as written, or None when the body's
    line break is not one of the source's (a break the renderer made, such as an HTML ``<br>``)."""
    raw, to_raw = source
    end = to_raw(line_end)
    begin, after = to_raw(line_start), to_raw(nxt)
    if not begin <= end < after or raw[end : end + 1] not in ("\n", "\r"):
        return None
    if _ONE_SPAN.fullmatch(raw, raw.rfind("\n", 0, begin) + 1, end):
        return None  # a line that is one link or one bold span is a label set on its own line: as it reads
    space = _SPACE.search(raw, after, after + _HEADING_CHARS)
    return end - begin, (space.start() if space else min(len(raw), after + _HEADING_CHARS)) - after


def _begins_line(text: str, begin: int) -> bool:
    """Whether only spaces stand between the line break before `begin` (or the text start) and it."""
    line_start = text.rfind("\n", 0, begin) + 1
    return begin - line_start <= _WRAP_WIDTH and not text[line_start:begin].strip()


def _title_like(line: str) -> bool:
    """A line in title case: capitalised words but for short ones ("of", "and"), no commas or
    semicolons (which a list of names would have), ending in a word."""
    title = line.strip(" \t*_")
    words = title.split()
    if not words or "," in title or ";" in title or not title[-1].isalnum():
        return False
    return title[0].isupper() and all(w[0].isupper() or w[0].isdigit() or len(w) <= 3 for w in words)
