"""Contradiction probes: short articles in everyday forms, each two statements with a filler paragraph between them.

    python bench/bench_probes.py            # per probe: found or missed, false or quiet; then the counts
    python bench/bench_probes.py --json     # the counts and the probes' results as JSON

The probes (``bench/probes/*.json``) are written by hand to measure the contradiction rules on wordings nobody tuned
them on: ``contradictions`` must raise a CON finding, ``consistent`` must not. A reader built for a probe makes the
probe a development case; keep new probes in other wordings beside it, so the count keeps measuring. Needs no
``../shared``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROBES = ROOT / "bench" / "probes"
sys.path.insert(0, str(ROOT))


def con_rules(first: str, second: str, filler: str) -> list[str]:
    """The CON rules an article of the two statements raises."""
    from auditor import audit_text

    report = audit_text(f"{first}\n\n{filler}\n\n{second}\n")
    return sorted({f.rule for f in report.findings if f.rule.startswith("CON")})


def run() -> dict[str, object]:
    results: dict[str, object] = {}
    for path in sorted(PROBES.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        filler = data["filler"]
        found = {name: con_rules(*pair, filler) for name, pair in data["contradictions"].items()}
        false = {name: con_rules(*pair, filler) for name, pair in data["consistent"].items()}
        results[path.stem] = {
            "found": sum(bool(v) for v in found.values()),
            "contradictions": len(found),
            "false": sum(bool(v) for v in false.values()),
            "consistent": len(false),
            "by_probe": {"contradictions": found, "consistent": false},
        }
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    args = parser.parse_args()
    results = run()
    if args.json:
        print(json.dumps(results, indent=2, sort_keys=True))
        return 0
    for name, result in results.items():
        probes: dict[str, dict[str, list[str]]] = result["by_probe"]  # type: ignore[index]
        for probe, rules in probes["contradictions"].items():
            print(f"{'found ' if rules else 'missed'} {probe:<20} {' '.join(rules)}")
        for probe, rules in probes["consistent"].items():
            print(f"{'FALSE ' if rules else 'quiet '} {probe:<20} {' '.join(rules)}")
        print(
            f"{name}: {result['found']}/{result['contradictions']} contradictions found, "  # type: ignore[index]
            f"{result['false']}/{result['consistent']} consistent pairs flagged"  # type: ignore[index]
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
