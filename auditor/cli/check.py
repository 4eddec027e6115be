"""``auditor check [PATHS...]``: every article of a content repository, for CI."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from auditor.cli.common import (
    add_report_options,
    emit,
    error_line,
    load_project,
    same_file,
    thresholds,
    use_colour,
    write,
)
from auditor.errors import ConfigError, InputError

EXAMPLES = """\
examples:
  auditor check                             every article under the current folder
  auditor check content/ --format sarif -o auditor.sarif
  auditor check --changed-since origin/main --format github
  auditor check --write-baseline auditor-baseline.json     accept today's findings once
  auditor check --baseline auditor-baseline.json           then fail only on new ones

exit codes: 0 no finding at or above --fail-on (after suppressions and the baseline),
            1 some, 2 bad usage or settings, or a file that could not be audited
"""


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``check`` command."""
    parser = commands.add_parser(
        "check",
        help="audit every article under folders or files (CI mode)",
        description="Audit every article (.md, .markdown, .mdx, .html, .htm, .txt) under the given paths, "
        "honouring .gitignore and the settings file, in parallel, with a cache, and write one combined report.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("paths", nargs="*", metavar="PATH", help="files or folders (default: .)")
    add_report_options(parser)
    parser.add_argument("-j", "--jobs", type=_jobs, metavar="N", help="worker processes (default: all cores)")
    parser.add_argument("--exclude", action="append", metavar="GLOB", help="leave out these paths too (repeatable)")
    parser.add_argument(
        "--changed-since",
        metavar="REV",
        help="only files git reports changed since REV, untracked ones, and the articles that include a changed "
        "file or print values of a changed _config.yml",
    )
    parser.add_argument("--baseline", metavar="FILE", help="hide the findings recorded in this baseline file")
    parser.add_argument("--write-baseline", metavar="FILE", help="record every finding of this run in a baseline file")
    parser.add_argument(
        "--prune-baseline", action="store_true", help="drop the --baseline entries that no longer match (fixed)"
    )
    parser.add_argument("--no-cache", action="store_true", help="neither read nor write .auditor_cache/")
    parser.add_argument("--no-progress", action="store_true", help="no progress bar (it only shows on a terminal)")
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no summary on stderr")
    parser.set_defaults(run=run)


def _jobs(value: str) -> int:
    try:
        jobs = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number of jobs") from None
    if jobs < 0:
        raise argparse.ArgumentTypeError("the number of jobs cannot be negative (0 means all cores)")
    return jobs


def run(args: argparse.Namespace) -> int:
    """Discover, audit, apply the baseline, write the output; the exit code follows ``--fail-on``."""
    from auditor.cli.baseline import apply_baseline
    from auditor.cli.progress import Bar
    from auditor.formats import formatter, needs_full_reports
    from auditor.project import repo, runner
    from auditor.project.cache import Cache
    from auditor.project.discover import discover
    from auditor.results import Results, shown

    project = load_project(args, git_root=True, jobs=args.jobs, exclude=args.exclude)
    fail_on, show = thresholds(project, None)
    if args.prune_baseline and not (args.baseline or project.settings.get("baseline")):
        raise ConfigError("--prune-baseline needs a baseline (--baseline FILE or baseline = in the settings)")
    partials: set[str] = set()  # left out of the audit as a site generator's partials: the summary says so
    targets = discover(args.paths, project.root, project.selection, partials)
    if args.changed_since:
        changed = repo.changed_since(project.root, args.changed_since)
        # an edited include or site settings file changes the articles built from it, as the cache knows
        others = [t for t in targets if t.source not in changed]
        gone = repo.changed_since(project.root, args.changed_since, deleted=True)
        readers = runner.site_readers(others, changed | gone, project.root, project.config_for)
        targets = [t for t in targets if t.source in changed or t.source in readers]
        partials &= changed
    for path in filter(None, (args.output, args.write_baseline)):
        if any(same_file(path, t.path) for t in targets if not t.missing):
            raise InputError(f"{path}: is one of the articles checked; choose another file (inputs are never changed)")
    cache = None if args.no_cache or not project.value("cache", True) else Cache(project.root)
    bar = Bar(enabled=not (args.quiet or args.no_progress))
    try:
        full = needs_full_reports(args.format)
        files, stats = runner.run(targets, project.config_for, project.value("jobs", 0), cache, bar, full)
    finally:
        bar.close()
    full_run = not args.changed_since and all(Path(p).resolve() == project.root.resolve() for p in args.paths or ["."])
    files, fixed, notes = apply_baseline(args, project, files, full_run)
    results = Results(
        tuple(shown(f, show) for f in files),
        command="check",
        fail_on=fail_on,
        show=show,
        colour=use_colour(args.output),
        baseline=args.baseline or project.settings.get("baseline"),
        baseline_fixed=tuple(fixed),
        root=_display_root(project.root),
        extra={"jobs": stats.jobs, "cached": stats.cached, "audited": stats.audited, "partials": len(partials)},
    )
    emit(formatter(args.format)(results), args.output)
    if not args.quiet:
        to_terminal = args.format == "text" and not args.output
        for result in results.failed_files if not to_terminal else ():
            crashes = [f"rule {e['rule']} ({e['name']}) crashed: {e['message']}" for e in result.rule_errors]
            error_line(f"{results.display(result.source)}: {result.error or '; '.join(crashes)}")
        for note in notes:
            write(sys.stderr, f"auditor: {note}\n")
    if args.write_baseline:
        return 2 if results.failed_files else 0
    return results.exit_code()


def _display_root(root: Path) -> str:
    """The project root as the outputs prefix paths with: relative to the working directory."""
    from auditor.project.discover import relative

    return relative(root, Path.cwd())
