"""Inline suppressions written in Markdown or HTML comments.

``<!-- auditor-disable-next-line CIT001 -- reason -->`` silences the listed codes
(or code prefixes; none listed means every rule) on the next non-blank line;
``<!-- auditor-disable CIT001 -->`` ... ``<!-- auditor-enable CIT001 -->`` silences
them on every line in between (to the end of the file when not re-enabled).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from auditor.model import Finding, LineIndex, Suppression

_COMMENT = re.compile(
    r"<!--\s*auditor-(disable-next-line|disable|enable)\b\s*([A-Za-z0-9,\s]*?)\s*(?:--\s+((?:(?!-->).)*?))?\s*-->", re.S
)


def find_suppressions(raw: str, lines: LineIndex) -> tuple[Suppression, ...]:
    """The suppressions written in ``raw``, as line ranges (``start``/``end`` are 1-based lines)."""
    found: list[Suppression] = []
    open_: dict[str, tuple[int, str | None]] = {}
    for m in _COMMENT.finditer(raw):
        action, codes = m[1], frozenset(c.upper() for c in re.split(r"[,\s]+", m[2]) if c) or frozenset({""})
        line = lines.line_col(m.start())[0]
        end_line = lines.line_col(m.end())[0]
        if action == "disable-next-line":
            target = _next_content_line(raw, m.end())
            found.append(Suppression(codes, lines.line_col(target)[0], lines.line_col(target)[0], m[3]))
        elif action == "disable":
            for code in codes:
                open_.setdefault(code, (end_line, m[3]))
        else:
            for code in codes if codes != {""} else list(open_):
                if code in open_:
                    first, reason = open_.pop(code)
                    found.append(Suppression(frozenset({code}), first, line, reason))
    last = len(lines.starts)
    found.extend(Suppression(frozenset({code}), first, last, reason) for code, (first, reason) in open_.items())
    return tuple(found)


def _next_content_line(raw: str, pos: int) -> int:
    """Offset of the first non-blank character after the comment's line."""
    newline = raw.find("\n", pos)
    if newline < 0:
        return pos
    m = re.compile(r"\S").search(raw, newline)
    return m.start() if m else newline


def apply(
    findings: Iterable[Finding], lines_of: Iterable[int], suppressions: tuple[Suppression, ...]
) -> tuple[list[Finding], int]:
    """The findings not silenced (``lines_of`` gives each finding's input line), and how many were.

    One sweep over the lines: a suppression's codes are active from its first to its last line, and a
    finding is silenced when a prefix of its rule code is active at its line. Checking every finding
    against every suppression would be quadratic in a file with thousands of both.
    """
    pairs = list(zip(findings, lines_of, strict=True))
    events = sorted(
        (line, step, code)
        for s in suppressions
        for code in s.codes
        for line, step in ((s.start, 1), (s.end + 1, -1))
    )
    active: Counter[str] = Counter()
    silenced_at: set[int] = set()
    e = 0
    for n in sorted(range(len(pairs)), key=lambda i: pairs[i][1]):
        finding, line = pairs[n]
        while e < len(events) and events[e][0] <= line:
            _, step, code = events[e]
            active[code] += step
            e += 1
        rule = finding.rule
        if any(active[rule[:i]] > 0 for i in range(len(rule) + 1)):
            silenced_at.add(n)
    kept = [finding for n, (finding, _) in enumerate(pairs) if n not in silenced_at]
    return kept, len(silenced_at)
