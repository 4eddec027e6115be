"""The contradiction probes in bench/probes: well formed, and no consistent pair flagged (a false alarm there is a
regression of precision on everyday wording)."""

from __future__ import annotations

import json

from bench.bench_probes import PROBES, run


def test_probe_files_are_pairs_of_statements() -> None:
    files = sorted(PROBES.glob("*.json"))
    assert files
    for path in files:
        data = json.loads(path.read_text(encoding="utf-8"))
        for kind in ("contradictions", "consistent"):
            assert data[kind], f"{path.name}: no {kind}"
            assert all(len(pair) == 2 and all(s.strip() for s in pair) for pair in data[kind].values())


def test_no_consistent_pair_is_flagged() -> None:
    for name, result in run().items():
        flagged = {k: v for k, v in result["by_probe"]["consistent"].items() if v}  # type: ignore[index]
        assert not flagged, f"{name}: consistent probes flagged: {flagged}"
