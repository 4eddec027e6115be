"""Four kinds of false alarm from real Markdown blogs (set M): a link whose text ends in a space read as a
stripped citation, two groups picked out by opposite relative clauses read as a statement and its denial,
"they" going on with a named speaker's words read as an unnamed source, and a fact sheet's own estimate."""

from __future__ import annotations

from auditor.api import audit_text
from auditor.checks.citations import _link_closes_in
from auditor.sourcing.voice import they_speak

HEAD = "---\ntitle: {title}\ndate: 2024-05-02\n---\n\n"


def rules(text: str, title: str = "A post about the county") -> list[str]:
    report = audit_text(HEAD.format(title=title) + text, input_format="markdown")
    return [f.rule for f in report.findings if f.severity != "info"]


def test_a_link_closing_in_the_gap_is_no_residue() -> None:
    assert _link_closes_in(" </a>.")
    assert not _link_closes_in(' <a href="https://x.example/a"></a>.')
    assert not _link_closes_in(" .")


def test_link_text_ending_in_a_space_is_not_stripped() -> None:
    text = (
        'Vacancies grew, as <a href="https://a.example/vacancies">the board\'s figures show </a>.\n\n'
        'Wages rose 9 percent, compared to <a href="https://b.example/pay.pdf"> 3 percent for all jobs </a>.\n'
    )
    assert "CIT005" not in rules(text)


def test_emptied_links_are_still_stripped() -> None:
    text = (
        'The board trained 14 pilots in 2023 <a href="https://a.example/t"></a>. '
        'It plans to train 20 more in 2024 <a href="https://a.example/p"></a>.\n'
    )
    assert rules(text).count("CIT005") == 2


def test_opposite_relative_clauses_pick_out_two_groups() -> None:
    text = (
        "The summary is for the readers who don't relish the idea of reading a 90-page judgment over breakfast.\n\n"
        "The court found the fares unlawful.\n\n"
        "Here is the judgment, for the readers who do relish the idea of reading a 90-page judgment over breakfast.\n"
    )
    assert "CON005" not in rules(text)
    groups = "Residents who did not vote in the election were fined.\n\nResidents who voted in the election were fined.\n"
    assert "CON005" not in rules(groups)


def test_a_denial_outside_a_relative_clause_still_conflicts() -> None:
    text = "The mayor did not attend the opening of the harbour on Monday.\n\nThe mayor attended the opening of the harbour on Monday.\n"
    assert "CON005" in rules(text)


def test_they_speak() -> None:
    assert they_speak("Similarly, they claim that the records are incomplete.")
    assert they_speak("They said the bridge would reopen.")
    assert not they_speak("They rebuilt the bridge in 1998.")
    assert not they_speak("He claims that the records are incomplete.")


def test_they_continue_a_named_speaker() -> None:
    text = (
        "The auditors said that most clinics had too few nurses in 2023. Similarly, they claim that groups that "
        "available data suggest are underserved were left out of the plan.\n"
    )
    assert "CIT001" not in rules(text)


def test_they_after_a_vague_speaker_name_no_one() -> None:
    text = (
        "Experts say rural clinics are in trouble. They claim that groups that available data suggest are "
        "underserved were left out of the plan.\n"
    )
    assert rules(text).count("CIT001") == 2


def test_they_with_no_speaker_before() -> None:
    text = (
        "Most clinics had too few nurses in 2023. Similarly, they claim that groups that available data suggest "
        "are underserved were left out of the plan.\n"
    )
    assert "CIT001" in rules(text)


ESTIMATE = "Reaching the goal will avoid an estimated 4 million metric tons of carbon emissions a year.\n"


def test_a_fact_sheet_gives_its_own_estimate() -> None:
    assert "CIT001" not in rules(ESTIMATE, title="'FACT SHEET: A plan for rooftop solar'")
    assert "CIT001" not in rules(ESTIMATE, title="'Fact sheet - a plan for rooftop solar'")


def test_a_story_about_a_fact_sheet_does_not() -> None:
    assert "CIT001" in rules(ESTIMATE, title="What the new fact sheet on rooftop solar says")
    assert "CIT001" in rules(ESTIMATE, title="A plan for rooftop solar")


def test_they_continue_a_named_finding() -> None:
    for before in (
        "The county audit office found that most clinics had too few nurses.",
        "The report found that most clinics had too few nurses.",
    ):
        text = (
            f"{before} Similarly, they claim that groups that available data suggest are underserved were left out "
            "of the plan.\n"
        )
        assert "CIT001" not in rules(text), before


def test_they_after_vague_finders_name_no_one() -> None:
    text = (
        "The experts found that most clinics had too few nurses. Similarly, they claim that groups that available "
        "data suggest are underserved were left out of the plan.\n"
    )
    assert "CIT001" in rules(text)
