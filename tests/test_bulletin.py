"""A bulletin's own counts are its testimony (auditor.genres.bulletin): read from what the page declares itself."""

from __future__ import annotations

import pytest

import auditor

BODY = (
    "A total of 1,284 cases of measles have been reported in the four districts up to 9 February.\n\n"
    "Studies show that two doses of the vaccine prevent 97% of infections.\n"
)


def unsourced(front: str) -> list[str]:
    report = auditor.audit_text(f"---\n{front}\ndate: 2025-02-14\n---\n\n{BODY}", "markdown", "t.md")
    return [report.document.text[f.start : f.end][:12] for f in report.findings if f.rule == "CIT001"]


@pytest.mark.parametrize(
    "front", ["layout: situation-report", "category: Situation Reports", "type: sitrep", "categories: [news, bulletin]"]
)
def test_a_declared_bulletin_states_its_own_counts_and_still_names_its_studies(front: str) -> None:
    assert unsourced(front) == ["Studies show"]


@pytest.mark.parametrize("front", ["layout: post", "title: Situation report", "tags: [report]"])
def test_other_pages_are_asked_for_the_source_of_their_counts(front: str) -> None:
    assert unsourced(front) == ["A total of 1", "Studies show"]
