"""The command line: argument parsing, printing and exit codes (the only package that prints or exits).

Each command lives in its own module of this package with ``add_parser(commands)``
(which sets ``run`` as the parser's default) and ``run(args) -> int``; this module
builds the parser from :data:`COMMANDS` and turns library errors into one line
on stderr and exit code 2.

Exit codes: 0 nothing at or above ``--fail-on``; 1 findings at or above it;
2 a usage, configuration or input error, reported as one line on stderr.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from auditor._version import __version__
from auditor.errors import AuditorError

COMMANDS = ("audit", "check", "report", "rules")
"""The modules of :mod:`auditor.cli` that each add one command, in the order ``--help`` lists them."""

EXAMPLES = """\
examples:
  auditor audit article.md                 audit a file, summary in the terminal
  auditor audit page.html --format json -o report.json
  auditor audit https://example.com/news/story --fail-on warning
  cat draft.txt | auditor audit -          read the article from stdin
  auditor check content/ --format sarif    every article of a repository, for CI
  auditor report report.json -o review.html   the HTML review page of a saved report
  auditor rules                            list every rule
  auditor rules CIT002                     explain one rule, with examples

exit codes: 0 no finding at or above --fail-on, 1 some, 2 bad usage or unreadable input
"""


def build_parser() -> argparse.ArgumentParser:
    """The ``auditor`` parser with every command of :data:`COMMANDS`."""
    parser = argparse.ArgumentParser(
        prog="auditor",
        description="Audit an article's claims and citations: unsourced claims, placeholder and broken "
        "citations, pasted boilerplate, and statements that contradict each other.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"auditor {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        importlib.import_module(f"auditor.cli.{name}").add_parser(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    if list(sys.argv[1:] if argv is None else argv) == ["--version"]:
        # The one answer that needs no parser: building it imports every command's modules (the pipeline's
        # values, dataclasses, inspect), which tripled the time `auditor --version` took.
        print(f"auditor {__version__}")
        return 0
    from auditor.cli.common import error_line

    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits on --help, --version and usage errors
        return int(exc.code or 0)
    if not hasattr(args, "run"):
        parser.print_help()
        return 2
    try:
        code: int = args.run(args)
        return code
    except AuditorError as exc:
        error_line(str(exc))
        return 2
    except KeyboardInterrupt:
        print("auditor: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # a bug of ours: one line a user can report, never a traceback
        bug = f"{type(exc).__name__}: {exc}"
        error_line(f"internal error, a bug in auditor {__version__}: {bug}; please report it with the input")
        return 2
