"""Reference-link and footnote definitions of Markdown: ``[label]: url`` and ``[^id]: note``.

Read from the article and from the files it includes (:mod:`auditor.load.includes`). A site
generator may write definitions with a template in the label, in a loop
(``[bitcoin core #{{_issue}}]: https://github.com/bitcoin/bitcoin/issues/{{_issue}}``): such a
definition defines every label of its shape, and its address is filled in from the label where the
same expression appears in both.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

from auditor.load.templates import TEMPLATE, TEMPLATE_PIECE, expression, has_template, substitute, template_url

_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_REF_DEF = re.compile(
    rf"^ {{0,3}}\[(?!\^)((?:{TEMPLATE_PIECE}|[^\]{{]|\{{(?![{{%]))++)\]:[ \t]*"
    rf"(?:<([^>\n]*)>|((?:{TEMPLATE_PIECE}|[^\s{{]|\{{(?![{{%]))++)|)"
    r"""(?:\s+["'(].*)?$"""
)
_FOOT_DEF = re.compile(r"^ {0,3}\[\^([^\]\s]+)\]:[ \t]*(.*)$")
_URL = re.compile(r"https?://[^\s<>()\[\]]+[^\s<>()\[\].,;:!?'\"]")
_DEFINITION_STARTS = frozenset("[`~")
MIN_PATTERN_LITERAL = 2
"""A templated label needs this many literal characters to say which labels it defines."""


def normalise_label(label: str) -> str:
    """Reference labels match case-insensitively with whitespace collapsed (CommonMark)."""
    return " ".join(label.split()).casefold()


@dataclass(frozen=True, slots=True)
class LabelPattern:
    """A definition written with a template in its label: every label of that shape is defined."""

    regex: re.Pattern[str]
    names: tuple[str, ...]
    """The expression behind each group of ``regex``, normalised."""
    url: str

    def url_for(self, m: re.Match[str]) -> str | None:
        """The address for one matched label: the label's values put in where the address uses them
        (None when it is still a template: the generator's data would say where it points)."""
        values = {name: m[n + 1] for n, name in enumerate(self.names)}
        url = template_url(substitute(self.url, values))
        return None if has_template(url) else url


def label_pattern(label: str, url: str) -> LabelPattern | None:
    """The pattern of a templated label, or None when it has too little literal text to say anything."""
    parts: list[str] = []
    names: list[str] = []
    pos = 0
    for m in TEMPLATE.finditer(label):
        parts.append(re.escape(label[pos : m.start()]))
        parts.append("(.+?)")
        names.append(expression(m[0]))
        pos = m.end()
    parts.append(re.escape(label[pos:]))
    literal = TEMPLATE.sub("", label)
    if len(literal.replace(" ", "")) < MIN_PATTERN_LITERAL:
        return None
    return LabelPattern(re.compile("".join(parts)), tuple(names), url)


@dataclass(frozen=True, slots=True)
class References:
    """Reference-style link definitions and footnote definitions of a Markdown document.

    ``unknown`` is True when more definitions may come from where the loader cannot look (an include
    it could not read): a label defined nowhere it looked is then unknown, not missing.
    """

    links: Mapping[str, str] = field(default_factory=dict)
    footnotes: Mapping[str, tuple[str | None, str]] = field(default_factory=dict)
    """Footnote id -> (the first URL in its definition, the definition's text)."""
    patterns: tuple[LabelPattern, ...] = ()
    unknown: bool = False
    values: Mapping[str, str] = field(default_factory=dict)
    """Template expression (``site.title``, case-folded) -> the text it prints, where the site settings say."""

    def link(self, label: str) -> tuple[bool | None, str | None]:
        """(defined, url) of a normalised label: defined is None when it cannot be told; the url is None when
        a template defines the label with an address only the site generator knows."""
        if label in self.links:
            return True, self.links[label]
        for pattern in self.patterns:
            m = pattern.regex.fullmatch(label)
            if m:
                return True, pattern.url_for(m)  # defined; its address may be the generator's to fill in
        return (None if self.unknown else False), None

    def footnote(self, fid: str) -> tuple[bool | None, str | None, str | None]:
        """(defined, url, note text) of a footnote id."""
        if fid in self.footnotes:
            url, note = self.footnotes[fid]
            return True, url, note
        return (None if self.unknown else False), None, None

    def under(self, other: References) -> References:
        """These definitions, with ``other``'s where these have none (an article's own win over its includes')."""
        return replace(
            self,
            links={**other.links, **self.links},
            footnotes={**other.footnotes, **self.footnotes},
            patterns=self.patterns + other.patterns,
            unknown=self.unknown or other.unknown,
            values={**other.values, **self.values},
        )


def read_definitions(
    raw: str, lines: Sequence[tuple[int, int]], values: Mapping[str, str] | None = None
) -> tuple[References, set[int]]:
    """Reference and footnote definitions in ``raw`` (given as line spans), and the indexes of the lines
    they take up. ``values`` fills in ``{{ name }}`` in addresses (an include's ``{% assign %}`` values)."""
    links: dict[str, str] = {}
    notes: dict[str, tuple[str | None, str]] = {}
    patterns: list[LabelPattern] = []
    unknown = False
    used: set[int] = set()
    in_fence = ""
    i = 0
    while i < len(lines):
        text = raw[lines[i][0] : lines[i][1]]
        first = text.lstrip()[:1]
        if first not in _DEFINITION_STARTS:  # most lines: nothing to look at
            i += 1
            continue
        fence = _FENCE.match(text)
        if fence and (not in_fence or fence[1][0] == in_fence[0]):
            in_fence = "" if in_fence else fence[1]
        elif not in_fence and (m := _REF_DEF.match(text)):
            label = normalise_label(m[1])
            url = m[2] if m[2] is not None else m[3] or ""
            if has_template(url):
                url = substitute(url, dict(values or {}))
            if has_template(label):
                pattern = label_pattern(label, url)
                if pattern is None:
                    unknown = True  # "[{{ name }}]: ..." could define any label
                else:
                    patterns.append(pattern)
            else:
                links.setdefault(label, template_url(url))
            used.add(i)
        elif not in_fence and (m := _FOOT_DEF.match(text)):
            parts, used_now = [m[2]], {i}
            while i + 1 < len(lines) and raw[lines[i + 1][0] : lines[i + 1][1]].startswith(("  ", "\t")):
                i += 1
                parts.append(raw[lines[i][0] : lines[i][1]].strip())
                used_now.add(i)
            note = " ".join(p for p in parts if p)
            found = _URL.search(note)
            notes.setdefault(m[1], (found[0] if found else None, note))
            used |= used_now
        i += 1
    return References(links, notes, tuple(patterns), unknown), used
