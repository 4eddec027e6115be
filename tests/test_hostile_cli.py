"""The command line against hostile targets: one error line and exit 2, never a hang, a traceback or a big heap.

URLs are served by real servers on loopback (tests/hostile_servers.py). Streams
and special files run in a child process whose peak memory is read from
``wait4``: it must stay under 200 MB.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from auditor.cli import main
from tests.bounded import run_measured
from tests.conftest import ROOT
from tests.hostile_servers import Server, Silent

ARTICLE = "The port handled 4.1 million containers in 2023 [source].\n"
OPEN = "--allow-private-network"


@pytest.fixture(scope="module")
def other() -> Iterator[Server]:
    server = Server("127.0.0.2")
    yield server
    server.close()


@pytest.fixture(scope="module")
def server(other: Server) -> Iterator[Server]:
    s = Server("127.0.0.1", other=other.url)
    yield s
    s.close()


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def one_error(err: str, *parts: str) -> bool:
    return err.count("\n") == 1 and err.startswith("auditor: error: ") and all(p in err for p in parts)


def child(argv: list[str], stdin: int | None = None) -> tuple[int, str, float, float]:
    """``auditor ARGV`` in a child process: exit code, stderr, seconds, the child's peak memory in MB."""
    code = f"import sys, auditor.cli\nsys.exit(auditor.cli.main({argv!r}))\n"
    return run_measured(code, stdin, ROOT)


# --- URLs ---------------------------------------------------------------------------------------------------------


def test_a_loopback_url_is_refused_by_default(capsys: pytest.CaptureFixture[str], server: Server) -> None:
    before = server.hits
    code, out, err = run(capsys, "audit", f"{server.url}/article.html")
    assert code == 2 and out == "" and one_error(err, "127.0.0.1 is a loopback address", OPEN)
    assert server.hits == before


def test_a_loopback_url_is_audited_with_the_switch(capsys: pytest.CaptureFixture[str], server: Server) -> None:
    code, out, err = run(capsys, "audit", f"{server.url}/to-other", "--format", "json", OPEN)
    data = json.loads(out)
    assert code == 1 and err == ""
    assert data["document"]["source"].endswith("/article.html") and "127.0.0.2" in data["document"]["source"]
    assert [f["rule"] for f in data["findings"] if f["severity"] == "error"] == ["CIT002"]


def test_the_switch_can_come_from_the_settings_file(
    capsys: pytest.CaptureFixture[str], server: Server, tmp_path: Path
) -> None:
    settings = tmp_path / ".auditor.toml"
    settings.write_text("allow-private-network = true\n", encoding="utf-8")
    code, out, _ = run(capsys, "audit", f"{server.url}/article.html", "--config", str(settings), "--format", "json")
    assert code == 1 and json.loads(out)["document"]["title"] == "Dam opens"


@pytest.mark.parametrize(
    ("path", "extra", "message"),
    [
        ("/gone", [], "answered 404 Not Found"),
        ("/image.png", [], "is image/png, not an HTML or text page"),
        ("/no-type-binary", [], "has no text content type and serves binary data"),
        ("/endless", ["--max-bytes", "1000000"], "larger than the 1,000,000-byte limit (stopped reading there)"),
        ("/gzip-bomb", ["--max-bytes", "1000000"], "larger than the 1,000,000-byte limit once decompressed"),
        ("/drip", ["--timeout", "1"], "did not finish within the 1-second deadline"),
        ("/slow-headers", ["--timeout", "1"], "did not finish within the 1-second deadline"),
        ("/loop", [], "more than 5 redirects"),
    ],
)
def test_hostile_pages_are_one_line_exit_2(
    capsys: pytest.CaptureFixture[str], server: Server, path: str, extra: list[str], message: str
) -> None:
    start = time.monotonic()
    code, out, err = run(capsys, "audit", server.url + path, OPEN, *extra)
    assert code == 2 and out == "" and one_error(err, message)
    assert time.monotonic() - start < 6  # a drip would go on for minutes; generous for a loaded machine


def test_a_server_that_never_answers(capsys: pytest.CaptureFixture[str]) -> None:
    silent = Silent()
    try:
        start = time.monotonic()
        code, _, err = run(capsys, "audit", silent.url + "/", OPEN, "--timeout", "1")
    finally:
        silent.close()
    assert code == 2 and one_error(err, "1-second deadline") and time.monotonic() - start < 5


def test_nothing_listening(capsys: pytest.CaptureFixture[str]) -> None:
    with socket.socket() as s:  # a port that was free a moment ago: nothing listens there
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    code, _, err = run(capsys, "audit", f"http://127.0.0.1:{port}/x.html", OPEN)
    assert code == 2 and one_error(err, "cannot connect")


def test_bad_timeout(capsys: pytest.CaptureFixture[str], server: Server) -> None:
    code, _, err = run(capsys, "audit", f"{server.url}/article.html", "--timeout", "0")
    assert code == 2 and one_error(err, "--timeout must be a positive number")


# --- streams and special files ------------------------------------------------------------------------------------


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero here")
def test_dev_zero_as_stdin_and_as_a_file() -> None:
    with open("/dev/zero", "rb") as zero:
        code, err, seconds, peak = child(["audit", "-"], stdin=zero.fileno())
    assert code == 2 and err == "auditor: error: stdin: looks like a binary file (NUL bytes), not an article\n"
    assert seconds < 60 and peak < 200  # a hang would never end; the bound is loose for a loaded machine
    code, err, seconds, peak = child(["audit", "/dev/zero"])
    assert code == 2 and "/dev/zero: is a character device, not a regular file" in err and err.count("\n") == 1
    assert seconds < 60 and peak < 200  # a hang would never end; the bound is loose for a loaded machine


def test_an_endless_pipe_ends_at_the_cap() -> None:
    yes = subprocess.Popen(["yes", "A line of the endless article."], stdout=subprocess.PIPE)
    assert yes.stdout is not None
    try:
        code, err, seconds, peak = child(["audit", "-"], stdin=yes.stdout.fileno())
    finally:
        yes.kill()
        yes.wait()
        yes.stdout.close()
    assert code == 2 and err == "auditor: error: stdin: larger than the 20,000,000-byte limit (stopped reading there)\n"
    assert seconds < 60 and peak < 200


def test_a_fifo_without_a_writer(tmp_path: Path) -> None:
    fifo = tmp_path / "draft.md"
    os.mkfifo(fifo)
    code, err, seconds, peak = child(["audit", str(fifo)])
    assert code == 2 and f"{fifo}: is a FIFO (named pipe), not a regular file" in err and err.count("\n") == 1
    assert seconds < 60 and peak < 200  # a hang would never end; the bound is loose for a loaded machine


def test_stdin_cap_is_configurable(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    article = tmp_path / "a.md"
    article.write_text(ARTICLE * 100, encoding="utf-8")
    with article.open("rb") as handle:
        code, err, _, _ = child(["audit", "-", "--max-bytes", "1000"], stdin=handle.fileno())
    assert code == 2 and err == "auditor: error: stdin: larger than the 1,000-byte limit (stopped reading there)\n"
    code, _, err = run(capsys, "audit", str(article), "--max-bytes", "1000")
    assert code == 2 and one_error(err, "larger than the 1,000-byte limit")


# --- the output never overwrites the input ------------------------------------------------------------------------


def test_output_refuses_the_input_by_any_name(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    article = tmp_path / "draft.md"
    article.write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "sym.md").symlink_to(article)
    os.link(article, tmp_path / "hard.md")
    for name in ("draft.md", "sym.md", "hard.md", "./sub/../draft.md"):
        (tmp_path / "sub").mkdir(exist_ok=True)
        code, _, err = run(capsys, "audit", str(article), "-o", str(tmp_path / name))
        assert code == 2 and one_error(err, "is the input file"), name
    assert article.read_text(encoding="utf-8") == ARTICLE
    with article.open("rb") as handle:
        code, err, _, _ = child(["audit", "-", "-o", str(tmp_path / "hard.md")], stdin=handle.fileno())
    assert code == 2 and "is the file standard input reads" in err
    assert article.read_text(encoding="utf-8") == ARTICLE


def test_utf16_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    article = tmp_path / "draft.md"
    article.write_bytes(ARTICLE.encode("utf-16"))
    code, out, _ = run(capsys, "audit", str(article), "--format", "json")
    assert code == 1 and [f["rule"] for f in json.loads(out)["findings"] if f["severity"] == "error"] == ["CIT002"]


def test_unknown_rule_codes(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    article = tmp_path / "draft.md"
    article.write_text(ARTICLE, encoding="utf-8")
    for option, value, hint in (("--select", "CIT02", "CIT002"), ("--ignore", "ART01", "ART001")):
        code, _, err = run(capsys, "audit", str(article), option, value)
        assert code == 2 and one_error(err, f"unknown rule code or prefix '{value}'", f"did you mean {hint}?")


def test_a_bug_is_one_line_and_exit_2_not_a_traceback(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import auditor.api

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("injected")

    monkeypatch.setattr(auditor.api, "analyse", broken)
    article = tmp_path / "a.md"
    article.write_text(ARTICLE, encoding="utf-8")
    assert main(["audit", str(article)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "internal error" in err and "RuntimeError: injected" in err
