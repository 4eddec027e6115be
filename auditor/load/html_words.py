"""The word lists of ``knowledge/html_boilerplate.json`` that the HTML loader reads, as sets.

Which tags are dropped, which are blocks of what kind, and the class/id words that mark an element as
chrome or as content; read once per process.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any, cast, get_args

from auditor.knowledge import load
from auditor.model import BlockKind


@dataclass(frozen=True)
class Words:
    """The lists of ``knowledge/html_boilerplate.json``, as sets."""

    drop_tags: frozenset[str]
    drop_roles: frozenset[str]
    block_kinds: dict[str, BlockKind]
    paragraph_tags: frozenset[str]
    div_like_tags: frozenset[str]
    div_block_children: frozenset[str]
    conditional_tags: frozenset[str]
    negative_words: frozenset[str]
    negative_fragments: tuple[str, ...]
    positive_words: frozenset[str]
    protect_words: frozenset[str]
    modifier_words: frozenset[str]
    unlikely_words: frozenset[str]
    unlikely_fragments: tuple[str, ...]
    hidden_styles: tuple[str, ...]
    embed_hosts: tuple[str, ...]
    published_meta: tuple[str, ...]
    title_separators: tuple[str, ...]


def _block_kind(name: str) -> BlockKind:
    """A block kind named in the word lists, checked against the model's kinds."""
    if name not in get_args(BlockKind):
        raise ValueError(f"html_boilerplate.json: unknown block kind {name!r}")
    return cast(BlockKind, name)


@cache
def words() -> Words:
    """The word lists, read once from the package's knowledge folder."""
    data: dict[str, Any] = load("html_boilerplate")

    def as_set(name: str) -> frozenset[str]:
        return frozenset(str(item) for item in data[name])

    def as_tuple(name: str) -> tuple[str, ...]:
        return tuple(str(item) for item in data[name])

    return Words(
        drop_tags=as_set("drop_tags"),
        drop_roles=as_set("drop_roles"),
        block_kinds={tag: _block_kind(kind) for kind, tags in data["block_tags"].items() for tag in tags},
        paragraph_tags=as_set("paragraph_tags"),
        div_like_tags=as_set("div_like_tags"),
        div_block_children=as_set("div_block_children"),
        conditional_tags=as_set("conditional_tags"),
        negative_words=as_set("negative_words"),
        negative_fragments=as_tuple("negative_fragments"),
        positive_words=as_set("positive_words"),
        protect_words=as_set("protect_words"),
        modifier_words=as_set("modifier_words"),
        unlikely_words=as_set("unlikely_words"),
        unlikely_fragments=as_tuple("unlikely_fragments"),
        hidden_styles=as_tuple("hidden_styles"),
        embed_hosts=as_tuple("embed_hosts"),
        published_meta=as_tuple("published_meta"),
        title_separators=as_tuple("title_separators"),
    )
