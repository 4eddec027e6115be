"""The shortcuts of the speed work on CIT001's per-document readings and on the figures of a text (speed19) give
what the full reading gives."""

from __future__ import annotations

import itertools

import pytest

from auditor.checks import citations
from auditor.compare import measures, quantities
from auditor.genres import genre
from auditor.knowledge import load
from auditor.load import load_document
from auditor.phrases import words_of
from auditor.reading import reading
from auditor.sourcing import voice
from auditor.text import folds_plainly

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


def _found_in_one_pass(text: str, words: bool, skip: object) -> tuple[object, ...]:
    """The figures as :func:`auditor.compare.quantities._found` read them before speed19: the skipped numbers
    left out before the others are read, each call reading every figure again."""
    in_words, tail, head = quantities._patterns()
    cores = []
    for m in quantities._NUMBER.finditer(text):
        start, end = m.span()
        if start and (text[start - 1].isalnum() or text[start - 1] in ".,"):
            continue
        if end < len(text) - 1 and text[end] in ",." and text[end + 1].isdigit():
            continue
        if skip is not None and skip(text, start, end):  # type: ignore[operator]
            continue
        cores.append((start, end, "num", m.group()))
    if words and not (folds_plainly(text) and quantities._number_tokens().isdisjoint(reading(text).words)):
        for m in in_words.finditer(text):
            cores.append((m.start(), m.end(), "frac" if m.group("frac") else "words", m.group()))
        cores.sort()
    found: list[quantities.Quantity] = []
    for start, end, kind, core in cores:
        if found and start < found[-1].end:
            continue
        q = quantities._quantity(text, start, end, kind, core, tail, head)
        if q is not None:
            found.append(q)
    return tuple(found)


_FIGURE_PARTS = (
    "1990", "in 2004", "1,200", "5,000 tickets", "1.2 million", "two thirds", "a fifth", "twenty-one", "40%",
    "£4.2bn", "about 3 km", "1 August 1942", "5 Monday", "2023 million", "12 to 15", "one million", "3.5 per cent",
    "more than 2,000 homes", "v2.1", "A380", "1,20", "half", "2100", "999", "the 1980s", "$30 billion in 2021",
)


def _figure_texts() -> list[str]:
    texts = []
    for k in range(len(_FIGURE_PARTS) * 3):
        parts = [_FIGURE_PARTS[(k * j + j) % len(_FIGURE_PARTS)] for j in range(1, 1 + k % 5 + 1)]
        texts.append("The council said " + ", then ".join(parts) + ".")
    return texts


@pytest.mark.parametrize("text", _figure_texts())
def test_figures_read_once_for_every_skip_are_those_read_apart(text: str) -> None:
    skips = (None, quantities.bare_year, measures._no_measure)
    for words in (True, False):
        for skip in skips:
            assert quantities._found(text, words, skip) == _found_in_one_pass(text, words, skip), (words, skip)


def test_the_figure_texts_hold_figures_that_a_skip_changes() -> None:
    texts = _figure_texts()
    assert sum(bool(quantities._found(t, True, None)) for t in texts) > len(texts) // 2
    assert any(quantities._found(t, True, None) != quantities._found(t, True, quantities.bare_year) for t in texts)
    assert any(quantities._found(t, True, None) != quantities._found(t, False, None) for t in texts)
