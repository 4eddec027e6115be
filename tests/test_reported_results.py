"""A company's own reported results and its own outlook, named as such, are attributed: the sentence after
"<Company> reported ... results" and "Management lowered its outlook to ..." need no other source; others'
expectations ("Analysts expect ...") and results no one reported still do."""

from __future__ import annotations

from auditor import audit_text
from auditor.checks.cited import known_names
from auditor.sourcing.guidance import states_own_outlook


def _unsourced(text: str) -> list[str]:
    report = audit_text(text, input_format="markdown").to_dict()
    claims = {c["id"]: c["text"] for c in report["claims"]}
    return [claims[f["claim"]] for f in report["findings"] if f["rule"] == "CIT001"]


RESULTS = (
    "# Harlow Rail after its slide\n\nThe slide has made Harlow’s shares a topic on every desk.\n\n{opening} Freight "
    "revenue of $2.41 billion beat estimates by about $30 million, though costs rose 6% to $1.88 billion.\n"
)


def test_figures_right_after_a_company_reports_its_results_are_its_own() -> None:
    assert _unsourced(RESULTS.format(opening="Harlow reported mixed second-quarter results on Tuesday.")) == []


def test_the_same_figures_after_a_sentence_that_reports_nothing_need_a_source() -> None:
    assert len(_unsourced(RESULTS.format(opening="The quarter was a mixed one for the railway."))) == 1


def test_a_name_seen_only_as_an_owner_is_a_name() -> None:
    import auditor
    from auditor.article import analyse

    article = analyse(auditor.load_document("# T\n\nThe slide hit Harlow’s shares.\n", input_format="markdown"))
    assert "Harlow" in known_names(article)


OUTLOOK = "# Guidance\n\nThe quarter was a mixed one for the railway.\n\n{line}\n"


def test_a_body_stating_its_own_outlook_is_attributed() -> None:
    assert _unsourced(OUTLOOK.format(line="Management lowered its full-year outlook to $4.10–$4.30 a share.")) == []


def test_others_expectations_still_need_a_source() -> None:
    found = _unsourced(OUTLOOK.format(line="Analysts still expect annual earnings growth of roughly 11% through 2028."))
    assert len(found) == 1
    assert len(_unsourced(OUTLOOK.format(line="Full-year earnings will come in at $4.10–$4.30 a share."))) == 1


def test_states_own_outlook() -> None:
    assert states_own_outlook("The central bank cut its growth forecast to 2.1%.")
    assert not states_own_outlook("The central bank cut rates to 2.1%.")
    assert not states_own_outlook("Brokers raised their targets to $80.")
