"""citations: everything that cites, or pretends to cite, a source, and which sentence it belongs to.

Found in three ways:

- the loader's links (inline, HTML anchors, reference-style, footnotes, bare URLs);
- markers in the body text: placeholders (``[source]``, ``(source)``, ``(Source: )``),
  empty markers (``()``, ``[]``) and numbered markers (``[3]``) resolved against
  a numbered reference list when there is one, note numbers in parentheses
  (``(1)``) where notes at the article's end answer them, and note numbers glued
  after a word's full stop (``cancer.1``) where a list answers them or the prose
  counts them 1, 2, 3 in order;
- attributions in the prose: "according to Bloomberg", "as reported by X",
  "a study found", "experts say". An attribution that names its source
  ("according to the Census Bureau") counts as a citation; a vague one
  ("experts say", "according to reports") does not.

Attachment (which claims a citation supports) is decided in :mod:`auditor.article`.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cache
from itertools import accumulate

from auditor.artifacts import Artifact, Artifacts
from auditor.body_spans import Spans, as_written, merged, quoted
from auditor.in_text import Authors, in_text_spans
from auditor.knowledge import load
from auditor.model import CitationKind, Document, Link
from auditor.phrases import alternation
from auditor.placeholder_notes import is_placeholder_address, placeholder_notes
from auditor.reference_lists import (
    PAREN_MARKER,
    entry_url,
    first_link_in,
    glued_markers,
    note_label,
    outside_links,
    parenthesised_notes,
)
from auditor.text import object_of_preposition, stopwords


@dataclass(frozen=True, slots=True)
class Marker:
    """A citation found in the body, before it is numbered and attached.

    ``defined`` is False for a reference, footnote or numbered marker whose
    definition is missing, None when that cannot be told (the article pulls
    in definitions the loader could not read); ``vague`` marks an attribution
    with no named source.
    """

    kind: CitationKind
    url: str | None
    text: str
    start: int
    end: int
    block: int
    label: str | None = None
    defined: bool | None = True
    vague: bool = False

    @property
    def supports(self) -> bool:
        """Whether this citation points a reader at a real source."""
        if self.kind == "reference":  # defined, or perhaps defined where the loader could not look
            return self.defined is not False
        if self.kind in ("link", "url"):
            return bool(self.url)
        if self.kind in ("footnote", "numbered"):
            return self.defined is not False
        return self.kind == "attribution" and not self.vague


@dataclass(frozen=True, slots=True)
class _Lexicon:
    markers: re.Pattern[str]
    placeholder_hrefs: frozenset[str]
    placeholder_href: re.Pattern[str]
    """An address made of a writer's note words alone, repeated or not ("TK", "TKTKTK", "XXX", "todo-todo")."""
    vague_sources: frozenset[str]
    indefinite: frozenset[str]
    """Words that open a description of no source in particular ("a", "one", "some")."""
    attributions: tuple[tuple[str, re.Pattern[str]], ...]
    """(a literal every match contains, the pattern): a pattern runs only where its literal occurs."""
    vague_heads: tuple[str, ...]
    vague: re.Pattern[str]
    """A vague head noun and a verb of saying ("experts say"), matched at a place where a head occurs."""
    placeholder_words: frozenset[str]
    reported: re.Pattern[str]
    """A name that reported ("as Bloomberg reported"), matched only in the words before a " reported"."""


@cache
def _lexicon() -> _Lexicon:
    """The compiled marker and attribution patterns. They run on lower-cased text (faster than re.I)."""
    data = load("citation_markers")
    words = "|".join(re.escape(w) for w in sorted(data["placeholder_words"], key=len, reverse=True))
    # Every branch starts with a bracket, so the regex engine can skip ahead to brackets only.
    notes, note_heads = alternation(data["placeholder_notes"]), alternation(data["placeholder_note_heads"])
    # Not a source to add: a newsroom's label for a version of its page ("(URL for short print option)"), or "below"
    elsewhere = alternation(["below", "above", *data["production_words"]])
    # A writer's note where a source belongs: "[TODO: add the citation]", "(link to PR)" (a few words, no address).
    note = (
        rf"\s*(?:(?:{notes})\b[:\s][^\[\]()\n/]{{0,120}}?"
        rf"|(?:{note_heads})\s+(?:to|for)(?![^\])\n]*\b(?:{elsewhere})\b)(?:\s+[^\s\[\]()/.]+){{1,3}}\s*)[\])]"
    )
    markers = re.compile(rf"[\[(](?:\s*(?P<num>\d{{1,3}})\]|\s*(?:{words})\s*:?\s*[\])]|{note}|[\])])")
    verbs = "|".join(re.escape(v) for v in sorted(data["attribution_verbs"], key=len, reverse=True))
    # Where the named source ends: punctuation, or a word that starts the rest of the sentence.
    stop = (
        r"(?=\s*[,.;:()\[\]]|$"
        r"|\s+(?:that|which|who|is|are|was|were|has|have|had|will|would|and|but|the|in|on|at|for)\b)"
    )
    # One pattern per literal start: re finds a literal prefix fast, and an alternation of many words slowly.
    # (A leading \b would hide the prefix from re's fast search, so word boundaries are checked behind it.)
    attributions = (
        ("according to", re.compile(rf"according to (?P<a>[^,.;:()\[\]]{{2,70}}?){stop}")),
        (
            "as ",
            re.compile(
                rf"as (?<=\bas )(?:\w+ly )?(?:reported|covered|noted|stated|detailed|highlighted|outlined|documented"
                rf"|described|revealed) (?:by|in) (?P<b>[^,.;:()\[\]]{{2,60}}?){stop}"
            ),
        ),
        ("source:", re.compile(r"\(\s*source:\s*(?P<c>[^()]{2,80}?)\s*\)")),
    )
    # "as Bloomberg reported", "as The Guardian first reported", "..., Reuters reported.": a name that reported (its
    # capitals are checked in the text as written, see _attributions); run only before a " reported" (_reported_matches)
    reported = re.compile(
        r"(?:\bas |, )(?!as )(?P<e>[\w&'’.-]+(?: [\w&'’.-]+){0,4}?)"
        r" (?:first |previously |earlier |originally )?reported(?=\s*[,.;:)]|\s+(?:on|last|this|earlier|in)\b)"
    )
    hrefs = frozenset(h.lower() for h in data["placeholder_hrefs"])
    note_href = re.compile(rf"(?:(?:{notes})[\s_-]*)+")
    vague = frozenset(v.lower() for v in data["vague_sources"])
    placeholders = frozenset(data["placeholder_words"])
    heads = tuple(data["vague_heads"])
    # One pattern for all heads, run only where a head occurs (see _vague_matches): compiling one per head an
    # article used cost ~1.5 ms each in a run's first audits (the verbs are a long alternation).
    vague_pattern = re.compile(rf"(?<!\w)(?P<d>{'|'.join(map(re.escape, heads))})\s+(?:{verbs})\b")
    indefinite = frozenset(data["indefinite_openers"])
    return _Lexicon(
        markers, hrefs, note_href, vague, indefinite, attributions, heads, vague_pattern, placeholders, reported
    )


def _vague_matches(lexicon: _Lexicon, lowered: str) -> Iterator[re.Match[str]]:
    """Each head's "experts say" matches in ``lowered``, as a pattern of that head alone would find them in turn
    (left to right, none overlapping another of the same head): at each place the head occurs, the one pattern
    matches with that head or not at all (two heads cannot both be followed there by a space)."""
    for head in lexicon.vague_heads:
        at = lowered.find(head)
        while at >= 0:
            m = lexicon.vague.match(lowered, at)
            if m is not None and m.end("d") == at + len(head):
                yield m
                at = lowered.find(head, m.end())
            else:
                at = lowered.find(head, at + 1)


_REPORTED = " reported"
_NAME_REACH = 90
"""Characters before a " reported" that may hold "as " or ", " and a name of up to five words."""


def _reported_matches(lexicon: _Lexicon, lowered: str) -> Iterator[re.Match[str]]:
    """Each "as Bloomberg reported" / ", Reuters reported" in ``lowered``: the pattern, which has no literal to
    start from, runs only in a short window before each " reported", not at every place of the text."""
    at = lowered.find(_REPORTED)
    while at >= 0:
        for m in lexicon.reported.finditer(lowered, max(0, at - _NAME_REACH), at + len(_REPORTED) + 40):
            if m.end() == at + len(_REPORTED):
                yield m
                break
        at = lowered.find(_REPORTED, at + 1)


def _block_of(starts: Sequence[int], offset: int) -> int:
    return bisect_right(starts, offset) - 1


def find_markers(doc: Document, artifacts: Artifacts) -> list[Marker]:
    """Every citation of the document's prose blocks, in body order."""
    lexicon = _lexicon()
    lowered = doc.text.lower()
    if len(lowered) != len(doc.text):  # a rare character whose lower case is longer: keep offsets exact
        lowered = "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in doc.text)
    starts = [b.start for b in doc.blocks]
    verbatim = Spans(doc.verbatim)
    references = {a.label: a for a in artifacts.of_kind("references")}
    ref_urls = _reference_urls(doc, references.values())
    anchors = dict(doc.anchors)
    targets = frozenset(anchors.values())
    found: list[Marker] = []
    for link in doc.links:
        at = _block_of(starts, link.start)
        if link_target(link, targets):
            continue
        if at >= 0 and at not in artifacts.excluded and not verbatim.covers(link.start, link.end):
            pair = _marker_pair(link, at, references, ref_urls)
            if pair:
                found.extend(pair)
                continue
            marker = _from_link(doc, link, at, lexicon, anchors)
            if marker.kind == "numbered" and marker.defined is not True and marker.label:
                marker = _by_number(marker, references, ref_urls)
            if marker.kind not in ("placeholder", "empty") or not quoted(doc, at, link.start):
                found.append(marker)
    linked = sorted((m.start, m.end) for m in found if m.end > m.start)
    linked_starts = [s for s, _ in linked]
    reach = list(accumulate((e for _, e in linked), max))  # the farthest end among the first k link texts
    for index, block in enumerate(doc.blocks):
        if index in artifacts.excluded:
            continue
        for m in lexicon.markers.finditer(lowered, block.start, block.end):
            start, end = m.span()
            if not _paired(m[0]) or ((m["num"] or len(m[0]) == 2) and _glued(doc.text, start, end)):
                continue
            if len(m[0]) == 2 and _data_value(doc.text, block.start, start):
                continue  # "tags = []", "\"tags\": []", ":tags []": an empty list or tuple in code or settings
            k = bisect_left(linked_starts, end)  # the link texts that start before this marker ends
            if (k and reach[k - 1] > start) or verbatim.touches(start, end):
                continue  # brackets that are part of a real link's text, or of code
            if not as_written(doc, start, end):
                continue  # "(*)" or "({{ x }})" whose inside the loader left out: not an empty marker
            marker = _from_marker(m, doc.text[start:end], start, end, index, references, ref_urls)
            if marker.kind in ("placeholder", "empty") and quoted(doc, index, start):
                continue  # "[link]" in a quoted message or a quoted block belongs to the quotation
            if marker.defined is False and not doc.references_known:
                marker = replace(marker, defined=None)
            found.append(marker)
    found.extend(_notes(doc, artifacts, verbatim, Spans(merged((m.start, m.end) for m in found if m.end > m.start))))
    inside = Spans(linked)
    found.extend(_parenthesised(doc, artifacts, references, ref_urls, verbatim, inside))
    found.extend(_note_numbers(doc, artifacts, references, ref_urls, verbatim, inside))
    taken = Spans(merged((m.start, m.end) for m in found if m.end > m.start))
    found.extend(_named_targets(doc, artifacts, verbatim, taken))
    found.extend(_in_text(doc, artifacts, verbatim, taken))
    for marker in _attributions(lexicon, doc.text, lowered, starts):
        if marker.block in artifacts.excluded or verbatim.touches(marker.start, marker.end):
            continue
        if inside.covers(marker.start, marker.end):
            continue  # "[As Bloomberg reported](https://...)": the link is that citation
        found.append(marker)
    found.sort(key=lambda m: (m.start, m.end))
    return found


def _notes(doc: Document, artifacts: Artifacts, verbatim: Spans, taken: Spans) -> Iterator[Marker]:
    """The writer's notes left where a source belongs ("[CITE PENDING]", "[VERIFY: ...]":
    :mod:`auditor.placeholder_notes`) that no other marker or link text holds: placeholders. Not in code, not
    glued to a word or followed by a link's target ("[ref](...)", "[TODO]: ..."), not in quoted words."""
    text = doc.text
    for index, block in enumerate(doc.blocks):
        if index in artifacts.excluded:
            continue
        for start, end in placeholder_notes(text, block.start, block.end):
            if taken.touches(start, end) or verbatim.touches(start, end) or _glued(text, start, end):
                continue
            if as_written(doc, start, end) and not quoted(doc, index, start):
                yield Marker("placeholder", None, text[start:end], start, end, index)


def _parenthesised(
    doc: Document,
    artifacts: Artifacts,
    references: dict[str | None, Artifact],
    urls: dict[str, str],
    verbatim: Spans,
    inside: Spans,
) -> Iterator[Marker]:
    """The note numbers in parentheses in the prose ("... in 2004) (1) but") that a note of the article's
    ends answers (:func:`auditor.reference_lists.parenthesised_notes`): numbered markers, defined."""
    labels = set(parenthesised_notes(doc).values())
    if not labels:
        return
    for index, m in _in_prose(doc, artifacts, PAREN_MARKER.finditer):
        start, end, number = m.start(1) - 1, m.end(1) + 1, m[1]
        if number not in labels or number not in references or verbatim.touches(start, end):
            continue
        if not inside.covers(start, end) and as_written(doc, start, end):
            yield Marker("numbered", urls.get(number), doc.text[start:end], start, end, index, number, True)


_NAMED_TARGET = re.compile(
    r"\[(?<![!\]\\]\[)(?P<text>[^\[\]\n]*[^\W\d_][^\[\]\n]*)\]"
    r"\((?P<target>[^\W\d_][^\W\d_.'’&-]*(?:[ ,]+[^\W\d_][^\W\d_.'’&-]*)+)\)"
)
"""``[text](Words With Spaces)``: link markup whose target is plain words (two or more, letters only), which no
Markdown reader turns into a link (an address has no spaces), so it stays in the text as written. The "[" comes
first and the look-behind (no "!", "]" or "\\" before it) after it, so that the regex engine skips to brackets."""


def _in_text(doc: Document, artifacts: Artifacts, verbatim: Spans, taken: Spans) -> Iterator[Marker]:
    """Parenthetical in-text citations ("(Okafor, 2019)", "(Brandt 112)" with Brandt in the list of works:
    :mod:`auditor.in_text`): attributions that name their source. Not in code, not where a marker is read."""
    if "(" not in doc.text:
        return
    listed = Authors(doc)
    for index, block in enumerate(doc.blocks):
        if index in artifacts.excluded or block.kind == "heading":
            continue  # "## Workshop: Scaling Rivers (Tokyo 2018)": a heading names an edition, it cites nothing
        for start, end in in_text_spans(doc.text, block.start, block.end, listed):
            if verbatim.touches(start, end) or taken.touches(start, end) or not as_written(doc, start, end):
                continue
            yield Marker("attribution", None, doc.text[start + 1 : end - 1], start, end, index)


def _named_targets(doc: Document, artifacts: Artifacts, verbatim: Spans, taken: Spans) -> Iterator[Marker]:
    """Links whose target is the source's name where its address belongs (``[cases by state](Health Agency)``):
    they cite nothing, placeholders whose ``url`` is the words written as the target. Not in code, not where a
    marker is already read (a link's text, a placeholder address such as "tk tk"), not an image's. An address, a
    fragment, a ``mailto:``, a template expression or a title in quotes has a character plain words do not, and
    a one-word target is read by Markdown as a relative link."""
    for index, m in _in_prose(doc, artifacts, _NAMED_TARGET.finditer):
        start, end = m.span()
        if verbatim.touches(start, end) or taken.touches(start, end) or not as_written(doc, start, end):
            continue
        at = m.start("target") - 1  # the "(...)" where the address belongs: the link's words stay in the claim
        yield Marker("placeholder", m["target"], doc.text[start:end], at, end, index)


def _in_prose(
    doc: Document, artifacts: Artifacts, finditer: Callable[[str, int, int], Iterable[re.Match[str]]]
) -> Iterator[tuple[int, re.Match[str]]]:
    """(block index, match) for every match of ``finditer`` in the prose blocks, those not left out as artifacts."""
    for index, block in enumerate(doc.blocks):
        if index not in artifacts.excluded:
            for m in finditer(doc.text, block.start, block.end):
                yield index, m


def _note_numbers(
    doc: Document,
    artifacts: Artifacts,
    references: dict[str | None, Artifact],
    urls: dict[str, str],
    verbatim: Spans,
    inside: Spans,
) -> Iterator[Marker]:
    """The note numbers glued after a word's full stop ("... cancer.1 Rates": :func:`glued_markers`), as a page
    copied without its ``<sup>`` leaves them: numbered markers, defined when a reference list of the article has
    that number. A number no list answers is read as a marker only when the prose counts its glued numbers 1, 2,
    3 ... in order (notes the article lost), or when it is a lone 1 that ends its paragraph."""
    found: list[tuple[int, int, int, str]] = []
    for index, m in _in_prose(doc, artifacts, glued_markers):
        start, end = m.span(1)
        if not (verbatim.touches(start, end) or inside.covers(start, end)) and as_written(doc, start, end):
            found.append((index, start, end, m[1]))  # not the text of a link: "[4][5]" read as one
    first_seen = list(dict.fromkeys(number for *_, number in found))
    counted = first_seen == [str(n) for n in range(1, len(first_seen) + 1)] and (
        len(first_seen) > 1 or (len(found) == 1 and found[0][2] == doc.blocks[found[0][0]].end)
    )  # 1, 2, 3 ... in order; or a lone 1 that ends its paragraph ("... blood cancer.1")
    lost = False if doc.references_known else None
    for index, start, end, number in found:
        if number in references:
            yield Marker("numbered", urls.get(number), number, start, end, index, number, True)
        elif counted:
            yield Marker("numbered", None, number, start, end, index, number, lost)


def link_target(link: Link, targets: frozenset[int]) -> bool:
    """An empty in-page link that is itself an id target: a heading's anchor (``<a href="#results" id="results"></a>``,
    as GitBook, GitHub and many site generators emit), a place to link to, not a citation.
    ``targets``: the body offsets where the document's element ids stand (:attr:`Document.anchors`)."""
    return not link.text.strip() and (link.url or "").startswith("#") and link.start in targets


def _from_link(doc: Document, link: Link, block: int, lexicon: _Lexicon, anchors: dict[str, int]) -> Marker:
    """The citation a link makes."""
    url = link.url
    if link.kind == "footnote":
        return Marker("footnote", url, link.note or link.text, link.start, link.end, block, link.label, link.defined)
    if link.kind == "reference" and link.defined is False and link.label in lexicon.placeholder_words:
        # "[the report][link]": a slot for a link never filled in, not a label whose definition went missing
        return Marker("placeholder", None, f"[{link.text}][{link.label}]", link.start, link.end, block, link.label)
    if link.kind == "reference" and (not link.defined or url is None):
        # dangling, unknown, or defined by a template with an address only the site generator knows
        return Marker("reference", url, link.text, link.start, link.end, block, link.label, link.defined)
    if link.kind == "url":
        return Marker("url", url, link.text, link.start, link.end, block)
    if url is None or not url.strip():
        return Marker("empty", url, link.text, link.start, link.end, block)
    if link.kind == "link" and doc.format == "markdown" and not link.text.strip():
        return Marker("empty", url, link.text, link.start, link.end, block)  # "[](https://...)": no reader sees it
    address = url.strip().lower()
    if (
        address in lexicon.placeholder_hrefs
        or lexicon.placeholder_href.fullmatch(address)
        or is_placeholder_address(address)  # "/link-needed"
    ):
        return Marker("placeholder", url, link.text, link.start, link.end, block)
    note = note_label(link)
    if note is not None:  # <sup><a href="#fn4">4</a></sup>: a note marker, defined when its target is there
        target = anchors.get(url[1:])
        defined = True if target is not None else None if not doc.references_known else False
        target_url = entry_url(doc, target) if target is not None and target >= 0 else None
        return Marker("numbered", target_url or url, link.text, link.start, link.end, block, note, defined)
    if link.text.strip("[]() ").isdigit():
        return Marker("numbered", url, link.text, link.start, link.end, block, link.text.strip("[]() "))
    return Marker(
        "reference" if link.kind == "reference" else "link", url, link.text, link.start, link.end, block, link.label
    )


def _by_number(
    marker: Marker, references: dict[str | None, Artifact], urls: dict[str, str]
) -> Marker:
    """A note link whose fragment names no id on the page (``[[3]](#cite_note-3)`` beside a references list whose
    items carry only back-links, as a wiki page converted to Markdown leaves them): defined when its number is an
    item of the page's numbered references list, whatever the fragment is called. A number the list does not
    have stays dangling."""
    label = marker.label or ""
    if label in references:
        return replace(marker, url=urls.get(label) or marker.url, defined=True)
    return marker


def _marker_pair(
    link: Link, block: int, references: dict[str | None, Artifact], urls: dict[str, str]
) -> list[Marker] | None:
    """Two note numbers side by side (``...in 1902.[19][20]``) that Markdown read as a reference-style link (text
    "19", label "20") with no ``[20]: <url>`` line, in an article with a numbered reference list: two numbered
    markers, each resolved against that list, not one reference whose definition is missing."""
    if link.kind != "reference" or link.defined is not False or not references:
        return None
    first, second = link.text.strip(), (link.label or "").strip()
    if not (first.isdigit() and second.isdigit() and len(first) <= 3 and len(second) <= 3):
        return None
    return [
        Marker("numbered", urls.get(n), f"[{n}]", link.start, link.end, block, n, n in references)
        for n in (first, second)
    ]


def _reference_urls(doc: Document, entries: Iterable[Artifact]) -> dict[str, str]:
    """Reference-list number -> the URL its entry links to."""
    urls: dict[str, str] = {}
    links = outside_links(doc)
    starts = [k.start for k in links]
    for entry in entries:
        link = first_link_in(links, starts, entry.start, entry.end)
        if link and link.url and entry.label:
            urls[entry.label] = link.url
    return urls


def _paired(marker: str) -> bool:
    """``[...]`` or ``(...)``, not ``[...)``."""
    return (marker[0], marker[-1]) in (("[", "]"), ("(", ")"))


def _glued(text: str, start: int, end: int) -> bool:
    """A ``[3]`` or ``()`` glued to a word (``array[3]``, ``run()``) or followed by a link target is code, not a
    citation marker."""
    before = text[start - 1 : start]
    return (bool(before) and (before.isalnum() or before in "])")) or text[end : end + 1] in ("(", "[", ":")


_VALUE_AFTER = re.compile(
    r"""(?:[=:]=|=>?|->|"[^"\n]{1,40}"[ \t]*:|'[^'\n]{1,40}'[ \t]*:"""
    r"""|(?:^|(?<=[\s{,(]))(?::[A-Za-z][\w.?!*/-]*|[a-z][a-z0-9]*(?:[_.-][a-z0-9]+|[A-Z][a-z0-9]*)+:))[ \t]*\Z"""
)
"""What a value ends in when written in code or settings: an assignment or arrow (``=``, ``:=``, ``=>``, ``->``),
a quoted key (``"tags":``), an EDN keyword (``:tags``) or a key written as code (``max_items:``, ``fooBar:``)."""


def _data_value(text: str, block_start: int, start: int) -> bool:
    """Whether the empty brackets at ``start`` are a value in code or settings (``tags = []``, ``"tags": []``,
    ``:tags []``) rather than a citation marker left empty: what stands before them on their line ends as
    :data:`_VALUE_AFTER` says. A claim's words never end so (``last year: []`` ends in a word of prose)."""
    line_start = max(block_start, text.rfind("\n", block_start, start) + 1, start - 80)
    return _VALUE_AFTER.search(text, line_start, start) is not None


def _from_marker(
    m: re.Match[str],
    text: str,
    start: int,
    end: int,
    block: int,
    references: dict[str | None, Artifact],
    urls: dict[str, str],
) -> Marker:
    number = m["num"]
    if number:  # a numbered marker: resolved against the reference list, if any
        return Marker("numbered", urls.get(number), text, start, end, block, number, number in references)
    inner = text.strip("[]() \t")
    return Marker("placeholder" if inner else "empty", None, text, start, end, block)


def _attributions(lexicon: _Lexicon, text: str, lowered: str, starts: Sequence[int]) -> Iterator[Marker]:
    """Attributions anywhere in the text, the first one winning where two overlap, each within its block."""
    patterns = [pattern for literal, pattern in lexicon.attributions if literal in lowered]
    found = [m for pattern in patterns for m in pattern.finditer(lowered)]
    matches = sorted(
        [*found, *_vague_matches(lexicon, lowered), *_reported_matches(lexicon, lowered)],
        key=lambda m: (m.start(), -m.end()),
    )
    taken = -1
    for m in matches:
        block = _block_of(starts, m.start())
        if m.start() < taken or block < 0 or _block_of(starts, m.end() - 1) != block:
            continue
        group = m.lastgroup  # each pattern has one group, named for it ("a" ... "e"), in every match
        assert group is not None
        if group == "e" and not _written_as_name(text[m.start("e") : m.end("e")]):
            continue  # "as he reported", "as the paper reported": no name said the words
        taken = m.end()
        if group == "d":  # "industry analysts say": take the words before the head noun into the phrase
            if not _object_of_preposition(lowered, m.start(), starts[block]):
                yield _vague(m, text, starts[block], block)
            continue
        source = text[m.start(group) : m.end(group)].strip()
        named = _names_something(source, lexicon)
        start = m.start(group) if group == "e" else m.start()  # "Reuters reported", not ", Reuters reported"
        yield Marker("attribution", None, source, start, m.end(), block, vague=not named)


def _written_as_name(words: str) -> bool:
    """Every word a capitalised name's ("Bloomberg", "The New York Times", "Condé Nast Traveller"), or a small
    word inside one ("Department of Labor"). The words follow "as " or ", ", never open a sentence, so a
    pronoun or a description is in lower case ("as he reported", "as the paper reported")."""
    parts = words.split()
    return bool(parts) and parts[0][0].isupper() and all(w[0].isupper() or w in _NAME_JOINERS for w in parts)


_NAME_JOINERS = frozenset({"of", "and", "for", "&"})


def _object_of_preposition(lowered: str, at: int, block_start: int) -> bool:
    """The vague head at ``at`` is the object of a preposition right before it or its one modifier ("integrated
    into official estimates indicate"): the verb after it is not the head's, so it is no attribution."""
    return object_of_preposition(lowered[max(block_start, at - 40) : at].split())


def _vague(m: re.Match[str], text: str, block_start: int, block: int) -> Marker:
    at = m.start()
    words = text[max(block_start, at - 40) : at].split()[-2:]
    stop = stopwords()
    modifiers = [w for w in words if w.isalpha() and (w.lower() not in stop or _acronym(w))]  # "WHO" is no "who"
    while modifiers and words and modifiers[0] != words[-len(modifiers)]:
        modifiers.pop(0)  # keep only the words right before the head
    head = text[m.start("d") : m.end("d")]
    before = " ".join(modifiers)
    source = f"{before} {head}" if modifiers else head
    opens = at - block_start <= len(before) + 1  # the first modifier opens the block: its capital says nothing
    named = (any(w[0].isupper() for w in modifiers) and not opens) or any(_acronym(w) for w in modifiers)
    start = at - len(before) - (1 if modifiers else 0)
    return Marker("attribution", None, source, start, m.end(), block, vague=not named)


def _acronym(word: str) -> bool:
    """A word written in capitals ("WHO", "OECD"), the short name of an organisation wherever it stands; not a
    place's ("US", "EU"; ``citation_markers.json`` place_acronyms), which names no one who studied anything."""
    return len(word) >= 2 and word.isupper() and word.isalpha() and word not in _place_acronyms()


@cache
def _place_acronyms() -> frozenset[str]:
    return frozenset(load("citation_markers")["place_acronyms"])


def _names_something(source: str, lexicon: _Lexicon) -> bool:
    """An attribution names its source unless it is a stock phrase, ends in a vague noun ("reports"), or
    describes one source of a vague kind without naming it ("a 2023 survey", "one estimate"; but not "a survey
    by Gallup", "the agency's annual report")."""
    words = source.lower().replace("’", "'").split()
    for start in range(len(words)):  # "some recent reports" is as vague as "reports"
        if " ".join(words[start:]) in lexicon.vague_sources:
            return False
    if words and words[0] in lexicon.indefinite and not any(w[:1].isupper() for w in source.split()):
        head = words[-1]
        if head in lexicon.vague_heads or f"{head}s" in lexicon.vague_heads:
            return False
    return bool(words)
