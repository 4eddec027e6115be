"""The disk cache: warm runs read it, any change of content or settings misses, corruption is a miss."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from auditor.cache import DIRECTORY, Cache, entry_key
from tests.checktree import copy_tree, git, git_repo, run


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = copy_tree(tmp_path)
    monkeypatch.chdir(path)
    return path


def entries(repo: Path) -> list[Path]:
    return sorted((repo / DIRECTORY).rglob("*.json"))


def test_warm_run_reads_the_cache_and_gives_the_same_output(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cold = run(capsys, "check", "-f", "json", "--show", "info")
    assert len(entries(repo)) == 4
    assert run(capsys, "check", "-f", "json", "--show", "info") == cold
    _, out, _ = run(capsys, "check")
    assert "(4 files checked, 4 from the cache)" in out


def test_content_and_settings_changes_miss(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "check")
    clean = repo / "content" / "clean.md"
    clean.write_text(clean.read_text() + "\nThe ferry carried 900 passengers [source].\n")
    _, out, _ = run(capsys, "check")
    assert "3 from the cache" in out and "content/clean.md:8:" in out
    with (repo / ".auditor.toml").open("a") as handle:
        handle.write('[[overrides]]\nfiles = ["content/museum.html"]\nignore = ["CIT003"]\n')
    _, out, _ = run(capsys, "check")
    assert "3 from the cache" in out and "CIT003" not in out


def test_a_corrupt_cache_is_ignored_and_rebuilt(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cold = run(capsys, "check", "-f", "json", "--show", "info")
    damage = [b"", b"{not json", b'{"key": "x", "report": {}}', json.dumps({"key": 1}).encode()]
    for path, data in zip(entries(repo), damage, strict=True):
        path.write_bytes(data)
    (repo / DIRECTORY / "v1" / "00").mkdir(exist_ok=True)
    (repo / DIRECTORY / "v1" / "00" / "stray.json").write_bytes(b"\x00\xff")
    assert run(capsys, "check", "-f", "json", "--show", "info") == cold
    rebuilt = [json.loads(p.read_text()) for p in entries(repo) if p.name != "stray.json"]
    assert len(rebuilt) == 4 and all(isinstance(e["report"], dict) and len(e["key"]) == 64 for e in rebuilt)
    _, out, _ = run(capsys, "check")
    assert "4 from the cache" in out


def test_an_unwritable_cache_folder_is_not_fatal(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (repo / DIRECTORY).write_text("a file where the cache folder should be")
    code, out, _ = run(capsys, "check")
    assert code == 1 and "from the cache" not in out


def test_no_cache_neither_reads_nor_writes(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "check", "--no-cache")
    assert not (repo / DIRECTORY).exists()
    settings = repo / ".auditor.toml"
    settings.write_text("cache = false\n" + settings.read_text())
    run(capsys, "check")
    assert not (repo / DIRECTORY).exists()


def test_the_cache_folder_ignores_itself_for_git(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    git_repo(repo)
    run(capsys, "check")
    assert (repo / DIRECTORY / ".gitignore").read_text().splitlines()[-1] == "*"
    assert git(repo, "status", "--porcelain") == ""


def test_keys_depend_on_content_source_and_settings(tmp_path: Path) -> None:
    base = entry_key(b"text", "a.md", "select=('',)")
    assert base == entry_key(b"text", "a.md", "select=('',)")
    assert len({base, entry_key(b"text!", "a.md", "select=('',)"), entry_key(b"text", "b.md", "select=('',)"),
                entry_key(b"text", "a.md", "select=('CIT',)")}) == 4
    cache = Cache(tmp_path)
    cache.put("a.md", base, {"findings": []})
    assert cache.get("a.md", base) == {"findings": []} and cache.get("a.md", "other") is None
