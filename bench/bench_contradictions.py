"""ContraDoc in two halves: tune the contradiction rules on one, estimate held-out recall on the other.

    python bench/bench_contradictions.py                 # both halves: precision, recall, located
    python bench/bench_contradictions.py --show tune     # the tuning half, document by document
    python bench/bench_contradictions.py --json          # the numbers as JSON
    python bench/bench_contradictions.py --timing 125    # adversarial articles of 125, 500, 2,000 claims

The development file ``../shared/eval/data/contradoc_dev.jsonl`` is split by a stable hash of each
document's id: ``sha256(id)``'s last byte even is the *tune* half, odd the *held* half. Work on the rules
looks at the tune half only (``--show`` refuses the held half unless ``--really`` is given); the held half
is the estimate of how the rules do on documents nobody tuned for.

Each half is scored exactly as the ``contradictions`` section of ``../shared/eval/score.py`` does: a
document with at least one CON finding is flagged; precision and recall over documents that have a
contradiction whose inserted sentence survived the cut (``evidence_in_text``) and documents with none;
a true positive is *located* when the message, a claim the finding names, its span or its lines are
90% similar (rapidfuzz ``partial_ratio``) to the inserted sentence.

``--timing`` needs no data: it audits articles made of many claims that all pair with each other (the
same figure of one thing, negated near-duplicates, one company founded in many years, two presidents
speaking "on Monday", one person of many ages, one person said in other words to attend many schools and
denied to, one abbess said to hold office past many deaths, one office given many holders, fires that hurt
nobody and four, bridges designed by one agent and denied in the other voice, outcomes called lucky and
unlucky, opposite feelings about one act in one sentence, searches denied and then told, one statement told
with two names, an island inhabited and uninhabited, films that were hits and flops, one runner given many places in
one race, one pool closed until and reopened on many days, one festival's tickets given many prices) and shows how
the time per line grows at 4x and 16x.

Without ../shared (a user's clone) the halves are skipped with a note and the command exits 0.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "eval" / "data" / "contradoc_dev.jsonl"
sys.path.insert(0, str(ROOT))

import auditor  # noqa: E402 - after the path set-up, so the checkout is measured

HALVES = ("tune", "held")
LOCATED = 90


def half_of(doc_id: str) -> str:
    """The half a document belongs to, by the last byte of the SHA-256 of its id."""
    return HALVES[hashlib.sha256(doc_id.encode()).digest()[-1] % 2]


def fold(text: str) -> str:
    return re.sub(r"\s+", " ", text or "").strip().lower()


def finding_texts(report: dict[str, Any], finding: dict[str, Any], source: str) -> list[str]:
    """What a finding points at, as score.py reads it: message, named claims, span, lines."""
    claims = {c["id"]: c for c in report["claims"]}
    texts = [finding.get("message", "")]
    for cid in [finding.get("claim"), *(finding.get("related") or [])]:
        if cid in claims:
            texts.append(claims[cid]["text"])
    start, end = finding.get("start"), finding.get("end")
    if isinstance(start, int) and isinstance(end, int) and 0 <= start < end:
        texts.append(source[start:end])
    line = finding.get("line")
    if isinstance(line, int) and line > 0:
        lines = source.splitlines()
        end_line = finding.get("end_line") if isinstance(finding.get("end_line"), int) else line
        texts.append("\n".join(lines[line - 1 : max(line, end_line)]))
    return texts


def score(rows: list[dict[str, Any]]) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The score.py numbers for ``rows``, and one outcome per document."""
    pos = [r for r in rows if r.get("has_contradiction") and r.get("evidence_in_text")]
    neg = [r for r in rows if not r.get("has_contradiction")]
    tp = fp = fn = located = 0
    by_rule: Counter[str] = Counter()
    outcomes = []
    started = time.perf_counter()
    for r in pos + neg:
        report = auditor.audit_text(r["text"], input_format="text", source=r["id"]).to_dict()
        cons = [f for f in report["findings"] if f["rule"].startswith("CON")]
        is_pos = r in pos
        hit = False
        if cons and is_pos:
            tp += 1
            hit = any(
                fuzz.partial_ratio(fold(r["evidence"]), fold(t)) >= LOCATED
                for f in cons
                for t in finding_texts(report, f, r["text"])
            )
            located += hit
            by_rule.update({f["rule"] for f in cons})
        elif cons:
            fp += 1
        elif is_pos:
            fn += 1
        kind = ("TP" if hit else "TP-unlocated") if cons and is_pos else "FP" if cons else "FN" if is_pos else "TN"
        outcomes.append({"id": r["id"], "doc_type": r["doc_type"], "outcome": kind, "evidence": r.get("evidence"),
                         "findings": [f"{f['rule']}: {f['message']}" for f in cons]})
    seconds = time.perf_counter() - started
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    numbers = {"precision": round(precision, 3), "recall": round(recall, 3), "tp": tp, "fp": fp, "fn": fn,
               "located_of_tp": located, "positives": len(pos), "negatives": len(neg),
               "tp_by_rule": dict(sorted(by_rule.items())), "seconds": round(seconds, 1)}
    return numbers, outcomes


_WORDS = (
    "amber", "birch", "cedar", "dune", "ember", "fjord", "grove", "heath", "inlet", "juniper", "kelp", "larch", "marsh",
)


def _word(i: int) -> str:
    """A word of its own for each line (no two lines alike, or they read as repeated boilerplate)."""
    return _WORDS[i % 13] + _WORDS[(i // 13) % 13] + _WORDS[(i // 169) % 13]


SHAPES = {
    "figures": lambda i: f"The city sold {i},000 tickets in {1900 + i % 120} at the {_word(i)} gate.",
    "negations": lambda i: f"The council {'did not approve' if i % 2 else 'approved'} the {_word(i // 2)} plan.",
    "events": lambda i: f"The Marlow Ferry Company was founded in {1800 + i % 200}, {_word(i)} wrote.",
    "offices": lambda i: f"President {'Joe Biden' if i % 2 else 'Donald Trump'} said on Monday that {_word(i)} won.",
    "people": lambda i: f"Dana Reyes, {20 + i % 60}, opened the {_word(i)} shop on Mill Street.",
    "denials": lambda i: f"Dana Reyes {'never attended' if i % 2 else 'graduated from'} the {_word(i // 2)} academy.",
    "tenures": lambda i: f"Marta Vell {'remained abbess until' if i % 2 else 'died in'} {1400 + i % 50}, {_word(i)}.",
    "holders": lambda i: f"{_word(i).title()} Moss, the chief executive of Lydd Foods, opened a plant.",
    "tolls": lambda i: f"{'No one was hurt' if i % 2 else 'Four were hurt'} in the {_word(i // 2).title()} fire.",
    "voices": lambda i: f"The {_word(i // 2)} bridge was designed by Thomas Pell."
    if i % 2
    else f"Pell did not design the {_word(i // 2)} bridge.",
    "fortunes": lambda i: f"{'Unfortunately' if i % 2 else 'Fortunately'}, no one was hurt at the {_word(i)} mill.",
    "feelings": lambda i: f"Dana Reyes is upset when visitors move the {_word(i)} chairs, explaining that she does not"
    f" mind the {_word(i)} chairs being moved.",
    "presupposed": lambda i: f"The crew decided not to search the {_word(i)} cabin."
    if i % 2 == 0
    else f"The search of the {_word(i - 1)} cabin took an hour.",
    "renamed": lambda i: f"The {_word(i // 2)} footbridge was designed by the engineer"
    f" {'Anna Berg' if i % 2 else 'Karl Holm'} in the spring.",
    "prefixed": lambda i: f"The {_word(i // 2)} island is {'uninhabited' if i % 2 else 'inhabited'} all year round.",
    "receptions": lambda i: f"The {_word(i // 2)} Harbour film was"
    f" {'a box-office flop' if i % 2 else 'a box-office hit'}.",
    "places": lambda i: f"Dana Reyes {'won' if i % 2 else 'finished second in'} the 2019 Kelso marathon,"
    f" {_word(i)} wrote.",
    "reopenings": lambda i: f"The pool {'is closed until' if i % 2 else 'reopens on'} {1 + i % 28} March,"
    f" {_word(i)} said.",
    "prices": lambda i: f"Tickets for the festival cost ${10 + i % 90}, {_word(i)} said.",
}
"""Adversarial articles for the comparison paths: many claims that pair with each other."""


def timing(lines: int) -> list[dict[str, Any]]:
    """Seconds to audit ``lines``, 4x and 16x that many claims of each adversarial shape, and the growth of
    the time per line (1.0 is linear)."""
    rows = []
    for name, make in SHAPES.items():
        times = []
        for n in (lines, 4 * lines, 16 * lines):
            text = "---\ndate: 2024-06-12\n---\n\n" + "\n\n".join(make(i) for i in range(n))
            started = time.perf_counter()
            report = auditor.audit_text(text, input_format="markdown", source=name)
            times.append(time.perf_counter() - started)
            findings = sum(1 for f in report.findings if f.rule.startswith("CON"))
        per_line = [t / n for t, n in zip(times, (lines, 4 * lines, 16 * lines), strict=True)]
        growth = [round(per_line[k] / per_line[0], 2) for k in (1, 2)]
        rows.append({"shape": name, "seconds": [round(t, 2) for t in times], "con_findings_16x": findings,
                     "growth_4x": growth[0], "growth_16x": growth[1]})
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", choices=HALVES, help="list the documents of one half with their outcome")
    parser.add_argument("--really", action="store_true", help="allow --show held (spoils the estimate)")
    parser.add_argument("--only", nargs="*", default=["TP", "TP-unlocated", "FP", "FN"], help="outcomes to list")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--timing", type=int, metavar="LINES", help="time adversarial articles of LINES, 4x, 16x lines")
    args = parser.parse_args()
    if args.timing:
        auditor.audit_text("Warm up.", input_format="text")
        for row in timing(args.timing):
            print(json.dumps(row) if args.json else
                  f"{row['shape']:10} {row['seconds']} s for {args.timing}/{4 * args.timing}/{16 * args.timing} lines;"
                  f" time per line x{row['growth_4x']} at 4x, x{row['growth_16x']} at 16x;"
                  f" {row['con_findings_16x']} CON findings at 16x")
        return 0
    if not DATA.exists():
        print(f"skipped: {DATA} is not here (../shared is only present in the development workspace)")
        return 0
    if args.show == "held" and not args.really:
        print("refused: the held half is the estimate of held-out recall; tune on the tune half")
        return 2
    rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
    results = {}
    for half in HALVES:
        numbers, outcomes = score([r for r in rows if half_of(r["id"]) == half])
        results[half] = numbers
        if args.show == half:
            for o in outcomes:
                if o["outcome"] in args.only:
                    print(f"== {o['outcome']} {o['id']} ({o['doc_type']})")
                    if o["evidence"] and o["outcome"] != "FP":
                        print(f"   inserted: {o['evidence']}")
                    for f in o["findings"]:
                        print(f"   {f[:400]}")
    if args.json:
        print(json.dumps(results, indent=1))
    else:
        for half, n in results.items():
            print(
                f"{half}: P {n['precision']} R {n['recall']} located {n['located_of_tp']}/{n['tp']} "
                f"(tp {n['tp']} fp {n['fp']} fn {n['fn']}; {n['positives']} positives, {n['negatives']} negatives) "
                f"rules {n['tp_by_rule']}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
