"""Jekyll site settings: the plain values of ``_config.yml`` that ``{{ site.key }}`` prints into content.

A post may write ``at block {{ site.activation_height }}``; Jekyll prints the value of that key of
the site's ``_config.yml``. This reads the nearest ``_config.yml`` above the article (no higher than
the repository's root, the first folder with a ``.git``), bounded in size, and keeps only what is
certain without a YAML library or running Jekyll: top-level keys whose value is a plain, single- or
double-quoted scalar on the key's own line, holding no Markdown or HTML characters (a value such as
``'**'`` is markup the renderer would read). Everything else (nested maps, lists, block scalars,
anchors, tags, a key given twice, a value over :data:`MAX_VALUE` characters) is left out, and the
template piece stays an unknown value: it adds no text.
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path

CONFIG_FILE = "_config.yml"
MAX_CONFIG_BYTES = 256_000
"""A larger settings file is not read (every value is unknown)."""
MAX_VALUE = 200
"""A longer value is not printed into the text."""
MAX_LEVELS_UP = 8
"""How many folders above the article to look for ``_config.yml``."""

_KEY_LINE = re.compile(r"^([A-Za-z_][\w-]*)[ \t]*:(?:[ \t]+(.*?))?[ \t]*$")
_COMMENT = re.compile(r"[ \t]+#.*$")
_MARKUP = frozenset("*_[]<>{}`|\\~")
"""Characters that make a printed value markup for the Markdown renderer, or a template."""
_RETYPED = frozenset({"yes", "no", "on", "off", "y", "n", "null", "nil"})
_NUMBER_LIKE = re.compile(r"[-+.]?[0-9][0-9_.,:eExXoObB+-]*")
_INTEGER = re.compile(r"-?(?:0|[1-9][0-9]*)")
_NOT_PLAIN = tuple("&*!|>[{%@`,?#")
"""What a plain scalar may not start with (YAML indicators): anchors, aliases, tags, block scalars,
flow collections, comments."""


def config_path(article: Path) -> Path | None:
    """The nearest ``_config.yml`` above ``article``, not above the repository root."""
    folder = article.parent
    for _ in range(MAX_LEVELS_UP):
        if (folder / CONFIG_FILE).is_file():
            return folder / CONFIG_FILE
        if (folder / ".git").exists() or folder.parent == folder:
            return None
        folder = folder.parent
    return None


def config_candidates(article: Path) -> list[Path]:
    """Where :func:`config_path` looks for the settings file, nearest first, up to the one it finds: a file
    added at one of these places, or the one found deleted, changes the article's values."""
    looked = []
    folder = article.parent
    for _ in range(MAX_LEVELS_UP):
        looked.append(folder / CONFIG_FILE)
        if looked[-1].is_file() or (folder / ".git").exists() or folder.parent == folder:
            break
        folder = folder.parent
    return looked


def site_values(article: Path | None) -> Mapping[str, str]:
    """``site.key`` (case-folded) -> the text ``{{ site.key }}`` prints, for the article's site; empty without one."""
    path = config_path(article) if article else None
    if path is None:
        return {}
    try:
        info = os.stat(path)
    except OSError:
        return {}
    return _read(str(path), info.st_mtime_ns, info.st_size)[0]


def site_digest(article: Path | None) -> str:
    """A hash of the settings file the article's ``{{ site.key }}`` values come from; empty without one."""
    path = config_path(article) if article else None
    if path is None:
        return ""
    try:
        info = os.stat(path)
    except OSError:
        return f"{path}\0unreadable"
    return f"{path}\0{_read(str(path), info.st_mtime_ns, info.st_size)[1]}"


@lru_cache(maxsize=16)
def _read(path: str, _mtime: int, _size: int) -> tuple[Mapping[str, str], str]:
    """(values, hash of the bytes) of one settings file, cached per version; nothing when it cannot be read."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return {}, "unreadable"
    with os.fdopen(fd, "rb") as handle:
        if not stat.S_ISREG(os.fstat(fd).st_mode):  # a FIFO or device named _config.yml is never read
            return {}, "not a file"
        data = handle.read(MAX_CONFIG_BYTES + 1)
    digest = hashlib.sha256(data).hexdigest()
    if len(data) > MAX_CONFIG_BYTES:
        return {}, digest
    return parse(data.decode("utf-8", errors="replace")), digest


def parse(text: str) -> dict[str, str]:
    """The top-level plain scalar values of a YAML document, by ``site.key``; see the module's docstring."""
    values: dict[str, str | None] = {}
    lines = text.splitlines()
    for n, line in enumerate(lines):
        if line.strip() in ("---", "...") and n > 0:
            break  # a second document: not the settings
        m = _KEY_LINE.match(line)
        if m is None:
            continue
        key = "site." + m[1].casefold()
        value = _scalar(m[2] or "")
        if value is not None and _continues(lines, n):
            value = None  # a plain scalar folded over the next lines, or a nested map
        values[key] = None if key in values else value
    return {k: v for k, v in values.items() if v is not None}


def _continues(lines: list[str], n: int) -> bool:
    """Whether the line after ``n`` (blank and comment lines passed) is indented: it belongs to key ``n``."""
    for line in lines[n + 1 :]:
        stripped = line.strip()
        if stripped and not stripped.startswith("#"):
            return line[:1] in (" ", "\t")
    return False


def _scalar(written: str) -> str | None:
    """The text of a one-line scalar, or None when it is not plainly one (or holds markup)."""
    if not written or written.startswith("#"):
        return None  # a nested map or list follows, or nothing
    if written[0] == '"':
        m = re.fullmatch(r'"((?:[^"\\]|\\["\\])*)"(?:[ \t]+#.*)?', written)
        value = re.sub(r"\\([\"\\])", r"\1", m[1]) if m else None
    elif written[0] == "'":
        m = re.fullmatch(r"'((?:[^']|'')*)'(?:[ \t]+#.*)?", written)
        value = m[1].replace("''", "'") if m else None
    elif written.startswith(_NOT_PLAIN) or ": " in written:
        value = None
    else:
        value = _COMMENT.sub("", written)
        if value.casefold() in _RETYPED or (_NUMBER_LIKE.fullmatch(value) and not _INTEGER.fullmatch(value)):
            value = None  # YAML makes it another value: yes -> true, 010 -> 8, 1:20 -> 80, 1.50 -> 1.5
    if value is None or not value.strip() or len(value) > MAX_VALUE or _MARKUP.intersection(value):
        return None
    return value
