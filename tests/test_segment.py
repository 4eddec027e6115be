"""Tests for auditor.segment: sentence boundaries, offsets, line breaks, citation markers, speed.

The cases are our own sentences, written to exercise the same phenomena as pySBD's English
"Golden Rules"; the golden file itself is only read by the last test, when it is there.
"""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

from auditor.segment import sentence_spans, split_sentences

GOLDEN = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "data" / "golden_rules_en.json"

# Each case lists the expected sentences joined by " | "; the input text joins them with one space.
CASES = [
    # plain terminal punctuation
    "The rain stopped. | We walked home.",
    "Are you coming? | The bus leaves soon.",
    "We won! | Everybody cheered.",
    # abbreviations: titles and prefixes never end a sentence
    "Dr. Patel met Prof. Lin at noon.",
    "We hiked up Mt. Rainier in June.",
    "The results, e.g. the totals, were late.",
    "See fig. 4 and p. 12 for details.",
    # abbreviations that may end a sentence: only before a sentence starter
    "She sold shares to Acme & Co. last week.",
    "She sold shares to Acme & Co. | They paid cash.",
    "Ask Tom and co. about it.",
    "Martin Luther King Jr. Day is a holiday.",
    "Read Smith Jr.'s memo first.",
    "Our office is on Elm St. near the park.",
    # dotted acronyms
    "The U.K. economy grew.",
    "They moved to the U.K. | What a change.",
    "He has worked in the U.N. since 2001.",
    # an office a place's acronym qualifies goes on the same name; a personal title after it starts a sentence
    "A farmer admitted threatening to harm U.S. Sen. Ada Pike in a letter, police said.",
    "The mayor wrote to the state's N.Y. Gov. office.",
    "She flew back to the U.S. | Dr. Okafor stayed behind in Lagos.",
    "She briefed the E.U. Commission staff.",
    "Prices fell in the E.U. | They rose later.",
    # times: a short leading phrase is not a sentence, a full clause is
    "By 7 p.m. Dr. Lee had left the lab. | She came back at 9 A.M. | Dr. Lee then called.",
    # numbers and money
    "The fee is $12.50 per month.",
    "The fee is $12.50. | It rises in May.",
    "Turnout was 61.3 percent. | That was a record.",
    "The plot is at Lot No. 55.12.9 on the map.",
    # initials versus a pronoun or a letter at the end of a sentence
    "The book is by Mary K. Jones.",
    "I met J. R. Bloggs today.",
    "Nobody came but me and I. | Then it rained.",
    "The prize comes from the Ann E. and G. Norman Fund. | It was set up in 1990.",
    "Take vitamins B and C. | Both help.",
    # parentheticals and quotations
    "The mayor (She was elected in May.) spoke first.",
    "He shouted, 'Run now.' and we ran.",
    'He shouted, "Run now." and we ran.',
    'He shouted, "Run now." | We ran.',
    "He shouted, “Run now.” | We ran.",
    '"Why me?" she asked.',
    # double punctuation, and an exclamation mark inside a name
    "Stop!! | That hurts.",
    "Really?! | We lost?",
    "Why?? | Nobody knows.",
    "He joined Zing! in the spring.",
    # e-mail addresses, URLs and Markdown links
    "Write to bo.li@mail.example.org. | She replies fast.",
    "Visit http://data.example.gov/v2.1/index.html. | It is free.",
    "As [Reuters](https://www.reuters.com/world/us/a.b.html) said on Monday. | It rained.",
    "Read [the report.](http://x.org/r) | Then decide.",
    # lists
    "1) Buy milk | 2) Buy bread",
    "1.) Buy milk. | 2.) Buy bread.",
    "1. Buy milk | 2. Buy bread | 3. Go home",
    "x. Pick a card | y. Show it | z. Hide it",
    "• 4. Wash the car | • 5. Dry it",
    "▪7. Wash the car | ▪8. Dry it",
    "He needs 1) flour and 2) sugar.",
    "He scored 2. | The team lost.",
    # ellipses
    "It was quiet... too quiet.",
    "It faded away.... | The show was over.",
    "Then the lights went out . . . . | Everyone screamed.",
    "So I said . . . I forget what.",
    "Well...I suppose ... maybe.",
    "He paused… | Then he left.",
    "The text ran on for pages. | . . . Its end was abrupt. . . .",
    "She wrote that “the end is near. . . .”",
    '"Cats [...] are aloof [...]" (Rao 12).',
    # citation markers stay with the sentence they follow
    "He left. [source] | She came.",
    "He left. (source) | She came.",
    "He left. () | She came.",
    "He left. [3](http://x.io/a.b) | She came.",
    "He left.[1][2] | She came.",
    "He left . | She came.",
    "Rates rose for a third year.1 | Then they fell.2",
    'He said it was "over."3 | Then he left.',
    "See Fig.1 For the layout.",
    "It was No.1 In the charts.",
    "Read section A.1 Then stop.",
    "It shipped in 2023.1 The next one did not.",
]


@pytest.mark.parametrize("case", CASES)
def test_split_sentences(case: str) -> None:
    expected = case.split(" | ")
    assert split_sentences(" ".join(expected)) == expected


LINE_CASES = [
    ("One paragraph\n\nAnother one", ["One paragraph", "Another one"]),
    ("It ended.\nthen more came", ["It ended.", "then more came"]),
    ("Quarterly Results\nRevenue rose by a third.", ["Quarterly Results", "Revenue rose by a third."]),
    ("## Results\nRevenue rose.", ["## Results", "Revenue rose."]),
    ("Posted by\nJane Doe\nRevenue rose.", ["Posted by", "Jane Doe", "Revenue rose."]),
    (
        "City Council Approves New Budget After Long Debate Over School Funding Cuts\nThe vote was 5-4.",
        ["City Council Approves New Budget After Long Debate Over School Funding Cuts", "The vote was 5-4."],
    ),
    ("Needed:\n- eggs\n- flour", ["Needed:", "- eggs", "- flour"]),
    (
        "The grant was announced by officials from the Department of\nEducation on a Monday.",
        ["The grant was announced by officials from the Department of\nEducation on a Monday."],
    ),
    (
        "Speakers included Ann Lee, Raj Patel, Omar Haddad, and Wei Zhang from\nNorthwind Labs.",
        ["Speakers included Ann Lee, Raj Patel, Omar Haddad, and Wei Zhang from\nNorthwind Labs."],
    ),
    ("See the [annual\nReport](http://x.org/r) soon.", ["See the [annual\nReport](http://x.org/r) soon."]),
    ("We met Dr.\nOkafor there.", ["We met Dr.\nOkafor there."]),
    ("The firm is based in the U.S.\nfor tax reasons.", ["The firm is based in the U.S.\nfor tax reasons."]),
]


@pytest.mark.parametrize(("text", "expected"), LINE_CASES)
def test_line_breaks(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


def test_spans_are_stripped_ordered_and_point_into_the_text() -> None:
    text = "  First one.   Second one?\n\n  Third one!  "
    spans = sentence_spans(text)
    assert [text[s:e] for s, e in spans] == ["First one.", "Second one?", "Third one!"]
    assert all(s < e for s, e in spans)
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))


def test_spans_stay_inside_the_window() -> None:
    text = "Skip this. Keep this one. And this one. Skip too."
    start = text.index("Keep")
    end = text.index("Skip too")
    spans = sentence_spans(text, start, end)
    assert [text[s:e] for s, e in spans] == ["Keep this one.", "And this one."]
    assert all(start <= s and e <= end for s, e in spans)


def test_window_end_ends_the_last_sentence() -> None:
    text = "Alpha beta gamma delta"
    assert sentence_spans(text, 6, 16) == [(6, 16)]


@pytest.mark.parametrize("text", ["", "   ", "\n\n", "..."])
def test_degenerate_input(text: str) -> None:
    assert split_sentences(text) == ([text.strip()] if text.strip() else [])


def test_long_input_splits_completely() -> None:
    """Linear cost is measured by bench/bench_segment.py; here, a long input gives every sentence."""
    unit = "Dr. Ruiz paid $3.50 at 5 p.m. on Jan. 4. The U.S. office agreed! Did it? Yes... [1]\n"
    assert len(split_sentences(unit * 16000)) == 4 * 16000


def test_golden_rules() -> None:
    if not GOLDEN.exists():
        pytest.skip(f"{GOLDEN} not found (needs ../shared beside the repository)")
    cases = json.loads(GOLDEN.read_text(encoding="utf-8"))
    failed = [
        case.get("id")
        for case in cases
        if [s.strip() for s in split_sentences(case["text"]) if s.strip()] != [s.strip() for s in case["expected"]]
    ]
    assert len(cases) - len(failed) >= 47, f"failed golden cases: {failed}"


def _article_sentences(raw: str, tmp_path: Path) -> list[str]:
    """The sentences of a Markdown article in a Jekyll site under ``tmp_path`` (with a ``_config.yml``)."""
    from auditor.article import analyse
    from auditor.load import load_document

    (tmp_path / "_config.yml").write_text('activation_height: "709,632"\n')
    (tmp_path / "_posts").mkdir()
    post = tmp_path / "_posts" / "post.md"
    post.write_text(raw)
    doc = load_document(raw, "markdown", str(post), location=str(post))
    return [" ".join(doc.text[s.start : s.end].split()) for s in analyse(doc).sentences]


@pytest.mark.parametrize(
    "raw",
    [
        # a link's text is shorter than the link: the rendered line looks ended early, the written one is full
        "Ridership rose 5% in 2021, says [the annual report](https://harbour.example/reports/2021/ridership.pdf) of\n"
        "Harbour Transit, and fell in 2022.\n",
        # so is a site setting's value, shorter than the template that prints it
        "The fork activated at block {{ site.activation_height }} in\nMay after miners signalled for it.\n",
    ],
)
def test_a_soft_wrap_is_judged_on_the_written_line(raw: str, tmp_path: Path) -> None:
    assert len(_article_sentences(raw, tmp_path)) == 1


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # the written line is as short as the rendered one: a label line
        (
            "Published by the [harbour office](https://h.example/)\nThe ferry carried 900 passengers in 2021.\n",
            ["Published by the harbour office", "The ferry carried 900 passengers in 2021."],
        ),
        # a line that is one link (or one bold span) is a title set on its own line, however long its address
        (
            "- [Testing the new fee estimator in a wallet](https://answers.example/questions/118159/fee-estimator)\n"
            "  The answer explains how the estimator weighs the last 12 blocks.\n",
            ["Testing the new fee estimator in a wallet", "The answer explains how the estimator weighs the last 12 blocks."],
        ),
    ],
)
def test_a_written_line_that_ends_early_still_ends_its_sentence(raw: str, expected: list[str], tmp_path: Path) -> None:
    assert _article_sentences(raw, tmp_path) == expected
