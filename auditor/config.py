"""One frozen configuration, built once at the edge and passed down.

Rules are selected and ignored by code prefix (``CIT`` selects every citation
rule, ``CIT00`` the first nine, ``CIT002`` one); severities can be overridden
per rule code. A code or prefix that names no rule is an error with a
suggestion: a typo must not silently run nothing.
"""

from __future__ import annotations

import datetime
import difflib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from auditor.errors import ConfigError
from auditor.model import SEVERITIES, Severity

DEFAULT_MAX_BYTES = 20_000_000
"""Inputs (files, stdin, URLs, API text) larger than this are refused: no article is that long."""


@dataclass(frozen=True, slots=True)
class Config:
    """What to check and how loud: rule selection by code prefix, severity overrides, input and network limits."""

    select: tuple[str, ...] = ("",)
    ignore: tuple[str, ...] = ()
    severity: Mapping[str, Severity] = field(default_factory=dict)
    online: bool = False
    allow_private_network: bool = False
    """Fetch from loopback, private, link-local and other internal addresses (refused by default)."""
    max_bytes: int = DEFAULT_MAX_BYTES
    """The largest input read, in bytes (UTF-8 for text given to the API)."""
    published: datetime.date | None = None
    """The publication date to assume for an article that gives none."""

    def __post_init__(self) -> None:
        for name in ("select", "ignore"):
            value = getattr(self, name)
            if isinstance(value, str) or not all(isinstance(p, str) for p in value):
                raise ConfigError(f"{name} must be a list of rule codes or prefixes, not {value!r}")
        if not isinstance(self.severity, Mapping):
            raise ConfigError(f"severity must be a table of rule code = level, not {self.severity!r}")
        for code, level in self.severity.items():
            if level not in SEVERITIES:
                raise ConfigError(f"severity for {code} must be one of {', '.join(SEVERITIES)}, not {level!r}")
        for name in ("online", "allow_private_network"):
            if not isinstance(getattr(self, name), bool):
                raise ConfigError(f"{name.replace('_', '-')} must be true or false, not {getattr(self, name)!r}")
        if isinstance(self.max_bytes, bool) or not isinstance(self.max_bytes, int) or self.max_bytes < 1:
            raise ConfigError(f"max-bytes must be a positive whole number of bytes, not {self.max_bytes!r}")
        select = tuple(p.strip().upper() for p in self.select)
        ignore = tuple(p.strip().upper() for p in self.ignore)
        severity = {code.strip().upper(): level for code, level in self.severity.items()}
        check_codes(self.select, "select")
        check_codes(self.ignore, "ignore")
        check_codes(tuple(self.severity), "severity", whole=True)
        object.__setattr__(self, "severity", MappingProxyType(severity))
        object.__setattr__(self, "select", select)
        object.__setattr__(self, "ignore", ignore)

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
        allow_private_network: bool = False,
        max_bytes: int = DEFAULT_MAX_BYTES,
    ) -> Config:
        """A configuration from loosely typed options (command line, a TOML table).

        ``select`` and ``ignore`` may be lists or one comma-separated string (``"CIT,CON001"``).
        """
        select, ignore = _split(select), _split(ignore)
        levels: dict[str, Severity] = {}
        for code, level in (severity or {}).items():
            if level not in SEVERITIES:
                raise ConfigError(f"severity for {code} must be one of {', '.join(SEVERITIES)}, not {level!r}")
            levels[code.upper()] = level
        return cls(
            tuple(select) if select else ("",), tuple(ignore or ()), levels, online, allow_private_network, max_bytes
        )


def _split(value: Iterable[str] | None) -> list[str] | None:
    if value is None:
        return None
    if isinstance(value, str):
        return [p.strip() for p in value.split(",") if p.strip()]
    return list(value)


def check_codes(prefixes: tuple[str, ...], option: str, *, whole: bool = False) -> None:
    """Raise :class:`ConfigError` for a code or prefix that names no rule, with the nearest real one.

    ``whole`` asks for complete rule codes (severity overrides), not prefixes.
    """
    wanted = [p.strip() for p in prefixes if p.strip()]
    if not wanted:
        return
    from auditor.checks import FAMILIES, all_rules  # here: building a Config must not import every rule eagerly

    rules = all_rules()
    codes = [r.code for r in rules]
    known = set(codes) if whole else {c[:n] for c in codes for n in range(1, len(c) + 1)} | set(FAMILIES)
    for prefix in wanted:
        if prefix.upper() in known:
            continue
        by_name = {r.name: r.code for r in rules}
        if prefix.lower() in by_name:
            hint = f"; did you mean {by_name[prefix.lower()]} ({prefix.lower()})?"
        else:
            close = difflib.get_close_matches(prefix.upper(), [*codes, *FAMILIES], n=1, cutoff=0.6)
            hint = f"; did you mean {close[0]}?" if close else "; `auditor rules` lists them"
        what = "rule code" if whole else "rule code or prefix"
        raise ConfigError(f"{option}: unknown {what} {prefix!r}{hint}")


DEFAULT = Config()
