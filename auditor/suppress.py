"""Inline suppressions written in Markdown or HTML comments.

``<!-- auditor-disable-next-line CIT001 -- reason -->`` silences the listed codes
(or code prefixes; none listed means every rule) on the next non-blank line;
``<!-- auditor-disable CIT001 -->`` ... ``<!-- auditor-enable CIT001 -->`` silences
them on every line in between (to the end of the file when not re-enabled).

A suppression that silenced nothing is reported as AUD001 (unused-suppression)
by :func:`unused`, only for codes whose every rule ran: a comment naming a rule
that is switched off, needs the network, or crashed may still be needed.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Collection, Iterable

from auditor.model import Finding, LineIndex, Suppression

_COMMENT = re.compile(
    r"<!--\s*auditor-(disable-next-line|disable|enable)\b\s*([A-Za-z0-9,\s]*?)\s*(?:--\s+((?:(?!-->).)*?))?\s*-->", re.S
)


def find_suppressions(raw: str, lines: LineIndex) -> tuple[Suppression, ...]:
    """The suppressions written in ``raw``, as line ranges (``start``/``end`` are 1-based lines)."""
    found: list[Suppression] = []
    open_: dict[str, tuple[int, str | None, int]] = {}
    for m in _COMMENT.finditer(raw):
        action, codes = m[1], frozenset(c.upper() for c in re.split(r"[,\s]+", m[2]) if c) or frozenset({""})
        line = lines.line_col(m.start())[0]
        end_line = lines.line_col(m.end())[0]
        if action == "disable-next-line":
            target = lines.line_col(_next_content_line(raw, m.end()))[0]
            found.append(Suppression(codes, target, target, m[3], m.start(), action))
        elif action == "disable":
            for code in codes:
                open_.setdefault(code, (end_line, m[3], m.start()))
        else:
            for code in codes if codes != {""} else list(open_):
                if code in open_:
                    first, reason, at = open_.pop(code)
                    found.append(Suppression(frozenset({code}), first, line, reason, at))
    last = len(lines.starts)
    found.extend(Suppression(frozenset({code}), first, last, reason, at) for code, (first, reason, at) in open_.items())
    return tuple(sorted(found, key=lambda s: (s.at, sorted(s.codes))))


def _next_content_line(raw: str, pos: int) -> int:
    """Offset of the first non-blank character after the comment's line."""
    newline = raw.find("\n", pos)
    if newline < 0:
        return pos
    m = re.compile(r"\S").search(raw, newline)
    return m.start() if m else newline


def apply(
    findings: Iterable[Finding], lines_of: Iterable[int], suppressions: tuple[Suppression, ...]
) -> tuple[list[Finding], int, set[tuple[int, str]]]:
    """The findings not silenced (``lines_of`` gives each finding's input line), how many were, and which
    (suppression index, code) pairs silenced something.

    One sweep over the lines: a suppression's codes are active from its first to its last line, and a
    finding is silenced when a prefix of its rule code is active at its line. Checking every finding
    against every suppression would be quadratic in a file with thousands of both; here each
    (suppression, code) pair is switched on, marked used and switched off once.
    """
    pairs = list(zip(findings, lines_of, strict=True))
    events = sorted(
        (line, step, k, code)
        for k, s in enumerate(suppressions)
        for code in s.codes
        for line, step in ((s.start, 1), (s.end + 1, -1))
    )
    active: dict[str, set[int]] = defaultdict(set)
    fresh: dict[str, set[int]] = defaultdict(set)  # active and not yet known to have silenced anything
    used: set[tuple[int, str]] = set()
    silenced_at: set[int] = set()
    e = 0
    for n in sorted(range(len(pairs)), key=lambda i: pairs[i][1]):
        finding, line = pairs[n]
        while e < len(events) and events[e][0] <= line:
            _, step, k, code = events[e]
            if step > 0:
                active[code].add(k)
                if (k, code) not in used:
                    fresh[code].add(k)
            else:
                active[code].discard(k)
                fresh[code].discard(k)
            e += 1
        rule = finding.rule
        for prefix in {rule[:i] for i in range(len(rule) + 1)}:
            if active.get(prefix):
                silenced_at.add(n)
                used.update((k, prefix) for k in fresh[prefix])
                fresh[prefix].clear()
    kept = [finding for n, (finding, _) in enumerate(pairs) if n not in silenced_at]
    return kept, len(silenced_at), used


def unused(
    suppressions: tuple[Suppression, ...],
    used: set[tuple[int, str]],
    ran: Collection[str],
    known: Collection[str],
) -> list[tuple[Suppression, list[str], list[str]]]:
    """Suppressions with codes that silenced nothing: (suppression, unused codes, codes naming no rule).

    ``ran`` are the codes of the rules that ran to the end on this document, ``known`` every rule code.
    A code is unused only when every rule it names ran; a code that names no rule at all is reported too.
    """
    found = []
    for k, s in enumerate(suppressions):
        idle, unknown = [], []
        for code in sorted(s.codes):
            named = [c for c in known if c.startswith(code)]
            if not named:
                unknown.append(code)
            elif (k, code) not in used and all(c in ran for c in named):
                idle.append(code)
        if idle or unknown:
            found.append((s, idle, unknown))
    return found
