"""The check-mode result cache in ``.auditor_cache/`` at the project root.

One SQLite table holds, per audited path, the key its result was made under and the file's report as
JSON text, twice: whole, and slim (only the claims and citations its findings name, see
:func:`auditor.results.slim`), so that a warm run whose output needs no more reads and keeps in
memory less than half; the key is a hash of the file's content, the tool (its version and its own
files, so a changed rule never serves stale results), the path, the effective configuration and what
the article reads from its site (included files, ``_config.yml``). SQLite, not a file per entry: a
write is a row in a batch's transaction instead of a file created and renamed, and a warm run reads
one file. A missing, unreadable, corrupt or stale entry is a miss: the file is audited again and the
row rewritten; a database that cannot be opened or read is deleted and rebuilt. Reports are stored
as JSON, never pickle: a cache folder committed to a repository by someone else must not be able to
run code. A ``.gitignore`` inside holding ``*`` keeps the folder out of git.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sqlite3
from collections.abc import Iterable, Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

from auditor._version import __version__
from auditor.results import slim

DIRECTORY = ".auditor_cache"
FORMAT = "3"
"""Bumped when the layout changes (the database file's name carries it)."""
TIMEOUT = 30.0
"""Seconds a writer waits for another process's transaction."""


@lru_cache(maxsize=1)
def tool_digest() -> str:
    """The version plus the size and modification time of every file of the package."""
    package = Path(__file__).resolve().parents[1]  # the whole auditor package, not this room
    h = hashlib.sha256(f"{__version__}\0{FORMAT}".encode())
    for path in sorted(package.rglob("*")):
        if path.suffix in (".py", ".json", ".txt") and "__pycache__" not in path.parts:
            stat = path.stat()
            h.update(f"{path.relative_to(package)}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
    return h.hexdigest()


def entry_key(content: bytes, source: str, config_digest: str, includes: str = "") -> str:
    """The key of a file's result; ``includes`` is the digest of what it reads from its site (the files it
    includes, the settings its ``{{ site.key }}`` values come from), which its result depends on too."""
    h = hashlib.sha256(tool_digest().encode())
    for part in (source.encode("utf-8", "surrogateescape"), config_digest.encode(), includes.encode(), content):
        h.update(len(part).to_bytes(8, "big"))
        h.update(part)
    return h.hexdigest()


class Cache:
    """Results by path, valid while their key matches. Every failure to use the folder is a miss, never fatal.

    Each process opens its own connection (a forked worker never uses its parent's).
    """

    def __init__(self, root: Path) -> None:
        self.folder = root / DIRECTORY
        self.path = self.folder / f"results-v{FORMAT}.sqlite3"
        self.hits = 0
        self._db: sqlite3.Connection | None = None
        self._pid = 0
        self._broken = False

    def _open(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=TIMEOUT, isolation_level=None)
        db.execute("PRAGMA trusted_schema=OFF")
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=OFF")  # a cache: losing the last writes on a crash is only a miss
        db.execute("CREATE TABLE IF NOT EXISTS entries (source TEXT PRIMARY KEY, key TEXT, report TEXT, slim TEXT)")
        return db

    def _connect(self, create: bool) -> sqlite3.Connection | None:
        """This process's connection; None when there is no database to read, or none can be made."""
        if self._broken:
            return None
        if self._db is not None and self._pid == os.getpid():
            return self._db
        if not create and not self.path.is_file():
            return None
        try:
            if create:
                self._prepare_folder()
            db = self._open()
        except (sqlite3.Error, OSError):
            if not create:
                return None
            self._reset()
            try:
                db = self._open()
            except (sqlite3.Error, OSError):
                self._broken = True
                return None
        self._db, self._pid = db, os.getpid()
        return db

    def _reset(self) -> None:
        """Forget an unusable database: close it and delete its files, to be made anew."""
        if self._db is not None and self._pid == os.getpid():
            with contextlib.suppress(sqlite3.Error):
                self._db.close()
        self._db = None
        for suffix in ("", "-wal", "-shm"):
            with contextlib.suppress(OSError):
                Path(f"{self.path}{suffix}").unlink()

    def _prepare_folder(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        ignore = self.folder / ".gitignore"
        if not ignore.is_file():
            ignore.write_text("# Created by auditor: this folder is a cache.\n*\n", encoding="utf-8")

    def get(self, source: str, key: str, full: bool = True) -> dict[str, Any] | None:
        """The cached report of ``source`` (whole, or slim) when it was made under ``key``."""
        db = self._connect(create=False)
        if db is None:
            return None
        column = "report" if full else "slim"
        try:
            row = db.execute(f"SELECT key, {column} FROM entries WHERE source = ?", (source,)).fetchone()
        except sqlite3.Error:
            self._reset()
            return None
        if row is None or row[0] != key:
            return None
        try:
            report = json.loads(row[1])
        except (TypeError, ValueError):
            return None
        if not isinstance(report, dict):
            return None
        self.hits += 1
        return report

    def put_many(self, entries: Iterable[tuple[str, str, Mapping[str, Any]]]) -> None:
        """Store (source, key, report) rows in one transaction; silently nothing when that fails."""
        # json.dumps, not json.dump: only the one-shot form uses the C encoder (several times faster).
        rows = [(source, key, _dumps(report), _dumps(slim(report))) for source, key, report in entries]
        if not rows:
            return
        for _ in range(2):  # once more after deleting a database that turned out unusable
            db = self._connect(create=True)
            if db is None:
                return
            try:
                with db:
                    db.execute("BEGIN")
                    db.executemany("INSERT OR REPLACE INTO entries VALUES (?, ?, ?, ?)", rows)
                return
            except sqlite3.Error:
                self._reset()

    def put(self, source: str, key: str, report: Mapping[str, Any]) -> None:
        """Store one report."""
        self.put_many([(source, key, report)])

    def close(self) -> None:
        """Close this process's connection."""
        if self._db is not None and self._pid == os.getpid():
            with contextlib.suppress(sqlite3.Error):
                self._db.close()
        self._db = None


def _dumps(data: Mapping[str, Any]) -> str:
    # A report is a tree of plain dicts and lists made by Report.to_dict: no cycle to look for (the check keeps a
    # dict of every container it enters; without it the whole reports of the bench_check corpora encode ~15% faster).
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), check_circular=False)
