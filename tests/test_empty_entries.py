"""Numbered reference lists whose entries were left empty, and note numbers written side by side.

A wiki export keeps ``[1] ... [43]`` at the end of an article but drops the text of the entries it could not
render: a line that is only ``[7]`` is such an entry (auditor.reference_lists), never an in-text marker. Two
note numbers side by side (``...in 1902.[19][20]``) are two markers, each resolved against the list, not a
Markdown reference-style link whose ``[20]: <url>`` line is missing (auditor.citations)."""

from __future__ import annotations

import auditor
from auditor.article import analyse
from auditor.reference_lists import reference_entries

ARTICLE = """# Harbour Tramway

The tramway opened in 1911 and ran along the quay for four kilometres.[1][2] At its busiest, in 1938,
it carried about 9,000 passengers a day.[3]

The line closed in 1957 after the council bought its first diesel buses.[4][5]

References

[1]

[2]

[3] Annual report of the Harbour Board, 1938, p. 6.

[4] Morrow (1999), p. 88.

[5] Morrow (1999), p. 90.
"""


def _dangling(text: str) -> list[tuple[str, str]]:
    """(the sentence's first words, the marker's label) of each CIT004 finding."""
    report = auditor.audit_text(text, input_format="markdown")
    return [(text[f.start : f.end], f.evidence["label"]) for f in report.findings if f.rule == "CIT004"]


def test_a_bare_number_in_a_run_of_entries_is_an_empty_entry() -> None:
    doc = auditor.load_document(ARTICLE, input_format="markdown")
    entries = {doc.text[doc.blocks[e.block].start : doc.blocks[e.block].end].strip(): e.label
               for e in reference_entries(doc)}
    assert entries["[1]"] is None and entries["[2]"] is None  # entries, with no label to resolve a marker
    assert entries["[3] Annual report of the Harbour Board, 1938, p. 6."] == "3"


def test_markers_pointing_at_empty_entries_dangle_and_the_entries_do_not() -> None:
    # [1] and [2] lead to nothing; [5] has its entry; the lines of the list are never markers.
    assert [label for _, label in _dangling(ARTICLE)] == ["1", "2"]


def test_side_by_side_numbers_are_two_markers() -> None:
    article = analyse(auditor.load_document(ARTICLE, input_format="markdown"))
    labels = [(m.kind, m.label, m.defined) for m in article.markers]
    assert ("numbered", "4", True) in labels and ("numbered", "5", True) in labels
    assert not any(kind == "reference" for kind, _, _ in labels)


def test_a_bare_number_alone_is_no_entry() -> None:
    # Without a numbered entry next to it, a line that is only "[2]" is not taken for a reference list.
    text = ARTICLE.split("References")[0] + "[2]\n"
    doc = auditor.load_document(text, input_format="markdown")
    assert reference_entries(doc) == []


def test_side_by_side_numbers_without_a_numbered_list_stay_a_reference_link() -> None:
    text = "# Note\n\nThe tramway opened in 1911.[1][2] It closed in 1957.\n"
    article = analyse(auditor.load_document(text, input_format="markdown"))
    assert [m.kind for m in article.markers if m.label in ("1", "2")] == ["reference"]


def test_the_message_says_the_entry_is_empty() -> None:
    report = auditor.audit_text(ARTICLE, input_format="markdown")
    messages = [f.message for f in report.findings if f.rule == "CIT004"]
    assert messages and all("entry left empty" in m for m in messages)
