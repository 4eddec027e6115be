"""The JSON output: sorted keys, two-space indent, UTF-8 text, a trailing newline.

``auditor audit`` writes the article's report (``schemas/report.schema.json``).
"""

from __future__ import annotations

import json
from typing import Any

from auditor.results import Results


def dumps(data: Any) -> str:
    """Deterministic JSON text."""
    return json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def render(results: Results) -> str:
    """The report of the one audited article, as deterministic JSON."""
    (only,) = results.files
    return dumps(only.report)
