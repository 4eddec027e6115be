"""A denial against an affirmation worded differently (auditor.compare.predicates, reported as CON005).

Every sentence here is invented for the test."""

from __future__ import annotations

import pytest

import auditor
from auditor.article import analyse
from auditor.compare.pairing import pairing
from auditor.compare.predicates import find_predicate, predicate_conflicts


def con005(*sentences: str) -> list[tuple[str, tuple[str, ...]]]:
    report = auditor.audit_text("\n\n".join(sentences), input_format="text", source="test")
    return [(f.claim or "", f.related) for f in report.findings if f.rule == "CON005"]


def test_a_predicate_steps_over_an_apposition_and_a_description_of_the_subject() -> None:
    text = "Storm Orla, known locally as Big Wind, was a gale that made landfall in the Skerry Isles in March 2021."
    p = pairing(analyse(auditor.load_document(text, input_format="text")))
    found = find_predicate(0, p.texts[0], p)
    assert found is not None
    assert found.subject == "storm orla"
    assert "reach" in found.keys and not found.negated
    assert found.obj[:2] == ("skerry", "isl")


def test_a_denial_reads_its_negator_and_whether_it_is_absolute() -> None:
    p = pairing(analyse(auditor.load_document("Storm Orla never reached the Skerry Isles.", input_format="text")))
    found = find_predicate(0, p.texts[0], p)
    assert found is not None and found.negated and found.absolute and found.verb == "reach"


def test_a_common_word_opening_a_sentence_is_no_subject() -> None:
    text = "Rents rose in the Skerry Isles. Rents did not rise in the Skerry Isles."
    p = pairing(analyse(auditor.load_document(text, input_format="text")))
    assert find_predicate(0, p.texts[0], p) is None


@pytest.mark.parametrize(
    ("affirmed", "denied"),
    [
        (
            "Storm Orla, known locally as Big Wind, was a gale that made landfall in the Skerry Isles in March 2021.",
            "Storm Orla never reached the Skerry Isles.",
        ),
        (
            "Mara Tollis graduated from the Kelso Academy of Music before moving to Leeds.",
            "Mara Tollis did not attend the Kelso Academy of Music.",
        ),
        (
            "Dafydd Prys took part in the Aberporth Marathon, finishing third.",
            "Dafydd Prys did not participate in the Aberporth Marathon.",
        ),
        # a long description of the subject before "who"
        (
            "Ffion Rees (born 1990) is a Welsh Grade IV pianist and 2. 0 rated chess player who represented Wales at the 2012 Kelso festival.",
            "Ffion Rees did not represent Wales at the 2012 Kelso festival.",
        ),
        # a surname alone for the one full name that ends with it; the object in another order
        (
            "Ffion Rees won the Kelso piano prize at the 2012 festival in Bala.",
            "Rees did not win the Kelso piano prize in Bala at the 2012 festival.",
        ),
    ],
)
def test_con005_flags_a_denial_of_what_another_claim_affirms_in_other_words(affirmed: str, denied: str) -> None:
    assert con005(affirmed, "The weather was mild that spring.", denied) == [("c3", ("c1",))]


@pytest.mark.parametrize(
    ("affirmed", "denied"),
    [
        # another object
        ("Storm Orla made landfall in the Skerry Isles.", "Storm Orla never reached the Farrow Banks."),
        # another subject
        ("Storm Orla made landfall in the Skerry Isles.", "Storm Brede never reached the Skerry Isles."),
        # the implication goes one way: reaching is not making landfall
        ("Storm Orla reached the Skerry Isles.", "Storm Orla never made landfall in the Skerry Isles."),
        # a denial of one year is no denial of another
        ("Mara Tollis attended the Kelso music summit in 2019.", "Mara Tollis did not attend the Kelso music summit in 2020."),
        # the relative clause says something of the choir, not of the subject (neither path compares them)
        ("Mara Tollis is a member of the choir that won the Kelso music prize.", "Mara Tollis did not win the Kelso music prize."),
        # a condition
        ("Mara Tollis attended the Kelso Academy of Music.", "If Mara Tollis did not attend the Kelso Academy of Music, who taught her?"),
    ],
)
def test_con005_leaves_other_subjects_objects_and_occasions_alone(affirmed: str, denied: str) -> None:
    assert con005(affirmed, "The weather was mild that spring.", denied) == []


@pytest.mark.parametrize(
    ("affirmed", "denied"),
    [
        # "did not" is about one occasion; the affirmation dates another ("never" would cover it)
        ("Mara Tollis attended the Kelso music summit in 2019.", "Mara Tollis did not attend the Kelso music summit."),
        # two occasions told by words of time
        ("Mara Tollis visited the northern flood district this week.", "Mara Tollis did not visit the northern flood district last week."),
        ("Mara Tollis visited the northern flood district on Monday.", "Mara Tollis did not visit the northern flood district."),
        # too little object to tell what was denied
        ("Dafydd Prys competed for Wales.", "Dafydd Prys did not compete for Wales."),
        # in other words, a verb implies only the verbs it is listed under
        ("Dafydd Prys won the Aberporth Marathon.", "Dafydd Prys did not lead the Aberporth Marathon."),
    ],
)
def test_predicates_need_the_same_occasion_and_enough_object(affirmed: str, denied: str) -> None:
    text = f"{affirmed}\n\nThe weather was mild that spring.\n\n{denied}"
    assert predicate_conflicts(pairing(analyse(auditor.load_document(text, input_format="text")))) == []


def test_predicate_conflicts_lists_each_pair_once_earlier_first() -> None:
    text = (
        "Storm Orla never reached the Skerry Isles.\n\n"
        "Storm Orla, a gale that season, made landfall in the Skerry Isles on a Tuesday.\n\n"
        "Storm Orla made landfall in the Skerry Isles."
    )
    found = predicate_conflicts(pairing(analyse(auditor.load_document(text, input_format="text"))))
    assert [(a.claim, b.claim, a.negated) for a, b in found] == [(0, 1, True), (0, 2, True)]


def test_he_or_she_is_the_person_the_article_opens_with() -> None:
    lead = "Ffion Rees (born 1990) is a Welsh pianist from Bala."
    affirmed = "She represented Wales at the 2012 Kelso piano festival."
    denied = "Ffion Rees did not represent Wales at the 2012 Kelso piano festival."
    assert con005(lead, affirmed, denied) == [("c3", ("c2",))]
    # an article that opens with no name gives "she" nobody to stand for
    text = f"The festival drew pianists from nine countries.\n\n{affirmed}\n\n{denied}"
    assert predicate_conflicts(pairing(analyse(auditor.load_document(text, input_format="text")))) == []


def test_a_surname_shared_by_two_full_names_stands_for_neither() -> None:
    text = (
        "Ffion Rees won the Kelso piano prize in 2012.\n\nGethin Rees plays the cello.\n\n"
        "Rees did not win the Kelso piano prize in 2012."
    )
    assert predicate_conflicts(pairing(analyse(auditor.load_document(text, input_format="text")))) == []


def test_the_pronoun_the_article_uses_less_is_someone_else() -> None:
    text = (
        "Gethin Rees (born 1988) is a Welsh cellist from Bala.\n\nHe studied in Cardiff.\n\nHe teaches in Bala.\n\n"
        "She represented Wales at the 2012 Kelso piano festival.\n\n"
        "Gethin Rees did not represent Wales at the 2012 Kelso piano festival."
    )
    assert predicate_conflicts(pairing(analyse(auditor.load_document(text, input_format="text")))) == []


def test_never_covers_every_occasion() -> None:
    text = (
        "Mara Tollis visited the northern flood district last week.\n\nThe weather was mild that spring.\n\n"
        "Mara Tollis never visited the northern flood district."
    )
    found = predicate_conflicts(pairing(analyse(auditor.load_document(text, input_format="text"))))
    assert [(a.claim, b.claim) for a, b in found] == [(0, 2)]
