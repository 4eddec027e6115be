"""``auditor report REPORT.json``: the review page of a saved report."""

from __future__ import annotations

import argparse

from auditor.cli.common import emit, same_file

EXAMPLES = """\
examples:
  auditor audit article.md --format json -o report.json
  auditor report report.json -o review.html        the page, with the article read again
  auditor report report.json --source saved.html -o review.html

The article is read again from the report's document.source (as given, or relative to the
report file), or from --source; its SHA-256 must be the report's, or the command stops.

exit codes: 0 page written, 2 bad usage, an invalid report, or an article that changed
"""


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``report`` command."""
    parser = commands.add_parser(
        "report",
        help="write the HTML review page of a saved JSON report",
        description="Write the self-contained HTML review page of a JSON report made by `auditor audit --format json`.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("report", metavar="REPORT.json", help="a report written by `auditor audit --format json`")
    parser.add_argument("-o", "--output", metavar="FILE", help="write the page here instead of stdout")
    parser.add_argument(
        "--source", metavar="FILE", help="the article the report was made from (default: its document.source)"
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Validate the report, read its article again, and write the page."""
    from auditor.errors import InputError
    from auditor.formats.html import ReviewFile, page
    from auditor.review import article_file, read_article, read_report

    if args.output and same_file(args.output, args.report):
        raise InputError(f"{args.output}: is the report file; choose another output file")
    report = read_report(args.report)
    path = article_file(report, args.report, args.source)
    raw = read_article(path, report["document"]["sha256"])
    if args.output and same_file(args.output, args.source or report["document"]["source"] or args.report):
        raise InputError(f"{args.output}: is the article file; choose another output file (inputs are never changed)")
    # loaded again from where it is, so that its includes and site settings are the ones it was audited with
    emit(page([ReviewFile(report["document"]["source"], report, raw, location=str(path))]), args.output)
    return 0
