"""ART003 compares a claim only with claims sharing its first or its last words; each end alone is enough."""

from __future__ import annotations

from auditor import audit_text

COPY = "The factory employs 2,400 people in the town of Kettering, the company said on Monday."
SAME_START = "The factory employs 2,400 people in the town of Kettering, the company said this Monday."
SAME_END = "This factory employs 2,400 people in the town of Kettering, the company said on Monday."
OTHER = "Output at the plant doubled last year after a second line opened in the spring."


def _flagged(*paragraphs: str) -> list[tuple[str, tuple[str, ...]]]:
    report = audit_text("\n\n".join(paragraphs) + "\n", "markdown")
    return [(f.claim or "", f.related) for f in report.findings if f.rule == "ART003"]


def test_a_copy_sharing_only_its_first_words_or_only_its_last_is_found() -> None:
    assert _flagged(COPY, OTHER, SAME_START) == [("c3", ("c1",))]
    assert _flagged(COPY, OTHER, SAME_END) == [("c3", ("c1",))]
    assert _flagged(COPY, OTHER, COPY) == [("c3", ("c1",))]


def test_claims_that_share_no_end_are_not_copies() -> None:
    assert _flagged(COPY, OTHER, "Kettering's council approved a new bus route to the station on Friday evening.") == []
