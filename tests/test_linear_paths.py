"""The faster paths that keep long inputs linear give the answers of the direct ones they replace.

Each test runs both: the short-cut (a window, an index, a pattern compiled once) and the plain way (the whole
text before, a scan of every item, a pattern per name), on inputs built to reach the short-cut's edges.
Speed itself is measured in bench/bench_adversarial.py, not here.
"""

from __future__ import annotations

import re
from collections import defaultdict

import pytest

import auditor
from auditor import citations
from auditor.article import Article
from auditor.checks import cited
from auditor.compare import events, subjects
from auditor.knowledge import load
from auditor.model import Claim
from auditor.sourcing.need import _lexicon, _opinion
from auditor.sourcing.voice import names_in

LONG_NAME = " ".join(["Grand", "Old", "of", "the", "Union", "12B"] * 30)
"""A run of name words longer than the window first read before an event verb."""


@pytest.mark.parametrize(
    "head",
    [
        "The Marlow Ferry Company",
        "x" * 300 + " The Hall",
        "and then the " + LONG_NAME + " Hall",
        LONG_NAME,
        "word " * 80 + "SR 118.SR 319",
        "Old " * 70 + "Hall,  (  ",
        "the club of the",
        "   ",
    ],
)
def test_name_before_a_verb_read_from_a_window_is_the_name_in_all_the_text(head: str) -> None:
    text = head + " was founded in 1921"
    end = len(head)
    assert subjects.name_ending(text, end) == subjects.name_before(text[:end])


@pytest.mark.parametrize(
    "text",
    [
        "The club was founded in 1921, and was closed in 1990.",
        "The club was founded; it opened in May 1922.",
        "[[[[The club was founded in 1921, officials said.(((( [[[[The hall opened in 1930.((((" * 20,
        "The club was founded in the early 1990s: its hall opened on 3 March 1995.",
        "Founded in Sept. 1930. The hall, opened in 1931 and was",
    ],
)
def test_first_date_of_a_clause_is_what_a_search_of_the_clause_finds(text: str) -> None:
    marks = events._Marks(text)
    for verb in re.finditer(r"founded|opened", text):
        clause = text[verb.end() :]
        end = events._CLAUSE_END.search(clause)
        clause = clause[: end.start()] if end else clause
        expected = events._DATE.search(clause)
        found = marks.first_date(verb.end())
        assert (found.group() if found else None) == (expected.group() if expected else None)


def _opinion_by_pattern(text: str, name: str) -> str | None:
    lexicon = _lexicon()
    m = re.search(
        rf"\b{re.escape(name)}\s+(?:also\s+|has\s+|have\s+)?"
        rf"(?:(?:{lexicon.opinion_verbs})\b|(?:{lexicon.opinion_verbs_with_that})\s+that\b)",
        text,
    )
    return m.group() if m else None


@pytest.mark.parametrize(
    "text",
    [
        "Dana Reyes argues that the plan is too costly.",
        "Smithson argues it; Smith also argues that it is not.",
        "“Smith thinks that it works,” she wrote.",
        "Smith thinks it works.",
        "Ms. Lee has argued that and Lee argues so.",
        "NASA argues nothing here, but NASA  believes it.",
    ],
)
def test_opinion_found_by_name_is_the_pattern_match(text: str) -> None:
    for name in [*names_in(text), "Smith", "Lee"]:
        assert _opinion(text, name) == _opinion_by_pattern(text, name)


def test_restatements_through_the_stem_index_are_those_of_the_scan(monkeypatch: pytest.MonkeyPatch) -> None:
    sentences = []
    for i in range(40):
        sentences.append(f"The Arden council sold {1000 + i} tickets to the harbour fair in 2019 [report](https://x.org/{i}).")
        # The figure written another way: only the key terms make it a restatement of the cited claim.
        sentences.append(f"Arden council sold {1000 + i:,} tickets to the harbour fair in 2019, a record.")
        sentences.append(f"The Bexley board bought {500 + i} buses for the northern routes in 2021.")
    text = "\n\n".join(sentences)

    def cit001() -> list[str]:
        report = auditor.audit_text(text, input_format="markdown", source="t.md")
        claims = {c.id: c.text for c in report.claims}
        return [claims[f.claim or ""] for f in report.findings if f.rule == "CIT001"]

    scanned = cit001()
    monkeypatch.setattr(cited, "RESTATED_SCAN", 0)
    assert cit001() == scanned
    # The buses need a source; the restatements do not: both paths are reached and decide something.
    assert len(scanned) == 40 and all("buses" in claim for claim in scanned)


def _vague_one_pattern_per_head(lowered: str) -> list[tuple[int, int, str]]:
    """The direct way: a pattern of each head alone, run over all the text (as before the one pattern)."""
    lexicon = citations._lexicon()
    verbs = "|".join(re.escape(v) for v in sorted(load("citation_markers")["attribution_verbs"], key=len, reverse=True))
    found = []
    for head in lexicon.vague_heads:
        pattern = re.compile(rf"(?P<d>{re.escape(head)})(?<=\b{re.escape(head)})\s+(?:{verbs})\b")
        found += [(m.start(), m.end(), m["d"]) for m in pattern.finditer(lowered)]
    return found


@pytest.mark.parametrize(
    "text",
    [
        "experts say it will rain. analysts said so, and critics warned.",
        "reports say, report says, the reports reports say and report report says",
        "metadata show; the data show what surveys suggest and polls polls show",
        "studies  show\nthat (sources told) x-experts say and experts_say experts\tsay",
        "nothing to see here",
    ],
)
def test_vague_attributions_from_one_pattern_are_those_of_a_pattern_per_head(text: str) -> None:
    found = [(m.start(), m.end(), m["d"]) for m in citations._vague_matches(citations._lexicon(), text)]
    assert sorted(found) == sorted(_vague_one_pattern_per_head(text))


def test_vague_heads_are_single_lower_case_words() -> None:
    # The one pattern finds at most one head at a place only because no head runs on past another's end.
    assert all(h.isalpha() and h.islower() for h in citations._lexicon().vague_heads)


@pytest.mark.parametrize(
    "line",
    [
        "|---|---|",
        "| :--- | ---: |",
        " --- | --- ",
        "  |  --  |  --  |  ",
        "\t|--|",
        " " * 200 + "- a list item",
        " " * 200 + "|" + " " * 50 + "--",
        "-- " + " " * 200 + "| x",
        "|-|",
        "| a | b |",
        "----",
    ],
)
def test_table_separator_pattern_matches_what_the_plain_pattern_does(line: str) -> None:
    from auditor.load.markdown import _TABLE_SEP

    plain = re.compile(r"^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$")
    assert bool(_TABLE_SEP.match(line)) == bool(plain.match(line))


SHAPED = [
    "The plant opened on 3 May 2021 and cost $4.5 million, 12% over budget.",
    "Sales rose 7 percent to 1,200 units in the 1990s, per the report.",
    "It reopened on 12/05/2023; the 2023-05-12 filing lists 40 staff.",
    "Prices fell 3 per cent in Sept. 2020 to 450 euros a tonne.",
    "The council sold 1,000 tickets in 2021, officials said.",
    "He said the mar-a-lago deal cost £30m and 2nd place took 15 percentage points.",
    "Nothing here has a figure at all.",
]


@pytest.mark.parametrize("sentence", SHAPED)
def test_figure_shapes_tried_only_where_possible_give_the_tokens_of_trying_all(
    sentence: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from auditor import claims

    gated = claims._analyse(sentence)
    monkeypatch.setattr(claims, "_SHAPE_NEEDS", (None,) * len(claims._SHAPES))
    monkeypatch.setattr(claims, "_last_analysis", ("", claims._last_analysis[1]))
    assert claims._analyse(sentence) == gated


@pytest.mark.parametrize(
    ("text", "url"),
    [
        ("Metro Herald", "https://metroherald.example/story"),
        ("Metro Herald", "https://metro-herald.example/story"),
        ("Metro Herald", "https://www.METROHERALD.example/story"),
        ("Metro Herald", "https://metro\therald.example/story"),
        ("Arden", "https://site4.example.com/1/2"),
        ("council report", "https://www.council.example/report"),
        ("BBC", "https://www.bbc.co.uk/news/x"),
        ("source", "https://x.example/"),
    ],
)
def test_link_text_checked_against_the_address_first_gives_the_host_name_answer(text: str, url: str) -> None:
    from auditor.checks import citations as rules
    from auditor.slugs import site_name

    name = site_name(rules._host(url))
    squeezed = re.sub(r"[^a-z0-9]", "", rules._link_words(text).lower())
    plain = rules._marks_only(text) or bool(rules.named_outlet(text)) or (
        len(name) >= 3 and squeezed in (name, name.replace("-", ""))
    )
    assert rules.says_nothing(text, url) == plain


def _duplicates_by_scanning(article: Article) -> list[tuple[str, str]]:
    """ART003 the plain way: every claim against the last DUPLICATE_BUCKET of each of its two buckets."""
    from rapidfuzz import fuzz

    from auditor.checks import artifacts as art

    found = []
    section = art._sections(article)
    buckets: dict[str, list[tuple[Claim, str]]] = defaultdict(list)
    for claim in article.claims:
        lowered = claim.text.lower()
        words = lowered.split()
        if len(words) < art.DUPLICATE_MIN_WORDS or not art._may_repeat_as_padding(article, claim):
            continue
        keys = art.blocking_keys(words)
        earlier = {c.id: (c, t) for key in keys for c, t in buckets[key][-art.DUPLICATE_BUCKET :]}
        for other, text in sorted(earlier.values(), key=lambda item: item[0].start):
            if section[other.block] != section[claim.block]:
                continue
            similar = fuzz.ratio(lowered, text, score_cutoff=art.DUPLICATE_SIMILARITY)
            if similar and art.same_content(claim.text, other.text):
                found.append((claim.id, other.id))
                break
        for key in keys:
            buckets[key].append((claim, lowered))
    return found


def test_duplicate_claims_through_the_figures_index_are_those_of_the_scan() -> None:
    from auditor.article import analyse
    from auditor.checks.artifacts import duplicate_claim
    from auditor.load import load_document

    sentences = []
    for i in range(400):
        # Each figure comes back 32 claims later (the last place in a bucket's window), then 33 (just outside),
        # then 31; a heading every 25 paragraphs starts a new section.
        figure = i % 32 if i < 140 else 1000 + i % 33 if i < 280 else 2000 + i % 31
        sentences.append(f"The council said that it sold {figure} tickets to the regional fair last spring.")
    blocks = [f"Note {k}. " + " ".join(sentences[k : k + 4]) for k in range(0, len(sentences), 4)]  # none repeated
    text = "\n\n".join(b if n % 25 else f"## Part {n}\n\n{b}" for n, b in enumerate(blocks))
    article = analyse(load_document(text, "markdown", "dup.md"))
    got = [(h.claim, h.related[0]) for h in duplicate_claim(article)]
    assert got == _duplicates_by_scanning(article)
    assert len(got) > 100  # the input holds copies, near and far
