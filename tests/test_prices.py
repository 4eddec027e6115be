"""One price of one thing given two values (auditor.compare.prices, reported as CON003): "Tickets cost $45" /
"At $65 a ticket, ...". Every sentence here is invented for the test."""

from __future__ import annotations

from pathlib import Path

import pytest

import auditor
from auditor.compare.prices import find_prices

FILLER = "The council met on a rainy evening and several residents spoke about parking."


def con003(first: str, second: str) -> list[str]:
    report = auditor.audit_text(f"{first}\n\n{FILLER}\n\n{second}\n", input_format="text", source="test")
    return [f.rule for f in report.findings if f.rule == "CON003"]


def test_a_price_is_read_with_its_thing_and_what_it_is_of() -> None:
    (price,) = find_prices(0, "Tickets for the festival cost $45.")
    assert (price.thing, price.quantity.value, set(price.topic)) == ("ticket", 45.0, {"festival"})
    (rate,) = find_prices(0, "At £18 per adult, the exhibition is not cheap.")
    assert (rate.thing, rate.label) == ("adult", "price per adult")


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Entry to the exhibition costs £12 for adults.", "At £18 per adult, the exhibition is not cheap."),
        ("A season ticket at Brookfield Rovers costs £340.", "Brookfield Rovers charge £430 for a season ticket."),
        ("Each dose of the vaccine costs $19.", "At $29 a dose, the vaccine is affordable for clinics."),
        ("The museum's guidebook sells for €15.", "The guidebook, priced at €25, is sold in the shop."),
        ("A crossing to the island costs £8.", "At £11 a crossing, the island ferry is dear."),
        ("The Harbour Players charge £14 for a seat.", "A seat at the Harbour Players costs £20."),
        ("Tickets for the derby cost $60.", "Fans paid $90 a ticket for the derby."),
    ],
)
def test_one_price_told_twice_is_flagged(first: str, second: str) -> None:
    assert con003(first, second) == ["CON003"]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # another payer, another kind of the thing, another thing, a rate of time
        ("Entry to the exhibition costs £12 for adults.", "Entry costs £6 for children."),
        ("The €45 daily pass covers all six lifts.", "The €180 weekly pass covers all six lifts."),
        ("Tickets for the zoo cost £20.", "At £14 a ticket, the aquarium is cheaper."),
        ("The gym membership costs $30 a month.", "The gym membership costs $300 a year."),
        # a change, an offer, a start price, another year, a channel, a seller's other product
        ("Tickets cost $45.", "Last year tickets cost $40."),
        ("Tickets cost $45.", "Early bird tickets cost $35."),
        ("The phone sells for $799.", "The phone sells for $699 on the company's website."),
        ("Tickets for the festival cost $45 in 2024.", "Tickets for the festival cost $50 in 2025."),
        ("The fee in 2026 is 2% of the fare or $120 per notice, as set.", "In 2027 it is 3% of the fare or $300 per notice."),
        ("Halden Press sells the novel for $28.", "Marlow Books sells the novel for $24."),
        ("A seat costs £14.", "A seat costs £14."),
    ],
)
def test_prices_that_can_both_hold_are_silent(first: str, second: str) -> None:
    assert con003(first, second) == []


def test_fixture_one_price_told_twice() -> None:
    path = Path(__file__).resolve().parent.parent / "fixtures" / "articles" / "CON003-one-price-told-twice.md"
    found = [f for f in auditor.audit_path(path).findings if f.rule == "CON003"]
    assert len(found) == 1
    assert "price per dose" in found[0].message
