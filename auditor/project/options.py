"""The effective options of a run: defaults < settings file < its overrides for a path < command line.

``select`` from a later layer replaces the earlier one; ``ignore`` adds to it;
``severity`` merges code by code; every other option replaces.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from functools import cached_property
from pathlib import Path
from typing import Any

from auditor.config import Config
from auditor.errors import ConfigError
from auditor.project.discover import EXTENSIONS, Selection
from auditor.project.globs import matches
from auditor.project.settings import Settings

_CONFIG_FIELDS = {f.name for f in dataclasses.fields(Config)}


class Project:
    """Settings and command-line options together; builds each file's :class:`Config` once per distinct set
    of matching overrides."""

    def __init__(self, settings: Settings, cli: Mapping[str, Any] | None = None) -> None:
        self.settings = settings
        self.cli = {k: v for k, v in (cli or {}).items() if v is not None}
        self._configs: dict[tuple[int, ...], Config] = {}
        self._check()

    def _check(self) -> None:
        """Build the base configuration and each override's now, so that a bad code is reported at once,
        naming the settings file."""
        where = f"{self.settings.name}: " if self.settings.file else ""
        for n in (None, *range(len(self.settings.overrides))):
            try:
                self._configs.setdefault((n,) if n is not None else (), self._layered(() if n is None else (n,)))
            except ConfigError as exc:
                label = f"overrides[{n}] " if n is not None else ""
                raise ConfigError(f"{where}{label}{exc}") from None

    @property
    def root(self) -> Path:
        """The project root (the settings file's folder, or the working directory)."""
        return self.settings.root

    def value(self, key: str, default: Any = None) -> Any:
        """A run option: the command line's, else the settings file's, else ``default``."""
        return self.cli.get(key, self.settings.get(key, default))

    @cached_property
    def selection(self) -> Selection:
        """What discovery looks for."""
        return Selection(
            extensions=tuple(self.value("extensions", EXTENSIONS)),
            include=tuple(self.value("include", ())),
            exclude=tuple(self.settings.get("exclude", ())) + tuple(self.cli.get("exclude", ())),
            respect_gitignore=bool(self.value("respect-gitignore", True)),
        )

    def config_for(self, source: str | None) -> Config:
        """The configuration of the file at ``source`` (relative POSIX path; None for stdin or a URL)."""
        hits = tuple(
            n for n, o in enumerate(self.settings.overrides) if source is not None and matches(source, o.files)
        )
        config = self._configs.get(hits)
        if config is None:
            config = self._configs[hits] = self._layered(hits)
        return config

    def _layered(self, hits: tuple[int, ...]) -> Config:
        return _build([self.settings.options, *(self.settings.overrides[n].options for n in hits), self.cli])


def _build(layers: list[Mapping[str, Any]]) -> Config:
    options: dict[str, Any] = {"ignore": (), "severity": {}}
    for layer in layers:
        for key, value in layer.items():
            if key == "ignore":
                options["ignore"] = (*options["ignore"], *value)
            elif key == "severity":
                options["severity"] = {**options["severity"], **value}
            else:
                options[key] = value
    fields = {key.replace("-", "_"): value for key, value in options.items()}
    kwargs = {k: v for k, v in fields.items() if k in _CONFIG_FIELDS}
    if "select" in kwargs:
        kwargs["select"] = tuple(kwargs["select"]) or ("",)
    kwargs["ignore"] = tuple(kwargs["ignore"])
    return Config(**kwargs)


def config_digest(config: Config) -> str:
    """A stable text of everything in a configuration (for the cache key)."""
    parts = []
    for f in dataclasses.fields(Config):
        value = getattr(config, f.name)
        if isinstance(value, Mapping):
            value = sorted(value.items())
        parts.append(f"{f.name}={value!r}")
    return ";".join(parts)
