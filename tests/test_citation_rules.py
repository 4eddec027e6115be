"""The rules about broken citations (CIT002-CIT006, CIT009) on the shapes real writing takes."""

from __future__ import annotations

import pytest

import auditor
from auditor.checks.citations import named_outlet, says_nothing
from auditor.slugs import slug_terms


def found(text: str, rule: str, fmt: str = "auto", source: str | None = None) -> list[str]:
    """The evidence-bearing text of each finding of ``rule``: the input it points at."""
    report = auditor.audit_text(text, fmt, source).to_dict()
    return [text[f["start"] : f["end"]] for f in report["findings"] if f["rule"] == rule]


# ---------------------------------------------------------------- CIT002 placeholders


def test_placeholder_inside_a_quoted_message_belongs_to_the_quote() -> None:
    text = 'Send this before the session: "Here is the prototype we will use today: [link]".\n'
    assert found(text, "CIT002", "markdown") == []
    assert found('Revenue rose 12% in 2023 [link]. "We grew," she said.\n', "CIT002", "markdown") == ["[link]"]


def test_placeholder_in_a_block_quotation_belongs_to_the_quote() -> None:
    assert found("> Revenue rose 12% in 2023 [source].\n", "CIT002", "markdown") == []


def test_undefined_reference_with_a_placeholder_label_is_a_placeholder() -> None:
    text = "Revenue rose 12% in 2023, says [the annual report][link].\n"
    assert found(text, "CIT002", "markdown") == ["the annual report"]
    assert found(text, "CIT004", "markdown") == []


def test_placeholders_stay_placeholders_when_definitions_are_unknown() -> None:
    text = "Revenue rose 12% in 2023 [source].\n\n{% include links.md %}\n"
    assert found(text, "CIT002", "markdown") == ["[source]"]


def test_placeholders_in_code_are_code() -> None:
    text = "Set `url = [source]` and run `fetch()` to download 2,000 files.\n\n```\nTODO (source) []\n```\n"
    assert found(text, "CIT002", "markdown") == [] and found(text, "CIT003", "markdown") == []


# ---------------------------------------------------------------- CIT003 empty markers


@pytest.mark.parametrize(
    "text",
    [
        "Log lines are prefixed with an asterisk (*) when a source is muted in 2024.\n",
        "For the initial state ({{S0}}), 50M sats are refunded to each party in 2023.\n",
        "Wrapping the model in `torch.compile()` cut training time by 31% in 2024.\n",
    ],
)
def test_brackets_emptied_by_the_loader_are_not_empty_citations(text: str) -> None:
    assert found(text, "CIT003", "markdown") == []


def test_an_empty_marker_as_written_is_one() -> None:
    assert found("The agency approved the drug in 2023 ().\n", "CIT003", "markdown") == ["()"]


def test_a_markdown_link_without_text_is_empty_but_an_html_icon_link_is_not() -> None:
    text = "The office issued 1,430 permits in 2024, see [](https://permits.example.gov/report).\n"
    findings = [f for f in auditor.audit_text(text, "markdown").to_dict()["findings"] if f["rule"] == "CIT003"]
    assert [f["start"] for f in findings] == [text.index("[](")]  # where the invisible link stands
    assert "https://permits.example.gov/report has no text" in findings[0]["message"]
    page = (
        "<html><body><article><p>The office issued 1,430 permits in 2024, says "
        '<a href="https://permits.example.gov/report">its report</a>.'
        '<a class="icon-share" href="https://social.example.com/share"></a></p></article></body></html>'
    )
    assert found(page, "CIT003", "html") == []


@pytest.mark.parametrize(
    ("sentence", "attribution"),
    [
        ("The Kelso plant cut 300 jobs, as Bloomberg reported.", "Bloomberg reported"),
        ("The Kelso plant cut 300 jobs, as The New York Times first reported.", "The New York Times first reported"),
        ("Sales at the Kelso plant rose 4%, Reuters reported on Monday.", "Reuters reported"),
        ("The Kelso plant cut 300 jobs, as he reported.", None),
        ("The Kelso plant cut 300 jobs, as the paper reported.", None),
        ("[As Bloomberg reported](https://www.bloomberg.com/kelso), the Kelso plant cut 300 jobs.", None),
    ],
)
def test_a_named_outlet_that_reported_is_an_attribution(sentence: str, attribution: str | None) -> None:
    assert found(sentence + "\n", "CIT008", "markdown") == ([attribution] if attribution else [])


# ---------------------------------------------------------------- CIT005 stripped links


@pytest.mark.parametrize(
    "text",
    [
        "Sales rose 35% in 2023, led by Tesla [^1], [^2].\n\n[^1]: One.\n[^2]: Two.\n",
        "Taproot activated at block height {{site.trb}}.\n",
        "Then add the lead-in text `visitors per day: `.\n",
        "Write to us at [inquiries@agency.example ](mailto:inquiries@agency.example).\n",
    ],
)
def test_gaps_the_loader_made_are_not_stripped_links(text: str) -> None:
    assert found(text, "CIT005", "markdown") == []


def test_residue_as_written_is_flagged_in_every_format() -> None:
    text = "Exports to Canada rose by a third in 2023 .\nImports from Mexico fell by a fifth ( ).\n"
    for fmt in ("markdown", "text"):
        assert found(text, "CIT005", fmt) == [" .", "( )"], fmt


def test_a_lone_typed_space_before_a_full_stop_is_a_typo() -> None:
    # The only residue of the whole article, typed as a space: as likely a slip as a removed link.
    for fmt in ("markdown", "text"):
        assert found("Exports to Canada rose by a third in 2023 .\nImports fell.\n", "CIT005", fmt) == [], fmt
    two = "Exports to Canada rose by a third in 2023 .\nImports from Mexico fell by a fifth .\n"
    assert found(two, "CIT005", "text") == [" .", " ."]


# ---------------------------------------------------------------- CIT006 mismatched anchors


@pytest.mark.parametrize(
    ("link_text", "outlet"),
    [
        ("as Bloomberg reported", "Bloomberg"),
        ("Bloomberg reports", "Bloomberg"),
        ("(via Reuters)", "Reuters"),
        ("a Reuters investigation", "Reuters"),
        ("reported by the Wall Street Journal", "Wall Street Journal"),
        ("the council's report", None),
        ("science", None),
    ],
)
def test_named_outlet(link_text: str, outlet: str | None) -> None:
    assert named_outlet(link_text) == outlet


def test_outlet_named_in_the_prose_but_not_the_link_is_not_checked() -> None:
    text = "Bloomberg first reported the strike, which [the union confirmed](https://union.example/strike-2024) in 2024.\n"
    assert found(text, "CIT006", "markdown") == []
    text = "The strike ended in 2024, [as Bloomberg reported](https://quickwire.example/strike-ends).\n"
    assert found(text, "CIT006", "markdown") == ["as Bloomberg reported"]


# ---------------------------------------------------------------- CIT009 off-topic citations


@pytest.mark.parametrize(
    ("url", "terms"),
    [
        ("https://x.example/2024/05/council-approves-riverside-stadium-budget", {"council", "approves", "riverside", "stadium", "budget"}),
        ("https://lists.example/dev/CAMHHROxVo_7ZRFy+nq_2YzyeYNO1ijR_r7d89bmBWv4f4wb9=g@mail.gmail.com/", set()),
        ("https://docs.example/forms/d/e/1FAIpQLSdustMAV7GzSNk1nmr_EKVt_E4e2pFcZOiyh1_l7rO4h_Rqkg/viewform", set()),
        ("https://x.example/bf5287e8-0960-45e8-9c90-64ffc5fdc9aa/", set()),
        ("https://x.example/power-of-bad-ideas", set()),  # too few key words to say what the page is about
    ],
)
def test_slug_terms_only_for_headline_slugs(url: str, terms: set[str]) -> None:
    assert slug_terms(url) == terms


@pytest.mark.parametrize(
    ("text", "url", "expected"),
    [
        ("3", "https://x.example/a", True),
        ("[12]", "https://x.example/a", True),
        ("source", "https://x.example/a", True),
        ("Bloomberg", "https://www.bloomberg.com/a", True),
        ("Metro Herald", "https://www.metroherald.example/a", True),
        ("Delving Bitcoin", "https://delvingbitcoin.org/t/x", True),
        ("Channel Factories", "https://www.tik.example/file/x.pdf", False),
        ("our launch review", "/2022/06/10/launch/", False),
        ("here", "/2017/10/03/building-a-design-system/", False),
    ],
)
def test_says_nothing(text: str, url: str, expected: bool) -> None:
    assert says_nothing(text, url) is expected


def test_prose_links_are_never_off_topic() -> None:
    text = "We ran 14 workshops in 2023, as our [value of documentation](https://x.example/2015/06/building-a-better-welcome-wagon) post explains.\n"
    assert found(text, "CIT009", "markdown") == []


def test_marker_link_to_an_unrelated_headline_is_off_topic() -> None:
    text = "The mayor resigned on 3 May 2024 after a 9-2 council vote [3](https://news.example/recipes-for-summer-salads-and-grilling).\n"
    assert found(text, "CIT009", "markdown") == ["3"]
    related = text.replace("recipes-for-summer-salads-and-grilling", "mayor-resigns-after-council-vote")
    assert found(related, "CIT009", "markdown") == []


def test_a_site_name_the_sentence_runs_through_is_a_venue_not_a_citation() -> None:
    venue = (
        "In March 2024 the maintainer asked on [Metro Forum](https://metroforum.example/t/harbour-dredging-schedule-revival/88)"
        " and the city's mailing list which of 3 ferry timetables to keep.\n"
    )
    assert found(venue, "CIT009", "markdown") == []
    closing = venue.replace(" and the city's mailing list which of 3 ferry timetables to keep", ", asking which of 3 ferry timetables to keep")
    closing = closing.replace("asked on [Metro Forum]", "asked which of 3 ferry timetables to keep ([Metro Forum]").replace("/88), asking which of 3 ferry timetables to keep.", "/88)).")
    assert found(closing, "CIT009", "markdown") == ["Metro Forum"]
    numbered = venue.replace("[Metro Forum]", "[4]")
    assert found(numbered, "CIT009", "markdown") == ["4"]  # a number marks a citation wherever it stands


def test_hyphenated_words_meet_their_slug() -> None:
    text = "Anti-exfiltration protects 2 hardware wallets since 2021 ([Medium](https://medium.example/anti-exfil-stopping-key-exfiltration-589f02)).\n"
    assert found(text, "CIT009", "markdown") == []


def test_a_page_whose_address_names_the_outlet_reports_its_story() -> None:
    text = "The firm faces an inquiry, [Bloomberg reported](https://www.reuters.com/article/us-firm-inquiry-bloomberg-idUS1X) in 2019.\n"
    assert found(text, "CIT006", "markdown") == []


def test_a_link_emptied_of_its_text_leaves_residue_in_html() -> None:
    page = "<html><body><article><p>Exports to Canada rose by a third in 2023 <a href=\"https://x.example/r\"></a>. Imports fell.</p></article></body></html>"
    assert len(found(page, "CIT005", "html")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "<Caption>\n  The top ten states are highlighted with hatching <HatchedCircle />. Others are blue.\n</Caption>\n",
        'The trail is marked in red <img src="red-dot.png" alt="">.\n',
    ],
)
def test_an_element_that_shows_something_is_no_gap(text: str) -> None:
    assert found(text, "CIT005", "markdown") == []


_PIECE = (
    "# Our year\n\nThe Harbour Trust raised $2.1 million in 2023 for its lighthouse fund. In June, our director told "
    "the story of the appeal to a national audience in a two-part series{site} "
    "([1](https://www.coastradio.example/2023/06/19/a-keepers-daughter-returns-to-the-rock), "
    "[2](https://www.coastradio.example/news/2023/06/20/storms-and-the-last-keeper)), in the week the appeal closed.\n"
)


@pytest.mark.parametrize(("site", "flagged"), [(" on Coast Radio", False), (" on the radio", True), ("", True)])
def test_off_topic_spares_a_piece_named_on_its_site(site: str, flagged: bool) -> None:
    """A sentence that names the piece and the site the links point to says what the cited pages are (CIT009)."""
    report = auditor.audit_text(_PIECE.format(site=site), "markdown").to_dict()
    assert any(f["rule"] == "CIT009" for f in report["findings"]) is flagged
