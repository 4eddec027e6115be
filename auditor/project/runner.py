"""Check mode's engine: every target file read, looked up in the cache, audited in a process pool.

A file that cannot be read or audited becomes that file's error entry (flake8's
E902) and the others go on; an empty file is skipped. Files are sent to the
workers in batches of about :data:`BATCH_BYTES` with their content (so the
result always belongs to the bytes that were hashed), at most a few batches
per worker in flight, so memory stays bounded however large the tree. Workers
write their results to the cache themselves.
"""

from __future__ import annotations

import dataclasses
import inspect
import itertools
import multiprocessing
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from auditor.config import Config
from auditor.errors import AuditorError, InputError
from auditor.load.bounded import read_file
from auditor.project.cache import Cache, entry_key
from auditor.project.discover import Target
from auditor.project.options import config_digest
from auditor.results import FileResult, slim

BATCH_BYTES = 256_000
BATCH_FILES = 32
IN_FLIGHT = 3
"""Batches queued per worker: enough to keep it busy, few enough to bound memory."""

Progress = Callable[[int, int, int, int], None]
"""Called with (files done, files in all, findings so far, bytes audited)."""


@dataclass
class RunStats:
    """What the run did, for machine outputs and the benchmark."""

    jobs: int = 1
    files: int = 0
    cached: int = 0
    audited: int = 0
    bytes: int = 0
    worker_peak_kib: dict[int, int] = field(default_factory=dict)
    """Peak resident memory of each worker process (by pid), in KiB."""


@dataclass(frozen=True, slots=True)
class _Item:
    source: str
    location: str
    """The file's absolute path: ``source`` is relative to the project root, not to the working directory."""
    data: bytes
    key: str | None
    config: tuple[str, dict[str, Any]]


def default_jobs() -> int:
    """All the cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def run(
    targets: Sequence[Target],
    config_for: Callable[[str], Config],
    jobs: int = 0,
    cache: Cache | None = None,
    progress: Progress | None = None,
    full: bool = True,
) -> tuple[list[FileResult], RunStats]:
    """Audit every target; results in the targets' order, with whole reports or (``full`` False) slim ones
    (:func:`auditor.results.slim`; the cache always gets whole ones)."""
    stats = RunStats(jobs=jobs or default_jobs(), files=len(targets))
    results: dict[str, FileResult] = {}
    findings = 0

    def done(result: FileResult) -> None:
        nonlocal findings
        results[result.source] = result
        findings += len(result.findings)
        if progress:
            progress(len(results), len(targets), findings, stats.bytes)

    misses = _misses(targets, config_for, cache, stats, done, full)
    batches = _batches(misses)
    where = (str(cache.folder.parent) if cache else None, full)
    try:
        if stats.jobs == 1:
            for batch in batches:
                _collect(_audit_batch(batch, where), stats, done)
        else:
            _pooled(batches, stats, where, done)
    finally:
        if cache is not None:
            cache.close()
    return [results[t.source] for t in targets if t.source in results], stats


def _misses(
    targets: Sequence[Target],
    config_for: Callable[[str], Config],
    cache: Cache | None,
    stats: RunStats,
    done: Callable[[FileResult], None],
    full: bool,
) -> Iterator[_Item]:
    """Read every target; answer errors, empty files and cache hits at once, yield what must be audited."""
    digests: dict[int, tuple[str, dict[str, Any]]] = {}
    walks: dict[Any, str] = {}  # include digests by folder and include names, for this run
    for target in targets:
        if target.missing:
            stdin = target.path.name == "-"  # as `auditor audit -` reads
            error = "no such file; `auditor check` reads files and folders, `auditor audit -` reads stdin"
            done(FileResult(target.source, error=error if stdin else "no such file or directory"))
            continue
        config = config_for(target.source)
        try:  # bounded, and special files refused before they are opened, as `auditor audit` reads
            data = read_file(target.path, config.max_bytes)
        except InputError as exc:
            done(FileResult(target.source, error=_without_name(str(exc), os.fsdecode(target.path))))
            continue
        if not data.strip():
            done(FileResult(target.source, skipped="empty file"))
            continue
        if id(config) not in digests:
            fields = {f.name: getattr(config, f.name) for f in dataclasses.fields(Config)}
            fields["severity"] = dict(fields["severity"])
            digests[id(config)] = (config_digest(config), fields)
        digest = digests[id(config)]
        key = None if cache is None or config.online else _key(data, target, digest[0], walks)
        if key is not None and cache is not None and (report := cache.get(target.source, key, full)) is not None:
            stats.cached += 1
            done(FileResult(target.source, report))
            continue
        yield _Item(target.source, str(target.path.absolute()), data, key, digest)


def site_readers(
    targets: Sequence[Target], changed: set[str], root: Path, config_for: Callable[[str], Config]
) -> set[str]:
    """The sources of ``targets`` that read one of the ``changed`` files (relative to ``root``) from their
    site: an include, followed as the loader follows them, or the ``_config.yml`` their ``{{ site.key }}``
    values come from (what the cache key holds, :func:`_key`). ``changed`` may name deleted files: an
    include or settings file the article looks for in vain. A file that cannot be read reads nothing."""
    from auditor.load.includes import article_path, included_files
    from auditor.load.siteconfig import config_candidates

    if not changed:
        return set()
    wanted = set()
    for name in changed:
        try:
            wanted.add((root / name).resolve())
        except (OSError, ValueError):
            continue
    memo: dict[Any, frozenset[Path]] = {}
    readers = set()
    for target in targets:
        if target.missing:
            continue
        try:
            data = read_file(target.path, config_for(target.source).max_bytes)
        except InputError:
            continue
        reads: set[Path] = set()
        if b"{%" in data:
            reads |= included_files(data.decode("utf-8", "replace"), target.source, target.path, memo)
        if b"{{" in data and b"site." in data:
            article = article_path(target.source, target.path)
            reads.update(p.resolve() for p in (config_candidates(article) if article else ()))
        if not wanted.isdisjoint(reads):
            readers.add(target.source)
    return readers


def _key(data: bytes, target: Target, config_digest: str, walks: dict[Any, str]) -> str:
    """The cache key of a file's result: its bytes, path and settings, and what it reads from its site
    (included files, the ``_config.yml`` values ``{{ site.key }}`` prints)."""
    from auditor.load.includes import article_path, included_digest
    from auditor.load.siteconfig import site_digest

    site = ""
    if b"{%" in data:
        site = included_digest(data.decode("utf-8", "replace"), target.source, target.path, walks)
    if b"{{" in data and b"site." in data:
        site += "\n" + site_digest(article_path(target.source, target.path))  # as the loader finds it
    return entry_key(data, target.source, config_digest, site)


def _batches(items: Iterator[_Item]) -> Iterator[list[_Item]]:
    batch: list[_Item] = []
    size = 0
    for item in items:
        batch.append(item)
        size += len(item.data)
        if size >= BATCH_BYTES or len(batch) >= BATCH_FILES:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def _pooled(batches: Iterator[list[_Item]], stats: RunStats, where: _Where, done: Callable[[FileResult], None]) -> None:
    first = next(batches, None)
    if first is None:
        return
    second = next(batches, None)
    if second is None:  # one batch: a pool would cost more than it saves
        _collect(_audit_batch(first, where), stats, done)
        return
    methods = multiprocessing.get_all_start_methods()
    fork = "fork" in methods and sys.platform == "linux"
    context = multiprocessing.get_context("fork" if fork else None)
    if fork:  # load the pipeline once here: forked workers inherit it instead of each loading it again
        _warm_up()
    remaining = itertools.chain([first, second], batches)
    while True:
        suspects = _run_pool(remaining, stats, where, done, context)
        if not suspects:
            return
        for item in suspects:  # one of them killed its worker: run each alone to find which
            _isolated(item, stats, where, done, context)


Context = Any  # a multiprocessing context


def _run_pool(
    batches: Iterator[list[_Item]],
    stats: RunStats,
    where: _Where,
    done: Callable[[FileResult], None],
    context: Context,
) -> list[_Item]:
    """Audit batches in a pool until they run out, or until a worker dies: then the files of every batch
    not finished (the pool is unusable after a death), to be run again one by one."""
    pending: dict[Future[Any], list[_Item]] = {}
    suspects: list[_Item] = []
    with ProcessPoolExecutor(max_workers=stats.jobs, mp_context=context) as pool:
        for batch in batches:
            while len(pending) >= stats.jobs * IN_FLIGHT and not suspects:
                suspects += _drain(pending, stats, done)
            if suspects:
                suspects += batch
                break
            pending[pool.submit(_audit_batch, batch, where)] = batch
        while pending:
            suspects += _drain(pending, stats, done)
    return suspects


def _drain(pending: dict[Future[Any], list[_Item]], stats: RunStats, done: Callable[[FileResult], None]) -> list[_Item]:
    """Collect the batches that finish next; the files of those lost with a dead worker are returned."""
    finished, _ = wait(pending, return_when=FIRST_COMPLETED)
    lost: list[_Item] = []
    for future in finished:
        batch = pending.pop(future)
        try:
            _collect(future.result(), stats, done)
        except BrokenProcessPool:
            lost += batch
    return lost


def _isolated(
    item: _Item, stats: RunStats, where: _Where, done: Callable[[FileResult], None], context: Context
) -> None:
    """Audit one file in a process of its own; a file that kills it too is that file's error."""
    with ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
        try:
            _collect(pool.submit(_audit_batch, [item], where).result(), stats, done)
        except BrokenProcessPool:  # killed, out of memory: its entry says so, the rest go on
            done(FileResult(item.source, error="the worker process auditing it died"))


def _collect(out: tuple[list[FileResult], int, int, int], stats: RunStats, done: Callable[[FileResult], None]) -> None:
    results, size, pid, peak = out
    stats.audited += len(results)
    stats.bytes += size
    stats.worker_peak_kib[pid] = max(peak, stats.worker_peak_kib.get(pid, 0))
    for result in results:
        done(result)


_Where = tuple[str | None, bool]
"""(cache root or None, whether to send back whole reports)."""
_CONFIGS: dict[str, Config] = {}


_WARM_UP = "Warm-up: the plant cut 300 jobs in 2023, the company said [source]."
_NOT_AUDITING = ("auditor.cli", "auditor.formats", "auditor.net", "auditor.review")
"""Packages whose lazy loaders the workers never call (the command line, outputs, fetching, the review page)."""


def _warm_up() -> None:
    """Import every rule and loader and build what they build lazily, so that forked workers inherit it
    instead of each building it again (0.7 cpu-s per worker on this machine): a small text audited once in
    each input format, then every argument-less cached loader of the pipeline's modules called (patterns and
    word lists only some articles reach, such as the office-holder names' scanner), then the patterns of the
    phrase lists (:class:`auditor.phrases.Phrases`), which are compiled on first use."""
    from auditor.api import audit_text
    from auditor.phrases import compile_all

    for fmt, name, text in (
        ("markdown", "warm-up.md", _WARM_UP),
        ("html", "warm-up.html", f"<p>{_WARM_UP}</p>"),
        ("text", "warm-up.txt", _WARM_UP),
    ):
        audit_text(text, fmt, name)
    for module_name, module in list(sys.modules.items()):
        if module_name.startswith("auditor.") and not module_name.startswith(_NOT_AUDITING):
            for value in list(vars(module).values()):
                if _lazy_loader(value, module_name):
                    value()
    compile_all()


def _lazy_loader(value: object, module_name: str) -> bool:
    """A function of ``module_name`` memoised by functools (``cache``, ``lru_cache``) that takes no argument."""
    if not callable(value) or not hasattr(value, "cache_info") or getattr(value, "__module__", None) != module_name:
        return False
    try:
        parameters = inspect.signature(value).parameters.values()
    except (TypeError, ValueError):
        return False
    return all(p.default is not p.empty or p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD) for p in parameters)


def _audit_batch(batch: list[_Item], where: _Where) -> tuple[list[FileResult], int, int, int]:
    """Audit a batch (in a worker, or in process for one job): results, bytes, pid, peak memory in KiB.
    The batch's results go into the cache in one transaction."""
    from auditor.load.includes import shared_walks

    cache_root, full = where
    with shared_walks():  # the batch's files were read at one moment: their includes are walked once per folder
        results = [_audit_one(item) for item in batch]
    if cache_root:
        cache = Cache(Path(cache_root))
        cache.put_many(
            (r.source, item.key, r.report)
            for item, r in zip(batch, results, strict=True)
            if item.key is not None and r.report is not None
        )
        cache.close()
    if not full:
        results = [replace(r, report=slim(r.report)) if r.report is not None else r for r in results]
    return results, sum(len(i.data) for i in batch), os.getpid(), _peak_kib()


def _audit_one(item: _Item) -> FileResult:
    from auditor.api import audit_text
    from auditor.load import decode

    digest, fields = item.config
    config = _CONFIGS.get(digest)
    if config is None:
        config = _CONFIGS[digest] = Config(**fields)
    try:
        text = decode(item.data, item.source)
        report = audit_text(text, "auto", item.source, config, location=item.location).to_dict()
    except AuditorError as exc:
        return FileResult(item.source, error=_without_name(str(exc), item.source))
    except RecursionError:
        return FileResult(item.source, error="too deeply nested to audit")
    except Exception as exc:  # a bug on one file must not lose the others: it becomes this file's error
        return FileResult(item.source, error=f"internal error: {type(exc).__name__}: {exc}")
    return FileResult(item.source, report)


def _without_name(message: str, source: str) -> str:
    """Library errors start with the input's name; an entry is already under that name."""
    return message[len(source) + 2 :] if message.startswith(f"{source}: ") else message


def _peak_kib() -> int:
    try:
        import resource
    except ImportError:  # not on a Unix
        return 0
    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
