"""One duration of one thing given two values, and one sum of one thing in two currencies (issue 7, contra14): "a
lifespan of around 35 years" / "their lifespan of around 25 years", "the 3-minute test" / "the test takes 10
minutes"; "a $10 billion budget" / "the €10 billion budget". Each article is flagged and its consistent twin is
silent; traps (two things, two times, a range, a quoted speaker, a hypothetical, a close hedged value, a conversion)
stay silent. Every sentence here is invented for the test."""

from __future__ import annotations

import pytest

from auditor.compare.currencies import currency_conflicts
from auditor.compare.durations import HEDGED_SLACK, duration_conflicts, find_durations
from tests.test_everyday_contradictions import article, con_rules

FILLER = "Local reporters covered the story."

# (first claim, later claim that contradicts it, the same later claim agreeing)
PAIRS = [
    ("Females have a lifespan of around 35 years.",
     "The female's lifespan of around 25 years surprises visitors.",
     "The female's lifespan of around 35 years surprises visitors."),
    ("Otters have a lifespan of around 30 years.",
     "Their lifespan of around 28 years is long for a mammal of their size.",
     "Their lifespan of around 30 years is long for a mammal of their size."),
    ("Doctors have developed a 3-minute test that paramedics use.",
     "The test takes 10 minutes and needs only a phone.", "The test takes 3 minutes and needs only a phone."),
    ("The journey will take 45 minutes.", "The 90-minute journey will cost £12.", "The 45-minute journey will cost £12."),
    ("The college offers a 10-week course.", "The course lasts six weeks and costs £90.",
     "The course lasts ten weeks and costs £90."),
    ("The ceremony lasts two hours.", "Guests said the 30-minute ceremony was moving.",
     "Guests said the 120-minute ceremony was moving."),
    ("The agency has published a $10 billion budget.", "Most of the €10 billion budget will go on a lander.",
     "Most of the $10 billion budget will go on a lander."),
    ("The gallery won a £2 million grant.", "The $2 million grant will pay for a new roof.",
     "The £2 million grant will pay for a new roof."),
    ("The government has set a budget of $5 billion for the line.", "The €5 billion budget will be reviewed in May.",
     "The $5 billion budget will be reviewed in May."),
]


@pytest.mark.parametrize(("first", "contradicting", "agreeing"), PAIRS, ids=[p[2][:40] for p in PAIRS])
def test_contradiction_found(first: str, contradicting: str, agreeing: str) -> None:
    assert con_rules(article(first, FILLER, contradicting)) == ["CON003"]


@pytest.mark.parametrize(("first", "contradicting", "agreeing"), PAIRS, ids=[p[2][:40] for p in PAIRS])
def test_twin_is_silent(first: str, contradicting: str, agreeing: str) -> None:
    assert con_rules(article(first, FILLER, agreeing)) == []


TRAPS = [
    # two things
    ("Doctors use a 3-minute test at the roadside.", "A second test takes 10 minutes in hospital."),
    ("The 90-minute journey to York is popular.", "The journey to Leeds takes 45 minutes."),
    ("The European agency has a €10 billion budget.", "NASA has a $10 billion budget for the same period."),
    ("The museum's £40 million budget was agreed.", "The council's $40 million budget was cut."),
    ("In the wild, badgers have a lifespan of around 3 years.", "In captivity, their lifespan of around 9 years is usual."),
    # two times
    ("The journey now takes 90 minutes.", "The journey will take 45 minutes after the line opens."),
    ("The 2024 budget of $10 billion was spent.", "The €10 billion budget for 2025 was agreed in Brussels."),
    # a range
    ("Grey seals have a lifespan of 25 to 35 years.", "The female's lifespan of around 35 years is typical."),
    # a quoted speaker
    ("The test takes 3 minutes.", '"The test takes 10 minutes on a bad day," said Dr Ana Ruiz.'),
    # a hypothetical
    ("The journey takes 45 minutes.", "If the line is built, the journey would take 30 minutes."),
    # close hedged values, another currency figure, a stated conversion
    ("A tortoise has a lifespan of about 100 years.", "Its lifespan of about 98 years is among the longest."),
    ("The museum's £40 million budget was agreed.", "The $52 million budget includes a new wing."),
    ("The agency has a €10 billion budget, equivalent to $10.8 billion.", "The €10 billion budget covers three missions."),
]


@pytest.mark.parametrize(("first", "later"), TRAPS, ids=[t[1][:40] for t in TRAPS])
def test_traps_stay_silent(first: str, later: str) -> None:
    assert con_rules(article(first, FILLER, later)) == []


def test_durations_are_read_in_seconds_with_their_thing() -> None:
    (one,) = find_durations(0, "The 90-minute journey will cost £12.")
    (two,) = find_durations(1, "The journey takes 1.5 hours.")
    assert (one.thing, one.seconds, one.quantity.text) == (two.thing, two.seconds, "90-minute")
    assert duration_conflicts(["The 90-minute journey will cost £12.", "The journey takes 1.5 hours."], frozenset()) == []


def test_hedged_durations_differ_beyond_the_slack() -> None:
    texts = ["It has a lifespan of around 40 years.", "Its lifespan of around 41 years is long."]
    assert HEDGED_SLACK > 1 / 41
    assert duration_conflicts(texts, frozenset()) == []
    texts = ["It has a lifespan of around 40 years.", "Its lifespan of around 36 years is long."]
    (size,) = duration_conflicts(texts, frozenset())
    assert (size.written.text, size.plain.text) == ("around 36 years", "around 40 years")


def test_sums_in_two_currencies_are_read_only_with_the_same_figure() -> None:
    texts = ["The trust has a £3 million budget.", "The €3 million budget was agreed."]
    (size,) = currency_conflicts(texts, frozenset())
    assert (size.thing, size.written.text, size.plain.text) == ("budget", "€3 million", "£3 million")
    assert currency_conflicts(texts, frozenset({1})) == []


# one event's length told with a past verb ("lasted", "ran for") and as a modifier or another past length
EVENT_PAIRS = [
    ("The trial lasted three weeks.", "At the end of the five-week trial, the jury took two hours to convict.",
     "At the end of the three-week trial, the jury took two hours to convict."),
    ("The strike lasted eleven days.", "Union leaders say the six-day strike won the dockers a pay rise.",
     "Union leaders say the eleven-day strike won the dockers a pay rise."),
    ("The blackout lasted for nine hours.", "Engineers say the four-hour blackout was caused by a faulty cable.",
     "Engineers say the nine-hour blackout was caused by a faulty cable."),
    ("The expedition ran for 40 days.", "Scientists have published the data of the 28-day expedition.",
     "Scientists have published the data of the 40-day expedition."),
    ("The eruption lasted two months.", "Ash from the six-month eruption closed the airport twice.",
     "Ash from the two-month eruption closed the airport twice."),
    ("The final went on for three hours.", "Fans called the 90-minute final the best of the decade.",
     "Fans called the three-hour final the best of the decade."),
]


@pytest.mark.parametrize(("first", "contradicting", "agreeing"), EVENT_PAIRS)
def test_an_event_length_told_twice_is_found(first: str, contradicting: str, agreeing: str) -> None:
    assert "CON003" in con_rules(article(first, FILLER, contradicting))
    assert con_rules(article(first, FILLER, agreeing)) == []


@pytest.mark.parametrize(
    ("first", "later"),
    [
        # a recurring thing: one occasion against its usual length
        ("The course lasts ten weeks.", "Last spring the course lasted twelve weeks."),
        # another event of the kind
        ("The dock strike lasted eleven days.", "A second six-day dock strike followed in June."),
        ("The trial lasted three weeks.", "The retrial lasted five weeks."),
        # a part of the event
        ("The eruption lasted two months.", "Its first phase lasted two weeks."),
        # another year
        ("The festival lasted four days in 2019.", "The three-day festival returned in 2022."),
        # another thing that lasted
        ("The blackout lasted for nine hours.", "The four-hour repair began at dawn."),
    ],
)
def test_event_lengths_that_can_both_hold_are_silent(first: str, later: str) -> None:
    assert con_rules(article(first, FILLER, later)) == []


def test_fixture_event_length_told_twice() -> None:
    from pathlib import Path

    import auditor

    path = Path(__file__).resolve().parent.parent / "fixtures" / "articles" / "CON003-event-length-told-twice.md"
    found = [f for f in auditor.audit_path(path).findings if f.rule == "CON003"]
    assert len(found) == 1
    assert "six-day" in found[0].message


@pytest.mark.parametrize(
    ("first", "later"),
    [
        ("The team won a CAD 4,200 grant from the province.", "The $4,200 grant will pay for new kit."),
        ("The museum has an AUD 2 million budget.", "The 2 million dollar budget covers the staff."),
        ("The lab has a ¥40 million budget.", "The 40 million yuan budget pays for two telescopes."),
    ],
)
def test_one_sum_written_with_a_shared_sign_is_silent(first: str, later: str) -> None:
    assert con_rules(article(first, FILLER, later)) == []


def test_a_shared_sign_against_a_currency_that_never_writes_it_is_found() -> None:
    assert "CON003" in con_rules(article("The museum has a £2 million budget.", FILLER, "The $2 million budget covers staff."))


# a length fronted before a verb that ends the event ("After six days on strike, the workers returned")
ENDED_PAIRS = [
    ("The strike lasted eleven days and ended on a Friday.", "After six days on strike, the workers returned on Friday.",
     "After eleven days on strike, the workers returned on Friday."),
    ("The five-week strike ended in May.", "After three weeks on strike, the nurses returned to work.",
     "After five weeks on strike, the nurses returned to work."),
    ("The siege lasted 14 weeks.", "After nine weeks under siege, the town surrendered.",
     "After 14 weeks under siege, the town surrendered."),
    ("The talks lasted three days.", "After two days of talks, the unions reached a deal.",
     "After three days of talks, the unions reached a deal."),
    ("The occupation lasted four years.", "After two years of occupation, the troops went back home.",
     "After four years of occupation, the troops went back home."),
    ("The lockout lasted ten weeks.", "After six weeks of the lockout, the company called off the dispute.",
     "After ten weeks of the lockout, the company called off the dispute."),
]


@pytest.mark.parametrize(("first", "contradicting", "agreeing"), ENDED_PAIRS)
def test_a_length_before_the_end_of_the_event_is_found(first: str, contradicting: str, agreeing: str) -> None:
    assert "CON003" in con_rules(article(first, FILLER, contradicting))
    assert con_rules(article(first, FILLER, agreeing)) == []


@pytest.mark.parametrize(
    ("first", "later"),
    [
        ("The strike lasted eleven days.", "After six days on strike, some workers returned."),
        ("The strike lasted eleven days.", "After six days on strike, the workers were angry."),
        ("The siege lasted 14 weeks.", "After nine weeks under siege, the garrison surrendered but the town held out."),
        ("The strike lasted eleven days.", "After six days, the strike spread to the docks."),
        ("The talks lasted three days.", "After two days of rain, the unions reached a deal."),
        ("The strike lasted eleven days.", "After six days on strike in 2019, the workers returned."),
    ],
)
def test_a_length_before_another_turn_is_silent(first: str, later: str) -> None:
    assert con_rules(article(first, FILLER, later)) == []


def test_fixture_length_before_the_end() -> None:
    from pathlib import Path

    import auditor

    path = Path(__file__).resolve().parent.parent / "fixtures" / "articles" / "CON003-length-before-the-end.md"
    found = [f for f in auditor.audit_path(path).findings if f.rule == "CON003"]
    assert len(found) == 1
    assert "three weeks" in found[0].message
