"""auditor.reference_lists.entry_url: the note's first outside address, from look-ups kept for the document, is
what a pass over its anchors, blocks and links finds; asked of two documents in turn, each gets its own."""

from __future__ import annotations

import random
from bisect import bisect_right

from auditor.model import Block, Document, Link, OffsetMap
from auditor.reference_lists import entry_url, first_link_in, outside_links


def _plain(doc: Document, anchor: int) -> str | None:
    """entry_url as it was: every anchor, block end and link gathered at each call."""
    later = [pos for _, pos in doc.anchors if pos > anchor]
    i = bisect_right([b.end for b in doc.blocks], anchor)
    stop = min([*later, doc.blocks[i].end if i < len(doc.blocks) else len(doc.text)])
    links = outside_links(doc)
    link = first_link_in(links, [k.start for k in links], anchor, stop)
    return link.url if link else None


def _document(rng: random.Random, size: int) -> Document:
    cuts = sorted(rng.sample(range(1, size), 6))
    blocks = tuple(Block(s, e) for s, e in zip([0, *cuts], [*cuts, size], strict=True) if e > s)
    links = []
    for n in range(rng.randint(0, 10)):
        start = rng.randrange(size)
        url = rng.choice(["#fn1", f"https://x.example/{n}", None, "https://y.example/"])
        links.append(Link("link", url, "t", start, min(size, start + rng.randint(0, 5))))
    anchors = tuple((f"fn{n}", rng.choice([-1, rng.randrange(size)])) for n in range(rng.randint(0, 6)))
    text = "x" * size
    return Document(text, text, "html", OffsetMap.identity(size), blocks,
                    links=tuple(sorted(links, key=lambda k: k.start)), anchors=anchors)


def test_the_same_address_as_a_pass_over_the_document() -> None:
    rng = random.Random(8)
    for _ in range(300):
        first, second = _document(rng, 60), _document(rng, 60)
        for _ in range(10):
            for doc in (first, second):  # in turn: each document's own look-ups
                anchor = rng.randrange(60)
                assert entry_url(doc, anchor) == _plain(doc, anchor)


def _written_plainly(doc: Document, start: int) -> str | None:
    """_written_number as it was: the line before the block searched from its start."""
    from auditor.reference_lists import _NUMBERED, _WRITTEN_NUMBER

    m = _NUMBERED.match(doc.text, start)
    if m:
        return m[1] or m[2]
    raw_start = doc.to_raw(start)
    line_start = doc.raw.rfind("\n", 0, raw_start) + 1
    before = _WRITTEN_NUMBER.search(doc.raw, line_start, raw_start)
    return (before[1] or before[2]) if before else None


def test_a_number_written_before_a_block_is_read_from_where_it_can_stand() -> None:
    from auditor.reference_lists import _written_number

    rng = random.Random(8)
    pieces = ["[12]", "[1234]", "3.", "12)", "1234.", "7", " ", "\t", "  ", "\n", "x", "- ", ".", "]", "(", "<li>"]
    found = 0
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 10))) + "Entry"
        doc = Document(text, text, "html", OffsetMap.identity(len(text)), (Block(0, len(text)),))
        for start in range(len(text)):
            assert _written_number(doc, start) == _written_plainly(doc, start), (text, start)
            found += _written_plainly(doc, start) is not None
    assert found > 5_000
