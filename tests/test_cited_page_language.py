"""CIT009 compares a cited page's slug with the whole item its link covers, and stays quiet on a slug written in
another language (its words are no English words), while an English slug on another subject still fires."""

from __future__ import annotations

import auditor
from auditor.english import reads_as_english


def off_topic(text: str) -> list[str]:
    report = auditor.audit_text(text, "markdown").to_dict()
    return [f["evidence"]["url"] for f in report["findings"] if f["rule"] == "CIT009"]


FOREIGN = "https://www.diariodelpuerto.example/2025/03/ayuntamiento-aprueba-subvencion-mayor-para-transbordador"
ELSEWHERE = "https://www.coastcourier.example/2025/03/recipes-summer-salads-grilling-season"


def test_english_words_are_read_as_english_and_others_are_not() -> None:
    assert reads_as_english({"council", "approves", "stadium", "budget"})
    assert reads_as_english({"mayor", "visits", "talks", "marrowville"})  # a name among English words
    assert not reads_as_english({"ayuntamiento", "aprueba", "subvencion", "transbordador"})


def test_a_slug_in_another_language_is_not_judged() -> None:
    text = f"The council voted 21 to 4 to raise the ferry subsidy to 1.4 million euros a year from 2026. ([Diario]({FOREIGN}))\n"
    assert off_topic(text) == []


def test_an_english_slug_on_another_subject_still_fires() -> None:
    text = f"The council voted 21 to 4 to raise the ferry subsidy to 1.4 million euros a year from 2026. ([Coast Courier]({ELSEWHERE}))\n"
    assert off_topic(text) == [ELSEWHERE]


ITEM = (
    "## Harbour dredging to begin in the spring\n\n"
    "The port authority said dredging of the inner harbour will begin in April and take about 14 months.\n\n"
    "The contract is worth 6.2 million euros. Work is due to finish by mid-2026. ([Coast Courier]({url}), 2 minute read)\n"
)
ON_TOPIC = "https://www.coastcourier.example/2025/03/harbour-dredging-begin-spring-contract-works"


def test_the_slug_is_compared_with_the_whole_item_its_closing_link_covers() -> None:
    assert off_topic(ITEM.format(url=ON_TOPIC)) == []


def test_an_off_topic_slug_closing_an_item_still_fires() -> None:
    assert off_topic(ITEM.format(url=ELSEWHERE)) == [ELSEWHERE]


def test_a_link_the_paragraph_goes_on_after_covers_only_its_paragraph() -> None:
    text = (
        "## Harbour dredging to begin in the spring\n\n"
        "The port authority said dredging of the inner harbour will begin in April and take about 14 months.\n\n"
        f"The deal is worth 6.2 million euros ([Coast Courier]({ON_TOPIC})), and the ferry timetable will not change "
        "while the boats use the outer quay for the whole of next year.\n"
    )
    assert off_topic(text) == [ON_TOPIC]
