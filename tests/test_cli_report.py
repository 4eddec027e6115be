"""``auditor report`` and ``--format html``: the page from a saved report, and one clear line for
every bad report (a report file is untrusted input)."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest

from auditor.cli import main
from tests.conftest import FIXTURES, ROOT
from tests.test_html import page_data

ARTICLE = FIXTURES / "review" / "mixed.md"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def saved(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, Path]:
    """An article copied to tmp_path and its JSON report beside it (its source relative to the cwd)."""
    article = tmp_path / "mixed.md"
    shutil.copy(ARTICLE, article)
    report = tmp_path / "report.json"
    code, _, _ = run(capsys, "audit", str(article), "--format", "json", "-o", str(report))
    assert code == 1
    return article, report


def test_report_page_is_the_audit_page(
    saved: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article, report = saved
    assert run(capsys, "audit", str(article), "--format", "html", "-o", str(tmp_path / "a.html"))[0] == 1
    assert run(capsys, "report", str(report), "-o", str(tmp_path / "b.html")) == (0, "", "")
    page = (tmp_path / "b.html").read_text(encoding="utf-8")
    assert page == (tmp_path / "a.html").read_text(encoding="utf-8")
    data = page_data(page)
    assert data["files"][0]["source"] == str(article)  # type: ignore[index]
    assert [f["span"] is not None for f in data["files"][0]["findings"]] == [True] * 6  # type: ignore[index]


def test_report_to_stdout(saved: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "report", str(saved[1]))
    assert code == 0 and err == "" and out.startswith("<!doctype html>")


def test_article_found_beside_the_report(
    saved: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _, report = saved
    data = json.loads(report.read_text())
    data["document"]["source"] = "mixed.md"  # relative to the report's folder, not to the cwd
    report.write_text(json.dumps(data))
    monkeypatch.chdir(ROOT)
    code, out, _ = run(capsys, "report", str(report))
    assert code == 0 and page_data(out)["files"][0]["text"]  # type: ignore[index]


def test_stdin_report_needs_source(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(ARTICLE.read_bytes())))
    report = tmp_path / "r.json"
    assert run(capsys, "audit", "-", "-f", "json", "-o", str(report))[0] == 1
    code, _, err = run(capsys, "report", str(report))
    assert (
        code == 2
        and err.startswith("auditor: error: the report's article came from standard input")
        and "--source" in err
    )
    code, out, err = run(capsys, "report", str(report), "--source", str(ARTICLE))
    assert code == 0 and err == "" and page_data(out)["files"][0]["source"] == "<stdin>"  # type: ignore[index]


def test_stdin_audit_page_has_the_article(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(ARTICLE.read_bytes())))
    code, out, _ = run(capsys, "audit", "-", "-f", "html")
    assert code == 1 and "Carrow Port Authority" in page_data(out)["files"][0]["text"]  # type: ignore[index]


def bad_report(tmp_path: Path, saved: tuple[Path, Path], content: str | bytes) -> Path:
    path = tmp_path / "bad.json"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def edited(saved: tuple[Path, Path], edit: str) -> str:
    data = json.loads(saved[1].read_text())
    exec(edit, {"r": data})
    return json.dumps(data)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("", "not a JSON report"),
        ("{", "not a JSON report"),
        ("[1, 2]", "not an auditor report (expected a JSON object)"),
        (b"\xff\xfe{}", "not UTF-8 text"),
        ("[" * 100_000 + "]" * 100_000, "not a JSON report"),
        ('{"schema_version": NaN}', "not a JSON report (NaN is not a JSON number)"),
        ("{}", "not a valid auditor report (the top level: 'schema_version' is a required property)"),
        ("EDIT:del r['document']['sha256']", "not a valid auditor report (document: 'sha256' is a required property)"),
        (
            "EDIT:r['findings'][0]['start'] = -1",
            "not a valid auditor report (findings/0/start: -1 is less than the minimum of 0)",
        ),
        (
            "EDIT:r['findings'][0]['id'] = '<script>'",
            "not a valid auditor report (findings/0/id: '<script>' does not match",
        ),
        ("EDIT:r['extra'] = 1", "not a valid auditor report (the top level: Additional properties are not allowed"),
    ],
    ids=[
        "empty",
        "truncated",
        "array",
        "binary",
        "deep",
        "nan",
        "empty-object",
        "no-sha",
        "negative",
        "bad-id",
        "extra",
    ],
)
def test_invalid_report_is_one_clear_line(
    content: str | bytes, message: str, saved: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    if isinstance(content, str) and content.startswith("EDIT:"):
        content = edited(saved, content[5:])
    path = bad_report(tmp_path, saved, content)
    code, out, err = run(capsys, "report", str(path), "-o", str(tmp_path / "p.html"))
    assert code == 2 and out == ""
    assert err.startswith(f"auditor: error: {path}: {message}") and err.count("\n") == 1, err
    assert not (tmp_path / "p.html").exists()


def test_changed_or_missing_article_is_an_error(
    saved: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article, report = saved
    article.write_text(article.read_text() + "\nOne more line.\n")
    code, _, err = run(capsys, "report", str(report), "-o", str(tmp_path / "p.html"))
    assert (
        code == 2
        and err
        == f"auditor: error: {article}: changed since the report was made (its SHA-256 differs from the report's); audit it again for a page that matches it\n"
    )
    article.unlink()
    code, _, err = run(capsys, "report", str(report))
    assert (
        code == 2
        and err == f"auditor: error: {article}: the report's article is not there; pass it with --source FILE\n"
    )
    assert not (tmp_path / "p.html").exists()


def test_report_never_overwrites_its_inputs(saved: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    article, report = saved
    before = report.read_bytes(), article.read_bytes()
    assert run(capsys, "report", str(report), "-o", str(report))[0] == 2
    assert run(capsys, "report", str(report), "-o", str(article))[0] == 2
    assert (report.read_bytes(), article.read_bytes()) == before


def test_missing_report_and_directory(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "report", str(tmp_path / "nope.json")) == (
        2,
        "",
        f"auditor: error: {tmp_path / 'nope.json'}: no such file\n",
    )
    assert run(capsys, "report", str(tmp_path)) == (
        2,
        "",
        f"auditor: error: {tmp_path}: is a directory, not a report file\n",
    )


def test_html_is_a_format(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "audit", "--help")
    assert code == 0 and "html" in out


def content_repo(root: Path) -> Path:
    """A small content repository: three fixture articles under content/."""
    (root / "content").mkdir()
    for article in (
        ARTICLE,
        FIXTURES / "articles" / "CON005-negation-conflict.md",
        FIXTURES / "review" / "hostile.txt",
    ):
        shutil.copy(article, root / "content" / article.name)
    return root


def test_check_format_html_is_one_page_for_the_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(content_repo(tmp_path))
    code, _, _ = run(capsys, "check", "--no-cache", "--show", "info", "--format", "html", "-o", "review.html")
    assert code == 1
    data = page_data((tmp_path / "review.html").read_text(encoding="utf-8"))
    files = data["files"]
    assert [f["source"] for f in files] == [
        "content/CON005-negation-conflict.md",
        "content/hostile.txt",
        "content/mixed.md",
    ]  # type: ignore[index]
    for file in files:  # type: ignore[attr-defined]
        assert file["error"] is None and file["text"]
        assert all(f["span"] is not None for f in file["findings"])
    assert data["title"] == "check: 3 files"


def test_a_check_run_report_is_pointed_to_check_format_html(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(content_repo(tmp_path))
    assert run(capsys, "check", "--no-cache", "-q", "--format", "json", "-o", "run.json")[0] == 1
    code, out, err = run(capsys, "report", "run.json")
    assert (code, out) == (2, "")
    assert (
        err
        == "auditor: error: run.json: the report of a whole `auditor check` run; make its page with `auditor check --format html`\n"
    )


def test_check_page_says_when_an_article_changed_after_the_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The cache answers for an unchanged file; a file changed since then cannot be shown with stale offsets."""
    from auditor.formats.html import render_results
    from auditor.results import FileResult, Results

    monkeypatch.chdir(content_repo(tmp_path))
    report = json.loads(run(capsys, "audit", "content/mixed.md", "-f", "json")[1])
    (tmp_path / "content" / "mixed.md").write_text("Changed.\n")
    page = render_results(Results((FileResult("content/mixed.md", report),), command="check"))
    (file,) = page_data(page)["files"]  # type: ignore[misc]
    assert file["text"] is None and file["error"].startswith(
        "The article is not shown: content/mixed.md: changed since"
    )
    assert len(file["findings"]) == len(report["findings"])
