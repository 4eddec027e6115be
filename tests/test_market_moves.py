"""A traded security's price move is market data read off a price feed: no source is asked for it. Other figures
in the same commentary are read as usual."""

from __future__ import annotations

from auditor import audit_text
from auditor.sourcing.market import price_move


def _unsourced(text: str) -> list[str]:
    report = audit_text(text, input_format="markdown").to_dict()
    claims = {c["id"]: c["text"] for c in report["claims"]}
    return [claims[f["claim"]] for f in report["findings"] if f["rule"] == "CIT001"]


PIECE = "# Is the grid builder's slump a buying chance?\n\n{sentence}\n\nThe company builds substations.\n"


def test_a_share_price_move_needs_no_source() -> None:
    for sentence in (
        "Shares of the grid builder fell 6% on Tuesday after a weak quarter.",
        "The stock gained 3% in early trading, to $31.40.",
        "Its share price has climbed about 40% since January.",
    ):
        assert _unsourced(PIECE.format(sentence=sentence)) == [], sentence


def test_other_figures_of_the_same_piece_still_need_one() -> None:
    for sentence in (
        "Households in the region paid 18% more for power in 2024 than a decade earlier.",
        "The county's housing stock fell 5% in 2024.",  # "housing stock" is no security
    ):
        assert _unsourced(PIECE.format(sentence=sentence)) == [sentence]


def test_what_a_price_move_is() -> None:
    assert price_move("Its share price closed at $41.20, up 4%.", "4%")
    assert price_move("Shares of the bank fell 7% in early trading.", "7%")
    assert not price_move("She shares 40% of the profits with her partner.", "40%")
    assert not price_move("Analysts expect earnings to rise 18% next year.", "18%")
