"""Helpers for the check-mode tests: a copy of the fixture content repository, and running the CLI in it."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from auditor.cli import main
from tests.conftest import FIXTURES

TREE = FIXTURES / "check"


def copy_tree(tmp_path: Path, name: str = "repo") -> Path:
    """A fresh copy of fixtures/check (a small content repository with a .auditor.toml)."""
    target = tmp_path / name
    shutil.copytree(TREE, target)
    return target


def write_tree(root: Path, files: dict[str, str]) -> Path:
    """Write each file of ``files`` (path under ``root`` -> text), making its folders; returns ``root``."""
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def git(repo: Path, *args: str) -> str:
    """Run a real git command in ``repo``."""
    done = subprocess.run(
        ["git", "-c", "user.name=Test", "-c", "user.email=test@example.org", "-c", "commit.gpgsign=false", *args],
        cwd=repo,
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout


def git_repo(path: Path) -> Path:
    """Make ``path`` a git repository with everything committed."""
    git(path, "init", "-q", "-b", "main")
    git(path, "add", "-A")
    git(path, "commit", "-q", "-m", "initial")
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """``auditor ARGV`` in process: (exit code, stdout, stderr)."""
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err
