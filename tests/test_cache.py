"""The disk cache: warm runs read it, any change of content or settings misses, corruption is a miss."""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

import pytest

from auditor.project.cache import DIRECTORY, Cache, entry_key
from tests.checktree import copy_tree, git, git_repo, run, write_tree


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = copy_tree(tmp_path)
    monkeypatch.chdir(path)
    return path


def entries(repo: Path) -> dict[str, tuple[str, dict[str, object]]]:
    """The cache's rows: source -> (key, report)."""
    with sqlite3.connect(Cache(repo).path) as db:
        rows = db.execute("SELECT source, key, report FROM entries").fetchall()
    return {source: (key, json.loads(report)) for source, key, report in rows}


def test_warm_run_reads_the_cache_and_gives_the_same_output(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cold = run(capsys, "check", "-f", "json", "--show", "info")
    assert sorted(entries(repo)) == ["content/clean.md", "content/legacy/2019-report.md", "content/museum.html", "content/ridership.md"]
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


def test_corrupt_rows_are_misses(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cold = run(capsys, "check", "-f", "json", "--show", "info")
    before = entries(repo)
    damage = ["", "{not json", "[1, 2]", "null"]
    with sqlite3.connect(Cache(repo).path) as db:
        for source, report in zip(sorted(before), damage, strict=True):
            db.execute("UPDATE entries SET report = ? WHERE source = ?", (report, source))
    assert run(capsys, "check", "-f", "json", "--show", "info") == cold
    assert entries(repo) == before  # rebuilt
    _, out, _ = run(capsys, "check")
    assert "4 from the cache" in out


@pytest.mark.parametrize("damage", [b"", b"not a database at all" * 100, b"SQLite format 3\x00" + b"\xff" * 5000])
def test_a_corrupt_database_is_deleted_and_rebuilt(repo: Path, capsys: pytest.CaptureFixture[str], damage: bytes) -> None:
    cold = run(capsys, "check", "-f", "json", "--show", "info")
    path = Cache(repo).path
    for extra in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        extra.unlink(missing_ok=True)
    path.write_bytes(damage)
    assert run(capsys, "check", "-f", "json", "--show", "info") == cold
    assert len(entries(repo)) == 4
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
    import auditor
    from auditor.results import slim

    text = "The pier reopened in 2021 [source].\n\nThe mill closed in 1971 ([archive](https://example.org/mill)).\n"
    report = auditor.audit_text(text, source="a.md").to_dict()
    cache = Cache(tmp_path)
    cache.put("a.md", base, report)
    assert cache.get("a.md", base) == report and cache.get("a.md", "other") is None
    assert cache.get("a.md", base, full=False) == slim(report) != report
    assert [c["text"] for c in slim(report)["claims"]] == ["The pier reopened in 2021."]


@pytest.mark.parametrize("fmt", ["sarif", "github", "junit", "markdown", "text"])
def test_slim_outputs_are_the_same_cold_and_warm(repo: Path, capsys: pytest.CaptureFixture[str], fmt: str) -> None:
    cold = run(capsys, "check", "-f", fmt, "--show", "info")
    assert cold == run(capsys, "check", "--no-cache", "-f", fmt, "--show", "info")
    warm = run(capsys, "check", "-f", fmt, "--show", "info")
    if fmt == "text":
        assert warm[1] == cold[1].replace("(4 files checked)", "(4 files checked, 4 from the cache)")
    else:
        assert warm == cold


def test_editing_an_include_misses_only_the_articles_that_use_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    site = tmp_path / "site"
    files = {
        "_includes/refs.md": "[widget]: https://widget.example/\n{% include more.md %}\n",
        "_includes/more.md": "\n",
        "posts/a.md": "The plant cut 300 jobs in 2023, says [the report][widget] and [the audit][audit].\n\n{% include refs.md %}\n",
        "posts/b.md": "The ferry carried 900 passengers in 2021, says [the report][widget].\n\n[widget]: https://w.example/\n",
    }
    write_tree(site, files)
    monkeypatch.chdir(site)

    def check() -> tuple[str, list[str]]:
        """(how many files came from the cache, [source:rule] of every finding)."""
        _, out, _ = run(capsys, "check", "posts", "--show", "info")
        cached = re.search(r"\(2 files checked(?:, (\d) from the cache)?\)", out)
        assert cached is not None, out
        found = re.findall(r"^  (posts/\S+?):\d+:\d+ +\w+ +([A-Z]{3}\d{3}) ", out, re.M)
        return f"{cached[1] or 0} cached", sorted(f"{source}:{rule}" for source, rule in found)

    cold = check()
    assert cold[0] == "0 cached" and "posts/a.md:CIT004" in cold[1]  # [audit] is defined nowhere
    assert check() == ("2 cached", cold[1])
    (site / "_includes/more.md").write_text("[audit]: https://audit.example/\n")  # two levels down
    edited = check()
    assert edited[0] == "1 cached" and "posts/a.md:CIT004" not in edited[1]
    (site / "_includes/more.md").unlink()  # a file that goes away: what it defined is unknown, not missing
    assert check() == edited
    (site / "_includes/more.md").write_text("\n")  # and comes back
    assert check() == ("1 cached", cold[1])


def test_editing_the_site_settings_misses_only_the_articles_that_print_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    site = tmp_path / "site"
    (site / "posts").mkdir(parents=True)
    (site / "_config.yml").write_text('title: Harbour Weekly\nheight: "709,632"\n')
    (site / "posts/a.md").write_text("The fork activated at block {{ site.height }} in 2021, a 5% share.\n")
    (site / "posts/b.md").write_text("The ferry carried 900 passengers in 2021, a 5% share.\n")
    monkeypatch.chdir(site)

    def check() -> tuple[str | None, str]:
        _, out, _ = run(capsys, "check", "posts", "--show", "info")
        cached = re.search(r"(\d) from the cache", out)
        claim = re.search(r"activated at block ([^ ]*) in 2021", out)
        return (cached[1] if cached else None), (claim[1] if claim else "")

    assert check() == (None, "709,632")
    assert check() == ("2", "709,632")
    (site / "_config.yml").write_text('title: Harbour Weekly\nheight: "709,640"\n')
    assert check() == ("1", "709,640")
