"""Which documents are reported pieces (auditor.genres.genre), and what CIT001 asks of them."""

from __future__ import annotations

import pytest

import auditor
from auditor.article import analyse
from auditor.checks.unsourced import genre, unsourced_needs
from auditor.genres.genre import Genre, has_byline, house_style, opens_with_dateline, page_types
from auditor.model import Document


def _doc(text: str, fmt: str = "text") -> Document:
    return auditor.load_document(text, input_format=fmt)


NEWS_PAGE = """<!doctype html><html><head><title>Pier reopens</title>
<script type="application/ld+json">{"@context": "https://schema.org", "@type": ["NewsArticle"], "headline": "x"}</script>
</head><body><article><h1>Pier reopens</h1><p>The pier reopened on Monday after a $4 million repair.</p>
<p>About 3,000 people walked it on the first day.</p></article></body></html>"""
BLOG_PAGE = """<!doctype html><html><head><title>Pier reopens</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="2025-05-02">
</head><body><article><h1>Pier reopens</h1><p>The pier reopened on Monday after a $4 million repair.</p>
<p>About 3,000 people walked it on the first day.</p></article></body></html>"""


def test_a_page_that_declares_a_news_type_is_a_reported_piece() -> None:
    assert page_types(_doc(NEWS_PAGE, "html")) == (True, False)
    found = genre(analyse(_doc(NEWS_PAGE, "html")))
    assert found.news_type and found.reported
    assert found.prose == 0  # decided without reading the sentences


def test_an_article_page_without_named_speakers_is_not() -> None:
    assert page_types(_doc(BLOG_PAGE, "html")) == (False, True)
    found = genre(analyse(_doc(BLOG_PAGE, "html")))
    assert found.article_page and not found.reported


def test_a_wire_dateline_opens_a_reported_piece() -> None:
    assert opens_with_dateline(_doc("Pier reopens\n\nDOVER, May 3 (Coast Wire) - The pier reopened on Monday."))
    assert not opens_with_dateline(_doc("Pier reopens\n\nThe pier reopened on Monday in Dover."))


def test_a_byline_is_read_at_the_top() -> None:
    assert has_byline(_doc("Pier reopens\n\nBy Jane Doe\n\nThe pier reopened on Monday."))
    assert not has_byline(_doc("Pier reopens\n\nThe pier reopened on Monday, by all accounts."))


@pytest.mark.parametrize(
    ("signals", "reported"),
    [
        (Genre(news_type=True), True),
        (Genre(dateline=True), True),
        (Genre(attributed=3, prose=20), True),
        (Genre(attributed=3, prose=21), False),  # three quotes in a long post: not written that way
        (Genre(article_page=True), False),  # every blog post is an article page
        (Genre(article_page=True, attributed=2, prose=40), True),
        (Genre(attributed=2, prose=4), False),
        (Genre(attributed=12, prose=81), False),  # just under the share: one weak signal
        (Genre(attributed=12, prose=81, courtesy=3), True),  # ... and the house style of a newspaper
        (Genre(attributed=12, prose=81, weekdays=2), True),  # ... or its day anchors
        (Genre(attributed=12, prose=81, courtesy=2, weekdays=1), False),
        (Genre(attributed=1, prose=40, courtesy=9, weekdays=4), False),  # an interview's "Dr. Lee": no speakers
    ],
)
def test_the_score(signals: Genre, reported: bool) -> None:
    assert signals.reported is reported


def _flagged(text: str) -> list[str]:
    return [c.text for c, _ in unsourced_needs(analyse(_doc(text)))]


def test_a_reported_piece_is_held_only_to_the_sources_it_points_at() -> None:
    story = (
        "Pier reopens\n\nDOVER, May 3 (Coast Wire) - The pier reopened on Monday after a $4 million repair.\n\n"
        "About 3,000 people walked it on the first day.\n\n"
        "Studies have shown that sea air lowers blood pressure in older walkers.\n"
    )
    assert _flagged(story) == ["Studies have shown that sea air lowers blood pressure in older walkers."]


def test_the_same_figures_in_a_post_still_need_a_source() -> None:
    post = "Pier reopens\n\nThe pier reopened on Monday after a $4 million repair.\n\nAbout 3,000 people walked it.\n"
    assert _flagged(post) == ["The pier reopened on Monday after a $4 million repair.", "About 3,000 people walked it."]


def test_house_style_and_day_anchors_are_read_from_the_paragraphs() -> None:
    body = (
        "Deficit grows\n\nMr. Hale said on Tuesday that the budget would hold. Mrs Ortiz disagreed.\n\n"
        "Ms. Brandt, who chairs the panel, said the vote was set for Thursday night.\n\n"
        "Black Friday sales rose, Mr hale said.\n"
    )
    assert house_style(_doc(body)) == (3, 2)  # "Mr hale" is no surname; "Black Friday" no anchor


NEWS_BODY = (  # its lede is two sentences, so that the plain-story layout (auditor.genres.story) does not decide alone
    "Rates rise\n\n"
    "The yield on the 10-year note rose to 3.1 percent this year, up from 2.4 percent in 2017. Traders expect more.\n\n"
    "Mr. Hale, an economist at Dover University, said the rise would slow lending. \"It is a warning,\" he said.\n\n"
    "Mortgage rates rose to 4.9 percent in the spring, the highest since 2011.\n\n"
    "The city sold $40 million in bonds to repair its piers in 2016. The sale closed in two days.\n\n"
    "Ms. Ortiz, the city treasurer, said the bonds would be repaid by 2030.\n\n"
    "The treasury has $12 million in reserve. Its staff of 40 manages the city's debt. Mr. Hale called that thin.\n\n"
    "Housing starts fell 6 percent in 2018. Builders sold 1,200 homes, down from 1,500. Prices held at $310,000.\n\n"
    "Lenders approved 64 percent of applications in 2018. Many waited months. Small banks lent less than in 2016.\n\n"
    "Ms. Ortiz expects another sale in 2020. The council votes on it in March. Three members oppose it.\n\n"
    "Pier repairs cost $9 million in 2019. Ferry traffic fell 12 percent. The port lost 300 jobs that year.\n"
)


def test_a_news_body_under_the_share_is_read_as_news_by_its_house_style() -> None:
    found = genre(analyse(_doc(NEWS_BODY)))
    assert found.attributed < 0.15 * found.prose and found.courtesy >= 3 and found.reported
    assert _flagged(NEWS_BODY) == []
    bare = NEWS_BODY.replace("Mr. ", "").replace("Ms. ", "")
    assert not genre(analyse(_doc(bare))).reported
    assert _flagged(bare)  # the same body without the house style: its figures need their sources


def test_a_forecast_that_hides_whose_it_is_needs_a_source_in_news_too() -> None:
    story = (
        "Deficit grows\n\nDOVER, May 3 (Coast Wire) - The deficit is expected to total $40 million next year.\n\n"
        "Revenue is projected to fall 4 percent in 2026, the treasury said.\n"
    )
    assert _flagged(story) == ["The deficit is expected to total $40 million next year."]


def test_one_sentence_for_an_organisation_makes_its_figures_its_own() -> None:
    figures = "The service handled 48,000 requests from 5,000 agencies in 2024.\n\nIt costs $2 million a year to run.\n"
    assert _flagged(f"Service notes\n\n{figures}") == [
        "The service handled 48,000 requests from 5,000 agencies in 2024.",
        "It costs $2 million a year to run.",
    ]
    assert _flagged(f"Service notes\n\n{figures}\nTo help shape it, get in touch with us.\n") == []
    # one sentence in the writer's own name is not an organisation's voice
    assert len(_flagged(f"Service notes\n\n{figures}\nI found this useful.\n")) == 2


def test_named_attributions_count_as_attributed() -> None:
    body = (
        "Rates rise\n\nThe deficit reached $900 billion, according to the Congressional Budget Office.\n\n"
        "Interest costs rose 20 percent, according to the Treasury Department.\n\n"
        "Mortgage rates hit 4.9 percent, according to Freddie Mac.\n\n"
        "Builders sold 1,200 homes. Prices held at $310,000. Lenders approved 64 percent of loans. Banks lent less.\n"
    )
    found = genre(analyse(_doc(body)))
    assert found.attributed == 3 and found.prose == 7 and found.reported



def test_a_forecast_in_the_writers_own_analysis_is_theirs() -> None:
    post = (
        "Forest outlook\n\nWe modelled habitat for the four projects. Between 18 and 82 percent of their acres are "
        "projected to be mismatched by 2100.\n\nGlobal timber demand is expected to total 5 billion cubic metres by 2050.\n"
    )
    assert _flagged(post) == ["Global timber demand is expected to total 5 billion cubic metres by 2050."]


# ---------------------------------------------------------------- a plain-text story (auditor.genres.story)

STORY = """Panel overturns ferry fare ruling

A regional appeals panel has overturned a ruling that forced the island ferry operator to cut its fares.

The panel found that the tribunal had no power to set fares, and ruled that refunds need not be paid.

Passenger groups said they would appeal. The operator denied that it had overcharged anyone.
"""


def test_a_plain_text_story_is_a_reported_piece() -> None:
    from auditor.genres.story import plain_story

    assert plain_story(_doc(STORY))
    found = genre(analyse(_doc(STORY)))
    assert found.story and found.reported


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("Panel overturns ferry fare ruling\n", "Why I was glad the panel overturned the fare ruling\n"),  # told from inside
        ("to cut its fares.\n", "to cut its fares. The ruling dated from 2023.\n"),  # the lede is not one sentence
        ("Passenger groups said they would appeal. The operator denied that it had overcharged anyone.",
         "Passenger groups will appeal. The operator has not overcharged anyone."),  # nobody is reported
        ("A regional appeals panel has overturned", "We think a regional appeals panel has overturned"),
    ],
)
def test_a_plain_text_piece_without_a_story_layout_is_not(before: str, after: str) -> None:
    from auditor.genres.story import plain_story

    assert before in STORY
    assert not plain_story(_doc(STORY.replace(before, after)))


def test_a_story_layout_counts_only_in_plain_text() -> None:
    from auditor.genres.story import plain_story

    assert not plain_story(_doc("# " + STORY, "markdown"))


@pytest.mark.parametrize(
    "opening",
    [
        "CUPERTINO, California—April 27, 2015—",
        "SEATTLE, Wash. — March 4, 2024 — ",
        "LONDON, June 3, 2024—",
        "LONDON, 3 June 2024 — ",
        "WASHINGTON (AP) — ",
    ],
)
def test_datelines_with_dashes_open_a_reported_piece(opening: str) -> None:
    from auditor.dating import dateline_end

    line = opening + "The council approved the plan on Monday."
    assert dateline_end(line) == len(opening)
    assert opens_with_dateline(_doc("Council approves plan\n\n" + line))


@pytest.mark.parametrize("line", ["NOTE—This is not a dateline.", "NATO—Russia talks resumed on Monday.", "UK-based firms rose."])
def test_a_capitalised_word_and_a_dash_are_no_dateline(line: str) -> None:
    from auditor.dating import dateline_end

    assert dateline_end(line) == 0


PUBLISHED = """## Ports

# Ferry operators brace for a quieter summer

> Fuel costs and a weaker currency weigh on bookings

> Jun 4th 2024 HALIFAX

THE COASTAL ferry season opens next week with fewer sailings than last year.

On June 2nd Tidewater Lines, the largest operator, cut its summer timetable by 12 percentage points.

Bookings for July are down by about a fifth on the same month of 2023.

The loans expire in March.
"""


def test_a_published_layout_is_a_reported_piece() -> None:
    from auditor.genres.standfirst import published_layout

    assert published_layout(_doc(PUBLISHED, "markdown"))
    found = genre(analyse(_doc(PUBLISHED, "markdown")))
    assert found.story and found.reported


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("> Jun 4th 2024 HALIFAX", "> Filed from the harbour office"),  # no date line
        ("THE COASTAL ferry season opens", "We open the coastal ferry season"),  # told from inside
        ("> Fuel costs and a weaker currency weigh on bookings\n\n", ""),  # no standfirst between them
        ("> Fuel costs and a weaker currency weigh on bookings", "> " + "word " * 45),  # a paragraph, no standfirst
    ],
)
def test_a_piece_without_the_whole_layout_is_not(before: str, after: str) -> None:
    from auditor.genres.standfirst import published_layout

    assert before in PUBLISHED
    assert not published_layout(_doc(PUBLISHED.replace(before, after), "markdown"))


def test_a_published_layout_is_not_read_in_html() -> None:
    from auditor.genres.standfirst import published_layout

    assert not published_layout(_doc(PUBLISHED, "html"))
