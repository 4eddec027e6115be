"""Speed and memory of a full audit, against the budgets in SPEC.md.

    python bench/bench_audit.py            # the numbers, with the budgets beside them
    python bench/bench_audit.py --json     # the same, as JSON

It measures, on this machine:
- the offline audit of a 35 KB article in process (budget: 15 ms), median of repeated runs, and the median
  of fifteen other 35 KB pieces each audited once (nothing cached from an earlier audit of the same text);
- linear growth: the audit of 16x that size against the sum of audits of its sixteen 35 KB pieces
  (1.0 is perfectly linear; comparing with the pieces themselves keeps differences of content out);
- sentence splitting speed, and pySBD's on the same text when pysbd is installed (we need 20x);
- `auditor --version` start-up in a fresh process (budget: 150 ms) and `auditor audit` wall time (300 ms);
- peak memory (tracemalloc) of the 35 KB and 16x audits;
- proselint (the `bench` extra) on the same 35 KB article in the same run, and our speed-up over it.

In-process times are CPU times of this process (``time.process_time``): on a shared machine other processes
change wall-clock times several-fold, CPU times much less, and auditor and proselint are timed alike. The CLI
figures are wall-clock times of a fresh process.

The article is the largest seed article in ../shared/corpus/seeds when that folder is there (the
development workspace), otherwise the repository's own fixture articles, repeated to 35 KB.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT))

import auditor  # noqa: E402 - after the path set-up, so the checkout is measured

SIZE = 35_000


def prose(chars: int) -> str:
    """At least ``chars`` characters of article text: the seeds and 18F posts, or the fixtures."""
    seeds = sorted((SHARED / "corpus" / "seeds").glob("*.txt"), key=lambda p: -p.stat().st_size)
    posts = sorted((SHARED / "corpus" / "18f-blog" / "content" / "posts").glob("*.md"))
    sources = seeds + posts or sorted((ROOT / "fixtures" / "articles").glob("*.[mt][dx]*"))
    parts: list[str] = []
    while sum(map(len, parts)) < chars:
        for path in sources:
            text = path.read_text(encoding="utf-8", errors="replace")
            parts.append(text.split("---", 2)[-1] if text.startswith("---") else text)
            if sum(map(len, parts)) >= chars:
                break
    return "\n\n".join(parts)


def median_seconds(fn: Callable[[], object], repeat: int) -> float:
    fn()  # warm caches (word lists, compiled patterns, the model)
    times = []
    for _ in range(repeat):
        start = time.process_time()
        fn()
        times.append(time.process_time() - start)
    return statistics.median(times)


def _seconds_once(fn: Callable[[], object]) -> float:
    start = time.process_time()
    fn()
    return time.process_time() - start


def peak_kib(fn: Callable[[], object]) -> float:
    tracemalloc.start()
    fn()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak / 1024


def cli_ms(*args: str, repeat: int = 7) -> float | None:
    # The auditor installed beside this Python (the one imported above), not whichever is first on PATH.
    exe = shutil.which("auditor", path=os.path.dirname(sys.executable)) or shutil.which("auditor")
    if not exe:
        return None
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run([exe, *args], capture_output=True, check=False)
        runs.append(time.perf_counter() - start)
    return 1000 * statistics.median(runs)


def measure() -> dict[str, object]:
    base = prose(SIZE)[:SIZE]
    big = prose(16 * SIZE)[: 16 * SIZE]

    def audit(text: str) -> Callable[[], object]:
        return lambda: auditor.audit_text(text, "text", "bench.txt").to_dict()

    t_base = median_seconds(audit(base), 21)
    # The other 35 KB pieces, each audited once before anything else reads them: what one CLI run pays, with no
    # cache warmed by the same text (re's compiled patterns, memos); the repeated median above can hide those.
    t_once = statistics.median(_seconds_once(audit(big[i : i + SIZE])) for i in range(SIZE, len(big), SIZE))
    t_big = median_seconds(audit(big), 3)
    t_pieces = sum(median_seconds(audit(big[i : i + SIZE]), 3) for i in range(0, len(big), SIZE))
    split_text = prose(400_000)
    t_split = median_seconds(lambda: auditor.split_sentences(split_text), 5)
    out: dict[str, object] = {
        "article_chars": len(base),
        "audit_35kb_ms": round(1000 * t_base, 2),
        "audit_35kb_budget_ms": 15,
        "audit_35kb_once_ms": round(1000 * t_once, 2),
        "linearity_16x": round(t_big / t_pieces, 2),
        "split_mchar_per_s": round(len(split_text) / t_split / 1e6, 2),
        "peak_kib_35kb": round(peak_kib(audit(base))),
        "peak_kib_16x": round(peak_kib(audit(big))),
    }
    try:
        import pysbd

        segmenter = pysbd.Segmenter(language="en", clean=False)
        sample = split_text[:50_000]
        t_ref = median_seconds(lambda: [segmenter.segment(p) for p in sample.split("\n\n")], 3)
        out["pysbd_mchar_per_s"] = round(len(sample) / t_ref / 1e6, 3)
        out["split_speedup_vs_pysbd"] = round((len(split_text) / t_split) / (len(sample) / t_ref), 1)
    except ImportError:
        out["pysbd_mchar_per_s"] = "pysbd not installed"
    try:  # proselint (the `bench` extra) on the same 35 KB article, in this run: how many times faster we are
        from proselint.checks import __register__
        from proselint.registry import CheckRegistry
        from proselint.tools import LintFile

        CheckRegistry().register_many(__register__)
        t_prose = median_seconds(lambda: LintFile("bench.txt", base).lint(), 5)
        out["proselint_35kb_ms"] = round(1000 * t_prose, 2)
        out["audit_speedup_vs_proselint"] = round(t_prose / t_base, 1)
    except ImportError:
        out["proselint_35kb_ms"] = "proselint not installed (pip install -e '.[bench]')"
    out["cli_version_ms"] = cli_ms("--version")
    out["cli_version_budget_ms"] = 150
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as handle:
        handle.write(base)
    out["cli_audit_ms"] = cli_ms("audit", handle.name, "--format", "json", "-o", handle.name + ".json")
    out["cli_audit_budget_ms"] = 300
    # With PYTHONDONTWRITEBYTECODE set, every CLI start compiles the sources again: say so beside the figures.
    no_cache = os.environ.get("PYTHONDONTWRITEBYTECODE")
    out["cli_bytecode_cache"] = "off (PYTHONDONTWRITEBYTECODE is set)" if no_cache else "on"
    Path(handle.name).unlink()
    Path(handle.name + ".json").unlink(missing_ok=True)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    args = parser.parse_args()
    results = measure()
    if args.json:
        print(json.dumps(results, indent=2))
    else:
        width = max(map(len, results))
        for key, value in results.items():
            print(f"{key:<{width}}  {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
