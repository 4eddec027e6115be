"""The claim text's clean-up in auditor.article: its cheap tests stand for the patterns they skip.

``_claim_text`` runs for every sentence, so it replaces the space-before-punctuation pattern with plain
string replacements and runs the stray-punctuation pattern only where a cheaper necessary condition holds.
These tests hold both to the patterns on every short single-spaced text over the characters that matter.
"""

from __future__ import annotations

import itertools
import re

from auditor import article

_ALPHABET = "a ,;:.!?()"
"""Letters, spaces and the punctuation both patterns look at."""


def _single_spaced(length: int) -> list[str]:
    texts = ("".join(chars) for chars in itertools.product(_ALPHABET, repeat=length))
    return [t for t in texts if t == " ".join(t.split())]


TEXTS = [t for n in range(1, 6) for t in _single_spaced(n)]


def test_the_texts_cover_what_the_patterns_change() -> None:
    assert len(TEXTS) > 80_000
    assert sum(article._STRAY_PUNCT.search(t) is not None for t in TEXTS) > 10_000
    assert sum(re.search(r"\s[.,;:!?]", t) is not None for t in TEXTS) > 10_000


def test_str_replace_removes_the_spaces_the_pattern_removed() -> None:
    pattern = re.compile(r"\s+([.,;:!?])")
    for text in TEXTS:
        replaced = text
        for spaced, punct in article._SPACES_BEFORE_PUNCT:
            replaced = replaced.replace(spaced, punct)
        assert replaced == pattern.sub(r"\1", text), text


def test_stray_punctuation_is_never_there_without_what_it_needs() -> None:
    for text in TEXTS:
        if article._STRAY_PUNCT_NEEDS.search(text) is None:
            assert article._STRAY_PUNCT.sub("", text) == text, text
