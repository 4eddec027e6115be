"""Tests for auditor.claims: check-worthiness scores and claim kinds."""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys

import pytest

from auditor import claims
from auditor.claims import CHECK_WORTHY_THRESHOLD, KINDS, check_worthiness, claim_kinds
from tests.conftest import ROOT, shared_path

# News-article sentences written for these tests, in the shapes the auditor meets: dated
# statements, figures, named people and companies, attributions.
CHECK_WORTHY = [
    "Since March 3, 2023, the city has required every restaurant to post calorie counts unless "
    "it employs fewer than 20 people.",
    "Despite the recent layoffs, Spotify, a Sweden-based streaming company, still employs about "
    "9,000 people worldwide and over 2,000 in the U.S.",
    "According to company filings, Boeing delivered approximately 528 aircraft in 2023, mostly "
    "from its commercial division.",
    "Sundar Pichai, formerly of McKinsey, took over Google's product team just a year before the "
    "reorganisation was announced.",
    "Unemployment fell to 3.9 percent in 2019, the Labor Department said.",
    "The app, which has grown rapidly with over 500 million monthly users, is now investing "
    "heavily in cloud gaming.",
    "Microsoft and Meta have already announced deep cuts this year, with more than 20,000 jobs "
    "lost in 2023 alone.",
]
NOT_CHECK_WORTHY = [
    "Should governments be doing more to help workers displaced by automation?",
    "While remote work is often blamed for lower productivity, it's important to remember that "
    "flexibility itself is not inherently bad.",
    "This kind of partnership is one of the reasons behind the company's optimism.",
    "You should always back up your files before installing an update.",
    "Building a strong culture during difficult times can help companies keep their best people.",
    "I think we can do much better than that.",
    "What will the future of work look like?",
]


@pytest.mark.parametrize("sentence", CHECK_WORTHY)
def test_factual_news_sentences_are_check_worthy(sentence: str) -> None:
    assert check_worthiness(sentence) >= CHECK_WORTHY_THRESHOLD


@pytest.mark.parametrize("sentence", NOT_CHECK_WORTHY)
def test_questions_opinions_advice_are_not_check_worthy(sentence: str) -> None:
    assert check_worthiness(sentence) < CHECK_WORTHY_THRESHOLD


@pytest.mark.parametrize("sentence", [
    "", " ", "?", "...", "1", "$$$ 100% 2024", "Ünïcödé “quoted” text — with dashes…",
    "a " * 2000, "[source] () [link](http://example.com)", "I", "HELLO WORLD!!!",
])
def test_score_is_a_probability(sentence: str) -> None:
    score = check_worthiness(sentence)
    assert isinstance(score, float)
    assert 0.0 <= score <= 1.0


def test_figures_and_attribution_raise_hedges_lower_the_score() -> None:
    factual = check_worthiness("The company cut 1,200 jobs in 2023, Reuters reported.")
    vague = check_worthiness("The company might cut some jobs at some point.")
    assert factual - vague > 0.4


def test_citation_residue_does_not_change_the_score() -> None:
    plain = "Apple sold 230 million iPhones in 2023, according to Bloomberg."
    assert check_worthiness(plain.replace(".", " [source].")) == pytest.approx(check_worthiness(plain))
    assert check_worthiness(plain.replace(".", " ().")) == pytest.approx(check_worthiness(plain))
    linked = plain.replace("Bloomberg", "[Bloomberg](https://www.bloomberg.com/news/2024/01/x)")
    assert check_worthiness(linked) == pytest.approx(check_worthiness(plain))


def test_strip_markup_keeps_link_text_and_drops_placeholders() -> None:
    text = "Sales rose [source] () (Source: ) by 5% [Reuters](https://reuters.com/a) [1]."
    assert claims.strip_markup(text).split() == ["Sales", "rose", "by", "5%", "Reuters", "."]


def test_score_is_the_sum_of_the_feature_weights() -> None:
    # check_worthiness sums weights without building feature_keys(); both must agree, since the
    # trainer learns from feature_keys().
    bias, table = claims._weights()
    for sentence in CHECK_WORTHY + NOT_CHECK_WORTHY:
        z = bias + sum(table.get(key, 0.0) for key in claims.feature_keys(sentence))
        assert check_worthiness(sentence) == pytest.approx(1.0 / (1.0 + math.exp(-z)))


def test_feature_keys_map_numbers_to_shapes() -> None:
    keys = claims.feature_keys("It cost $1.5 trillion, 40 percent more than in 1999, for 17 states?")
    assert {b"<money>", b"<pct>", b"<year>", b"<num>", b"?", (b"<s>", b"it"), b"FIG:3+"} <= set(keys)
    assert not any(isinstance(k, bytes) and k[:1].isdigit() for k in keys)


def test_class_features_mark_hedges_and_imperative_starts() -> None:
    feats = claims.class_features(claims.feature_keys("Consider that prices may rise."))
    assert "C:hedge" in feats
    assert "C:imperative" in feats


@pytest.mark.parametrize("text", ["1," * 20000, "$" + "1," * 20000, '"' + "a " * 20000, "'" + "word " * 20000])
def test_pathological_input_finishes(text: str) -> None:
    # A figure pattern that retried from every digit once took 51 s on "1,1,1,..." (the suite would hang).
    # Speed itself is measured by bench/, not here.
    assert 0.0 <= check_worthiness(text) <= 1.0
    assert isinstance(claim_kinds(text), tuple)


@pytest.mark.parametrize(("sentence", "kinds"), [
    ("The company laid off 60 employees last week, Bloomberg reported.",
     ("attribution", "event", "numeric", "temporal")),
    ('"We are proud of the result," the chief executive said on Monday.',
     ("attribution", "quote", "temporal")),
    ("Sales fell sharply because of the strike.", ("causal", "event")),
    ("Revenue grew faster than expected, compared with 2022.", ("comparative", "event", "temporal")),
    ("It is the largest company in Europe.", ("comparative",)),
    ("Inflation reached 9.1% in June 2022.", ("event", "numeric", "temporal")),
    ("The merger was signed in 1999.", ("event", "temporal")),
    ("Prices may rise, and that would be a shame.", ()),
    ("The memo promised 'operational and personnel changes' for the team.", ("quote",)),
    ("The rise in costs led to higher prices.", ("causal",)),
    ("On 5 March 2024 the mayor was re-elected.", ("event", "temporal")),
    ("As a result, output doubled, according to the survey.", ("attribution", "causal", "comparative")),
    ("Shares closed at $31.20, up 4% on the day.", ("event", "numeric")),
])
def test_claim_kinds(sentence: str, kinds: tuple[str, ...]) -> None:
    assert claim_kinds(sentence) == kinds


def test_claim_kinds_ignore_urls_and_lowercase_may() -> None:
    assert claim_kinds("See [the report](https://example.com/2024/05/12/report).") == ()
    assert claim_kinds("Costs may have increased.") == ("event",)
    assert claim_kinds("Costs increased in May.") == ("event", "temporal")


def test_kinds_follow_the_sentence_not_the_previous_score() -> None:
    # check_worthiness() and claim_kinds() share a one-sentence memo of the tokenisation.
    check_worthiness("Revenue rose 12% in 2023.")
    assert claim_kinds("We should talk.") == ()
    assert claim_kinds("Revenue rose 12% in 2023.") == ("event", "numeric", "temporal")


def test_claim_kinds_are_sorted_known_kinds() -> None:
    for sentence in CHECK_WORTHY + NOT_CHECK_WORTHY:
        kinds = claim_kinds(sentence)
        assert list(kinds) == sorted(set(kinds))
        assert set(kinds) <= set(KINDS)


def test_import_is_lazy_and_numpy_free() -> None:
    code = (
        "import sys, auditor.claims as c; "
        "assert c._weights_cache is None and c._words_cache is None and c._kinds_cache is None; "
        "assert 'numpy' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT,
                   env={**os.environ, "PYTHONPATH": str(ROOT)})


def test_weights_file_is_small_and_records_its_cross_validation() -> None:
    path = ROOT / "auditor" / "knowledge" / "worthiness.json"
    assert path.stat().st_size < 300_000
    meta = json.loads(path.read_text(encoding="utf-8"))["meta"]
    assert meta["folds"] >= 5
    assert 0.0 < meta["threshold"] < 1.0


def test_claimbuster_f1() -> None:
    # The file the weights were fitted on (cross-validated F1 is about 0.76; see the weights'
    # "meta"); this guards against a featuriser change that silently breaks the shipped model.
    data = shared_path("eval", "data", "claimbuster_train.json")
    rows = json.loads(data.read_text(encoding="utf-8"))
    tp = fp = fn = 0
    for row in rows:
        flagged = check_worthiness(row["text"]) >= CHECK_WORTHY_THRESHOLD
        gold = int(row["label"]) == 1
        tp += flagged and gold
        fp += flagged and not gold
        fn += gold and not flagged
    f1 = 2 * tp / (2 * tp + fp + fn)
    assert f1 >= 0.80


def test_a_period_inside_inline_code_ends_no_sentence() -> None:
    from auditor import load_document
    from auditor.article import analyse

    raw = "The feature was slow. The `time.Sleep` call it uses supports zero. Use `os.Exit` to stop.\n"
    article = analyse(load_document(raw, "markdown"))
    assert [c.text for c in article.claims] == [
        "The feature was slow.",
        "The time.Sleep call it uses supports zero.",
        "Use os.Exit to stop.",
    ]


@pytest.mark.parametrize(
    ("raw", "fmt", "claim"),
    [
        # a link whose words are the sentence's own stays in the claim, in any format
        ("Some firms offer [far more generous leave](https://a.example/leave).\n", "markdown",
         "Some firms offer far more generous leave."),
        ('<p>Some firms offer <a href="https://a.example/leave">far more generous leave</a>.</p>', "html",
         "Some firms offer far more generous leave."),
        # a source's name, a label or a bracketed citation after the sentence is cut
        ("Ticket sales rose 8% in 2024 [Harbour Trust](https://a.example/t).\n", "markdown", "Ticket sales rose 8% in 2024."),
        ("Ticket sales rose 8% in 2024 [source](https://a.example/t).\n", "markdown", "Ticket sales rose 8% in 2024."),
        ("Ticket sales rose 8% in 2024 ([annual report](https://a.example/t)).\n", "markdown", "Ticket sales rose 8% in 2024."),
    ],
)
def test_a_link_in_the_prose_keeps_its_words(raw: str, fmt: str, claim: str) -> None:
    from auditor import load_document
    from auditor.article import analyse

    assert [c.text for c in analyse(load_document(raw, fmt)).claims] == [claim]
