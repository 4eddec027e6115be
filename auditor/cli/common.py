"""What the commands share: the report options (format, output, thresholds, rule selection) and writing out."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from auditor.errors import InputError
from auditor.model import SEVERITY_RANK, Severity
from auditor.results import FAIL_ON

if TYPE_CHECKING:
    from auditor.project.options import Project

SEVERITY_LEVELS = ("error", "warning", "info")


def error_line(message: str) -> None:
    """One error line on stderr, the way every command reports a failure."""
    print(f"auditor: error: {message}", file=sys.stderr)


def add_report_options(parser: argparse.ArgumentParser) -> None:
    """The options of every command that writes findings: format, output file, thresholds, rule selection."""
    from auditor.formats import names

    parser.add_argument("--format", "-f", choices=names(), default="text", help="output format (default: text)")
    parser.add_argument("-o", "--output", metavar="FILE", help="write the output here instead of stdout")
    parser.add_argument(
        "--fail-on",
        choices=FAIL_ON,
        default=None,
        help="exit 1 when a finding is at or above this severity (default: error)",
    )
    parser.add_argument(
        "--show",
        choices=SEVERITY_LEVELS,
        default=None,
        help="the lowest severity written out (default: info for audit, the --fail-on level for check); "
        "findings at or above --fail-on are always written",
    )
    parser.add_argument("--select", metavar="CODES", help="only these rules, by code or prefix: CIT,CON001")
    parser.add_argument("--ignore", metavar="CODES", help="skip these rules too, by code or prefix: ART,CIT008")
    parser.add_argument(
        "--config",
        metavar="FILE",
        help="settings file (default: .auditor.toml, or pyproject.toml with [tool.auditor], "
        "found from the working directory upwards)",
    )


def load_project(args: argparse.Namespace, git_root: bool = False, **cli: Any) -> Project:
    """The settings file and the command line's options together (see :mod:`auditor.project`)."""
    from auditor.project.options import Project
    from auditor.project.settings import load

    settings = load(Path(args.config) if args.config else None, git_root=git_root)
    options = {"select": codes(args.select), "ignore": codes(args.ignore), "fail-on": args.fail_on, "show": args.show}
    return Project(settings, {**options, **cli})


def thresholds(project: Project, default_show: str | None) -> tuple[str, Severity]:
    """(fail-on, show): show is never above fail-on, so that whatever fails the run is written out."""
    fail_on: str = project.value("fail-on", "error")
    show: str = project.value("show") or default_show or (fail_on if fail_on != "never" else "info")
    if fail_on != "never" and SEVERITY_RANK[show] > SEVERITY_RANK[fail_on]:
        show = fail_on
    return fail_on, show  # type: ignore[return-value]


def codes(value: str | None) -> list[str] | None:
    """A comma-separated list of rule codes or prefixes, or None when not given."""
    return [c.strip() for c in value.split(",") if c.strip()] if value else None


def same_file(a: str | os.PathLike[str], b: str | os.PathLike[str]) -> bool:
    """Whether two paths name the same file: the same path, a symlink to it, or a hard link (same inode)."""
    try:
        return os.path.samefile(a, b)
    except (OSError, ValueError):  # one of them does not exist (yet): then they are not the same file
        pass
    try:
        return Path(a).resolve() == Path(b).resolve()
    except (OSError, RuntimeError):
        return False


def write(stream: TextIO, text: str) -> None:
    """Write to a stream, quietly when its reader has gone (``auditor audit x | head``)."""
    try:
        stream.write(text)
        stream.flush()
    except BrokenPipeError:
        pass


def emit(text: str, output: str | None) -> None:
    """Write the output to the ``-o`` file, or stdout."""
    if output:
        try:
            Path(output).write_text(text, encoding="utf-8")
        except OSError as exc:
            raise InputError(f"{output}: cannot write the report ({exc.strerror or exc})") from None
    else:
        write(sys.stdout, text)


def use_colour(output: str | None, stream: TextIO | None = None) -> bool:
    """Colour only for a terminal, never with ``NO_COLOR`` set and not empty (https://no-color.org), nor on a
    dumb terminal."""
    stream = stream or sys.stdout
    if output or os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb":
        return False
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
