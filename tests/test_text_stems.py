"""auditor.text.stems: its ASCII pattern and its shortcut for plain words find what the general reading finds."""

from __future__ import annotations

import itertools
import re

from auditor.text import STEM_LENGTH, stems, stopwords


def _read_every_word(text: str) -> set[str]:
    """The definition: every word by the Unicode pattern, each stripped of quotes, hyphens and a possessive."""
    found = set()
    for word in re.findall(r"[^\W\d_][\w'’-]*", text.lower()):
        word = word.strip("'’-").removesuffix("'s").removesuffix("’s")
        if len(word) > 2 and word not in stopwords():
            found.add(word[:STEM_LENGTH])
    return found


def test_short_texts_of_letters_digits_and_joiners() -> None:
    alphabet = "aS1_'’- é"  # ASCII and not, capitals, digits and every character the words keep or cut
    texts = ["".join(chars) for n in range(1, 6) for chars in itertools.product(alphabet, repeat=n)]
    assert sum(bool(_read_every_word(t)) for t in texts) > 1_000
    for text in texts:
        assert stems(text) == _read_every_word(text), text


def test_words_of_a_sentence() -> None:
    text = "The council's well-known plan_B, 'approved' in 2023, won't cut Zürich’s 3rd-party budgets."
    assert stems(text) == _read_every_word(text)
    assert {"counc", "well-", "plan_", "appro", "züric", "rd-pa", "budge"} <= stems(text)
    assert stems(text.encode("ascii", "ignore").decode()) == _read_every_word(text.encode("ascii", "ignore").decode())
