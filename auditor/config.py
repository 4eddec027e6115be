"""One frozen configuration, built once at the edge and passed down.

Rules are selected and ignored by code prefix (``CIT`` selects every citation
rule, ``CIT00`` the first nine, ``CIT002`` one); severities can be overridden
per rule code.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from auditor.errors import ConfigError
from auditor.model import SEVERITIES, Severity


@dataclass(frozen=True, slots=True)
class Config:
    """What to check and how loud: rule selection by code prefix, severity overrides, network policy."""

    select: tuple[str, ...] = ("",)
    ignore: tuple[str, ...] = ()
    severity: Mapping[str, Severity] = field(default_factory=dict)
    online: bool = False
    published: datetime.date | None = None
    """The publication date to assume for an article that gives none."""

    def __post_init__(self) -> None:
        for code, level in self.severity.items():
            if level not in SEVERITIES:
                raise ConfigError(f"severity for {code} must be one of {', '.join(SEVERITIES)}, not {level!r}")
        object.__setattr__(self, "severity", MappingProxyType(dict(self.severity)))
        object.__setattr__(self, "select", tuple(p.upper() for p in self.select))
        object.__setattr__(self, "ignore", tuple(p.upper() for p in self.ignore))

    def enabled(self, code: str) -> bool:
        """Whether the rule ``code`` runs: the longest matching prefix decides, ignore winning ties."""
        selected = max((len(p) for p in self.select if code.startswith(p)), default=-1)
        ignored = max((len(p) for p in self.ignore if code.startswith(p)), default=-1)
        return selected > ignored

    def severity_of(self, code: str, default: Severity) -> Severity:
        """The configured severity of a rule, or its default."""
        return self.severity.get(code, default)

    @classmethod
    def from_options(
        cls,
        select: Iterable[str] | None = None,
        ignore: Iterable[str] | None = None,
        severity: Mapping[str, str] | None = None,
        online: bool = False,
    ) -> Config:
        """A configuration from loosely typed options (command line, a TOML table)."""
        levels: dict[str, Severity] = {}
        for code, level in (severity or {}).items():
            if level not in SEVERITIES:
                raise ConfigError(f"severity for {code} must be one of {', '.join(SEVERITIES)}, not {level!r}")
            levels[code.upper()] = level
        return cls(tuple(select) if select else ("",), tuple(ignore or ()), levels, online)


DEFAULT = Config()
