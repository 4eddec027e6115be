"""Tests for auditor.knowledge.offices: the office-holder data and mention finding."""

from __future__ import annotations

import datetime
import itertools
import json
from typing import Any

import pytest

from auditor import offices as off
from auditor.offices import Mention

D = datetime.date


def _raw() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(off.DATA_FILE.read_text(encoding="utf-8"))
    return data


def _names(holders: tuple[off.Holder, ...]) -> list[str]:
    return [h.name for h in holders]


def _one(text: str) -> Mention:
    found = off.find_mentions(text)
    assert len(found) == 1, found
    return found[0]


# --------------------------------------------------------------------------
# The data file
# --------------------------------------------------------------------------


def test_metadata_present() -> None:
    raw = _raw()
    assert isinstance(raw["about"], str) and len(raw["about"]) > 100
    assert isinstance(raw["source"], str) and "List of presidents of the United States" in raw["source"]
    as_of = D.fromisoformat(raw["as_of"])
    assert as_of == off.as_of()
    assert D(2025, 1, 20) <= as_of <= D(2026, 11, 22)
    assert off.about() and off.source()


def test_every_date_parses() -> None:
    for raw_office in _raw()["offices"]:
        for holder in raw_office["holders"]:
            assert holder["terms"], holder["name"]
            for term in holder["terms"]:
                D.fromisoformat(term["start"])
                if term["end"] is not None:
                    D.fromisoformat(term["end"])


def test_expected_offices() -> None:
    ids = {o.id for o in off.offices()}
    assert ids == {
        "us-president",
        "uk-prime-minister",
        "de-chancellor",
        "de-president",
        "fr-president",
        "fr-prime-minister",
        "ca-prime-minister",
        "au-prime-minister",
        "in-prime-minister",
        "jp-prime-minister",
    }
    for o in off.offices():
        assert o.title and o.country and o.titles and o.holders
        for h in o.holders:
            assert h.name and h.surnames, h.name


@pytest.mark.parametrize("office", off.offices(), ids=lambda o: o.id)
def test_terms_well_formed(office: off.Office) -> None:
    as_of = off.as_of()
    for holder in office.holders:
        for term in holder.terms:
            assert term.end is None or term.start < term.end, (holder.name, term)
            assert term.start <= as_of, (holder.name, term)
        starts = [t.start for t in holder.terms]
        assert starts == sorted(starts), holder.name
    # holders in chronological order (by first day in office)
    firsts = [h.first_start for h in office.holders]
    assert firsts == sorted(firsts)
    # no two terms overlap; a transition day (end == next start) is allowed
    terms = sorted((t.start, t.end, h.name) for h in office.holders for t in h.terms)
    for (_, end, name), (next_start, _, next_name) in itertools.pairwise(terms):
        assert end is not None, f"{name} is ongoing but {next_name} follows"
        assert end <= next_start, f"{name} overlaps {next_name}"
        # acting/caretaker periods are skipped, but never for long
        assert (next_start - end).days <= 60, f"gap between {name} and {next_name}"
    # exactly one ongoing term: the office is held today
    ongoing = [h.name for h in office.holders for t in h.terms if t.end is None]
    assert len(ongoing) == 1, ongoing


# Acting prime minister Masayoshi Itō (12 June - 17 July 1980) is not in the data.
_KNOWN_JULY_FIRST_GAPS = {("jp-prime-minister", 1980)}


@pytest.mark.parametrize("office", off.offices(), ids=lambda o: o.id)
def test_one_holder_every_july_first(office: off.Office) -> None:
    for year in range(office.covered_from.year + 1, off.as_of().year + 1):
        holders = office.holders_on(D(year, 7, 1))
        expected = 0 if (office.id, year) in _KNOWN_JULY_FIRST_GAPS else 1
        assert len(holders) == expected, (year, _names(holders))


def test_coverage_since_1945() -> None:
    # Offices that existed in 1945 are covered from then; the others from their creation.
    created_later = {"de-chancellor": 1949, "de-president": 1949, "fr-president": 1947, "in-prime-minister": 1947}
    for o in off.offices():
        limit = D(created_later.get(o.id, 1945), 1, 1)
        if o.id in created_later:
            assert o.covered_from.year == created_later[o.id], o.id
        else:
            assert o.covered_from <= limit, o.id


# --------------------------------------------------------------------------
# Date lookups
# --------------------------------------------------------------------------


def test_us_every_year_since_1900_has_one_president() -> None:
    for year in range(1900, off.as_of().year + 1):
        assert len(off.holders_on("us-president", D(year, 7, 1))) == 1, year


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (D(1900, 7, 1), "William McKinley"),
        (D(1901, 9, 14), "Theodore Roosevelt"),
        (D(1945, 4, 11), "Franklin D. Roosevelt"),
        (D(1945, 4, 12), "Harry S. Truman"),
        (D(1963, 11, 21), "John F. Kennedy"),
        (D(1963, 11, 22), "Lyndon B. Johnson"),
        (D(1974, 8, 8), "Richard Nixon"),
        (D(1974, 8, 9), "Gerald Ford"),
        (D(2009, 1, 20), "Barack Obama"),
        (D(2017, 1, 19), "Barack Obama"),
        (D(2017, 1, 20), "Donald Trump"),
        (D(2021, 1, 19), "Donald Trump"),
        (D(2021, 1, 20), "Joe Biden"),
        (D(2025, 1, 19), "Joe Biden"),
        (D(2025, 1, 20), "Donald Trump"),
        (D(2025, 5, 15), "Donald Trump"),
    ],
)
def test_us_transitions(day: datetime.date, expected: str) -> None:
    assert _names(off.holders_on("us-president", day)) == [expected]


@pytest.mark.parametrize(
    ("office_id", "day", "expected"),
    [
        ("uk-prime-minister", D(1945, 7, 25), "Winston Churchill"),
        ("uk-prime-minister", D(1945, 7, 26), "Clement Attlee"),
        ("uk-prime-minister", D(1979, 5, 4), "Margaret Thatcher"),
        ("uk-prime-minister", D(2022, 10, 1), "Liz Truss"),
        ("uk-prime-minister", D(2022, 10, 25), "Rishi Sunak"),
        ("uk-prime-minister", D(2024, 7, 4), "Rishi Sunak"),
        ("uk-prime-minister", D(2024, 7, 5), "Keir Starmer"),
        ("de-chancellor", D(2005, 11, 22), "Angela Merkel"),
        ("de-chancellor", D(2021, 12, 8), "Olaf Scholz"),
        ("de-chancellor", D(2025, 5, 5), "Olaf Scholz"),
        ("de-chancellor", D(2025, 5, 6), "Friedrich Merz"),
        ("de-president", D(2017, 3, 19), "Frank-Walter Steinmeier"),
        ("fr-president", D(2017, 5, 14), "Emmanuel Macron"),
        ("fr-president", D(1995, 5, 17), "Jacques Chirac"),
        ("fr-prime-minister", D(2024, 1, 9), "Gabriel Attal"),
        ("fr-prime-minister", D(2024, 12, 13), "François Bayrou"),
        ("fr-prime-minister", D(1954, 7, 1), "Pierre Mendès France"),
        ("ca-prime-minister", D(2015, 11, 4), "Justin Trudeau"),
        ("ca-prime-minister", D(2025, 3, 14), "Mark Carney"),
        ("ca-prime-minister", D(1975, 1, 1), "Pierre Trudeau"),
        ("au-prime-minister", D(2022, 5, 23), "Anthony Albanese"),
        ("au-prime-minister", D(2013, 7, 1), "Kevin Rudd"),
        ("in-prime-minister", D(2014, 5, 26), "Narendra Modi"),
        ("in-prime-minister", D(2010, 1, 1), "Manmohan Singh"),
        ("jp-prime-minister", D(2021, 10, 4), "Fumio Kishida"),
        ("jp-prime-minister", D(2024, 10, 1), "Shigeru Ishiba"),
        ("jp-prime-minister", D(2015, 1, 1), "Shinzo Abe"),
    ],
)
def test_spot_checks(office_id: str, day: datetime.date, expected: str) -> None:
    assert _names(off.holders_on(office_id, day)) == [expected]


def test_non_consecutive_terms_are_separate() -> None:
    trump = off.terms_of("us-president", "Donald Trump")
    assert [(t.start, t.end) for t in trump] == [(D(2017, 1, 20), D(2021, 1, 20)), (D(2025, 1, 20), None)]
    assert trump[1].ongoing and not trump[0].ongoing
    assert len(off.terms_of("us-president", "Grover Cleveland")) == 2
    assert len(off.terms_of("uk-prime-minister", "Harold Wilson")) == 2
    assert len(off.terms_of("jp-prime-minister", "Shinzo Abe")) == 2
    assert len(off.terms_of("in-prime-minister", "Indira Gandhi")) == 2


def test_terms_of_lookup_rules() -> None:
    assert off.terms_of("us-president", "Biden") == off.terms_of("us-president", "Joe Biden")
    assert off.terms_of("us-president", "FDR") == off.terms_of("us-president", "Franklin D. Roosevelt")
    assert off.terms_of("de-chancellor", "gerhard schroder") == off.terms_of("de-chancellor", "Gerhard Schröder")
    with pytest.raises(ValueError, match="ambiguous"):
        off.terms_of("us-president", "Bush")
    with pytest.raises(KeyError):
        off.terms_of("us-president", "Keir Starmer")
    with pytest.raises(KeyError):
        off.holders_on("xx-king", D(2020, 1, 1))


def test_holders_on_accepts_datetime_and_gaps() -> None:
    assert _names(off.holders_on("us-president", datetime.datetime(2021, 1, 20, 18, 0))) == ["Joe Biden"]
    assert off.holders_on("us-president", D(1850, 1, 1)) == ()  # before coverage
    assert off.holders_on("de-chancellor", D(1974, 5, 10)) == ()  # Scheel acting, skipped
    assert off.office("us-president").holders_on(off.as_of())[0].name == "Donald Trump"


def test_lookups_are_cached_objects() -> None:
    assert off.offices() is off.offices()
    biden = off.holders_on("us-president", D(2022, 1, 1))[0]
    assert biden.in_office_on(D(2022, 1, 1)) and not biden.in_office_on(D(2025, 5, 1))


# --------------------------------------------------------------------------
# find_mentions
# --------------------------------------------------------------------------


# (text, mention text, office id, holder name, form)
# fmt: off
_FORMS = [
    ("Under the Biden administration, grants rose.", "Biden administration", "us-president", "Joe Biden", "administration"),
    ("Biden administration officials said no.", "Biden administration", "us-president", "Joe Biden", "administration"),
    ("It was Biden's administration that acted.", "Biden's administration", "us-president", "Joe Biden", "administration"),
    ("It was Biden’s administration that acted.", "Biden’s administration", "us-president", "Joe Biden", "administration"),
    ("President Biden signed it.", "President Biden", "us-president", "Joe Biden", "title"),
    ("President Joe Biden signed it.", "President Joe Biden", "us-president", "Joe Biden", "title"),
    ("Under President Donald Trump's administration, tariffs rose.", "President Donald Trump's administration", "us-president", "Donald Trump", "administration"),
    ("Inside the Trump White House, aides argued.", "Trump White House", "us-president", "Donald Trump", "administration"),
    ("the Biden-Harris administration", "Biden-Harris administration", "us-president", "Joe Biden", "administration"),
    ("the George W. Bush administration", "George W. Bush administration", "us-president", "George W. Bush", "administration"),
    ("Prime Minister Starmer spoke.", "Prime Minister Starmer", "uk-prime-minister", "Keir Starmer", "title"),
    ("PM Keir Starmer spoke.", "PM Keir Starmer", "uk-prime-minister", "Keir Starmer", "title"),
    ("Prime Minister Sir Keir Starmer spoke.", "Prime Minister Sir Keir Starmer", "uk-prime-minister", "Keir Starmer", "title"),
    ("the prime minister, Keir Starmer, said", "prime minister, Keir Starmer", "uk-prime-minister", "Keir Starmer", "title"),
    ("Chancellor Scholz met him.", "Chancellor Scholz", "de-chancellor", "Olaf Scholz", "title"),
    ("German Chancellor Friedrich Merz met him.", "Chancellor Friedrich Merz", "de-chancellor", "Friedrich Merz", "title"),
    ("The Sunak government fell.", "Sunak government", "uk-prime-minister", "Rishi Sunak", "government"),
    ("The Modi government said so.", "Modi government", "in-prime-minister", "Narendra Modi", "government"),
    ("President Macron arrived.", "President Macron", "fr-president", "Emmanuel Macron", "title"),
    ("The Kishida cabinet resigned.", "Kishida cabinet", "jp-prime-minister", "Fumio Kishida", "government"),
    ("the Abe administration", "Abe administration", "jp-prime-minister", "Shinzo Abe", "administration"),
    ("Chancellor Schroeder visited.", "Chancellor Schroeder", "de-chancellor", "Gerhard Schröder", "title"),
    ("the Mendès France government", "Mendès France government", "fr-prime-minister", "Pierre Mendès France", "government"),
    ("the Albanese government", "Albanese government", "au-prime-minister", "Anthony Albanese", "government"),
]
# fmt: on


@pytest.mark.parametrize(("text", "mention", "office_id", "name", "form"), _FORMS)
def test_forms(text: str, mention: str, office_id: str, name: str, form: str) -> None:
    m = _one(text)
    assert m.text == mention
    assert text[m.start : m.end] == mention
    assert m.office_id == office_id
    assert m.holder is not None and m.holder.name == name
    assert m.holders == (m.holder,)
    assert m.form == form
    assert m.former is False


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Former President Obama spoke.", "President Obama"),
        ("He met former President Obama.", "President Obama"),
        ("He met former U.S. President Barack Obama.", "President Barack Obama"),
        ("In 2019, then-President Trump said so.", "President Trump"),
        ("In 2019, then–President Trump said so.", "President Trump"),
        ("ex-Prime Minister Boris Johnson wrote.", "Prime Minister Boris Johnson"),
        ("the late Prime Minister Shinzo Abe", "Prime Minister Shinzo Abe"),
        ("the late President Carter", "President Carter"),
        ("one-time Chancellor Schröder", "Chancellor Schröder"),
        ("(former President Obama)", "President Obama"),
        ("Germany's former Chancellor Angela Merkel", "Chancellor Angela Merkel"),
        ("the previous Trump administration", "Trump administration"),
        ("the former Biden administration", "Biden administration"),
        ("during Trump's first administration", "Trump's first administration"),
        ("a former Trump administration official", "Trump administration"),
    ],
)
def test_former_flag(text: str, mention: str) -> None:
    m = _one(text)
    assert m.text == mention
    assert text[m.start : m.end] == mention
    assert m.former is True


def test_current_phrasing_is_not_former() -> None:
    text = "In May 2025, under President Donald Trump's administration, the Biden administration's rules were dropped."
    found = off.find_mentions(text)
    assert [(m.text, m.former) for m in found] == [
        ("President Donald Trump's administration", False),
        ("Biden administration", False),
    ]
    day = D(2025, 5, 15)
    current = off.holders_on("us-president", day)
    assert found[0].holder in current and found[0].in_office_on(day)
    assert found[1].holder not in current and not found[1].in_office_on(day)


@pytest.mark.parametrize(
    "text",
    [
        "Biden said the plan would work.",
        "Trump and Starmer spoke by phone; Merz listened.",
        "Vice President Biden visited Kyiv in 2014.",
        "Vice-Chancellor Scholz presented the budget.",
        "Deputy Prime Minister Johnson resigned.",
        "Israeli Prime Minister Bennett met him.",
        "Prime Minister Naftali Bennett met him.",
        "President Isaac Herzog spoke.",
        "President Herzog spoke.",
        "Irish Prime Minister Martin said so.",
        "President-elect Trump named a cabinet.",
        "President Starmer is not a thing.",
        "Chancellor Brown was at the Treasury.",
        "May government figures show a rise.",
        "Major government reforms were announced.",
        "the King's government",
        "In May 2025 the administration acted.",
    ],
)
def test_not_mentions(text: str) -> None:
    assert off.find_mentions(text) == []


def test_common_word_surnames_with_the() -> None:
    assert [m.text for m in off.find_mentions("the May government and the Major government")] == [
        "May government",
        "Major government",
    ]
    assert _one("Theresa May's government").holder is not None
    assert _one("Prime Minister May").office_id == "uk-prime-minister"


def test_ambiguous_surname_lists_all_candidates() -> None:
    m = _one("President Bush visited Texas.")
    assert m.holder is None and m.ambiguous
    assert _names(m.holders) == ["George H. W. Bush", "George W. Bush"]
    m = _one("President George Bush visited Texas.")
    assert _names(m.holders) == ["George H. W. Bush", "George W. Bush"]
    assert _one("President George W. Bush visited Texas.").holder is not None
    assert (
        _one("President George H.W. Bush visited Texas.").holder
        == off.office("us-president").holders_on(D(1990, 1, 1))[0]
    )
    m = _one("the Trudeau government")
    assert _names(m.holders) == ["Pierre Trudeau", "Justin Trudeau"]
    assert m.in_office_on(D(2020, 1, 1)) and m.in_office_on(D(1970, 1, 1)) and not m.in_office_on(D(1990, 1, 1))
    assert _names(_one("President Theodore Roosevelt").holders) == ["Theodore Roosevelt"]
    assert _names(_one("President Roosevelt").holders) == ["Theodore Roosevelt", "Franklin D. Roosevelt"]


def test_title_or_word_selects_the_office() -> None:
    assert _one("the Johnson administration").office_id == "us-president"
    assert _one("Prime Minister Johnson").office_id == "uk-prime-minister"
    assert _one("the Wilson government").office_id == "uk-prime-minister"
    assert _one("President Wilson").office_id == "us-president"
    # one span, two offices: Chirac was prime minister and president
    found = off.find_mentions("the Chirac government")
    assert [(m.office_id, m.text) for m in found] == [
        ("fr-president", "Chirac government"),
        ("fr-prime-minister", "Chirac government"),
    ]
    assert {m.start for m in found} == {4}


def test_offsets_in_longer_text() -> None:
    text = (
        "WASHINGTON — In 2022, the Biden administration awarded the grant. Biden said it mattered.\n"
        "Former President Obama praised it, while President Donald Trump’s administration later cut it.\n"
        "In London, PM Keir Starmer and, in Berlin, Chancellor Merz reacted; the Modi government did not."
    )
    found = off.find_mentions(text)
    assert [m.text for m in found] == [
        "Biden administration",
        "President Obama",
        "President Donald Trump’s administration",
        "PM Keir Starmer",
        "Chancellor Merz",
        "Modi government",
    ]
    for m in found:
        assert text[m.start : m.end] == m.text
    assert [m.former for m in found] == [False, True, False, False, False, False]
    assert found == sorted(found, key=lambda m: m.start)


def test_scan_speed_on_35kb() -> None:
    paragraph = (
        "The committee met on Tuesday in Washington to discuss the budget, which critics at the Brookings "
        "Institution said would cut funding for schools. Officials declined to comment. According to a statement, "
        "the Biden administration approved the plan in 2022, while President Donald Trump's administration "
        "reversed it in May 2025. Analysts at Morgan Stanley noted that Prime Minister Keir Starmer and German "
        "Chancellor Friedrich Merz had also commented on the decision during the G7 meeting in Canada. "
    )
    text = (paragraph * (35_000 // len(paragraph) + 1))[:35_000]
    # Scan speed is measured by bench/; here, a long text yields every mention.
    assert len(off.find_mentions(text)) > 100


def test_may_mention_is_a_superset_of_find_mentions() -> None:
    sentences = [
        "The Obama presidency ended in 2017.",
        "Prime Minister Kishida resigned.",
        "PM Keir Starmer visited Leeds.",
        "The Kishida cabinet resigned.",
        "The Biden White House agreed.",
    ]
    for sentence in sentences:
        assert off.find_mentions(sentence), sentence
        assert off.may_mention(sentence), sentence
    assert not off.may_mention("The council approved the stadium budget on Tuesday.")
    assert not off.may_mention("Shipment development stalled.")  # "pm" inside words is not the acronym PM



@pytest.mark.parametrize(
    "text",
    [
        "The Federal Chancellor spoke.",
        "Two presidencies and three cabinets later.",
        "The coalitions' ministries met at the White House.",
        "Shipment development stalled; the PM agreed.",
        "The premiership of nobody.",
        "The council approved the stadium budget on Tuesday.",
        "",
    ],
)
def test_may_mention_with_the_fewest_words_answers_as_with_all_of_them(text: str) -> None:
    from auditor.offices import mentions

    acronyms, words = mentions._anchor_words()
    direct = any(w in text.lower() for w in words) or any(a in text for a in acronyms)
    assert off.may_mention(text) == direct

def test_office_data_is_less_than_a_year_old() -> None:
    """Fails once the data's as_of is more than a year before today: the offices must be verified again
    (README, "Office-holder data"; scripts/update_office_holders.py)."""
    age = datetime.date.today() - off.as_of()
    assert age <= datetime.timedelta(days=365), f"office_holders.json as_of {off.as_of()} is {age.days} days old"


def test_office_data_passes_the_update_script_checks(tmp_path: Any) -> None:
    """The checker finds no problem in the shipped file and catches an overlapping term in a broken copy."""
    import subprocess
    import sys
    from pathlib import Path

    script = Path(__file__).resolve().parent.parent / "scripts" / "update_office_holders.py"
    ok = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, check=False)
    assert ok.returncode == 0, ok.stderr
    data = json.loads(off.DATA_FILE.read_text(encoding="utf-8"))
    data["offices"][0]["holders"][0]["terms"][0]["end"] = "1950-01-01"
    broken = tmp_path / "broken.json"
    sys.path.insert(0, str(script.parent))
    from update_office_holders import dump

    broken.write_text(dump(data), encoding="utf-8")
    bad = subprocess.run([sys.executable, str(script), "--file", str(broken)], capture_output=True, text=True, check=False)
    assert bad.returncode == 1 and "overlap" in bad.stderr


def test_after_as_of_nothing_is_assumed() -> None:
    assert off.known_through(off.as_of())
    assert not off.known_through(off.as_of() + datetime.timedelta(days=1))
