"""The long fuzz campaign: the property tests of tests/test_fuzz.py with a large Hypothesis budget.

    python scripts/fuzz_campaign.py                      # 30,000 examples for each property
    python scripts/fuzz_campaign.py --examples 1000 audit_text urls_never_raise
    python scripts/fuzz_campaign.py --seed 7             # another part of the input space

Run outside CI (it takes tens of minutes). It counts the inputs each property
really ran, and on a failure prints Hypothesis's shrunk falsifying example and
its reproduction blob, then goes on with the next property. A failure found
here is fixed in the code and its input kept as an ``@example`` on the
property in tests/test_fuzz.py, so CI replays it forever.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
import traceback
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("AUDITOR_HYPOTHESIS_PROFILE", "campaign")

from hypothesis import settings  # noqa: E402

import tests.conftest  # noqa: E402, F401 (registers the profiles)
from tests import test_fuzz  # noqa: E402

PROPERTIES = {
    "load_document": test_fuzz.test_load_document,
    "split_sentences": test_fuzz.test_split_sentences,
    "urls_never_raise": test_fuzz.test_urls_never_raise,
    "audit_text": test_fuzz.test_audit_text,
    "suppressions": test_fuzz.test_suppressions_sweep_matches_the_definition,
}


def run(name: str, examples: int, seed: int | None) -> tuple[int, float, str | None]:
    """Run one property for ``examples`` inputs: (inputs run, seconds, failure text or None)."""
    test: Any = PROPERTIES[name]
    inner = test.hypothesis.inner_test
    count = 0

    def counting(*args: object, **kwargs: object) -> None:
        nonlocal count
        count += 1
        inner(*args, **kwargs)

    test.hypothesis.inner_test = counting
    configured = settings(max_examples=examples, derandomize=False)(test)
    if seed is not None:
        from hypothesis import seed as with_seed

        configured = with_seed(seed)(configured)
    start = time.monotonic()
    try:
        configured()
    except Exception:
        return count, time.monotonic() - start, traceback.format_exc(limit=6)
    finally:
        test.hypothesis.inner_test = inner
    return count, time.monotonic() - start, None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("names", nargs="*", help=f"properties to run (default: all): {', '.join(PROPERTIES)}")
    parser.add_argument("--examples", type=int, default=30_000, help="inputs per property (default 30,000)")
    parser.add_argument("--seed", type=int, default=None, help="a fixed seed (default: random)")
    args = parser.parse_args()
    total, failures = 0, 0
    for name in args.names or list(PROPERTIES):
        count, seconds, failure = run(name, args.examples, args.seed)
        total += count
        status = "ok" if failure is None else "FAILED"
        print(f"{name:<18} {count:>8,} inputs {seconds:>8.1f} s  {status}", flush=True)
        if failure:
            failures += 1
            print(failure, flush=True)
    print(f"total: {total:,} inputs, {failures} failing properties", flush=True)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
