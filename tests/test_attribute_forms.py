"""One attribute of one thing told in two grammatical forms (issue 7, contra15): a compound modifier ("the 450-bed
hospital"), possession ("the hospital has 520 beds", "the museum's 55 rooms", "a workforce of 420", "its battery life
of 14 hours"), verbs of holding and measure ("seats", "sleeps", "employs", "stretches", "runs for"), an adjective after
a measure ("4 miles long", "800 years old"), a fronted or appositive measure ("At 650 seats, the hall", "The bridge,
420 metres long,"), a relative clause ("which employs 2,700 people"), and the first event of a thing in other words
("first opened its doors in 1975" / "was founded in 1979"). Each article is flagged and its consistent twin is silent;
traps (another thing of the kind, a part, a plan, a bound, a range, a rate, another time or dimension, a quotation, a
conversion) stay silent. Every sentence here is invented for the test."""

from __future__ import annotations

import pytest

from auditor.compare.openings import find_openings, opening_conflicts
from auditor.compare.traits import find_traits, trait_conflicts
from tests.test_everyday_contradictions import article, con_rules

FILLER = "Local reporters covered the story."

# (rule, first claim, later claim that contradicts it, the same later claim agreeing)
PAIRS = [
    ("CON003", "The Royal Aldgate is a 450-bed hospital on the river.", "The hospital has 520 beds, the trust said.",
     "The hospital has 450 beds, the trust said."),
    ("CON003", "Drivers use the 6-mile tunnel to reach the coast.", "The tunnel is 4 miles long and was dug by hand.",
     "The tunnel is 6 miles long and was dug by hand."),
    ("CON003", "Visitors can walk through the museum's 55 rooms.", "The museum has 40 rooms spread over three floors.",
     "The museum has 55 rooms spread over three floors."),
    ("CON003", "The orchestra has 85 members.", "The 70-member orchestra tours Spain in June.",
     "The 85-member orchestra tours Spain in June."),
    ("CON003", "The report runs to 240 pages.", "The 180-page report was published on Monday.",
     "The 240-page report was published on Monday."),
    ("CON003", "The firm employs 350 staff.", "The firm, with a workforce of 420, is the town's biggest employer.",
     "The firm, with a workforce of 350, is the town's biggest employer."),
    ("CON003", "The bridge spans 300 metres.", "The bridge, 420 metres long, opened to traffic in May.",
     "The bridge, 300 metres long, opened to traffic in May."),
    ("CON003", "The battery lasts 10 hours on a charge.", "Reviewers praised its battery life of 14 hours.",
     "Reviewers praised its battery life of 10 hours."),
    ("CON003", "The screening runs for 95 minutes.", "The 120-minute screening is followed by a talk.",
     "The 95-minute screening is followed by a talk."),
    ("CON003", "The tower stands 120 metres tall.", "The 95-metre tower can be seen for miles.",
     "The 120-metre tower can be seen for miles."),
    ("CON003", "The trail stretches 26 miles along the coast.", "The 32-mile trail is waymarked in blue.",
     "The 26-mile trail is waymarked in blue."),
    ("CON003", "The reservoir is 30 metres deep.", "The reservoir, 45 metres deep, supplies two towns.",
     "The reservoir, 30 metres deep, supplies two towns."),
    ("CON003", "The charity employs 45 people.", "The charity has a staff of 60 and 300 volunteers.",
     "The charity has a staff of 45 and 300 volunteers."),
    ("CON003", "The abbey is 800 years old.", "Pilgrims visit the 600-year-old abbey every summer.",
     "Pilgrims visit the 800-year-old abbey every summer."),
    ("CON003", "The hall has 500 seats.", "At 650 seats, the hall is the largest in the county.",
     "At 500 seats, the hall is the largest in the county."),
    ("CON003", "The band has five members.", "The four-piece band plays on Friday.", "The five-piece band plays on Friday."),
    ("CON003", "The agency has 2,300 employees.", "The agency, which employs 2,700 people, will move to Leeds.",
     "The agency, which employs 2,300 people, will move to Leeds."),
    ("CON003", "The Fairhaven Lighthouse is 40 metres tall.", "At 55 metres tall, the lighthouse is the highest on the coast.",
     "At 40 metres tall, the lighthouse is the highest on the coast."),
    ("CON003", "The pier is 400 metres long.", "The pier, which stretches 550 metres out to sea, reopens in June.",
     "The pier, which stretches 400 metres out to sea, reopens in June."),
    ("CON003", "The hostel sleeps 40 guests.", "The 60-bed hostel is run by volunteers.", "The 40-bed hostel is run by volunteers."),
    ("CON003", "The Marlow cinema seats 320 people.", "Tickets for the 280-seat cinema sold out within an hour.",
     "Tickets for the 320-seat cinema sold out within an hour."),
    ("CON003", "The agency's budget is $3 billion.", "The agency's €3 billion budget will be debated in May.",
     "The agency's $3 billion budget will be debated in May."),
    ("CON003", "The club's membership stands at 650.", "The club has 400 members and three pitches.",
     "The club has 650 members and three pitches."),
    ("CON003", "The hospital's bed capacity is 450.", "The 520-bed hospital treats patients from three counties.",
     "The 450-bed hospital treats patients from three counties."),
    ("CON003", "The Penfold Academy is home to 900 pupils.", "The academy has 1,400 pupils on its roll.",
     "The academy has 900 pupils on its roll."),
    ("CON003", "The route measures 26 miles.", "Walkers on the 18-mile route pass four pubs.",
     "Walkers on the 26-mile route pass four pubs."),
    ("CON003", "Calder Haulage has a fleet of 120 lorries.", "The company's 95 lorries are serviced at Brigg.",
     "The company's 120 lorries are serviced at Brigg."),
    ("CON003", "The canal stretches 56 kilometres from Ely to the sea.", "Boaters love the 40-kilometre canal.",
     "Boaters love the 56-kilometre canal."),
    ("CON003", "The barn is 200 years old.", "The barn, 300 years old, was restored by volunteers.",
     "The barn, 200 years old, was restored by volunteers."),
    ("CON003", "The choir numbers 60 singers.", "The 45-voice choir sings at the abbey.", "The 60-voice choir sings at the abbey."),
    ("CON003", "The course runs for 12 weeks.", "Students on the eight-week course learn to weld.",
     "Students on the 12-week course learn to weld."),
    ("CON004", "The shop first opened its doors in 1962.", "The shop, set up in 1968, sells only local cheese.",
     "The shop, set up in 1962, sells only local cheese."),
    ("CON004", "The shop has been open since 1998.", "The shop opened in 2002 on the high street.",
     "The shop opened in 1998 on the high street."),
    ("CON004", "The museum opened for the first time in 1931.", "The museum first welcomed visitors in 1935.",
     "The museum first welcomed visitors in 1931."),
    ("CON004", "The Kell Gallery first opened its doors in 1975.", "The gallery was founded in 1979 by two painters.",
     "The gallery was founded in 1975 by two painters."),
    ("CON004", "The zoo welcomed its first visitors in 1931.", "The zoo opened in 1936 on a former farm.",
     "The zoo opened in 1931 on a former farm."),
    ("CON004", "The helpline began operating in 2015.", "The helpline was launched in 2017 by the council.",
     "The helpline was launched in 2015 by the council."),
    ("CON004", "The bakery opened in 1990.", "The bakery has traded on Mill Lane since it opened in 1994.",
     "The bakery has traded on Mill Lane since it opened in 1990."),
    ("CON004", "The Brackley Food Bank began operating in 2012.", "The food bank was set up in 2014 by three churches.",
     "The food bank was set up in 2012 by three churches."),
    ("CON004", "The rescue centre began operating in 1998.", "Founded in 2001, the rescue centre rehomes 500 dogs a year.",
     "Founded in 1998, the rescue centre rehomes 500 dogs a year."),
]


@pytest.mark.parametrize(("rule", "first", "contradicting", "agreeing"), PAIRS, ids=[p[3][:40] for p in PAIRS])
def test_contradiction_found(rule: str, first: str, contradicting: str, agreeing: str) -> None:
    assert con_rules(article(first, FILLER, contradicting)) == [rule]


@pytest.mark.parametrize(("rule", "first", "contradicting", "agreeing"), PAIRS, ids=[p[3][:40] for p in PAIRS])
def test_twin_is_silent(rule: str, first: str, contradicting: str, agreeing: str) -> None:
    assert con_rules(article(first, FILLER, agreeing)) == []


TRAPS = [
    # another thing of the kind, a part of the thing, a plan
    ("A 450-bed hospital is planned in Penrith.", "The trust's hospital has 520 beds."),
    ("The hospital has 520 beds.", "The new wing's 80 beds open in May."),
    ("The venue seats 400 people.", "Plans for a 600-seat hall were approved."),
    ("The museum has 40 rooms.", "The museum's 55 rooms of the east wing were repainted."),
    ("The orchestra has 85 members.", "The orchestra's youth section has 40 members."),
    ("The old bridge is 200 metres long.", "The new bridge is 350 metres long."),
    ("The firm employs 350 staff.", "Its rival employs 500 staff."),
    ("The tower has 14 storeys.", "A 20-storey tower is planned next door."),
    # bounds, ranges, targets, forecasts, each, averages
    ("The hall seats 400 people.", "Concerts draw 300 to 500 people to the hall."),
    ("The ferry carries 400 passengers.", "The ferry can carry up to 600 passengers in summer."),
    ("The firm employs 350 staff.", "The firm has more than 300 employees."),
    ("The charity has 45 staff.", "The charity aims to have 60 staff by 2028."),
    ("The orchestra has 70 members.", "The orchestra expects to have 90 members next year."),
    ("The hotel has 200 rooms.", "Each floor of the hotel has 20 rooms."),
    ("The school has 900 pupils.", "Classes at the school average 28 pupils."),
    ("The cinema seats 320 people.", "Each screen at the cinema seats 80 people."),
    ("The choir has 48 members.", "The choir hopes to reach 70 members by June."),
    # another time, another dimension, an occasion
    ("In 2019 the firm employed 300 people.", "The firm employs 420 people."),
    ("The surgery employs 22 staff.", "The surgery employed 15 staff in 2010."),
    ("The hostel sleeps 40 guests.", "The hostel slept 55 guests on new year's eve."),
    ("The tunnel is 4 miles long.", "The tunnel is 40 metres deep."),
    ("The canal is 56 kilometres long.", "The canal is 12 metres wide."),
    ("The 450-bed hospital serves the city.", "The hospital treated 520 patients last week."),
    ("The hall has 500 seats.", "The hall sold 650 seats for the final."),
    ("The tower is 120 metres tall.", "The tower's 95-metre mast was added in 1990."),
    # a quotation, a hypothetical, a conversion
    ("The tower is 120 metres tall.", '"The tower is 150 metres tall," a guide told us.'),
    ("The stadium holds 30,000 fans.", "If approved, the expansion would let the stadium hold 40,000 fans."),
    ("The agency's budget is $3 billion.", "The agency's €2.8 billion budget will be debated in May."),
    # first events of another thing, a later launch, a second start
    ("The museum opened in 1998.", "The museum's new wing opened in 2004."),
    ("The theatre opened in 1902.", "The theatre reopened in 1998 after a fire."),
    ("The firm was founded in 1950.", "The firm launched its website in 1999."),
    ("The firm was set up in 2004.", "The firm set up a Paris office in 2009."),
    ("The museum opened in 1998.", "The museum's dinosaur hall welcomed its first visitors in 2003."),
    ("The market was established in 1850.", "The market moved to the square in 1901."),
    ("The gallery was founded in 1975.", "The gallery opened in 1979 in a former chapel."),
    # a part of the owner, a distance, a start of another thing
    ("The club's membership stands at 650.", "The club's junior section has 400 members."),
    ("The tower stands 120 metres tall.", "The tower stands 90 metres above the river."),
    ("The route measures 26 miles.", "The route is 3 miles from the coast."),
    ("The shop has been open since 1998.", "The shop has been open on Sundays since 2010."),
    ("The firm employs 420 people.", "Calder Haulage, a rival, employs 600 people."),
    ("The course runs for 12 weeks.", "Each session of the course runs for two hours."),
    ("The club has 300 members.", "The club's 45 junior members train on Saturdays."),
    ("The barn is 200 years old.", "The barn's 300-year-old beams were saved."),
    ("The crossing takes 45 minutes.", "In a storm the crossing took three hours."),
    ("The brewery was founded in 1874.", "The brewery opened a visitor centre in 1990."),
]


@pytest.mark.parametrize(("first", "later"), TRAPS, ids=[t[1][:40] for t in TRAPS])
def test_traps_stay_silent(first: str, later: str) -> None:
    assert con_rules(article(first, FILLER, later)) == []


READINGS = [
    # (claim, thing, attribute, value in the attribute's base unit)
    ("The Royal Aldgate is a 450-bed hospital on the river.", "hospital", "beds", 450),
    ("The hospital has 520 beds.", "hospital", "beds", 520),
    ("Visitors can walk through the museum's 55 rooms.", "museum", "rooms", 55),
    ("The firm, with a workforce of 420, is hiring.", "firm", "staff", 420),
    ("The cottage sleeps eight.", "cottage", "beds", 8),
    ("The tunnel is 4 miles long.", "tunnel", "length/length", 4 * 1609.344),
    ("The tower stands 120 metres tall.", "tower", "length/height", 120),
    ("The reservoir, 45 metres deep, supplies two towns.", "reservoir", "length/depth", 45),
    ("The screening runs for 95 minutes.", "screening", "duration", 95 * 60),
    ("Reviewers praised its battery life of 14 hours.", "battery", "duration", 14 * 3600),
    ("The abbey is 800 years old.", "abbey", "age", 800),
    ("At 650 seats, the hall is the largest in the county.", "hall", "seats", 650),
]


@pytest.mark.parametrize(("claim", "thing", "attribute", "value"), READINGS, ids=[r[0][:40] for r in READINGS])
def test_each_form_is_read_as_thing_attribute_and_value(claim: str, thing: str, attribute: str, value: float) -> None:
    (trait,) = find_traits(0, claim)
    assert (trait.thing, trait.attribute) == (thing, attribute)
    assert (trait.low + trait.high) / 2 == pytest.approx(value)  # a round figure's range is centred on it


NOT_READ = [
    "A 450-bed hospital is planned in Penrith.",  # "a" that names no thing of the article
    "The playbook has four main sections.",  # no count noun right after the figure
    "The staff of 18F met on Monday.",  # a name, not a figure
    "The tower is 120 metres.",  # "is" with no dimension word
]


@pytest.mark.parametrize("claim", NOT_READ)
def test_not_read_as_an_attribute(claim: str) -> None:
    assert find_traits(0, claim) == []


def test_main_dimension_is_not_read_when_both_length_and_height_are_given() -> None:
    texts = ["The 300-metre bridge crosses the bay.", "The bridge is 40 metres high.", "The bridge is 300 metres long."]
    assert trait_conflicts(texts, frozenset()) == []


def test_opening_before_founding_conflicts_and_founding_before_opening_does_not() -> None:
    early_opening = ["The gallery first opened its doors in 1975.", "The gallery was founded in 1979."]
    late_opening = ["The gallery was founded in 1975.", "The gallery first opened its doors in 1979."]
    ((one, other),) = opening_conflicts(early_opening, frozenset())
    assert (one.kind, one.year, other.kind, other.year) == ("opened", 1975, "founded", 1979)
    assert opening_conflicts(late_opening, frozenset()) == []


def test_first_events_in_other_words_are_read() -> None:
    claims = {
        "The zoo welcomed its first visitors in 1931.": ("zoo", "opened", 1931),
        "Since its opening in 2001, the museum has had a million visitors.": ("museum", "opened", 2001),
        "The hospital, which opened in 1971, will close next year.": ("hospital", "opened", 1971),
        "Launched in 2008, the firm now sells in 30 countries.": ("firm", "founded", 2008),
        "The helpline began operating in March 2015.": ("helpline", "opened", 2015),
    }
    for claim, expected in claims.items():
        assert [(o.thing, o.kind, o.year) for o in find_openings(0, claim)] == [expected], claim
    assert find_openings(0, "The DAP officially launched in 2012.") == []  # a later, official launch
