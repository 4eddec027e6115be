"""Start-up work deferred to first use (the phrase lists' patterns, compiled when first searched, alike), and
check mode handing its workers the largest files first."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from auditor import phrases, runner
from auditor.config import DEFAULT
from auditor.discover import Target
from auditor.phrases import Phrases, alternation, compile_all


def test_a_phrase_list_compiles_its_pattern_on_first_use_as_it_compiled_it_at_once() -> None:
    listed = ["the plant", "closed its doors", "let's go", "a record high", "a record"]
    lazy = Phrases(listed, r"^\W*(?:{})\b", flags=0)
    assert lazy._pattern is None
    assert lazy.pattern == re.compile(r"^\W*(?:" + alternation(listed) + r")\b", 0)  # same pattern, flags and code
    assert lazy.pattern is lazy.pattern
    assert Phrases(listed).search("They hit a record high on Monday.") is not None


def test_compile_all_compiles_every_list_made_so_far() -> None:
    made = [Phrases(["one thing"]), Phrases(["another thing"], flags=0)]
    assert any(p is made[0] for p in phrases._UNCOMPILED)
    compile_all()
    assert not phrases._UNCOMPILED
    assert all(p._pattern is not None for p in made)


def test_workers_get_the_largest_files_first_and_results_keep_the_targets_order(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sizes = {"a.md": 300, "b.md": 5000, "c.md": 40, "d.md": 5000, "e.md": 900}
    targets = []
    for name, size in sizes.items():
        path = tmp_path / name
        path.write_text(("The plant cut 300 jobs in 2023, the company said. " * 200)[:size])
        targets.append(Target(path, name))
    targets.append(Target(tmp_path / "gone.md", "gone.md", missing=True))
    handed: list[str] = []

    def pooled(batches: Iterator[list[Any]], stats: Any, where: Any, done: Any) -> None:
        for batch in batches:
            handed.extend(item.source for item in batch)
            runner._collect(runner._audit_batch(batch, where), stats, done)

    monkeypatch.setattr(runner, "_pooled", pooled)
    monkeypatch.setattr(runner, "BATCH_FILES", 1)
    results, _ = runner.run(targets, lambda source: DEFAULT, jobs=2)
    assert handed == ["b.md", "d.md", "e.md", "a.md", "c.md"]  # by size, ties in the targets' order
    assert [r.source for r in results] == [t.source for t in targets]
    handed.clear()
    results, _ = runner.run(targets, lambda source: DEFAULT, jobs=1)
    assert handed == []  # one job audits in this process, in the targets' order
    assert [r.source for r in results] == [t.source for t in targets]
