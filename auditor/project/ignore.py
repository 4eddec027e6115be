"""``.gitignore`` rules in pure Python: what discovery honours when git itself is not there to ask.

Follows gitignore(5): blank lines and ``#`` comments are skipped, ``!`` re-includes,
a trailing ``/`` matches directories only, a pattern with a ``/`` before its end
is anchored at its file's directory, ``**`` spans directories, and the last
matching line wins. A file inside an ignored directory cannot be re-included
(the walker never enters that directory), as with git.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from auditor.project.globs import translate


@dataclass(frozen=True, slots=True)
class Pattern:
    """One line of an ignore file, compiled."""

    regex: re.Pattern[str]
    negate: bool
    dir_only: bool
    base: str
    """The directory of the ignore file, relative to the root ('' for the root)."""


def parse(text: str, base: str = "") -> list[Pattern]:
    """The patterns of one ignore file whose directory is ``base`` (relative POSIX, '' for the root)."""
    patterns = []
    for raw in text.splitlines():
        line = _strip_trailing_spaces(raw)
        if not line or line.startswith("#"):
            continue
        negate = line.startswith("!")
        if negate or line.startswith(("\\!", "\\#")):
            line = line[1:]
        dir_only = line.endswith("/")
        line = line.rstrip("/")
        if not line:
            continue
        anchored = "/" in line
        line = line.lstrip("/")
        body = translate(line)
        regex = re.compile(body if anchored else f"(?:.*/)?{body}", re.S)
        patterns.append(Pattern(regex, negate, dir_only, base))
    return patterns


def _strip_trailing_spaces(line: str) -> str:
    stripped = line.rstrip(" ")
    if stripped.endswith("\\") and len(stripped) < len(line):
        return stripped[:-1] + " "  # an escaped trailing space is kept
    return stripped


def ignored(path: str, is_dir: bool, patterns: list[Pattern]) -> bool:
    """Whether ``path`` (relative POSIX) is ignored by ``patterns``, outer files' patterns first."""
    verdict = False
    for p in patterns:
        if p.dir_only and not is_dir:
            continue
        if p.base:
            if not path.startswith(p.base + "/"):
                continue
            rel = path[len(p.base) + 1 :]
        else:
            rel = path
        if p.regex.fullmatch(rel):
            verdict = not p.negate
    return verdict


def read_ignore_file(path: Path, base: str) -> list[Pattern]:
    """The patterns of an ignore file, or none when it cannot be read."""
    try:
        return parse(path.read_text(encoding="utf-8", errors="replace"), base)
    except OSError:
        return []
