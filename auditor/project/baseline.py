"""Baseline files: today's findings recorded by fingerprint, hidden from later runs until they change.

The format (UTF-8 JSON, ``schemas/baseline.schema.json``; the HTML review page
exports the same)::

    {"schema_version": "1.0", "tool": "auditor",
     "findings": [{"fingerprint": "<20 hex>", "rule": "CIT001", "source": "content/post.md",
                   "claim": "the claim text, for people (not used for matching)",
                   "reason": "legacy | false-positive | intended | wont-fix"}]}

Matching is by ``fingerprint`` only (rule + file + normalised claim text, no
line numbers); entries are written sorted by (source, rule, fingerprint);
unknown extra keys are ignored on read.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

from auditor.errors import ConfigError
from auditor.results import BaselineEntry, FileResult, with_findings

SCHEMA_VERSION = "1.0"
REASONS = ("legacy", "false-positive", "intended", "wont-fix")
_FINGERPRINT = re.compile(r"^[0-9a-f]{20}$")


def read(path: Path) -> list[BaselineEntry]:
    """The entries of a baseline file; anything malformed is one :class:`ConfigError` line."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such baseline file (write one with --write-baseline)") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read the baseline ({exc.strerror or exc})") from None
    except (ValueError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: not a baseline file (invalid JSON: {exc})") from None
    if not isinstance(data, dict) or data.get("tool") != "auditor" or not isinstance(data.get("findings"), list):
        raise ConfigError(f'{path}: not a baseline file (needs "tool": "auditor" and a "findings" list)')
    if data.get("schema_version") != SCHEMA_VERSION:
        raise ConfigError(f"{path}: baseline schema_version {data.get('schema_version')!r} is not {SCHEMA_VERSION!r}")
    return [_entry(item, path, n) for n, item in enumerate(data["findings"])]


def _entry(item: Any, path: Path, n: int) -> BaselineEntry:
    where = f"{path}: findings[{n}]"
    if not isinstance(item, dict):
        raise ConfigError(f"{where}: must be an object")
    for key in ("fingerprint", "rule", "source"):
        if not isinstance(item.get(key), str):
            raise ConfigError(f"{where}: needs a string {key!r}")
    if not _FINGERPRINT.match(item["fingerprint"]):
        raise ConfigError(f"{where}: fingerprint {item['fingerprint']!r} is not 20 lowercase hex digits")
    reason = item.get("reason", "legacy")
    if reason not in REASONS:
        raise ConfigError(f"{where}: reason must be one of {', '.join(REASONS)}, not {reason!r}")
    claim = item.get("claim", "")
    if not isinstance(claim, str):
        raise ConfigError(f"{where}: claim must be a string")
    return BaselineEntry(item["fingerprint"], item["rule"], item["source"], claim, reason)


def dumps(entries: Iterable[BaselineEntry]) -> str:
    """A baseline file's text: entries deduplicated by fingerprint, sorted by (source, rule, fingerprint)."""
    unique = {e.fingerprint: e for e in entries}
    ordered = sorted(unique.values(), key=lambda e: (e.source, e.rule, e.fingerprint))
    data = {
        "schema_version": SCHEMA_VERSION,
        "tool": "auditor",
        "findings": [
            {"fingerprint": e.fingerprint, "rule": e.rule, "source": e.source, "claim": e.claim, "reason": e.reason}
            for e in ordered
        ],
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def write(path: Path, entries: Iterable[BaselineEntry]) -> None:
    """Write a baseline file."""
    try:
        path.write_text(dumps(entries), encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"{path}: cannot write the baseline ({exc.strerror or exc})") from None


def entries_of(result: FileResult, reasons: Mapping[str, str]) -> list[BaselineEntry]:
    """Baseline entries for every finding of a file, hidden or not (``reasons`` keeps earlier reasons)."""
    if result.report is None:
        return []
    claims = {c["id"]: c["text"] for c in result.report.get("claims", ())}
    return [
        BaselineEntry(
            f["fingerprint"],
            f["rule"],
            result.source,
            claims.get(f["claim"] or "", f["message"]),
            reasons.get(f["fingerprint"], "legacy"),
        )
        for f in (*result.findings, *result.baselined)
    ]


def hide(result: FileResult, fingerprints: set[str]) -> FileResult:
    """The file's result with the baselined findings moved out of its report (summary counts follow)."""
    if result.report is None or not any(f["fingerprint"] in fingerprints for f in result.findings):
        return result
    kept = [f for f in result.findings if f["fingerprint"] not in fingerprints]
    hidden = [f for f in result.findings if f["fingerprint"] in fingerprints]
    return with_findings(result, kept, baselined=(*result.baselined, *hidden))


def fixed(
    entries: Iterable[BaselineEntry], results: Iterable[FileResult], covers: Callable[[BaselineEntry], bool]
) -> list[BaselineEntry]:
    """Entries no finding matched, among those this run could have matched (``covers``)."""
    seen = {f["fingerprint"] for r in results for f in (*r.findings, *r.baselined)}
    return [e for e in entries if e.fingerprint not in seen and covers(e)]
