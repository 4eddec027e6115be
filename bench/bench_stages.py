"""Where an audit's time goes, stage by stage, in one process: loading, analysis (and its parts), each rule,
the report and its JSON.

    python bench/bench_stages.py                              # the real corpora (../shared/corpus), every file
    python bench/bench_stages.py --limit 300                  # their first 300 files
    python bench/bench_stages.py --input prose-article --size 1024000   # one input of bench_adversarial.py
    python bench/bench_stages.py --ignore CON,CIT,ART         # the core alone: no rule runs

CPU seconds (``time.process_time``) of this process, summed over the documents, after one warm-up audit (the
imports and what is built on first use are not counted). The analysis' parts are timed by wrapping the
functions :func:`auditor.article.analyse` calls, which adds well under a microsecond per call. The sum is the
whole audit as :func:`auditor.api.audit_text` runs it, suppression comments aside. Real corpora are the articles
``bench_check.py`` audits: the core on them is the per-document cost check mode pays before any rule runs.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import auditor.article as article  # noqa: E402 - after the path set-up, so the checkout is measured
from auditor import engine, load  # noqa: E402
from auditor.api import audit_text, read_text  # noqa: E402
from auditor.collector import paused  # noqa: E402
from auditor.config import Config  # noqa: E402
from auditor.report import Report, sort_findings  # noqa: E402

PARTS = (
    "form_of", "find_artifacts", "_sentences", "source_lines", "find_markers", "infer_date", "_claim_text",
    "check_worthiness", "claim_kinds", "attach",
)
"""The functions :func:`auditor.article.analyse` calls that are timed apart."""


def documents(args: argparse.Namespace) -> list[tuple[str, str, str]]:
    """(name, format, text) of each document to audit."""
    if args.input:
        from bench.bench_adversarial import INPUTS

        fmt, build = INPUTS[args.input]
        return [(f"{args.input}.{fmt}", fmt, build(args.size))]
    from bench.bench_check import articles

    found = []
    for path in articles(args.limit):
        try:
            text = read_text(path)
        except Exception:  # what check mode reports as the file's error is not timed
            continue
        if text.strip():
            found.append((str(path), "auto", text))
    return found


def _timed(times: dict[str, float], name: str, function: Callable[..., Any]) -> Callable[..., Any]:
    def timed(*args: Any, **kwargs: Any) -> Any:
        start = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            times[name] += time.process_time() - start

    return timed


def measure(docs: list[tuple[str, str, str]], config: Config) -> tuple[dict[str, float], dict[str, float]]:
    """CPU seconds by stage (analysis parts as "analyse/name"), and by rule."""
    stages: dict[str, float] = defaultdict(float)
    rules: dict[str, float] = defaultdict(float)
    parts: dict[str, float] = defaultdict(float)
    audit_text("The plant cut 300 jobs in 2023, the company said [source].", "markdown", "warm-up.md", config)
    originals = {name: getattr(article, name) for name in PARTS}
    for name, function in originals.items():
        setattr(article, name, _timed(parts, name, function))
    clock = time.process_time
    try:
        for name, fmt, text in docs:
            with paused():
                t0 = clock()
                doc = load.load_document(text, fmt, name, max_bytes=max(config.max_bytes, 4 * len(text)))
                t1 = clock()
                analysed = article.analyse(doc)
                t2 = clock()
                found = []
                for rule in engine.selected_rules(config):
                    start = clock()
                    try:
                        found.extend(rule.check(analysed))
                    except Exception:  # the engine reports it; here only the time counts
                        continue
                    finally:
                        rules[f"{rule.code} {rule.name}"] += clock() - start
                t3 = clock()
                report = Report(analysed.document, analysed.claims, analysed.citations, sort_findings([]))
                data = report.to_dict()
                t4 = clock()
                json.dumps(data)
                t5 = clock()
            stages["load"] += t1 - t0
            stages["analyse"] += t2 - t1
            stages["rules"] += t3 - t2
            stages["report"] += t4 - t3
            stages["json"] += t5 - t4
    finally:
        for name, function in originals.items():
            setattr(article, name, function)
    for name in PARTS:
        stages[f"analyse/{name}"] = parts[name]
    return dict(stages), dict(rules)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--input", help="an input of bench/bench_adversarial.py instead of the real corpora")
    parser.add_argument("--size", type=int, default=1_024_000, help="characters of --input (default 1,024,000)")
    parser.add_argument("--limit", type=int, help="only the first N files of the corpora")
    parser.add_argument("--ignore", default="", help="rules to leave out: CON,CIT,ART leaves the core alone")
    parser.add_argument("--top", type=int, default=10, help="rules listed (default 10)")
    parser.add_argument("--json", action="store_true", help="print the numbers as JSON")
    args = parser.parse_args()
    docs = documents(args)
    if not docs:
        print("skipped: no corpus here (../shared/corpus) and no --input")
        return
    config = Config(ignore=tuple(c for c in args.ignore.split(",") if c))
    stages, rules = measure(docs, config)
    mb = sum(len(text.encode("utf-8", "surrogatepass")) for _, _, text in docs) / 1e6
    total = sum(v for k, v in stages.items() if "/" not in k)
    if args.json:
        print(json.dumps({"documents": len(docs), "mb": mb, "total_s": total, "stages": stages, "rules": rules}))
        return
    print(f"{len(docs)} documents, {mb:.2f} MB: {total:.2f} cpu-s = {total / mb:.3f} s per MB")
    for name, seconds in stages.items():
        print(f"  {name:43s} {seconds:7.2f} s  {100 * seconds / total:5.1f}%")
    for name, seconds in sorted(rules.items(), key=lambda kv: -kv[1])[: args.top]:
        print(f"  rule {name:38s} {seconds:7.2f} s  {100 * seconds / total:5.1f}%")


if __name__ == "__main__":
    main()
