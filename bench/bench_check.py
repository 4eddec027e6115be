"""Check mode over real content repositories: throughput cold and warm, memory per worker, beside proselint.

    python bench/bench_check.py              # both corpora, the numbers with the targets beside them
    python bench/bench_check.py --json       # the same, as JSON
    python bench/bench_check.py --limit 200  # the first 200 articles only (a quick look)

Over the articles of ../shared/corpus/18f-blog and ../shared/corpus/bitcoinops-optech (skipped with a
message when they are not there), each run a fresh `auditor check` process with its cache in a
temporary folder and SARIF as its output (what the GitHub Action uploads), it measures:
- cold, 2 jobs: MB of article text per second of wall time (target: 1.6 MB/s, Vale's published rate);
- cold, 1 job: the same, single process, with a cache of its own too (emptied first): the two cold runs differ
  by their number of jobs only (until December 2026 this run had no cache, and so skipped the cache keys,
  the include digests and the writes the 2-job run pays for);
- warm, 2 jobs: the rerun over the unchanged tree with the cache of the cold run (target: < 10% of cold);
- the CPU seconds of each run (user + sys of the process and its workers), since this machine's 2 cores
  are shared and wall times move with the load;
- peak resident memory of the largest worker and of the main process;
- proselint (the `bench` extra) over the same files in this process, one core, as MB/s of CPU time
  and of wall time, against our 1-job CPU rate.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CORPORA = [ROOT.parent / "shared" / "corpus" / name for name in ("18f-blog", "bitcoinops-optech")]
EXTENSIONS = (".md", ".markdown", ".mdx", ".html", ".htm", ".txt")
TARGET_MBPS = 1.6
WARM_SHARE = 0.10

RUNNER = """
import resource, sys
from auditor.cli import main
code = main(sys.argv[1:])
children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(f"peak {children} {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}", file=sys.stderr)
sys.exit(code)
"""


def articles(limit: int | None) -> list[Path]:
    found = sorted(
        p for corpus in CORPORA if corpus.is_dir() for p in corpus.rglob("*") if p.suffix.lower() in EXTENSIONS
    )
    found = [p for p in found if p.is_file() and p.name not in ("SOURCE.txt", "LICENSE.txt", "LICENSE.md")]
    return found[:limit] if limit else found


def check_run(files: list[Path], project: Path, jobs: int, cache: bool) -> dict[str, Any]:
    """One `auditor check` process over ``files``; its wall and CPU seconds and peak memory."""
    argv = [sys.executable, "-c", RUNNER, "check", "--jobs", str(jobs), "--quiet", "--format", "sarif"]
    argv += ["--output", str(project / "out.sarif"), *([] if cache else ["--no-cache"]), *map(str, files)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(argv, cwd=project, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode not in (0, 1, 2) or "peak" not in done.stderr:
        raise SystemExit(f"auditor check failed ({done.returncode}): {done.stderr[-2000:]}")
    worker_kib, main_kib = (int(x) for x in done.stderr.rsplit("peak ", 1)[1].split()[:2])
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    run = json.loads((project / "out.sarif").read_text())["runs"][0]
    return {
        "wall_s": wall,
        "cpu_s": cpu,
        "worker_peak_mib": worker_kib / 1024,
        "main_peak_mib": main_kib / 1024,
        "results": len(run["results"]),
        "errors": len(run["invocations"][0]["toolExecutionNotifications"]),
    }


def proselint_run(files: list[Path]) -> dict[str, Any] | None:
    try:
        from proselint.checks import __register__
        from proselint.registry import CheckRegistry
        from proselint.tools import LintFile
    except ImportError:
        return None
    CheckRegistry().register_many(__register__)
    texts = [(str(p), p.read_text(encoding="utf-8", errors="replace")) for p in files]
    cpu0, wall0 = time.process_time(), time.perf_counter()
    found = sum(len(LintFile(name, text).lint()) for name, text in texts if text.strip())
    return {"cpu_s": time.process_time() - cpu0, "wall_s": time.perf_counter() - wall0, "findings": found}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument("--limit", type=int, help="only the first N articles")
    parser.add_argument("--no-proselint", action="store_true", help="skip the proselint comparison")
    args = parser.parse_args()
    files = articles(args.limit)
    if not files:
        print(f"skipped: none of {', '.join(str(c) for c in CORPORA)} is here (development workspace only)")
        return
    size = sum(p.stat().st_size for p in files)
    mb = size / 1e6
    with tempfile.TemporaryDirectory(prefix="bench-check-") as tmp:
        project = Path(tmp)
        cold2 = check_run(files, project, 2, cache=True)
        warm2 = check_run(files, project, 2, cache=True)
        shutil.rmtree(project / ".auditor_cache", ignore_errors=True)
        cold1 = check_run(files, project, 1, cache=True)  # cold too: the cache was just removed
    prose = None if args.no_proselint else proselint_run(files)
    results = {
        "files": len(files),
        "mb": round(mb, 2),
        "cold_2_jobs": {**cold2, "mb_per_s": mb / cold2["wall_s"], "mb_per_cpu_s": mb / cold2["cpu_s"]},
        "cold_1_job": {**cold1, "mb_per_s": mb / cold1["wall_s"], "mb_per_cpu_s": mb / cold1["cpu_s"]},
        "warm_2_jobs": {**warm2, "share_of_cold": warm2["wall_s"] / cold2["wall_s"]},
        "proselint": None
        if prose is None
        else {**prose, "mb_per_cpu_s": mb / prose["cpu_s"], "mb_per_s": mb / prose["wall_s"]},
        "proselint_skipped": args.no_proselint,
        "load_average": os.getloadavg()[0] if hasattr(os, "getloadavg") else None,
    }
    if args.json:
        print(json.dumps(results, indent=2, sort_keys=True))
        return
    print_report(results)


def verdict(ok: bool) -> str:
    return "ok" if ok else "MISSED"


def print_report(results: dict[str, Any]) -> None:
    c2, c1, w = results["cold_2_jobs"], results["cold_1_job"], results["warm_2_jobs"]
    load = results["load_average"]
    print(
        f"{results['files']} articles, {results['mb']:.1f} MB of text (load average {load:.1f}, {os.cpu_count()} cores)"
    )
    print(
        f"cold, 2 jobs : {c2['wall_s']:6.1f} s wall  {c2['mb_per_s']:.2f} MB/s "
        f"(target {TARGET_MBPS} MB/s: {verdict(c2['mb_per_s'] >= TARGET_MBPS)})  "
        f"cpu {c2['cpu_s']:.1f} s = {c2['mb_per_cpu_s']:.2f} MB per cpu-s"
    )
    print(
        f"cold, 1 job  : {c1['wall_s']:6.1f} s wall  {c1['mb_per_s']:.2f} MB/s  "
        f"cpu {c1['cpu_s']:.1f} s = {c1['mb_per_cpu_s']:.2f} MB per cpu-s"
    )
    print(
        f"warm, 2 jobs : {w['wall_s']:6.2f} s wall  {w['share_of_cold']:.1%} of cold "
        f"(target < {WARM_SHARE:.0%}: {verdict(w['share_of_cold'] < WARM_SHARE)})  cpu {w['cpu_s']:.2f} s"
    )
    print(f"peak memory  : {c2['worker_peak_mib']:.0f} MiB largest worker, {c2['main_peak_mib']:.0f} MiB main process")
    prose = results["proselint"]
    if prose:
        ratio = c1["mb_per_cpu_s"] / prose["mb_per_cpu_s"]
        print(
            f"proselint    : {prose['cpu_s']:6.1f} cpu-s = {prose['mb_per_cpu_s']:.2f} MB per cpu-s "
            f"({prose['mb_per_s']:.2f} MB/s wall, one process); auditor with 1 job: {ratio:.1f}x its rate"
        )
    elif results.get("proselint_skipped"):
        print("proselint    : skipped (--no-proselint)")
    else:
        print("proselint    : not installed (pip install -e '.[bench]')")
    if c2["errors"]:
        print(f"note: {c2['errors']} files could not be audited")


if __name__ == "__main__":
    main()
