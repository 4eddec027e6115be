"""CON003 breakdowns (:mod:`auditor.compare.breakdowns`): a total line over (or under) the list that itemises it,
against the items' sum."""

from __future__ import annotations

from auditor import audit_text

INTRO = "# The club's accounts\n\nHere is how the season's money came in and went out.\n\n"


def slips(body: str) -> list[str]:
    report = audit_text(INTRO + body, input_format="markdown")
    return [f.message for f in report.findings if f.rule == "CON003"]


def test_a_total_its_items_do_not_add_up_to() -> None:
    (message,) = slips("Total costs: $4,900\n\n* Pitch hire: $2,500\n* Kit: $1,400\n")
    assert '"$4,900"' in message and "$3,900" in message


def test_a_total_line_under_its_items() -> None:
    assert slips("* Pitch hire: $2,500\n* Kit: $1,400\n\nTotal costs: $4,900\n")


def test_a_total_its_items_add_up_to() -> None:
    assert slips("Total costs: $3,900\n\n* Pitch hire: $2,500\n* Kit: $1,400\n") == []


def test_nested_items_are_their_parents_breakdown() -> None:
    body = "Total costs: $3,900\n\n* Pitch hire: $2,500, namely,\n  * Autumn: $1,000\n  * Spring: $1,500\n* Kit: $1,400\n"
    assert slips(body) == []


def test_items_that_are_not_all_amounts_are_not_added() -> None:
    assert slips("Total costs: $4,900\n\n* Pitch hire: $2,500\n* Kit: bought by the sponsor\n* Balls: $1,400\n") == []


def test_items_in_another_currency_are_not_added() -> None:
    assert slips("Total costs: $4,900\n\n* Pitch hire: €2,500\n* Kit: €1,400\n") == []


def test_an_item_that_opens_a_part_of_another() -> None:
    assert slips("Total costs: $4,900\n\n* Pitch hire: $2,500\n* of which autumn: $1,000\n* Kit: $1,400\n") == []


def test_a_total_smaller_than_an_item_is_no_sum() -> None:
    # An average or a median lies among its parts: no sum is meant.
    assert slips("Total per player: $900\n\n* Pitch hire: $2,500\n* Kit: $1,400\n") == []
