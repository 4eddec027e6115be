"""compare: what the contradiction rules (CON003-CON006) compare claims by.

``pairing`` finds candidate pairs of claims (rare-word blocking, then rapidfuzz),
``statements`` and ``alignment`` line their terms up, and ``quantities``,
``measures``, ``events``, ``attributes`` and ``families`` read figures, counted
things, dated events, people's roles, ages and places, and counts of their relatives out of a claim.
"""
