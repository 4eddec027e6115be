"""knowledge: the data the pipeline needs (word lists, outlets, office holders), as JSON files.

Each file is read once, on first use, and never changed.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent


def read(name: str) -> Any:
    """The parsed JSON file ``name`` (without extension) of this folder, read anew (for data that is
    turned into something else once, such as model weights, and need not stay in memory as read)."""
    with open(HERE / f"{name}.json", encoding="utf-8") as handle:
        return json.load(handle)


@cache
def load(name: str) -> Any:
    """The parsed JSON file ``name`` (without extension) of this folder, read once and shared."""
    return read(name)
