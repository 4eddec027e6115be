"""The progress bar of ``auditor check``: on stderr, only on a terminal, only once a run proves long.

Nothing of it reaches stdout, a pipe or a file: machine outputs stay clean.
"""

from __future__ import annotations

import os
import sys
import time
from typing import TextIO

DELAY = 0.75
"""Seconds before the bar appears: short runs never show one."""
INTERVAL = 0.1
"""Seconds between redraws."""


class Bar:
    """Files done of all, findings so far, and the rate; call it with each update, ``close`` at the end."""

    def __init__(self, stream: TextIO | None = None, enabled: bool = True) -> None:
        self.stream = stream or sys.stderr
        self.enabled = enabled and _is_terminal(self.stream) and os.environ.get("TERM") != "dumb"
        self.start = time.monotonic()
        self.drawn = 0.0
        self.shown = False

    def __call__(self, done: int, total: int, findings: int, size: int) -> None:
        """Redraw, at most every :data:`INTERVAL` seconds, once :data:`DELAY` seconds have passed."""
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self.start < DELAY or (now - self.drawn < INTERVAL and done < total):
            return
        self.drawn = now
        elapsed = max(now - self.start, 1e-6)
        width = 24
        filled = width * done // max(total, 1)
        bar = "#" * filled + "-" * (width - filled)
        rate = f"{done / elapsed:.0f} files/s, {size / elapsed / 1e6:.1f} MB/s"
        line = f"\r[{bar}] {done}/{total} files  {findings} findings  {rate}"
        self.stream.write(line + "\x1b[K")
        self.stream.flush()
        self.shown = True

    def close(self) -> None:
        """Erase the bar."""
        if self.shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self.shown = False


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
