"""An attribution that points back at a source the text has just named: "according to the report", after
"according to Law360".

"According to the report" names no source by itself, and :mod:`auditor.citations` reads it as vague. Right
after a sentence (or a list item) that names a source, in words ("according to Law360") or by a link, the
definite article points back at that source: the report is that source's report, and the attribution names it
as well as the one before did. Only the definite article and a noun of ``definite_sources`` in
``knowledge/scope.json`` ("the report", "the study", "the filing") are read that way, and only within
``REACH`` blocks of the named source; "a report", "reports" and "experts" stay vague.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from auditor.citations import Marker
from auditor.knowledge import load
from auditor.phrases import alternation

REACH = 1
"""The named source stands in the same block or in the block right before."""


@cache
def _definite() -> re.Pattern[str]:
    nouns = alternation(load("scope")["definite_sources"])
    return re.compile(rf"^the\s+(?:{nouns})$", re.I)


def resolve(markers: list[Marker]) -> list[Marker]:
    """The markers, each definite attribution that follows a named source read as naming it (see the module
    docstring); the others as they are."""
    definite = _definite()
    out: list[Marker] = []
    named_in: set[int] = set()
    for marker in markers:
        points_back = marker.vague and marker.kind == "attribution" and definite.match(" ".join(marker.text.split()))
        if points_back and any(marker.block - b in range(REACH + 1) for b in named_in):
            marker = replace(marker, vague=False)
        if marker.supports and marker.kind in ("attribution", "link", "reference"):
            named_in.add(marker.block)
        out.append(marker)
    return out
