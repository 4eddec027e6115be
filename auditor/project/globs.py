"""Path globs of the configuration (include, exclude, overrides) and of ``.gitignore`` files.

Paths are POSIX and relative to the project root. In a pattern, ``*`` matches
within one path segment, ``**`` any number of segments, ``?`` one character and
``[abc]`` a set. A pattern without a ``/`` matches a file or directory name at
any depth (``drafts`` matches ``content/drafts/post.md``); one with a ``/`` is
anchored at the root (``content/drafts``); a pattern that matches a directory
matches everything under it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache


def translate(pattern: str) -> str:
    """A glob (one or more path segments) as a regular expression body, without anchors."""
    out: list[str] = []
    i, n = 0, len(pattern)
    while i < n:
        c = pattern[i]
        if c == "*":
            if pattern.startswith("**", i):
                before_ok = i == 0 or pattern[i - 1] == "/"
                after = pattern[i + 2 : i + 3]
                if before_ok and after == "/":  # "**/": zero or more directories
                    out.append("(?:[^/]*/)*")
                    i += 3
                    continue
                if before_ok and after == "":  # trailing "**": everything below
                    out.append(".*")
                    i += 2
                    continue
                out.append("[^/]*")  # "**" inside a segment is "*"
                i += 2
                continue
            out.append("[^/]*")
        elif c == "?":
            out.append("[^/]")
        elif c == "[":
            end = pattern.find("]", i + 2 if pattern[i + 1 : i + 2] in ("!", "^") else i + 1)
            if end < 0:
                out.append(re.escape(c))
            else:
                body = pattern[i + 1 : end]
                negate = body[:1] in ("!", "^")
                body = body[1:] if negate else body
                out.append(("[^/" if negate else "[") + body.replace("\\", "\\\\") + "]")
                i = end
        elif c == "\\" and i + 1 < n:
            i += 1
            out.append(re.escape(pattern[i]))
        else:
            out.append(re.escape(c))
        i += 1
    return "".join(out)


@lru_cache(maxsize=512)
def compile_glob(pattern: str) -> re.Pattern[str]:
    """The regular expression of one configuration glob (see the module documentation)."""
    body = pattern.strip()
    while body.startswith("./"):
        body = body[2:]
    anchored = "/" in body.rstrip("/")
    body = body.strip("/")
    prefix = "" if anchored else "(?:.*/)?"
    return re.compile(f"{prefix}{translate(body)}(?:/.*)?", re.S)


def matches(path: str, patterns: Iterable[str]) -> bool:
    """Whether the relative POSIX ``path`` matches any of ``patterns``."""
    return any(compile_glob(p).fullmatch(path) for p in patterns)
