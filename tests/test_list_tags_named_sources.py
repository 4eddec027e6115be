"""Readings of set S's kinds: a bulleted lead-in's items, an organisation named in capitals before "studies show",
an outlet the claim attributes its words to, a heading's topic tag, and numbers in the Indian grouping. Each quiet
case is paired with a contrast that still fires."""

from __future__ import annotations

import pytest

import auditor
from auditor.compare.quantities import find_quantities
from auditor.sourcing.need import figures


def loud(text: str) -> list[str]:
    """The rules of the article's findings above info, in order."""
    report = auditor.audit_text(text).to_dict()
    return [f["rule"] for f in report["findings"] if f["severity"] != "info"]  # type: ignore[index, union-attr]


LEAD = "# Riders and the new buses\n\nThe transit board asked riders about the new routes last spring.\n\n"


def test_cited_lead_in_covers_items_written_as_bulleted_paragraphs() -> None:
    cited = LEAD + (
        "Most riders seem content, as the [spring rider survey](https://transit.example.org/spring-rider-survey)"
        " found that:\n\n\\- 64% of riders said the new routes shortened their trips\n\n"
        "\\- 58% of riders said buses now come on time\n"
    )
    assert "CIT001" not in loud(cited)


def test_uncited_lead_in_leaves_bulleted_items_loud() -> None:
    uncited = LEAD + (
        "Most riders seem content with the changes:\n\n\\- 64% of riders said the new routes shortened their trips\n\n"
        "\\- 58% of riders said buses now come on time\n"
    )
    assert "CIT001" in loud(uncited)


def test_bulleted_paragraph_needs_a_lead_in_right_before_it() -> None:
    apart = LEAD + (
        "The board's [spring rider survey](https://transit.example.org/spring-rider-survey) is out:\n\n"
        "The board met on Friday to discuss the schedule for the coming winter months.\n\n"
        "\\- 64% of riders said the new routes shortened their trips\n"
    )
    assert "CIT001" in loud(apart)


@pytest.mark.parametrize(
    ("opening", "named"),
    [
        ("Several OECD studies show", True),
        ("Regional UNESCO studies show", True),
        ("Several regional studies show", False),
        ("Regional studies show", False),
        ("US studies show", False),
    ],
)
def test_organisation_in_capitals_names_the_studies(opening: str, named: bool) -> None:
    text = f"# Floods\n\n{opening} that damp housing is among the leading causes of childhood asthma in river towns.\n"
    assert ("CIT001" not in loud(text)) is named


SLUG = "https://www.metrotimes.example/2025/05/recipes-for-summer-salads-and-grilling"


def test_outlet_the_claim_attributes_to_is_on_topic() -> None:
    text = f"# Stadium\n\nThe council approved the new stadium budget in a late vote, according to [Metro Times]({SLUG}).\n"
    assert "CIT009" not in loud(text)


def test_outlet_cited_without_attribution_can_be_off_topic() -> None:
    text = f"# Stadium\n\nThe council approved the new stadium budget in a late vote ([Metro Times]({SLUG})).\n"
    assert "CIT009" in loud(text)


def test_empty_fragment_link_in_heading_is_a_topic_tag() -> None:
    text = "# Why the [Floods](#) came early\n\nThe town council met on Friday to plan new embankments for the town.\n"
    assert "CIT002" not in loud(text)


def test_empty_fragment_link_in_body_is_a_placeholder() -> None:
    text = "# Why the floods came early\n\nThe river rose three weeks early and flooded the town in May [Floods](#).\n"
    assert "CIT002" in loud(text)


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The district counted 3,45,120 flooded homes by the end of the season.", 345120.0),
        ("The floods displaced about 4,00,000 people across the valley.", 400000.0),
        ("The state reported 1,23,45,678 cases over the decade.", 12345678.0),
        ("About 2 lakh people left the valley for higher ground.", 200000.0),
        ("The board spent 5 crore rupees on new embankments.", 50000000.0),
        ("The district counted 345,120 flooded homes by the end of the season.", 345120.0),
    ],
)
def test_indian_grouping_and_words_are_figures(sentence: str, value: float) -> None:
    assert figures(sentence)
    assert value in [q.value for q in find_quantities(sentence)]


@pytest.mark.parametrize(
    "sentence",
    ["The score stood at 1,00 when the players left the field.", "Pick the cards 1,2,3 from the box of cards."],
)
def test_broken_groups_are_no_figures(sentence: str) -> None:
    assert not figures(sentence)
    assert all(q.value < 100 for q in find_quantities(sentence))
