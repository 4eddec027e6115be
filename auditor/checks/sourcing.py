"""CIT rules about sourcing: check-worthy claims with no source, one source carrying the article, named
sources left unlinked. (Broken and misleading citations are :mod:`auditor.checks.citations`.)"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from urllib.parse import urlsplit

from auditor.article import Article
from auditor.checks import rule
from auditor.checks.citations import claim_of, of_kind
from auditor.checks.unsourced import unsourced_needs
from auditor.model import Citation, Hit
from auditor.text import quote

OVER_CITED_MIN = 4
"""A source must back at least this many claims before CIT007 looks at its share."""
OVER_CITED_SHARE = 0.3
"""... and at least this share of all the claims that links back."""


@rule("CIT001", "missing-citation", "warning")
def missing_citation(article: Article) -> Iterator[Hit]:
    """A claim that needs a source (a figure, a quotation, a dated event, a research finding, a record, a
    person's opinion) with none in reach.

    A claim needs a source for one of Wikipedia's reasons (:mod:`auditor.need`), named in the message
    with the words that carry it. In reach means a citation in its sentence, its paragraph's closing
    citations, its list item or table row, a sourced lead-in or a ``Source:`` line (:mod:`auditor.scope`).
    The writer's own account ("we shipped", "I spoke with"), instructions, questions, the turns of a
    transcript or interview and release notes need none; vague attributions ("experts say") do not
    count as a source. Claims whose citation is a placeholder, empty or stripped are left to CIT002-CIT005.

    Flagged: The company laid off 1,200 workers in its Denver plant in March 2024.
    Clean: The company laid off 1,200 workers in its Denver plant in March 2024 ([Denver Post](https://www.denverpost.com/2024/03/10/plant-layoffs/)).
    """
    for claim, need in unsourced_needs(article):
        yield Hit(
            claim.start,
            claim.end,
            f"Unsourced {need.label} {quote(need.evidence, 60)} in {quote(claim.text)}: "
            "link the source it comes from, or name it in the text.",
            claim=claim.id,
            evidence={"reason": need.reason, "evidence": need.evidence, "score": claim.score, "kinds": list(claim.kinds)},
        )


def _same_source(url: str) -> str:
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").removeprefix("www.")
    return f"{host}{parts.path.rstrip('/')}".lower()


@rule("CIT007", "over-cited-source", "info")
def over_cited_source(article: Article) -> Iterator[Hit]:
    """One source carries a large share of the article's linked claims.

    A single page rarely supports many different statements; each claim should cite what supports it.

    Flagged: Prices rose 4% in May ([Atlas](https://atlas.example/prices)). Rents rose 6% in June ([Atlas](https://atlas.example/prices)). Wages fell 1% in July ([Atlas](https://atlas.example/prices)). Jobs grew by 9,000 in August ([Atlas](https://atlas.example/prices)).
    Clean: Prices rose 4% in May ([Atlas](https://atlas.example/prices)). Rents rose 6% in June ([Borough](https://borough.example/rents)). Wages fell 1% in July ([Census](https://census.example/wages)). Jobs grew by 9,000 in August ([Dept](https://dept.example/jobs)).
    """
    by_source: dict[str, list[Citation]] = defaultdict(list)
    linked: set[str] = set()
    for citation, marker in zip(article.citations, article.markers, strict=True):
        if marker.url and marker.supports and citation.claims:
            by_source[_same_source(marker.url)].append(citation)
            linked.update(citation.claims)
    for citations in by_source.values():
        claims = sorted({c for citation in citations for c in citation.claims}, key=lambda c: int(c[1:]))
        if len(claims) < OVER_CITED_MIN or len(claims) < OVER_CITED_SHARE * len(linked):
            continue
        first = citations[0]
        yield Hit(
            first.start,
            first.end,
            f"One source backs {len(claims)} of the {len(linked)} linked claims: {first.url}. "
            "Check that it supports each of them, and cite each claim's own source.",
            claim=claims[0],
            related=tuple(claims[1:]),
            citation=first.id,
            evidence={"url": first.url, "claims": len(claims), "linked_claims": len(linked)},
        )


@rule("CIT008", "unlinked-attribution", "info")
def unlinked_attribution(article: Article) -> Iterator[Hit]:
    """An attribution ("according to X", "a study found", "experts say") with no link in its sentence.

    Naming a source is a start; linking it lets a reader check it.

    Flagged: According to the Labor Department, 2.1 million jobs were added in 2023.
    Clean: According to the [Labor Department](https://www.bls.gov/news.release/empsit.htm), 2.1 million jobs were added in 2023.
    """
    linked = {
        c for citation, m in zip(article.citations, article.markers, strict=True) if m.url for c in citation.claims
    }
    for citation, marker in of_kind(article, "attribution"):
        claim = claim_of(article, citation)
        if claim is None or claim.id in linked:
            continue
        phrase = article.document.text[citation.start : citation.end]
        advice = "say who, and link what they said" if marker.vague else "link the report it refers to"
        yield Hit(
            citation.start,
            citation.end,
            f"Attribution without a link: {quote(phrase)} in {quote(claim.text)}: {advice}.",
            claim=claim.id,
            citation=citation.id,
            evidence={"source": citation.text, "vague": marker.vague},
        )
