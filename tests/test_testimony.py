"""An organisation's figures about itself are its testimony; its figures about the world still need a source."""

from __future__ import annotations

from auditor import audit_text
from auditor.genres.testimony import share_of_world


def _unsourced(text: str) -> list[str]:
    report = audit_text(text, input_format="markdown").to_dict()
    claims = {c["id"]: c["text"] for c in report["claims"]}
    return [claims[f["claim"]] for f in report["findings"] if f["rule"] == "CIT001"]


POST = (
    "---\ntitle: Notes from the Alder Mesh Project\n{head}date: 2025-06-02\n---\n\n"
    "# Notes from the Alder Mesh Project\n\n"
    "We began the Alder Mesh Project in 2023 to keep village radio links running. Our volunteers maintain them.\n\n"
    "{sentence}\n\n"
    "The project now runs 140 relay masts and spent $52,000 in 2024.\n"
)
WORLD = "In 2024 {subject} carried 18% of the world's rural data traffic, most of it over old copper lines."


def test_an_organisations_figure_about_the_world_needs_a_source() -> None:
    found = _unsourced(POST.format(head="", sentence=WORLD.format(subject="Tollan Networks")))
    assert any("18%" in c for c in found)
    assert not any("140 relay masts" in c for c in found)  # its own count stays its testimony


def test_the_same_share_said_of_the_organisation_itself_is_its_testimony() -> None:
    for subject in ("the Alder Mesh Project", "Alder Mesh"):
        assert _unsourced(POST.format(head="", sentence=WORLD.format(subject=subject))) == []


def test_a_share_of_its_own_whole_is_its_testimony() -> None:
    own = "In 2024 about 60% of the project's spending went to spare radios for the masts."
    assert _unsourced(POST.format(head="", sentence=own)) == []
    world = "In 2024 about 60% of all rural radio spending went to spare radios for masts."
    assert any("60%" in c for c in _unsourced(POST.format(head="", sentence=world)))


def test_in_first_person_the_share_is_the_writers() -> None:
    sentence = "In 2024 we carried 18% of the world's rural data traffic, most of it over old copper lines."
    assert _unsourced(POST.format(head="", sentence=sentence)) == []


def test_a_research_bodys_figures_about_the_world_are_its_own() -> None:
    sentence = "The Kestrel Rural Institute works with the project.\n\nIn 2024, 18% of all rural homes had no working phone line."
    head = "publisher: Kestrel Rural Institute\n"
    assert _unsourced(POST.format(head=head, sentence=sentence)) == []
    assert any("18%" in c for c in _unsourced(POST.format(head="publisher: Dana Holt\n", sentence=sentence)))


def test_the_whole_a_share_is_of() -> None:
    assert share_of_world("Now 40% of your average phone bill is fees.", "40%")
    assert share_of_world("It holds a 12% share of the market.", "12%")
    assert share_of_world("Rivers supply 30% of every city's water.", "30%")
    assert not share_of_world("Some 30% of the members voted.", "30%")
    assert not share_of_world("Its mills make 30% of all paper in the county.", "30%")
    assert not share_of_world("The Trust's farms grow 30% of all apples here.", "30%")


NEWS = (
    "# Lakeside College opens a nursing pathway\n\n"
    "Lakeside College and Brook County Schools have launched a nursing pathway for high school students.\n\n"
    "{gift}\n\n"
    "“We have waited years for this,” said Dr. Ana Ruiz, {role}.\n"
)
GIFT = "The Orrin Family Foundation has pledged $25,000 a year to each of 12 students in the pathway."


def test_a_funders_gift_on_the_organisations_own_news_is_its_account() -> None:
    assert _unsourced(NEWS.format(gift=GIFT, role="dean of nursing at Lakeside College")) == []


def test_a_gift_to_another_named_body_still_needs_a_source() -> None:
    gift = "The Orrin Family Foundation gave $4 million to Hillcrest University in 2023."
    found = _unsourced(NEWS.format(gift=gift, role="dean of nursing at Lakeside College"))
    assert any("4 million" in c for c in found)


def test_the_gift_on_a_page_quoting_an_outsider_needs_a_source() -> None:
    assert any("25,000" in c for c in _unsourced(NEWS.format(gift=GIFT, role="an economist at the Kell Institute")))


def test_a_page_presenting_its_own_analysis_gives_its_findings() -> None:
    sentence = WORLD.format(subject="Tollan Networks")
    analysis = "This analysis draws on the project's own relay logs.\n\n" + sentence
    assert _unsourced(POST.format(head="", sentence=analysis)) == []
    plain = "The project keeps relay logs.\n\n" + sentence
    assert any("18%" in c for c in _unsourced(POST.format(head="", sentence=plain)))


def test_a_funders_total_shared_among_other_groups_needs_a_source() -> None:
    gift = "The Orrin Family Fund gave a total of $2.6 million to nineteen groups in the county this year."
    found = _unsourced(NEWS.format(gift=gift, role="dean of nursing at Lakeside College"))
    assert any("2.6 million" in c for c in found)


def test_a_funder_named_fund_gives_its_gift_all_the_same() -> None:
    gift = GIFT.replace("Foundation", "Fund")
    assert _unsourced(NEWS.format(gift=gift, role="dean of nursing at Lakeside College")) == []
