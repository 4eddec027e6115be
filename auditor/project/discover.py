"""Which files ``auditor check`` audits: article extensions, include/exclude globs, ``.gitignore``.

In a git work tree the files come from ``git ls-files`` (tracked plus untracked,
minus what git ignores); elsewhere, or without git, a walk that reads the
``.gitignore`` files itself. A path named on the command line is audited even
with another extension or when git ignores it, but never when the configuration
excludes it (so that a pre-commit hook passing every staged file obeys
``exclude``). Files whose real location is outside the project root (a symbolic
link out of the repository) are never read.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from auditor.project import repo
from auditor.project.globs import matches
from auditor.project.ignore import Pattern, ignored, read_ignore_file

EXTENSIONS = (".md", ".markdown", ".mdx", ".html", ".htm", ".txt")
"""Article file extensions discovered by default (``extensions`` in the configuration)."""
SKIPPED_DIRS = frozenset(
    {".git", ".hg", ".svn", ".auditor_cache", "node_modules", ".venv", "venv", "__pycache__", ".tox", ".nox"}
)
"""Directories never entered: version control, caches, virtual environments, installed packages."""
GENERATOR_DIRS = frozenset({"_includes", "_layouts", "_sass", "_data", "_plugins", "_site"})
"""A site generator's own folders (Jekyll, Eleventy): partials, layouts and data that articles are
built from, and the built site. Their Markdown and HTML are fragments or copies, never articles of
their own (an include's labels are defined by the posts that include it), so they are never audited."""
NOT_ARTICLES = SKIPPED_DIRS | GENERATOR_DIRS


@dataclass(frozen=True, slots=True)
class Selection:
    """What to discover: extensions, globs, and whether ``.gitignore`` files count."""

    extensions: tuple[str, ...] = EXTENSIONS
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    respect_gitignore: bool = True

    def wanted(self, source: str) -> bool:
        """Whether a discovered file (relative POSIX path) is an article to audit."""
        return (
            source.lower().endswith(self.extensions)
            and (not self.include or matches(source, self.include))
            and not self.excluded(source)
        )

    def partial(self, source: str) -> bool:
        """Whether a file is left out only for being in a site generator's folder (``_includes/``...)."""
        folders = source.split("/")[:-1]
        return (
            bool(GENERATOR_DIRS.intersection(folders))
            and not SKIPPED_DIRS.intersection(folders)
            and source.lower().endswith(self.extensions)
            and (not self.include or matches(source, self.include))
            and not matches(source, self.exclude)
        )

    def excluded(self, source: str) -> bool:
        """Whether the configuration excludes this path (or one of its directories)."""
        return bool(NOT_ARTICLES.intersection(source.split("/")[:-1])) or matches(source, self.exclude)


@dataclass(frozen=True, slots=True)
class Target:
    """A file to audit: where it is, and its path relative to the project root (POSIX), its ``source``."""

    path: Path
    source: str
    missing: bool = False
    """Named on the command line but not there: reported as that file's error."""


def relative(path: Path, root: Path) -> str:
    """``path`` relative to ``root``, POSIX (with ``..`` when outside it)."""
    return Path(os.path.relpath(path, root)).as_posix()


def discover(
    paths: Sequence[str], root: Path, selection: Selection, partials: set[str] | None = None
) -> list[Target]:
    """The files to audit under ``paths`` (files or folders), sorted by source, each once. ``partials``, when
    given, collects the files left out only for being in a site generator's folder (:data:`GENERATOR_DIRS`)."""
    found: dict[str, Target] = {}
    folders: list[Path] = []
    for given in paths or ["."]:
        path = Path(given).absolute()
        source = relative(path, root)
        if path.is_dir():
            folders.append(path)
        elif path.exists():  # a file, or a FIFO or device: the reader refuses those, saying what they are
            if not selection.excluded(source) and _inside(path, root):
                found[source] = Target(path, source)
            elif partials is not None and selection.partial(source):
                partials.add(source)
        else:
            found[source] = Target(path, source, missing=True)
    if folders:
        for source in _folder_files(folders, root, selection, partials is not None):
            path = root / source
            if selection.wanted(source) and _inside(path, root):
                found.setdefault(source, Target(path, source))
            elif partials is not None and selection.partial(source):
                partials.add(source)
    return [found[s] for s in sorted(found)]


def _inside(path: Path, root: Path) -> bool:
    if not path.is_symlink():
        return True
    try:
        path.resolve().relative_to(root.resolve())
    except (OSError, ValueError):
        return False
    return True


def _folder_files(folders: list[Path], root: Path, selection: Selection, generator_dirs: bool = False) -> Iterable[str]:
    inside = [f for f in folders if not relative(f, root).startswith("..")]
    outside = [f for f in folders if f not in inside]
    if selection.respect_gitignore and inside:
        listed = repo.ls_files(root, [relative(f, root) for f in inside])
        if listed is not None:
            yield from (name for name in listed if (root / name).is_file())
            inside = []
    for folder in inside + outside:
        yield from walk(folder, root, selection.respect_gitignore, generator_dirs)


def walk(folder: Path, root: Path, respect_gitignore: bool = True, generator_dirs: bool = False) -> Iterable[str]:
    """Every file under ``folder`` (relative POSIX to ``root``), skipping what ``.gitignore`` files ignore and
    the folders never entered (a site generator's own too, unless ``generator_dirs``)."""
    passed = SKIPPED_DIRS if generator_dirs else NOT_ARTICLES
    patterns = _outer_patterns(folder, root) if respect_gitignore else []
    stack: list[tuple[Path, list[Pattern]]] = [(folder, patterns)]
    while stack:
        directory, inherited = stack.pop()
        base = relative(directory, root)
        base = "" if base == "." else base
        rules = inherited
        if respect_gitignore and (directory / ".gitignore").is_file():
            rules = inherited + read_ignore_file(directory / ".gitignore", base)
        try:
            entries = sorted(os.scandir(directory), key=lambda e: e.name)
        except OSError:
            continue
        for entry in entries:
            source = f"{base}/{entry.name}" if base else entry.name
            is_dir = entry.is_dir(follow_symlinks=False)
            if is_dir and entry.name in passed:
                continue
            if respect_gitignore and ignored(source, is_dir, rules):
                continue
            if is_dir:
                stack.append((Path(entry.path), rules))
            elif entry.is_file():
                yield source


def _outer_patterns(folder: Path, root: Path) -> list[Pattern]:
    """The ignore rules that apply to ``folder`` from the root down to its parent (and .git/info/exclude)."""
    patterns = read_ignore_file(root / ".git" / "info" / "exclude", "")
    rel = relative(folder, root)
    if rel == "." or rel.startswith(".."):
        return patterns
    parts = rel.split("/")
    for depth in range(len(parts)):
        base = "/".join(parts[:depth])
        patterns += read_ignore_file(root.joinpath(*parts[:depth], ".gitignore"), base)
    return patterns
