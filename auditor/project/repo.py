"""git, asked through its command line: the project's files (honouring ``.gitignore``) and what changed.

Every call is read-only and runs with ``core.fsmonitor`` off (a repository's
configuration must not make the auditor run a program) and literal pathspecs.
When git is missing or the folder is not a work tree, :func:`ls_files` answers
None and discovery walks the folder itself (:mod:`auditor.project.ignore`).
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from auditor.errors import InputError

TIMEOUT = 120.0
"""Seconds a git command may take (a huge repository's ls-files) before the auditor gives up on git."""
_BASE = ("-c", "core.fsmonitor=false", "-c", "core.quotepath=off", "--literal-pathspecs", "--no-pager")


class GitError(Exception):
    """A git command failed; ``stderr`` holds its first line of complaint."""

    def __init__(self, stderr: str) -> None:
        super().__init__(stderr)
        self.stderr = stderr


def _git(cwd: Path, *args: str) -> bytes:
    exe = shutil.which("git")
    if exe is None:
        raise GitError("git is not installed")
    env = {**os.environ, "GIT_OPTIONAL_LOCKS": "0", "GIT_TERMINAL_PROMPT": "0"}
    try:
        done = subprocess.run(
            [exe, *_BASE, *args], cwd=cwd, capture_output=True, timeout=TIMEOUT, check=False, env=env
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise GitError(str(exc)) from None
    if done.returncode != 0:
        lines = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise GitError(lines[0] if lines else f"git exited with {done.returncode}")
    return done.stdout


def _names(output: bytes) -> list[str]:
    return [name for name in output.decode("utf-8", "surrogateescape").split("\0") if name]


def toplevel(path: Path) -> Path | None:
    """The root of the git work tree holding ``path``, or None."""
    try:
        out = _git(path if path.is_dir() else path.parent, "rev-parse", "--show-toplevel")
    except GitError:
        return None
    return Path(out.decode("utf-8", "surrogateescape").strip())


def ls_files(root: Path, pathspecs: list[str]) -> list[str] | None:
    """Tracked and untracked-but-not-ignored files under ``pathspecs``, relative to ``root`` (POSIX);
    None when git cannot answer (not installed, not a work tree, an unsafe-ownership refusal)."""
    try:
        out = _git(root, "ls-files", "-z", "--cached", "--others", "--exclude-standard", "--", *pathspecs)
    except GitError:
        return None
    return sorted(set(_names(out)))


def changed_since(root: Path, rev: str, deleted: bool = False) -> set[str]:
    """Files changed between ``rev`` and the work tree (staged or not), plus untracked ones, relative to
    ``root``; deleted files are left out (with ``deleted``, only they are given). A revision git does not
    know is an :class:`InputError`."""
    if rev.startswith("-"):
        raise InputError(f"--changed-since {rev!r}: not a revision")
    try:
        _git(root, "rev-parse", "--verify", "--quiet", "--end-of-options", f"{rev}^{{commit}}")
    except GitError:
        if toplevel(root) is None:
            raise InputError(f"--changed-since: {root} is not in a git work tree") from None
        raise InputError(f"--changed-since: git does not know the revision {rev!r}") from None
    try:
        which = "--diff-filter=D" if deleted else "--diff-filter=d"
        diff = _git(root, "diff", "--name-only", "-z", "--relative", "--no-renames", which, rev, "--")
        if deleted:
            return set(_names(diff))
        untracked = _git(root, "ls-files", "-z", "--others", "--exclude-standard")
    except GitError as exc:
        raise InputError(f"--changed-since {rev}: git failed ({exc.stderr})") from None
    return set(_names(diff)) | set(_names(untracked))
