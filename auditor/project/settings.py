"""The project's settings file: ``[tool.auditor]`` in ``pyproject.toml``, or ``.auditor.toml``.

The file is looked for from the working directory upwards: in each folder
``.auditor.toml`` (options at its top level) wins over a ``pyproject.toml`` that
has a ``[tool.auditor]`` table; ``--config FILE`` names one instead. The folder
of the file is the project root: check mode's paths (and so fingerprints and
baseline entries) are relative to it. Keys are kebab-case; every value is
checked here, and anything wrong is one :class:`~auditor.errors.ConfigError`
line naming the file and the key. ``schemas/config.schema.json`` describes the
same options (a test keeps the two in agreement, and the README's reference is
generated from the schema).
"""

from __future__ import annotations

import datetime
import difflib
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from auditor.errors import ConfigError
from auditor.model import SEVERITIES
from auditor.results import FAIL_ON

FILES = (".auditor.toml", "pyproject.toml")
"""Settings files, in the order they are looked for in each folder."""

Check = Callable[[Any], Any]


def _strings(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ValueError("must be a list of non-empty strings")
    return tuple(v.strip() for v in value)


def _codes(value: Any) -> tuple[str, ...]:
    return tuple(v.upper() for v in _strings(value))


def _severity(value: Any) -> dict[str, str]:
    if not isinstance(value, dict):
        raise ValueError('must be a table of rule code = level, e.g. { CIT001 = "error" }')
    for code, level in value.items():
        if level not in SEVERITIES:
            raise ValueError(f"{code} must be one of {', '.join(SEVERITIES)}, not {level!r}")
    return {code.upper(): level for code, level in value.items()}


def _choice(*allowed: str) -> Check:
    def check(value: Any) -> str:
        if value not in allowed:
            raise ValueError(f"must be one of {', '.join(allowed)}, not {value!r}")
        return str(value)

    return check


def _bool(value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValueError(f"must be true or false, not {value!r}")
    return value


def _count(minimum: int) -> Check:
    def check(value: Any) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
            raise ValueError(f"must be a whole number of at least {minimum}, not {value!r}")
        return value

    return check


def _date(value: Any) -> datetime.date:
    if isinstance(value, datetime.date) and not isinstance(value, datetime.datetime):
        return value
    if isinstance(value, str):
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            pass
    raise ValueError(f"must be a date written YYYY-MM-DD, not {value!r}")


def _extensions(value: Any) -> tuple[str, ...]:
    found = _strings(value)
    if not all(v.startswith(".") for v in found):
        raise ValueError('must be a list of extensions starting with a dot, e.g. [".md", ".html"]')
    return tuple(v.lower() for v in found)


def _path(value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValueError("must be a file path")
    return value


AUDIT_KEYS: dict[str, Check] = {
    "select": _codes,
    "ignore": _codes,
    "severity": _severity,
    "published": _date,
    "online": _bool,
    "allow-private-network": _bool,
    "max-bytes": _count(1),
}
"""Keys that change how one article is audited (a :class:`~auditor.config.Config`)."""
RUN_KEYS: dict[str, Check] = {
    "fail-on": _choice(*FAIL_ON),
    "show": _choice(*SEVERITIES),
    "include": _strings,
    "exclude": _strings,
    "extensions": _extensions,
    "respect-gitignore": _bool,
    "jobs": _count(0),
    "baseline": _path,
    "cache": _bool,
}
"""Keys about the run as a whole (check mode), not one article."""
OVERRIDE_KEYS: dict[str, Check] = {
    "files": _strings,
    **{k: AUDIT_KEYS[k] for k in ("select", "ignore", "severity", "published")},
}
"""Keys of one ``[[tool.auditor.overrides]]`` table (``files`` is required)."""


@dataclass(frozen=True)
class Override:
    """Settings for the files matching ``files`` globs: ``select`` replaces, ``ignore`` adds, ``severity`` merges."""

    files: tuple[str, ...]
    options: Mapping[str, Any]


@dataclass(frozen=True)
class Settings:
    """The validated settings file (or none): values by kebab-case key, and the project root."""

    root: Path
    file: Path | None = None
    options: Mapping[str, Any] = field(default_factory=dict)
    overrides: tuple[Override, ...] = ()

    @property
    def name(self) -> str:
        """The settings file as error messages name it (relative to the working directory when inside it)."""
        return display(self.file) if self.file else "(no settings file)"

    def get(self, key: str, default: Any = None) -> Any:
        """A setting's value, or ``default`` when the file does not set it."""
        return self.options.get(key, default)


def display(path: Path) -> str:
    """A path relative to the working directory when it is inside it, else as it is."""
    try:
        return str(path.absolute().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def find(start: Path) -> Path | None:
    """The settings file for ``start``: the nearest folder upwards holding one."""
    for folder in (start, *start.parents):
        for name in FILES:
            candidate = folder / name
            if candidate.is_file() and (name != "pyproject.toml" or _has_table(candidate)):
                return candidate
    return None


def _has_table(pyproject: Path) -> bool:
    try:
        return "auditor" in _read(pyproject).get("tool", {})
    except ConfigError:
        return False


def _read(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError:
        raise ConfigError(f"{display(path)}: no such settings file") from None
    except OSError as exc:
        raise ConfigError(f"{display(path)}: cannot read it ({exc.strerror or exc})") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{display(path)}: not valid TOML ({exc})") from None


def load(path: Path | None = None, start: Path | None = None, git_root: bool = False) -> Settings:
    """The settings of ``path`` (``--config``), or of the file found from ``start`` upwards, or none.

    Without a settings file the root is ``start``, or with ``git_root`` the top of the git work tree
    holding it (so that check mode's paths, and fingerprints, do not depend on the folder it ran from).
    """
    start = (start or Path.cwd()).absolute()
    path = path.absolute() if path else find(start)
    if path is None:
        if git_root:
            from auditor.project.repo import toplevel

            return Settings(root=toplevel(start) or start)
        return Settings(root=start)
    data = _read(path)
    if path.name == "pyproject.toml":
        table = data.get("tool", {}).get("auditor")
        if table is None:
            raise ConfigError(f"{display(path)}: has no [tool.auditor] table")
        where = f"{display(path)}: [tool.auditor]"
    else:
        table, where = data, display(path)
    if not isinstance(table, dict):
        raise ConfigError(f"{where} must be a table")
    options = _validate(table, {**AUDIT_KEYS, **RUN_KEYS}, where, extra={"overrides"})
    overrides = tuple(_override(o, f"{where} overrides[{n}]") for n, o in enumerate(_list(table, "overrides", where)))
    return Settings(root=path.parent, file=path, options=options, overrides=overrides)


def _list(table: dict[str, Any], key: str, where: str) -> list[Any]:
    value = table.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise ConfigError(f"{where} {key}: must be an array of tables ([[tool.auditor.{key}]])")
    return value


def _override(table: dict[str, Any], where: str) -> Override:
    options = _validate(table, OVERRIDE_KEYS, where)
    if "files" not in options:
        raise ConfigError(f"{where}: needs files = [globs] to say which files it is for")
    return Override(options.pop("files"), options)


def _validate(
    table: dict[str, Any], keys: dict[str, Check], where: str, extra: set[str] | None = None
) -> dict[str, Any]:
    options: dict[str, Any] = {}
    for key, value in table.items():
        if key in (extra or set()):
            continue
        if key not in keys:
            close = difflib.get_close_matches(key.replace("_", "-"), list(keys), n=1, cutoff=0.6)
            hint = f"; did you mean {close[0]!r}?" if close else f"; known keys: {', '.join(sorted(keys))}"
            raise ConfigError(f"{where}: unknown key {key!r}{hint}")
        try:
            options[key] = keys[key](value)
        except ValueError as exc:
            raise ConfigError(f"{where} {key}: {exc}") from None
    return options
