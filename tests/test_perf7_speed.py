"""The shortcuts of the speed work on the comparing rules give what the full reading gives."""

from __future__ import annotations

import pytest

from auditor.compare import quantities
from auditor.compare.quantities import _may_have_tail, _patterns, _tail_starts, _units, find_quantities


def _tail_texts() -> list[str]:
    """Figures followed by every word the tail pattern knows (as written, capitalised, after a hyphen or two
    spaces, glued to the digits) and by ordinary words that start like some of them."""
    _, _, one = _tail_starts()
    tables = quantities._tables()
    forms = sorted({*tables["scales"], *tables["percent"], *tables["currencies"], *_units(), "or more", "and up"})
    forms += [*sorted(one), "tickets", "in 1990", "inches", "kms", "mile-long", "tonnes", "people", "bn", "k.", "m,"]
    texts = []
    for form in forms:
        for joint in ("", " ", "-", "  ", "\n", " - "):
            for word in (form, form.upper(), form.title()):
                texts.append(f"It sold 1,200{joint}{word} last year.")
                texts.append(f"about 12{joint}{word}")
    return texts


@pytest.mark.parametrize("text", _tail_texts())
def test_the_tail_gate_misses_no_tail(text: str) -> None:
    _, tail, _ = _patterns()
    for m in quantities._NUMBER.finditer(text):
        match = tail.match(text, m.end())
        if match is not None and match.end() > m.end():
            assert _may_have_tail(text, m.end()), text


def test_a_scale_word_on_the_next_line_is_read() -> None:
    assert [q.value for q in find_quantities("about 12\nmillion")] == [12_000_000]


def test_the_tail_gate_passes_over_ordinary_words() -> None:
    for text in ("1,200 tickets", "1990 the", "1990, the", "12 inquiries", "5 kmx", "5 atom", "5"):
        assert not _may_have_tail(text, len(text.split()[0].rstrip(","))), text
    for text in ("4 tonnes", "4 sq-m", "4 km", "4\nper  cent", "4m", "4 %", "4 or more"):
        assert _may_have_tail(text, 1), text


def test_figures_are_read_alike_with_and_without_the_tail_gate(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = _tail_texts()
    gated = [find_quantities(t) for t in texts]
    monkeypatch.setattr(quantities, "_may_have_tail", lambda text, end: True)
    assert [find_quantities(t) for t in texts] == gated
    assert any(q.unit for found in gated for q in found)  # units, percentages and scales were read


YEAR_TEXTS = [
    "The plant opened in 1990, officials said.",
    "It cost $2000 in 2001.",
    "It cost 2000 dollars, about 1990 people came.",
    "A 2000-metre climb in 1999 and 2000 km in 2003.",
    "In the 1990s, 2050 homes were built; 1990 were sold by 2001 (in 2002) or 1,990 more.",
    "Sales rose 2000% since 1999. Around 1500 came; nearly 2100 left; £1999 was paid.",
    "2024",
    "€2024 and 1800 million",
]


@pytest.mark.parametrize("text", YEAR_TEXTS)
def test_the_figures_without_bare_years_are_the_others(text: str) -> None:
    def year(q: quantities.Quantity) -> bool:  # is_measure's test of a year
        return q.text.isdigit() and len(q.text) == 4 and 1000 <= q.value <= 2100

    everything = find_quantities(text)
    fewer = find_quantities(text, skip=quantities.bare_year)  # a year may be kept where a currency sign or qualifier is near
    assert [q for q in everything if not year(q)] == [q for q in fewer if not year(q)]
    assert all(q in everything for q in fewer)


def test_amounts_that_look_like_years_are_kept() -> None:
    kept = [q.text for t in YEAR_TEXTS for q in find_quantities(t, skip=quantities.bare_year)]
    assert {"$2000", "2000 dollars", "about 1990", "2000 km", "2000%", "£1999", "€2024"} <= set(kept)
    assert "2024" not in kept and "2003" not in kept and "2002" not in kept


def _head_texts() -> list[str]:
    """Figures after every qualifier (as written, capitalised, with two spaces or a line break, before a
    currency) and after ordinary words that hold a qualifier's words."""
    texts = []
    for qualifier in [*quantities._tables()["qualifiers"], "the total of", "moreover", "someone's", "upto"]:
        for before in (qualifier, qualifier.upper(), qualifier.title()):
            for gap in (" ", "  ", "\n", " $", " USD ", "", " €"):
                texts.append(f"The plan cost {before}{gap}1,200 last year.")
                texts.append(f"{before}{gap}12")
    return texts


def test_figures_are_read_alike_with_and_without_the_head_gate(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = _head_texts()
    gated = [find_quantities(t) for t in texts]
    monkeypatch.setattr(quantities, "_may_have_head", lambda text, start: True)
    assert [find_quantities(t) for t in texts] == gated
    assert any(q.qualifier != "exact" for found in gated for q in found)  # qualifiers were read
    assert any(q.unit == "USD" for found in gated for q in found)


def test_the_head_gate_passes_over_ordinary_words() -> None:
    for text in ("the total for 5", "someone's 5", "sold 5", "in 2019, 5", "more 5"):
        assert not quantities._may_have_head(text, len(text) - 1), text
    for text in ("more than 5", "about\n5", "US$5", "up to  5", "CA. 5"):
        assert quantities._may_have_head(text, len(text) - 1), text


MEASURE_TEXTS = [
    "On 1 January 1990 the Arden plant opened with 1,200 workers.",
    "It sold 5 May, 12 tickets on 3 Monday and 4,000 homes in 2001.",
    "About 5 August, $5 May and 5 million May were paid; 5 km May and 7% June.",
    "The 1,200 nurses, 1990 of them in 1991, worked 24 hours on 24 March.",
]


def test_measures_are_found_alike_with_and_without_the_numbers_left_out(monkeypatch: pytest.MonkeyPatch) -> None:
    from auditor.compare import measures

    quick = [measures.find_measures(0, t) for t in MEASURE_TEXTS]
    assert measures._no_measure(MEASURE_TEXTS[0], 3, 4) and measures._no_measure(MEASURE_TEXTS[0], 13, 17)
    monkeypatch.setattr(measures, "_no_measure", lambda text, start, end: False)
    assert [measures.find_measures(0, t) for t in MEASURE_TEXTS] == quick
    assert sum(map(len, quick)) >= 2  # measures were found


def test_a_claim_of_common_words_pairs_with_the_claims_that_use_its_two_least_common() -> None:
    from auditor.compare.pairing import _blocked

    claim = frozenset({b"nela", b"ugly", b"convinced"})  # no rare word: it asks with "convinced" and "nela"
    both = [frozenset({b"nela", b"convinced", f"v{i}".encode()}) for i in range(5)]
    convinced = [frozenset({b"convinced", f"c{i}".encode()}) for i in range(2)]
    nela = [frozenset({b"nela", b"ugly", f"w{i}".encode()}) for i in range(14)]
    rest = [frozenset({b"ugly", f"u{i}".encode()}) for i in range(80)]
    found = _blocked([claim, *both, *convinced, *nela, *rest])
    assert {j for i, j in found if i == 0} == {1, 2, 3, 4, 5}
