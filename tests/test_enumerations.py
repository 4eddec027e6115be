"""A count announced and a list of another length after it (auditor.compare.enumerations, reported as CON003).
Every article and sentence here is invented for the test."""

from __future__ import annotations

import pytest

import auditor
from auditor.compare.enumerations import named_counts


def counts(markdown: str) -> list[list[object]]:
    """The values ([announced, listed]) of the CON003 findings on a Markdown article."""
    report = auditor.audit_text(markdown, input_format="markdown", source="t.md")
    return [list(f.evidence["values"]) for f in report.findings if f.rule == "CON003"]


def steps(n: int, numbered: bool = True) -> str:
    return "".join(f"{i}. Step number {i} of the job.\n" if numbered else f"- Step number {i} of the job.\n"
                   for i in range(1, n + 1))


@pytest.mark.parametrize(
    ("announcement", "found"),
    [
        ("# Five ways to save on fuel\n\nSmall habits add up.\n\n", [[5, 6]]),
        ("# 5 easy ways to save on fuel\n\n", [[5, 6]]),
        ("# 5 habits of thrifty drivers\n\n", [[5, 6]]),
        ("# Saving fuel\n\nThere are five stages:\n\n", [[5, 6]]),
        ("# Saving fuel\n\nHere are five habits that help.\n\n", [[5, 6]]),
        ("# Saving fuel\n\nThe guide lists five habits:\n\n", [[5, 6]]),
        # the count agrees, or the list is a selection or a bound
        ("# Six ways to save on fuel\n\n", []),
        ("# Top 5 ways to save on fuel\n\n", []),
        ("# Saving fuel\n\nHere are at least five habits that help.\n\n", []),
        ("# Saving fuel\n\nFive drivers told us their habits:\n\nOne of them wrote a book.\n\n", []),
        ("# 10 minutes to a cheaper commute\n\n", []),
        ("# Saving fuel\n\nTwo of the five habits matter most:\n\n", []),
        ("# Saving fuel\n\nHere are the proposals that got five or fewer votes:\n\n", []),
        ("# Saving fuel\n\nHere are the teams that won three or less games:\n\n", []),
    ],
)
def test_a_count_over_a_list_of_six(announcement: str, found: list[list[object]]) -> None:
    assert counts(announcement + steps(6)) == found
    assert counts(announcement + steps(6, numbered=False)) == found


def test_nested_items_are_not_counted() -> None:
    article = "# Three steps to a new permit\n\n1. Fill in the form.\n   - Sign it.\n   - Date it.\n2. Add a photo.\n3. Pay the fee.\n"
    assert counts(article) == []
    assert counts(article + "4. Wait for the letter.\n") == [[3, 4]]


def test_a_section_with_two_lists_or_a_list_far_from_its_heading_is_not_read() -> None:
    two = "# Four tips for the allotment\n\n- Dig early.\n- Water late.\n\nThen the tools:\n\n- a spade;\n- a fork;\n- a hoe.\n"
    assert counts(two) == []
    far = "# Four tips for the allotment\n\nOne.\n\nTwo.\n\nThree.\n\n- Dig early.\n- Water late.\n- Weed often.\n"
    assert counts(far) == []


SECTIONS = "\n\n".join(f"## {title}\n\nSome words on it." for title in ("Watering too often", "Planting too close", "Skipping the mulch"))


@pytest.mark.parametrize(
    ("heading", "extra", "found"),
    [
        ("# Three mistakes new gardeners make", "", []),
        ("# Three mistakes new gardeners make", "\n\n## Buying big plants\n\nSmall ones settle.", [[3, 4]]),
        ("# Four mistakes new gardeners make", "", [[4, 3]]),
        ("# Three mistakes new gardeners make", "\n\n## The bottom line\n\nStart small.", []),
        ("# Three mistakes new gardeners make", "\n\n## Conclusion\n\nStart small.", []),
    ],
)
def test_a_heading_count_against_its_subheadings(heading: str, extra: str, found: list[list[object]]) -> None:
    assert counts(f"{heading}\n\nMost are easy to fix.\n\n{SECTIONS}{extra}\n") == found


def test_numbered_subheadings_are_the_ones_counted() -> None:
    body = "\n\n".join(f"## {i}. Tip number {i}\n\nWords." for i in range(1, 5))
    assert counts(f"# Five tips for new cyclists\n\n{body}\n\n## Where to ride\n\nParks.\n") == [[5, 4]]
    assert counts(f"# Four tips for new cyclists\n\n{body}\n\n## Where to ride\n\nParks.\n") == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The three candidates are Ana Ruiz, Ben Cole, Carl Diaz and Dora Finch.", [(3, 4)]),
        ("Its three founders: Ann Lee, Bo Chan, Cy Diaz and Dan Ray.", [(3, 4)]),
        ("The club's four founding members — Sam Hale, Joe Pike and Tom Reed — met at school.", [(4, 3)]),
        ("His three sons, Tom and Sam, run the farm.", [(3, 2)]),
        ("The judges named two finalists: Ann Lee, Bo Chan and Cy Diaz.", [(2, 3)]),
        ("The four member states — France, Spain and Italy — signed the treaty.", [(4, 3)]),
        ("The judges named two finalists: Ann Lee and Bo Chan.", []),
        ("Results came in from three matches: Leeds and Hull won.", []),
        ("They could open three links: Ann and Bo, Bo and Cy, and Ann and Cy.", []),
        # agreeing, a selection, or not a list of what is counted
        ("The three candidates are Ana Ruiz, Ben Cole and Carl Diaz.", []),
        ("His two sons, Tom and Sam, run the farm.", []),
        ("In the three games, Smith and Jones scored.", []),
        ("Two of the three candidates are Ana Ruiz and Ben Cole.", []),
        ("The top three finishers were Ana, Ben, Carl and Dora.", []),
        ("Five candidates are standing, including Ana Ruiz and Ben Cole.", []),
        ("The other two candidates are Ana Ruiz, Ben Cole and Carl Diaz.", []),
    ],
)
def test_a_count_of_names_in_one_claim(text: str, found: list[tuple[int, int]]) -> None:
    assert [(e.count, e.listed) for e in named_counts(0, text)] == found


def test_a_title_over_a_list_and_sections_counts_the_list() -> None:
    sections = "\n\n## Who we are\n\nA club.\n\n## How to join\n\nWrite to us.\n"
    assert counts("# Four ways to help the club\n\nThanks.\n\n" + steps(4) + sections) == []
    assert counts("# Four ways to help the club\n\nThanks.\n\n" + steps(5) + sections) == [[4, 5]]


def test_a_news_headline_that_opens_with_a_count_announces_nothing() -> None:
    sections = "\n\n".join(f"## Part {name}\n\nWords." for name in ("one", "two", "three", "four"))
    assert counts(f"# Two officers charged over the missing files\n\n{sections}\n") == []
    assert counts(f"# Two officers say the files were lost\n\n{sections}\n") == []


def test_bonus_and_numbered_subheadings() -> None:
    body = "\n\n".join(f"## Technique {i}: Do thing {i}\n\nWords." for i in range(1, 4))
    extra = "\n\n## Bonus technique: one more\n\nWords.\n\n## Summary\n\nWords.\n"
    assert counts(f"# Three techniques for tidy formulas\n\n{body}{extra}") == []
    assert counts(f"# Four techniques for tidy formulas\n\n{body}{extra}") == [[4, 3]]


def test_a_lead_inside_a_list_item_is_not_read() -> None:
    nested = "- The review had two findings:\n    - the pumps are old;\n    - the pipes leak;\n    - the tank is small.\n"
    assert counts("# Water review\n\n" + nested) == []
