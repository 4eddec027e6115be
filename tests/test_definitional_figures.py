"""A definitional figure (``fixtures/articles/definitional-figure.md``): a value stated as how a kind of thing works
("keeps its unit price at $10", "is pegged to $1") is no statistic and needs no source; a measured or past value in
the same words still does."""

from __future__ import annotations

import pytest

import auditor
from auditor.sourcing.definitional import defines
from auditor.sourcing.need import citation_need


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("A stable-value fund keeps its unit price at $10.", "$10"),
        ("Each token is pegged to $1 and can be swapped back.", "$1"),
        ("The island's currency is pegged at 2.7 to the euro.", "2.7"),
        ("An index unit is set at $100 when the index starts.", "$100"),
        ("A metric carat is by definition 200 milligrams.", "200"),
    ],
)
def test_definitional_figures(sentence: str, figure: str) -> None:
    assert defines(sentence, figure)


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("The fund kept its unit price at $10 through the 2020 crash.", "$10"),  # past: what happened
        ("Harwick Bank keeps its main rate at 4.5%.", "4.5%"),  # a named subject: a decision
        ("A typical household keeps its spending at $3,000 a month.", "$3,000"),  # a measurement of many
        ("A metric carat is by definition 200 milligrams, and one stone sold for $5,000.", "$5,000"),
        ("The token was pegged to $1 until 2022.", "$1"),
        ("The fee is fixed at $50 for every applicant.", "$50"),  # a rule: a guide's own, else sourced
    ],
)
def test_figures_that_stay_measured(sentence: str, figure: str) -> None:
    assert not defines(sentence, figure)


def test_need_of_a_definitional_figure() -> None:
    assert citation_need("A stable-value fund keeps its unit price at $10.", ["numeric"]) is None
    need = citation_need("The fund kept its unit price at $10 through the 2020 crash.", ["numeric", "temporal"])
    assert need is not None and need.evidence == "$10"


def test_article_flags_the_measured_not_the_defined() -> None:
    text = (
        "A stable-value fund keeps its unit price at $10, and the interest it earns is paid out as new units.\n\n"
        "Such funds held $890 billion of savings at the end of 2024, up 12% in a year.\n"
    )
    found = [f for f in auditor.audit_text(text, input_format="markdown").findings if f.rule == "CIT001"]
    assert found and all("$10" not in f.message for f in found)
    assert any("$890 billion" in f.message for f in found)
