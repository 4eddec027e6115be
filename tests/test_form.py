"""What a document is, from its structure (auditor.form): conversations and release notes."""

from __future__ import annotations

import auditor
from auditor.form import form_of, speaker_label
from auditor.load import load_document

INTERVIEW = """---
title: Five questions with a harbor pilot
---
We spoke with Dana Reyes, who has guided ships into Port Alden for 20 years.

**Sam Ortiz: How many ships do you guide in a year?**

**Dana Reyes:** About 400. The busiest month was March 2023, with 52 ships.

**SO: What has changed since you started?**

**DR:** The ships are three times bigger than in 2004.

The cranes are new too.

**SO: Anything else?**

**DR:** Come and visit the harbor museum.

## About the series

This series talks to people who keep the port running.
"""


def test_speaker_turns_make_a_conversation_up_to_the_next_heading() -> None:
    doc = load_document(INTERVIEW, "markdown")
    form = form_of(doc)
    texts = [doc.text[b.start : b.end] for b in doc.blocks]
    spoken = {texts[i] for i in form.spoken}
    assert form.kind == "conversation"
    assert form.speakers == ("DR", "SO")
    assert "Sam Ortiz: How many ships do you guide in a year?" in spoken  # opens the conversation
    assert "The cranes are new too." in spoken  # a turn's second paragraph
    assert not any(t.startswith("We spoke with") for t in spoken)
    assert not any(t.startswith("This series") for t in spoken)


def test_labels_that_name_no_speaker_make_no_conversation() -> None:
    text = "Note: the pier is closed.\n\nTime: 8 a.m.\n\nNote: bring ID.\n\nTime: 9 a.m.\n\nNote: no pets.\n\nTime: 10 a.m.\n"
    assert form_of(load_document(text, "markdown")).kind == "article"
    assert speaker_label("Note: the pier is closed.") is None
    assert speaker_label("14: projects in beta") is None
    assert speaker_label("MK: Did you use the lessons?") == "MK"


def test_version_headings_make_release_notes_and_numbered_sections_do_not() -> None:
    notes = "# Changelog\n\n## [2.1.0] - 2024-05-01\n\n### Fixed\n\n- Imports 40% faster.\n\n## Roadmap\n\nMore soon.\n"
    doc = load_document(notes, "markdown")
    form = form_of(doc)
    assert [doc.text[doc.blocks[i].start : doc.blocks[i].end] for i in sorted(form.release_notes)] == [
        "Imports 40% faster."
    ]
    sections = "## 1.2 Background\n\nThe port opened in 1901.\n"
    assert form_of(load_document(sections, "markdown")).release_notes == frozenset()


BALLOT = """# The library levy

The levy would raise $2 million a year for the town library, the council said.

Voters mark one line:

____ YES, I approve of the library levy.

____ NO, I do not approve of the library levy.
"""


def test_options_that_open_with_a_blank_or_a_box_are_choices_and_not_claims() -> None:
    doc = load_document(BALLOT, "markdown")
    form = form_of(doc)
    assert sorted(
        doc.text[doc.blocks[i].start : doc.blocks[i].end].split(",")[0].lstrip("_ ") for i in form.choices
    ) == ["NO", "YES"]
    boxes = "Tick one:\n\n☐ I will attend the meeting.\n\n☑ I will not attend the meeting.\n"
    assert len(form_of(load_document(boxes, "text")).choices) == 2
    # One line that opens with a blank is only a line; an underscore that starts emphasis is no blank.
    assert not form_of(load_document("____ YES, the levy passed in May.\n\nTurnout was 40%.\n", "text")).choices
    assert not form_of(load_document("_Note_ the levy passed.\n\n_Also_ the vote was close.\n", "markdown")).choices


def test_choices_are_not_claims_so_their_answers_do_not_contradict() -> None:
    from auditor.api import audit_text

    report = audit_text(BALLOT, input_format="markdown")
    assert not [c.text for c in report.claims if "approve" in c.text]
    assert not [f for f in report.findings if f.rule == "CON005"]
    assert len(report.claims) == 2  # the levy's sentence and the lead-in stay claims
    without = audit_text(BALLOT.replace("____ ", ""), input_format="markdown")
    assert [f.rule for f in without.findings if f.rule == "CON005"] == ["CON005"]  # the form's marks decide


def test_a_long_blank_in_plain_text_is_a_choice() -> None:
    text = "Mark one:\n\n______________ YES, I approve of the levy.\n\n______________ NO, I do not approve of the levy.\n"
    assert len(form_of(load_document(text, "text")).choices) == 2


def _con003_values(text: str) -> list[object]:
    report = auditor.audit_text(text, input_format="markdown", source="test")
    return [f.evidence["values"] for f in report.findings if f.rule == "CON003"]


TURNS = (
    "Welcome back. Today we talk about the estuary bridge.",
    "Thanks for having me. The estuary bridge carries 9,000 cars a day.",
    "Is that right?",
    "It is busy, yes.",
    "I read that the estuary bridge carries 12,000 cars a day.",
    "Maybe on a weekday.",
)


def test_time_codes_before_speaker_labels_make_a_transcript() -> None:
    assert speaker_label("[0:01:29.4] JB: Yes, sure.") == "JB"
    assert speaker_label("(12:03) Ann Lee: Yes.") == "Ann Lee"
    assert speaker_label("00:41:07 Q: Why?") == "Q"
    assert speaker_label("12:30 Lunch: sandwiches in the hall") is None  # a schedule's hour, not a time code
    transcript = "# Episode 12\n\n" + "\n\n".join(
        f"[0:00:{10 + 5 * n:02d}.1] {('AL', 'MK')[n % 2]}: {turn}" for n, turn in enumerate(TURNS)
    )
    assert form_of(load_document(transcript, "markdown")).kind == "conversation"
    assert _con003_values(transcript) == []  # one speaker's figure against another's: a conversation
    prose = "# Episode 12\n\n" + "\n\n".join(TURNS)
    assert _con003_values(prose) == [["9,000", "12,000"]]  # the article's own statements
