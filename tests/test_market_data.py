"""Set Q's false alarms of CIT001 on the day's market data and on writers' own statements of whom they quote:
a markets wrap's moves are the publisher's price feed, and the forecasts and other figures on the page stay
someone's to source."""

from __future__ import annotations

from pathlib import Path

from auditor.api import audit_text
from auditor.genres.markets import market_move

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "articles"
HEAD = "---\ntitle: {title}\ndate: 2024-05-02\n---\n\n"

MOVES = [
    "The euro rose 0.3% to $1.0712",
    "Gold futures fell 0.5% to $1,922.40 an ounce",
    "The yield on 10-year notes advanced six basis points to 3.94%",
    "Northern Blend crude topped $81 a barrel.",
    "The Coastal 250 index edged lower after an advance that topped 1% earlier in the session.",
    "Tech underperformed after a runup that sent the Coastal 250 more than 20% above its spring lows.",
]
NOT_MOVES = [
    "Analysts expect the Coastal 250 to climb 12% by the end of next year.",
    "The index is expected to rise 4% this quarter.",
    "The region's pension funds have booked an average loss of 9% so far this year.",
    "Unemployment rose to 4.1% in July.",
    "In 2014, 5.8 million people worked for the region's exporters.",
]


def unsourced(text: str, title: str = "Stocks slip as yields climb") -> list[str]:
    report = audit_text(HEAD.format(title=title) + text, input_format="markdown")
    claims = {c.id: c.text for c in report.claims}
    return [claims[f.claim] for f in report.findings if f.rule == "CIT001" and f.claim]


def test_market_moves_in_any_wording() -> None:
    for text in MOVES:
        assert market_move(text), text
    for text in NOT_MOVES:
        assert not market_move(text), text


def test_a_markets_wrap_keeps_its_forecasts_and_other_figures_loud() -> None:
    text = (FIXTURES / "markets-wrap-day-moves.md").read_text()
    found = unsourced(text)
    assert len(found) == 2
    assert found[0].startswith("Analysts expect the Coastal 250 to climb 12%")
    assert found[1].startswith("The region's pension funds have booked an average loss of 9%")


def test_a_lone_move_outside_market_commentary_stays_loud() -> None:
    text = (
        "The port authority opened a new container terminal this spring. The Harbour Tech index fell 0.8% to 2,140 "
        "after the opening, the worst day for the gauge in a decade.\n\n"
        "The terminal cost $410 million and employs 600 people.\n"
    )
    assert any(c.startswith("The Harbour Tech index fell 0.8%") for c in unsourced(text, "A new terminal opens"))


def test_an_official_release_named_by_what_it_measures_is_attributed() -> None:
    found = unsourced((FIXTURES / "wire-release-and-analyst-note.md").read_text())
    assert not any("producer prices fell" in c or "applications for unemployment" in c for c in found), found


def test_data_that_name_no_statistic_still_point_at_an_unnamed_source() -> None:
    found = unsourced((FIXTURES / "wire-release-and-analyst-note.md").read_text())
    assert any(c.startswith("Data show the new trading rules") for c in found), found


def test_a_quotation_a_named_writer_wrote_for_a_named_firm_is_attributed() -> None:
    found = unsourced((FIXTURES / "wire-release-and-analyst-note.md").read_text())
    assert not any("Ivan Ek" in c for c in found), found
    assert any(c.endswith("Kenny wrote.") for c in found), found  # no body named: the quotation needs its source
