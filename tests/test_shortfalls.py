"""Parts said to make up a whole that add up to less than it (auditor.compare.shortfalls; CON003). Every sentence
here is invented for the test: the kind in several wordings, consistent twins, and traps built to tempt a reader
(lists that are a selection, that leave a remainder, that are approximate, or that count something else)."""

from __future__ import annotations

import pytest

from auditor import audit_text
from auditor.compare.shortfalls import shortfall_slips


def short(*texts: str) -> bool:
    """Whether a claim of ``texts`` has parts short of its whole."""
    return [s.kind for s in shortfall_slips(texts)] == ["shortfall"]


@pytest.mark.parametrize(
    "text",
    [
        "The €24 million renovation budget is split into €10 million for the roof and €9 million for the wiring.",
        "The 120-page guide is divided into four chapters of 30, 25, 20 and 15 pages.",
        "The 16-strong crew is made up of 6 deckhands and 5 engineers.",
        "The 9-day festival consists of a 3-day opening programme and a 4-day closing programme.",
        "The referendum split two ways: 48% in favour and 41% against.",
        "The 35-member orchestra comprises 20 string players and 9 wind players.",
        "The 3-week tour is broken down into 1 week in the north and 8 days on the coast.",
        "The £2.4 million grant, split between £1.1 million for the lab and £0.9 million for staff, was announced today.",
        "The 50 km relay is divided into 3 legs of 12, 14 and 16 km.",
        "The fund is split into 55% equities and 30% bonds.",
    ],
)
def test_parts_short_of_their_whole_are_found(text: str) -> None:
    assert short(text)


@pytest.mark.parametrize(
    "text",
    [
        # twins: the parts add up
        "The €24 million renovation budget is split into €10 million for the roof and €14 million for the wiring.",
        "The 120-page guide is divided into four chapters of 40, 35, 25 and 20 pages.",
        "The 16-strong crew is made up of 10 deckhands and 6 engineers.",
        "The 9-day festival consists of a 4-day opening programme and a 5-day closing programme.",
        "The fund is split into 65% equities and 35% bonds.",
        # rounded shares that add up to 99% or 101%
        "The referendum split three ways: 48% in favour, 41% against and 10% blank.",
        # a selection, a remainder, a bound, a hedge
        "The €24 million renovation budget includes €10 million for the roof and €9 million for the wiring.",
        "The €24 million renovation budget is split into €10 million for the roof, €9 million for the wiring and the"
        " rest for the garden.",
        "The €24 million renovation budget is split into €10 million for the roof, €9 million for the wiring and other"
        " works.",
        "The €24 million renovation budget is split into at least €10 million for the roof and €9 million for wiring.",
        "The roughly €24 million renovation budget is split into €10 million for the roof and €9 million for wiring.",
        "The 16-strong crew is made up of deckhands such as 6 from Oslo and 5 from Bergen.",
        "The 16-strong crew, among them 6 deckhands and 5 engineers, sails on Friday.",
        # parts that count something else, or are given each
        "The 120-page guide is divided into 8 chapters and 3 appendices.",
        "The 9-day festival is split into two programmes of 4 days each.",
        "The 16-strong crew is made up of 3 teams and 2 watches.",
        # no marker of a whole: a list may leave parts out
        "The hospital has 120 staff: 60 nurses and 40 doctors.",
        # years are not parts
        "The 10-year plan is split into 2026 and 2027 phases.",
        # a figure after the list may be the part it leaves out
        "The €24 million budget is split into €10 million for the roof and €9 million for the wiring, with €5 million"
        " held back.",
    ],
)
def test_consistent_and_open_lists_are_quiet(text: str) -> None:
    assert not short(text)


def test_the_part_left_out_told_in_a_nearby_or_later_claim_keeps_it_quiet() -> None:
    whole = "The £9 million harbour grant is divided between £4 million for the quay and £3 million for the slipway."
    assert short(whole)
    assert not short(whole, "A further sum pays for dredging.")
    assert not short("The works start in May.", "Crews are hired.", "Boats will moor elsewhere.", whole,
                     "Work starts in spring.", "Residents are pleased.", "The last £2 million pays for dredging.")
    assert short("The works start in May.", "Crews are hired.", "Boats will moor elsewhere.", whole,
                 "Work starts in spring.", "Residents are pleased.", "Parking at the quay costs £5.")


def test_a_shortfall_is_reported_as_con003_on_its_claim() -> None:
    report = audit_text(
        "The 30-seat council is made up of 12 elected seats and 11 appointed seats.\n\n"
        "Meetings are held in public.\n"
    )
    found = [f for f in report.findings if f.rule == "CON003"]
    assert len(found) == 1
    assert "add up to less than the whole" in found[0].message


def kinds(*texts: str) -> list[str]:
    return [s.kind for s in shortfall_slips(texts)]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The shop took £1,450 on Friday and £1,200 on Saturday, a total of £3,050.", "shortfall"),
        ("The shop took £1,450 on Friday and £1,200 on Saturday, a total of £2,350.", "parts"),
        ("A 3 km towpath and a 2 km forest track make up the 8 km trail.", "shortfall"),
        ("Fourteen sopranos and 11 altos make up the 31-member choir.", "shortfall"),
        ("Donations of $4,000 and $2,500 added up to $8,500 for the clinic.", "shortfall"),
        ("The ferry carried 310 cars in June and 280 in July, totalling 700 cars.", "shortfall"),
    ],
)
def test_a_sum_stated_after_its_parts_must_be_their_sum(text: str, kind: str) -> None:
    assert kinds(text) == [kind]


@pytest.mark.parametrize(
    "text",
    [
        "The shop took £1,450 on Friday and £1,200 on Saturday, a total of £2,650.",
        "A 3 km towpath and a 5 km forest track make up the 8 km trail.",
        "Fourteen sopranos and 17 altos make up the 31-member choir.",
        # a running total, an earlier value, an open list, another noun, a hedge
        "The shop took £1,450 on Friday and £1,200 on Saturday, bringing its takings so far to £6,000.",
        "Donations of $4,000 and $2,500, up from $3,000 last year, added up to $8,500 for the clinic.",
        "A 3 km towpath, a 2 km forest track and other paths make up the 8 km trail.",
        "The ferry carried 310 cars in June and 280 in July, totalling 700 passengers.",
        "The shop took £1,450 on Friday and £1,200 on Saturday, a total of about £3,000.",
        # an item without a figure may be a part
        "Pens, 4 pencils and 3 rulers make up the 10-item kit.",
    ],
)
def test_a_stated_sum_that_holds_or_may_hold_is_quiet(text: str) -> None:
    assert kinds(text) == []
