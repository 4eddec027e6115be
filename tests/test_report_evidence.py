"""A report's findings carry their evidence as plain dictionaries of their own (auditor.report)."""

from __future__ import annotations

from auditor import audit_text
from auditor.model import Finding
from auditor.report import Report


def test_evidence_is_a_plain_copy_the_finding_does_not_share() -> None:
    report = audit_text("The factory employs 2,400 people in Kettering.\n\nThe factory employs 2,400 people in Kettering.\n")
    assert report.findings
    for finding, shown in zip(report.findings, report.to_dict()["findings"], strict=True):
        assert type(shown["evidence"]) is dict
        assert shown["evidence"] == dict(finding.evidence)
        shown["evidence"]["added"] = 1
        assert "added" not in finding.evidence


def test_evidence_given_as_another_mapping_is_copied_too() -> None:
    base = audit_text("The factory employs 2,400 people in Kettering since 1990.\n")
    finding = Finding("ART003", "duplicate-claim", "info", "m", 0, 3, evidence={"similarity": 99.0})
    report = Report(base.document, base.claims, base.citations, (finding,))
    shown = report.to_dict()["findings"][0]["evidence"]
    assert shown == {"similarity": 99.0} and type(shown) is dict
