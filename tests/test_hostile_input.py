"""Hostile input: endless streams, devices, FIFOs, wrong argument types, odd encodings.

Memory is measured on a real child process (its peak resident size from
``wait4``), never guessed: an endless input must end quickly in bounded memory.
"""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path

import pytest

import auditor
from auditor.api import read_text
from auditor.config import Config
from auditor.errors import AuditorError, InputError, UsageError
from auditor.load import decode, read_file, read_stream
from tests.bounded import run_measured
from tests.conftest import ROOT

ARTICLE = "The port handled 4.1 million containers in 2023 [source].\n"


def run_bounded(code: str, stdin: int | None = None) -> tuple[int, str, float, float]:
    """Run ``python -c code`` in a child: exit code, stderr, seconds, the child's peak memory in MB."""
    return run_measured(code, stdin, ROOT)


# --- special files ------------------------------------------------------------------------------------------------


def test_a_fifo_without_a_writer_is_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "article.md"
    os.mkfifo(fifo)
    start = time.monotonic()
    with pytest.raises(InputError, match=r"article.md: is a FIFO \(named pipe\), not a regular file"):
        read_text(fifo)
    link = tmp_path / "link.md"
    link.symlink_to(fifo)
    with pytest.raises(InputError, match="is a FIFO"):
        auditor.audit_path(link)
    assert time.monotonic() - start < 2


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero here")
def test_devices_are_refused() -> None:
    for device in ("/dev/zero", "/dev/null", "/dev/urandom"):
        with pytest.raises(InputError, match=f"{device}: is a character device, not a regular file"):
            read_text(device)


def test_a_directory_and_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="is a directory"):
        read_text(tmp_path)
    with pytest.raises(InputError, match="no such file"):
        read_text(tmp_path / "missing.md")
    with pytest.raises(InputError, match="no such file"):
        read_text(tmp_path / "missing.md" / "x.md")


def test_a_file_over_the_cap_is_refused_before_reading(tmp_path: Path) -> None:
    big = tmp_path / "big.md"
    big.write_bytes(b"A line.\n" * 200)
    with pytest.raises(InputError, match="1,600 bytes is larger than the 1,000-byte limit"):
        read_file(big, max_bytes=1000)
    with pytest.raises(InputError, match="larger than the 1,000-byte limit"):
        auditor.audit_path(big, Config(max_bytes=1000))
    assert read_file(big, max_bytes=1600) == b"A line.\n" * 200


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero here")
def test_dev_zero_through_the_cli_ends_quickly_in_bounded_memory() -> None:
    code, err, seconds, peak = run_bounded("import sys, auditor.cli; sys.exit(auditor.cli.main(['audit', '/dev/zero']))")
    assert code == 2 and err == "auditor: error: /dev/zero: is a character device, not a regular file; to audit what it produces, pipe it to `auditor audit -`\n"
    assert seconds < 60 and peak < 200  # a hang would never end; the bound is loose for a loaded machine


# --- streams: stopped at the cap or at the first binary bytes ------------------------------------------------------


def test_an_endless_pipe_is_stopped_at_the_cap_in_bounded_memory() -> None:
    yes = subprocess.Popen(["yes", "A line of the endless article."], stdout=subprocess.PIPE)
    assert yes.stdout is not None
    try:
        code, err, seconds, peak = run_bounded(
            "import sys\nfrom auditor.load import read_stream\nfrom auditor.errors import InputError\n"
            "try:\n    read_stream(sys.stdin.buffer, 20_000_000)\nexcept InputError as e:\n"
            "    print(e, file=sys.stderr); sys.exit(2)",
            stdin=yes.stdout.fileno(),
        )
    finally:
        yes.kill()
        yes.wait()
        yes.stdout.close()
    assert code == 2 and err == "stdin: larger than the 20,000,000-byte limit (stopped reading there)\n"
    assert seconds < 60 and peak < 200  # a hang would never end; the bound is loose for a loaded machine


def test_a_binary_stream_is_refused_from_its_first_bytes() -> None:
    with open("/dev/zero", "rb") as zero, pytest.raises(InputError, match="stdin: looks like a binary file"):
        read_stream(zero, 20_000_000, "stdin")


# --- encodings ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("codec", ["utf-8", "utf-8-sig", "utf-16"])
def test_utf8_and_utf16_with_a_bom_decode(codec: str) -> None:
    assert decode(ARTICLE.encode(codec)) == ARTICLE


def test_utf16_big_endian_and_a_report_from_a_utf16_file(tmp_path: Path) -> None:
    assert decode(b"\xfe\xff" + "Caf\u00e9 \u2713".encode("utf-16-be")) == "Caf\u00e9 \u2713"
    path = tmp_path / "draft.md"
    path.write_bytes(ARTICLE.encode("utf-16"))
    assert [f.rule for f in auditor.audit_path(path).findings] == ["ART004", "CIT002"]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ("caf\u00e9".encode("latin-1"), r"not valid UTF-8 \(byte 0xe9 at offset 3\)"),
        (ARTICLE.encode("utf-16-le"), r"looks like a binary file \(NUL bytes\)"),  # UTF-16 without a BOM
        (ARTICLE.encode("utf-32"), "is UTF-32 text; convert it to UTF-8"),
        (b"\xff\xfe" + b"\x00\xd8", r"not valid UTF-16 \(at byte offset 2\)"),  # a lone surrogate in UTF-16
    ],
)
def test_other_encodings_get_a_clear_error(data: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message):
        decode(data, "draft.txt")


# --- the Python API: wrong arguments are AuditorErrors that say what to pass -------------------------------------


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        (lambda: auditor.audit_text(None), UsageError, "the article must be text (str), not NoneType"),
        (lambda: auditor.audit_text(b"bytes"), UsageError, "not bytes; decode it first"),
        (lambda: auditor.audit_text(42), UsageError, "not int"),
        (lambda: auditor.audit_text(ARTICLE, config={"select": ["CIT"]}), UsageError, "config must be an auditor.config.Config"),
        (lambda: auditor.audit_text(ARTICLE, input_format=None), UsageError, "input_format must be one of"),
        (lambda: auditor.audit_text(ARTICLE, input_format="pdf"), InputError, "unknown input format 'pdf'"),
        (lambda: auditor.audit_text(ARTICLE, source=3), UsageError, "source must be a str"),
        (lambda: auditor.audit_text("A claim \ud800 here."), InputError, "lone surrogate (U+D800 at character 8)"),
        (lambda: auditor.audit_text(ARTICLE * 100, config=Config(max_bytes=1000)), InputError, "larger than the 1,000-byte limit"),
        (lambda: auditor.audit_text("\u00e9" * 600, config=Config(max_bytes=1000)), InputError, "1,200 bytes (as UTF-8)"),
        (lambda: auditor.load_document(None), UsageError, "not NoneType"),
        (lambda: auditor.load_document(ARTICLE * 100, max_bytes=1000), InputError, "larger than the 1,000-byte limit"),
        (lambda: auditor.audit_path(None), UsageError, "the path must be a str or os.PathLike"),
        (lambda: auditor.audit_path(ROOT / "examples" / "article.md", config={}), UsageError, "config must be"),
        (lambda: auditor.split_sentences(None), UsageError, "text must be a str"),
    ],
)
def test_api_arguments_are_checked(call: object, error: type[AuditorError], message: str) -> None:
    with pytest.raises(error) as info:
        call()  # type: ignore[operator]
    assert message in str(info.value)


def test_api_default_cap_is_the_config_default() -> None:
    big = "x" * (Config().max_bytes + 1)
    with pytest.raises(InputError, match="20,000,001 characters is larger than the 20,000,000-byte limit"):
        auditor.audit_text(big)
