"""Bounded input: files and streams read with a byte cap, special files refused, bytes decoded.

Nothing is read whole and checked afterwards: reading stops as soon as the cap
is passed (``/dev/zero`` or ``yes | auditor audit -`` end at once, in bounded
memory). FIFOs, devices and sockets are refused before anything is read; a file
is opened non-blocking so that a FIFO swapped in after the check, or one
without a writer, never hangs the run. Text given to the API is held to the
same cap and must be valid Unicode (no lone surrogates).
"""

from __future__ import annotations

import codecs
import os
import stat
from typing import BinaryIO

from auditor.config import DEFAULT_MAX_BYTES
from auditor.errors import InputError

CHUNK = 1 << 16
_SNIFF = 8192
_SPECIAL = (
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


def read_file(path: str | os.PathLike[str], max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of a regular file, at most ``max_bytes``; anything else is an :class:`InputError`."""
    name = os.fsdecode(path)
    try:
        _refuse_special(os.stat(path), name)
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except FileNotFoundError:
        raise InputError(f"{name}: no such file") from None
    except NotADirectoryError:
        raise InputError(f"{name}: no such file (a parent is not a folder)") from None
    except OSError as exc:
        raise InputError(f"{name}: cannot read it ({exc.strerror or exc})") from None
    with os.fdopen(fd, "rb", buffering=0) as stream:
        info = os.fstat(fd)
        _refuse_special(info, name)  # the path could have been swapped between the check and the open
        if info.st_size > max_bytes:
            raise InputError(f"{name}: {info.st_size:,} bytes is larger than the {max_bytes:,}-byte limit")
        os.set_blocking(fd, True)
        return read_stream(stream, max_bytes, name)


def read_stream(stream: BinaryIO, max_bytes: int = DEFAULT_MAX_BYTES, name: str = "stdin") -> bytes:
    """Read a byte stream in chunks; stop with an :class:`InputError` once past ``max_bytes`` or clearly binary."""
    data = bytearray()
    try:
        while True:
            chunk = stream.read(min(CHUNK, max_bytes + 1 - len(data)))
            if not chunk:
                return bytes(data)
            before = len(data)
            data += chunk
            if before < _SNIFF:  # a binary stream (/dev/zero) is refused from its first bytes, not after the cap
                _refuse_binary(bytes(data[:_SNIFF]), name)
            if len(data) > max_bytes:
                raise InputError(f"{name}: larger than the {max_bytes:,}-byte limit (stopped reading there)")
    except OSError as exc:
        raise InputError(f"{name}: cannot read it ({exc.strerror or exc})") from None


def _refuse_special(info: os.stat_result, name: str) -> None:
    if stat.S_ISDIR(info.st_mode):
        raise InputError(
            f"{name}: is a directory; `auditor audit` takes one file (use `auditor check {name}` for a folder)"
        )
    for test, what in _SPECIAL:
        if test(info.st_mode):
            raise InputError(
                f"{name}: is {what}, not a regular file; to audit what it produces, pipe it to `auditor audit -`"
            )


_UTF16 = ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
_UTF32 = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)


def _refuse_binary(head: bytes, name: str) -> None:
    if head.startswith(_UTF32):
        raise InputError(f"{name}: is UTF-32 text; convert it to UTF-8 (e.g. `iconv -f utf-32 -t utf-8`)")
    if not head.startswith(tuple(bom for bom, _ in _UTF16)) and b"\x00" in head:
        raise InputError(f"{name}: looks like a binary file (NUL bytes), not an article")


def decode(data: bytes, name: str = "input", max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """Bytes -> text: UTF-8 (with or without BOM) or UTF-16 with a BOM; anything else is a clear error."""
    if len(data) > max_bytes:
        raise InputError(f"{name}: {len(data):,} bytes is larger than the {max_bytes:,}-byte limit")
    _refuse_binary(data[:_SNIFF], name)
    for bom, codec in _UTF16:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(codec)
            except UnicodeDecodeError as exc:
                raise InputError(
                    f"{name}: starts with a UTF-16 byte-order mark but is not valid UTF-16 "
                    f"(at byte offset {exc.start + len(bom)})"
                ) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{name}: not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "convert it with e.g. `iconv -f latin1 -t utf-8`"
        ) from None


def check_text(text: str, name: str = "input", max_bytes: int = DEFAULT_MAX_BYTES) -> None:
    """Refuse text over ``max_bytes`` (as UTF-8) or with lone surrogates, which no file can hold."""
    if len(text) > max_bytes:
        raise InputError(f"{name}: {len(text):,} characters is larger than the {max_bytes:,}-byte limit")
    if text.isascii():
        return
    try:
        size = len(text.encode("utf-8"))
    except UnicodeEncodeError as exc:
        raise InputError(
            f"{name}: contains a lone surrogate (U+{ord(text[exc.start]):04X} at character {exc.start}), "
            "which is not text; decode the input with errors='replace' or fix its source"
        ) from None
    if size > max_bytes:
        raise InputError(f"{name}: {size:,} bytes (as UTF-8) is larger than the {max_bytes:,}-byte limit")
