"""A claim whose source stands next to it (auditor.sourcing.antecedent), as CIT001 reads it."""

from __future__ import annotations

import auditor
from auditor.article import analyse
from auditor.checks.unsourced import unsourced_needs

HEAD = "Sleep notes\n\nSome background on the topic. Nothing here needs a source. Parents worry.\n\n"


def _flagged(body: str) -> list[str]:
    return [c.text for c, _ in unsourced_needs(analyse(auditor.load_document(HEAD + body, input_format="text")))]


def test_a_research_lead_in_is_sourced_by_the_study_named_next() -> None:
    lead = "Now research shows that early bedtimes help children learn."
    assert _flagged(f"{lead} The study is published in the Journal of Pediatric Sleep.\n") == []
    assert _flagged(f"{lead} A 2019 study by researchers at Dover University found children learn better rested.\n") == []
    assert _flagged(f"{lead} [The study](https://example.org/s) followed 600 children.\n") == []
    # the next sentence names no document, or one on another subject
    assert _flagged(f"{lead} Our children go to bed at eight.\n") == [lead]
    assert _flagged(f"{lead} Pool opening hours are listed on [the council site](https://example.org/pool).\n") == [lead]


def test_a_people_lead_in_is_sourced_by_a_named_speaker_next() -> None:
    lead = "Experts say the new sleep guidelines are too strict for teenagers."
    assert _flagged(f"{lead} \"Teenagers need later mornings,\" said Ana Ruiz, a sleep researcher at Dover University.\n") == []
    # a document is not a speaker: the lead-in names people
    assert _flagged(f"{lead} [The guidelines](https://example.org/g) apply to teenagers from May.\n") == [lead]


def test_a_claim_with_its_own_figure_is_no_lead_in() -> None:
    claim = "Experts say 40 percent of teenagers sleep less than seven hours."
    assert _flagged(f"{claim} \"Screens are the cause,\" said Ana Ruiz, a sleep researcher at Dover University.\n") == [claim]


def test_it_found_inherits_the_source_named_before() -> None:
    named = "A new study tracked 600 children. The study is published in the Journal of Pediatric Sleep."
    found = "It found that bright light before bed cut melatonin by 88 percent."
    assert _flagged(f"{named}\n\n{found}\n") == []
    assert _flagged(f"A new study tracked 600 children for a year.\n\n{found}\n") == [found]
    # only the sentence right before a paragraph, not one further back
    assert _flagged(f"{named}\n\nParents were asked to keep a diary.\n\n{found}\n") == [found]


def test_the_study_after_a_named_study_is_the_same_study() -> None:
    text = (
        "Sleep study\n\nResearchers at Dover University published [their findings](https://example.org/f) in May.\n\n"
        "In other words, the study shows that children who sleep more remember more.\n"
    )
    assert [c.text for c, _ in unsourced_needs(analyse(auditor.load_document(text, input_format="text")))] == []


def test_a_view_put_on_a_speaker_the_article_quotes() -> None:
    view = "But Mr Hale warns that the bonds will cost more than the pier."
    quoted = '"Every quarter point costs us," said Tom Hale, an economist at Dover University.'
    assert _flagged(f"{quoted}\n\n{view}\n") == []
    assert _flagged(f"{view}\n") == [view]  # nobody quoted: where did he warn it?


def test_reports_named_just_before_are_the_reports_meant() -> None:
    named = "From The New York Times to CNN, major outlets have carried the news about the oxygen bar."
    vague = "According to reports, the oxygen bar charges $4 for fifteen minutes of air."
    assert _flagged(f"{named} {vague}\n") == []
    assert _flagged(f"Everyone is talking about the oxygen bar. {vague}\n") == [vague]
    assert _flagged(f"{named}\n\n{vague}\n") == [vague]  # only within the paragraph


def test_a_speaker_who_points_out_is_named() -> None:
    lead = "Experts say the market will stay flat in the near term."
    named = "Ana Ruiz, head of research at Dover Securities, pointed out that the market is flat."
    assert _flagged(f"{lead} {named}\n") == []


def test_a_figure_from_a_document_named_with_its_publisher() -> None:
    named = "The research, published in the Journal of Pediatric Sleep, followed 4,000 children for a decade."
    assert _flagged(f"{named}\n") == []
    assert _flagged("The research followed 4,000 children for a decade.\n") == [
        "The research followed 4,000 children for a decade."
    ]
    # a quotation still needs the document it is taken from
    quoted = 'The Small Business Council wrote in its yearly report that "most small firms never bid on contracts".'
    assert _flagged(f"{quoted}\n") == [quoted]


def _flagged_story(text: str) -> list[str]:
    return [c.text for c, _ in unsourced_needs(analyse(auditor.load_document(text, input_format="text")))]


def test_a_standfirst_lead_in_is_sourced_by_who_speaks_in_the_story() -> None:
    lead = "Experts say the courts are moving too slowly on the cases."
    standfirst = f"The long wait\n\nOne suspect was arrested this week. Many others are still free. {lead}\n\n"
    story = (
        "The arrest came after years of searching.\n\nThe police had followed several leads.\n\n"
        "\"The courts have been far too slow with these cases,\" said Lena Marsh, a lawyer at the Dover Rights Office.\n"
    )
    assert _flagged_story(standfirst + story) == []
    # the same words in the body of the story are sourced only by the sentence after them
    body = f"The long wait\n\nOne suspect was arrested this week.\n\nThe police had followed several leads. {lead}\n\n"
    assert _flagged_story(body + story) == [lead]
    # a speaker further down on another subject leaves the standfirst unsourced
    other = story.replace("The courts have been far too slow with these cases", "The weather was fine that day")
    assert _flagged_story(standfirst + other) == [lead]


def test_a_capital_that_opens_the_sentence_names_no_one() -> None:
    claim = "Independent analysts estimate its cost at about $1.6 trillion."
    assert _flagged(f"The war was long. {claim}\n") == [claim]
    assert _flagged("The war was long. Harlow researchers estimate its cost at about $1.6 trillion.\n") == []
