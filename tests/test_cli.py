"""The command line, run in process: outputs, exit codes, and one clear line for every bad input."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from auditor import __version__
from auditor.cli import main
from tests.conftest import FIXTURES, ROOT

PLACEHOLDER = FIXTURES / "articles" / "CIT002-placeholder-citation.txt"
CLEAN = FIXTURES / "articles" / "clean-well-sourced.md"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--version")
    assert code == 0 and out.strip() == f"auditor {__version__}"


def test_version_answers_without_loading_the_commands() -> None:
    """`auditor --version` needs no parser: the pipeline's values and the commands' modules stay unloaded."""
    import subprocess
    import sys

    code = "import sys; from auditor.cli import main; main(['--version']); print(sorted(sys.modules))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    version, loaded = done.stdout.splitlines()
    assert version == f"auditor {__version__}"
    assert "auditor.model" not in loaded and "auditor.cli.audit" not in loaded and "dataclasses" not in loaded


def test_help_teaches_with_examples(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "audit", "--help")
    assert code == 0
    assert "--fail-on" in out and "examples:" in out and "exit codes" in out


def test_text_output_groups_by_severity_and_quotes_claims(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "audit", str(PLACEHOLDER))
    assert code == 1  # errors, and --fail-on defaults to error
    assert out.index("Errors (3)") < out.index("Notes (1)")
    assert f"{PLACEHOLDER}:3:104  CIT002 placeholder-citation" in out
    assert '"The valley\'s transit board added 36 weekday departures in September 2023."' in out
    assert out.rstrip().endswith("auditor rules CODE")


def test_json_output_is_the_report(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "audit", str(PLACEHOLDER), "--format", "json")
    data = json.loads(out)
    assert code == 1
    assert data["document"]["format"] == "text"
    assert [f["rule"] for f in data["findings"]].count("CIT002") == 3


@pytest.mark.parametrize(("fail_on", "expected"), [("error", 1), ("warning", 1), ("info", 1), ("never", 0)])
def test_fail_on_thresholds_with_errors(capsys: pytest.CaptureFixture[str], fail_on: str, expected: int) -> None:
    assert run(capsys, "audit", str(PLACEHOLDER), "--fail-on", fail_on)[0] == expected


def test_clean_article_exits_zero(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "audit", str(CLEAN), "--fail-on", "info")
    assert code == 0
    assert "No findings." in out


def test_select_and_ignore(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "audit", str(PLACEHOLDER), "--format", "json", "--ignore", "CIT002,ART")
    rules = {f["rule"] for f in json.loads(out)["findings"]}
    assert "CIT002" not in rules and not any(r.startswith("ART") for r in rules)
    _, out, _ = run(capsys, "audit", str(PLACEHOLDER), "--format", "json", "--select", "ART004")
    assert {f["rule"] for f in json.loads(out)["findings"]} == {"ART004"}


def test_output_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    code, out, _ = run(capsys, "audit", str(PLACEHOLDER), "--format", "json", "-o", str(target))
    assert code == 1 and out == ""
    assert json.loads(target.read_text())["summary"]["findings"]["error"] == 3


def test_stdin(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(b"Output rose 40% in 2023 [source].\n"))
    monkeypatch.setattr("sys.stdin", stdin)
    code, out, _ = run(capsys, "audit", "-", "--format", "json")
    data = json.loads(out)
    assert code == 1 and data["document"]["source"] == "<stdin>"
    assert [f["rule"] for f in data["findings"] if f["severity"] == "error"] == ["CIT002"]


def test_rules_list_and_explain(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "rules")
    assert code == 0 and "CIT002  placeholder-citation" in out and "ART004" in out
    code, out, _ = run(capsys, "rules", "placeholder-citation")
    assert code == 0 and out.startswith("CIT002 placeholder-citation [error]") and "Flagged:" in out


def test_unknown_rule_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "rules", "XYZ999")
    assert code == 2 and err.strip() == "auditor: error: no rule 'XYZ999'; `auditor rules` lists them"


def test_bad_option_is_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "audit", str(PLACEHOLDER), "--fail-on", "sometimes")
    assert code == 2 and "invalid choice" in err


def bad_inputs(tmp: Path) -> dict[str, tuple[Path, str]]:
    (tmp / "empty.md").write_text("")
    (tmp / "blank.txt").write_text("  \n\n\t\n")
    (tmp / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (tmp / "latin1.txt").write_bytes("Caf\xe9 prices rose 5% in 2023.".encode("latin-1"))
    (tmp / "folder").mkdir()
    return {
        "empty": (tmp / "empty.md", "empty input"),
        "blank": (tmp / "blank.txt", "empty input"),
        "binary": (tmp / "binary.txt", "binary file"),
        "latin1": (tmp / "latin1.txt", "not valid UTF-8 (byte 0xe9 at offset 3)"),
        "folder": (tmp / "folder", "is a directory"),
        "missing": (tmp / "nope.md", "no such file"),
    }


@pytest.mark.parametrize("case", ["empty", "blank", "binary", "latin1", "folder", "missing"])
def test_bad_input_is_one_line_and_exit_2(capsys: pytest.CaptureFixture[str], tmp_path: Path, case: str) -> None:
    path, expected = bad_inputs(tmp_path)[case]
    before = path.read_bytes() if path.is_file() else None
    code, out, err = run(capsys, "audit", str(path))
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("auditor: error: ") and expected in err
    if before is not None:
        assert path.read_bytes() == before  # inputs are never changed


def test_output_over_the_input_is_refused(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Output rose 40% in 2023 [source].\n")
    code, _, err = run(capsys, "audit", str(article), "-o", str(article))
    assert code == 2 and "is the input file" in err
    assert article.read_text() == "Output rose 40% in 2023 [source].\n"


def test_huge_input_is_refused(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"Prices rose. " * 2_000_000)  # 26 MB
    code, _, err = run(capsys, "audit", str(big))
    assert code == 2 and "larger than the 20,000,000-byte limit" in err


def test_python_m_auditor_runs(capsys: pytest.CaptureFixture[str]) -> None:
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-m", "auditor", "--version"], capture_output=True, text=True, cwd=ROOT, check=False
    )
    assert done.returncode == 0 and done.stdout.strip() == f"auditor {__version__}"


def test_suppression_applies_on_the_reported_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A footnote marker leaves no text: its finding's line, and the line a suppression names, are the marker's."""
    article = tmp_path / "note.md"
    article.write_text(
        "<!-- auditor-disable-next-line CIT004 -- the note is being written -->\n"
        "The bridge opened in 1932.[^9]\n\nIts main span is 503 metres long.[^8]\n"
    )
    code, out, _ = run(capsys, "audit", str(article), "--format", "json", "--select", "CIT004")
    data = json.loads(out)
    assert [(f["rule"], f["line"]) for f in data["findings"]] == [("CIT004", 4)]
    assert data["summary"]["suppressed"] == 1 and code == 1


def test_a_crashing_rule_is_a_report_error_not_a_finding(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from auditor.checks import get_rule

    rule = get_rule("CIT007")
    assert rule is not None

    def boom(article: object) -> list[object]:
        raise ValueError("Invalid IPv6 URL")

    from auditor import checks

    # Rule is frozen: a crashing copy goes into the registry for this test only.
    monkeypatch.setitem(checks._REGISTRY, "CIT007", checks.Rule(rule.code, rule.name, rule.severity, rule.doc, boom))
    out_file = tmp_path / "report.json"
    code, _, err = run(capsys, "audit", str(CLEAN), "--format", "json", "-o", str(out_file))
    report = json.loads(out_file.read_text())
    assert code == 2
    assert report["errors"] == [
        {"rule": "CIT007", "name": "over-cited-source", "message": "ValueError: Invalid IPv6 URL"}
    ]
    assert all(f["rule"] != "CIT007" for f in report["findings"])
    assert err.strip() == f"auditor: error: rule CIT007 (over-cited-source) crashed on {CLEAN}: ValueError: Invalid IPv6 URL"


def test_a_registered_format_is_a_format_choice(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """Formats are looked up by name in auditor.formats: registering a module adds a --format choice."""
    import sys
    import types

    from auditor import formats

    module = types.ModuleType("auditor_test_format")
    module.render = lambda results: "".join(f"{r.source}: {len(r.findings)}\n" for r in results.files)  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "auditor_test_format", module)
    monkeypatch.setitem(formats.FORMATS, "counts", "auditor_test_format")
    code, out, _ = run(capsys, "audit", str(PLACEHOLDER), "--format", "counts", "--fail-on", "never")
    assert code == 0 and out == f"{PLACEHOLDER}: 4\n"
    code, _, err = run(capsys, "audit", str(PLACEHOLDER), "--format", "nope")
    assert code == 2 and "invalid choice: 'nope'" in err
