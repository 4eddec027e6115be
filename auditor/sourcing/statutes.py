"""Legal citations: a section whose heading cites the law it sums up ("Fees (RCW 42.56.120)"), and a sentence or
list item that carries its own citation of a law or a ruling ("The Act of 1889 (25 Stat. 676) ...").

A statute explainer gives each provision a section and cites the provision in the section's heading; what the
section then says ("copies cost at most $0.10 a page", "the agency must answer within 5 business days") is what
that provision says, sourced by the citation above it. The citation is read from its form, never from its
wording: in brackets, a section sign ("§ 1983") or a code's abbreviation in capitals followed by a numbered
section with a dot ("RCW 42.56.520", "ORS 192.324", "C.F.R. 1.10"). A bracketed figure, a year or a figure's
number ("(Figure 2.1)") is not one.

A sentence that carries a legal citation in one of the usual forms cites its source in the text: a statute at
large or a code ("25 Stat. 676", "42 U.S.C. § 1983", "40 C.F.R. 60.1"), a public law ("Pub. L. No. 101-336"), a
case in a reporter ("347 U.S. 483", "486 F. Supp. 995", "802 P.2d 720", "328 Mont. 105"), or a case name with a
court and year in parentheses ("Smith v. Jones (Mont. 1979)"). In a list item the citation covers the item: the
item that cites a case may go on with what its judges wrote. The forms live in ``knowledge/legal_citations.json``;
a figure, a date or a year in brackets is not one ("in 2023 U.S. 30 million ...": a volume has at most three digits).
"""

from __future__ import annotations

import re
from functools import cache

from auditor.article import Article, per_article
from auditor.knowledge import load
from auditor.model import Claim

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


def _written(abbreviation: str) -> str:
    """An abbreviation as a pattern: its spaces optional ("F. Supp." and "F.Supp."), the rest literal."""
    return r"\s*".join(re.escape(part) for part in abbreviation.split())


@cache
def _legal_citation() -> re.Pattern[str]:
    data = load("legal_citations")
    reporters = "|".join(_written(r) for r in sorted(data["reporters"], key=len, reverse=True))
    laws = "|".join(_written(r) for r in sorted(data["session_laws"], key=len, reverse=True))
    courts = "|".join(_written(r) for r in sorted(data["court_words"], key=len, reverse=True))
    return re.compile(
        rf"(?<![\w.,$])\d{{1,3}}\s+(?:{reporters})\s*(?:§{{1,2}}\s*)?\d{{1,6}}(?:\.\d+)*(?![\w%-]|[.,]\d)"
        rf"|(?<![\w.])(?:{laws})\s*\d{{2,3}}-\d{{1,4}}\b"
        rf"|\bv[s]?\.\s+[A-Z][^()\n]{{0,150}}?\((?:(?:{courts})\s*)*(?:1[6-9]|20)\d\d\)"
    )


def carries_legal_citation(text: str) -> bool:
    """The text holds a citation of a law or a ruling in one of the usual forms (see the module docstring).

    >>> carries_legal_citation("The Act of 1889 (25 Stat. 676) granted the land.")
    True
    >>> carries_legal_citation("Smith v. Jones, 486 F. Supp. 995 (D. Utah 1979), held the grant a compact.")
    True
    >>> carries_legal_citation("In 2023 U.S. 30 million moved."), carries_legal_citation("On 12 Jan. 2024 it fell.")
    (False, False)
    """
    return _legal_citation().search(text) is not None


def cites_law(article: Article, claim: Claim) -> bool:
    """The claim's sentence, or the list item it stands in, carries a legal citation: the law or ruling it states."""
    if carries_legal_citation(claim.text):
        return True
    doc = article.document
    block = doc.blocks[claim.block]
    if block.kind != "list" and block.group is None:
        return False
    if block.group is None:
        return carries_legal_citation(doc.text[block.start : block.end])
    item = (b for b in doc.blocks[max(0, claim.block - 30) : claim.block + 30] if b.group == block.group)
    return any(carries_legal_citation(doc.text[b.start : b.end]) for b in item)
