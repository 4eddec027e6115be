"""``auditor audit PATH|URL|-``: audit one article and write its findings."""

from __future__ import annotations

import argparse
import os
import stat
import sys
from pathlib import Path

from auditor.cli.common import add_report_options, emit, error_line, load_project, same_file, thresholds, use_colour
from auditor.config import DEFAULT_MAX_BYTES
from auditor.errors import InputError, UsageError
from auditor.net import is_url

EXAMPLES = """\
examples:
  auditor audit article.md                 audit a file, summary in the terminal
  auditor audit page.html --format json -o report.json
  auditor audit draft.md --format html -o review.html   the review page
  auditor audit https://example.com/news/story --fail-on warning
  cat draft.txt | auditor audit -          read the article from stdin

  auditor audit http://127.0.0.1:8000/draft.html --allow-private-network

exit codes: 0 no finding at or above --fail-on, 1 some, 2 bad usage or unreadable input
"""


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``audit`` command."""
    parser = commands.add_parser(
        "audit",
        help="audit one article (file, URL, or - for stdin)",
        description="Audit one article and print its findings.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("target", metavar="PATH|URL|-", help="an HTML, Markdown or text file, a URL, or - for stdin")
    add_report_options(parser)
    parser.add_argument(
        "--input-format",
        choices=("auto", "html", "markdown", "text"),
        default="auto",
        help="how to read the input (default: from the extension or content)",
    )
    parser.add_argument(
        "--allow-private-network",
        action="store_true",
        default=None,
        help="let a URL (or its redirects) reach loopback, private, link-local and other internal addresses, "
        "refused by default",
    )
    parser.add_argument(
        "--max-bytes",
        type=int,
        metavar="N",
        help=f"refuse an input (file, stdin or URL) larger than N bytes (default: {DEFAULT_MAX_BYTES:,})",
    )
    parser.add_argument(
        "--timeout",
        type=float,
        metavar="SECONDS",
        default=30.0,
        help="the most a URL fetch may take, redirects and body included (default: 30)",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Audit the target and write the output; the exit code follows ``--fail-on``."""
    from auditor.api import audit_text, read_text
    from auditor.formats import formatter
    from auditor.load import decode, read_stream
    from auditor.project.discover import relative
    from auditor.results import FileResult, Results, shown

    cli = {"allow-private-network": args.allow_private_network, "max-bytes": args.max_bytes}
    project = load_project(args, **{k: v for k, v in cli.items() if v is not None})
    fail_on, show = thresholds(project, "info")
    target: str = args.target
    local = target != "-" and not is_url(target)
    config = project.config_for(relative(Path(target).absolute(), project.root) if local else None)
    if args.output:
        _refuse_input_as_output(args.output, target)
    if target == "-":
        text, source = decode(read_stream(sys.stdin.buffer, config.max_bytes), "stdin", config.max_bytes), "<stdin>"
    elif is_url(target):
        from auditor.net import Policy, fetch

        if not args.timeout > 0:
            raise UsageError(f"--timeout must be a positive number of seconds, not {args.timeout:g}")
        policy = Policy.from_config(config, deadline=args.timeout, read_timeout=min(15.0, args.timeout))
        fetched = fetch(target, policy)
        text, source = fetched.text, fetched.url
    else:
        text, source = read_text(target, config.max_bytes), target
    report = audit_text(text, args.input_format, source, config)
    results = Results(
        (shown(FileResult(source, report.to_dict()), show),),
        command="audit",
        fail_on=fail_on,
        show=show,
        colour=use_colour(args.output),
    )
    if args.format == "html":  # the page shows the article: give it the text already read (stdin, URL)
        from auditor.formats.html import render_results

        emit(render_results(results, {source: text}), args.output)
    else:
        emit(formatter(args.format)(results), args.output)
    for error in report.errors:  # a crashed rule: the report is incomplete, which CI must not take for a pass
        error_line(f"rule {error.rule} ({error.name}) crashed on {source}: {error.message}")
    return results.exit_code()


def _refuse_input_as_output(output: str, target: str) -> None:
    """Inputs are never changed: ``-o`` must not name the input file (a symlink or hard link to it included),
    nor the file that standard input reads from."""
    if target != "-" and not is_url(target) and same_file(output, target):
        raise InputError(f"{output}: is the input file; choose another output file (inputs are never changed)")
    if target == "-":
        try:
            stdin, out = os.fstat(sys.stdin.fileno()), os.stat(output)
        except (OSError, ValueError, AttributeError):  # no output file yet, or no real stdin (tests)
            return
        if (stdin.st_dev, stdin.st_ino) == (out.st_dev, out.st_ino) and stat.S_ISREG(out.st_mode):
            raise InputError(f"{output}: is the file standard input reads; choose another output file")

