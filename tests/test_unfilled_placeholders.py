"""CIT002 reads a link whose address says the link is missing ("/link-needed") and a template's field left unfilled
("[Space for supporter quotes]", "Election Registration ID: [ID Number]"), and never an editor's insertion ("[Name]" in
a quotation) or "[sic]". Invented."""

from __future__ import annotations

import auditor
from auditor.placeholder_notes import is_placeholder_address, is_template_field
from tests.conftest import FIXTURES

FIXTURE = FIXTURES / "articles" / "unfilled-placeholders.md"


def placeholders() -> list[str]:
    report = auditor.audit_text(FIXTURE.read_text(encoding="utf-8"))
    return [f.message for f in report.findings if f.rule == "CIT002"]


def test_a_missing_links_address_is_a_placeholder() -> None:
    assert any("/link-needed" in m for m in placeholders())


def test_unfilled_template_fields_are_placeholders() -> None:
    found = placeholders()
    assert any("[ID Number]" in m and "fill it in" in m for m in found)
    assert any("[Space for supporter quotes]" in m for m in found)


def test_an_editors_insertion_is_no_placeholder() -> None:
    found = placeholders()
    assert not any("[Name]" in m or "[sic]" in m for m in found)
    assert len(found) == 3


def test_a_field_needs_its_label_or_an_instruction() -> None:
    assert is_template_field("ID Number", "Election Registration ID: ")
    assert is_template_field("Insert photo of the depot")
    assert not is_template_field("ID Number", "We met ")
    assert not is_template_field("Name", "Contact: ")


def test_an_address_is_read_only_when_it_says_the_link_is_missing() -> None:
    assert is_placeholder_address("/link-needed") and is_placeholder_address("add-source")
    assert not is_placeholder_address("/sources") and not is_placeholder_address("/link")


def test_a_fields_label_is_read_from_the_end_of_a_long_line() -> None:
    from auditor.placeholder_notes import LABEL_REACH, placeholder_notes

    text = "word " * 2_000 + "Registration ID: [ID Number] and " + "[a](" * 50
    assert [text[a:b] for a, b in placeholder_notes(text, 0, len(text))] == ["[ID Number]"]
    far = "Registration ID:" + " " * LABEL_REACH + "[ID Number]"
    assert list(placeholder_notes(far, 0, len(far))) == []
