"""Run Python in a child process and measure the child's own peak memory.

``ru_maxrss`` from ``wait4`` is no use here: Linux carries the forking parent's high-water mark
across ``fork`` and ``exec``, so a child of a 300 MB pytest "peaks" at 300 MB before it runs a line.
The child instead writes the high-water mark of its own address space (``VmHWM``, fresh after
``exec``) to a file when it exits.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PRELUDE = """\
import atexit, os, resource

def _report_peak():
    kb = None
    try:
        with open('/proc/self/status') as status:
            kb = next(int(line.split()[1]) for line in status if line.startswith('VmHWM:'))
    except (OSError, StopIteration):
        kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with open(os.environ['AUDITOR_TEST_PEAK_FILE'], 'w') as out:
        out.write(str(kb))

atexit.register(_report_peak)
"""


def run_measured(code: str, stdin: int | None, cwd: Path) -> tuple[int, str, float, float]:
    """Run ``python -c PRELUDE+code``: exit code, stderr, seconds, peak memory in MB.

    A child that never reaches its exit handlers (killed, crashed) reports an infinite peak, so a
    bound on it fails rather than passes.
    """
    with tempfile.TemporaryDirectory() as scratch:
        peak_file = Path(scratch) / "peak"
        start = time.monotonic()
        proc = subprocess.run(
            [sys.executable, "-c", PRELUDE + code],
            stdin=stdin if stdin is not None else subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            cwd=cwd,
            env={**os.environ, "AUDITOR_TEST_PEAK_FILE": str(peak_file)},
            check=False,
        )
        seconds = time.monotonic() - start
        peak = int(peak_file.read_text()) / 1024 if peak_file.exists() else float("inf")
    return proc.returncode, proc.stderr.decode(), seconds, peak
