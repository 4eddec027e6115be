"""compare: what the contradiction rules (CON003-CON006) compare claims by.

``pairing`` finds candidate pairs of claims (rare-word blocking, then rapidfuzz),
``statements`` and ``alignment`` line their terms up, and ``quantities``,
``measures``, ``events``, ``attributes``, ``families`` and ``frequencies`` read figures, counted
things, dated events, people's roles, ages and places, counts of their relatives and of times out of a claim;
``weekdays`` reads a weekday against the date it is written with, ``enumerations`` a count against the list after it,
and ``tallies`` one day's count of an act against the whole event's, ``spans`` a duration against the span of
dates told with it, and ``periods`` (with ``tables``) a period's figure as a possessive, a total or a table row
against the same figure told plainly; ``hometowns`` reads where a person is from; ``traits`` reads one attribute of
one thing in any grammatical form (a compound modifier, possession, a verb of holding or measure, a fronted or
appositive measure) and ``openings`` the first event of a thing in other words (opened, welcomed its first visitors,
founded, began operating); ``reopenings`` a reopening against the day its thing is closed until, and ``winners``
one dated contest given two winners, or one name two places in it.
"""
