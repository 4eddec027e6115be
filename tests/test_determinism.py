"""The same article gives the same report in every process, whatever Python's hash seed.

Sets and frozensets iterate in an order that ``PYTHONHASHSEED`` changes; a rule that lets such an
order decide which pair it reports would give one user a finding another does not see.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.conftest import ROOT


def _findings(article: str, seed: str) -> list[dict[str, object]]:
    done = subprocess.run(
        [sys.executable, "-m", "auditor", "audit", "-", "--format", "json", "--fail-on", "never"],
        input=article,
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONHASHSEED": seed},
        check=True,
    )
    findings: list[dict[str, object]] = json.loads(done.stdout)["findings"]
    return findings


def test_findings_do_not_depend_on_the_hash_seed() -> None:
    # A long ordinary article with many figures (the benchmark's generator): seeds 1 and 3 once paired
    # one of its figures with a different earlier claim.
    article = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "prose_article.py"), "64000"], capture_output=True, text=True, check=True
    ).stdout
    first = _findings(article, "1")
    assert first and any(f["rule"] == "CON003" for f in first)
    assert _findings(article, "3") == first
