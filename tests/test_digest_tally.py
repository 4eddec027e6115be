"""CIT001 on a digest's own tally of its week, the points of a list under a paragraph that links its source, and a
crowd the writer counts on the scene."""

from __future__ import annotations

import auditor
from auditor.genres.periodical import in_period, is_periodical
from auditor.load import load_document

_HEAD = "---\ntitle: Toolchain Weekly 9\ndate: 2025-06-03\n---\n\n"
_OPENING = "This week's newsletter summarises notable merges in popular projects.\n\n"
_TALLY = (
    "- **Quarrel** made almost 40 merges in the past week, many of which fixed bugs in its test runner.\n\n"
    "- The maintainers of Quarrel moved its chat to a new server.\n"
)


def needs(text: str) -> list[str]:
    report = auditor.audit_text(text, "markdown").to_dict()
    return [f["message"] for f in report["findings"] if f["rule"] == "CIT001"]


def test_a_periodical_is_read_from_its_opening() -> None:
    assert is_periodical(load_document(_HEAD + _OPENING + _TALLY, "markdown"))
    assert not is_periodical(load_document(_HEAD + _TALLY, "markdown"))
    assert in_period("made 40 merges in the past week")
    assert not in_period("made 40 merges in 2024")


def test_a_digests_tally_of_its_week_is_its_own() -> None:
    assert needs(_HEAD + _OPENING + _TALLY) == []
    assert len(needs(_HEAD + _TALLY)) == 1  # no issue speaking of itself: someone's count
    assert len(needs(_HEAD + _OPENING + _TALLY.replace("in the past week", "in 2024"))) == 1


_CITED = (
    "In a [post](https://forum.example.org/t/812), Rosa Imbert submitted a [draft](https://specs.example.org/v2)"
    " for a new codec. It is possible to say what the codec will offer.\n\n"
)
_POINTS = "1. Roughly 25% smaller files, giving a slight saving in storage as Vorbex is adopted.\n"


def test_the_points_of_a_list_under_a_cited_paragraph_spell_out_its_source() -> None:
    assert needs(_HEAD + _CITED + _POINTS) == []
    uncited = _CITED.replace("[post](https://forum.example.org/t/812)", "post")
    uncited = uncited.replace("[draft](https://specs.example.org/v2)", "draft")
    assert len(needs(_HEAD + uncited + _POINTS)) == 1
    assert len(needs(_HEAD + _CITED + "## Costs\n\n" + _POINTS)) == 1  # a heading between: another section


def test_a_crowd_the_writer_sees_is_their_own_count() -> None:
    scene = _HEAD + "At least 30 people lined up outside the old depot before the market opened on Friday.\n"
    assert needs(scene) == []
    assert len(needs(scene.replace("lined up outside", "were arrested outside"))) == 1  # what happened to them
    assert len(needs(scene.replace("on Friday", "on May 3, 2019"))) == 1  # a dated record, not the scene
