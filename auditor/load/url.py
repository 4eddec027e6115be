"""Fetching an article from a URL: ``requests`` with timeouts, a size cap and a content-type check."""

from __future__ import annotations

from dataclasses import dataclass

from auditor._version import __version__
from auditor.errors import SourceError
from auditor.load import MAX_BYTES

TIMEOUT = (5.0, 20.0)
"""(connect, read) seconds."""
USER_AGENT = f"auditor/{__version__} (+https://pypi.org/project/auditor/; article citation auditor)"
_TEXT_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "text/markdown", "text/x-markdown")


@dataclass(frozen=True, slots=True)
class Fetched:
    """A fetched page: its final URL (after redirects), text, and content type."""

    url: str
    text: str
    content_type: str


def is_url(target: str) -> bool:
    """Whether a command-line target names a web page rather than a file."""
    return target.lower().startswith(("http://", "https://"))


def fetch(url: str, max_bytes: int = MAX_BYTES, timeout: tuple[float, float] = TIMEOUT) -> Fetched:
    """GET ``url`` and return its text, or raise :class:`SourceError` saying what went wrong."""
    import requests  # imported here: only URL audits pay for it

    try:
        with requests.get(url, timeout=timeout, stream=True, headers={"User-Agent": USER_AGENT}) as response:
            if response.status_code >= 400:
                raise SourceError(f"{url}: the server answered {response.status_code} {response.reason}")
            content_type = response.headers.get("Content-Type", "").split(";")[0].strip().lower()
            if content_type and not content_type.startswith(_TEXT_TYPES):
                raise SourceError(f"{url}: is {content_type}, not an HTML or text page")
            body = bytearray()
            for chunk in response.iter_content(65536):
                body.extend(chunk)
                if len(body) > max_bytes:
                    raise SourceError(f"{url}: larger than the {max_bytes:,}-byte limit")
            encoding = response.encoding if "charset" in response.headers.get("Content-Type", "") else None
            text = bytes(body).decode(encoding or "utf-8", errors="replace")
            return Fetched(response.url, text, content_type or "text/html")
    except requests.exceptions.Timeout:
        raise SourceError(f"{url}: timed out (no answer within {timeout[1]:.0f} s)") from None
    except requests.exceptions.ConnectionError as exc:
        raise SourceError(f"{url}: cannot connect ({_reason(exc)})") from None
    except requests.exceptions.RequestException as exc:
        raise SourceError(f"{url}: {_reason(exc)}") from None


def _reason(exc: Exception) -> str:
    text = str(exc.args[0]) if exc.args else type(exc).__name__
    return text.split(": ")[-1].strip("()'\" ")[:160] or type(exc).__name__
