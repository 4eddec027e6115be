"""auditor: claim fact-checking and source-citation auditing for articles.

The public API (stable)::

    auditor.audit_text(text, input_format="auto", source=None, config=None) -> Report
    auditor.audit_path(path, config=None) -> Report
    auditor.load_document(text, input_format="auto", source=None) -> Document
    auditor.split_sentences(text) -> list[str]
    auditor.check_worthiness(sentence) -> float ; auditor.CHECK_WORTHY_THRESHOLD

Names are imported on first use, so that ``import auditor`` (and ``auditor --version``) stays fast.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from auditor._version import __version__

if TYPE_CHECKING:
    from auditor.api import audit_path, audit_text
    from auditor.claims import CHECK_WORTHY_THRESHOLD, check_worthiness
    from auditor.load import load_document
    from auditor.segment import split_sentences

_HOMES = {
    "audit_text": "auditor.api",
    "audit_path": "auditor.api",
    "load_document": "auditor.load",
    "split_sentences": "auditor.segment",
    "check_worthiness": "auditor.claims",
    "CHECK_WORTHY_THRESHOLD": "auditor.claims",
}

__all__ = [
    "CHECK_WORTHY_THRESHOLD",
    "__version__",
    "audit_path",
    "audit_text",
    "check_worthiness",
    "load_document",
    "split_sentences",
]


def __getattr__(name: str) -> Any:
    if name in _HOMES:
        value = getattr(importlib.import_module(_HOMES[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'auditor' has no attribute {name!r}")
