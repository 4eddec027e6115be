"""A section's closing source line, a legal citation in the claim, and a writer's placeholder note: each quiet
case beside the contrast that still fires."""

from __future__ import annotations

import pytest

import auditor
from auditor.placeholder_notes import is_placeholder_note
from auditor.sourcing.statutes import carries_legal_citation


def loud(text: str) -> list[tuple[str, str]]:
    report = auditor.audit_text(text, input_format="markdown").to_dict()
    claims = {c["id"]: c["text"] for c in report["claims"]}  # type: ignore[index]
    return [
        (f["rule"], claims.get(f.get("claim"), f["message"]))  # type: ignore[index, union-attr]
        for f in report["findings"]  # type: ignore[union-attr]
        if f["severity"] in ("warning", "error")  # type: ignore[index]
    ]


SECTION = (
    "## Sales before 1930\n\n"
    "Between 1902 and 1918 the county sold 46 school sections at an average of $3.10 per acre.\n\n"
    "A ledger audit ordered in 1927 found that 11 of the sales had gone to buyers who resold within a year.\n\n"
    "{line}"
    "## Later\n\nThe council met in the new hall.\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "Archive cited: County Archive, *Ledger of School Land Sales*, March 2, 2021.\n\n",
        "Source: County Archive, Ledger of School Land Sales, 2021.\n\n",
        "Data from: the County Archive's ledger of school-land sales.\n\n",
    ],
    ids=["word-cited", "source", "data-from"],
)
def test_a_source_line_closing_its_section_covers_the_section(line: str) -> None:
    found = loud(SECTION.format(line=line))
    assert not [f for f in found if "$3.10" in f[1] or "11 of the sales" in f[1]]
    assert not [f for f in found if "Archive" in f[1]]  # the line itself is never a claim


def test_a_section_without_a_source_line_stays_loud() -> None:
    found = loud(SECTION.format(line=""))
    assert ("CIT001", "Between 1902 and 1918 the county sold 46 school sections at an average of $3.10 per acre.") in found


def test_a_source_line_in_the_middle_of_a_section_covers_only_the_paragraph_above() -> None:
    text = SECTION.format(line="").replace(
        "A ledger audit", "Source: County Archive, Ledger of School Land Sales, 2021.\n\nA ledger audit"
    )
    text = text.replace("## Later", "Flooding in 1929 washed out 600 acres of the river land, a loss of $41,000.\n\n## Later")
    found = loud(text)
    assert not [f for f in found if "$3.10" in f[1]]
    assert any("$41,000" in f[1] for f in found)


@pytest.mark.parametrize(
    ("cited", "plain"),
    [
        (
            "The Reclamation Act of June 17, 1902 (32 Stat. 388) funded irrigation works in 17 western states.",
            "The Reclamation Act of June 17, 1902 funded irrigation works in 17 western states.",
        ),
        (
            "The permit program (33 U.S.C. § 1342) covers more than 40,000 discharge points today.",
            "The permit program covers more than 40,000 discharge points today.",
        ),
        (
            "The court upheld the 1988 rule in Harlan v. Ridge Water District, 612 P.2d 88, which cost farms $2 million.",
            "The court upheld the 1988 rule in the Harlan case, which cost farms $2 million.",
        ),
    ],
    ids=["stat", "usc", "reporter"],
)
def test_a_claim_that_carries_its_legal_citation_is_sourced(cited: str, plain: str) -> None:
    assert not loud(cited)
    assert [r for r, _ in loud(plain)] == ["CIT001"]


def test_a_list_item_that_cites_its_case_covers_the_item() -> None:
    item = "- **Harlan v. Ridge Water District**{cite} — The district paid $450,000 in 1981 to settle 31 claims.\n"
    assert not loud(item.format(cite=", 612 P.2d 88 (Colo. 1980)"))
    assert [r for r, _ in loud(item.format(cite=""))] == ["CIT001"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Smith v. Jones (Mont. 1979) held so.", True),
        ("Under Pub. L. No. 101-336 the rule applies.", True),
        ("The rule is at 40 C.F.R. § 60.1 now.", True),
        ("It rose 5 F. 80 degrees.", False),  # no reporter volume: a temperature
        ("In 2023 U.S. 30 million people moved.", False),
        ("On 12 Jan. 2024 it fell.", False),
        ("Sales v. costs (2024) were close.", False),  # "v." needs a capital after it
    ],
)
def test_legal_citation_forms(text: str, expected: bool) -> None:
    assert carries_legal_citation(text) is expected


@pytest.mark.parametrize(
    "note",
    ["CITE PENDING", "VERIFY", "VERIFY: original transcript not located", "TK", "source?", "citation TBD",
     "ref needed", "Check source — minutes missing", "CITE PENDING for current value", "Source: TBD", "todo"],
)
def test_placeholder_notes(note: str) -> None:
    assert is_placeholder_note(note)


@pytest.mark.parametrize(
    "note",
    ["sic", "1", "emphasis added", "PDF", "video", "Updated", " ", "x", "VERIFIED", "Source: the 2020 census",
     "see source", "ref. 12", "pending", "check", "?", "references below"],
)
def test_brackets_that_are_no_placeholder(note: str) -> None:
    assert not is_placeholder_note(note)


def test_a_parenthesised_abbreviation_is_no_placeholder() -> None:
    assert is_placeholder_note("TK", "[") and not is_placeholder_note("TK", "(")
    assert is_placeholder_note("cite", "(")


@pytest.mark.parametrize(
    ("marked", "expected"),
    [
        ("By 1890 the rope works employed 220 people and made $40,000 a year [CITE PENDING].", ["CIT002"]),
        ("By 1890 the rope works employed 220 people and made $40,000 a year [VERIFY: ledger lost].", ["CIT002"]),
        ("By 1890 the rope works employed 220 people [sic] and made $40,000 a year.", ["CIT001"]),
        ("By 1890 the rope works employed 220 people and made $40,000 a year [VERIFIED].", ["CIT001"]),
        ("By 1890 the rope works employed 220 people `[TODO]` and made $40,000 a year.", ["CIT001"]),
    ],
    ids=["pending", "verify-note", "sic", "verified", "code"],
)
def test_a_placeholder_note_is_a_placeholder_citation(marked: str, expected: list[str]) -> None:
    assert sorted(r for r, _ in loud(marked)) == expected


ENTRY = (
    "## Overview\n\n{sentence}\n\n"
    "The state received sections 16 and 36 of each township, about 2.5 million acres in all.\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "North Dakota was admitted to the Union on November 2, 1889.",
        "North Dakota became the 39th state on November 2, 1889.",
        "Ghana gained independence from Britain on March 6, 1957.",
    ],
)
def test_an_admission_or_independence_date_is_reference_knowledge(sentence: str) -> None:
    assert not [f for f in loud(ENTRY.format(sentence=sentence)) if "November 2" in f[1] or "1957" in f[1]]


def test_the_same_sentence_with_a_figure_still_needs_its_source() -> None:
    found = loud(ENTRY.format(sentence="North Dakota was admitted to the Union in 1889 with about 190,000 residents."))
    assert any("190,000" in f[1] for f in found)


def test_an_event_of_something_else_is_no_almanac_fact() -> None:
    from auditor.sourcing.almanac import almanac_fact

    assert not almanac_fact("The board says it joined the Union in 1890.")
    assert not almanac_fact("North Dakota joined the Union with 190,000 residents.")  # no date


@pytest.mark.parametrize(
    ("owned", "expected"),
    [
        ("Across the region, Harbor Eats' data reveals that most people order a hot drink with lunch.", []),
        ("Across the region, Acme's data reveals that most people order a hot drink with lunch.", []),
        ("Across the region, data reveals that most people order a hot drink with lunch.", ["CIT001"]),
        ("Across the region, the data reveals that most people order a hot drink with lunch.", ["CIT001"]),
    ],
)
def test_a_research_phrase_a_name_owns_names_its_source(owned: str, expected: list[str]) -> None:
    assert [r for r, _ in loud(owned)] == expected
