"""``auditor check`` in process: discovery, jobs, errors per file, thresholds, changed files, output file."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from auditor.project import runner
from tests.checktree import copy_tree, git, git_repo, run, write_tree


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = copy_tree(tmp_path)
    monkeypatch.chdir(path)
    return path


def findings(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, list[tuple[str, str]]]:
    """(exit code, [(source, rule)]) of a JSON check run."""
    code, out, _ = run(capsys, "check", "--no-cache", "--format", "json", "--show", "info", *argv)
    data = json.loads(out)
    return code, [(r["document"]["source"], f["rule"]) for r in data["reports"] for f in r["findings"]]


ALL = [
    ("content/legacy/2019-report.md", "CIT002"),
    ("content/museum.html", "CIT003"),
    ("content/ridership.md", "CIT002"),
    ("content/ridership.md", "CIT001"),
    ("content/ridership.md", "CIT008"),
]


def test_discovers_articles_honouring_settings(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """drafts/ is excluded by .auditor.toml; the legacy override ignores CIT001 there."""
    assert findings(capsys) == (1, ALL)


def test_paths_and_exclude(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert findings(capsys, "content/museum.html") == (1, [("content/museum.html", "CIT003")])
    assert findings(capsys, "content", "--exclude", "legacy", "--exclude", "*.html") == (1, ALL[2:])


def test_an_excluded_file_named_on_the_command_line_is_left_out(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """So that a pre-commit hook passing every staged file obeys `exclude`."""
    assert findings(capsys, "drafts/wip.md") == (0, [])


def test_a_named_file_with_another_extension_is_audited(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (repo / "notes.rst").write_text("The dam holds 4 billion litres [source].\n")
    code, found = findings(capsys, "notes.rst")
    assert code == 1 and ("notes.rst", "CIT002") in found
    assert "notes.rst" not in [s for s, _ in findings(capsys)[1]]  # not discovered in a folder


@pytest.mark.parametrize(("fail_on", "expected"), [("error", 1), ("warning", 1), ("info", 1), ("never", 0)])
def test_fail_on(repo: Path, capsys: pytest.CaptureFixture[str], fail_on: str, expected: int) -> None:
    assert run(capsys, "check", "--no-cache", "--fail-on", fail_on)[0] == expected


def test_show_prints_below_the_threshold_without_failing(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (repo / "content" / "museum.html").unlink()
    for name in ("ridership.md", "legacy/2019-report.md"):
        path = repo / "content" / name
        path.write_text(path.read_text().replace(" [source]", "").replace(" [citation needed]", ""))
    code, out, _ = run(capsys, "check", "--no-cache")
    assert code == 0 and "CIT001" not in out and "3 more below error not shown" in out
    code, out, _ = run(capsys, "check", "--no-cache", "--show", "warning")
    assert code == 0 and out.count("CIT001 missing-citation") == 2 and "CIT008 unlinked-attribution" in out
    assert "not shown" not in out


def test_show_never_hides_what_fails(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "check", "--no-cache", "--show", "error", "--fail-on", "warning")
    assert code == 1 and "CIT001 missing-citation" in out


def test_select_and_ignore(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert findings(capsys, "--select", "CIT002") == (1, [ALL[0], ALL[2]])
    assert findings(capsys, "--ignore", "CIT002,CIT003") == (0, ALL[3:])


def test_output_file(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "check", "--no-cache", "-f", "github", "-o", "out/annotations.txt")
    assert code == 2 and out == "" and "cannot write the report" in err  # the folder does not exist
    code, out, _ = run(capsys, "check", "--no-cache", "-f", "github", "-o", "annotations.txt")
    assert code == 1 and out == ""
    assert (repo / "annotations.txt").read_text().count("::error ") == 3


def test_output_over_an_article_is_refused(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = (repo / "content" / "clean.md").read_bytes()
    code, out, err = run(capsys, "check", "--no-cache", "-f", "markdown", "-o", "content/clean.md")
    assert code == 2 and out == "" and "content/clean.md: is one of the articles checked" in err
    assert (repo / "content" / "clean.md").read_bytes() == before


def test_jobs_give_the_same_results(repo: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(runner, "BATCH_FILES", 1)  # several batches, so that a pool really runs
    one = run(capsys, "check", "--no-cache", "-f", "json", "--jobs", "1")
    two = run(capsys, "check", "--no-cache", "-f", "json", "--jobs", "2")
    assert one == two and one[0] == 1


def test_bad_jobs_is_a_usage_error(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "check", "--jobs", "-1")
    assert code == 2 and "cannot be negative" in err


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_crashing_rule_is_that_files_error(
    repo: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, jobs: str
) -> None:
    """The crash is injected into the registry (inherited by forked workers); the other files go on."""
    from auditor import checks

    rule = checks.get_rule("CIT007")
    assert rule is not None

    def crash_on_museum(article: object) -> list[object]:
        if "museum" in (article.document.source or ""):  # type: ignore[attr-defined]
            raise ValueError("injected")
        return []

    crashing = checks.Rule(rule.code, rule.name, rule.severity, rule.doc, crash_on_museum)
    monkeypatch.setitem(checks._REGISTRY, "CIT007", crashing)
    monkeypatch.setattr(runner, "BATCH_FILES", 1)
    code, out, err = run(capsys, "check", "--no-cache", "-f", "json", "--show", "info", "--jobs", jobs)
    data = json.loads(out)
    assert code == 2
    assert data["errors"] == [{"kind": "rule", "message": "ValueError: injected", "rule": "CIT007", "source": "content/museum.html"}]
    assert [(r["document"]["source"], f["rule"]) for r in data["reports"] for f in r["findings"]] == ALL
    assert err == "auditor: error: content/museum.html: rule CIT007 (over-cited-source) crashed: ValueError: injected\n"


def test_a_worker_that_dies_loses_only_its_file(
    repo: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A rule that kills its process (as the kernel's out-of-memory killer would) on one file, injected into
    the registry that forked workers inherit: that file is an error entry, every other file is audited."""
    from auditor import checks

    rule = checks.get_rule("CIT007")
    assert rule is not None

    def die_on_museum(article: object) -> list[object]:
        if "museum" in (article.document.source or ""):  # type: ignore[attr-defined]
            os._exit(9)
        return []

    monkeypatch.setitem(checks._REGISTRY, "CIT007", checks.Rule(rule.code, rule.name, rule.severity, rule.doc, die_on_museum))
    monkeypatch.setattr(runner, "BATCH_FILES", 1)
    code, out, _ = run(capsys, "check", "--no-cache", "-f", "json", "--show", "info", "--jobs", "2")
    data = json.loads(out)
    assert code == 2
    assert data["errors"] == [{"kind": "input", "message": "the worker process auditing it died", "rule": None, "source": "content/museum.html"}]
    assert [(r["document"]["source"], f["rule"]) for r in data["reports"] for f in r["findings"]] == [ALL[0], *ALL[2:]]


def test_unreadable_files_among_good_ones(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (repo / "content" / "latin1.md").write_bytes("Caf\xe9 prices rose 5% in 2023.".encode("latin-1"))
    (repo / "content" / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (repo / ".auditor.toml").write_text((repo / ".auditor.toml").read_text().replace('fail-on = "error"', "max-bytes = 385"))
    code, out, err = run(capsys, "check", "--no-cache", "-f", "json", "--show", "info")
    data = json.loads(out)
    assert code == 2
    assert {e["source"]: e["message"] for e in data["errors"]} == {
        "content/image.txt": "looks like a binary file (NUL bytes), not an article",
        "content/latin1.md": "not valid UTF-8 (byte 0xe9 at offset 3); convert it with e.g. `iconv -f latin1 -t utf-8`",
        "content/ridership.md": "389 bytes is larger than the 385-byte limit",
    }
    assert [(r["document"]["source"], f["rule"]) for r in data["reports"] for f in r["findings"]] == ALL[:2]
    assert err.count("\n") == 3 and all(line.startswith("auditor: error: content/") for line in err.splitlines())


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root reads files whatever their mode")
def test_a_file_without_read_permission(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    locked = repo / "content" / "locked.md"
    locked.write_text("The pier reopened in 2021 [source].\n")
    locked.chmod(0)
    code, out, _ = run(capsys, "check", "--no-cache", "-f", "json")
    assert code == 2
    assert {"source": "content/locked.md", "kind": "input", "rule": None, "message": "cannot read it (Permission denied)"} in json.loads(out)["errors"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_fifo_or_device_is_refused_with_what_it_is(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    os.mkfifo(repo / "content" / "draft.md")  # no writer: reading it would hang
    code, out, err = run(capsys, "check", "--no-cache", "-f", "json", "content/draft.md", "content/clean.md", os.devnull)
    data = json.loads(out)
    assert code == 2
    assert {e["source"].rsplit("/", 1)[-1]: e["message"] for e in data["errors"]} == {
        "draft.md": "is a FIFO (named pipe), not a regular file; to audit what it produces, pipe it to `auditor audit -`",
        "null": "is a character device, not a regular file; to audit what it produces, pipe it to `auditor audit -`",
    }
    assert [r["document"]["source"] for r in data["reports"]] == ["content/clean.md"]
    assert "content/draft.md: is a FIFO (named pipe)" in err
    # in a folder, a FIFO is not an article and is passed over without being opened
    assert run(capsys, "check", "--no-cache", "content")[0] == 1


def test_a_missing_path_is_a_file_error(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "check", "--no-cache", "-f", "json", "content/clean.md", "content/gone.md")
    data = json.loads(out)
    assert code == 2 and data["errors"][0]["source"] == "content/gone.md"
    assert data["errors"][0]["message"] == "no such file or directory"
    code, out, _ = run(capsys, "check", "--no-cache", "-f", "json", "-")
    assert code == 2 and json.loads(out)["errors"][0]["message"] == (
        "no such file; `auditor check` reads files and folders, `auditor audit -` reads stdin"
    )


def test_changed_since(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    git_repo(repo)
    (repo / "content" / "clean.md").write_text((repo / "content" / "clean.md").read_text() + "\nThe bridge opened in 1932 [source].\n")
    (repo / "content" / "new.md").write_text("The pier reopened in 2021 [source].\n")
    (repo / "content" / "museum.html").unlink()  # deleted: nothing to audit
    (repo / ".gitignore").write_text("ignored.md\n")
    (repo / "ignored.md").write_text("The mill closed in 1971 [source].\n")
    code, found = findings(capsys, "--changed-since", "HEAD")
    assert code == 1
    assert sorted({s for s, _ in found}) == ["content/clean.md", "content/new.md"]
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "second")
    assert findings(capsys, "--changed-since", "HEAD") == (0, [])
    assert {s for s, _ in findings(capsys, "--changed-since", "HEAD~1")[1]} == {"content/clean.md", "content/new.md"}


def test_changed_since_errors(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "check", "--changed-since", "HEAD")
    assert code == 2 and err.startswith("auditor: error: --changed-since: ") and "not in a git work tree" in err
    git_repo(repo)
    code, _, err = run(capsys, "check", "--changed-since", "no-such-branch")
    assert code == 2 and err == "auditor: error: --changed-since: git does not know the revision 'no-such-branch'\n"
    code, _, err = run(capsys, "check", "--changed-since=--output=x")
    assert code == 2 and "not a revision" in err and not (repo / "x").exists()


def test_gitignored_files_are_not_discovered(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (repo / ".gitignore").write_text("content/legacy/\n")
    expected = (1, ALL[1:])
    assert findings(capsys) == expected  # no git: the .gitignore files are read directly
    git_repo(repo)
    assert findings(capsys) == expected  # git ls-files


def test_symlink_out_of_the_project_is_not_read(repo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    secret = tmp_path / "secret.md"
    secret.write_text("The vault code is 4471 [source].\n")
    (repo / "content" / "link.md").symlink_to(secret)
    assert "content/link.md" not in {s for s, _ in findings(capsys)[1]}


def test_quiet_and_no_progress_on_a_pipe(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (repo / "content" / "image.txt").write_bytes(b"\x00\x00")
    _, _, err = run(capsys, "check", "--no-cache", "-f", "json")
    assert err == "auditor: error: content/image.txt: looks like a binary file (NUL bytes), not an article\n"
    _, _, err = run(capsys, "check", "--no-cache", "-f", "json", "--quiet")
    assert err == ""
    _, _, err = run(capsys, "check", "--no-cache", "-f", "json", "--no-progress")
    assert "\r" not in err


def test_progress_bar_only_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    from auditor.cli import progress

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr(progress, "DELAY", 0.0)
    tty, pipe = Terminal(), io.StringIO()
    for stream in (tty, pipe):
        bar = progress.Bar(stream)
        bar(5, 10, 3, 50_000)
        bar(10, 10, 7, 100_000)
        bar.close()
    assert pipe.getvalue() == ""
    assert "10/10 files  7 findings" in tty.getvalue() and tty.getvalue().endswith("\r\x1b[K")
    quiet = Terminal()
    bar = progress.Bar(quiet, enabled=False)
    bar(10, 10, 7, 100_000)
    assert quiet.getvalue() == ""


def test_check_help_lists_every_flag(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "check", "--help")
    assert code == 0
    for flag in ("--jobs", "--config", "--baseline", "--write-baseline", "--prune-baseline", "--changed-since",
                 "--no-cache", "--quiet", "--no-progress", "--show", "--fail-on", "--format", "--exclude"):
        assert flag in out, flag
    for fmt in ("text", "json", "sarif", "github", "junit", "markdown"):
        assert fmt in out


def test_changed_since_audits_the_articles_that_read_a_changed_include_or_site_settings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """An edited include or `_config.yml` changes the articles built from it, as the cache already knows."""
    site = tmp_path / "site"
    files = {
        "_config.yml": 'title: Harbour Weekly\nheight: "709,632"\n',
        "_includes/refs.md": "[widget]: https://widget.example/\n{% include more.md %}\n",
        "_includes/more.md": "\n",
        "_includes/other.md": "[gadget]: https://gadget.example/\n",
        "posts/nested.md": "The plant cut 300 jobs in 2023, says [the report][widget].\n\n{% include refs.md %}\n",
        "posts/other.md": "The mill cut 40 jobs in 2022, says [the report][gadget].\n\n{% include other.md %}\n",
        "posts/printed.md": "The fork activated at block {{ site.height }} in 2021.\n",
        "posts/plain.md": "The ferry carried 900 passengers in 2021 [source].\n",
    }
    write_tree(site, files)
    git_repo(site)
    monkeypatch.chdir(site)

    def audited() -> list[str]:
        _, out, _ = run(capsys, "check", "--no-cache", "--format", "json", "--changed-since", "HEAD")
        return [r["document"]["source"] for r in json.loads(out)["reports"]]

    assert audited() == []
    (site / "_includes/more.md").write_text("[audit]: https://audit.example/\n")  # two levels down
    assert audited() == ["posts/nested.md"]
    (site / "_config.yml").write_text('title: Harbour Weekly\nheight: "709,640"\n')
    assert audited() == ["posts/nested.md", "posts/printed.md"]
    git(site, "commit", "-qam", "edit")
    assert audited() == []
    (site / "posts/plain.md").write_text("The ferry carried 950 passengers in 2021 [source].\n")
    assert audited() == ["posts/plain.md"]  # an article's own edit changes no other article
    git(site, "commit", "-qam", "plain")
    (site / "_includes/other.md").unlink()  # a deleted include: what it defined is unknown now
    (site / "_config.yml").unlink()
    assert audited() == ["posts/other.md", "posts/printed.md"]


def test_the_text_summary_says_how_many_partials_were_left_out(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Only when there are some, and only in the text output: machine outputs list what was audited."""
    _, out, _ = run(capsys, "check", "--no-cache")
    assert "site generator" not in out
    for name in ("_includes/refs.md", "_layouts/post.html", "_includes/notes.txt"):
        (repo / name).parent.mkdir(exist_ok=True)
        (repo / name).write_text("The dam holds 4 billion litres [source].\n")
    (repo / "_includes/logo.svg").write_text("<svg/>\n")  # not an article in any folder
    _, out, _ = run(capsys, "check", "--no-cache")
    assert "; 3 files in a site generator's folders (_includes/...) left out)." in out
    _, out, _ = run(capsys, "check", "--no-cache", "--exclude", "_layouts", "--exclude", "*.txt")
    assert "; 1 file in a site generator's folders (_includes/...) left out)." in out
    _, out, _ = run(capsys, "check", "--no-cache", "--format", "json")
    assert "site generator" not in out and "partials" not in out
