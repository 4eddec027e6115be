"""CPU cost of each contradiction rule (CON001-CON006) on the adversarial inputs and the 35 KB article.

    python bench/bench_con.py                          # the default rows at 1 MB
    python bench/bench_con.py long-line dates --size 64000
    python bench/bench_con.py article                  # the 35 KB article of bench_audit.py

The article is analysed first (not counted). ``pairing`` is the shared per-article work all CON rules use
(claim words, blocking, candidate pairs lined up: :mod:`auditor.compare.pairing`), timed on its own so that
each rule's column is its own work. Times are CPU seconds (``time.process_time``), best of ``--repeat``.
"""

from __future__ import annotations

import argparse
import os
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from auditor.article import analyse
from auditor.checks import all_rules
from auditor.collector import paused
from auditor.compare.pairing import comparisons, pairing
from auditor.load import load_document

DEFAULT_ROWS = ("long-line", "long-paragraphs", "numeric-lines", "dates", "prose-article")


def _text(row: str, size: int) -> tuple[str, str]:
    if row == "article":
        from bench_audit import SIZE, prose

        return prose(SIZE), "text"
    from bench_adversarial import INPUTS

    fmt, build = INPUTS[row]
    return build(size), fmt


def _once(text: str, fmt: str) -> dict[str, float]:
    with paused():  # as in an audit (auditor.collector)
        return _timed(text, fmt)


def _timed(text: str, fmt: str) -> dict[str, float]:
    doc = load_document(text, fmt, f"x.{fmt}", max_bytes=50_000_000)
    article = analyse(doc, None)
    times: dict[str, float] = {}
    start = time.process_time()
    comparisons(article)
    pairing(article)
    times["pairing"] = time.process_time() - start
    for r in all_rules():
        if r.code.startswith("CON"):
            start = time.process_time()
            list(r.check(article))
            times[r.code] = time.process_time() - start
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rows", nargs="*", default=list(DEFAULT_ROWS))
    parser.add_argument("--size", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    _once(*_text("article", 0))  # warm up: word lists, knowledge files, compiled patterns
    header = None
    for row in args.rows:
        text, fmt = _text(row, args.size)
        best: dict[str, float] = {}
        for _ in range(args.repeat):
            for k, v in _once(text, fmt).items():
                best[k] = min(v, best.get(k, v))
        if header is None:
            header = list(best)
            print(f"{'row':<16}" + "".join(f"{k:>9}" for k in header) + f"{'total':>9}")
        print(f"{row:<16}" + "".join(f"{best[k]:9.4f}" for k in header) + f"{sum(best.values()):9.4f}")


if __name__ == "__main__":
    main()
