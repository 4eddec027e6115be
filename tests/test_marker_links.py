"""A bracketed marker inside a link's text is part of the link; one beside it is a marker of its own
(auditor.citations.find_markers)."""

from __future__ import annotations

from auditor import audit_text


def _markers(text: str) -> list[tuple[str, str]]:
    report = audit_text(text, "markdown")
    return [(c.kind, c.text) for c in report.citations]


def test_a_marker_inside_a_link_text_belongs_to_the_link() -> None:
    assert _markers("The council sold 1,200 homes in 2021, [see [3] here](https://a.example/x).\n") == [
        ("link", "see [3] here")
    ]


def test_markers_beside_many_links_are_each_found() -> None:
    paragraphs = [
        f"The council sold {1000 + i} homes in {1990 + i}, [the paper](https://a.example/{i}) said [{i + 1}]."
        for i in range(40)
    ]
    found = _markers("\n\n".join(paragraphs) + "\n")
    assert found == [kind for i in range(40) for kind in (("link", "the paper"), ("numbered", f"[{i + 1}]"))]


def test_an_address_of_note_words_alone_is_a_placeholder() -> None:
    """'TK' (to come), 'XXX', 'tbd', 'fixme' as the whole address, repeated or joined, mark a link never filled in;
    an address that only starts with those letters, or a relative page, is a link."""
    hrefs = ["TK", "TKTKTK", "tk tk", "XXX", "xxx-xxx", "FIXME", "tbd_tbd", "todo"]
    links = ["tkachenko", "xxx.example.org", "timetable", "tk/report", "fixme.html"]
    text = "\n\n".join(f"Fares rose {i}% in 2024, [the operator said]({h})." for i, h in enumerate(hrefs + links))
    kinds = [kind for kind, _ in _markers(text + "\n")]
    assert kinds == ["placeholder"] * len(hrefs) + ["link"] * len(links)
