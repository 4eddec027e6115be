"""compare: what the contradiction rules (CON003-CON006) compare claims by.

``pairing`` finds candidate pairs of claims (rare-word blocking, then rapidfuzz),
``statements`` and ``alignment`` line their terms up, and ``quantities``,
``measures``, ``events`` and ``attributes`` read figures, counted things, dated
events and people's roles, ages and places out of a claim.
"""
