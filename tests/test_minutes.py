"""Minutes (:mod:`auditor.genres.minutes`): a body's record of its own meetings states its payments, balances and
resolutions as that record; CIT001 does not ask it to cite them, but still asks for the source of a figure it
credits to someone it does not name."""

from __future__ import annotations

from pathlib import Path

from auditor import audit_text
from auditor.genres.minutes import names_minutes

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "articles" / "minutes-own-record.md"


def cit001(text: str) -> list[str]:
    return [f.message for f in audit_text(text, input_format="markdown").findings if f.rule == "CIT001"]


def test_minutes_state_their_own_record() -> None:
    assert cit001(FIXTURE.read_text(encoding="utf-8")) == []


def test_the_same_record_in_a_newsletter_needs_its_source() -> None:
    text = FIXTURE.read_text(encoding="utf-8")
    text = text.replace('title: "Ashby Fen Parish Council minutes, March"', 'title: "Ashby Fen news, March"')
    text = text.replace("MINUTES OF ASHBY FEN PARISH COUNCIL MEETING HELD IN THE VILLAGE HALL ON", "NEWS FROM ASHBY FEN ON")
    assert any("£4,218.60" in m for m in cit001(text))


def test_a_figure_credited_to_an_unnamed_source_still_needs_it() -> None:
    text = FIXTURE.read_text(encoding="utf-8") + (
        "\nA recent survey found that 40% of households in the county have no bus within a mile.\n"
    )
    assert any("40%" in m or "survey" in m for m in cit001(text))


def test_titles_and_first_lines_that_name_minutes() -> None:
    assert names_minutes("Minutes of the Finance Committee, 3 June 2024")
    assert names_minutes("Annual General Meeting minutes")
    assert not names_minutes("Council meeting lasted 45 minutes")
    assert not names_minutes("Five minutes with the board's new chair")
    assert not names_minutes("Minutes from the beach: a walking guide")
