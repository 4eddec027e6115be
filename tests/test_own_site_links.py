"""CIT006 leaves alone a link to the page's own site (a past edition of the publication) whose text names an outlet,
and still fires when such a link goes to a third site."""

from __future__ import annotations

import auditor

TITLE = "Harbour Notes — 12 May edition\n==============================\n\n"
LINE = "__Previously:__ Freight figures for 2023 were in an earlier issue [from Reuters]({url}) (HN 2024.01.10).\n"


def mismatched(text: str) -> list[str]:
    report = auditor.audit_text(text, "markdown").to_dict()
    return [f["evidence"]["host"] for f in report["findings"] if f["rule"] == "CIT006"]


def test_a_link_to_the_site_the_title_names_is_internal() -> None:
    assert mismatched(TITLE + LINE.format(url="https://www.harbour-notes.example/archive/2024-01-10")) == []


def test_a_link_to_another_site_still_fires() -> None:
    assert mismatched(TITLE + LINE.format(url="https://www.freight-digest.example/2024/01/10")) == [
        "www.freight-digest.example"
    ]


def test_a_link_to_the_host_of_the_front_matter_url_is_internal() -> None:
    head = '---\ntitle: "Weekly figures"\nurl: https://notes.quayside.example/2024/05/12/\n---\n\n'
    assert mismatched(head + LINE.format(url="https://notes.quayside.example/2024/01/10/")) == []
    assert mismatched(head + LINE.format(url="https://www.freight-digest.example/2024/01/10")) == [
        "www.freight-digest.example"
    ]
