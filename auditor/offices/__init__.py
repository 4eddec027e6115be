"""offices: who held which office when, and how articles refer to them.

The data lives in ``auditor/knowledge/office_holders.json`` (heads of state and government of the US, UK,
Germany, France, Canada, Australia, India and Japan, with their terms, its ``source`` and ``as_of``) and
is loaded once. :mod:`~auditor.offices.model` holds the terms and the date lookups,
:mod:`~auditor.offices.names` builds the scanning pattern from the name forms, and
:mod:`~auditor.offices.mentions` finds the places in a text that tie a named person to an office.
``scripts/update_office_holders.py`` checks the file and says how to bring it up to date.
"""

from __future__ import annotations

from auditor.offices.mentions import Mention, MentionIndex, find_mentions, may_mention
from auditor.offices.model import (
    DATA_FILE,
    Form,
    Holder,
    Office,
    Term,
    about,
    as_of,
    holders_on,
    known_through,
    office,
    offices,
    source,
    terms_of,
)

__all__ = [
    "DATA_FILE",
    "Form",
    "Holder",
    "Mention",
    "MentionIndex",
    "Office",
    "Term",
    "about",
    "as_of",
    "find_mentions",
    "holders_on",
    "known_through",
    "may_mention",
    "office",
    "offices",
    "source",
    "terms_of",
]
