"""Note numbers glued after a word's full stop ("... cancer.1 Rates"), as a page copied without its ``<sup>``
leaves them: citations when notes answer them, dangling (CIT004) when the prose counts 1, 2, 3 and no note is
there, and plain text everywhere else."""

from __future__ import annotations

import auditor

BODY = (
    "# Garden lunches\n\n"
    "Schools with a garden served 23% more vegetables at lunch in the first year.1 "
    "Pupils who worked in one ate about half a portion more each day.2\n\n"
    "The effect faded after three years where no teacher looked after the beds.3\n"
)
NOTES = (
    "\n## Notes\n\n"
    "1. County schools, garden survey, 2021.\n"
    "2. Mendes and Quist, Journal of Child Nutrition, 2022.\n"
    "3. County schools, garden survey, 2023.\n"
)


def loud(text: str, fmt: str = "markdown") -> list[str]:
    return sorted(f.rule for f in auditor.audit_text(text, fmt).findings if f.severity != "info")


def claims(text: str, fmt: str = "markdown") -> list[str]:
    return [c.text for c in auditor.audit_text(text, fmt).claims]


def test_notes_at_the_end_answer_glued_numbers() -> None:
    report = auditor.audit_text(BODY + NOTES, "markdown")
    assert [f.rule for f in report.findings if f.severity != "info"] == []
    worthy = [c for c in report.claims if c.check_worthy]
    assert worthy and all(c.citations for c in worthy)


def test_glued_numbers_counted_one_two_three_with_no_notes_dangle() -> None:
    assert loud(BODY) == ["CIT004", "CIT004", "CIT004"]
    messages = [f.message for f in auditor.audit_text(BODY, "markdown").findings if f.rule == "CIT004"]
    assert messages[0].startswith("Dangling note number 1 has no note in the article")


def test_the_number_is_not_part_of_the_claim() -> None:
    assert claims(BODY + NOTES)[0].endswith("in the first year.")


def test_html_superscripts_with_no_notes_dangle() -> None:
    page = "<article><h1>Lunches</h1><p>" + BODY.split("\n\n", 1)[1].replace("\n", " ") + "</p></article>"
    page = page.replace("year.1", "year.<sup>1</sup>").replace("day.2", "day.<sup>2</sup>")
    page = page.replace("beds.3", "beds.<sup>3</sup>")
    assert loud(page, "html") == ["CIT004", "CIT004", "CIT004"]


def test_a_lone_glued_number_is_not_read_as_a_note() -> None:
    text = "# Lunches\n\nSchools with a garden served 23% more vegetables at lunch in the first year.4 Pupils ate more.\n"
    assert "CIT004" not in loud(text)


def test_a_lone_one_that_ends_its_paragraph_dangles() -> None:
    text = "# Lunches\n\nPupils ate more.\n\nGardens raised vegetable servings by 23% in the first year.1\n"
    assert loud(text) == ["CIT004"]
    assert "CIT004" not in loud(text.replace("year.1", "year.2"))


def test_numbers_that_do_not_count_up_are_not_notes() -> None:
    text = BODY.replace("year.1", "year.7").replace("day.2", "day.2")
    assert "CIT004" not in loud(text)


def test_labels_and_decimals_are_not_notes() -> None:
    for body in (
        "The layout is in Fig.1 The beds face south. The plan is in Fig.2 The shed is new.",
        "Version 2023.1 The next came in 2023.2 It was faster.",
        "The song reached No.1 In all charts. It then fell to No.2 In June.",
    ):
        assert "CIT004" not in loud(f"# Notes on a garden\n\n{body}\n")
