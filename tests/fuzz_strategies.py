"""Hypothesis strategies for articles: random text salted with the syntax the loaders and rules react to.

Pure random text rarely forms a footnote, a link or a date; these strategies
join random pieces with fragments of Markdown, HTML, URLs, citations, numbers,
dates and suppressions, so that the property tests reach the parsers' corners.
Shared by the CI property tests (tests/test_fuzz.py) and the long campaign
(scripts/fuzz_campaign.py).
"""

from __future__ import annotations

from hypothesis import strategies as st

MARKUP = [
    "[", "]", "(", ")", "[^1]", "[^1]: ", "[^note]", "[1]", "[ref]", "[ref]: ", "]: ", "](", "![",
    "<a href=\"", "\">", "</a>", "<a href='#'>", "<div>", "</div>", "<p>", "</p>", "<span>", "<br>", "<table><tr><td>",
    "</td></tr></table>", "<h1>", "</h1>", "<script>", "</script>", "<!--", "-->", "<![CDATA[", "&amp;", "&#x27;",
    "&#0;", "&nbsp;", "&", "<", ">", "<nav>", "<footer>", "<article>", "<meta name=\"date\" content=\"",
    "<time datetime=\"", "<base href=\"", "\"", "'", "`", "```", "~~~", "**", "*", "_", "#", "## ", "> ", ">> ",
    "- ", "* ", "1. ", "| ", " | ", "|---|", "---", "+++", "title: ", "date: ", "\\",
]
URLS = [
    "http://", "https://", "https://www.reuters.com/world/2024/05/02/story-of-the-day/", "http://[", "http://[::1",
    "http://[fe80::1%25eth0]/", "https://example.com:99999/", "https://exa mple.com/", "https://%zz/",
    "https://xn--nxasmq6b.com/", "https://b\u00fccher.example/", "mailto:a@b.c", "javascript:alert(1)", "#", "//",
    "https://bls.gov/news.release/empsit.htm", "https://example.com/a-b-c-d-e-f", "?q=1&r=2", "ftp://x",
    "https://\uff21.example/", "http://2130706433/", "https://a.b/%F0%9F%98%80", "file:///etc/passwd",
]
PROSE = [
    " ", "  ", "\n", "\n\n", "\t", "\r\n", ". ", ", ", "; ", "? ", "! ", "\u2026", "\u00a0", "\u200b", "\ufeff",
    "The council sold 1,200 tickets in 2023.", "Unemployment fell to 3.9% in May 2024", "according to ",
    "experts say", "a study found", "the Labor Department said", "President ", "Biden", "Trump", "Obama",
    "the mayor", "in 1999", "on 2 April 2024", "January", "2024-05-02", "$2.3 billion", "40 percent", "cut ",
    "jobs", "not ", "never ", "rose", "fell", "aged 45", "is 45 years old", "Dr.", "U.S.", "e.g.", "St.", "No. 5",
    "[source]", "(source)", "[citation needed]", "()", "[]", "[text]()", " .", "( )", "via ", "Reuters",
    "Bloomberg", "AP", "<!-- auditor-disable-next-line CIT001 -->", "<!-- auditor-disable CIT -->",
    "<!-- auditor-enable CIT -->", "<!-- auditor-disable -->", "\ud83d\ude00", "\u0301", "\u202e", "\x00", "\x0b",
    "\x1c", "\u2028", "\u2029", "\x85",
    # readers added later: a fenced HTML page, pinned relative years, pointers, period labels, parts of a whole
    "```html\n", "\n```\n", "last year (2017)", "this year (2031)", "take a look here.", "available here.",
    "**May 2017:** ", "June 2019: ", "is split into ", "made up of ", " and ", "a total of ", "five or fewer ",
    "died June 15, 2003", ", 79, of ", "survived by ", "ASSOCIATION, INC.", "members", "dues",
]
_PIECE = st.one_of(
    st.sampled_from(MARKUP),
    st.sampled_from(URLS),
    st.sampled_from(PROSE),
    st.text(max_size=12),
    st.from_regex(r"[A-Z][a-z]{2,9}( [a-z]{2,9}){2,8}\.", fullmatch=True),
    st.integers(min_value=0, max_value=10**7).map(lambda n: f"{n:,}"),
)
articles = st.lists(_PIECE, max_size=60).map("".join)
"""Article-like text: any characters, mostly in the shapes the loaders and rules parse."""
formats = st.sampled_from(["auto", "html", "markdown", "text"])
url_like = st.one_of(st.sampled_from(URLS), st.lists(st.one_of(st.sampled_from(URLS), st.text(max_size=8)), max_size=6).map("".join))
