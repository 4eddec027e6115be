"""The pre-commit hook (with the real pre-commit, against a temporary git repository) and the composite
GitHub Action's check step (its script run with bash, as the runner would)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.checktree import copy_tree, git, git_repo
from tests.conftest import ROOT

BIN = Path(sys.executable).parent


def hook() -> dict[str, object]:
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    assert [h["id"] for h in hooks] == ["auditor"]
    return dict(hooks[0])


def pre_commit(repo: Path, tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"), "NO_COLOR": "1"}
    return subprocess.run(
        [str(BIN / "pre-commit"), *args], cwd=repo, capture_output=True, text=True, env=env, check=False, timeout=300
    )


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_pre_commit_hook_checks_the_staged_articles(tmp_path: Path) -> None:
    """The hook as published, run by pre-commit as a local system hook (no download, no network)."""
    repo = git_repo(copy_tree(tmp_path))
    definition = hook()
    entry = str(definition["entry"])
    assert entry.startswith("auditor check ")
    local = {**definition, "language": "system", "entry": f"{sys.executable} -m auditor {entry.removeprefix('auditor ')}"}
    (repo / ".pre-commit-config.yaml").write_text(yaml.safe_dump({"repos": [{"repo": "local", "hooks": [local]}]}))
    git(repo, "add", ".pre-commit-config.yaml")
    git(repo, "commit", "-q", "-m", "hook")

    (repo / "content" / "pier.md").write_text("The pier reopened in 2021 after a 3-year rebuild [source].\n")
    (repo / "script.py").write_text("print('not an article [source]')\n")
    git(repo, "add", "content/pier.md", "script.py")
    done = pre_commit(repo, tmp_path, "run")
    assert done.returncode == 1, done.stdout + done.stderr
    assert "content/pier.md:1:" in done.stdout and "CIT002 placeholder-citation" in done.stdout
    assert "museum.html" not in done.stdout and "script.py" not in done.stdout  # only staged articles

    (repo / "content" / "pier.md").write_text("The pier reopened in 2021 ([council](https://example.org/pier)).\n")
    git(repo, "add", "content/pier.md")
    done = pre_commit(repo, tmp_path, "run")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Passed" in done.stdout
    assert not (repo / ".auditor_cache").exists()  # the hook runs with --no-cache


def action_step() -> str:
    action = yaml.safe_load((ROOT / "action.yml").read_text())
    assert action["runs"]["using"] == "composite"
    (step,) = [s for s in action["runs"]["steps"] if s.get("id") == "check"]
    assert step["shell"] == "bash"
    return str(step["run"])


@pytest.mark.skipif(not (BIN / "auditor").exists(), reason="needs the auditor command installed in this environment")
def test_action_check_step(tmp_path: Path) -> None:
    repo = copy_tree(tmp_path)
    outputs, summary = tmp_path / "outputs.txt", tmp_path / "summary.md"
    env = {
        **os.environ,
        "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}",
        "INPUT_PATHS": "content",
        "INPUT_CHANGED_SINCE": "",
        "INPUT_ARGS": "--show warning",
        "INPUT_SARIF_FILE": "out.sarif",
        "GITHUB_OUTPUT": str(outputs),
        "GITHUB_STEP_SUMMARY": str(summary),
    }
    done = subprocess.run(["bash", "-c", action_step()], cwd=repo, env=env, capture_output=True, text=True, check=False)
    assert done.returncode == 1, done.stderr
    assert done.stdout.count("::error file=content/") == 3 and done.stdout.count("::warning file=content/") == 2
    assert outputs.read_text() == "sarif-file=out.sarif\nexit-code=1\n"
    assert json.loads((repo / "out.sarif").read_text())["version"] == "2.1.0"
    assert summary.read_text().startswith("## auditor: failed")
    assert (repo / ".auditor_cache" / ".gitignore").read_text().splitlines()[-1] == "*"


def test_example_workflow_uses_the_action_as_defined() -> None:
    action = yaml.safe_load((ROOT / "action.yml").read_text())
    workflow = yaml.safe_load((ROOT / "examples" / "github-workflow.yml").read_text())
    steps = workflow["jobs"]["audit"]["steps"]
    (ours,) = [s for s in steps if str(s.get("uses", "")).split("@")[0].endswith("/auditor")]
    assert set(ours["with"]) <= set(action["inputs"])
    upload = [s for s in steps if str(s.get("uses", "")).startswith("github/codeql-action/upload-sarif")]
    assert upload and "outputs.sarif-file" in upload[0]["with"]["sarif_file"]
    assert "sarif-file" in action["outputs"]
