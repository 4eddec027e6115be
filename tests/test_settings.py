"""The settings file: where it is found, what it may say, one clear line when it is wrong, and the schema
(schemas/config.schema.json) agreeing with the loader."""

from __future__ import annotations

import datetime
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from auditor.errors import ConfigError
from auditor.project.options import Project
from auditor.project.settings import load
from tests.checktree import run
from tests.conftest import ROOT

SCHEMA = json.loads((ROOT / "schemas" / "config.schema.json").read_text())
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA, format_checker=jsonschema.FormatChecker())


def test_found_upwards_and_auditor_toml_wins(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.auditor]\nfail-on = "warning"\n')
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    settings = load(start=deep)
    assert settings.file == tmp_path / "pyproject.toml" and settings.root == tmp_path
    assert settings.get("fail-on") == "warning"
    (tmp_path / "a" / ".auditor.toml").write_text('fail-on = "info"\n')
    assert load(start=deep).file == tmp_path / "a" / ".auditor.toml"


def test_without_a_file_check_roots_at_the_git_work_tree(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """Fingerprints (and so baselines) must not depend on the folder a check ran from."""
    from tests.checktree import git

    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "a.md").write_text("The pier reopened in 2021 [source].\n")
    git(tmp_path, "init", "-q")
    prints = []
    for where in (tmp_path, tmp_path / "content"):
        monkeypatch.chdir(where)
        _, out, _ = run(capsys, "check", "--no-cache", "-f", "json")
        (report,) = json.loads(out)["reports"]
        assert report["document"]["source"] == "content/a.md"
        prints.append([f["fingerprint"] for f in report["findings"]])
    assert prints[0] == prints[1]
    monkeypatch.chdir(tmp_path / "content")
    _, out, _ = run(capsys, "check", "--no-cache", "-f", "github")
    assert out.startswith("::error file=a.md,line=1,")  # outputs name files from where the user is


def test_a_pyproject_without_the_table_is_passed_over(tmp_path: Path) -> None:
    (tmp_path / ".auditor.toml").write_text('show = "warning"\n')
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "pyproject.toml").write_text('[project]\nname = "x"\n')
    assert load(start=tmp_path / "sub").file == tmp_path / ".auditor.toml"


def test_no_file_means_defaults_rooted_at_the_start(tmp_path: Path) -> None:
    settings = load(start=tmp_path)
    assert settings.file is None and settings.root == tmp_path and settings.options == {}


@pytest.fixture(autouse=True)
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / ".auditor.toml"
    path.write_text(text)
    return path


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("fail-on = ", ".auditor.toml: not valid TOML (Invalid value (at end of document))"),
        ('fail_on = "error"', ".auditor.toml: unknown key 'fail_on'; did you mean 'fail-on'?"),
        ('fail-on = "sometimes"', ".auditor.toml fail-on: must be one of error, warning, info, never, not 'sometimes'"),
        ('select = "CIT"', ".auditor.toml select: must be a list of non-empty strings"),
        ("jobs = -2", ".auditor.toml jobs: must be a whole number of at least 0, not -2"),
        ('published = "last May"', ".auditor.toml published: must be a date written YYYY-MM-DD, not 'last May'"),
        ('extensions = ["md"]', '.auditor.toml extensions: must be a list of extensions starting with a dot, e.g. [".md", ".html"]'),
        ('[severity]\nCIT001 = "fatal"', ".auditor.toml severity: CIT001 must be one of error, warning, info, not 'fatal'"),
        ('[[overrides]]\nignore = ["CIT001"]', ".auditor.toml overrides[0]: needs files = [globs] to say which files it is for"),
        ('[[overrides]]\nfiles = ["a/**"]\nfail-on = "info"', ".auditor.toml overrides[0]: unknown key 'fail-on'; known keys: files, ignore, published, select, severity"),
    ],
)
def test_errors_are_one_line_naming_file_and_key(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(ConfigError) as caught:
        load(write(tmp_path, text))
    assert str(caught.value) == message


def test_unknown_rule_codes_name_the_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"^\.auditor\.toml: select: unknown rule code or prefix 'CTI'; did you mean CIT\?"):
        Project(load(write(tmp_path, 'select = ["CTI"]')))
    with pytest.raises(ConfigError, match=r"^\.auditor\.toml: overrides\[0\] ignore: unknown"):
        Project(load(write(tmp_path, '[[overrides]]\nfiles = ["x"]\nignore = ["XYZ9"]')))


def test_config_error_is_exit_2_and_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path, 'fail-on = "sometimes"')
    (tmp_path / "a.md").write_text("The pier reopened in 2021.\n")
    for command in ("check", "audit a.md"):
        code, out, err = run(capsys, *command.split())
        assert code == 2 and out == ""
        assert err == "auditor: error: .auditor.toml fail-on: must be one of error, warning, info, never, not 'sometimes'\n"
    code, _, err = run(capsys, "check", "--config", "nope.toml")
    assert code == 2 and err.startswith("auditor: error: ") and "nope.toml: no such settings file" in err


def test_overrides_layer_in_order(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        'select = ["CIT", "ART"]\nignore = ["ART004"]\npublished = 2024-05-01\n[severity]\nCIT001 = "error"\n'
        '[[overrides]]\nfiles = ["legal/**"]\nignore = ["CIT001"]\n[overrides.severity]\nCIT008 = "warning"\n'
        '[[overrides]]\nfiles = ["*.html"]\nselect = ["CON"]\npublished = "2020-01-01"\n',
    )
    project = Project(load(path), {"ignore": ["CIT009"]})
    base = project.config_for("news/a.md")
    assert base.enabled("CIT001") and not base.enabled("ART004") and not base.enabled("CIT009")
    assert base.severity_of("CIT001", "warning") == "error" and base.published == datetime.date(2024, 5, 1)
    legal = project.config_for("legal/terms.md")
    assert not legal.enabled("CIT001") and legal.enabled("CIT002") and legal.severity_of("CIT008", "info") == "warning"
    assert legal.severity_of("CIT001", "warning") == "error"
    both = project.config_for("legal/page.html")
    assert both.enabled("CON001") and not both.enabled("CIT002") and both.published == datetime.date(2020, 1, 1)
    assert project.config_for("legal/a.md") is legal  # built once per set of matching overrides


def test_command_line_wins_over_the_file(tmp_path: Path) -> None:
    project = Project(load(write(tmp_path, 'fail-on = "info"\nselect = ["ART"]\njobs = 3')), {"fail-on": "warning", "select": ["CIT002"], "jobs": None})
    assert project.value("fail-on") == "warning" and project.value("jobs") == 3
    assert project.config_for("a.md").select == ("CIT002",)


def test_published_from_settings_applies_where_a_file_has_no_date(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path, "published = 2024-05-01\n")
    (tmp_path / "undated.md").write_text("The mayor opened the new library on Tuesday.\n")
    (tmp_path / "dated.md").write_text("---\ndate: 2023-02-03\n---\n\nThe mayor opened the new library on Tuesday.\n")
    _, out, _ = run(capsys, "check", "--no-cache", "-f", "json", "--show", "info")
    docs = {r["document"]["source"]: r for r in json.loads(out)["reports"]}
    assert docs["undated.md"]["document"]["published"] == "2024-05-01"
    assert docs["undated.md"]["document"]["published_from"] == "config"
    assert docs["dated.md"]["document"]["published"] == "2023-02-03"
    assert "ART004" not in {f["rule"] for r in docs.values() for f in r["findings"]}


def test_audit_uses_the_settings_too(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.md").write_text("The pier reopened in 2021 [source].\n")
    write(tmp_path, '[[overrides]]\nfiles = ["a.md"]\nignore = ["CIT002"]\n')
    _, out, _ = run(capsys, "audit", "a.md", "-f", "json")
    assert "CIT002" not in {f["rule"] for f in json.loads(out)["findings"]}
    assert run(capsys, "audit", "a.md", "-f", "json", "--config", str(tmp_path / "none.toml"))[0] == 2


# Settings tables, valid or not: the loader and the schema must agree on every one.
CASES: list[tuple[dict[str, Any], bool]] = [
    ({}, True),
    ({"select": ["CIT", "CON001"], "ignore": ["ART"], "fail-on": "warning", "show": "info"}, True),
    ({"severity": {"CIT001": "error"}, "jobs": 2, "cache": False, "baseline": "auditor-baseline.json"}, True),
    ({"include": ["content/**"], "exclude": ["drafts"], "extensions": [".md"], "respect-gitignore": False}, True),
    ({"online": True, "allow-private-network": False, "max-bytes": 1000, "published": "2024-05-01"}, True),
    ({"overrides": [{"files": ["legal/**"], "ignore": ["CIT001"], "severity": {"CIT008": "warning"}}]}, True),
    ({"fail-on": "sometimes"}, False),
    ({"show": "never"}, False),
    ({"select": "CIT"}, False),
    ({"jobs": -1}, False),
    ({"max-bytes": 0}, False),
    ({"cache": "yes"}, False),
    ({"extensions": ["md"]}, False),
    ({"published": "May 2024"}, False),
    ({"severity": {"CIT001": "fatal"}}, False),
    ({"unknown-key": 1}, False),
    ({"overrides": [{"ignore": ["CIT001"]}]}, False),
    ({"overrides": [{"files": ["x"], "jobs": 2}]}, False),
]


def _toml(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        return "{ " + ", ".join(f'"{k}" = {_toml(v)}' for k, v in value.items()) + " }"
    if isinstance(value, list):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    return json.dumps(value)


@pytest.mark.parametrize(("table", "valid"), CASES, ids=[json.dumps(t)[:60] for t, _ in CASES])
def test_schema_and_loader_agree(tmp_path: Path, table: dict[str, Any], valid: bool) -> None:
    assert VALIDATOR.is_valid(table) is valid
    text = "\n".join(f'"{k}" = {_toml(v)}' for k, v in table.items())
    if valid:
        load(write(tmp_path, text))
    else:
        with pytest.raises(ConfigError):
            load(write(tmp_path, text))


def test_schema_names_every_key_the_loader_knows() -> None:
    from auditor.project.settings import AUDIT_KEYS, OVERRIDE_KEYS, RUN_KEYS

    assert set(SCHEMA["properties"]) == {*AUDIT_KEYS, *RUN_KEYS, "overrides"}
    assert set(SCHEMA["properties"]["overrides"]["items"]["properties"]) == set(OVERRIDE_KEYS)


def test_readme_reference_is_generated_from_the_schema(update_goldens: bool) -> None:
    """The README's config reference is scripts/config_reference.py's output, exactly."""
    import subprocess
    import sys

    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "config_reference.py")], capture_output=True, text=True, check=True)
    readme = (ROOT / "README.md").read_text()
    begin, end = "<!-- config-reference:begin -->\n", "<!-- config-reference:end -->"
    start, stop = readme.index(begin) + len(begin), readme.index(end)
    current = readme[start:stop]
    if update_goldens:
        (ROOT / "README.md").write_text(readme[:start] + done.stdout + readme[stop:])
        current = done.stdout
    assert current == done.stdout


def test_config_names_a_settings_file_elsewhere(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """--config FILE: its options apply, and its folder is the root that sources are relative to."""
    project = tmp_path / "site"
    (project / "posts").mkdir(parents=True)
    (project / "posts" / "a.md").write_text("The pier reopened in 2021 [source].\n")
    settings = project / "auditor-ci.toml"
    settings.write_text('select = ["CIT002"]\nfail-on = "never"\n')
    monkeypatch.chdir(project / "posts")
    code, out, _ = run(capsys, "check", "--no-cache", "-f", "json", "--config", "../auditor-ci.toml")
    data = json.loads(out)
    assert code == 0 and data["fail_on"] == "never"
    assert [(r["document"]["source"], [f["rule"] for f in r["findings"]]) for r in data["reports"]] == [
        ("posts/a.md", ["CIT002"])
    ]
