"""Gates in front of slow patterns pass every text the patterns can match (issues 8 and 10)."""

from __future__ import annotations

import random

import pytest

from auditor.genres import newsroom

_PIECES = [
    "said", "SAID", "Says", "noted", "remarked", "Jane Roe", "Dr. Ivan Ek", "Acme Robotics", "Harbor Trust’s",
    "director of the lab at", "the museum's curator", ",", ", ", "“", "”", ".", "ſaid", "notes,", "sayings", "x",
]


_TEMPLATES = [
    "“{a},” {verb} {person}, director of the lab at {org}.",
    "{person}, {org}’s treasurer, {verb}.",
    "{a} {person}, {org}'s curator, {verb} {a}",
    "{verb} {person}, {a} {org} Editor",
]


def _sentences(seed: int, count: int = 1500) -> list[str]:
    rnd = random.Random(seed)

    def piece() -> str:
        return " ".join(rnd.choice(_PIECES) for _ in range(rnd.randint(0, 4)))

    found = []
    for _ in range(count):
        if rnd.random() < 0.5:
            found.append(" ".join(rnd.choice(_PIECES) for _ in range(rnd.randint(1, 14))))
            continue
        verb = rnd.choice([*newsroom._SPEAKING, "Said", "ſaid", "told", "sayings"])
        person, org = rnd.choice(["Jane Roe", "Dr. Ivan Ek", "jane roe"]), rnd.choice(["Acme Robotics", "Harbor Trust"])
        found.append(rnd.choice(_TEMPLATES).format(a=piece(), verb=verb, person=person, org=org))
    return found


def _staff_as_written(text: str) -> list[str]:
    found = []
    for pattern in (newsroom._AFTER, newsroom._BEFORE):
        for m in pattern.finditer(text):
            org = newsroom._organisation_of(m["role"])
            if org:
                found.append(org)
    return found


@pytest.mark.parametrize("seed", range(4))
def test_the_speech_gate_keeps_every_speaker_the_patterns_find(seed: int) -> None:
    named = 0
    for text in _sentences(seed):
        expected = _staff_as_written(text)
        assert newsroom.staff(text) == expected, text
        named += bool(expected)
    assert named  # some sentences do name a speaker's organisation


_TITLED = ["Senior", "Fellow", "Fellows", "Director", "director", "Program", "Jane Roe", "Ian Ek", "at", "Acme", ",", "(", "the",
           "Research Scholar", "FBI", "\t", "Managers", "Manager"]


@pytest.mark.parametrize("seed", range(4))
def test_a_bare_title_is_found_only_in_a_sentence_with_a_title_word(seed: int) -> None:
    from auditor.genres import self_told
    from auditor.reading import reading

    rnd = random.Random(seed)
    bare = self_told._patterns()[0]
    matched = 0
    for _ in range(3000):
        text = " ".join(rnd.choice(_TITLED) for _ in range(rnd.randint(1, 9)))
        if bare.search(text):
            matched += 1
            assert not self_told._heads().isdisjoint(reading(text).words), text
    assert matched  # some sentences do introduce a person by a bare title
