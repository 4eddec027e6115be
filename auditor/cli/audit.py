"""``auditor audit PATH|URL|-``: audit one article and write its findings."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from auditor.cli.common import add_report_options, emit, error_line, load_project, same_file, thresholds, use_colour
from auditor.errors import InputError

EXAMPLES = """\
examples:
  auditor audit article.md                 audit a file, summary in the terminal
  auditor audit page.html --format json -o report.json
  auditor audit draft.md --format html -o review.html   the review page
  auditor audit https://example.com/news/story --fail-on warning
  cat draft.txt | auditor audit -          read the article from stdin

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
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Audit the target and write the output; the exit code follows ``--fail-on``."""
    from auditor.api import audit_text, read_text
    from auditor.discover import relative
    from auditor.formats import formatter
    from auditor.load import decode
    from auditor.load.url import fetch, is_url
    from auditor.results import FileResult, Results, shown

    project = load_project(args)
    fail_on, show = thresholds(project, "info")
    target: str = args.target
    local = target != "-" and not is_url(target)
    config = project.config_for(relative(Path(target).absolute(), project.root) if local else None)
    if target == "-":
        text, source = decode(sys.stdin.buffer.read(), "stdin"), "<stdin>"
    elif is_url(target):
        fetched = fetch(target)
        text, source = fetched.text, fetched.url
    else:
        text, source = read_text(target), target
    if args.output and not is_url(target) and target != "-" and same_file(args.output, target):
        raise InputError(f"{args.output}: is the input file; choose another output file (inputs are never changed)")
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
