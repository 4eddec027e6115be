"""The check-mode result cache in ``.auditor_cache/`` at the project root.

One JSON file per audited path holds the key it was made under and the file's
report; the key is a hash of the file's content, the tool (its version and its
own files, so a changed rule never serves stale results), the path and the
effective configuration. A missing, unreadable, corrupt or stale entry is a
miss: the file is audited again and the entry rewritten, atomically. The cache
is plain JSON, never pickle: a cache folder committed to a repository by
someone else must not be able to run code. A ``.gitignore`` inside holding
``*`` keeps the folder out of git.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

from auditor._version import __version__

DIRECTORY = ".auditor_cache"
FORMAT = "1"
"""Bumped when the entry layout changes."""


@lru_cache(maxsize=1)
def tool_digest() -> str:
    """The version plus the size and modification time of every file of the package."""
    package = Path(__file__).resolve().parent
    h = hashlib.sha256(f"{__version__}\0{FORMAT}".encode())
    for path in sorted(package.rglob("*")):
        if path.suffix in (".py", ".json", ".txt") and "__pycache__" not in path.parts:
            stat = path.stat()
            h.update(f"{path.relative_to(package)}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
    return h.hexdigest()


def entry_key(content: bytes, source: str, config_digest: str) -> str:
    """The key of a file's result."""
    h = hashlib.sha256(tool_digest().encode())
    for part in (source.encode("utf-8", "surrogateescape"), config_digest.encode(), content):
        h.update(len(part).to_bytes(8, "big"))
        h.update(part)
    return h.hexdigest()


class Cache:
    """Results by path, valid while their key matches. Every failure to use the folder is a miss, never fatal."""

    def __init__(self, root: Path) -> None:
        self.folder = root / DIRECTORY / f"v{FORMAT}"
        self.hits = 0
        self._ready: bool | None = None

    def _entry(self, source: str) -> Path:
        name = hashlib.sha256(source.encode("utf-8", "surrogateescape")).hexdigest()
        return self.folder / name[:2] / f"{name}.json"

    def get(self, source: str, key: str) -> dict[str, Any] | None:
        """The cached report of ``source`` when it was made under ``key``."""
        try:
            data = json.loads(self._entry(source).read_bytes())
        except (OSError, ValueError):
            return None
        if not isinstance(data, dict) or data.get("key") != key or not isinstance(data.get("report"), dict):
            return None
        report: dict[str, Any] = data["report"]
        self.hits += 1
        return report

    def put(self, source: str, key: str, report: Mapping[str, Any]) -> None:
        """Store a report; silently nothing when the folder cannot be written."""
        if not self._prepare():
            return
        target = self._entry(source)
        tmp: str | None = None
        try:
            target.parent.mkdir(exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=target.parent, suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump({"key": key, "report": report}, handle, ensure_ascii=False, separators=(",", ":"))
            os.replace(tmp, target)
        except OSError:
            if tmp is not None:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)

    def _prepare(self) -> bool:
        if self._ready is None:
            try:
                self.folder.mkdir(parents=True, exist_ok=True)
                ignore = self.folder.parent / ".gitignore"
                if not ignore.is_file():
                    ignore.write_text("# Created by auditor: this folder is a cache.\n*\n", encoding="utf-8")
                self._ready = True
            except OSError:
                self._ready = False
        return self._ready
