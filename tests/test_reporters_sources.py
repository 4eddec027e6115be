"""CIT008 in a reported piece: the people its reporter heard from ("according to two people familiar with the talks",
"port officials said") have nothing to link; a work ("according to a report by ...") and a vague authority ("experts
say") still get their note (``fixtures/articles/CIT008-reporters-sources.md``, invented)."""

from __future__ import annotations

import auditor
from auditor.checks.sourcing import _informants
from tests.conftest import FIXTURES


def test_a_reporters_sources_get_no_note_and_a_report_does() -> None:
    report = auditor.audit_path(str(FIXTURES / "articles" / "CIT008-reporters-sources.md"))
    assert [f.evidence["source"] for f in report.findings if f.rule == "CIT008"] == ["a report by", "experts"]


def test_informants_are_people_who_name_no_work() -> None:
    assert _informants("two people familiar with the matter") and _informants("a local police source")
    assert _informants("US officials") and _informants("a Taliban representative")
    assert not _informants("a document the officials prepared") and not _informants("officials' data")
    assert not _informants("experts") and not _informants("the Labor Department")


def test_outside_a_reported_piece_officials_still_get_a_note() -> None:
    text = (
        "# Our new ferry app\n\nWe built an app that tells you when the next ferry leaves.\n\n"
        "The terminal handles 4,000 passengers a day, according to port officials.\n"
    )
    report = auditor.audit_text(text, input_format="markdown", source="t.md")
    assert [f.evidence["source"] for f in report.findings if f.rule == "CIT008"] == ["port officials"]
