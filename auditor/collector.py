"""collector: Python's cyclic garbage collector, paused while an audit builds its objects.

An audit of a long article builds hundreds of thousands of objects that live until it ends (sentences,
claims, tokens, findings, the report's dictionaries) and almost none in reference cycles: the audit of
a 1 MB article frees nothing through the collector, yet with it on, the collector walks the ever larger
set of live objects again and again (a dozen full passes, and some two thousand small ones), which is
a sixth to a fifth of the audit's time. Reference counting frees everything else as usual.

While :func:`paused` is in effect, the collector does not run; when the outermost pause ends it is
turned back on (only if it was on before), and the next collection frees whatever cycles the audit left
(an HTML page's element tree: at most a few tens of megabytes for the largest input allowed). Pauses
nest and may overlap across threads: the collector resumes when the last one ends.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0
_resume = False


@contextmanager
def paused() -> Iterator[None]:
    """Keep the cyclic garbage collector off for the duration of the block (see the module docstring)."""
    global _depth, _resume
    with _lock:
        if _depth == 0:
            _resume = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _resume:
                gc.enable()
