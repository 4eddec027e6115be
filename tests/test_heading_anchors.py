"""An empty in-page link that is its own id target is a heading's anchor, not an empty citation; an empty link to
an outside source, or an empty in-page link with no id of its own, still is one."""

from __future__ import annotations

from auditor import audit_text


def _empty(text: str) -> list[str]:
    report = audit_text(text, input_format="markdown").to_dict()
    return [f["evidence"]["url"] for f in report["findings"] if f["rule"] == "CIT003"]


BODY = "# Floods\n\n## Results {anchor}\n\nThe survey team walked the east bank in spring.\n"


def test_a_heading_anchor_is_no_citation() -> None:
    assert _empty(BODY.format(anchor='<a href="#results" id="results"></a>')) == []
    assert _empty(BODY.format(anchor='<a id="user-content-results" class="anchor" href="#results"></a>')) == []


def test_an_empty_link_without_an_id_or_to_an_outside_source_is_still_empty() -> None:
    assert _empty(BODY.format(anchor='<a href="#results"></a>')) == ["#results"]
    outside = '<a href="https://floods.example.org/r" id="results"></a>'
    assert _empty(BODY.format(anchor=outside)) == ["https://floods.example.org/r"]
