"""Adversarial inputs grown 1x, 4x and 16x: time per character must stay flat (linear), memory bounded.

    python bench/bench_adversarial.py                 # every input, a table
    python bench/bench_adversarial.py footnotes deep-div   # some of them
    python bench/bench_adversarial.py --scales 1,4,16,64   # other scales
    python bench/bench_adversarial.py --json          # the rows as JSON
    python bench/bench_adversarial.py --warm          # the process's first audit (its start-up) left out

Each (input, scale) runs in a fresh child process that builds the input, audits
it in full (``audit_text`` + the JSON report, as the CLI does) and reports the
best of ``--repeat`` CPU times (``time.process_time``: the machine is shared,
and CPU time is what other processes disturb least) and its peak resident
memory (``ru_maxrss``, which includes the interpreter's ~60 MB). A child that has used ``--timeout`` seconds of CPU
is stopped and shown as such (``RLIMIT_CPU``: on a loaded machine a wall-clock limit would stop rows that are only
waiting for a core; one of ``WALL_SLACK`` times as long still bounds a child that sleeps).

The first audit of a process imports the rules and builds what they build on first use (~0.5 cpu-s on this
machine in December 2026). With ``--repeat 1`` every row's time includes it: the 64 KB cell is mostly that, so
its time per character is too high and the ratio looks more linear than the audit is. ``--warm`` audits a
small text first, untimed, and measures the audit alone (the start-up is what ``bench_audit.py`` times).

The verdicts: ``ratio`` is the time per character at the largest scale over
that at 1x (must be at most 1.5: linear), and no input of 1 MB or more may take
over 2 s. The exit code is 1 when a row fails either.

The inputs are the worst cases found so far: one very long line of prose,
thousands of footnotes, ``<div>`` nested deep, many links, long tables and
lists, repeated blocks, numeric statements that invite pairwise comparison,
and a few more of the same kind. They are generated here, deterministic, with
no outside data.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

NAMES = ("Arden", "Bexley", "Corrin", "Dalby", "Easton", "Farrow", "Galen", "Hollis", "Ivers", "Jessop")
THINGS = ("tickets", "tonnes of grain", "homes", "jobs", "vaccines", "cars", "books", "megawatts")
VERBS = ("sold", "shipped", "built", "cut", "delivered", "added", "lost", "installed")


WORDINGS = 35
"""Sentences ``i`` and ``i + WORDINGS`` say the same of the same council and year, with another figure: the
wordings cycle within ~3 KB, so every scale (64 KB and up) holds the same mix of restatements per character.
(They once cycled every 840 sentences, about the 1x size: the 1x input then held almost no figure to compare
and the 16x one fifteen of each, and the ratio measured the input's growing density, not the audit's growth.)"""


def sentence(i: int) -> str:
    """A varied, check-worthy sentence (numbers, names, years), deterministic in ``i``."""
    j = i % WORDINGS
    name, thing, verb = NAMES[j % len(NAMES)], THINGS[j % len(THINGS)], VERBS[(j // 5) % len(VERBS)]
    return f"The {name} council {verb} {1000 + (i * 37) % 9000:,} {thing} in {1990 + j}, officials said."


def _repeat(unit: Callable[[int], str], size: int, joiner: str = "") -> str:
    parts, total, i = [], 0, 0
    while total < size:
        part = unit(i)
        parts.append(part)
        total += len(part) + len(joiner)
        i += 1
    return joiner.join(parts)


def long_line(size: int) -> str:
    return _repeat(sentence, size, " ")


def long_paragraphs(size: int) -> str:
    return _repeat(lambda i: " ".join(sentence(i * 5 + k) for k in range(5)), size, "\n\n")


def footnotes(size: int) -> str:
    body = _repeat(lambda i: f"{sentence(i)}[^{i}]", size // 2, "\n\n")
    count = body.count("[^")
    notes = "\n".join(f"[^{i}]: https://stats.example.org/report/{i}" for i in range(count))
    return f"# Report\n\n{body}\n\n{notes}\n"


def reference_links(size: int) -> str:
    body = _repeat(lambda i: f"{sentence(i)} [source {i}][r{i}]", size // 2, "\n\n")
    count = body.count("][r")
    refs = "\n".join(f"[r{i}]: https://news{i % 50}.example.com/story/{i}" for i in range(count))
    return f"# Report\n\n{body}\n\n{refs}\n"


def many_links(size: int) -> str:
    def para(i: int) -> str:
        links = " ".join(f"[{NAMES[(i + k) % 10]}](https://site{(i + k) % 40}.example.com/{i}/{k})" for k in range(8))
        return f"{sentence(i)} See {links}."

    return "# Links\n\n" + _repeat(para, size, "\n\n")


def html_links(size: int) -> str:
    def para(i: int) -> str:
        links = " ".join(f'<a href="https://site{(i + k) % 40}.example.com/{i}/{k}">{NAMES[k]}</a>' for k in range(8))
        return f"<p>{sentence(i)} {links}</p>"

    return "<!DOCTYPE html><html><body><article>" + _repeat(para, size) + "</article></body></html>"


def deep_div(size: int) -> str:
    depth = size // 12
    return "<html><body>" + "<div>" * depth + f"<p>{sentence(1)}</p>" + "</div>" * depth + "</body></html>"


def deep_meta(size: int) -> str:
    """Elements whose class marks a byline ("meta"), nested deep inside the article: each is a byline candidate."""
    depth = size // 25
    return (
        "<html><body><article><h1>Harbour notes</h1>" + '<div class="meta">' * depth + f"<p>{sentence(1)}</p>"
        + "</div>" * depth + "</article></body></html>"
    )


def unclosed_tags(size: int) -> str:
    return "<html><body>" + _repeat(lambda i: f"<div><p><span><b>{sentence(i)}", size) + "</body></html>"


def nested_quotes(size: int) -> str:
    return _repeat(lambda i: ">" * (1 + i % 100) + " " + sentence(i), size, "\n") + "\n"


def nested_lists(size: int) -> str:
    return _repeat(lambda i: "  " * (i % 60) + f"- {sentence(i)}", size, "\n") + "\n"


def long_list(size: int) -> str:
    def item(i: int) -> str:
        return f"- {sentence(i)} [source](https://data{i % 30}.example.gov/{i})"

    return "# Facts\n\n" + _repeat(item, size, "\n")


def markdown_table(size: int) -> str:
    head = "| Year | Council | Figure | Note |\n|---|---|---|---|\n"
    return head + _repeat(lambda i: f"| {1990 + i % 35} | {NAMES[i % 10]} | {i * 37:,} | {sentence(i)} |", size, "\n")


def html_table(size: int) -> str:
    row = "<tr><td>{y}</td><td>{n}</td><td>{s}</td></tr>"
    rows = _repeat(lambda i: row.format(y=1990 + i % 35, n=NAMES[i % 10], s=sentence(i)), size)
    return f"<html><body><article><table>{rows}</table></article></body></html>"


def repeated_blocks(size: int) -> str:
    promo = "Subscribe to our newsletter for the latest updates on council spending and local news."

    def block(i: int) -> str:
        return f"{sentence(i)} {sentence(i + 1)}\n\n{promo}"

    return _repeat(block, size, "\n\n")


def numeric_lines(size: int) -> str:
    """The compare/ case: the same kind of quantity again and again, each a candidate conflict."""
    return _repeat(lambda i: f"The city sold {i},000 tickets in {1990 + i % 35}.", size, "\n")


def placeholders(size: int) -> str:
    return _repeat(lambda i: f"{sentence(i)} [source] (citation needed) []()", size, "\n\n")


def attributions(size: int) -> str:
    def said(i: int) -> str:
        return f"According to {NAMES[i % 10]} officials, {sentence(i).lower()} Experts say so."

    return _repeat(said, size, " ")


def speakers(size: int) -> str:
    """One long sentence of many different names, each some words away from a verb of speech: every verb looks
    for its speaker among the names (it must look only near itself)."""
    def unit(i: int) -> str:
        return f"the Q{i}x Harbour Board spent ${i % 90 + 10} million on berths and then said nothing,"

    return _repeat(unit, size, " ")


def traits(size: int) -> str:
    """One thing's attribute told in every paragraph ("the hospital had 404 beds"), in another year each time: every
    trait was once compared with every other trait of its thing (quadratic)."""
    def unit(i: int) -> str:
        counted = f"{THINGS[i % 8]} {VERBS[i // 8 % 8]} {i * 7 % 1000} times"
        return f"By {1900 + i % 120} the hospital had {400 + i % 9} beds and {counted}."

    return _repeat(unit, size, "\n\n")


def described_firms(size: int) -> str:
    """A firm named in every paragraph and then described ("The company has ..."): each description once tried every
    name of the article (quadratic)."""
    syllables = ("ar", "bel", "cor", "dan", "el", "fen", "gar", "hol", "is", "jor")

    def unit(i: int) -> str:
        firm = "".join(syllables[(i // 10**k) % 10] for k in range(4)).title()
        return f"{firm} Haulage has a fleet of {100 + i % 50} lorries. The company has {150 + i % 7} lorries."

    return _repeat(unit, size, "\n\n")


def long_word(size: int) -> str:
    return "The record was " + "a" * size + " in 2020."


def html_comments(size: int) -> str:
    return "<html><body>" + _repeat(lambda i: f"<!-- note {i} --><p>{sentence(i)}</p>", size) + "</body></html>"


def suppressions(size: int) -> str:
    return _repeat(lambda i: f"<!-- auditor-disable-next-line CIT001 -->\n{sentence(i)} [source]", size, "\n\n")


def unclosed_markup(size: int) -> str:
    """Openers whose end never comes: each once rescanned the rest of its block."""
    openers = ("<!-- ", "![", "[^", '<a href="', "<A ", "``", "{% raw %}", "{% comment %}", "<Note.Box x=")
    return "Text " + _repeat(lambda i: f"{openers[i % len(openers)]}{NAMES[i % 10]} ", size)


def image_openers(size: int) -> str:
    """Image openers with no end ("![a](" again and again): each once scanned 2,000 characters for its ")"."""
    return "Text " + _repeat(lambda i: "![a](", size)


def links_and_markers(size: int) -> str:
    """Links and numbered markers, one of each per paragraph: find_markers checks each marker against every link's
    text in the document (quadratic: see commit c190ce6 for an index that keeps it linear)."""
    return "# Council sales\n\n" + _repeat(
        lambda i: f"{sentence(i)} See [the report](https://site{i % 40}.example.com/{i}) [{1 + i % 90}].", size, "\n\n"
    )


def code_residues(size: int) -> str:
    """Inline code and a stripped-citation residue (" .") per paragraph: each residue was once checked against
    every code span of the document (quadratic), now against an index of them."""
    return _repeat(lambda i: f"The `tool{i}` council sold {1000 + i} homes in {1990 + i % 35} .", size, "\n\n")


def abbreviations(size: int) -> str:
    """One sentence that never ends, of abbreviations before capitals ("the U.S. Army and the U.S. Navy ..."): at
    each, the segmenter once counted every word back to the sentence's start (quadratic in its length)."""
    return "In 1990 the council said " + _repeat(lambda i: f"the U.S. {NAMES[i % len(NAMES)]} Army and", size, " ")


def html_notes(size: int) -> str:
    """An HTML page of note links (``<sup><a href="#fn3">3</a></sup>``) and the notes list they point at: each
    note's address was once found by a pass over every anchor, block and link of the page (quadratic)."""
    half = size // 2
    paragraphs = _repeat(lambda i: f'<p>{sentence(i)}<sup><a href="#fn{i}">{i + 1}</a></sup></p>', half)
    count = paragraphs.count("<p>")
    notes = "".join(f'<li id="fn{i}">Report {i + 1}, <a href="https://site{i % 40}.example.com/{i}">here</a></li>'
                    for i in range(count))
    return f"<html><body><article>{paragraphs}<h2>Notes</h2><ol>{notes}</ol></article></body></html>"


def brackets(size: int) -> str:
    return _repeat(lambda i: "[" * 20 + sentence(i) + "(" * 20, size, " ")


def dates(size: int) -> str:
    months = ("January", "March", "May", "July", "September", "November")
    return _repeat(
        lambda i: f"On {1 + i % 28} {months[i % 6]} {1990 + i % 35} the {NAMES[i % 10]} plant opened.", size, " "
    )


def prose(size: int) -> str:
    """Not pathological, only long: an ordinary article of varied paragraphs (see bench/prose_article.py)."""
    from bench.prose_article import article

    return article(size)


def urls_in_text(size: int) -> str:
    return _repeat(lambda i: f"{sentence(i)} https://site{i % 50}.example.com/a/b?c={i} http://[::{i}", size, " ")


INPUTS: dict[str, tuple[str, Callable[[int], str]]] = {
    "long-line": ("text", long_line),
    "long-paragraphs": ("text", long_paragraphs),
    "footnotes": ("markdown", footnotes),
    "reference-links": ("markdown", reference_links),
    "many-links": ("markdown", many_links),
    "html-links": ("html", html_links),
    "deep-div": ("html", deep_div),
    "deep-meta": ("html", deep_meta),
    "unclosed-tags": ("html", unclosed_tags),
    "nested-quotes": ("markdown", nested_quotes),
    "nested-lists": ("markdown", nested_lists),
    "long-list": ("markdown", long_list),
    "markdown-table": ("markdown", markdown_table),
    "html-table": ("html", html_table),
    "repeated-blocks": ("markdown", repeated_blocks),
    "numeric-lines": ("text", numeric_lines),
    "placeholders": ("markdown", placeholders),
    "attributions": ("text", attributions),
    "speakers": ("text", speakers),
    "traits": ("text", traits),
    "described-firms": ("text", described_firms),
    "long-word": ("text", long_word),
    "html-comments": ("html", html_comments),
    "suppressions": ("markdown", suppressions),
    "brackets": ("markdown", brackets),
    "links-and-markers": ("markdown", links_and_markers),
    "code-residues": ("markdown", code_residues),
    "abbreviations": ("text", abbreviations),
    "html-notes": ("html", html_notes),
    "unclosed-markup": ("markdown", unclosed_markup),
    "image-openers": ("markdown", image_openers),
    "dates": ("text", dates),
    "urls-in-text": ("text", urls_in_text),
    "prose-article": ("markdown", prose),
}
BASE = 64_000
"""Characters at scale 1: 16x is about 1 MB."""


WARM_UP = "The council sold 1,200 tickets in 2021, officials said [source]."


def child(name: str, size: int, repeat: int, ignore: str = "", warm: bool = False) -> dict[str, float]:
    """Build one input and audit it ``repeat`` times in this process (called in a fresh child); ``warm``: after
    an untimed audit of a small text of the same format."""
    from auditor.api import audit_text
    from auditor.config import Config

    fmt, build = INPUTS[name]
    text = build(size)
    config = Config(ignore=tuple(c for c in ignore.split(",") if c), max_bytes=max(4 * len(text), 20_000_000))
    if warm:
        audit_text(f"<p>{WARM_UP}</p>" if fmt == "html" else WARM_UP, fmt, f"warm-up.{fmt}", config).to_dict()
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        report = audit_text(text, fmt, f"{name}.{fmt}", config)
        json.dumps(report.to_dict())
        best = min(best, time.process_time() - start)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"chars": len(text), "seconds": best, "peak_mb": peak, "findings": len(report.findings)}


WALL_SLACK = 10
"""A child is stopped after this many times ``--timeout`` of wall-clock time, whatever its CPU time."""

def measure(
    name: str, size: int, repeat: int, timeout: float, ignore: str = "", warm: bool = False
) -> dict[str, float] | None:
    """Run :func:`child` in a fresh interpreter; None when it did not finish in ``timeout`` seconds."""
    code = (
        f"import json, sys; sys.path.insert(0, {str(ROOT)!r}); from bench.bench_adversarial import child; "
        f"print(json.dumps(child({name!r}, {size}, {repeat}, {ignore!r}, {warm!r})))"
    )
    seconds = max(1, int(timeout))

    def limit_cpu() -> None:  # in the child: the limit is on its CPU time, which a loaded machine does not stretch
        resource.setrlimit(resource.RLIMIT_CPU, (seconds, seconds + 5))

    try:
        done = subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            timeout=timeout * WALL_SLACK,
            check=True,
            cwd=ROOT,
            preexec_fn=limit_cpu,
        )
    except subprocess.TimeoutExpired:
        return None
    except subprocess.CalledProcessError as exc:
        if exc.returncode in (-signal.SIGXCPU, -signal.SIGKILL):
            return None  # its CPU time ran out
        raise SystemExit(f"{name} x{size}: the child failed:\n{exc.stderr}") from None
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("names", nargs="*", help=f"inputs to run (default: all): {', '.join(INPUTS)}")
    parser.add_argument("--scales", default="1,4,16", help="comma-separated multiples of the base size")
    parser.add_argument("--base", type=int, default=BASE, help=f"characters at scale 1 (default {BASE:,})")
    parser.add_argument("--repeat", type=int, default=3, help="audits per child; the best time counts")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds before a child is stopped")
    parser.add_argument("--ignore", default="", help="rules to leave out, to find which part is slow: CON,ART001")
    parser.add_argument("--json", action="store_true", help="print the rows as JSON")
    parser.add_argument("--warm", action="store_true", help="an untimed small audit first: start-up left out")
    args = parser.parse_args(argv)
    unknown = [n for n in args.names if n not in INPUTS]
    if unknown:
        parser.error(f"unknown input(s) {', '.join(unknown)}; choose from {', '.join(INPUTS)}")
    scales = [int(s) for s in args.scales.split(",")]
    rows = []
    failed = False
    if not args.json:
        head = " ".join(f"{'x' + str(s) + ' s':>9} {'us/ch':>6}" for s in scales)
        print(f"{'input':<17} {head} {'ratio':>6} {'peak MB':>8}  verdict  (cpus: {os.cpu_count()})")
    for name in args.names or list(INPUTS):
        cells = [measure(name, args.base * s, args.repeat, args.timeout, args.ignore, args.warm) for s in scales]
        done = [c for c in cells if c is not None]
        per_char = [c["seconds"] / c["chars"] * 1e6 for c in done]
        ratio = per_char[-1] / per_char[0] if len(done) == len(cells) and per_char[0] > 0 else float("inf")
        slow = [c for c in done if c["chars"] >= 1_000_000 and c["seconds"] > 2.0]
        ok = ratio <= 1.5 and not slow and len(done) == len(cells)
        failed |= not ok
        rows.append({"input": name, "cells": cells, "ratio": ratio, "ok": ok})
        if not args.json:
            shown = " ".join(
                f"{c['seconds']:>9.3f} {c['seconds'] / c['chars'] * 1e6:>6.2f}" if c else f"{'timeout':>9} {'':>6}"
                for c in cells
            )
            peak = max((c["peak_mb"] for c in done), default=0.0)
            print(f"{name:<17} {shown} {ratio:>6.2f} {peak:>8.0f}  {'ok' if ok else 'FAIL'}", flush=True)
    if args.json:
        print(json.dumps(rows, indent=2))
    else:
        largest = max(scales) * args.base
        top = max(scales)
        print(f"\nsizes: {args.base:,} chars at x1 ... {largest:,} at x{top}; ratio = per-char CPU time x{top} / x1")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
