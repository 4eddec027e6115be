"""The names a page gives for its site, publisher and author, read by the loaders as they read the rest of its
head or front matter (``knowledge/publisher.json``):

- an HTML page's ``<meta>`` tags (``og:site_name``, ``application-name``, ``author``, ``publisher`` ...; a value
  that is an address names no one), and the ``name`` of its JSON-LD ``publisher`` and ``author`` objects;
- a Markdown file's front matter: ``author``, ``publisher``, ``organization``, ``site`` and their kin.

What a claim in the publisher's own voice is, is :mod:`auditor.genres.publisher`'s.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from functools import cache

from auditor.knowledge import load

NAME_MAX_CHARS = 80
"""A longer value is a description, not a name."""


@cache
def _keys() -> tuple[frozenset[str], tuple[str, ...], tuple[str, ...]]:
    data = load("publisher")
    return frozenset(data["meta_keys"]), tuple(data["json_ld_keys"]), tuple(data["front_matter_keys"])


def _name(value: object) -> str | None:
    """A publisher's name from a value, or None for an address, an empty or an overlong value."""
    if not isinstance(value, str):
        return None
    value = " ".join(value.replace("&amp;", "&").split()).strip("@ ")
    if not value or len(value) > NAME_MAX_CHARS or "/" in value or "." in value.split(" ")[0][1:]:
        return None  # "https://...", "example.org", "@handle" stripped of its at sign stays a handle
    return value


def _json_ld_names(blob: str, keys: tuple[str, ...]) -> list[str]:
    try:
        data = json.loads(blob)
    except ValueError:
        return []
    found: list[str] = []
    stack: list[object] = [data]
    while stack:
        node = stack.pop()
        if isinstance(node, list):
            stack.extend(node)
        elif isinstance(node, dict):
            stack.extend(v for k, v in node.items() if k == "@graph")
            for key in keys:
                value = node.get(key)
                for item in value if isinstance(value, list) else [value]:
                    name = _name(item.get("name")) if isinstance(item, dict) else _name(item)
                    if name:
                        found.append(name)
    return found


def page_publishers(meta: Mapping[str, str], json_ld: Iterable[str]) -> tuple[str, ...]:
    """The names of an HTML page's meta tags (``meta``: key -> content, in the page's order) and JSON-LD
    scripts (their texts), in the order found, each once."""
    meta_keys, ld_keys, _ = _keys()
    found = [name for key, value in meta.items() if key in meta_keys and (name := _name(value))]
    for blob in json_ld:
        found.extend(_json_ld_names(blob, ld_keys))
    return tuple(dict.fromkeys(found))


def front_matter_publishers(fields: Mapping[str, str]) -> tuple[str, ...]:
    """The names of a Markdown file's front matter fields, in the order of the keys, each once."""
    found: list[str] = []
    for key in _keys()[2]:
        value = fields.get(key, "").strip("[] ")
        found.extend(n for part in value.split(",") if (n := _name(part.strip(" \"'"))))
    return tuple(dict.fromkeys(found))
