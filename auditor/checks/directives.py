"""AUD: rules about the auditor's own directives written in an article (inline suppressions).

They form their own family because they say nothing about the article's content:
selecting rules by content family (``CIT``, ``CON``, ``ART``) neither turns them on
nor off by accident, and ``ignore = ["AUD"]`` turns off all of them (as ruff keeps
its ``noqa`` check, RUF100, apart from the rules it silences).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from auditor.checks import rule
from auditor.model import Hit

if TYPE_CHECKING:
    from auditor.article import Article


@rule("AUD001", "unused-suppression", "warning")
def unused_suppression(article: Article) -> Iterator[Hit]:
    """An ``auditor-disable`` comment that silenced nothing, or that names no rule.

    A stale suppression hides the next real problem on its lines. A code is
    reported only when every rule it names ran to the end on the article: a
    comment for a rule switched off by the configuration, needing the network,
    or crashing is left alone. Findings are made by the suppression step
    (:func:`auditor.suppress.unused`, called from :func:`auditor.api.audit_document`),
    the only place that knows what each comment silenced; this function yields nothing.

    Flagged: <!-- auditor-disable-next-line CIT002 -- placeholder kept on purpose --> | The choir has sung at the festival since it began.
    Flagged: <!-- auditor-disable-next-line CIT0O2 --> | The bridge opened in 1932 [source].
    Clean: <!-- auditor-disable-next-line CIT002 -- placeholder kept on purpose --> | The bridge opened in 1932 [source].
    """
    return iter(())
