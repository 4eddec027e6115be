"""The article's date, and the periods sentences speak of."""

from __future__ import annotations

import datetime

import pytest

from auditor.dating import infer_date, periods_in, url_date, written_dates
from auditor.load import load_document

D = datetime.date
TODAY = D(2026, 11, 22)


def dating(text: str, fmt: str = "text", source: str | None = None, urls: tuple[str, ...] = ()) -> tuple[object, ...]:
    d = infer_date(load_document(text, fmt, source), urls, today=TODAY)
    return d.day, d.year, d.source


def test_front_matter_wins() -> None:
    assert dating("---\ndate: 2023-04-05\n---\nText from 2019.", "markdown") == (
        D(2023, 4, 5),
        None,
        "front-matter:date",
    )


def test_published_line() -> None:
    text = "Dam opens\nPublished: March 3, 2024\nThe dam opened in 2021."
    assert dating(text) == (D(2024, 3, 3), None, "text:published-line")


def test_dateline() -> None:
    text = "Harbour reopens\nPORTSMOUTH, May 21, 2025 (Coast News) - The harbour reopened after 2023 repairs."
    assert dating(text) == (D(2025, 5, 21), None, "text:dateline")
    assert dating("NASA said the mission, planned for May 21, 2025, will fly.")[2] == "text:years"


def test_article_url_then_citation_urls() -> None:
    assert dating("Words.", source="https://news.example/2024/05/02/story") == (D(2024, 5, 2), None, "url")
    urls = ("https://a.example/2023/01/09/x", "https://b.example/news/2023-06-30-y", "https://c.example/x-2022-5")
    assert dating("Words.", urls=urls) == (D(2023, 6, 30), None, "citation-urls")


def test_future_dates_are_ignored_and_years_give_only_a_year() -> None:
    assert dating("Plans for 2031 were made in 2019 and revised in 2024.") == (None, 2024, "text:years")
    assert dating("No dates at all.") == (None, None, None)


def test_url_date() -> None:
    assert url_date("https://x.example/2025/05/09/list/") == (D(2025, 5, 9), True)
    assert url_date("https://x.example/memo-2025-5") == (D(2025, 5, 1), False)
    assert url_date("https://x.example/article/d3219a32de913f8083612e71ecf1f428") is None


def test_written_dates() -> None:
    found = [d for _, d in written_dates("On May 21, 2025 and 3 June 2024 and 2023-01-09 and Feb. 30, 2020.")]
    assert found == [D(2025, 5, 21), D(2024, 6, 3), D(2023, 1, 9)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("In 2022, the council met.", [(D(2022, 1, 1), D(2022, 12, 31))]),
        ("In March 2024, it opened.", [(D(2024, 3, 1), D(2024, 3, 31))]),
        ("Since January 19, 2025, it has been closed.", [(D(2025, 1, 19), D(2025, 5, 1))]),
        ("Growth in the late 1990s was strong.", [(D(1990, 1, 1), D(1999, 12, 31))]),
        ("It employs 2024 people and costs $2023.", []),
    ],
)
def test_periods_in(sentence: str, expected: list[tuple[D, D]]) -> None:
    assert [p for _, p in periods_in(sentence, D(2025, 5, 1))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Harbour reopens\nPublished: 12 May 2025\nThe harbour reopened.", (D(2025, 5, 12), None, "text:published-line")),
        ("Harbour reopens\nUpdated 3 June 2024, 10:32 BST\nThe harbour reopened.", (D(2024, 6, 3), None, "text:published-line")),
        ("Harbour reopens\nBy Jane Doe | May 3, 2025\nThe harbour reopened.", (D(2025, 5, 3), None, "text:byline")),
        ("Harbour reopens\nBy Jane Doe and Sam Ortiz, 4 March 2024\nThe harbour reopened.", (D(2024, 3, 4), None, "text:byline")),
        ("Harbour reopens\nMay 3, 2025\nThe harbour reopened in 2019.", (D(2025, 5, 3), None, "text:date-line")),
        ("Harbour reopens\nTuesday, 3 June 2024\nThe harbour reopened.", (D(2024, 6, 3), None, "text:date-line")),
        ("LONDON, May 3 (Reuters) - The harbour reopened, the port said on Friday. Repairs began in 2024.",
         (D(2024, 5, 3), None, "text:dateline")),
    ],
    ids=["published", "updated", "byline-bar", "byline-comma", "date-alone", "weekday-date", "wire-dateline"],
)
def test_publication_date_lines(text: str, expected: tuple[object, ...]) -> None:
    assert dating(text) == expected


def test_a_date_in_a_sentence_is_not_a_date_line() -> None:
    assert dating("Harbour reopens\nThe harbour reopened on May 3, 2025 after repairs.\nMore soon.")[2] == "text:years"


@pytest.mark.parametrize(
    "stamp",
    [
        "Kelso Courier (Leeds) First published February 1, 2016: 1:28 AM ET",
        "First published March 3, 2024",
        "Updated 4:05 PM ET, Tue February 2, 2016",
    ],
)
def test_a_publication_stamp_is_no_claim(stamp: str) -> None:
    from auditor.article import analyse

    page = f"<html><body><article><h1>Markets fall</h1><p>{stamp}</p><p>Stocks fell 3% on Monday.</p></article></body></html>"
    assert [c.text for c in analyse(load_document(page, "html")).claims] == ["Stocks fell 3% on Monday."]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Harbour reopens | Kelso Courier | 19.01.2020", D(2020, 1, 19)),
        ("Harbour reopens - May 3, 2025", D(2025, 5, 3)),
        ("Harbour reopens | Kelso Courier", None),
        ("Harbour reopens in 2019 | Kelso Courier", None),
        ("Harbour sale | 12.05.2024 - 19.05.2024", None),
    ],
)
def test_a_page_title_that_ends_in_a_date_dates_the_page(title: str, expected: D | None) -> None:
    head = f'<meta property="og:title" content="{title}">'
    page = f"<html><head>{head}</head><body><p>The harbour reopened after repairs.</p></body></html>"
    found = infer_date(load_document(page, "html"), [], today=D(2026, 1, 1))
    assert (found.day, found.source) == ((expected, "text:title") if expected else (None, None))


def test_a_dotted_date_is_day_first() -> None:
    assert [d for _, d in written_dates("Date 19.01.2020; version 1.19.01.2020")] == [D(2020, 1, 19)]


def test_the_works_cited_date_the_article_and_are_no_anchor_for_its_days() -> None:
    """An article dated only by the works it cites is dated by the latest of them, in their addresses or in its
    reference entries (author-date, "Retrieved ..."); that day dates its offices but anchors no "on Monday"."""
    import auditor
    from auditor.dating import cited_work_dates

    assert cited_work_dates("Lee, K. (2018, December 2). Trade. Retrieved from https://x.example/t") == [D(2018, 12, 2)]
    assert cited_work_dates("Ode (2019, March). Retrieved March 3, 2020. (2021) (May 2022)") == [D(2019, 3, 1), D(2020, 3, 3)]
    bound = infer_date(load_document("Words.", "text"), ("https://stats.example/2012/01/22/trade",), today=TODAY)
    assert (bound.day, bound.exact, bound.source) == (D(2012, 1, 22), None, "citation-urls")
    assert infer_date(load_document("Words.", "text", "https://news.example/2024/05/02/x"), (), today=TODAY).exact

    def con002(text: str) -> list[str]:
        report = auditor.audit_text(text, input_format="markdown", source="t.md")
        return [f.rule for f in report.findings if f.rule == "CON002"]

    article = (
        "# Trade\n\nThe Trump administration has placed high tariffs on imported steel "
        "([figures](https://stats.example/2012/01/22/trade)).\n\nReferences\n\n"
    )
    assert con002(article) == ["CON002"]  # dated by its one cited page, of 2012
    assert con002(article + "Lee, K. (2018, December 2). The trade war. Retrieved from https://x.example/t\n") == []


def test_empty_key_before_the_date_hides_nothing() -> None:
    """A YAML key with no value (``subtitle:``) is not the key after it: the date is read."""
    text = "---\ntitle: T\nsubtitle:\ndate: 2021-03-04\n---\nText.\n"
    assert dating(text, "markdown") == (D(2021, 3, 4), None, "front-matter:date")


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("25-07-2021", (D(2021, 7, 25), None, "front-matter:date")),  # a part over 12 is the day
        ("07/25/2021", (D(2021, 7, 25), None, "front-matter:date")),
        ("05-05-2021", (D(2021, 5, 5), None, "front-matter:date")),  # either order, one day
        ("11-07-2021", (None, 2021, "front-matter:date")),  # 11 July or 7 November: the year only
    ],
)
def test_front_matter_dates_with_the_year_last(written: str, expected: tuple[object, ...]) -> None:
    assert dating(f"---\ntitle: T\ndate: {written}\n---\nText from 2019.\n", "markdown") == expected


def test_ambiguous_date_gives_way_to_a_key_with_a_day() -> None:
    text = "---\ndate: 11-07-2021\nlastmod: 2021-11-09\n---\nText.\n"
    assert dating(text, "markdown") == (D(2021, 11, 9), None, "front-matter:lastmod")


@pytest.mark.parametrize("key", ["updated", "last_modified", "lastmod"])
def test_front_matter_with_only_a_change_date(key: str) -> None:
    assert dating(f"---\ntitle: T\n{key}: 2022-06-01\n---\nText from 2019.\n", "markdown") == (
        D(2022, 6, 1),
        None,
        f"front-matter:{key}",
    )


@pytest.mark.parametrize(
    "element",
    [
        '<span class="date">March 3, 2021</span>',
        '<p class="byline">By Ann Lee · March 3, 2021</p>',
        '<div class="entry-date">3 March 2021</div>',
        '<div class="author"><img src="a.jpg" alt="Ann Lee"> Ann Lee · 6 min read · March 3, 2021</div>',
        '<div class="entry-meta">Posted on March 3, 2021 by Ann Lee</div>',
    ],
)
def test_html_byline_or_date_element(element: str) -> None:
    page = (
        f"<html><body><article><h1>Orchards grow</h1>{element}<p>The county counted 41,200 apple trees this "
        "spring, up from 38,900 in 2019.</p></article></body></html>"
    )
    assert dating(page, "html") == (D(2021, 3, 3), None, "byline")


@pytest.mark.parametrize(
    "element",
    [
        '<p class="candidate">March 3, 2021</p>',  # "date" inside a class word is no date class
        '<p class="authority">March 3, 2021</p>',  # nor "author" inside one
        '<p class="byline">By Ann Lee, who has written about orchards and their growers for the county paper since '
        "she moved to the valley, and who last wrote about them on March 3, 2021 in a long piece</p>",
    ],
)
def test_html_elements_that_give_no_date(element: str) -> None:
    page = f"<html><body><article><h1>Orchards grow</h1>{element}<p>The county counted trees.</p></article></body></html>"
    assert load_document(page, "html").published is None  # (a line of the body that is only a date is read later)


def test_date_element_outside_the_article_is_not_its_date() -> None:
    page = (
        "<html><body><article><h1>Orchards grow</h1><p>The county counted 41,200 apple trees this spring.</p>"
        '</article><aside><span class="date">May 2, 2011</span> Older news</aside></body></html>'
    )
    assert dating(page, "html")[0] is None


def test_footer_last_updated_line_gives_the_day() -> None:
    filler = "The county counted its apple trees again and found more of them than before. " * 30
    text = f"Orchards grow\n{filler}\nThe survey began in 1998.\nLast updated: June 10, 2005\n"
    assert dating(text) == (D(2005, 6, 10), None, "text:last-updated")
    assert dating(f"Orchards grow\n{filler}\nThe survey began in 1998 and ran to 2005.\n")[:2] == (None, 2005)
