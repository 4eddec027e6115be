"""A section whose heading cites the law it sums up: "Fees (RCW 42.56.120)", "Damages (42 U.S.C. § 1988)".

A statute explainer gives each provision a section and cites the provision in the section's heading; what the
section then says ("copies cost at most $0.10 a page", "the agency must answer within 5 business days") is what
that provision says, sourced by the citation above it. The citation is read from its form, never from its
wording: in brackets, a section sign ("§ 1983") or a code's abbreviation in capitals followed by a numbered
section with a dot ("RCW 42.56.520", "ORS 192.324", "C.F.R. 1.10"). A bracketed figure, a year or a figure's
number ("(Figure 2.1)") is not one.
"""

from __future__ import annotations

import re

from auditor.article import Article, per_article

_SECTION = r"\d+(?:\.\d+)+[a-z]?(?:\([a-z0-9]+\))*(?:\s*[-–]\s*\d+(?:\.\d+)*)?"
_CITATION = re.compile(
    rf"\((?:[^()§]{{0,30}}§{{1,2}}\s*\d[^()]{{0,30}}"
    rf"|(?:(?:[A-Z]{{2,}}|(?:[A-Z]\.){{2,}}[A-Z]?\.?)\s+){{1,3}}{_SECTION})\)"
)


def cites_statute(heading: str) -> bool:
    """The heading cites a provision of a law in brackets.

    >>> cites_statute("Fees (RCW 42.56.120)"), cites_statute("Claims (42 U.S.C. § 1983)")
    (True, True)
    >>> cites_statute("Results (Figure 2.1)"), cites_statute("Budget (2024)"), cites_statute("Costs (in $1,000)")
    (False, False, False)
    """
    return "(" in heading and _CITATION.search(heading) is not None


@per_article
def _cited_sections(article: Article) -> tuple[int, ...]:
    """For each block, the index of the heading it stands under when that heading cites a statute, else -1."""
    doc = article.document
    found = []
    current = -1
    for i, block in enumerate(doc.blocks):
        if block.kind == "heading":
            current = i if cites_statute(doc.text[block.start : block.end]) else -1
        found.append(current)
    return tuple(found)


def under_cited_provision(article: Article, block: int) -> bool:
    """The block stands in a section whose heading cites the law it sums up (see the module docstring)."""
    return _cited_sections(article)[block] >= 0
