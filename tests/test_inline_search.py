"""auditor.load.inline._search: the inline patterns tried only where a construct can start find what a search of the
whole span finds, from every position."""

from __future__ import annotations

import random

import pytest

from auditor.load import inline

_PIECES = [
    "a", "h", "ht", "http", "https://x.example/a", "http://y", " ", "\n", "\n\n", "[", "]", "(", ")", "<", ">",
    "&amp;", "&#39;", "&", "!", "`", "``", "*", "**", "_", "__", "{", "}", "{{ x }}", "{% raw %}", "$", "$$", "\\",
    "\\(", "[t](u)", "[^1]", "[a][b]", "![i](s)", "<!--", "-->", "<a href='u'>t</a>", "<b>", "</b>", "{: .x}",
    "é", "’", ".", ",", "1",
]


def _texts(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 14))) for _ in range(count)]


@pytest.mark.parametrize("pattern", [inline._MARKDOWN, inline._TEXT], ids=["markdown", "text"])
def test_the_same_match_from_every_position(pattern: object) -> None:
    assert isinstance(pattern, type(inline._TEXT))
    matched = 0
    for text in _texts(3000, seed=8):
        ahead: dict[str, int] = {}
        for scan in range(len(text) + 1):  # as in render(): the start only grows for one ``ahead``
            want = pattern.search(text, scan, len(text))
            got = inline._search(pattern, text, scan, len(text), ahead)
            assert (got and (got.span(), got.lastgroup)) == (want and (want.span(), want.lastgroup)), (text, scan)
            matched += want is not None
    assert matched > 10_000
