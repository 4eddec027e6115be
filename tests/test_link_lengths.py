"""auditor.artifacts._LinkLengths: a span's summed link text, from running totals, is the plain sum over the links."""

from __future__ import annotations

import random

from auditor.artifacts import _LinkLengths
from auditor.model import Block, Document, Link, OffsetMap


def test_running_totals_give_the_plain_sum() -> None:
    rng = random.Random(8)
    for _ in range(300):
        links = []
        for _ in range(rng.randint(0, 12)):
            start = rng.randint(0, 60)
            links.append(Link("link", "#x", "t", start, start + rng.randint(0, 9)))
        doc = Document("x" * 80, "x" * 80, "markdown", OffsetMap.identity(80), (Block(0, 80),), links=tuple(links))
        lengths = _LinkLengths(doc)
        for _ in range(20):
            start = rng.randint(0, 70)
            end = start + rng.randint(0, 20)
            assert lengths.within(start, end) == sum(k.end - k.start for k in links if start <= k.start < end)


def _boilerplate_blocks(link: str) -> int:
    from auditor import audit_text

    line = f"[Back to the contents of this long guide]({link})"
    paragraphs = [line if i % 3 == 2 else f"The council sold {1000 + i} homes in {1990 + i} to families." for i in range(12)]
    report = audit_text("\n\n".join(paragraphs) + "\n", "markdown")
    return sum(f.evidence.get("blocks", 0) + 1 for f in report.findings if f.rule == "ART001")


def test_a_repeated_link_into_the_page_is_navigation_and_one_out_of_it_is_boilerplate() -> None:
    assert _boilerplate_blocks("#contents") == 0
    assert _boilerplate_blocks("https://ads.example/promo") > 0
