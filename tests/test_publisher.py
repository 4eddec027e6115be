"""The page's publisher (auditor.genres.publisher) and what it silences: its own voice in CIT001, its own or its sister
sites in CIT006; and CIT009 on a page of another finding of the same study."""

from __future__ import annotations

import auditor
from auditor.checks.citations import sister_domain
from auditor.genres.publisher import is_organisation, publisher_words
from auditor.load import load_document


def found(text: str, rule: str, fmt: str) -> list[str]:
    report = auditor.audit_text(text, fmt).to_dict()
    return [f["message"] for f in report["findings"] if f["rule"] == rule]


def _page(head: str, body: str) -> str:
    return f"<!DOCTYPE html><html><head><title>Page</title>{head}</head><body><article><h1>Page</h1>{body}</article></body></html>"


# ---------------------------------------------------------------- reading the publisher


def test_publisher_from_meta_and_json_ld_not_from_addresses() -> None:
    head = (
        '<meta property="og:site_name" content="Delta Water Council">'
        '<meta property="article:publisher" content="https://social.example/deltawater">'
        '<meta name="author" content="Ines Varga">'
        '<script type="application/ld+json">{"@graph": [{"@type": "Article", "publisher": '
        '{"@type": "Organization", "name": "Delta Water Council"}}]}</script>'
    )
    doc = load_document(_page(head, "<p>Text.</p>"), "html")
    assert doc.publishers == ("Delta Water Council", "Ines Varga")


def test_publisher_from_front_matter() -> None:
    doc = load_document("---\ntitle: T\nauthor: Jane Roe, Sam Lee\n---\n\nText.\n", "markdown")
    assert doc.publishers == ("Jane Roe", "Sam Lee")
    assert load_document("Text.\n", "text").publishers == ()


def test_publisher_words_hold_initials_and_organisations_are_told_apart() -> None:
    assert publisher_words(("Delta Water Council",)) == {"Delta", "Water", "Council", "DWC"}
    assert is_organisation("Delta Water Council")
    assert not is_organisation("Morning Ledger")


# ---------------------------------------------------------------- CIT001: the publisher's own voice

_FIGURES = (
    "<p>An estimated 40,000 wells in the basin ran dry between 2021 and 2024.</p>"
    "<p>Groundwater use rose 22% between 2019 and 2024.</p>"
)


def test_an_organisation_that_names_itself_states_its_own_estimates() -> None:
    head = '<meta property="og:site_name" content="Delta Water Council">'
    body = _FIGURES + "<p>The Council surveyed 900 farms across the basin in 2024.</p>"
    assert found(_page(head, body), "CIT001", "html") == []


def test_an_unnamed_publisher_or_a_publication_does_not_silence_figures() -> None:
    named_nowhere = _page('<meta property="og:site_name" content="Delta Water Council">', _FIGURES)
    assert len(found(named_nowhere, "CIT001", "html")) == 2
    publication = _page('<meta property="og:site_name" content="Morning Ledger">', _FIGURES + "<p>The Morning Ledger asked farmers.</p>")
    assert len(found(publication, "CIT001", "html")) == 2


def test_an_unnamed_source_other_than_an_estimate_still_needs_a_name() -> None:
    head = '<meta property="og:site_name" content="Delta Water Council">'
    body = "<p>The Council mapped every well.</p><p>Experts say 30% of the wells will fail by 2030.</p>"
    assert len(found(_page(head, body), "CIT001", "html")) == 1


def test_a_company_names_itself() -> None:
    text = "---\ntitle: T\npublisher: Lumen Robotics\n---\n\nLumen Robotics shipped 40,000 robots in 2024.\n"
    assert found(text, "CIT001", "markdown") == []
    other = text.replace("Lumen Robotics shipped", "Vexa Motors shipped")
    assert len(found(other, "CIT001", "markdown")) == 1


# ---------------------------------------------------------------- CIT006: own and sister sites


def test_sister_domain_opens_with_the_outlets_name_or_initials() -> None:
    assert sister_domain("CNN", "cnnespanol.com")
    assert sister_domain("New York Times", "nyti.ms")
    assert not sister_domain("Reuters", "www.quickwire.example")
    assert not sister_domain("New York Times", "newsweek.com")  # another listed outlet's domain
    assert not sister_domain("AP", "apple.com")  # initials of two letters name nothing


def test_link_text_naming_the_pages_own_publisher_is_no_mismatch() -> None:
    text = "---\ntitle: T\npublisher: Nieman Lab\n---\n\nAs [Nieman Lab](https://www.other-site.example/a-b-c-d) found, we grew 20% in 2024.\n"
    assert found(text, "CIT006", "markdown") == []
    assert len(found(text.replace("publisher: Nieman Lab", "publisher: Quiet Pages"), "CIT006", "markdown")) == 1


# ---------------------------------------------------------------- CIT009: another finding of the same study


def test_a_finding_cited_to_the_page_of_another_finding_is_not_off_topic() -> None:
    url = "https://www.transitcouncil.example/reports/2024/most-commuters-want-later-night-trains"
    finding = f"Two in five riders said their bus arrived late at least once a week ([Transit Council]({url})).\n"
    assert found(finding, "CIT009", "markdown") == []
    event = f"The council fired its director after a late vote in May 2024 ([Transit Council]({url})).\n"
    assert len(found(event, "CIT009", "markdown")) == 1
