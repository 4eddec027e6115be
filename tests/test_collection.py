"""A collection's description tells the history its own materials document; other pages are held to a source."""

from __future__ import annotations

from auditor import audit_text

HISTORY = (
    "## The mill\n\nThe mill opened in 1891 on the east bank of the river. By 1910 it employed close to 300 workers. "
    "In 1934, Edith Varga took over as manager and rebuilt the weaving shed.\n"
)


def _unsourced(text: str) -> int:
    report = audit_text(text, input_format="markdown").to_dict()
    return sum(f["rule"] == "CIT001" for f in report["findings"])


def test_collection_description_is_the_holders_testimony() -> None:
    intro = "## About\n\nThis collection consists of ledgers and photographs kept by the mill.\n\n"
    assert _unsourced(intro + HISTORY) == 0


def test_the_same_history_elsewhere_needs_sources() -> None:
    assert _unsourced("## About\n\nA short history of the old mill.\n\n" + HISTORY) >= 2


def test_news_of_a_collection_is_not_its_description() -> None:
    intro = "## Gift\n\nThe collection includes 400 letters, the museum said on Friday.\n\n"
    assert _unsourced(intro + HISTORY) >= 2


def test_declaration_far_down_the_page_does_not_count() -> None:
    filler = "".join(f"Paragraph {i} of the walk along the river.\n\n" for i in range(8))
    late = "This collection consists of ledgers and photographs kept by the mill.\n\n"
    assert _unsourced("## Walk\n\n" + filler + late + HISTORY) >= 2
