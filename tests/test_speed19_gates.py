"""The shortcuts of the speed work on CIT001's per-document readings (speed19) give what the full reading gives."""

from __future__ import annotations

import itertools

import pytest

from auditor.checks import citations
from auditor.genres import genre
from auditor.knowledge import load
from auditor.load import load_document
from auditor.phrases import words_of
from auditor.sourcing import voice

_OPENINGS = ("", "Yesterday ", "On Monday, ", "The mayor ", "_", "3", "é", "(", "“")
_CLOSINGS = ("", ".", " that the plan failed.", "_x", "é", ", she added.", "’s", "-based", " out")


def _speech_texts() -> list[str]:
    data = load("need")
    verbs = [*data["speech_verbs"], *data["speech_verbs_with_that"]]
    texts = [f"{o}{v}{c}" for v in verbs for o, c in itertools.product(_OPENINGS, _CLOSINGS)]
    texts += [f"{o}{v.upper()}{c}" for v in verbs[:5] for o, c in zip(_OPENINGS, _CLOSINGS, strict=True)]
    texts += ["The council approved 40 homes.", "unsaid words", "resaid", "Says who?", "told-you-so", ""]
    return texts


@pytest.mark.parametrize("text", _speech_texts())
def test_the_speech_gate_misses_no_verb_of_speech(text: str) -> None:
    lexicon = voice._lexicon()
    if lexicon.speech.search(text) is not None:
        assert not lexicon.speech_gate.isdisjoint(words_of(text)), text


def _paragraphs() -> list[str]:
    data = load("genre")
    titles, days = data["courtesy_titles"], data["weekdays"]
    found = []
    for i, (title, day) in enumerate(itertools.product(titles, days)):
        dot = "." if i % 2 else ""
        found.append(f"{title}{dot} Frankel spoke on {day}. {day} night was calm; last {day}s too.")
        found.append(f"The board met {day} morning, {title.lower()} Lee said; since {day} it has not.")
        found.append(f"No anchor here: {day.lower()} and {title}{dot}frankel, {title}x Ames.")
    found += ["A paragraph with neither.", "Mid-May the Modest Monument stood.", "Holiday plans, today."]
    return found


def _findall_house_style(doc: object) -> tuple[int, int]:
    courtesy, weekday = genre._house_style()
    text = doc.text  # type: ignore[attr-defined]
    blocks = [b for b in doc.blocks if b.kind == "paragraph"]  # type: ignore[attr-defined]
    return (
        sum(len(courtesy.findall(text, b.start, b.end)) for b in blocks),
        sum(len(weekday.findall(text, b.start, b.end)) for b in blocks),
    )


@pytest.mark.parametrize("size", [1, 3, 7, 40])
def test_house_style_counts_what_the_patterns_count_in_every_paragraph(size: int) -> None:
    paragraphs = _paragraphs()
    chosen = [paragraphs[(k * 7) % len(paragraphs)] for k in range(size)]
    doc = load_document("# Title\n\n" + "\n\n".join(chosen) + "\n\n- a list on Monday, Mr. Lee\n", "markdown", "x.md")
    assert genre.house_style(doc) == _findall_house_style(doc)
    assert genre.house_style(doc) != (0, 0)


@pytest.mark.parametrize(
    "body",
    [
        "one , two , three , four",
        "one , two , three",
        "one ,two\t, three ,",
        "a, b, c , d , e ,",
        "no commas at all",
        "tabs\t,\t,\t, here , and , there",
        "1 , 2 , 3 , 4, 5, 6, 7, 8, 9",
        " , , , ,",
    ],
)
def test_spaced_punctuation_agrees_with_the_full_count(body: str) -> None:
    spaced = len(citations._SPACED_COMMA.findall(body))
    assert citations._spaced_punctuation(body) == (spaced >= citations.SPACED_COMMAS and spaced * 2 >= body.count(","))
