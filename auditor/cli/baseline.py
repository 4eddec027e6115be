"""The baseline options of ``auditor check``: ``--baseline``, ``--prune-baseline``, ``--write-baseline``."""

from __future__ import annotations

import argparse
from pathlib import Path

from auditor.project import baseline
from auditor.project.options import Project
from auditor.results import BaselineEntry, FileResult


def apply_baseline(
    args: argparse.Namespace, project: Project, files: list[FileResult], full_run: bool
) -> tuple[list[FileResult], list[BaselineEntry], list[str]]:
    """Hide baselined findings, find fixed entries, prune and write as asked: (files, fixed entries, notes).

    An entry counts as fixed only where this run could have matched it: its file was audited completely and
    its rule ran there, or (on a run over the whole project) its file is gone.
    """
    notes: list[str] = []
    fixed: list[BaselineEntry] = []
    given = args.baseline or project.settings.get("baseline")
    path = _path(given, args.baseline, project) if given else None
    entries = baseline.read(path) if path else []
    audited = {f.source for f in files if f.report is not None and not f.failed}
    listed = {f.source for f in files}

    def covers(entry: BaselineEntry) -> bool:
        if entry.source in audited:
            return project.config_for(entry.source).enabled(entry.rule)
        return full_run and entry.source not in listed and not (project.root / entry.source).exists()

    if path:
        fingerprints = {e.fingerprint for e in entries}
        files = [baseline.hide(f, fingerprints) for f in files]
        fixed = baseline.fixed(entries, files, covers)
        hidden = sum(len(f.baselined) for f in files)
        notes.append(f"{hidden} finding{'s' if hidden != 1 else ''} hidden by the baseline {given}")
        if fixed and args.prune_baseline:
            gone = {e.fingerprint for e in fixed}
            baseline.write(path, [e for e in entries if e.fingerprint not in gone])
            notes.append(f"pruned {len(fixed)} fixed entr{'ies' if len(fixed) != 1 else 'y'} from {given}")
            fixed = []
        elif fixed:
            notes.append(
                f"{len(fixed)} baseline entr{'ies are' if len(fixed) != 1 else 'y is'} fixed: "
                "drop them with --prune-baseline"
            )
    if args.write_baseline:
        target = Path(args.write_baseline)
        earlier = baseline.read(target) if target.is_file() else []
        reasons = {e.fingerprint: e.reason for e in earlier}
        kept = [e for e in earlier if not covers(e)]  # entries this run could not judge stay
        new = [e for f in files for e in baseline.entries_of(f, reasons)]
        baseline.write(target, kept + new)
        notes.append(f"wrote {len({e.fingerprint for e in new})} findings to the baseline {args.write_baseline}")
    return files, fixed, notes


def _path(given: str, from_cli: str | None, project: Project) -> Path:
    """A baseline named on the command line is relative to the working directory; in the settings, to the root."""
    return Path(given) if from_cli else project.root / given

