"""Set Q's false alarms of CIT001 on an organisation's own account: an annual report that tells of the organisation
in the third person, and a news release whose announcement stands under its release label and media contact."""

from __future__ import annotations

from pathlib import Path

from auditor.api import audit_text

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "articles"


def unsourced(text: str) -> list[str]:
    report = audit_text(text, input_format="markdown")
    claims = {c.id: c.text for c in report.claims}
    return [claims[f.claim] for f in report.findings if f.rule == "CIT001" and f.claim]


def test_an_annual_report_tells_its_own_record_and_not_the_worlds() -> None:
    found = unsourced((FIXTURES / "annual-report-own-record.md").read_text())
    assert len(found) == 1 and found[0].startswith("About 40 million people live")


def test_a_story_that_names_whose_fellow_is_no_self_told_page() -> None:
    text = (FIXTURES / "annual-report-own-record.md").read_text()
    text = text.replace("Senior Fellow Mara Lind", "Mara Lind, a senior fellow at HPF,").replace(
        "including Program Director Ivo Kask", "including Ivo Kask, a program director there"
    )
    found = unsourced(text)
    assert any(c.startswith("HPF convened its first coastal policy group") for c in found), found
    assert any(c.startswith("About 40 million people live") for c in found), found


def test_a_release_under_its_label_and_contact_gives_its_own_figures() -> None:
    assert unsourced((FIXTURES / "release-label-above-announcement.md").read_text()) == []


def test_the_same_announcement_without_the_release_head_is_a_story() -> None:
    text = (FIXTURES / "release-label-above-announcement.md").read_text()
    head, body = text.split("**Media Contact:**\nOffice of Public Affairs, 555-0100\n\n")
    text = head.split("**FOR IMMEDIATE RELEASE**")[0] + body
    found = unsourced(text)
    assert any(c.startswith("The first forum in 2024 drew more than 900 participants") for c in found), found


def test_a_web_address_written_out_is_no_first_person() -> None:
    # "http://www.council.us/" holds "us", and "/we/" a "we": neither makes the page the writer's own account.
    body = (
        "Suppliers shipped $120.5 billion of parts in 2023, nearly 5 percent of the region's manufacturing output.\n\n"
        "Harbor Parts Council: http://www.hpc.us/\n\nValley Makers: http://www.valley.example/we/\n"
    )
    assert any(c.startswith("Suppliers shipped $120.5 billion") for c in unsourced(body))
    # Contrast: a page that speaks as "we" is its writer's own account.
    assert unsourced("We shipped $120.5 billion of parts in 2023, nearly 5 percent of the region's output.\n") == []
