"""CIT rules about sourcing: check-worthy claims with no source, one source carrying the article, named
sources left unlinked. (Broken and misleading citations are :mod:`auditor.checks.citations`.)"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import replace
from functools import cache
from urllib.parse import urlsplit

from auditor import urls
from auditor.article import Article, per_article
from auditor.checks import rule
from auditor.checks.citations import claim_of, of_kind
from auditor.checks.cited import known_names, linked_claims
from auditor.checks.copies import first_unsourced
from auditor.checks.unsourced import in_reach_of_link, reported_article, unsourced_needs
from auditor.citations import Marker
from auditor.genres.repost import reposted_from
from auditor.knowledge import load
from auditor.model import Citation, Claim, Hit
from auditor.sourcing.context_hedge import team_named_before
from auditor.sourcing.persons import is_person
from auditor.sourcing.voice import asks_or_instructs, is_detail_line, is_first_person, names_a_source, plain, unquoted
from auditor.sourcing.write_up import study_named_after
from auditor.text import quote, stems, stopwords

OVER_CITED_MIN = 4
"""A source must be cited at least this many times, for at least this many claims about other things ..."""
OVER_CITED_SHARE = 0.3
"""... backing at least this share of all the claims that links back ..."""
RELATED_MIN = 2
"""... where a claim is about what the source is about when it shares this many key terms with its words ..."""
SOURCE_WORDS_MIN = 3
"""... and the source's words must hold this many key terms for CIT007 to tell anything."""
_URL_WORDS = frozenset({"html", "index", "article", "artic", "news", "story", "stori", "post", "posts", "blog",
                        "page", "pages", "amp", "www", "view", "conte", "watch", "item", "items", "detai",
                        "aspx", "php", "default", "home", "main", "show", "entry", "node"})


@rule("CIT001", "missing-citation", "warning")
def missing_citation(article: Article) -> Iterator[Hit]:
    """A claim that needs a source (a figure, a quotation, a dated event, a research finding, a record, a
    person's opinion) with none in reach.

    A claim needs a source for one of Wikipedia's reasons (:mod:`auditor.sourcing.need`), named in the message
    with the words that carry it. In reach means a citation in its sentence, its paragraph's closing
    citations, its list item or table row, a sourced lead-in or a ``Source:`` line (:mod:`auditor.scope`).
    The writer's own account ("we shipped", "I spoke with"), instructions, questions, the turns of a
    transcript or interview and release notes need none; vague attributions ("experts say") do not
    count as a source. Claims whose citation is a placeholder, empty or stripped are left to CIT002-CIT005.
    In a reported piece (news, :mod:`auditor.genres.genre`) the attribution is the citation and the outlet's reporting
    its own source: there only a claim that points at a source without naming it ("studies show", "an
    estimated 25 million") is flagged, as it is in every genre. A page whose front matter declares the page it
    reposts or sums up (``source_url:``, a link post's ``link:``: :mod:`auditor.genres.repost`) has that page for the
    source of every claim.

    Flagged: The company laid off 1,200 workers in its Denver plant in March 2024.
    Clean: The company laid off 1,200 workers in its Denver plant in March 2024 ([Denver Post](https://www.denverpost.com/2024/03/10/plant-layoffs/)).
    """
    if reposted_from(article) is not None:
        return  # a repost or summary of the page its front matter names: every claim's source is that page
    linked = linked_claims(article)
    for claim, need in unsourced_needs(article):
        if not first_unsourced(article, claim, linked):
            continue  # a caption or pull quote that repeats a sentence: one finding, and none if a copy is linked
        evidence: dict[str, object] = {
            "reason": need.reason, "evidence": need.evidence, "score": claim.score, "kinds": list(claim.kinds)
        }
        if need.unnamed is None:
            message = (
                f"Unsourced {need.label} {quote(need.evidence, 60)} in {quote(claim.text)}: "
                "link the source it comes from, or name it in the text."
            )
        else:
            evidence["unnamed"] = need.unnamed
            message = (
                f"Unnamed source {quote(need.unnamed, 60)} for the {need.label} in {quote(claim.text)}: "
                "it points at a source without naming it; name the study, report or people it means, or link it."
            )
        yield Hit(claim.start, claim.end, message, claim=claim.id, evidence=evidence)


def _same_source(url: str) -> str:
    parts = urls.split(url.strip())
    host = (parts.hostname or "").removeprefix("www.")
    return f"{host}{parts.path.rstrip('/')}".lower()


@rule("CIT007", "over-cited-source", "info")
def over_cited_source(article: Article) -> Iterator[Hit]:
    """One source cited again and again for claims that are about other things than the source is.

    A page supports what it is about. An article that summarises one paper and cites it throughout is
    doing the right thing; one news story cited for trade policy, market trends and a company's memo
    is not. The source's own words (its address and link text) tell what it is about; where they are
    too few to tell, nothing is said.

    Flagged: Bus fares rose 4% in May ([Atlas](https://atlas.example/2024/bus-fares-rise)). Rents rose 6% in June ([Atlas](https://atlas.example/2024/bus-fares-rise)). Wages fell 1% in July ([Atlas](https://atlas.example/2024/bus-fares-rise)). Jobs grew by 9,000 in August ([Atlas](https://atlas.example/2024/bus-fares-rise)). Crime fell 3% in September ([Atlas](https://atlas.example/2024/bus-fares-rise)).
    Clean: Erlay relay saves bandwidth ([Erlay paper](https://papers.example/erlay-bandwidth-relay)). Erlay cuts relay bandwidth by 40% ([Erlay paper](https://papers.example/erlay-bandwidth-relay)). Erlay relay needs 2 rounds ([Erlay paper](https://papers.example/erlay-bandwidth-relay)). Erlay bandwidth grows slowly ([Erlay paper](https://papers.example/erlay-bandwidth-relay)). Erlay relay was tested on 60 nodes ([Erlay paper](https://papers.example/erlay-bandwidth-relay)).
    """
    by_source: dict[str, list[Citation]] = defaultdict(list)
    linked: set[str] = set()
    stating: dict[str, bool] = {}  # once per claim: a paragraph's claims are backed by each of its citations
    sources: dict[str, str] = {}  # once per address: an article cites the same page again and again
    for citation, marker in zip(article.citations, article.markers, strict=True):
        if not (marker.url and marker.supports):
            continue  # only a source with an address is compared: what the other citations back is not read
        for c in citation.claims:
            if c not in stating:
                stating[c] = _states_something(article.claim_by_id[c].text)
        backed = tuple(c for c in citation.claims if stating[c])
        if backed:
            if marker.url not in sources:
                sources[marker.url] = _same_source(marker.url)
            by_source[sources[marker.url]].append(replace(citation, claims=backed))
            linked.update(backed)
    known: dict[str, set[str]] = {}

    def claim_stems(claim_id: str) -> set[str]:  # once per claim: a long claim cited by many sources is read once
        if claim_id not in known:
            known[claim_id] = stems(article.claim_by_id[claim_id].text)
        return known[claim_id]

    for citations in by_source.values():
        claims = sorted({c for citation in citations for c in citation.claims}, key=lambda c: int(c[1:]))
        if len(citations) < OVER_CITED_MIN or len(claims) < OVER_CITED_SHARE * len(linked):
            continue
        about = _source_words(citations[0].url or "")
        if len(about) < SOURCE_WORDS_MIN:
            continue  # the address and link text say too little to tell what the page is about
        elsewhere = [c for c in claims if len(claim_stems(c) & about) < RELATED_MIN]
        if len(elsewhere) < OVER_CITED_MIN or len(elsewhere) * 2 < len(claims):
            continue
        first = citations[0]
        yield Hit(
            first.start,
            first.end,
            f"One source is cited {len(citations)} times, for {len(claims)} of the {len(linked)} linked claims, and "
            f"{len(elsewhere)} of them are about other things than it is: {first.url}. "
            "Check that it supports each of them, and cite each claim's own source.",
            claim=elsewhere[0],
            related=tuple(c for c in claims if c != elsewhere[0]),
            citation=first.id,
            evidence={
                "url": first.url,
                "citations": len(citations),
                "claims": len(claims),
                "linked_claims": len(linked),
                "unrelated_claims": len(elsewhere),
            },
        )


_DEMONSTRATIVE = re.compile(r"(?:this|that|these|those|the same)\s", re.I)
_OWNED = re.compile(r"\b(?:our|my)\s+(?:own\s+)?$", re.I)
"""A first person's possessive right before an attribution's head ("our data suggest", "my research shows"): the
speaker's own work, in quoted words as in the writer's."""
"""A source that points back at a work already named ("that manual", "the same study")."""


def _linked_before(article: Article, attribution: Marker) -> bool:
    """A marker that links a source stands before the attribution, in its paragraph or the one before."""
    sources = _sources_by_block(article)
    return bool(sources.get(attribution.block - 1)) or any(
        m.start < attribution.start for m in sources.get(attribution.block, ())
    )


def _links_its_source(article: Article, attribution: Marker) -> bool:
    """Whether a link lies inside the attribution's words: the source it names is linked ("according to [NPR]",
    "as reported by [NBC News]")."""
    return any(
        m.kind in ("link", "url") and attribution.start <= m.start and m.end <= attribution.end
        for m in _sources_by_block(article).get(attribution.block, ())
    )


_NAME_KEY = re.compile(r"\b[A-Z][\w&.-]*[A-Za-z]")


def _linked_in_paragraph(article: Article, attribution: Marker, source: str) -> bool:
    """Whether the source an attribution names ("according to the Harwick Institute", "Pew found") is linked elsewhere
    in its paragraph: a link whose words hold every capitalised word of its name ("the [Harwick Institute's survey]")
    or whose address's host holds them ("[the survey](https://harwickinstitute.example.org/...)"). The reader has the
    link a few words away."""
    keys = [w.lower() for w in _NAME_KEY.findall(source) if w.lower() not in stopwords()]
    if not keys:
        return False
    body = article.document.text
    for m in _sources_by_block(article).get(attribution.block, ()):
        if m.kind not in ("link", "url") or not m.url or (attribution.start <= m.start < attribution.end):
            continue
        words = {w.lower() for w in re.findall(r"[\w&.-]+", body[m.start : m.end])}
        host = _host(m.url)
        if all(k in words for k in keys) or (host and all(len(k) >= 3 and k in host for k in keys)):
            return True
    return False


def _host(url: str) -> str:
    """The host of an absolute address, lower-cased ("" for another or a malformed one)."""
    try:
        return (urlsplit(url).hostname or "") if "//" in url else ""
    except ValueError:
        return ""


@per_article
def _sources_by_block(article: Article) -> dict[int, list[Marker]]:
    """The markers that point at a source (links with an address, footnotes, references; not attributions), by
    block: read once per article, not once per attribution."""
    found: dict[int, list[Marker]] = {}
    for m in article.markers:
        if m.supports and m.kind != "attribution":
            found.setdefault(m.block, []).append(m)
    return found


@cache
def _team_words() -> frozenset[str]:
    data = load("need")
    return frozenset(w for w in (*data["team_heads"], *data["team_words"]) if " " not in w)


def _research_team(source: str) -> bool:
    """The attribution names a research team by what it is, not by who ("the Canadian team", "the Oxford
    researchers"): the team the article identifies near it, as a vague one."""
    words = source.lower().split()
    return bool(words) and words[-1] in _team_words()


def _identified_near(article: Article, claim: Claim, source: str) -> bool:
    """A vague attribution's source the article identifies near it: the research team its section names
    (:func:`auditor.sourcing.context_hedge.team_named_before`) or, for one study ("a new study found"), the venue
    where it was published, named further on in its item (:func:`auditor.sourcing.write_up.study_named_after`)."""
    known = known_names(article)
    if team_named_before(article, claim.sentence, source, known):
        return True
    one_study = not source.rstrip().lower().endswith("s")  # "studies found": other works than the one named on
    return one_study and study_named_after(article, claim.sentence, known)


def _states_something(text: str) -> bool:
    """A claim a source could back: not an instruction ("Register now"), a question or a line of an event's
    details ("How: open to the public")."""
    text = plain(text)
    return asks_or_instructs(text) is None and not is_detail_line(text)


def _source_words(url: str) -> set[str]:
    """The key-term stems of a source's own words: the words of its address's path (a link's text in the prose,
    "said" or "reported", says nothing of the page)."""
    path = urls.split(url.strip()).path
    # Words of the path only (a query holds ids), and only words: "1gRCVLgkyAE" is an id, not a topic.
    slug = " ".join(w for w in re.split(r"[\W_]+", path) if w.isalpha())
    return stems(slug) - _URL_WORDS


@cache
def _informant_words() -> tuple[frozenset[str], frozenset[str]]:
    words = load("citation_markers")
    return frozenset(words["informants"]), frozenset(words["works"])


def _informants(source: str) -> bool:
    """Whether an attribution's source is people a reporter heard from ("two people familiar with the matter", "a
    local police source", "officials"), and names no work of theirs ("a document", "officials' data")."""
    informants, works = _informant_words()
    said = {w.strip("'’").lower() for w in re.findall(r"[A-Za-z'’]+", source)}
    return not said.isdisjoint(informants) and said.isdisjoint(works)


@rule("CIT008", "unlinked-attribution", "info")
def unlinked_attribution(article: Article) -> Iterator[Hit]:
    """An attribution ("according to X", "a study found", "experts say", "as Bloomberg reported") with no link in reach.

    Naming a source is a start; linking it lets a reader check it. Not an attribution: a manner
    ("according to plan", "according to a fixed date"), a pointer inside the document ("as described in
    the previous section"), the writer's own research ("our research shows"), a quoted speaker's own ("'... our
    data suggest ...,' she said"), what a speaker says in
    a transcript or interview, or a person the article names ("according to Ana Ruiz, a nurse at the
    clinic", "according to Rubin" of a "Jeremy Rubin" named before): their words are theirs, with no report
    to link (:mod:`auditor.sourcing.persons`); nor a research team named by what it is ("according to the Canadian
    team") whose paper the article names near it; nor a work pointed back at ("according to that manual") right
    after a link in its paragraph or the one before; nor a source linked elsewhere in its paragraph, by its name in
    the link's words or its address; nor, in a reported piece, the people its reporter heard from
    ("according to two people familiar with the matter", "officials said"), who have nothing to link.

    Flagged: According to the Labor Department, 2.1 million jobs were added in 2023.
    Clean: According to the [Labor Department](https://www.bls.gov/news.release/empsit.htm), 2.1 million jobs were added in 2023.
    """
    hits: list[Hit] = []
    first_person: dict[str, bool] = {}
    for citation, marker in of_kind(article, "attribution"):
        claim = claim_of(article, citation)
        if claim is None or marker.block in article.form.spoken or in_reach_of_link(article, claim):
            continue
        if _links_its_source(article, marker):
            continue  # "..., according to [NPR](...)": the named source is the link, whichever claim it is read with
        body = article.document.text
        phrase = body[citation.start : citation.end]
        before = body[max(0, citation.start - 30) : citation.start]
        if not names_a_source(phrase, citation.text, before):
            continue
        if claim.id not in first_person:  # read once a claim: a run of text with no sentence end has many attributions
            first_person[claim.id] = is_first_person(unquoted(claim.text))
        if first_person[claim.id]:
            continue
        if _OWNED.search(before):
            continue  # "'... our data suggest ...,' said Prof Ray": the quoted speaker's own research, no report to link
        if reported_article(article) and _informants(citation.text):
            continue  # "according to two people familiar with the matter", "US officials said": a reporter's sources
        if not marker.vague and is_person(citation.text, body):
            continue  # "according to Rubin": a person's own words, told as theirs; no report to link
        if not marker.vague and _linked_in_paragraph(article, marker, citation.text):
            continue  # "according to the Harwick Institute" beside "the [Harwick Institute's survey](...)": linked
        if _DEMONSTRATIVE.match(citation.text) and _linked_before(article, marker):
            continue  # "according to that manual": the work linked just before, pointed back at
        if (marker.vague or _research_team(citation.text)) and _identified_near(article, claim, citation.text):
            continue  # "scientists say ...", "according to the Canadian team": the study or its authors named near it
        advice = "say who, and link what they said" if marker.vague else "link the report it refers to"
        message = f"Attribution without a link: {quote(phrase)} in {quote(claim.text)}: {advice}."
        evidence = {"source": citation.text, "vague": marker.vague}
        hits.append(Hit(citation.start, citation.end, message, claim=claim.id, citation=citation.id, evidence=evidence))
    linked = linked_claims(article)
    # a caption that repeats a sentence of the body: one note for the two, and none when the body's is linked
    yield from (h for h in hits if h.claim is None or first_unsourced(article, article.claim_by_id[h.claim], linked))
