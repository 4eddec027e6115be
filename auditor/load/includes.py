"""Reference definitions an article pulls in through its site generator's includes.

A Jekyll post often defines its reference links in shared files: ``{% include references.md %}``,
``{% include linkers/issues.md issues="123,456" %}``. When the article's ``source`` is a file on
disk, those files are read from the repository: the site root is the nearest folder above the
article that has an ``_includes/`` folder (looking no higher than the repository's root, the first
folder with a ``.git``), ``{% include x %}`` reads ``_includes/x`` and ``{% include_relative x %}``
reads ``x`` beside the article. Nested includes are followed, a few levels deep, a bounded number
of bytes in all; no file outside the site root is ever read (paths are resolved, symlinks
included, before that check).

What cannot be read (no source file, an include computed at build time, a missing file, a bound
reached) makes the definitions *unknown*: a label the article uses but defines nowhere the loader
could look is then neither defined nor missing. So are the labels of a file that is itself an
include (in an ``_includes/`` folder): the pages that include it may define them.

:func:`included_digest` names everything a walk looked at (each file's path and content, each
include it could not follow), so that check mode's cache misses when an include changes.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from auditor.load.refdefs import References, read_definitions
from auditor.load.templates import assignments, include_names, may_print_markdown

MAX_DEPTH = 4
"""Includes inside includes are followed this many levels deep."""
MAX_FILE_BYTES = 1_000_000
"""A larger included file is not read (its definitions are unknown)."""
MAX_FILES = 40
"""At most this many included files are read for one article."""
MAX_TOTAL_BYTES = 4_000_000
"""... and at most this many bytes of them in all."""
MAX_LEVELS_UP = 8
"""How many folders above the article to look for ``_includes/``."""
INCLUDES_DIR = "_includes"


def line_spans(text: str, start: int = 0) -> list[tuple[int, int]]:
    """(start, end) of each line of ``text`` from ``start``, without its line break."""
    spans = []
    pos = start
    n = len(text)
    while pos < n:
        end = text.find("\n", pos)
        end = n if end < 0 else end
        stop = end - 1 if end > pos and text[end - 1] == "\r" else end
        spans.append((pos, stop))
        pos = end + 1
    return spans


def site_root(article: Path) -> Path | None:
    """The nearest folder above ``article`` with an ``_includes/`` folder, not above the repository root."""
    folder = article.parent
    for _ in range(MAX_LEVELS_UP):
        if (folder / INCLUDES_DIR).is_dir():
            return folder
        if (folder / ".git").exists() or folder.parent == folder:
            return None
        folder = folder.parent
    return None


def article_path(source: str | None, location: str | os.PathLike[str] | None = None) -> Path | None:
    """The article's file: ``location`` when given, else ``source`` when it names a file from here."""
    if location is None and (not source or "://" in source or source == "-"):
        return None
    try:
        path = Path(location if location is not None else source or "").resolve()
        return path if path.is_file() else None
    except (OSError, ValueError):
        return None


_Included = tuple[References, tuple[tuple[str, str | None], ...], str]


@lru_cache(maxsize=256)
def _read(path: str, _mtime: int, _size: int) -> _Included | None:
    """One included file's definitions, the includes it makes and a hash of its bytes (None: unreadable).
    Cached per version."""
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError:
        return None
    if len(data) > MAX_FILE_BYTES:
        return None
    text = data.decode("utf-8", errors="replace")
    refs, _ = read_definitions(text, line_spans(text), assignments(text))
    if may_print_markdown(text):
        refs = replace(refs, unknown=True)
    return refs, tuple(include_names(text)), hashlib.sha256(data).hexdigest()


class _Walk:
    """One article's includes, read depth first within the bounds."""

    def __init__(self, root: Path, article_dir: Path) -> None:
        self.root = root.resolve()
        self.includes = (root / INCLUDES_DIR).resolve()
        self.article_dir = article_dir
        self.seen: set[Path] = set()
        self.total = 0
        self.refs = References()
        self.trail: list[str] = []
        """What was looked at, in order: each file read (path and hash) and each include not followed."""
        self.absent: set[Path] = set()
        """Files an include names inside the site root that are not there (a deleted include)."""

    def target(self, tag: str, name: str) -> Path | None:
        """The file an include names, when it is inside the site root."""
        base = self.article_dir if tag == "include_relative" else self.includes
        try:
            path = (base / name).resolve()
        except (OSError, ValueError):
            return None
        inside = self.root if tag == "include_relative" else self.includes
        if path.is_relative_to(inside) and not path.exists():
            self.absent.add(path)
        if not path.is_relative_to(inside) or not path.is_file():
            if tag == "render" and not name.endswith(".liquid"):
                return self.target(tag, name + ".liquid")
            return None
        return path

    def follow(self, includes: tuple[tuple[str, str | None], ...] | list[tuple[str, str | None]], depth: int) -> None:
        for tag, name in includes:
            path = self.target(tag, name) if name else None
            if path is None or depth > MAX_DEPTH or len(self.seen) >= MAX_FILES:
                self._unknown(f"{tag} {name}")
                continue
            if path in self.seen:
                continue
            self.seen.add(path)
            try:
                stat = os.stat(path)
            except OSError:
                self._unknown(str(path))
                continue
            self.total += stat.st_size
            if self.total > MAX_TOTAL_BYTES:
                self._unknown(str(path))
                continue
            found = _read(str(path), stat.st_mtime_ns, stat.st_size)
            if found is None:
                self._unknown(str(path))
                continue
            self.trail.append(f"{path}\0{found[2]}")
            self.refs = self.refs.under(found[0])
            self.follow(found[1], depth + 1)

    def _unknown(self, what: str) -> None:
        self.trail.append(f"{what}\0unknown")
        self.refs = replace(self.refs, unknown=True)


def _walk(
    includes: list[tuple[str, str | None]], source: str | None, location: str | os.PathLike[str] | None
) -> _Walk | None:
    """The walk over an article's includes, or None when it has none or is no file under a site root."""
    if not includes:
        return None
    article = article_path(source, location)
    root = site_root(article) if article else None
    if article is None or root is None:
        return None
    walk = _Walk(root, article.parent)
    walk.follow(includes, 1)
    return walk


def included_references(
    raw: str, source: str | None, location: str | os.PathLike[str] | None = None
) -> References:
    """The definitions that ``raw``'s includes bring in, read from the repository when the article is a file
    in one (at ``location``, or else at ``source`` from the working directory); ``unknown`` when some
    could not be read, or when the article prints template output that could hold definitions."""
    # An included file is rendered inside the pages that include it, before Markdown is: their
    # definitions apply to it, and which pages those are is not known here.
    open_ended = may_print_markdown(raw) or is_partial(source, location)
    includes = include_names(raw)
    if not includes:
        return References(unknown=open_ended)
    refs = _walked(includes, source, location)
    if refs is None:
        return References(unknown=True)
    return replace(refs, unknown=refs.unknown or open_ended) if open_ended else refs


_shared: dict[tuple[Path, tuple[tuple[str, str | None], ...]], References | None] | None = None
"""The walks of the current :func:`shared_walks` block by article folder and include names; None outside one."""


@contextmanager
def shared_walks() -> Iterator[None]:
    """Within this block, :func:`included_references` walks once per article folder and include names, as
    :func:`included_digest` does within a check run: check mode's workers audit each batch of files in one (most
    of a Jekyll site's posts share a folder and include the same files; each walk resolves and stats every
    path it names). Outside one, every call walks afresh: an include may have changed since the last."""
    global _shared
    outer = _shared
    if outer is None:
        _shared = {}
    try:
        yield
    finally:
        _shared = outer


def _walked(
    includes: list[tuple[str, str | None]], source: str | None, location: str | os.PathLike[str] | None
) -> References | None:
    """The definitions the walk over ``includes`` found (None: no walk), shared within :func:`shared_walks`."""
    memo = _shared
    # The folder as named, as in included_digest (a link's real folder is only known by resolving it).
    named = Path(os.path.abspath(location)).parent if location is not None and not os.path.islink(location) else None
    if memo is None or named is None:
        walk = _walk(includes, source, location)
        return walk.refs if walk else None
    key = (named, tuple(includes))
    if key not in memo:
        walk = _walk(includes, source, location)
        memo[key] = walk.refs if walk else None
    return memo[key]


def is_partial(source: str | None, location: str | os.PathLike[str] | None = None) -> bool:
    """Whether the article is itself an include: a file in an ``_includes/`` folder."""
    named = os.fspath(location) if location is not None else source
    if not named or INCLUDES_DIR not in named:
        return False  # most articles: no system call
    article = article_path(source, location)
    return article is not None and INCLUDES_DIR in article.parent.parts


def included_files(
    raw: str,
    source: str | None,
    location: str | os.PathLike[str] | None = None,
    memo: dict[tuple[Path, tuple[tuple[str, str | None], ...]], frozenset[Path]] | None = None,
) -> frozenset[Path]:
    """The files (resolved) that :func:`included_references` reads for ``raw``, nested includes too, and those
    it looks for in vain (a deleted include); empty when ``raw`` includes nothing. ``memo`` shares the walks
    of one run by folder and include names."""
    includes = tuple(include_names(raw)) if "{%" in raw else ()
    if not includes:
        return frozenset()
    article = article_path(source, location)
    if article is None:
        return frozenset()
    if memo is not None and (article.parent, includes) in memo:
        return memo[article.parent, includes]
    walk = _walk(list(includes), source, article)
    found = frozenset(walk.seen | walk.absent) if walk else frozenset()
    if memo is not None:
        memo[article.parent, includes] = found
    return found


def included_digest(
    raw: str,
    source: str | None,
    location: str | os.PathLike[str] | None = None,
    memo: dict[tuple[Path, tuple[tuple[str, str | None], ...]], str] | None = None,
) -> str:
    """A hash of what :func:`included_references` reads for ``raw`` (every included file's path and content,
    every include it could not follow); empty when ``raw`` includes nothing. ``memo`` keeps the digests of
    one run by folder and include names: articles beside each other that include the same files (most of
    a Jekyll site's posts) share one walk."""
    includes = tuple(include_names(raw)) if "{%" in raw else ()
    if not includes:
        return ""
    # The folder as named, unless the file is a link (then only its real folder tells): resolving costs
    # a system call per path component, and most of a run's articles share a few folders.
    named = Path(os.path.abspath(location)).parent if location is not None and not os.path.islink(location) else None
    if memo is not None and named is not None and (named, includes) in memo:
        return memo[named, includes]
    article = article_path(source, location)
    walk = _walk(list(includes), source, article) if article else None
    digest = hashlib.sha256("\n".join(walk.trail).encode("utf-8", "surrogateescape")).hexdigest() if walk else ""
    if memo is not None and named is not None:
        memo[named, includes] = digest
    return digest
