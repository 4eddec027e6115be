"""The command line: argument parsing, printing and exit codes (the only module that prints or exits).

Exit codes: 0 nothing at or above ``--fail-on``; 1 findings at or above it;
2 a usage, configuration or input error, reported as one line on stderr.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from auditor._version import __version__
from auditor.errors import AuditorError, InputError

EXAMPLES = """\
examples:
  auditor audit article.md                 audit a file, summary in the terminal
  auditor audit page.html --format json -o report.json
  auditor audit https://example.com/news/story --fail-on warning
  cat draft.txt | auditor audit -          read the article from stdin
  auditor rules                            list every rule
  auditor rules CIT002                     explain one rule, with examples

exit codes: 0 no finding at or above --fail-on, 1 some, 2 bad usage or unreadable input
"""
FAIL_ON = ("error", "warning", "info", "never")
_RANK = {"info": 1, "warning": 2, "error": 3, "never": 99}


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="auditor",
        description="Audit an article's claims and citations: unsourced claims, placeholder and broken "
        "citations, pasted boilerplate, and statements that contradict each other.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"auditor {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    audit = commands.add_parser(
        "audit",
        help="audit one article (file, URL, or - for stdin)",
        description="Audit one article and print its findings.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    audit.add_argument("target", metavar="PATH|URL|-", help="an HTML, Markdown or text file, a URL, or - for stdin")
    audit.add_argument("--format", "-f", choices=("text", "json"), default="text", help="output format (default: text)")
    audit.add_argument("-o", "--output", metavar="FILE", help="write the report here instead of stdout")
    audit.add_argument(
        "--fail-on",
        choices=FAIL_ON,
        default="error",
        help="exit 1 when a finding is at or above this severity (default: error)",
    )
    audit.add_argument(
        "--input-format",
        choices=("auto", "html", "markdown", "text"),
        default="auto",
        help="how to read the input (default: from the extension or content)",
    )
    audit.add_argument("--select", metavar="CODES", help="only these rules, by code or prefix: CIT,CON001")
    audit.add_argument("--ignore", metavar="CODES", help="skip these rules, by code or prefix: ART,CIT008")

    rules = commands.add_parser("rules", help="list the rules, or explain one", description="List or explain rules.")
    rules.add_argument("code", nargs="?", help="a rule code or name, e.g. CIT002 or placeholder-citation")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits on --help, --version and usage errors
        return int(exc.code or 0)
    try:
        if args.command == "audit":
            return _audit(args)
        if args.command == "rules":
            return _rules(args.code, sys.stdout)
        parser.print_help()
        return 2
    except AuditorError as exc:
        print(f"auditor: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("auditor: interrupted", file=sys.stderr)
        return 130


def _codes(value: str | None) -> list[str] | None:
    return [c.strip() for c in value.split(",") if c.strip()] if value else None


def _audit(args: argparse.Namespace) -> int:
    from auditor.api import audit_text, read_text
    from auditor.config import Config
    from auditor.formats import formatter
    from auditor.load import decode
    from auditor.load.url import fetch, is_url

    config = Config.from_options(select=_codes(args.select), ignore=_codes(args.ignore))
    target: str = args.target
    if target == "-":
        text, source = decode(sys.stdin.buffer.read(), "stdin"), "<stdin>"
    elif is_url(target):
        fetched = fetch(target)
        text, source = fetched.text, fetched.url
    else:
        text, source = read_text(target), target
    if args.output and not is_url(target) and target != "-" and _same_file(args.output, target):
        raise InputError(f"{args.output}: is the input file; choose another output file (inputs are never changed)")
    report = audit_text(text, args.input_format, source, config)
    output = formatter(args.format)(report)
    if args.output:
        try:
            Path(args.output).write_text(output, encoding="utf-8")
        except OSError as exc:
            raise InputError(f"{args.output}: cannot write the report ({exc.strerror or exc})") from None
    else:
        _write(sys.stdout, output)
    for error in report.errors:  # a crashed rule: the report is incomplete, which CI must not take for a pass
        print(f"auditor: error: rule {error.rule} ({error.name}) crashed on {source}: {error.message}", file=sys.stderr)
    if report.errors:
        return 2
    worst = max((_RANK[f.severity] for f in report.findings), default=0)
    return 1 if worst >= _RANK[args.fail_on] else 0


def _same_file(a: str, b: str) -> bool:
    try:
        return Path(a).resolve() == Path(b).resolve()
    except OSError:
        return False


def _write(stream: TextIO, text: str) -> None:
    try:
        stream.write(text)
        stream.flush()
    except BrokenPipeError:  # `auditor audit x | head` is fine
        pass


def _rules(code: str | None, out: TextIO) -> int:
    from auditor.checks import all_rules, get_rule

    if code:
        found = get_rule(code)
        if found is None:
            raise InputError(f"no rule {code!r}; `auditor rules` lists them")
        extra = " (needs --online)" if found.network else ""
        _write(out, f"{found.code} {found.name} [{found.severity}]{extra}\n\n{found.doc}\n")
        return 0
    lines = [f"{r.code}  {r.name:<24} {r.severity:<8} {r.summary}" for r in all_rules()]
    _write(out, "\n".join(lines) + "\n")
    return 0
