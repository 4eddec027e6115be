"""A verb that denies another of the same object ("refused the post" / "accepted the post"; knowledge/predicates.json
'denies', auditor.compare.predicates, reported as CON005). Every sentence here is invented for the test."""

from __future__ import annotations

import pytest

import auditor
from auditor.article import analyse
from auditor.compare.pairing import pairing
from auditor.compare.predicates import find_predicate


def con005(*sentences: str) -> list[str]:
    report = auditor.audit_text("\n\n".join(sentences), input_format="text", source="test")
    return [f.rule for f in report.findings if f.rule == "CON005"]


def test_a_denying_verb_reads_as_the_denied_verb_negated() -> None:
    p = pairing(analyse(auditor.load_document("Dana Whitlow turned down the chair of the Lydd Rowing Club.", input_format="text")))
    found = find_predicate(0, p.texts[0], p)
    assert found is not None and found.verb == "accept" and found.negated and found.denying


def test_a_passive_denying_phrase_is_read_as_active() -> None:
    p = pairing(analyse(auditor.load_document("Ivo Marsh was killed in the Lydd Mill fire.", input_format="text")))
    found = find_predicate(0, p.texts[0], p)
    assert found is not None and found.verb == "surviv" and found.negated and not found.passive


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Dana Whitlow accepted the chair of the Lydd Rowing Club.", "Dana Whitlow refused the chair of the Lydd Rowing Club."),
        ("Dana Whitlow rejected the chair of the Lydd Rowing Club.", "Dana Whitlow accepted the chair of the Lydd Rowing Club."),
        ("Ada Brennan attended the opening of the Skerry Bridge.", "Ada Brennan missed the opening of the Skerry Bridge."),
        ("Tomas Greer admitted the theft of the parish silver.", "Tomas Greer denied the theft of the parish silver."),
        ("Ivo Marsh perished in the Lydd Mill fire.", "Ivo Marsh survived the Lydd Mill fire and rebuilt the mill."),
    ],
)
def test_an_act_and_its_denial_by_another_verb_are_flagged(one: str, other: str) -> None:
    assert con005(one, "The weather was fine that year.", other) == ["CON005"]


@pytest.mark.parametrize(
    ("one", "other"),
    [
        # a change of course: two times
        ("Dana Whitlow refused the chair of the Lydd Rowing Club at first.", "Dana Whitlow later accepted the chair of the Lydd Rowing Club."),
        ("Dana Whitlow refused the chair of the Lydd Rowing Club.", "Dana Whitlow eventually accepted the chair of the Lydd Rowing Club."),
        # another object
        ("Ada Brennan missed the opening of the Skerry Bridge.", "Ada Brennan attended the opening of the Kelso Library."),
        # another person
        ("Ivo Marsh perished in the Lydd Mill fire.", "Piet Marsh survived the Lydd Mill fire."),
        # another year
        ("Dana Whitlow refused the chair of the Lydd Rowing Club.", "Dana Whitlow accepted the chair of the Lydd Rowing Club in 2019."),
    ],
)
def test_a_change_of_course_another_object_or_year_is_not_flagged(one: str, other: str) -> None:
    assert con005(one, "The weather was fine that year.", other) == []


def test_opposite_verbs_of_two_objects_are_not_flagged() -> None:
    """A near-identical pair whose flipped verbs take different objects ("lost her purse" / "won a prize") tells two acts."""
    assert con005("Ada Brennan lost her purse at the Kelso market.", "Ada Brennan won a prize at the Kelso market.") == []


def test_opposite_verbs_of_one_object_are_still_flagged() -> None:
    assert con005(
        "The Kelso Rovers won the county final against the Dunmore Rovers.",
        "The crowd celebrated for hours.",
        "The Kelso Rovers lost the county final to the Dunmore Rovers.",
    ) == ["CON005"]
