"""Check-mode outputs over the fixture repository: GitHub and JUnit against exact goldens, SARIF against the
official schema, JSON against ours, text and Markdown for people.

Regenerate the goldens on purpose with ``pytest tests/test_check_outputs.py --update-goldens`` and review the diff.
"""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from referencing import Registry, Resource

from tests.checktree import copy_tree, run
from tests.conftest import FIXTURES, ROOT

GOLDEN = FIXTURES / "golden" / "check"
SARIF_SCHEMA = json.loads((ROOT / "tests" / "schemas" / "sarif-schema-2.1.0.json").read_text())


def schema(name: str) -> dict[str, object]:
    return json.loads((ROOT / "schemas" / name).read_text())  # type: ignore[no-any-return]


def check_validator() -> jsonschema.Draft202012Validator:
    registry: Registry = Registry().with_resources(
        (f"https://auditor.dev/schemas/{name}", Resource.from_contents(schema(name)))
        for name in ("report.schema.json", "baseline.schema.json", "check.schema.json")
    )
    return jsonschema.Draft202012Validator(schema("check.schema.json"), registry=registry)


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = copy_tree(tmp_path)
    monkeypatch.chdir(path)
    monkeypatch.delenv("NO_COLOR", raising=False)
    return path


def output(capsys: pytest.CaptureFixture[str], fmt: str, *extra: str) -> tuple[int, str]:
    code, out, _ = run(capsys, "check", "--no-cache", "--show", "info", "--format", fmt, *extra)
    return code, out


@pytest.mark.parametrize(("fmt", "golden"), [("github", "github.txt"), ("junit", "junit.xml")])
def test_output_matches_golden(
    repo: Path, capsys: pytest.CaptureFixture[str], update_goldens: bool, fmt: str, golden: str
) -> None:
    (repo / "content" / "unreadable.md").write_bytes(b"\x00\x01binary")
    code, out = output(capsys, fmt)
    assert code == 2  # a file could not be audited
    path = GOLDEN / golden
    if update_goldens:
        path.write_text(out, encoding="utf-8")
    assert out == path.read_text(encoding="utf-8")
    if fmt == "junit":
        import xml.etree.ElementTree as ET

        suite = ET.fromstring(out).find("testsuite")
        assert suite is not None and len(suite.findall("testcase")) == 5


def test_github_annotations_escape_properties_and_data() -> None:
    from auditor.formats.github import command

    line = command("error", "50% of 1,000\nlines: ok", {"file": "a,b:c%.md", "line": 3, "title": "CIT001 x, y"})
    assert line == "::error file=a%2Cb%3Ac%25.md,line=3,title=CIT001 x%2C y::50%25 of 1,000%0Alines: ok"


def test_sarif_is_valid_against_the_official_schema(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = output(capsys, "sarif")
    log = json.loads(out)
    errors = sorted(jsonschema.Draft4Validator(SARIF_SCHEMA).iter_errors(log), key=str)
    assert not errors, errors[0].message
    run_ = log["runs"][0]
    assert code == 1
    assert {r["id"] for r in run_["tool"]["driver"]["rules"]} >= {"CIT001", "CIT002", "AUD001"}
    results = run_["results"]
    assert [(r["ruleId"], r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]) for r in results] == [
        ("CIT002", "content/legacy/2019-report.md"),
        ("CIT003", "content/museum.html"),
        ("CIT002", "content/ridership.md"),
        ("CIT001", "content/ridership.md"),
        ("CIT008", "content/ridership.md"),
    ]
    assert all(len(r["partialFingerprints"]["auditorFingerprint/v1"]) == 20 for r in results)
    assert [r["level"] for r in results] == ["error", "error", "error", "warning", "warning"]
    assert "baselineState" not in results[0]  # no baseline in use


def test_sarif_baseline_states(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Baselined findings are `unchanged` (and suppressed), new ones `new`, fixed entries `absent`."""
    assert run(capsys, "check", "--no-cache", "--write-baseline", "base.json")[0] == 0
    ridership = repo / "content" / "ridership.md"
    ridership.write_text(ridership.read_text().replace("[source]", "([data](https://example.org/d))"))
    (repo / "content" / "new.md").write_text("The pier reopened in 2021 after a 3-year rebuild [source].\n")
    _, out = output(capsys, "sarif", "--baseline", "base.json")
    log = json.loads(out)
    assert not list(jsonschema.Draft4Validator(SARIF_SCHEMA).iter_errors(log))
    states = sorted((r["ruleId"], r["baselineState"]) for r in log["runs"][0]["results"])
    assert ("CIT002", "absent") in states and ("CIT002", "new") in states
    assert states.count(("CIT002", "unchanged")) == 1 and ("CIT003", "unchanged") in states
    unchanged = [r for r in log["runs"][0]["results"] if r["baselineState"] == "unchanged"]
    assert all(r["suppressions"][0]["kind"] == "external" for r in unchanged)


def test_json_is_valid_against_our_schema(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (repo / "content" / "unreadable.md").write_bytes(b"\x00\x01binary")
    (repo / "content" / "empty.md").write_text("")
    code, out = output(capsys, "json")
    data = json.loads(out)
    errors = sorted(check_validator().iter_errors(data), key=str)
    assert not errors, errors[0].message
    assert code == data["exit_code"] == 2
    assert data["totals"] == {
        "audited": 4,
        "baselined": 0,
        "below_show": 0,
        "errors": 1,
        "files": 6,
        "findings": {"error": 3, "info": 0, "warning": 2},
        "skipped": 1,
        "suppressed": 0,
    }
    assert data["errors"] == [
        {
            "kind": "input",
            "message": "looks like a binary file (NUL bytes), not an article",
            "rule": None,
            "source": "content/unreadable.md",
        }
    ]
    assert [f["status"] for f in data["files"]] == ["audited", "skipped", "audited", "audited", "audited", "error"]


def test_check_schema_can_fail(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, out = output(capsys, "json")
    data = json.loads(out)
    data["files"][0]["status"] = "fine"
    assert not check_validator().is_valid(data)


def test_markdown_summary(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = output(capsys, "markdown")
    assert code == 1
    assert out.startswith("## auditor: failed\n\n5 findings at or above `info` in 4 audited files (failing on `error`).")
    assert "| error | 3 |" in out and "| warning | 2 |" in out
    assert "| `content/ridership.md` | 1 | 2 | 0 |" in out
    assert "| `content/ridership.md:8` | warning CIT001 missing-citation |" in out


def test_text_groups_by_file_without_colour_on_a_pipe(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = output(capsys, "text")
    assert code == 1 and "\x1b[" not in out
    assert out.index("content/legacy/2019-report.md\n") < out.index("content/museum.html\n")
    assert "  content/ridership.md:8:1  warning  CIT001 missing-citation  Unsourced figure" in out
    assert out.endswith("5 findings in 3 files: 3 errors, 2 warnings (4 files checked).\nExplain a rule with: auditor rules CODE\n")


def test_colour_on_a_terminal_unless_no_color(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    from auditor.cli import main

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.delenv("TERM", raising=False)
    for no_color, coloured in ((None, True), ("1", False), ("", True)):  # no-color.org: set and not empty
        if no_color is None:
            monkeypatch.delenv("NO_COLOR", raising=False)
        else:
            monkeypatch.setenv("NO_COLOR", no_color)
        stream = Terminal()
        monkeypatch.setattr("sys.stdout", stream)
        main(["check", "--no-cache", "--no-progress"])
        assert ("\x1b[31m" in stream.getvalue()) is coloured, no_color


@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "github", "junit", "markdown"])
def test_every_format_serves_audit_too(capsys: pytest.CaptureFixture[str], fmt: str) -> None:
    article = FIXTURES / "articles" / "CIT002-placeholder-citation.txt"
    code, out, _ = run(capsys, "audit", str(article), "--format", fmt)
    assert code == 1 and out.count("placeholder-citation") >= 3
    if fmt == "sarif":
        log = json.loads(out)
        assert not list(jsonschema.Draft4Validator(SARIF_SCHEMA).iter_errors(log))
        uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in log["runs"][0]["results"]}
        assert uris == {str(article)}


def test_sarif_of_a_page_uses_its_address() -> None:
    import auditor
    from auditor.formats.sarif import sarif_log
    from auditor.results import FileResult, Results

    url = "https://example.org/news/2024/rail?id=7"
    report = auditor.audit_text("Output rose 40% in 2023 [source].", source=url).to_dict()
    log = sarif_log(Results((FileResult(url, report),)))
    locations = {str(r["locations"][0]["physicalLocation"]["artifactLocation"]) for r in log["runs"][0]["results"]}
    assert locations == {str({"uri": url})}
