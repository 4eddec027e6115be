"""report: the findings of one document as a deterministic, schema-valid JSON document.

Spans become offsets into the input as given, with 1-based line and column;
findings are sorted and numbered; each gets a fingerprint (rule, file and the
normalised text it concerns, no offsets) that survives edits elsewhere.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property
from types import MappingProxyType
from typing import Any

from auditor._version import __version__
from auditor.collector import paused
from auditor.model import SEVERITIES, Citation, Claim, Document, Finding, LineIndex, RuleError

SCHEMA_VERSION = "1.0"
_NORMALISE = re.compile(r"[^\w]+")


@dataclass(frozen=True)
class Report:
    """The audit of one document."""

    document: Document
    claims: tuple[Claim, ...]
    citations: tuple[Citation, ...]
    findings: tuple[Finding, ...]
    cited: int = 0
    """Check-worthy claims backed by at least one real citation."""
    suppressed: int = 0
    """Findings silenced by inline ``auditor-disable`` comments."""
    errors: tuple[RuleError, ...] = ()
    """Rules that crashed on this document: the audit is incomplete by these rules."""

    @cached_property
    def lines(self) -> LineIndex:
        """Line starts of the input."""
        return LineIndex.of(self.document.raw)

    @cached_property
    def claim_by_id(self) -> dict[str, Claim]:
        """Claims by id."""
        return {c.id: c for c in self.claims}

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Input offsets of a body span."""
        if end <= start:  # zero width (a footnote marker): just after the character before it
            point = self.document.to_raw(start - 1) + 1 if start > 0 else self.document.to_raw(0)
            return point, point
        raw_start = self.document.to_raw(start)
        return raw_start, max(raw_start, self.document.to_raw(end - 1) + 1)

    def line_of(self, finding: Finding) -> int:
        """The input line a finding is reported at."""
        return self.lines.line_col(self.raw_span(finding.start, finding.end)[0])[0]

    def counts(self) -> dict[str, int]:
        """Findings per severity."""
        counter = Counter(f.severity for f in self.findings)
        return {s: counter.get(s, 0) for s in SEVERITIES}

    def fingerprint(self, finding: Finding) -> str:
        """Rule + file + normalised claim text (or the flagged text): stable across unrelated edits."""
        claims = self.claim_by_id
        claim = claims.get(finding.claim) if finding.claim else None
        # Cached per (rule, subject): one long claim with many findings is normalised and hashed once, not per finding.
        key = (finding.rule, claim.id) if claim else (finding.rule, finding.start, finding.end)
        found = self._fingerprints.get(key)
        if found is None:
            # the claim's text, or the flagged text itself (empty for a finding about the whole document)
            subject = claim.text if claim else self.document.text[finding.start : finding.end]
            normalised = self._normalised.get(subject)
            if normalised is None:  # a claim with findings of several rules is normalised once
                normalised = self._normalised[subject] = _NORMALISE.sub(" ", subject.lower()).strip()
            text = "\0".join((finding.rule, self.document.source or "", normalised))
            found = self._fingerprints[key] = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:20]
        return found

    @cached_property
    def fingerprints(self) -> list[str]:
        """The findings' fingerprints, in order, no two alike: :meth:`fingerprint`, except that the second and later
        finding of one rule on one claim (two placeholders in one sentence) has it hashed with its rank there."""
        ranks: Counter[str] = Counter()
        found = []
        for finding in self.findings:
            base = self.fingerprint(finding)
            rank = ranks[base]
            ranks[base] += 1
            found.append(base if not rank else hashlib.sha256(f"{base}\0{rank}".encode()).hexdigest()[:20])
        return found

    @cached_property
    def _fingerprints(self) -> dict[tuple[object, ...], str]:
        return {}

    @cached_property
    def _normalised(self) -> dict[str, str]:
        return {}

    def to_dict(self) -> dict[str, Any]:
        """The report as plain JSON data (see ``schemas/report.schema.json``)."""
        with paused():  # a dictionary per claim, citation and finding, and no cycles: see auditor.collector
            return self._to_dict()

    def _to_dict(self) -> dict[str, Any]:
        doc = self.document
        check_worthy = sum(c.check_worthy for c in self.claims)
        return {
            "schema_version": SCHEMA_VERSION,
            "tool": {"name": "auditor", "version": __version__},
            "document": {
                "source": doc.source,
                "format": doc.format,
                "sha256": hashlib.sha256(doc.raw.encode("utf-8", "surrogatepass")).hexdigest(),
                "title": doc.title,
                "published": doc.published,
                "published_from": doc.published_from,
            },
            "summary": {
                "claims": len(self.claims),
                "check_worthy": check_worthy,
                "cited": self.cited,
                "citation_coverage": round(self.cited / check_worthy, 4) if check_worthy else 1.0,
                "findings": self.counts(),
                "suppressed": self.suppressed,
            },
            "claims": [self._claim(c) for c in self.claims],
            "citations": [self._citation(c) for c in self.citations],
            "findings": [self._finding(f, n) for n, f in enumerate(self.findings, 1)],
            "errors": [{"rule": e.rule, "name": e.name, "message": e.message} for e in self.errors],
        }

    def _claim(self, claim: Claim) -> dict[str, Any]:
        start, end = self.raw_span(claim.start, claim.end)
        line, column = self.lines.line_col(start)
        return {
            "id": claim.id,
            "text": claim.text,
            "start": start,
            "end": end,
            "line": line,
            "column": column,
            "check_worthy": claim.check_worthy,
            "score": claim.score,
            "kinds": list(claim.kinds),
            "citations": list(claim.citations),
        }

    def _citation(self, citation: Citation) -> dict[str, Any]:
        start, end = self.raw_span(citation.start, citation.end)
        return {
            "id": citation.id,
            "kind": citation.kind,
            "url": citation.url,
            "text": citation.text,
            "start": start,
            "end": end,
            "line": self.lines.line_col(start)[0],
            "claims": list(citation.claims),
        }

    def _finding(self, finding: Finding, number: int) -> dict[str, Any]:
        start, end = self.raw_span(finding.start, finding.end)
        line, column = self.lines.line_col(start)
        end_line = self.lines.line_col(max(start, end - 1))[0]
        return {
            "id": f"f{number}",
            "rule": finding.rule,
            "name": finding.name,
            "severity": finding.severity,
            "message": finding.message,
            "start": start,
            "end": end,
            "line": line,
            "column": column,
            "end_line": end_line,
            "claim": finding.claim,
            "related": list(finding.related),
            "citation": finding.citation,
            "evidence": _plain(finding.evidence),
            "fingerprint": self.fingerprints[number - 1],
        }


def _plain(evidence: Mapping[str, Any]) -> dict[str, Any]:
    """A finding's evidence as a dict of its own. A finding keeps it read-only, as a ``MappingProxyType`` over a
    dict: that dict's ``copy()`` is several times cheaper than ``dict(proxy)``, which goes through the mapping
    protocol key by key (this runs for every finding of the report)."""
    return evidence.copy() if isinstance(evidence, MappingProxyType) else dict(evidence)


def sort_findings(findings: list[Finding]) -> tuple[Finding, ...]:
    """Findings in reading order, ties broken by rule and message, duplicates dropped."""
    unique = {(f.start, f.end, f.rule, f.message): f for f in findings}
    return tuple(unique[k] for k in sorted(unique))
