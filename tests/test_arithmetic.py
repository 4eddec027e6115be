"""Figures of one claim (or two claims side by side) whose own arithmetic or calendar does not hold
(auditor.compare.arithmetic, auditor.compare.chronology; CON003). Every sentence here is invented for the test:
each kind in several wordings, its consistent twins, and traps built to tempt a reader."""

from __future__ import annotations

import datetime

import pytest

from auditor.compare.arithmetic import arithmetic_slips
from auditor.compare.chronology import career_slips, count_slips
from tests.conflicts import conflicts

TODAY = datetime.date(2026, 5, 14)


def kinds(*texts: str, today: datetime.date | None = TODAY) -> list[str]:
    """The kinds of slip found in the claims ``texts``."""
    slips = [*arithmetic_slips(texts), *count_slips(texts, today), *career_slips(texts)]
    return [s.kind for s in slips]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The Brookfield hospital has 120 staff: 70 nurses and 60 doctors.", True),
        ("The Kelso Rowing Club has 85 members, of whom 50 are juniors and 41 are adults.", True),
        ("The council's £12 million roads budget – £8 million for repairs and £6 million for junctions – was approved.", True),
        ("The school has 400 pupils, including 250 boys and 230 girls.", True),
        ("The school has 400 pupils, including 250 boys and 190 girls.", False),  # "400" may be rounded
        ("The festival sold 9,000 tickets: 6,000 in Leeds, 4,000 in York and 2,000 in Hull.", True),
        ("The festival sold 9,000 tickets: 5,000 in Leeds, 3,000 in York and 2,000 in Hull.", False),  # all rounded
        # twins: the parts fit
        ("The Brookfield hospital has 130 staff: 70 nurses and 60 doctors.", False),
        ("The school has 400 pupils, including 150 boys and 190 girls.", False),
        ("The festival sold 10,000 tickets: 5,000 in Leeds, 3,000 in York and 2,000 in Hull.", False),
        # traps: parts of another thing, parts that may overlap, a rounded whole, years, each
        ("Orion Freight runs 3 depots: 40 drivers in Leeds and 30 in York.", False),
        ("The club has 100 members, of whom 60 are women and 50 are retired.", False),
        ("The museum holds 5,000 objects, including 3,000 coins and 2,500 medals, some of them both.", False),
        ("The plant has about 1,000 workers: 520 on the day shift and 500 on the night shift.", False),
        ("The charity helped 120 families: 70 in 2024 and 60 in 2025.", False),
        ("The league has 20 teams: 25 players each and 5 coaches each.", False),
    ],
)
def test_parts_against_their_whole(text: str, found: bool) -> None:
    assert kinds(text) == (["parts"] if found else [])


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Passenger numbers rose 10%, from 200,000 to 180,000, the operator said.", True),
        ("Support for the mayor fell by 3 points to 45% from 52% in the survey.", True),
        ("Enrolment doubled from 40 to 60 pupils in two years.", True),
        ("The average rent increased by £150 a month, from £900 to £1,200.", True),
        ("Sales fell 40% last year, from 800 to 700 cars.", True),
        ("The waiting list was halved from 1,200 to 900 patients.", True),
        ("Output grew 40% from 1.2 to 1.3 million tonnes.", True),
        ("There was a 30% rise from 500 to 550 bookings.", True),
        # twins
        ("Passenger numbers rose 10%, from 200,000 to 220,000, the operator said.", False),
        ("Support for the mayor fell by 7 points to 45% from 52% in the survey.", False),
        ("Enrolment doubled from 40 to 80 pupils in two years.", False),
        ("The average rent increased by £300 a month, from £900 to £1,200.", False),
        ("Sales fell 12% last year, from 800 to 700 cars.", False),
        ("Output grew 8% from 1.2 to 1.3 million tonnes.", False),
        # traps: years, ranks, negatives, percentages of percentages read either way, rounding, two clauses
        ("Sales rose 10% from 2019 to 2023.", False),
        ("The club fell from 3rd to 10th place in the league.", False),
        ("The club dropped from No. 4 to No. 9.", False),
        ("Overnight temperatures rose from -3 to 5 degrees.", False),
        ("The share of renters rose 10% from 40% to 44%.", False),
        ("Turnout rose 4% from 40% to 44%.", False),
        ("Passenger numbers rose 12% from 1.2 million to 1.3 million.", False),
        ("Costs rose 10% last year, while revenue fell from 200,000 to 180,000.", False),
        ("Prices more than doubled from £40 to £95.", False),
        ("Prices nearly doubled from £40 to £75.", False),
        ("The plan moves the tax on share gains from 20% to 10%.", False),  # "gains" names a thing here
        ("Lowering the levy on farm gains from 9% to 4% was approved.", False),
    ],
)
def test_a_change_against_its_endpoints(text: str, found: bool) -> None:
    assert kinds(text) == (["change"] if found else [])


@pytest.mark.parametrize(
    ("texts", "found"),
    [
        (("The 14-member board met on Tuesday.", "All 16 board members backed the plan."), True),
        (("The nine-member council voted on Friday, and all 11 council members supported the park.",), True),
        (("The 30-strong choir sang first.", "All 28 choir members wore red."), True),
        (("The five-member panel met, and all six members of the panel agreed.",), True),
        # twins
        (("The 14-member board met on Tuesday.", "All 14 board members backed the plan."), False),
        (("The nine-member council voted on Friday, and all nine council members supported the park.",), False),
        # traps: a size that changed, another group, a group two claims away
        (("The seven-member board was expanded to nine in March; all nine board members now meet monthly.",), False),
        (("The 14-member board met on Tuesday.", "All 16 council members backed the plan."), False),
        (("The 12-member team trained on Friday and all 16 players attended the dinner.",), False),
        (("The 14-member board met on Tuesday.", "The vote was close.", "All 16 board members backed the plan."), False),
    ],
)
def test_a_size_against_all_of_the_group(texts: tuple[str, ...], found: bool) -> None:
    assert kinds(*texts) == (["size"] if found else [])


@pytest.mark.parametrize(
    ("texts", "found"),
    [
        (("Two thirds of members voted for the strike.", "In all, 40% of members backed the strike."), True),
        (("More than half of the members approved the merger; 38% of members supported the merger.",), True),
        (("A quarter of residents opposed the scheme, and 60% of residents opposed the scheme in the count.",), True),
        # twins
        (("Two thirds of members voted for the strike.", "In all, 67% of members backed the strike."), False),
        (("More than half of the members approved the merger; 58% of members supported the merger.",), False),
        # traps: another object, another group, another year, a rounded fraction, the other act
        (("Two thirds of members voted for the strike.", "In all, 40% of members backed the pay offer."), False),
        (("Two thirds of Labour members backed the plan, while 40% of Green members backed the plan.",), False),
        (("About a third of residents supported the scheme; 38% of residents supported the scheme.",), False),
        (("Two thirds of members voted for the strike in 2019, and 40% of members voted for the strike in 2024.",), False),
        (("Two thirds of members voted for the strike, and 40% of members voted against the strike.",), False),
    ],
)
def test_a_fraction_against_a_percentage(texts: tuple[str, ...], found: bool) -> None:
    assert kinds(*texts) == (["share"] if found else [])


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The Harbour Jazz Festival, now in its 25th year, began in 2005.", True),
        ("Founded in 1996, the bakery celebrates its 40th anniversary this week.", True),
        ("In 2019 the race, first held in 1990, was staged as the 45th annual race.", True),
        ("The show, launched in 2001, is now in its thirty-second season.", True),
        ("Born in 1950, she celebrates her 80th birthday today.", False),  # "her", not "its": a person is not read
        # twins, with a year of slack
        ("The Harbour Jazz Festival, now in its 22nd year, began in 2005.", False),
        ("The Harbour Jazz Festival, now in its 21st year, began in 2005.", False),
        ("Founded in 1996, the bakery celebrates its 30th anniversary this week.", False),
        ("In 2019 the race, first held in 1990, was staged as the 28th annual race.", False),
        # traps: another thing's anniversary, a past or future year, an edition that is not annual
        ("The museum, founded in 1990, marks the 50th anniversary of the moon landing.", False),
        ("The fair, which began in 2001, was in its 10th year when the flood came.", False),
        ("The festival will celebrate its 25th year next summer; it began in 2003.", False),
        ("The race, first held in 2010, returns for its 30th edition.", False),
    ],
)
def test_an_ordinal_count_of_years(text: str, found: bool) -> None:
    assert kinds(text) == (["ordinal"] if found else [])


def test_an_ordinal_count_needs_a_year_to_be_said_of() -> None:
    assert kinds("The Harbour Jazz Festival, now in its 25th year, began in 2005.", today=None) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Dana Reyes joined Harwell Motors in 2012 and became its chief executive in 2010.", True),
        ("Tom Vane was first elected to the council in 2014 and re-elected in 2010.", True),
        ("The shop was founded in 1998 and closed in 1994, its former owner said.", True),
        ("She joined the orchestra in March 2015 and left in 2013.", True),
        ("The studio opened in 2009 and closed its doors in 2004.", True),
        ("Ana Ruiz was born in 1990 and graduated from Leeds in 1985.", True),
        ("Ana Ruiz was born in 1990 and died in 1985.", True),
        ("Ana Ruiz was born in 1990 and joined the army in 2008.", False),
        # twins
        ("Dana Reyes joined Harwell Motors in 2002 and became its chief executive in 2010.", False),
        ("Tom Vane was first elected to the council in 2014 and re-elected in 2018.", False),
        # traps: another thing's year, another subject, another object, the other order of telling
        ("Dana Reyes joined the firm founded in 2012 by her brother and became its chair in 2020.", False),
        ("Tom Vane joined the party in 2012, and his wife became its treasurer in 2010.", False),
        ("Ben Cole joined the firm in 2012 and became a father in 2010.", False),
        ("Ben Cole joined the firm in 2012 and left the country in 2010.", False),
        ("Ben Cole became its director in 2010 after he joined in 2008.", False),
    ],
)
def test_a_career_in_an_impossible_order(text: str, found: bool) -> None:
    assert kinds(text) == (["career"] if found else [])


def test_slips_are_reported_as_con003_on_their_claims() -> None:
    single = conflicts("CON003", "The Brookfield hospital has 120 staff: 70 nurses and 60 doctors.")
    assert [(related, values) for _, related, values in single] == [((), ["120", "70 + 60"])]
    paired = conflicts("CON003", "The 14-member board met on Tuesday.", "All 16 board members backed the plan.")
    assert [(claim, related) for claim, related, _ in paired] == [("c2", ("c1",))]


def test_dialogue_is_not_read() -> None:
    assert list(arithmetic_slips(["Enrolment doubled from 40 to 60 pupils."], frozenset({0}))) == []
