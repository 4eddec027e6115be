"""Real-world precision: how many findings the audit raises on real, well-edited content, and how many of
them an editor agrees with.

    python bench/bench_precision.py                       # the table: per rule, findings, per 1k words, precision
    python bench/bench_precision.py --json                # the same, as JSON
    python bench/bench_precision.py --sample CIT001 10    # 10 findings of CIT001 nobody has judged yet, with context
    python bench/bench_precision.py --stale               # judgements whose finding no longer fires
    python bench/bench_precision.py --only 18f-blog       # one corpus
    python bench/bench_precision.py --half held           # the held-out halves of the split corpora (and the rest)
    python bench/bench_precision.py --only news --half tune   # the news pages rules may be tuned on
    python bench/bench_precision.py --findings > now.jsonl    # every finding, one JSON line each, to diff two builds
    python bench/bench_precision.py --dir ~/unseen/set-u      # a folder of articles of your own, as one corpus

It audits every post of the real corpora in ../shared/corpus (``18f-blog``: Eleventy Markdown;
``bitcoinops-optech``: Jekyll Markdown with ``_includes/``; ``seeds``: the project's starting articles),
from the corpus folder so that each finding's fingerprint names the file by its path there
(``18f-blog/content/posts/....md``) and a judgement made on one machine holds on every other; and
``news``: the 71 news and blog pages (gzipped HTML) of ../shared/eval/data/article_extraction, named by
their path under ../shared/eval/data (``article_extraction/html/....html.gz``).

Judgements live in ``bench/judgements/*.jsonl`` (a file per rule family or per judge, so that judges
working in parallel never edit the same file), one JSON object a line::

    {"fingerprint": "...", "rule": "CIT001", "file": "18f-blog/...", "claim": "the flagged text, shortened",
     "verdict": true, "why": "a figure with no source in its paragraph"}

``verdict`` is true when an editor would agree the finding is a real problem. A finding is judged by
its fingerprint (rule + file + normalised claim text), so a judgement survives edits to the rules as
long as the same rule still flags the same claim; ``--stale`` lists the ones that no longer fire.
Precision is true / judged among the findings that fire now; "loud" counts warning and error findings.

Without ../shared (a user's clone) it says so and exits 0.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import os
import random
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
DATA = ROOT.parent / "shared" / "eval" / "data"
JUDGEMENTS = ROOT / "bench" / "judgements"
sys.path.insert(0, str(ROOT))

CORPORA = {
    "18f-blog": "18f-blog/content/posts/*.md",
    "bitcoinops-optech": "bitcoinops-optech/_posts/en/**/*.md",
    "seeds": "seeds/*.txt",
    "news": "article_extraction/html/*.html.gz",
}
HOMES = {"news": DATA}
"""Where a corpus lives when not in ``CORPUS``: its files are named by their path under this folder."""
LOUD = ("error", "warning")
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Seen:
    """One finding as the harness keeps it."""

    corpus: str
    file: str
    rule: str
    severity: str
    fingerprint: str
    line: int
    message: str
    claim: str
    context: str


SPLIT = ("bitcoinops-optech", "news")
"""The corpora split in two halves by a hash of the file name (``--half``): rules are tuned on 18f-blog and the
``tune`` halves, and the ``held`` halves estimate how they do on content of a known kind not looked at."""


def half_of(path: str) -> str:
    """``tune`` or ``held``: a stable half, by a hash of the file's name."""
    return "tune" if hashlib.sha1(path.rsplit("/", 1)[-1].encode()).digest()[0] % 2 == 0 else "held"


ARTICLES = ("*.md", "*.markdown", "*.mdx", "*.html", "*.htm", "*.txt")
"""What ``--dir`` audits in a folder of one's own (recursively)."""


def add_folder(folder: Path) -> str:
    """Make a folder of articles a corpus of its own (``--dir``), named by the folder; its files are named by their
    path inside it, so judgements of a set hold wherever the set is kept."""
    name = folder.resolve().name
    CORPORA.clear()
    CORPORA[name] = "**/*"
    HOMES[name] = folder.resolve()
    return name


def files(only: str | None, half: str | None = None) -> Iterator[tuple[str, str]]:
    """(corpus, path relative to the corpus folder) of every post (of one half of the split corpus, when asked)."""
    for name, pattern in CORPORA.items():
        if only and name != only:
            continue
        home = HOMES.get(name, CORPUS)
        for path in sorted(home.glob(pattern)):
            if pattern == "**/*" and not (path.is_file() and any(path.match(a) for a in ARTICLES)):
                continue
            relative = path.relative_to(home).as_posix()
            if half and name in SPLIT and half_of(relative) != half:
                continue
            yield name, relative


def audit_one(job: tuple[str, str]) -> tuple[str, str, int, list[Seen], str | None]:
    """Audit one post: (corpus, file, words, findings, error)."""
    import auditor
    from auditor.api import audit_document
    from auditor.errors import AuditorError

    corpus, name = job
    os.chdir(HOMES.get(corpus, CORPUS))
    payload = Path(name).read_bytes()
    raw = (gzip.decompress(payload) if name.endswith(".gz") else payload).decode("utf-8", errors="replace")
    try:
        doc = auditor.load_document(raw, "html" if name.endswith((".html", ".html.gz")) else "auto", name)
        report = audit_document(doc)
    except AuditorError as exc:
        return corpus, name, 0, [], str(exc)
    data = report.to_dict()
    claims = {c["id"]: c["text"] for c in data["claims"]}
    lines = raw.splitlines()
    seen = []
    for finding, f in zip(report.findings, data["findings"], strict=True):
        claim = claims.get(f["claim"] or "", "") or raw[f["start"] : f["end"]]
        if doc.format == "html":  # a page's lines are markup: show the paragraph before and the finding's own
            k = next((i for i, b in enumerate(doc.blocks) if b.start <= finding.start < max(b.end, b.start + 1)), 0)
            context = "\n".join(doc.text[b.start : b.end] for b in doc.blocks[max(0, k - 1) : k + 1])
        else:
            context = "\n".join(lines[max(0, f["line"] - 2) : f["end_line"] + 1])
        seen.append(
            Seen(corpus, name, f["rule"], f["severity"], f["fingerprint"], f["line"], f["message"], claim, context)
        )
    errors = "; ".join(e["message"] for e in data.get("errors", [])) or None
    return corpus, name, len(_WORD.findall(doc.text)), seen, errors


def read_judgements() -> dict[str, dict[str, object]]:
    """Judgements by fingerprint (within a file the last line wins, so a re-judgement is appended)."""
    found: dict[str, dict[str, object]] = {}
    for path in sorted(JUDGEMENTS.glob("**/*.jsonl")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                try:
                    entry = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise SystemExit(f"{path}:{n}: not JSON ({exc})") from None
                found[entry["fingerprint"]] = entry
    return found


def run(only: str | None, jobs: int, half: str | None = None) -> tuple[dict[str, int], list[Seen], list[str]]:
    """Words per corpus, every finding, and the files that could not be audited or had a rule crash."""
    words: Counter[str] = Counter()
    seen: list[Seen] = []
    problems: list[str] = []
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        for corpus, name, count, found, error in pool.map(audit_one, list(files(only, half)), chunksize=8):
            words[corpus] += count
            seen.extend(found)
            if error:
                problems.append(f"{name}: {error}")
    return dict(words), seen, problems


def table(words: dict[str, int], seen: list[Seen], judged: dict[str, dict[str, object]]) -> dict[str, object]:
    """Per rule and corpus: findings, findings per 1,000 words; per rule: judged, true, precision."""
    by_rule: dict[str, Counter[str]] = defaultdict(Counter)
    severity: dict[str, str] = {}
    verdicts: dict[str, Counter[str]] = defaultdict(Counter)
    for s in seen:
        by_rule[s.rule][s.corpus] += 1
        severity[s.rule] = s.severity
        if s.fingerprint in judged:
            verdicts[s.rule]["judged"] += 1
            verdicts[s.rule]["true"] += bool(judged[s.fingerprint]["verdict"])
    rules: dict[str, object] = {}
    for rule in sorted(by_rule):
        v = verdicts[rule]
        rules[rule] = {
            "severity": severity[rule],
            "findings": dict(by_rule[rule]),
            "per_1k_words": {c: round(1000 * n / max(1, words.get(c, 0)), 2) for c, n in by_rule[rule].items()},
            "judged": v["judged"],
            "true": v["true"],
            "precision": round(v["true"] / v["judged"], 3) if v["judged"] else None,
        }
    loud_seen = [s for s in seen if s.severity in LOUD]
    loud_judged = [judged[s.fingerprint] for s in loud_seen if s.fingerprint in judged]
    summary = {"loud": len(loud_seen), "judged": len(loud_judged), "true": sum(bool(j["verdict"]) for j in loud_judged)}
    loud = {
        c: round(1000 * sum(1 for s in seen if s.corpus == c and s.severity in LOUD) / max(1, n), 2)
        for c, n in words.items()
    }
    return {"words": words, "loud_per_1k_words": loud, "rules": rules, "loud": summary}


def print_table(result: dict[str, object]) -> None:
    words: dict[str, int] = result["words"]  # type: ignore[assignment]
    corpora = list(words)
    columns = "".join(f"{c[:18]:>20}" for c in corpora)
    head = f"{'rule':<8} {'sev':<8}{columns}{'judged':>8}{'true':>6}{'prec':>7}"
    print(head)
    print("-" * len(head))
    for rule, row in result["rules"].items():  # type: ignore[attr-defined]
        cells = "".join(
            f"{row['findings'].get(c, 0):>9} ({row['per_1k_words'].get(c, 0.0):>6.2f}/k)" for c in corpora
        )
        precision = "" if row["precision"] is None else f"{row['precision']:.2f}"
        print(f"{rule:<8} {row['severity']:<8}{cells}{row['judged']:>8}{row['true']:>6}{precision:>7}")
    print("-" * len(head))
    loud: dict[str, float] = result["loud_per_1k_words"]  # type: ignore[assignment]
    print(f"{'loud/1k':<17}" + "".join(f"{loud[c]:>20.2f}" for c in corpora))
    print(f"{'words':<17}" + "".join(f"{words[c]:>20,}" for c in corpora))
    summary: dict[str, int] = result["loud"]  # type: ignore[assignment]
    print(f"loud (warning+error) findings: {summary['loud']}, judged {summary['judged']}, true {summary['true']}")


def print_sample(seen: list[Seen], judged: dict[str, dict[str, object]], rule: str, n: int, seed: int) -> None:
    pool = [s for s in seen if s.rule == rule and s.fingerprint not in judged]
    random.Random(seed).shuffle(pool)
    for s in pool[:n]:
        print(f"== {s.rule} {s.fingerprint} {s.file}:{s.line}")
        print(f"   message: {s.message}")
        print("   context:")
        for line in s.context.splitlines():
            print(f"   | {line[:400]}")
        stub = {"fingerprint": s.fingerprint, "rule": s.rule, "file": s.file, "claim": s.claim[:160]}
        print(f"   {json.dumps(stub, ensure_ascii=False)}")
        print()
    print(f"({len(pool)} unjudged {rule} findings in all)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", action="store_true", help="print the table as JSON")
    parser.add_argument("--only", choices=list(CORPORA), help="one corpus only")
    parser.add_argument(
        "--half", choices=("tune", "held"), help=f"one half of {', '.join(SPLIT)} (by a hash of the file name)"
    )
    parser.add_argument("--sample", nargs=2, metavar=("RULE", "N"), help="N unjudged findings of RULE, with context")
    parser.add_argument("--seed", type=int, default=1, help="shuffle seed for --sample")
    parser.add_argument("--stale", action="store_true", help="list judgements whose finding no longer fires")
    parser.add_argument("--findings", action="store_true", help="print every finding as a JSON line (to diff builds)")
    parser.add_argument("--dir", type=Path, help="audit this folder of articles instead of the shared corpora")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()
    if args.dir:
        if not args.dir.is_dir():
            parser.error(f"--dir: {args.dir} is not a folder")
        args.only = add_folder(args.dir)
    elif not CORPUS.exists():
        print(f"skipped: {CORPUS} is not here (../shared is only present in the development workspace)")
        return 0
    judged = read_judgements()
    words, seen, problems = run(args.only, args.jobs, args.half)
    if args.sample:
        print_sample(seen, judged, args.sample[0].upper(), int(args.sample[1]), args.seed)
        return 0
    if args.findings:
        for s in sorted(seen, key=lambda s: (s.file, s.line, s.rule, s.claim)):
            row = {"file": s.file, "line": s.line, "rule": s.rule, "severity": s.severity, "claim": s.claim[:200]}
            row["verdict"] = judged.get(s.fingerprint, {}).get("verdict")
            print(json.dumps(row | {"message": s.message, "fingerprint": s.fingerprint}, ensure_ascii=False))
        return 0
    if args.stale:
        firing = {s.fingerprint for s in seen}
        audited = {name for _, name in files(args.only, args.half)}
        for fingerprint, entry in judged.items():
            if fingerprint not in firing and entry.get("file") in audited:
                print(json.dumps(entry, ensure_ascii=False))
        return 0
    result = table(words, seen, judged)
    result["problems"] = problems
    if args.json:
        print(json.dumps(result, indent=2, sort_keys=True))
    else:
        print_table(result)
        for problem in problems:
            print(f"problem: {problem}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
