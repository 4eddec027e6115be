"""The contradiction findings of a rule on an article of a few invented sentences, as tests compare them."""

from __future__ import annotations

import auditor

Conflict = tuple[str, tuple[str, ...], list[str]]
"""(the claim flagged, the claims it contradicts, the values the finding gives)."""


def conflicts(rule: str, *sentences: str) -> list[Conflict]:
    """``rule``'s findings on the sentences as paragraphs of a plain-text article."""
    report = auditor.audit_text("\n\n".join(sentences), input_format="text", source="test")
    return [(f.claim or "", f.related, list(f.evidence["values"])) for f in report.findings if f.rule == rule]
