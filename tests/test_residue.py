"""Markup and code residue never reaches claim text or becomes an empty citation (CIT003).

Named anchors (``<a id>``, ``<a name>``) link nowhere; kramdown and Pandoc attribute lists
(``{: .class}``, ``{.x}``, ``{:target="_blank"}``) render as nothing; call syntax in prose
(``compile()``) is code, not an emptied citation; a cut citation leaves no ``,.`` behind.
"""

from __future__ import annotations

import pytest

import auditor

DATE = "---\ndate: 2024-01-05\n---\n"


def audit(body: str) -> tuple[list[str], list[str]]:
    """(claim texts, rule codes found) of a Markdown article."""
    report = auditor.audit_text(DATE + body, "markdown", "post.md")
    return [c.text for c in report.claims], [f.rule for f in report.findings]


@pytest.mark.parametrize(
    "anchor", ['<a id="cuts"></a>', "<a name='cuts'></a>", '<a name="cuts" class="x"></a>', '<a id="cuts">\n</a>']
)
def test_named_anchors_are_not_empty_citations(anchor: str) -> None:
    texts, rules = audit(f"{anchor}\nThe plant cut 300 jobs in 2023, the company said.\n\nIt cut 40 more in 2024 {anchor} in May.\n")
    assert "CIT003" not in rules
    assert texts == ["The plant cut 300 jobs in 2023, the company said.", "It cut 40 more in 2024 in May."]


def test_an_anchor_without_href_keeps_its_text_and_an_empty_href_is_still_empty() -> None:
    texts, rules = audit('The plant cut 300 jobs in 2023, <a name="x">the filing shows</a>.\n\nIt cut 40 more in 2024 (<a href="">filing</a>).\n')
    assert texts[0] == "The plant cut 300 jobs in 2023, the filing shows."
    assert rules.count("CIT003") == 1


@pytest.mark.parametrize(
    ("written", "claim"),
    [
        ("The bridge carried 9,000 cars a day in 2022.\n{: .note}\n", "The bridge carried 9,000 cars a day in 2022."),
        ("Read [the survey](https://example.com/s){:target=\"_blank\"} on 2022 sales, up 5%.\n", "Read the survey on 2022 sales, up 5%."),
        ("The city grew by 5% in 2021 {: #growth .figure key='v'} after the census.\n", "The city grew by 5% in 2021 after the census."),
        ("The city grew by 5% in 2021 {.lead} after the census.\n", "The city grew by 5% in 2021 after the census."),
        ("The city grew by 5% in 2021 {#growth} after the census.\n", "The city grew by 5% in 2021 after the census."),
        ("* The fleet grew by 7% in 2020.\n{: .list}\n", "The fleet grew by 7% in 2020."),
        ("{::options parse_block_html=\"true\" /}\n\nThe fleet grew by 7% in 2020.\n", "The fleet grew by 7% in 2020."),
    ],
)
def test_attribute_lists_never_reach_claim_text(written: str, claim: str) -> None:
    texts, _ = audit(written)
    assert texts == [claim]


@pytest.mark.parametrize(
    "prose",
    [
        "The team said the model ran 30% faster in 2023 with {x} enabled.",  # braces that are no attribute list
        "The set {1, 2, 3} grew to {1, 2, 3, 4} in 2023.",
        "In 2023 the {.5} ratio held.",
    ],
)
def test_braces_that_are_not_attribute_lists_stay(prose: str) -> None:
    assert audit(prose + "\n")[0] == [prose]


def test_call_syntax_in_prose_is_code_kept_as_written() -> None:
    texts, rules = audit(
        "The release added musig() keys in 2023, and torch.compile() ran 30% faster.\n\n"
        "The fix landed in 2023, 30% faster ().\n"
    )
    assert texts == [
        "The release added musig() keys in 2023, and torch.compile() ran 30% faster.",
        "The fix landed in 2023, 30% faster.",
    ]
    assert rules.count("CIT003") == 1  # only the free-standing "()"


@pytest.mark.parametrize(
    ("written", "claim"),
    [
        ("Revenue rose 12% in 2023, [according to the filing](https://example.com/r).", "Revenue rose 12% in 2023."),
        ("Revenue rose 12% in 2023; [1].\n\n[1]: https://example.com/one", "Revenue rose 12% in 2023."),
        ("Revenue rose 12% in 2023, [1], after a weak 2022.\n\n[1]: https://example.com/one", "Revenue rose 12% in 2023, after a weak 2022."),
        ("Revenue rose 12% in 2023, ().", "Revenue rose 12% in 2023."),
        ("Revenue rose 12% in 2023 in some states, e.g., [Ohio](https://example.com/oh).", "Revenue rose 12% in 2023 in some states, e.g."),
        ("Revenue rose 12% in 2023 (see [1], [2]) in Ohio.\n\n[1]: https://example.com/one\n[2]: https://example.com/two", "Revenue rose 12% in 2023 (see) in Ohio."),
        ("Revenue rose 12% in 2023 ([1], [2]) in Ohio.\n\n[1]: https://example.com/one\n[2]: https://example.com/two", "Revenue rose 12% in 2023 in Ohio."),
    ],
)
def test_a_cut_citation_leaves_no_stray_punctuation(written: str, claim: str) -> None:
    assert audit(written + "\n")[0] == [claim]


def test_punctuation_the_author_wrote_is_kept() -> None:
    prose = "The std::vector type, the a:b ratio and e.g., the 2023 figures held."
    assert audit(prose + "\n")[0] == [prose]
