"""Two figures whose clauses say they are for or about two different things ("a positive rating *for the map*" /
"*for the app*", "spent £3 million *on roads*" / "*on schools*") measure two things (auditor.compare.figures,
CON003); a time after the preposition ("for three years", "on Tuesday") says nothing of what is measured. Every
sentence here is invented for the test."""

from __future__ import annotations

import pytest

from tests.conflicts import conflicts

FILLER = "The survey ran for two weeks in the autumn."


@pytest.mark.parametrize(
    ("first", "second", "found"),
    [
        # two things rated, voted on or spent on: quiet
        ("Of these riders, 72% gave a positive rating for the timetable.",
         "58% of riders gave a positive rating for the app.", []),
        ("Of these guests, 81% gave a high score for cleanliness.", "64% of guests gave a high score for value.", []),
        ("Of the members, 66% cast a vote against the merger.", "34% of members cast a vote against the budget.", []),
        # the same thing: still a conflict
        ("Of these riders, 72% gave a positive rating for the timetable.",
         "58% of riders gave a positive rating for the timetable.", ["72%", "58%"]),
        ("The council spent £3 million on new shelters in 2024.",
         "In 2024 the council spent £5 million on new shelters.", ["£3 million", "£5 million"]),
    ],
)
def test_figures_for_two_things(first: str, second: str, found: list[str]) -> None:
    got = conflicts("CON003", first, FILLER, second)
    assert [[str(v) for v in values] for _, _, values in got] == ([found] if found else [])


@pytest.mark.parametrize(
    "phrase", ["for three years", "on Tuesday", "for the first time", "for a decade", "on 4 May"]
)
def test_a_time_after_the_preposition_is_not_what_is_measured(phrase: str) -> None:
    from auditor.compare.figures import _object

    text = f"The club sold 400 tickets {phrase}."
    assert _object(text, text.index("400") + 3) == frozenset()
    assert _object("The club sold 400 tickets for the final.", 17) != frozenset()
