"""Start-up work deferred to first use: the phrase lists' patterns, compiled when first searched, alike."""

from __future__ import annotations

import re

from auditor import phrases
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
