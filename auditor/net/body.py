"""A response body, read safely: a streamed size cap (also after decompression), sniffing, decoding.

The cap counts both the bytes on the wire and the bytes after ``gzip`` or
``deflate`` decoding, which is done here with a bounded ``max_length`` so that
a small compressed body cannot expand into gigabytes in memory.
"""

from __future__ import annotations

import codecs
import zlib
from collections.abc import Callable
from typing import Protocol

from auditor.errors import SourceError

CHUNK = 64 * 1024
TEXT_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "text/markdown", "text/x-markdown")
"""Content types audited as articles; a missing or generic type is decided by sniffing the body."""
GENERIC_TYPES = ("", "application/octet-stream", "binary/octet-stream")
_MAGIC = (b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"%PDF", b"PK\x03\x04", b"\x1f\x8b", b"\x7fELF", b"BZh", b"RIFF")
"""File signatures of binary formats (images, PDF, archives, executables) that hold no NUL early on."""
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


class RawStream(Protocol):
    """What a body is read from: urllib3's raw response."""

    def read(self, amt: int | None = None, decode_content: bool | None = None) -> bytes:
        """Up to ``amt`` bytes as sent (no content decoding)."""
        ...


class Decoder:
    """``Content-Encoding`` decoding with a bounded output per call."""

    def __init__(self, encoding: str, url: str) -> None:
        self.encoding = encoding
        self._zlib: zlib._Decompress | None = None
        self._url = url
        if encoding not in ("", "identity", "gzip", "x-gzip", "deflate"):
            raise SourceError(f"{url}: the server sent an unsupported content encoding {encoding!r}")

    def feed(self, data: bytes, room: int) -> bytes:
        """Decode ``data``, producing at most ``room`` bytes (more would be over the cap anyway)."""
        if self.encoding in ("", "identity"):
            return data
        if self._zlib is None:
            # deflate is zlib-wrapped by the standard, raw by some servers: the header tells them apart
            wrapped = len(data) >= 2 and data[0] & 0x0F == 8 and (data[0] << 8 | data[1]) % 31 == 0
            wbits = 31 if self.encoding in ("gzip", "x-gzip") else (15 if wrapped else -15)
            self._zlib = zlib.decompressobj(wbits)
        try:
            return self._zlib.decompress(data, room)
        except zlib.error as exc:
            raise SourceError(f"{self._url}: the {self.encoding} body is corrupt ({exc})") from None


def read_capped(raw: RawStream, encoding: str, limit: int, url: str, expired: Callable[[], bool]) -> bytes:
    """The body, read in chunks; over ``limit`` bytes (sent or decoded) is an error, stopping the read at once.

    ``expired`` says whether the fetch's deadline passed (the caller turns a cut-short body into a timeout).
    """
    decoder = Decoder(encoding, url)
    body = bytearray()
    sent = 0
    while True:
        chunk = raw.read(CHUNK, decode_content=False)
        if not chunk:
            break
        sent += len(chunk)
        if sent > limit:
            raise SourceError(f"{url}: larger than the {limit:,}-byte limit (stopped reading there)")
        body += decoder.feed(chunk, limit - len(body) + 1)
        if len(body) > limit:
            raise SourceError(f"{url}: larger than the {limit:,}-byte limit once decompressed (stopped reading there)")
        if expired():
            break
    return bytes(body)


def content_type(header: str) -> tuple[str, str | None]:
    """The media type and charset of a ``Content-Type`` header."""
    parts = [p.strip() for p in header.split(";")]
    charset = None
    for param in parts[1:]:
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset":
            charset = value.strip().strip("\"'") or None
    return parts[0].lower(), charset


def sniff(body: bytes, media_type: str, url: str) -> None:
    """Refuse a body that is not text: a binary type, or binary bytes under a text or missing type."""
    if media_type not in GENERIC_TYPES and not media_type.startswith(TEXT_TYPES):
        raise SourceError(f"{url}: is {media_type}, not an HTML or text page")
    head = body[:8192]
    if any(head.startswith(bom) for bom, codec in _BOMS if codec == "utf-16"):
        return
    said = f"says {media_type} but" if media_type not in GENERIC_TYPES else "has no text content type and"
    if b"\x00" in head or head.startswith(_MAGIC):
        raise SourceError(f"{url}: {said} serves binary data, not an HTML or text page")
    controls = sum(1 for b in head[:1024] if b < 32 and b not in b"\t\n\r\f\x1b")
    if head and controls * 10 > len(head[:1024]):
        raise SourceError(f"{url}: {said} serves binary data (control bytes), not an HTML or text page")


def decode_body(body: bytes, charset: str | None) -> str:
    """Text from the body: a byte-order mark wins, then the declared charset, then UTF-8 (bad bytes replaced)."""
    for bom, codec in _BOMS:
        if body.startswith(bom):
            return body.decode(codec, errors="replace")
    if charset:
        try:
            return body.decode(codecs.lookup(charset).name, errors="replace")
        except (LookupError, UnicodeError, ValueError):  # an unknown or non-text charset: read it as UTF-8
            pass
    return body.decode("utf-8", errors="replace")
