"""CIT rules about the citations themselves: placeholders, empty and dangling markers, stripped links,
mismatched and off-topic links. (Whether a claim is sourced at all is :mod:`auditor.checks.sourcing`.)"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from functools import cache, lru_cache
from itertools import accumulate

from auditor import urls
from auditor.article import Article, per_article
from auditor.checks import rule
from auditor.citations import Marker
from auditor.english import reads_as_english
from auditor.genres.own_site import is_own_site
from auditor.genres.publisher import is_publisher
from auditor.knowledge import load
from auditor.model import Citation, Claim, Document, Hit
from auditor.placeholder_notes import is_placeholder_note
from auditor.pointers import lost_pointers
from auditor.reference_lists import empty_entry_numbers, outside_links
from auditor.slugs import acronym_of, site_name, slug_terms, slug_words
from auditor.text import quote, stems

_STRIPPED = re.compile(r"(?<=[^\s.,;:])[ \t]+\.(?=[\"'”’)\]]*$)|\([ \t]+\)")
_TAG = re.compile(r"</?[A-Za-z][^<>]*>")
_SHOWN = re.compile(r"<(?:[A-Z]|(?i:img|svg|picture|video|audio|iframe|object|embed|input|math)\b)|/>$")
"""A tag that shows something of its own: a component (capitalised, MDX/JSX), media, a self-closing element."""


def claim_of(article: Article, citation: Citation) -> Claim | None:
    """The first claim a citation supports."""
    return article.claim_by_id[citation.claims[0]] if citation.claims else None


def cited_claim(article: Article, citation: Citation, check_worthy: bool = False) -> Claim | None:
    """The claim a citation stands in or right after: of those it supports, the last that starts before it
    (a marker closing a paragraph supports all its claims, but it is written after the last). With
    ``check_worthy``, the last check-worthy one."""
    claims = [article.claim_by_id[c] for c in citation.claims]
    if check_worthy:
        claims = [c for c in claims if c.check_worthy]
    before = [c for c in claims if c.start <= citation.start]
    return before[-1] if before else claims[0] if claims else None


def about(claim: Claim | None) -> str:
    return f" after {quote(claim.text)}" if claim else ""


@per_article
def stripped_residues(article: Article) -> tuple[tuple[int, int, int], ...]:
    """(start, end, sentence index) of every ``" ."`` or ``( )`` left where a link was removed.

    Only residue that is in the input as written counts: a gap that the loader made by leaving out
    markup (a footnote marker, a template value, the end of a code span) is not a removed link. Nor does a
    lone ``" ."`` in a document whose links are there as markup: stripping a page's links leaves a gap at
    each of them and keeps none, so one space before one full stop, beside working links, is a typo. Nor a
    lone ``" ."`` typed as a space (no emptied link in the gap) that is the document's only residue, in any
    format: one space before one full stop in a whole article tells a typo from a removed link no better than a
    coin would, and a copy stripped of its sources shows the gaps of more than one.
    """
    doc = article.document
    body = doc.text
    found: list[tuple[int, int, int]] = []
    for k, s in enumerate(article.sentences):
        if body.find(" .", s.start, s.end) >= 0 or body.find("( ", s.start, s.end) >= 0:
            found.extend(
                (m.start(), m.end(), k)
                for m in _STRIPPED.finditer(body, s.start, s.end)
                if _as_written(article, m.start(), m.end())
            )
    dots = [r for r in found if body[r[0] : r[1]].endswith(".")]
    lone = len(dots) == 1 and found == dots and _typed(doc, *dots[0][:2])
    if len(dots) == 1 and (lone or (doc.format != "text" and outside_links(doc))):
        found.remove(dots[0])
    elif dots and _spaced_punctuation(body):
        found = [r for r in found if not body[r[0] : r[1]].endswith(".")]  # the "( )" residues stay
    return tuple(found)


def _typed(doc: Document, start: int, end: int) -> bool:
    """The residue is a space typed before a full stop, no markup there: an emptied ``<a href="..."></a>`` in the
    gap shows where a link stood, a space alone does not."""
    return "<" not in doc.raw[doc.to_raw(start) : doc.to_raw(end - 1) + 1]


def _spaced_punctuation(body: str) -> bool:
    """Whether the writer sets a space before commas as a habit ("Yobe North , Ahmad Lawan ,"): then a space
    before a full stop is their typography too. A page stripped of its links keeps its ordinary commas: most of
    its commas follow a word directly."""
    if body.count(" ,") + body.count("\t,") < SPACED_COMMAS:
        return False  # each spaced comma ends in one of these pairs: too few, and the pattern need not run
    spaced = len(_SPACED_COMMA.findall(body))
    return spaced >= SPACED_COMMAS and spaced * 2 >= body.count(",")


SPACED_COMMAS = 3
"""Commas set after a space that show a writer's habit rather than a gap or two."""
_SPACED_COMMA = re.compile(r"\w[ \t]+,")


@per_article
def _code_reach(article: Article) -> tuple[list[int], list[int]]:
    """The starts of the code and math spans in order, and the farthest end reached by the first k of them: the
    spans that overlap ``[start, end)`` are there iff the last of those starting before ``end`` reaches past
    ``start`` (two look-ups per residue, where a pass over every span was quadratic in a page of code spans)."""
    spans = sorted(article.document.verbatim)
    return [s for s, _ in spans], list(accumulate((e for _, e in spans), max))


def _as_written(article: Article, start: int, end: int) -> bool:
    """Whether ``body[start:end]`` (a residue) and the character before it stand in the input as they read,
    nothing left out between them, and outside code."""
    doc = article.document
    starts, reach = _code_reach(article)
    k = bisect_left(starts, end)  # the spans that start before the residue ends
    if k and reach[k - 1] > start - 1:  # one of them overlaps the residue or the character before it
        return False
    before, first, last = doc.to_raw(start - 1), doc.to_raw(start), doc.to_raw(end - 1)
    # Tags show nothing: "2023 <a href="..."></a>." reads "2023 ." like the residue it is. But an element that shows
    # something of its own ("hatching <HatchedCircle />.", an MDX icon; "<img ...>") stands where the gap is.
    raw = doc.raw[first : last + 1]
    if "<" in raw and any(_SHOWN.search(tag) for tag in _TAG.findall(raw)):
        return False
    if _link_closes_in(raw):
        return False
    written = "".join(_TAG.sub("", raw).split())
    return first == before + 1 and written == "".join(doc.text[start:end].split())


_LINK_CLOSE = re.compile(r"</a\s*>", re.IGNORECASE)
_LINK_OPEN = re.compile(r"<a\b", re.IGNORECASE)


def _link_closes_in(raw: str) -> bool:
    """Whether the gap ends a link that opened before it: ``big data </a>.`` is a link whose text ends in a space,
    the source still there. An emptied link, ``2023 <a href="..."></a>.``, opens and closes inside the gap."""
    return bool(_LINK_CLOSE.search(raw)) and not _LINK_OPEN.search(raw)


def of_kind(article: Article, *kinds: str) -> Iterator[tuple[Citation, Marker]]:
    for citation, marker in zip(article.citations, article.markers, strict=True):
        if marker.kind in kinds:
            yield citation, marker


@rule("CIT002", "placeholder-citation", "error")
def placeholder_citation(article: Article) -> Iterator[Hit]:
    """A marker that cites nothing: ``[source]``, ``(source)``, ``[citation needed]``, ``<a href="#">``.

    Usually left by a writer (or a text generator) who meant to add a link later; or a link whose target is the
    source's name, not its address (``[cases by state](Health Agency)``), which no reader can follow.

    A link to an empty fragment (``[Gaza](#)``) in a heading is a page's topic tag, left by the page it was copied
    from, not a citation: a heading cites nothing (:func:`_topic_tag`). In body text it stays a placeholder.

    Flagged: Sales fell 12% in the second quarter of 2024 [source].
    Clean: Sales fell 12% in the second quarter of 2024 ([Reuters](https://www.reuters.com/business/sales-fell-2024-07-30/)).
    """
    for citation, marker in of_kind(article, "placeholder"):
        if _topic_tag(article, marker):
            continue
        claim = cited_claim(article, citation)
        shown = citation.text if citation.url is None else f'link "{citation.text}" to {citation.url!r}'
        advice = "replace it with a link to the source"
        if citation.url is None and citation.text[:1] == "[" and not is_placeholder_note(citation.text[1:-1]):
            shown = f"{citation.text} (a template's field left unfilled)"  # "[ID Number]": placeholder_notes
            advice = "fill it in, or remove it"
        elif citation.url and " " in citation.url.strip():  # "[cases by state](Health Agency)": a name, no address
            shown = f"{quote(citation.text)} (its target is words, not an address)"
            advice = f"put the URL of the {citation.url.strip()!r} page it means in the parentheses"
        yield Hit(
            citation.start,
            citation.end,
            f"Placeholder citation {shown}{about(claim)}: {advice}.",
            claim=claim.id if claim else None,
            citation=citation.id,
            evidence={"marker": citation.text, "url": citation.url},
        )


def _topic_tag(article: Article, marker: Marker) -> bool:
    """A link whose target is only ``#`` standing in a heading: a topic tag of the page, not a citation."""
    return (marker.url or "").strip() == "#" and article.document.blocks[marker.block].kind == "heading"


@rule("CIT003", "empty-citation", "error")
def empty_citation(article: Article) -> Iterator[Hit]:
    """An empty citation marker or link: ``()``, ``[]``, ``[text]()``, ``href=""``, a Markdown ``[](url)``.

    What is left when a citation's link was lost on the way into the page.

    Flagged: The agency approved the drug in 2023 ().
    Clean: The agency approved the drug in 2023 ([FDA](https://www.fda.gov/news-events/approval-2023)).
    """
    for citation, _ in of_kind(article, "empty"):
        claim = cited_claim(article, citation)
        advice = "Add the source's URL, or remove the marker."
        if citation.url and citation.url.strip():
            shown = f"the link to {citation.url} has no text, so no reader can see or follow it"
            advice = "Give the link words that name the source, or remove it."
        elif citation.url is not None:
            shown = f"link {citation.text!r} has no address"
        else:
            shown = f"{citation.text!r} is empty"
        yield Hit(
            citation.start,
            citation.end,
            f"Empty citation: {shown}{about(claim)}. {advice}",
            claim=claim.id if claim else None,
            citation=citation.id,
            evidence={"marker": citation.text, "url": citation.url},
        )


def _left_empty(article: Article) -> frozenset[str]:
    """The numbers of the reference-list entries written with no text (``[7]`` alone on its line)."""
    blocks = [a.blocks[0] for a in article.artifacts.of_kind("references") if a.label is None]
    return empty_entry_numbers(article.document, blocks) if blocks else frozenset()


@rule("CIT004", "dangling-reference", "error")
def dangling_reference(article: Article) -> Iterator[Hit]:
    """A footnote ``[^3]``, reference-style link ``[text][ref]`` or numbered marker ``[3]`` with no definition.

    The reader has nowhere to go: the definition line or reference-list entry is missing, or the entry is there
    with no text (``[4]`` alone on its line, as a wiki export leaves the citations it could not render).

    Flagged: The bridge opened in 1932 [4]. It carries 160,000 vehicles a day [5].
    Clean: The bridge opened in 1932 [1]. | [1] https://www.nsw.gov.au/bridge-history
    """
    left_empty = _left_empty(article)
    for citation, marker in zip(article.citations, article.markers, strict=True):
        if marker.defined is not False or marker.kind not in ("reference", "footnote", "numbered"):
            continue  # defined, or unknown (defined, perhaps, in an include the tool could not read)
        claim = cited_claim(article, citation)
        where = {
            "footnote": f'footnote [^{marker.label}] has no definition: add a line "[^{marker.label}]: <source>"',
            "reference": f'reference [{marker.label}] has no definition: add a line "[{marker.label}]: <url>"',
            "numbered": (
                f"note marker {marker.label} points at {marker.url}, which is nowhere on the page"
                if marker.url and marker.url.startswith("#")
                else f"marker [{marker.label}] points at an entry left empty in the reference list"
                if marker.label in left_empty
                else f"note number {marker.label} has no note in the article"
                if marker.text == marker.label
                else f"marker [{marker.label}] has no entry in a reference list"
            ),
        }[marker.kind]
        yield Hit(
            citation.start,
            citation.end,
            f"Dangling {where}{about(claim)}.",
            claim=claim.id if claim else None,
            citation=citation.id,
            evidence={"label": marker.label, "kind": marker.kind},
        )


@rule("CIT005", "stripped-citation", "warning")
def stripped_citation(article: Article) -> Iterator[Hit]:
    """Residue of a removed link: a space before the closing full stop (``" ."``), an empty ``( )``, or a
    sentence that sends the reader "here" with nothing linked (:mod:`auditor.pointers`).

    Copying an article out of a page often drops its links and leaves a gap where each one stood. Not a lone
    ``" ."`` beside working links or alone in the whole article (a typo), nor the spaces of a writer who sets
    one before most commas too.

    Flagged: Exports to Canada rose by a third in 2023 . Imports from Mexico fell by a fifth ( ).
    Clean: Exports to Canada rose by a third in 2023. Imports from Mexico fell by a fifth.
    """
    claims = {c.sentence: c for c in article.claims}
    for start, end, k in sorted([*lost_pointers(article), *stripped_residues(article)]):
        claim = claims.get(k)
        text = claim.text if claim else article.sentence_text(article.sentences[k])
        residue = article.document.text[start:end]
        message = (
            f"{quote(text)} sends the reader \"here\", but nothing is linked: restore the link, or say where to look."
            if residue.isalpha()
            else f"A citation seems to have been stripped here, at the end of {quote(text)}: restore the link to the source."
        )
        yield Hit(start, end, message, claim=claim.id if claim else None, evidence={"residue": residue})


@cache
def _outlets() -> tuple[dict[str, tuple[str, ...]], re.Pattern[str]]:
    data = load("outlets")
    affixes = data["link_text_affixes"]
    before = "|".join(re.escape(a) for a in affixes["before"])
    after = "|".join(re.escape(a) for a in affixes["after"])
    # Case-sensitive on the name: "Time" and "Nature" are outlets, "time" and "nature" are words.
    trim = re.compile(rf"^(?:(?i:{before})\s+)*(?P<name>.+?)(?:\s*(?i:{after}))*[\s.,:;]*$")
    return {name: tuple(domains) for name, domains in data["outlets"].items()}, trim


@lru_cache(maxsize=4096)
def named_outlet(link_text: str) -> str | None:
    """The outlet a link's text names ("Bloomberg", "the AP report", "via Reuters"), or None.

    Remembered per text: CIT006 and CIT009 ask it of every link, and an article's link texts repeat (the
    same outlet, "source", a site's name), while the trimming pattern costs some microseconds a text."""
    outlets, trim = _outlets()
    m = trim.match(" ".join(link_text.strip("[]() ").split()))
    return m["name"] if m and m["name"] in outlets else None


def _host(url: str) -> str:
    return urls.host(url)


@rule("CIT006", "mismatched-anchor", "warning")
def mismatched_anchor(article: Article) -> Iterator[Hit]:
    """Link text names a news outlet (Bloomberg, TechCrunch, AP) but the URL is on another domain.

    The reader expects the outlet's own report; the link goes somewhere else. Not when the outlet is the page's
    own publisher (its head or front matter names it), or the host is the outlet's sister domain
    (:func:`sister_domain`): there the link goes where the text says. Nor when the link goes to the page's own
    site (:mod:`auditor.genres.own_site`): a past edition or earlier post of the publication, linked on purpose.

    Flagged: The merger was first reported by [Reuters](https://www.example-blog.com/merger-news).
    Clean: The merger was first reported by [Reuters](https://www.reuters.com/markets/deals/merger-2024-05-02/).
    """
    domains = _outlets()[0]
    for citation, _ in of_kind(article, "link", "reference"):
        url = citation.url or ""
        outlet = named_outlet(citation.text) if url else None
        if not outlet:
            continue  # first the text, then the address: most links name no outlet, and splitting a URL costs
        host = _host(url)
        if not host:
            continue
        expected = domains[outlet]
        if any(host == d or host.endswith("." + d) or d in url.lower() for d in expected):
            continue
        if re.sub(r"[^a-z0-9]", "", outlet.lower()) in re.sub(r"[^a-z0-9]", "", urls.split(url).path.lower()):
            continue  # the page's address names the outlet: a report of (or quoting) the outlet's story
        if sister_domain(outlet, host) or is_publisher(article, outlet):
            continue  # the outlet's other site, or the page's own publisher named in its own links
        if is_own_site(article, host):
            continue  # the publication's own page (a past edition that covered the outlet's data): an internal link
        claim = cited_claim(article, citation)
        yield Hit(
            citation.start,
            citation.end,
            f"Link text names {outlet} but the link goes to {host}{about(claim)}: link the outlet's own page, "
            "or name the site you cite.",
            claim=claim.id if claim else None,
            citation=citation.id,
            evidence={"outlet": outlet, "host": host, "expected": list(expected)},
        )


SISTER_PREFIX_MIN = 3
"""A name this long or longer that opens a host's name and one of an outlet's domains makes them one outlet's."""


@cache
def _outlet_hosts() -> tuple[frozenset[str], frozenset[str]]:
    """(every domain of every listed outlet, the name runs that open the names of outlets with no domain in
    common: "new" opens "New York Times" and "New Scientist", and names neither)."""
    outlets = _outlets()[0]
    openers: dict[str, set[frozenset[str]]] = {}
    for name, domains in outlets.items():
        for calling in _callings(name):
            openers.setdefault(calling, set()).add(frozenset(domains))
    shared = {c for c, owners in openers.items() if len(owners) > 1 and not frozenset.intersection(*owners)}
    return frozenset(d for domains in outlets.values() for d in domains), frozenset(shared)


def _callings(outlet: str) -> set[str]:
    """The outlet's name, its first words and its initials, each run together in lower case."""
    words = re.findall(r"[a-z0-9]+", outlet.lower())
    return {"".join(words[:n]) for n in range(1, len(words) + 1)} | {"".join(w[0] for w in words)}


def sister_domain(outlet: str, host: str) -> bool:
    """The host is another domain of the outlet itself: it is no listed outlet's, and it opens with the outlet's
    name, its first words or its initials run together, as one of the outlet's own domains does ("pewtrusts"
    and "pewresearch" for "Pew Research Center"; "nyti.ms" and "nytimes" for "New York Times"). A run that
    opens the names of several outlets ("new") names none of them. Any other host is evidently another site's."""
    hosts, shared = _outlet_hosts()
    if any(host == d or host.endswith("." + d) for d in hosts):
        return False
    site = site_name(host).replace("-", "")
    owns = [site_name(d).replace("-", "") for d in _outlets()[0][outlet]]
    return any(
        len(c) >= SISTER_PREFIX_MIN and c not in shared and site.startswith(c) and any(own.startswith(c) for own in owns)
        for c in _callings(outlet)
    )


@cache
def _citation_link_texts() -> frozenset[str]:
    return frozenset(load("citation_markers")["citation_link_texts"])


def says_nothing(link_text: str, url: str) -> bool:
    """Whether a link's text only marks a citation: a number ("[3]"), a marker word ("source"), or the name of
    the site it links to ("Bloomberg", "[Metro Herald](https://metroherald.example/...)"). The address is then
    all that says what the link cites; any other text describes the page in the writer's words."""
    if _marks_only(link_text) or named_outlet(link_text):
        return True
    text = _link_words(link_text)
    squeezed = re.sub(r"[^a-z0-9]", "", text.lower())
    if squeezed not in url.lower().translate(_NOT_IN_HOST_NAME):
        return False  # the host's name is part of the address as written: the text cannot be that name
    name = site_name(_host(url))
    return len(name) >= 3 and squeezed in (name, name.replace("-", ""))


_NOT_IN_HOST_NAME = str.maketrans("", "", "-\t\r\n")
"""Hyphens (a host name "metro-herald" matches the text "Metro Herald") and the characters urlsplit deletes."""


_NEXT_WORD = re.compile(r"[ \t]*[*_]*[ \t]+[*_]*\w")


def _clause_goes_on(body: str, end: int) -> bool:
    """The sentence runs on in words right after ``end`` ("... on [Example Forum] and the list ..."), rather
    than closing a clause there (".", ",", ")", a line end): a link in the middle of a clause is part of it."""
    return _NEXT_WORD.match(body, end) is not None


PIECE_REACH = 8
"""The words right before a citation in which a piece and its site are named ("in a two-part series on Metro Radio
([1](...), [2](...))")."""
_WORD = re.compile(r"[A-Za-z][\w'’-]*")


@cache
def _piece_nouns() -> frozenset[str]:
    return frozenset(load("citation_markers")["piece_nouns"])


def _names_the_piece(body: str, start: int, end: int, url: str) -> bool:
    """The last words of ``body[start:end]`` (the claim up to a citation) name a piece (``piece_nouns``) and the
    site the citation points to: "a two-part series on Metro Radio ([1](https://metroradio.example/...))" says
    what the cited page is, and a slug in other words is no evidence against it."""
    site = site_name(_host(url)).replace("-", "")
    words = [w.lower() for w in _WORD.findall(body, max(start, end - 40 * PIECE_REACH), end)][-PIECE_REACH:]
    if len(site) < 3 or _piece_nouns().isdisjoint(words):
        return False
    bare = site.removeprefix("the")
    return any(
        "".join(words[i : i + n]).removeprefix("the") == bare for n in range(1, 5) for i in range(len(words) - n + 1)
    )


_ACRONYM = re.compile(r"\b[A-Z]{2,6}\b")


def _link_words(link_text: str) -> str:
    """A link's text without brackets, emphasis and closing punctuation, its spaces single."""
    return " ".join(link_text.strip("[]()<>*_ .,:;").split())


def _marks_only(link_text: str) -> bool:
    """A number or marker word ("[3]", "source"): a citation marker wherever it stands."""
    text = _link_words(link_text)
    return not text or text.isdigit() or text.lower() in _citation_link_texts()


@rule("CIT009", "off-topic-citation", "warning")
def off_topic_citation(article: Article) -> Iterator[Hit]:
    """A citation whose link text only marks it ("[3]", "source", the site's name) and whose address's
    headline shares no key word with the claim or its paragraph.

    Offline, a descriptive slug is the best evidence of what a page is about; a page about
    trade balances cited as the source of a leadership change is probably the wrong link. Links
    written into the prose ("the [council's budget](...)") are left alone: their text says what they
    point at, and a slug in other words is no evidence against it. So is a site's name that the sentence
    runs through ("posted on [Metro Forum] and the mailing list"): it names where something happened, and
    the page there is the writer's pointer to it, not a citation of the claim. A claim that gives a survey's or
    study's finding ("two in five riders said ...") cited to a page whose slug names a finding too
    ("most-commuters-want-later-night-trains") cites another result of the same study: not off-topic. Nor is a
    page the sentence names as a piece on its site ("in a two-part series on Metro Radio (1, 2)" citing
    metroradio pages): the sentence says what the link is. Nor is a site's name the claim attributes its words
    to ("..., according to [Metro Times](...)"): the claim is that outlet's report, the link its page on it, and
    a slug in other words than the claim's is that page's headline, not evidence of another subject. Nor is an
    outlet's article whose headline shares two key words with the page's own headline: a news page cites the
    coverage of its story for each detail of it (the executives' pay cut, cited to "carmaker-flags-first-loss").

    Flagged: The council approved the new stadium budget in a late vote ([Metro Times](https://www.metrotimes.example/2024/05/recipes-for-summer-salads-and-grilling)).
    Clean: The council approved the new stadium budget in a late vote ([Metro Times](https://www.metrotimes.example/2024/05/council-approves-stadium-budget)).
    """
    body = article.document.text
    block_stems: dict[int, set[str]] = {}
    for citation, marker in of_kind(article, "link", "reference", "numbered", "url"):
        claim = cited_claim(article, citation, check_worthy=True)
        if claim is None or not marker.url or not says_nothing(marker.text, marker.url):
            continue
        if _clause_goes_on(body, citation.end) and not _marks_only(marker.text):
            continue  # "on [Delving Forum] and the list, she asked ...": a named venue the sentence runs through
        if _names_the_piece(body, claim.start, citation.start, marker.url):
            continue  # "in a two-part series on Metro Radio ([1](...), [2](...))": the sentence says what the page is
        if _attributed_to(article, marker):
            continue  # "..., according to [Metro Times](...)": the claim is the outlet's report, and the link its page
        terms = slug_terms(marker.url)
        if not terms or not reads_as_english(terms):
            continue  # no headline in the address, or one in another language: nothing to compare
        block = article.document.blocks[claim.block]
        first = _item_start(article, claim.block, citation.end)
        if claim.block not in block_stems:  # the claim is part of its item: one set serves both
            item = article.document.blocks[first]
            block_stems[claim.block] = stems(body[item.start : block.end].replace("-", " "))
        context = body[article.document.blocks[first].start : block.end]
        slug = stems(" ".join(terms))
        if slug & (block_stems[claim.block] | stems(marker.text.replace("-", " "))) or acronym_of(marker.url) & set(
            _ACRONYM.findall(context)
        ):
            continue
        if _gives_finding(claim.text) and _finding_words() & slug_words(marker.url):
            continue  # one finding of a survey cited to the page of another ("most-adults-say-..."): the same study
        if len(slug & _headline_stems(article)) >= STORY_WORDS:
            continue  # an outlet's article on the page's own story ("norden-flags-first-annual-loss"): a detail of it
        yield Hit(
            citation.start,
            citation.end,
            f"The cited page looks off-topic: its address ({marker.url}) shares no key word with "
            f"{quote(claim.text)}. Check that this link supports the claim.",
            claim=claim.id,
            citation=citation.id,
            evidence={"url": marker.url, "url_terms": sorted(terms)},
        )


STORY_WORDS = 2
"""A cited page's headline that shares this many key words with the page's own headline is on the same story."""


@per_article
def _headline_stems(article: Article) -> frozenset[str]:
    """The key-word stems of the page's headline, the title its writer set for it (front matter, ``<title>``):
    what a news page's whole story is about. A title read from the body's first heading is none: a digest opens
    with its first item's heading, which is not the whole page's."""
    doc = article.document
    title = doc.title or ""
    first = doc.blocks[0] if doc.blocks else None
    if first is not None and first.kind == "heading" and doc.text[first.start : first.end].strip() == title.strip():
        return frozenset()
    return frozenset(stems(title.replace("-", " ")))


def _attributed_to(article: Article, marker: Marker) -> bool:
    """A named attribution ("according to [Metro Times]", "[Metro Times] reported") holds the link: the claim
    says the words are the linked site's."""
    return any(
        a.kind == "attribution" and not a.vague and a.start <= marker.start and marker.end <= a.end
        for a in _attributions_in(article).get(marker.block, ())
    )


@per_article
def _attributions_in(article: Article) -> dict[int, list[Marker]]:
    """Block -> the attributions found in it."""
    found: dict[int, list[Marker]] = {}
    for m in article.markers:
        if m.kind == "attribution":
            found.setdefault(m.block, []).append(m)
    return found


@per_article
def _linked_blocks(article: Article) -> frozenset[int]:
    """The blocks with a link of their own (a link, an address, a reference or a numbered note)."""
    kinds = ("link", "url", "reference", "numbered")
    return frozenset(m.block for m in article.markers if m.kind in kinds)


def _item_start(article: Article, index: int, end: int) -> int:
    """The first block of the item a link closing block ``index`` covers: a newsletter's item is a heading and
    the paragraphs under it, the last ending in the source's link, and the link is the source of all of them.
    Back from the block over paragraphs with no link of their own, to the heading that opens them (included);
    the block itself when the link does not close it, or no heading opens the run."""
    doc = article.document
    if body_rest(doc.text, end, doc.blocks[index].end):
        return index
    linked = _linked_blocks(article)
    k = index - 1
    while k >= 0 and doc.blocks[k].kind == "paragraph" and k not in linked:
        k -= 1
    return k if k >= 0 and doc.blocks[k].kind == "heading" else index


def body_rest(text: str, end: int, block_end: int) -> bool:
    """Whether words follow a link in its block (more than closing marks and a short tail such as "2 minute read")."""
    rest = text[end:block_end]
    return len(re.findall(r"[^\W\d_]+", rest)) > 4


@cache
def _finding_words() -> frozenset[str]:
    """Words of a survey's or study's finding: who answered, what share, what they say (``citation_markers.json``)."""
    return frozenset(load("citation_markers")["finding_words"])


_PERCENT = re.compile(r"\d\s*(?:%|per ?cent\b)|\b(?:one|two|three|four|five|six|seven|eight|nine)\s+in\s+(?:three|four|five|six|seven|eight|nine|ten)\b", re.I)


def _gives_finding(text: str) -> bool:
    """The claim gives a finding of a survey or study: a share ("41%", "two in five") or a finding word."""
    return _PERCENT.search(text) is not None or not _finding_words().isdisjoint(re.findall(r"[a-z]+", text.lower()))
