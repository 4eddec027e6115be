"""Baseline files: written in the documented format, hiding what they record, reporting and pruning fixed entries."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from tests.checktree import copy_tree, run
from tests.conftest import ROOT

SCHEMA = json.loads((ROOT / "schemas" / "baseline.schema.json").read_text())


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = copy_tree(tmp_path)
    monkeypatch.chdir(path)
    return path


def write_baseline(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code, _, err = run(capsys, "check", "--no-cache", "--write-baseline", "base.json", *argv)
    return code, err


def test_written_in_the_documented_format(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, err = write_baseline(capsys)
    assert code == 0 and err == "auditor: wrote 5 findings to the baseline base.json\n"
    data = json.loads((repo / "base.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(SCHEMA).validate(data)
    assert list(data) == ["schema_version", "tool", "findings"]
    entries = data["findings"]
    assert [(e["source"], e["rule"]) for e in entries] == [
        ("content/legacy/2019-report.md", "CIT002"),
        ("content/museum.html", "CIT003"),
        ("content/ridership.md", "CIT001"),
        ("content/ridership.md", "CIT002"),
        ("content/ridership.md", "CIT008"),
    ]
    assert entries == sorted(entries, key=lambda e: (e["source"], e["rule"], e["fingerprint"]))
    assert all(e["reason"] == "legacy" and list(e) == ["fingerprint", "rule", "source", "claim", "reason"] for e in entries)
    assert entries[2]["claim"] == "The transit board approved a budget of $310 million for 2024, up from $270 million."


def test_baseline_hides_recorded_findings_across_unrelated_edits(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_baseline(capsys)
    ridership = repo / "content" / "ridership.md"
    ridership.write_text(ridership.read_text().replace("---\n\n", "---\n\nA new opening paragraph.\n\n", 1))
    code, out, err = run(capsys, "check", "--no-cache", "--baseline", "base.json", "--show", "info")
    assert code == 0 and out.startswith("No findings") and "5 hidden by the baseline" in out
    assert "auditor: 5 findings hidden by the baseline base.json" in err
    (repo / "content" / "pier.md").write_text("The pier reopened in 2021 after a 3-year rebuild [source].\n")
    code, out, _ = run(capsys, "check", "--no-cache", "--baseline", "base.json")
    assert code == 1 and "content/pier.md:1:" in out and "ridership" not in out


def test_fixed_entries_are_reported_and_pruned(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_baseline(capsys)
    museum = repo / "content" / "museum.html"
    museum.write_text(museum.read_text().replace('href=""', 'href="https://example.org/record"'))
    code, out, err = run(capsys, "check", "--no-cache", "--baseline", "base.json", "-f", "json")
    data = json.loads(out)
    assert code == 0
    assert [(e["source"], e["rule"]) for e in data["baseline"]["fixed"]] == [("content/museum.html", "CIT003")]
    assert "1 baseline entry is fixed: drop them with --prune-baseline" in err
    code, _, err = run(capsys, "check", "--no-cache", "--baseline", "base.json", "--prune-baseline")
    assert code == 0 and "pruned 1 fixed entry from base.json" in err
    entries = json.loads((repo / "base.json").read_text())["findings"]
    assert len(entries) == 4 and "content/museum.html" not in {e["source"] for e in entries}


def test_a_partial_run_reports_nothing_fixed_elsewhere(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_baseline(capsys)
    _, out, _ = run(capsys, "check", "--no-cache", "--baseline", "base.json", "-f", "json", "content/clean.md")
    assert json.loads(out)["baseline"] == {"fixed": [], "hidden": 0}
    _, out, _ = run(capsys, "check", "--no-cache", "--baseline", "base.json", "-f", "json", "--ignore", "CIT003")
    assert json.loads(out)["baseline"]["fixed"] == []  # the rule did not run: its entry is not judged


def test_a_deleted_file_fixes_its_entries_on_a_whole_run(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_baseline(capsys)
    (repo / "content" / "museum.html").unlink()
    _, out, _ = run(capsys, "check", "--no-cache", "--baseline", "base.json", "-f", "json")
    assert [e["source"] for e in json.loads(out)["baseline"]["fixed"]] == ["content/museum.html"]


def test_rewriting_keeps_reasons_and_other_files_entries(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_baseline(capsys)
    path = repo / "base.json"
    data = json.loads(path.read_text())
    data["findings"][1]["reason"] = "false-positive"
    data["findings"][1]["reviewer"] = "an extra key, ignored"
    path.write_text(json.dumps(data))
    assert write_baseline(capsys, "content/museum.html")[0] == 0
    after = json.loads(path.read_text())["findings"]
    assert len(after) == 5 and after[1]["reason"] == "false-positive" and "reviewer" not in after[1]


def test_settings_name_the_baseline(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_baseline(capsys)
    settings = repo / ".auditor.toml"
    settings.write_text('baseline = "base.json"\n' + settings.read_text())
    assert run(capsys, "check", "--no-cache")[0] == 0


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{", "base.json: not a baseline file (invalid JSON: "),
        ('{"tool": "other", "findings": []}', 'base.json: not a baseline file (needs "tool": "auditor" and a "findings" list)'),
        ('{"schema_version": "9", "tool": "auditor", "findings": []}', "base.json: baseline schema_version '9' is not '1.0'"),
        ('{"schema_version": "1.0", "tool": "auditor", "findings": [{"rule": "CIT001", "source": "a"}]}', "base.json: findings[0]: needs a string 'fingerprint'"),
        ('{"schema_version": "1.0", "tool": "auditor", "findings": [{"fingerprint": "abc", "rule": "CIT001", "source": "a"}]}', "is not 20 lowercase hex digits"),
        ('{"schema_version": "1.0", "tool": "auditor", "findings": [{"fingerprint": "0123456789abcdef0123", "rule": "CIT001", "source": "a", "reason": "meh"}]}', "reason must be one of legacy, false-positive, intended, wont-fix, not 'meh'"),
    ],
)
def test_a_bad_baseline_is_one_line_and_exit_2(repo: Path, capsys: pytest.CaptureFixture[str], content: str, message: str) -> None:
    (repo / "base.json").write_text(content)
    code, out, err = run(capsys, "check", "--no-cache", "--baseline", "base.json")
    assert code == 2 and out == "" and err.count("\n") == 1 and message in err
    assert not jsonschema.Draft202012Validator(SCHEMA).is_valid(json.loads(content)) if content != "{" else True


def test_missing_baseline_and_prune_without_one(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "check", "--baseline", "nope.json")
    assert code == 2 and "nope.json: no such baseline file (write one with --write-baseline)" in err
    code, _, err = run(capsys, "check", "--prune-baseline")
    assert code == 2 and "--prune-baseline needs a baseline" in err
