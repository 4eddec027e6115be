"""An obituary (:mod:`auditor.genres.obituary`), read from its shape (a lede that names the person with their age and
their death, and what only an obituary says: who survives them, the services), is the record of its subject's own
life: CIT001 does not ask it to cite their birth, schooling, service or death, but still asks for the source of a
figure of the world on the same page, and of the same life told on a page of another shape. Invented."""

from __future__ import annotations

import auditor
from auditor.genres.obituary import lede_name, of_the_person
from tests.conftest import FIXTURES

OBITUARY = FIXTURES / "articles" / "own-life-obituary.md"
FAREWELLS = (
    "Marguerite is survived by her husband of sixty years, Carl, her daughters Ruth and Inez, and seven grandchildren.",
    "Services will be held at Crane Hollow Methodist Church on Saturday at 11 a.m. In lieu of flowers, the family asks "
    "for gifts to the county nursing fund.",
)


def cit001(text: str) -> list[str]:
    return [f.message for f in auditor.audit_text(text, input_format="markdown").findings if f.rule == "CIT001"]


def test_the_obituary_tells_its_subjects_own_life() -> None:
    found = cit001(OBITUARY.read_text(encoding="utf-8"))
    assert not any(d in m for m in found for d in ("October 4, 2021", "February 19, 1935", "1953", "1957", "31 years"))


def test_a_figure_of_the_world_on_the_obituary_still_needs_a_source() -> None:
    assert any("14,000" in m for m in cit001(OBITUARY.read_text(encoding="utf-8")))


def test_without_what_only_an_obituary_says_the_life_needs_its_sources() -> None:
    text = OBITUARY.read_text(encoding="utf-8")
    for farewell in FAREWELLS:
        assert farewell in text
        text = text.replace(farewell, "Her portrait hangs in the county hall.")
    assert any("February 19, 1935" in m for m in cit001(text))


def test_the_lede_names_the_person_their_age_and_their_death() -> None:
    assert lede_name("Joss Varley, 72, of Enderby, passed away on 3 March 2018.") == "Joss Varley"
    assert lede_name("Varley, Joss Amos, aged 72, died at home on 3 March 2018.") == "Varley, Joss Amos"
    assert lede_name("Joss Varley, 72, of Enderby, opened a bakery in 1978.") is None
    assert lede_name("Joss Varley, 272, of Enderby, died in 2018.") is None


def test_the_person_must_be_the_sentences_subject() -> None:
    joss = frozenset({"joss", "varley"})
    assert of_the_person("He was born 9 May 1945 in Thirsk.", "9 May 1945", joss)
    assert of_the_person("Varley joined the fire service in 1966.", "in 1966", joss)
    assert not of_the_person("His brigade answered 3,000 calls a year.", "3,000 calls", joss)
    assert not of_the_person("He always said that 60% of fires start in kitchens.", "60%", joss)
    assert not of_the_person("Enderby lost 40 homes in the 1966 flood.", "40 homes", joss)
