"""Contradictions in everyday wording: each article is flagged, and the same article with the contradiction
taken out is silent. Every sentence here is invented for the test."""

from __future__ import annotations

import datetime

import pytest

import auditor
from auditor.compare.frames import attribution, change_of, concept
from auditor.compare.quantities import find_quantities
from auditor.compare.statements import stem
from auditor.offices.context import hypothetical, past_act
from auditor.relative_dates import relative_periods


def con_rules(text: str) -> list[str]:
    report = auditor.audit_text(text, input_format="markdown", source="t.md")
    return sorted(f.rule for f in report.findings if f.rule.startswith("CON"))


def article(*sentences: str, date: str = "2024-05-02") -> str:
    return f"---\ndate: {date}\n---\n\n" + "\n\n".join(sentences) + "\n"


# (rules expected, the sentences with the contradiction, the same with it taken out)
PAIRS = [
    (
        ["CON003"],
        ("Kessock Dairy employs 640 workers at its Elgin creamery.", "The creamery opened in 1962.",
         "The Elgin creamery has a workforce of 710 employees, the dairy said."),
        ("Kessock Dairy employs 640 workers at its Elgin creamery.", "The creamery opened in 1962.",
         "The Elgin creamery has a workforce of 640 employees, the dairy said."),
    ),
    (
        ["CON003"],
        ("The Ridley viaduct is 1.2 km long.", "Trains cross it every ten minutes.",
         "Passengers can see the sea from the 1,900-metre viaduct."),
        ("The Ridley viaduct is 1.2 km long.", "Trains cross it every ten minutes.",
         "Passengers can see the sea from the 1,200-metre viaduct."),
    ),
    (
        ["CON003"],
        ("Harwick library's e-book service reaches 18% of adults in the borough.", "Its app was rebuilt last year.",
         "Librarians say the service now reaches 81 per cent of adults in the borough."),
        ("Harwick library's e-book service reaches 18% of adults in the borough.", "Its app was rebuilt last year.",
         "Librarians say the service now reaches 18 per cent of adults in the borough."),
    ),
    (
        ["CON003"],
        ("Lowther Primary has 240 pupils.", "It was rated outstanding in 2021.",
         "The school's three hundred and ten pupils wear green blazers."),
        ("Lowther Primary has 240 pupils.", "It was rated outstanding in 2021.",
         "The school's two hundred and forty pupils wear green blazers."),
    ),
    (
        ["CON003"],
        ("The Quarry Lane festival drew 12,000 visitors in 2022.", "Food stalls lined the river.",
         "In 2022, the festival attracted 21,000 visitors."),
        ("The Quarry Lane festival drew 12,000 visitors in 2022.", "Food stalls lined the river.",
         "In 2022, the festival attracted 12,000 visitors."),
    ),
    (
        ["CON003"],
        ("The Alder Hall orchestra has 85 musicians.", "It tours abroad every spring.",
         "The orchestra's 58 musicians rehearse on Tuesdays."),
        ("The Alder Hall orchestra has 85 musicians.", "It tours abroad every spring.",
         "The orchestra's 85 musicians rehearse on Tuesdays."),
    ),
    (
        ["CON005"],
        ("Sales rose 4% last year.", "The shop on Quay Street closed.", "Sales fell 4% last year."),
        ("Sales rose 4% last year.", "The shop on Quay Street closed.", "Sales rose 4% last year, its owners say."),
    ),
    (
        ["CON004"],
        ("The Brannock Theatre Company was founded in 1987 by three actors.", "It tours the coast every summer.",
         "Since its founding in 1979, the company has staged forty plays."),
        ("The Brannock Theatre Company was founded in 1987 by three actors.", "It tours the coast every summer.",
         "Since its founding in 1987, the company has staged forty plays."),
    ),
    (
        ["CON005"],
        ("The Orrin lifeboat crew has never missed a callout in winter.", "Its volunteers train on Thursdays.",
         "The Orrin lifeboat crew missed three callouts in winter 2022."),
        ("The Orrin lifeboat crew has never missed a callout in winter.", "Its volunteers train on Thursdays.",
         "The Orrin lifeboat crew answered three callouts in winter 2022."),
    ),
    (
        ["CON003"],
        ("The Corran pier reaches 300 metres into the loch.", "Ferries call twice a day.",
         "The 450-metre pier was opened in 1911 by the harbour board."),
        ("The Corran pier reaches 300 metres into the loch.", "Ferries call twice a day.",
         "The 300-metre pier was opened in 1911 by the harbour board."),
    ),
    (
        ["CON004"],
        ("The orchestra was founded in 1962.", "It plays in the town hall.",
         "Since its founding in 1958, the orchestra has won twelve prizes."),
        ("The orchestra was founded in 1962.", "It plays in the town hall.",
         "Since its founding in 1962, the orchestra has won twelve prizes."),
    ),
    (
        ["CON004"],
        ("The ferry service was launched in May 2003.", "Boats leave every hour.",
         "The ferry service was launched in June 2004 with two boats."),
        ("The ferry service was launched in May 2003.", "Boats leave every hour.",
         "The ferry service was launched in May 2003 with two boats."),
    ),
    (
        ["CON003"],
        ("The Askern trust employs 2,900 midwives across its four sites.", "Its wards are busy.",
         "The 2,300 midwives it employs were offered a new contract."),
        ("The Askern trust employs 2,900 midwives across its four sites.", "Its wards are busy.",
         "The 2,900 midwives it employs were offered a new contract."),
    ),
]


@pytest.mark.parametrize(
    "sentences",
    [
        # Another orchestra in the article: "the orchestra" may be either.
        ("The orchestra was founded in 1962.", "A youth orchestra plays in the same hall.",
         "The orchestra was founded in 1958, its players say."),
        # "its" belongs to the thing its own claim names.
        ("The orchestra was founded in 1962.", "Since its founding in 1958, the choir has sung at every concert."),
    ],
)
def test_a_description_is_one_thing_only_when_the_article_has_one(sentences: tuple[str, ...]) -> None:
    assert con_rules(article(*sentences)) == []


@pytest.mark.parametrize(
    "sentences",
    [
        # The year dates the figure itself: another year may give another length.
        ("In 2015, the Tolley bridge spanned 860 metres.", "The 680-metre bridge opened in 2019."),
        # The claim speaks of a change of size: its year dates the change.
        ("The Tolley bridge spans 860 metres.", "The 680-metre bridge was extended in 2019."),
        # An ordinal said of the figure's own thing too ("in its new wing") still tells it apart.
        ("The Tolley trust has 640 cleaners.", "In its new wing, the 90 cleaners it employs were given a new rota."),
        # A figure that is not a dimension of the thing keeps its claim's years.
        ("The Tolley trust employs 860 staff.", "The 680 staff it employs were given a pay rise in 2019."),
    ],
)
def test_years_that_date_the_figure_keep_it_apart(sentences: tuple[str, ...]) -> None:
    assert con_rules(article(*sentences)) == []


@pytest.mark.parametrize(("rules", "flagged", "clean"), PAIRS, ids=[p[0][0] + f"-{n}" for n, p in enumerate(PAIRS)])
def test_found_and_silent_without_it(rules: list[str], flagged: tuple[str, ...], clean: tuple[str, ...]) -> None:
    assert con_rules(article(*flagged)) == rules
    assert con_rules(article(*clean)) == []


def test_office_holder_in_the_articles_own_days() -> None:
    text = article("Chancellor Olaf Scholz said on Tuesday that the rail reform would pass.", date="2025-09-18")
    assert con_rules(text) == ["CON002"]
    assert con_rules(article("Chancellor Friedrich Merz said on Tuesday that the rail reform would pass.",
                             date="2025-09-18")) == []


def test_two_holders_of_one_office_this_week() -> None:
    text = article(
        "Prime Minister Mark Carney told parliament on Monday that the budget was balanced.",
        "Farmers protested outside the building.",
        "Prime Minister Justin Trudeau said yesterday that the budget was not balanced.",
        date="2025-06-11",
    )
    assert con_rules(text) == ["CON001", "CON002"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Investors are pricing in a possible second Trump administration.",
        "The incoming Trump administration has said it will review the rule.",
        "President-elect Trump has named his trade adviser.",
        "A Trump administration would end the programme.",
        "The programme still runs under an executive order President Trump signed.",
        "The rule issued by the Trump administration is still in force.",
    ],
)
def test_possibilities_transitions_and_past_acts_claim_no_office(sentence: str) -> None:
    assert con_rules(article(sentence, "The Biden administration is reviewing the rule this month.",
                             date="2024-06-20")) == []


def test_periods_after_the_data_are_unknown() -> None:
    from auditor.offices import as_of

    late = as_of() + datetime.timedelta(days=40)
    text = article("The Biden administration is reviewing the rule this month.", date=late.isoformat())
    assert con_rules(text) == []


def test_dialogue_turns_and_sources_are_not_the_article() -> None:
    transcript = article(
        "Jo Marsh: Does the archive still exist?", "Sam Ode: That still exists.",
        "Jo Marsh: So the archive doesn't exist now?", "Sam Ode: No, no, that still exists.",
    )
    assert con_rules(transcript) == []
    sources = article("Police said 40 people were hurt at the match.", "Organisers said 12 people were hurt at the match.")
    assert con_rules(sources) == []
    releases = article("Release 3.2 of the Fennel toolkit has six bug fixes.", "Release 3.3 of the Fennel toolkit has four bug fixes.")
    assert con_rules(releases) == []


# ---------------------------------------------------------------- the mechanisms


@pytest.mark.parametrize(
    ("text", "value", "unit", "adjective"),
    [
        ("spans 860 metres", 860, "length", False),
        ("the 680-metre crossing", 680, "length", True),
        ("a 0.86 km bridge", 860, "length", False),
        ("a 12-storey block", 12, "height", True),
        ("35 per cent of homes", 35, "%", False),
        ("three hundred and ten pupils", 310, "", False),
        ("a two-storey house", 2, "height", True),
    ],
)
def test_quantities_with_units(text: str, value: float, unit: str, adjective: bool) -> None:
    (q,) = find_quantities(text)
    assert (q.value, q.unit, q.adjective) == (pytest.approx(value), unit, adjective)


def test_bounds_after_a_figure() -> None:
    (q,) = find_quantities("a depth of five or less")
    assert (q.low, q.high) == (0.0, 5.0)


def test_synonyms_and_changes() -> None:
    assert concept("employe") == concept("workforc") == concept("staff")
    assert change_of(["cut", "jobs"]) == "cut" and change_of(["employs"]) == ""


@pytest.mark.parametrize(
    ("text", "speaker_words"),
    [
        ("Officials say the network reaches half the county.", {"official"}),
        ("The network reaches half the county, the company said.", {"company"}),
        ("The network reaches half the county, according to the regulator.", {stem("regulator")}),
    ],
)
def test_attribution(text: str, speaker_words: set[str]) -> None:
    found = attribution(text)
    assert found is not None and found.speaker == speaker_words


def test_no_attribution_when_the_verb_takes_an_object() -> None:
    assert attribution("The harbour reported 6 visitors in May.") is None


def test_relative_dates_are_anchored_to_the_article() -> None:
    today = datetime.date(2024, 9, 12)
    found = dict(relative_periods("He said yesterday that last month was slow.", today))
    assert list(found.values()) == [
        (datetime.date(2024, 9, 11), datetime.date(2024, 9, 11)),
        (datetime.date(2024, 8, 1), datetime.date(2024, 8, 31)),
    ]
    ((_, (first, last)),) = relative_periods("She spoke on Monday.", today)
    assert first <= today <= last


def test_office_context() -> None:
    sentence = "Donors are weighing a potential second Trump administration."
    start = sentence.index("Trump")
    assert hypothetical(sentence, start, start + len("Trump administration"))
    sentence = "It rests on an order President Obama signed."
    start = sentence.index("President")
    assert past_act(sentence, start, start + len("President Obama"))
    sentence = "President Obama said on Monday that the order stands."
    assert not hypothetical(sentence, 0, 15) and not past_act(sentence, 0, 15)


def test_the_articles_days_date_speakers_not_owners() -> None:
    """ "X said on Tuesday" is about the article's days; "X's rules, which took effect last month" is not about
    who held office last month."""
    assert con_rules(article("The Biden administration said on Tuesday it would review the rules.", date="2025-03-10")) == [
        "CON002"
    ]
    owners = article(
        "The Biden administration's rules, which took effect last month, cover small farms.",
        "Officials said last week that the Obama administration's guidance still applies.",
        date="2025-03-10",
    )
    assert con_rules(owners) == []


def test_text_in_another_script_is_not_compared() -> None:
    assert con_rules(article("Обжаривать, помешивая, около 3 минут.", "Запекать в духовке около 20 минут.")) == []


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        (("The north terminal handled 4.1 million passengers in 2023.", "The south terminal handled 1.4 million passengers in 2023."), []),
        (("The new bridge spans 860 metres.", "The old bridge spans 680 metres."), []),
        (("The bridge spans 860 metres.", "The old bridge spans 680 metres."), []),
        (("The north terminal handled 4.1 million passengers in 2023.", "The north terminal handled 1.4 million passengers in 2023."), ["CON003"]),
        (("The bridge spans 860 metres.", "The bridge spans 680 metres."), ["CON003"]),
        (("The district court approved the merger in May 2024.", "The appeals court rejected the merger in May 2024."), []),
        (("The district court approved the merger in May 2024.", "The district court rejected the merger in May 2024."), ["CON005"]),
    ],
)
def test_two_things_of_one_kind_each_named_by_its_own_word_are_two_subjects(
    sentences: tuple[str, ...], expected: list[str]
) -> None:
    assert con_rules(article(*sentences)) == expected


@pytest.mark.parametrize(
    ("sentences", "found"),
    [
        # lengths of two things one owner has
        (("The city's utility replaced the city's 1,600 miles of gas lines.", "Crews resurface the city's 6,000 miles of streets."), []),
        # one thing measured twice
        (("The city maintains 1,600 miles of gas lines.", "The city maintains 1,900 miles of gas lines."), ["CON003"]),
        (("The Orlo bridge spans 860 metres.", "Drivers pay a toll to use the 680-metre Orlo bridge."), ["CON003"]),
    ],
)
def test_a_length_of_a_named_thing_is_that_things(sentences: tuple[str, ...], found: list[str]) -> None:
    assert con_rules("\n\n".join(sentences)) == found


@pytest.mark.parametrize(
    ("sentences", "found"),
    [
        # those who gave one answer are a part of all who answered
        (("Thank you to the 3,086 people who responded to our survey.", "Almost 2,000 people responded saying they were Harlow users."), []),
        (("In all, 5,200 respondents took the survey.", "About 1,400 respondents said they use the app daily."), []),
        # the same answer counted twice
        (("About 1,900 respondents said they use the app daily.", "About 1,400 respondents said they use the app daily."), ["CON003"]),
    ],
)
def test_those_who_gave_an_answer_are_a_part(sentences: tuple[str, ...], found: list[str]) -> None:
    assert con_rules(article(*sentences)) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the items of one list set out different things
        ("Why people stopped:\n\n* 23% of users said the app is too slow.\n* 10% of users said the app is too hard.\n", []),
        ("Why people stopped:\n\n1. 23% of users said the app is too slow.\n2. 10% of users said the app is too slow.\n", []),
        # the same figure given twice, in two paragraphs or in one item and a paragraph
        ("23% of users said the app is too slow.\n\nWe fixed it.\n\nIn our survey, 10% of users said the app is too slow.\n", ["CON003"]),
        ("Why people stopped:\n\n* 23% of users said the app is too slow.\n\nIn short, 10% of users said the app is too slow.\n", ["CON003"]),
    ],
)
def test_items_of_one_list_are_different_things(text: str, found: list[str]) -> None:
    assert con_rules(text) == found
