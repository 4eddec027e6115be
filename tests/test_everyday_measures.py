"""One quantity stated twice in everyday words (issue 7): each article is flagged (CON003), and the same article
with the figures agreeing is silent; articles that give two different quantities stay silent. Every sentence
here is invented for the test."""

from __future__ import annotations

import pytest

from tests.test_everyday_contradictions import article, con_rules

FILLER = "Local reporters covered the story."

# (first claim, later claim with a figure that disagrees, the same later claim with the figure agreeing)
RESTATED = [
    # a capacity told in a relative clause, then as the thing's possessive count (contra15: compare/traits.py)
    ("The stadium, which seats 42,000 fans, opened in spring.",
     "The stadium's 24,000 fans sang at every match.",
     "The stadium's 42,000 fans sang at every match."),
    # a level its subject has, told with the month of an event (contra11: an owned level is not dated by it)
    ("The district has 52,000 residents.",
     "The district's 25,000 residents vote in May.",
     "The district's 52,000 residents vote in May."),
    # a staff or membership said with the noun before its figure, then described with its owner as a pronoun
    ("The group has a staff of 4,100 nurses across its sites.",
     "Recruiting remains hard for the 3,800 nurses it employs.",
     "Recruiting remains hard for the 4,100 nurses it employs."),
    ("The Dunmore trust has a workforce of 2,600 porters.",
     "Morale is low among the 2,200 porters it employs.",
     "Morale is low among the 2,600 porters it employs."),
    ("The Halden co-operative has a membership of 9,400 farmers.",
     "Prices matter most to the 4,900 farmers it has.",
     "Prices matter most to the 9,400 farmers it has."),
    ("The Pellow club has 1,850 members.",
     "Fees were frozen for the 1,580 members it has.",
     "Fees were frozen for the 1,850 members it has."),
    ("The union has a membership of 46,000 teachers.",
     "Ballot papers went to the 64,000 teachers it has.",
     "Ballot papers went to the 46,000 teachers it has."),
    # a population: "home to", "a city of N people", "has a population of", residents and people
    ("The city of Northvale, which has about 980,000 residents, funds part of the budget.",
     "The city, home to about 1.2 million people, also owns the land.",
     "The city, home to about 980,000 people, also owns the land."),
    ("Northvale has a population of about 980,000.",
     "Northvale, a city of 1.2 million people, is growing.",
     "Northvale, a city of about 980,000 people, is growing."),
    ("Carrow has 14,000 residents.",
     "Carrow, a town of 41,000 people, sits on the coast.",
     "Carrow, a town of 14,000 people, sits on the coast."),
    ("The island has a population of 2,300.",
     "The ferry links the island, home to 3,200 people, with the mainland.",
     "The ferry links the island, home to 2,300 people, with the mainland."),
    ("Brenlow, a village of 640 inhabitants, has one shop.",
     "Brenlow has 460 residents and two pubs.",
     "Brenlow has 640 residents and two pubs."),
    # money: a budget, a price, a fee restated by a definite description
    ("The council approved a $412 million transit budget.",
     "The $421 million budget also funds a fare cap.",
     "The $412 million budget also funds a fare cap."),
    ("The museum set a €9 million restoration budget.",
     "The €6 million budget covers the roof and the windows.",
     "The €9 million budget covers the roof and the windows."),
    # lengths and areas: said as a level, then as a modifier
    ("The Tarn crossing spans 860 metres from bank to bank.",
     "Drivers will pay a toll to use the 680-metre crossing.",
     "Drivers will pay a toll to use the 860-metre crossing."),
    ("The Ashby tunnel runs 3.2 km under the hill.",
     "Fans clean the air in the 2.3 km tunnel.",
     "Fans clean the air in the 3.2 km tunnel."),
    ("The Morrow estate covers 450 hectares.",
     "Deer roam the 540-hectare estate.",
     "Deer roam the 450-hectare estate."),
    ("The Linden dam is 95 metres tall.",
     "Walkers cross the top of the 59-metre dam.",
     "Walkers cross the top of the 95-metre dam."),
    # shares stated twice in other words
    ("The Ferrow fibre network reaches 35% of households in the county.",
     "Officials say the network now reaches 53 per cent of households in the county.",
     "Officials say the network now reaches 35 per cent of households in the county."),
    ("The clinic vaccinated 72% of pupils in the town.",
     "In all, the clinic vaccinated 27 per cent of pupils in the town.",
     "In all, the clinic vaccinated 72 per cent of pupils in the town."),
    # counts of things: possessive, pronoun owner, relative clause
    ("The Kelby library holds 82,000 books.",
     "The library's 28,000 books are being catalogued.",
     "The library's 82,000 books are being catalogued."),
    ("The Casterby school has a roll of 1,240 pupils.",
     "Lunches are free for the 1,420 pupils it teaches.",
     "Lunches are free for the 1,240 pupils it teaches."),
    ("The Orla hotel has 210 rooms.",
     "Guests praised the hotel's 120 rooms.",
     "Guests praised the hotel's 210 rooms."),
    ("The charity employs 350 volunteers.",
     "Training is offered to the 530 volunteers it employs.",
     "Training is offered to the 350 volunteers it employs."),
    ("The Renwick farm has a herd of 400 cows.",
     "Milk from the 600 cows it has goes to the dairy.",
     "Milk from the 400 cows it has goes to the dairy."),
]


@pytest.mark.parametrize(("first", "flagged", "agreeing"), RESTATED, ids=[f"restated-{n}" for n in range(len(RESTATED))])
def test_one_quantity_restated_in_other_words(first: str, flagged: str, agreeing: str) -> None:
    assert con_rules(article(first, FILLER, flagged)) == ["CON003"]
    assert con_rules(article(first, FILLER, agreeing)) == []


# Misses left: the same shape, but another part of the claim keeps the two figures apart (reason given).
MISSED = [
    ("The Verrin bus company runs a fleet of 320 buses.",
     "Drivers maintain the 230 buses it has in two depots.",
     "Drivers maintain the 320 buses it has in two depots.",
     "a phrase after 'it has' may say which of them ('in two depots' is read like 'on display')"),
    ("The board agreed a £36 million library budget.",
     "The £63 million budget pays for two new branches.",
     "The £36 million budget pays for two new branches.",
     "'new' in the predicate is read as an ordinal of the figure"),
    ("The town paid $2.4 million for the Tarrow mill site.",
     "The $4.2 million site will hold a school.",
     "The $2.4 million site will hold a school.",
     "the earlier price names its thing after 'for' (no noun right after the figure)"),
    ("The ministry signed a $75 million radar contract.",
     "The $57 million contract runs until the end of the decade.",
     "The $75 million contract runs until the end of the decade.",
     "'decade' in the predicate dates the claim"),
    ("Harlow Zoo has 640 animals.",
     "Keepers feed the 460 animals it houses twice a day.",
     "Keepers feed the 640 animals it houses twice a day.",
     "a frequency ('twice a day') is read as a period"),
    ("The Arden hospital has 900 beds.",
     "Its 1,100 beds are full most winters.",
     "Its 900 beds are full most winters.",
     "a frequency ('most winters') is read as a period"),
    ("The Grey Street mosque serves 3,000 worshippers.",
     "Its 30,000 worshippers raised money for the roof.",
     "Its 3,000 worshippers raised money for the roof.",
     "the verb after the noun ('raised') is read as part of the noun and as a change"),
]


@pytest.mark.parametrize(("first", "flagged", "agreeing", "reason"), MISSED, ids=[f"missed-{n}" for n in range(len(MISSED))])
def test_restated_but_still_missed(first: str, flagged: str, agreeing: str, reason: str) -> None:
    assert con_rules(article(first, FILLER, agreeing)) == []
    if con_rules(article(first, FILLER, flagged)) != ["CON003"]:
        pytest.xfail(reason)
    pytest.fail(f"now found: move it to RESTATED ({reason} no longer holds it apart)")


# Two different quantities: other places, years, parts, sources, changes, things and times.
CLEAN = [
    ("Northvale has a population of 980,000.", "Easton, a city of 1.2 million people, lies to the south."),
    ("Carrow has 14,000 residents.", "The county, home to 410,000 people, is mostly farmland."),
    ("The city had 980,000 residents in 2010.", "The city, home to 1.2 million people in 2024, is growing."),
    ("The group has a staff of 4,100 nurses.", "The 380 nurses it employs in its Elgin ward work nights."),
    ("The group has a staff of 4,100 nurses.", "The group hired 380 nurses last year."),
    ("The group has a staff of 4,100 nurses.", "Officials expect the group to employ 5,000 nurses by 2030."),
    ("The council approved a $412 million transit budget.", "The $90 million housing budget was cut."),
    ("The council approved a $412 million transit budget.", "A $421 million budget was proposed by the mayor."),
    ("The council approved a $412 million budget in 2023.", "The $421 million budget for 2024 funds a fare cap."),
    ("The old bridge spans 860 metres.", "The new bridge spans 680 metres."),
    ("The Tarn crossing spans 860 metres.", "Drivers use the 680-metre Ellis bridge upstream."),
    ("The union has 46,000 members.", "The union's members in Wales number 6,400."),
    ("The network reaches 35% of households in the county.", "The network reaches 53% of households in the city."),
    ("The network reaches 35% of households.", "The network aims to reach 53% of households by 2027."),
    ("The club has 1,850 members.", "The club's membership rose by 185 members this year."),
    ("The club has 1,850 members, the treasurer said.", "The club has 1,580 members, a rival claimed."),
    ("Harlow Zoo has 640 animals.", "Harlow Zoo has 46 animals in its reptile house."),
    ("The zoo has 640 animals, from 120 species.", "Keepers feed the 460 animals of its farm park."),
    ("The hotel has 210 rooms.", "The hotel next door has 120 rooms."),
    ("The Arden hospital has 900 beds.", "The Crane hospital has 1,100 beds."),
    ("The estate covers 450 hectares.", "The estate's woodland covers 54 hectares."),
    ("The school has 1,240 pupils.", "The school has 124 pupils in its sixth form."),
    ("Northvale has a population of 980,000.", "Northvale's population grew by 12,000 last year."),
    ("The city has a budget of $412 million.", "The city spent $421 million on schools."),
    # a description or possessive that says which of them, or which of two things
    ("The council approved a $412 million budget.", "The $421 million budget the mayor proposed was rejected."),
    ("The museum has 12,000 paintings.", "The 1,200 paintings it has on display are insured."),
    ("The group employs 4,100 nurses.", "The 3,800 nurses it employs full-time get a bonus."),
    ("The club has 1,850 members.", "The 150 members it has lost will be contacted."),
    ("The firm has a debt of $40 million.", "The $60 million loan was repaid."),
    ("Northvale, a city of 980,000 people, votes today.", "The county, home to 1.2 million people, votes too."),
    ("The firm spent $5 million on ads.", "The $3 million campaign ran in spring."),
    ("The hospital has 900 beds.", "The 90 beds it has for children are new."),
    ("The park covers 450 hectares.", "The park's lake covers 45 hectares."),
    ("The library holds 82,000 books.", "The library's 8,200 rare books are kept apart."),
    ("The zoo has 640 animals.", "The 46 animals it has in quarantine are healthy."),
    ("The nation, home to 5 million people, voted.", "The capital, home to 1 million people, voted too."),
    ("The city has a population of 980,000.", "The 1.2 million people it serves include commuters."),
    ("The council approved a $412 million transit budget.",
     "A separate $90 million budget covers housing. The $90 million budget also funds a fare cap."),
]


@pytest.mark.parametrize(("first", "second"), CLEAN, ids=[f"clean-{n}" for n in range(len(CLEAN))])
def test_two_different_quantities_stay_silent(first: str, second: str) -> None:
    assert con_rules(article(first, FILLER, second)) == []


@pytest.mark.parametrize(
    ("before", "is_placed"),
    [
        (("northvale", "a", "city", "of"), True),
        (("the", "island", "home", "to"), True),
        (("a", "staff", "of"), False),  # a noun before "of", not a place
        (("sales", "rose", "to"), False),  # the end of a change
        (("the", "city", "of"), False),  # "the city of Northvale": a name follows, not a figure
    ],
)
def test_a_place_in_apposition(before: tuple[str, ...], is_placed: bool) -> None:
    from auditor.compare.owners import placed

    assert placed(before) is is_placed


def test_the_noun_before_of_is_what_a_figure_counts() -> None:
    from auditor.compare.measures import find_measures

    (population,) = find_measures(0, "Northvale has a population of about 980,000.")
    (people,) = find_measures(0, "Northvale, a city of 1.2 million people, is growing.")
    (staff,) = find_measures(0, "The firm has a workforce of 1,300.")
    assert population.noun == people.noun  # residents, however they are named
    assert staff.noun and staff.noun != population.noun
