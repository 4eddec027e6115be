"""The package layout shows the pipeline: each room imports downward only (see the rooms' ``__init__`` docstrings).

Every import of every module is read from its source, the ones inside functions too, so a lazy import that runs
upward is caught as well as a top-level one.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "auditor"

FORBIDDEN = {
    "sourcing": {"genres", "checks", "engine", "api", "report", "formats", "project", "cli", "net"},
    "genres": {"checks", "engine", "api", "report", "formats", "project", "cli", "net"},
    "project": {"formats", "cli"},
}
"""Room -> the rooms and top-level modules of ``auditor`` it must not import."""

ALLOWED = {("auditor.genres.testimony", "auditor.checks.writer")}
"""Known upward imports, kept lazy (see :mod:`auditor.genres`); none is to be added."""

CORE_FORBIDDEN = {"sourcing", "genres", "project", "cli"}
"""What the core pipeline's modules and the lower rooms (load, net, knowledge, offices, compare) never import."""

ABOVE_CORE = {"sourcing", "genres", "checks", "project", "cli", "formats", "__main__"}


def module_name(path: Path) -> str:
    """``auditor/genres/release.py`` -> ``auditor.genres.release``; a package's ``__init__`` is the package."""
    parts = ["auditor", *path.relative_to(PACKAGE).with_suffix("").parts]
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(source: str, name: str, is_package: bool = False) -> set[str]:
    """The ``auditor`` modules and names a module's source imports (absolute, relative imports resolved)."""
    package = name if is_package else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                target = ".".join([*base, *([node.module] if node.module else [])])
            else:
                target = node.module or ""
            found.add(target)
            found.update(f"{target}.{alias.name}" for alias in node.names)
    return {m for m in found if m.startswith("auditor.")}


def room(module: str) -> str:
    """``auditor.genres.release`` -> ``genres``; ``auditor.article`` -> ``article``."""
    return module.split(".")[1]


def graph() -> dict[str, set[str]]:
    """Every module of the package (but the package itself) -> what it imports."""
    return {
        module_name(p): imports(p.read_text(encoding="utf-8"), module_name(p), p.name == "__init__.py")
        for p in sorted(PACKAGE.rglob("*.py"))
        if p != PACKAGE / "__init__.py"
    }


def allowed(source: str, target: str) -> bool:
    return any(source == s and (target == t or target.startswith(t + ".")) for s, t in ALLOWED)


def test_imports_are_read_inside_functions_and_relative_ones_resolved() -> None:
    source = "import os\ndef f():\n    from auditor.cli import main\nfrom . import voice\nfrom ..model import Claim\n"
    assert imports(source, "auditor.sourcing.need") == {
        "auditor.cli",
        "auditor.cli.main",
        "auditor.sourcing",
        "auditor.sourcing.voice",
        "auditor.model",
        "auditor.model.Claim",
    }


def test_the_rooms_exist() -> None:
    rooms = {room(m) for m in graph()}
    assert {"sourcing", "genres", "project", "load", "checks", "compare", "formats", "cli"} <= rooms


def test_rooms_import_downward_only() -> None:
    wrong = sorted(
        (source, target)
        for source, targets in graph().items()
        if room(source) in FORBIDDEN
        for target in targets
        if room(target) in FORBIDDEN[room(source)] and not allowed(source, target)
    )
    assert wrong == []


def test_the_core_never_imports_a_room_above_it() -> None:
    wrong = sorted(
        (source, target)
        for source, targets in graph().items()
        if room(source) not in ABOVE_CORE
        for target in targets
        if room(target) in CORE_FORBIDDEN
    )
    assert wrong == []
