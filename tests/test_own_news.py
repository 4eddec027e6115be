"""An organisation's own news, a museum's exhibition page and a statute explainer state facts their own source
gives; the same sentences elsewhere are still held to a source."""

from __future__ import annotations

from auditor import audit_text
from auditor.genres.newsroom import same_organisation, staff
from auditor.sourcing.statutes import cites_statute


def _unsourced(text: str) -> list[str]:
    report = audit_text(text, input_format="markdown").to_dict()
    claims = {c["id"]: c["text"] for c in report["claims"]}
    return [claims[f["claim"]] for f in report["findings"] if f["rule"] == "CIT001"]


GRANT = (
    "# Grant\n\nWestfield College has received a grant of $3.2 million to support its new program in data science.\n\n"
    "Westfield designed the program with local employers. It will open in the autumn with about 35 students.\n\n"
    "“We want every student to finish with a job offer,” said Dr. Lena Park, {role}.\n\n"
    "Under the same scheme, a total of $20 million went to nine other colleges in the state.\n"
)


def test_organisation_news_is_its_own_account() -> None:
    found = _unsourced(GRANT.format(role="director of the data science program at Westfield College"))
    assert not any("35 students" in c for c in found)
    assert any("20 million" in c for c in found)  # another body's total still needs its source


def test_a_story_quoting_an_outsider_is_not_the_organisations_own_news() -> None:
    found = _unsourced(GRANT.format(role="an economist at the Kell Institute"))
    assert any("35 students" in c for c in found)


PARTNERS = (
    "<h3>WSC and Lakeside partner on a data science degree</h3><p>Westfield State College and Lakeside College have "
    "received a grant of $3.2 million to support a new data science degree.\n</p><p>The two colleges designed it "
    "together.\n</p><p>WSC will open it in the autumn with about 35 students.\n</p><p>“We want every student to "
    "finish with a job offer,” said Dr. Lena Park, director of the program at {org}.\n</p>"
)


def test_the_headline_above_raw_html_paragraphs_names_the_organisation() -> None:
    assert not any("35 students" in c for c in _unsourced(PARTNERS.format(org="WSC")))
    assert any("35 students" in c for c in _unsourced(PARTNERS.format(org="the Kell Institute")))


RELEASE = (
    "# News\n\nThe Orchard Valley Museum is pleased to announce that it has received a grant from the Millbrook Trust. "
    "The $5,500 award will bring two weavers from Norway to teach at the museum.\n\n"
    "Ida Berg has been weaving tapestries since 1979 and teaches dyeing.{quote}\n"
)


def test_release_that_tells_its_own_feelings_and_quotes_its_staff() -> None:
    quote = "\n\n“The classes fill within a day,” Ruth Hale, the Orchard Valley Museum's education director, said."
    assert _unsourced(RELEASE.format(quote=quote)) == []


def test_feelings_alone_do_not_make_a_release() -> None:
    assert any("1979" in c for c in _unsourced(RELEASE.format(quote="")))


HALL = (
    "The Miners' Hall was a meeting place for the valley's miners from 1899 to 1962. {intro}\n\n"
    "During the strike of 1926 its members raised $9,000 for the families of men out of work.\n"
)


def test_exhibition_page_tells_the_history_it_shows() -> None:
    assert _unsourced(HALL.format(intro="This exhibition traces the history of the hall and its banners.")) == []


def test_the_same_history_elsewhere_needs_sources() -> None:
    assert len(_unsourced(HALL.format(intro="A short history of the hall and its banners."))) >= 1


SECTION = (
    "# Records law\n\n## Fees{cite}\n\nA body may charge:\n\n- the cost of staff time spent on the search\n"
    "- the cost of copies, at most $0.25 per page\n"
)


def test_section_under_a_cited_provision_is_sourced_by_it() -> None:
    assert _unsourced(SECTION.format(cite=" (ORS 192.324)")) == []


def test_section_without_a_citation_needs_a_source() -> None:
    assert len(_unsourced(SECTION.format(cite=""))) == 1


def test_statute_citations_and_other_brackets() -> None:
    assert cites_statute("Damages (42 U.S.C. § 1988)")
    assert cites_statute("Appeals (RCW 42.56.550)")
    assert not cites_statute("Results (Figure 2.1)")
    assert not cites_statute("Budget (2024)")


def test_staff_roles_name_their_organisation() -> None:
    assert staff("“It works,” said Jo Kim, head of research at Delta Labs.") == ["Delta Labs"]
    assert staff("Jo Kim, Delta Labs’ chief, said so.") == []  # a plural possessive is not read
    assert staff("“It works,” Jo Kim, Delta’s head of research, said.") == ["Delta"]
    assert staff("“It works,” said Jo Kim, a spokeswoman.") == []


def test_same_organisation_by_words_or_acronym() -> None:
    assert same_organisation("Westfield", "Westfield College")
    assert same_organisation("NWSU", "NW State University")
    assert not same_organisation("College", "Westfield College")
    assert not same_organisation("Westfield", "Eastfield College")


PROGRAMME = (
    "# Grant\n\nHarbor Youth Alliance has received a grant of $180,000 from the Linden Fund in support of {whose} "
    "Evening Study Program (ESP).\n\nThe ESP serves up to 64 students at the Pier Street center, with more than 1,900 "
    "tutoring hours a year.\n\n“This grant keeps our doors open,” said Maria Okafor, executive director of Harbor Youth "
    "Alliance.\n"
)


def test_a_programme_the_opening_gives_as_the_organisations_own_is_its_account() -> None:
    assert _unsourced(PROGRAMME.format(whose="its")) == []


def test_a_programme_the_opening_does_not_give_as_its_own_still_needs_a_source() -> None:
    assert any("1,900" in c for c in _unsourced(PROGRAMME.format(whose="the county's")))


def test_a_programme_named_after_its_subject_is_not_the_organisations() -> None:
    text = PROGRAMME.replace("Harbor Youth Alliance has received", "The Linden Fund gave Harbor Youth Alliance")
    text = text.replace("a grant of $180,000 from the Linden Fund", "a grant of $180,000")
    assert any("1,900" in c for c in _unsourced(text.format(whose="its")))


MURALS = (
    "# Millbrook Arts Trust Launches $90,000 in Mural Grants\n\nThe Millbrook Arts Trust (MAT) has launched Mural "
    "Grants, a $90,000 program for community groups that paint public walls.\n\nGrants of $1,500 to $9,000 will go to "
    "groups that work with a local artist.\n\nApplications and full details are available at {address}.\n"
)


def test_a_release_that_sends_readers_to_the_issuers_own_address_is_the_issuers() -> None:
    assert _unsourced(MURALS.format(address="www.mat.org/murals")) == []
    assert _unsourced(MURALS.format(address="https://millbrookarts.org/murals")) == []


def test_an_address_of_another_body_does_not_make_a_release() -> None:
    assert any("$90,000" in c for c in _unsourced(MURALS.format(address="www.cityhall.example/murals")))


def test_names_issuer_by_acronym_or_words() -> None:
    from auditor.genres.release import names_issuer

    assert names_issuer("www.mat.org", "The Millbrook Arts Trust")
    assert names_issuer("millbrookarts.co.uk", "Millbrook Arts Trust")
    assert not names_issuer("www.arts.org", "Millbrook Arts Trust")
    assert names_issuer("acme.com", "Acme")
    assert not names_issuer("www.acmetools.org", "Acme")  # a one-word name must be the whole address's name
    assert not names_issuer("www.ida.org", "Ida")  # a one-word name that short is any site's
