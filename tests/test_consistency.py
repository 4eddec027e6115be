"""The in-article contradiction rules (CON003 to CON006) and the modules under them.

Every sentence here is invented for the test. Rule tests audit short texts through the public API and
look at the findings; the last test measures the rules on the ContraDoc development set when the
workspace has it.
"""

from __future__ import annotations

import json

import pytest

import auditor
from auditor.article import analyse
from auditor.compare.alignment import align
from auditor.compare.events import Date, find_events
from auditor.compare.pairing import comparisons, pairing
from auditor.compare.quantities import find_quantities, parse_quantity
from auditor.compare.statements import normalise, statement
from auditor.model import Finding
from tests.conftest import shared_path

CON_RULES = ("CON003", "CON004", "CON005", "CON006")


def con_findings(*sentences: str) -> list[Finding]:
    """The CON003-CON006 findings of a text made of ``sentences``, one paragraph each."""
    report = auditor.audit_text("\n\n".join(sentences), input_format="text", source="test")
    return [f for f in report.findings if f.rule in CON_RULES]


def rules(*sentences: str) -> set[str]:
    return {f.rule for f in con_findings(*sentences)}


# ---------------------------------------------------------------- quantities


@pytest.mark.parametrize(
    "text",
    ["1.2 million people", "1,200,000 people", "1.2m people", "1.2 million", "twelve hundred thousand people"],
)
def test_the_same_figure_written_many_ways_has_one_value(text: str) -> None:
    q = parse_quantity(text)
    assert q is not None and q.value == pytest.approx(1_200_000)
    assert q.unit == ""


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("twelve hundred workers", 1200, ""),
        ("forty-five pupils", 45, ""),
        ("rose 12% last year", 12, "%"),
        ("rose 12 percent", 12, "%"),
        ("rose 12 per cent", 12, "%"),
        ("more than a third of its grain", 33.33, "%"),
        ("$5bn in debt", 5e9, "USD"),
        ("€5 million", 5e6, "EUR"),
        ("5 million euros", 5e6, "EUR"),
        ("£310m in sales", 3.1e8, "GBP"),
        ("up to 40k fans", 40_000, ""),
    ],
)
def test_quantities_are_normalised(text: str, value: float, unit: str) -> None:
    q = parse_quantity(text)
    assert q is not None
    assert q.value == pytest.approx(value)
    assert q.unit == unit


def test_qualified_figures_are_ranges_that_agree_when_they_overlap() -> None:
    about, more, exact, other = (parse_quantity(t) for t in ("about 1,200", "more than 1,100", "1,200", "1,500"))
    assert about and more and exact and other
    assert about.overlaps(more) and more.overlaps(about)
    assert exact.overlaps(about)
    assert not exact.overlaps(other)
    less, third = parse_quantity("less than 10%"), parse_quantity("more than a third of it")
    assert less and third and not less.overlaps(third)


def test_round_figures_stand_for_their_rounding_interval() -> None:
    rounded, precise = parse_quantity("1.2 million"), parse_quantity("1,180,000")
    assert rounded and precise and rounded.overlaps(precise)
    small, other = parse_quantity("10 times"), parse_quantity("5 times")
    assert small and other and not small.overlaps(other)


def test_figures_glued_to_names_or_other_figures_are_not_quantities() -> None:
    assert find_quantities("the A380 and version 2.1.3") == []
    assert [q.text for q in find_quantities("1.2 million people, not 1 million")] == ["1.2 million", "1 million"]


# ---------------------------------------------------------------- statements


def test_negators_are_counted_and_lookalikes_are_not() -> None:
    assert len(statement("The board did not approve the merger.").negations) == 1
    assert len(statement("The board didn't approve the merger.").negations) == 1
    assert statement("The board not only approved the merger but praised it.").negations == ()
    assert statement("The hall did not open until 1860.").negations == ()
    assert statement("No. 20 Squadron flew from the island.").negations == ()


def test_conditions_questions_and_other_languages_are_hedged() -> None:
    assert statement("If the board does not approve the merger, the deal ends.").hedged
    assert statement("Did the board approve the merger?").hedged
    assert statement("Le conseil municipal a voté contre le projet hier soir.").hedged
    assert not statement("The board approved the merger.").hedged


def test_antonyms_line_up_with_opposite_signs() -> None:
    short = statement(normalise("The union agreed to the new shift pattern at the depot."))
    long = statement(normalise("The union refused to accept the new shift pattern at the depot, its leader said."))
    a = align(short, long)
    assert a.flips and a.polarity_differs


def test_a_negation_and_an_antonym_cancel_out() -> None:
    a = align(
        statement("The union did not refuse the new shift pattern at the depot."),
        statement("The union agreed to the new shift pattern at the depot."),
    )
    assert not a.polarity_differs


# ---------------------------------------------------------------- CON005


def test_con005_flags_a_statement_and_its_negation_and_names_both_claims() -> None:
    found = con_findings(
        "The Dunmore ferry service carried cars across the estuary until last winter.",
        "Tolls on the bridge rose sharply in the autumn.",
        "The Dunmore ferry service never carried cars across the estuary.",
    )
    assert [f.rule for f in found] == ["CON005"]
    f = found[0]
    assert f.claim == "c3" and f.related == ("c1",)
    assert "The Dunmore ferry service carried cars" in f.message and "never carried cars" in f.message
    assert f.evidence["values"] == ["affirmed", "denied"]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Shares in Pellow Mining rose on Friday after the results.",
            "Shares in Pellow Mining fell on Friday after the results.",
        ),
        (
            "The tenants' union agreed to the new rent terms this week.",
            "The tenants' union refused the new rent terms this week.",
        ),
        (
            "The judge found the driver guilty of careless driving.",
            "The judge found the driver innocent of careless driving.",
        ),
    ],
)
def test_con005_flags_antonym_swaps(first: str, second: str) -> None:
    assert rules(first, second) == {"CON005"}


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # negations of different objects
        (
            "The council approved the library budget in January.",
            "The council did not approve the parking plan in January.",
        ),
        # different subjects
        ("Alder Bank approved the loan to the bakery.", "Corran Bank did not approve the loan to the bakery."),
        # a condition is not an assertion
        (
            "The council approved the parking plan.",
            "If the council does not approve the parking plan, the car park will close.",
        ),
        # "not until" says when, not whether
        (
            "The market hall opened in 1860 after a long dispute.",
            "The market hall did not open until 1860 after a long dispute.",
        ),
        # different years
        ("Pellow Mining paid a dividend in 2021.", "Pellow Mining did not pay a dividend in 2022."),
    ],
)
def test_con005_leaves_traps_alone(first: str, second: str) -> None:
    assert not rules(first, second)


# ---------------------------------------------------------------- CON003


def test_con003_flags_one_measure_given_two_values_in_different_words() -> None:
    found = con_findings(
        "Ferrow Textiles cut 1,200 jobs at its Bradford mill in May.",
        "The mill has made cloth since 1851.",
        "Union officials called the 1,500 job cuts at Ferrow Textiles' Bradford mill in May a disaster.",
    )
    assert [f.rule for f in found] == ["CON003"]
    assert found[0].claim == "c3" and found[0].related == ("c1",)
    assert found[0].evidence["values"] == ["1,200", "1,500"]


def test_con003_flags_a_changed_figure_in_the_same_sentence() -> None:
    found = con_findings(
        "Marta Lind has won the Corley marathon 4 times.",
        "She trains on the moors above the town.",
        "Over her career, Marta Lind has won the Corley marathon 7 times.",
    )
    assert [(f.rule, f.evidence["values"]) for f in found] == [("CON003", ["4", "7"])]


def test_con003_compares_percentages_and_fractions() -> None:
    assert rules(
        "Orkley Farms grows less than 10% of the county's barley.",
        "Orkley Farms is the county's largest grower, growing more than a third of its barley.",
    ) == {"CON003"}


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The borough employs about 1,200 staff.", "The borough employs more than 1,100 staff."),
        ("The town welcomed 1.2 million visitors last year.", "The town welcomed 1,180,000 visitors last year."),
        ("The carpet works sold 4,000 rugs in 2022.", "In 2023 the carpet works sold 5,500 rugs."),
        ("Ferrow Textiles cut 300 jobs in Bradford this year.", "Ferrow Textiles cut 450 jobs in Halifax this year."),
        ("Alder Bank raised its rate by 2% in March.", "Corran Bank raised its rate by 3% in March."),
        ("The first phase of the tramway cost £40 million.", "The second phase of the tramway cost £65 million."),
        ("Dana Reyes, 45, runs the bakery.", "Dana Reyes, 45, said 30 people work there."),
        # the same words said of two named things
        (
            "By 2024, 5,330 of the top million websites deployed Kestrel.",
            "By 2024, 19,098 of the top million websites deployed Larkspur.",
        ),
        ("The Orrin ferry carried 40,000 passengers to Skelby.", "The Orrin ferry carried 65,000 passengers to Dunmore."),
    ],
)
def test_con003_leaves_traps_alone(first: str, second: str) -> None:
    assert "CON003" not in rules(first, second)


# ---------------------------------------------------------------- CON004


def test_con004_flags_one_event_dated_twice() -> None:
    found = con_findings(
        "The Ostler Museum was founded in 1887 by a mill owner.",
        "Its fossil collection is the largest in the region.",
        "The Ostler Museum, founded in 1891, is the oldest in the borough.",
    )
    assert [(f.rule, f.claim, f.related) for f in found] == [("CON004", "c3", ("c1",))]
    assert found[0].evidence["values"] == ["1887", "1891"]


def test_con004_reads_full_dates_and_decades() -> None:
    assert rules("Mina Haldane (born 12 March 1961) runs the museum.", "Mina Haldane was born on 3 May 1961.") == {
        "CON004"
    }
    assert not rules("Mina Haldane (born 12 March 1961) runs the museum.", "Mina Haldane was born in 1961.")
    late = Date(1956, 1959)
    assert late.conflicts(Date(1932, 1932)) and not late.conflicts(Date(1958, 1958))


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The Ostler Museum was founded in 1887.", "The Harcourt Library was founded in 1907."),
        ("The Ostler Museum opened in 1887.", "The Ostler Museum reopened in 2014 after repairs."),
        ("Corran Foods opened its Dunmore bakery in 1995.", "Corran Foods opened its Halifax bakery in 1998."),
        ("Harcourt's first school opened in 1874.", "Harcourt's second school opened in 1902."),
    ],
)
def test_con004_leaves_traps_alone(first: str, second: str) -> None:
    assert "CON004" not in rules(first, second)


def test_events_know_their_subject_and_what_happened() -> None:
    active = find_events(0, "Dana Reyes founded Marlow Ferries in 1921 with her brother.")
    passive = find_events(0, "Marlow Ferries, founded in March 1927, runs six boats.")
    assert [(e.group, e.subject) for e in active + passive] == [("founded", "marlow ferries")] * 2
    assert find_events(0, "It was founded in 1921.") == []  # no name, no subject


# ---------------------------------------------------------------- CON006


def test_con006_flags_two_ages_and_two_offices() -> None:
    found = con_findings(
        "Priya Castell, 44, the company's chief executive, opened the bakery.",
        "Omar Brandt, the firm's chief financial officer, said it cost £6 million.",
        "Castell, 47, has run the company since 2019.",
        "Omar Brandt, its chief operating officer, will oversee the building work.",
    )
    assert [(f.rule, f.claim, f.related, f.evidence["attribute"]) for f in found] == [
        ("CON006", "c3", ("c1",), "age"),
        ("CON006", "c4", ("c2",), "office"),
    ]


def test_con006_flags_two_relations_to_the_same_person() -> None:
    assert rules(
        "Hollis is Edwin's father.",
        "Edwin, a young clerk, lives in London with Hollis, his uncle, and his two sisters.",
    ) == {"CON006"}


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Ada Quill, 61, founded the choir.", "Ben Quill, 35, conducts the choir."),
        ("In 2010, Lena Moss, 34, joined the board.", "Lena Moss, 48, now chairs the board."),
        (
            "Omar Brandt, the firm's former chief financial officer, left in May.",
            "Omar Brandt, its chief operating officer, stays.",
        ),
        ("Drew Pellow, 53, spoke to reporters.", "Pellow, 23, the son of Ann Pellow, stayed at home."),
    ],
)
def test_con006_leaves_traps_alone(first: str, second: str) -> None:
    assert "CON006" not in rules(first, second)


# ---------------------------------------------------------------- sharing and blocking


def test_the_rules_share_one_pass_and_compare_few_pairs() -> None:
    topics = ["harbour", "tramway", "library", "bakery", "museum", "quarry", "ferry", "orchard", "brewery", "mill"]
    places = ["Corley", "Dunmore", "Harcourt", "Wendle", "Ostby", "Millbrook", "Pellow", "Brantwood", "Alder", "Quill"]
    sentences = [
        f"The {topic} in {place} reported {n} visitors in week {n % 7} of the season."
        for n, (topic, place) in enumerate((t, p) for t in topics for p in places)
    ]
    article = analyse(auditor.load_document(" ".join(sentences), input_format="text"))
    assert len(article.claims) == 100
    assert pairing(article) is pairing(article)
    assert comparisons(article) is comparisons(article)
    # Near-identical sentences with different figures and names: blocked to far fewer than 100 * 99 / 2.
    assert len(pairing(article).candidates()) < 300
    assert not con_findings(*sentences)


# ---------------------------------------------------------------- ContraDoc


def test_contradoc_precision_and_recall() -> None:
    """Document-level precision and recall on the ContraDoc development set, as the scorecard counts them."""
    path = shared_path("eval", "data", "contradoc_dev.jsonl")
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    positives = [r for r in rows if r["has_contradiction"] and r["evidence_in_text"]]
    negatives = [r for r in rows if not r["has_contradiction"]]
    flagged = {
        r["id"]
        for r in positives + negatives
        if any(f.rule.startswith("CON") for f in auditor.audit_text(r["text"], input_format="text").findings)
    }
    tp = sum(r["id"] in flagged for r in positives)
    fp = sum(r["id"] in flagged for r in negatives)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / len(positives)
    assert precision >= 0.85, f"precision {precision:.3f} ({tp} true, {fp} false positives)"
    assert recall >= 0.25, f"recall {recall:.3f} ({tp} of {len(positives)})"


# ---------------------------------------------------------------- one table set out twice


_TWO_YEARS = (
    "Results of the 2022 survey:\n\n- Rural schools: 41 of 230 short of staff\n- City schools: 63 of 410 short of staff\n"
    "- Private schools: 12 of 95 short of staff\n\nResults of the 2023 survey:\n\n"
    "- Rural schools: 52 of 230 short of staff\n- City schools: 70 of 410 short of staff\n"
    "- Private schools: {private} of 95 short of staff\n"
)


def test_a_table_set_out_again_for_another_scope_is_not_restated() -> None:
    """Two lists with the same item labels are one table for two scopes: their rows differ on purpose."""
    report = auditor.audit_text(_TWO_YEARS.format(private=19), input_format="markdown", source="test")
    assert not [f for f in report.findings if f.rule == "CON003"]


def test_a_row_repeated_outside_a_parallel_list_is_still_compared() -> None:
    """One shared label is not a table set out twice: the same row with another value still conflicts."""
    text = (
        "- Rural schools: 41 of 230 short of staff\n- Bus routes: 12 cut this year\n\n"
        "Elsewhere in the report:\n\n- Rural schools: 52 of 230 short of staff\n- Teacher pay: up 4%\n"
    )
    report = auditor.audit_text(text, input_format="markdown", source="test")
    assert [f.rule for f in report.findings if f.rule == "CON003"] == ["CON003"]


@pytest.mark.parametrize("opener", ["Consider", "Imagine", "Say", "Suppose", "Picture"])
def test_a_worked_example_states_no_figure_of_the_article(opener: str) -> None:
    """A claim that sets up a case ('Consider a renter paying ...') gives the example's figures, not facts."""
    stated = "Renting in the county, and paying $3,600 per month, the county median rent."
    assert "CON003" not in rules(stated, f"{opener} a single renter paying $2,050 per month, the county median rent.")
    assert "CON003" in rules(stated, "A single renter paying $2,050 per month, the county median rent.")


@pytest.mark.parametrize(
    ("state", "end", "loud"),
    [
        ("The plant will remain open until 2027, the owners said.", "The owners said the plant will close in 2027.", False),
        ("The library will stay open until May.", "The library will close in May.", False),
        ("The plant will remain open in 2027, the owners said.", "The owners said the plant will close in 2027.", True),
    ],
)
def test_a_state_until_a_time_and_its_end_then_are_one_course(state: str, end: str, loud: bool) -> None:
    assert ("CON005" in rules(state, end)) is loud
