"""The precision harness on a folder of one's own (``--dir``): every finding as a JSON line, named inside the folder,
and judgements kept for that folder counted in its table."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench" / "bench_precision.py"
ARTICLE = ROOT / "fixtures" / "articles" / "CIT001-missing-citation.md"


def run(*args: str) -> str:
    done = subprocess.run(
        [sys.executable, str(BENCH), "--jobs", "1", *args], capture_output=True, text=True, timeout=300, check=True
    )
    return done.stdout


def test_dir_lists_every_finding_named_inside_the_folder(tmp_path: Path) -> None:
    folder = tmp_path / "set"
    (folder / "sub").mkdir(parents=True)
    shutil.copy(ARTICLE, folder / "sub" / "a.md")
    (folder / "notes.json").write_text("{}", encoding="utf-8")  # not an article: left out
    rows = [json.loads(line) for line in run("--dir", str(folder), "--findings").splitlines()]
    assert rows, "the fixture's missing citation is a finding"
    assert {r["file"] for r in rows} == {"sub/a.md"}
    assert "CIT001" in {r["rule"] for r in rows}
    assert all(r["verdict"] is None for r in rows)


def test_dir_table_counts_loud_findings(tmp_path: Path) -> None:
    folder = tmp_path / "set"
    folder.mkdir()
    shutil.copy(ARTICLE, folder / "a.md")
    rows = [json.loads(line) for line in run("--dir", str(folder), "--findings").splitlines()]
    loud = [r for r in rows if r["severity"] in ("warning", "error")]
    assert f"loud (warning+error) findings: {len(loud)}, judged 0, true 0" in run("--dir", str(folder))


def test_dir_that_is_no_folder_is_a_usage_error(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(BENCH), "--dir", str(tmp_path / "missing")], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 2
    assert "is not a folder" in done.stderr
