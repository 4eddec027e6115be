"""Keys: how names and titles are compared, whatever their accents, case, dashes and apostrophes."""

from __future__ import annotations

import functools
import unicodedata

_DASHES = "-\u2010\u2011\u2012\u2013\u2014"
_APOSTROPHES = "'\u2019"


def _fold(text: str) -> str:
    """Strip accents (Schröder -> Schroder, Ōhira -> Ohira)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@functools.lru_cache(maxsize=8192)
def _key(text: str) -> str:
    """Lookup key: accent-folded, lower-case, uniform dashes/apostrophes/spaces."""
    text = _fold(text)
    for dash in _DASHES[1:]:
        text = text.replace(dash, "-")
    text = text.replace("\u2019", "'")
    return " ".join(text.split()).lower()
