"""Benchmark auditor.segment: characters per second against pySBD, and linearity in input size.

    python bench/bench_segment.py [--chars 200000] [--repeat 5]

The prose is the 18F blog posts in ../shared/corpus/18f-blog/content/posts (beside the repository)
when that folder exists, else synthetic English built here. "1x" is the first --chars characters,
"8x" the first eight times as many, so the larger input is distinct text, not a repetition.
pySBD (when installed) runs paragraph by paragraph on the 1x text, as score.py times it.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
POSTS = ROOT.parent / "shared" / "corpus" / "18f-blog" / "content" / "posts"
sys.path.insert(0, str(ROOT))

from auditor.segment import sentence_spans, split_sentences  # noqa: E402 - needs the path above


def corpus_prose(chars: int) -> str | None:
    """At least `chars` characters of the 18F posts without front matter, or None if absent."""
    if not POSTS.is_dir():
        return None
    parts: list[str] = []
    total = 0
    for path in sorted(POSTS.glob("*.md")):
        body = path.read_text(encoding="utf-8", errors="replace")
        body = body.split("---", 2)[-1] if body.startswith("---") else body
        parts.append(body.strip())
        total += len(body)
        if total >= chars:
            return "\n\n".join(parts)
    return None  # too little prose for the requested size


def synthetic_prose(chars: int, seed: int = 7) -> str:
    """Varied English-like paragraphs with abbreviations, numbers, quotes, links and markers."""
    rng = random.Random(seed)
    subjects = ["The agency", "Dr. Okafor", "Our team", "The U.S. office", "Acme & Co.", "She", "The report"]
    verbs = ["announced", "reviewed", "funded", "delayed", "published", "questioned", "expanded"]
    objects = [
        "a $4.5 million grant",
        "the new portal at https://data.example.gov/v2/index.html",
        "plans for Jan. 12 at 9 a.m.",
        '"a faster process"',
        "about 61.3 percent of the claims",
        "the [annual report](https://example.org/2024/report.pdf)",
    ]
    endings = [".", ".", ".", "!", "?", "...", ". [source]", " (source)."]
    paragraphs: list[str] = []
    total = 0
    while total < chars:
        sentences = [
            f"{rng.choice(subjects)} {rng.choice(verbs)} {rng.choice(objects)}{rng.choice(endings)}"
            for _ in range(rng.randint(2, 7))
        ]
        paragraphs.append(" ".join(sentences))
        total += len(paragraphs[-1]) + 2
    return "\n\n".join(paragraphs)


def seconds(fn: Callable[[str], object], text: str, repeat: int) -> float:
    """Median wall time of fn(text) over `repeat` runs."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn(text)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def per_paragraph(text: str) -> None:
    """Split as the pipeline does: one sentence_spans call per blank-line-separated block."""
    start = 0
    while start < len(text):
        end = text.find("\n\n", start)
        end = len(text) if end < 0 else end
        sentence_spans(text, start, end)
        start = end + 2


def pysbd_splitter() -> Callable[[str], object] | None:
    """pySBD over the paragraphs of a text, or None when pySBD is not installed."""
    try:
        import pysbd  # type: ignore[import-untyped]
    except ImportError:
        return None
    segmenter = pysbd.Segmenter(language="en", clean=False)
    return lambda text: [segmenter.segment(p) for p in text.split("\n\n")]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--chars", type=int, default=200_000, help="size of the 1x input")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)

    big = corpus_prose(8 * args.chars)
    source = f"18F posts ({POSTS})" if big else "synthetic prose"
    big = (big or synthetic_prose(8 * args.chars))[: 8 * args.chars]
    small = big[: args.chars]

    rows: list[tuple[str, int, float]] = []
    for label, fn in [("auditor split_sentences", split_sentences), ("auditor per paragraph", per_paragraph)]:
        rows.append((f"{label} 1x", len(small), seconds(fn, small, args.repeat)))
        rows.append((f"{label} 8x", len(big), seconds(fn, big, args.repeat)))
    reference = pysbd_splitter()
    if reference is not None:
        rows.append(("pysbd 1x", len(small), seconds(reference, small, 1)))

    print(f"prose: {source}; {len(split_sentences(small))} sentences in the 1x text")
    print(f"{'splitter':30} {'chars':>10} {'seconds':>9} {'Mchar/s':>8}")
    for label, chars, secs in rows:
        print(f"{label:30} {chars:>10} {secs:>9.4f} {chars / secs / 1e6:>8.2f}")
    if reference is None:
        print("pysbd: not installed, skipped")
    else:
        print(f"speed-up over pysbd (1x): {rows[-1][2] / rows[0][2]:.0f}x")
    linearity = (rows[1][2] / rows[1][1]) / (rows[0][2] / rows[0][1])
    print(f"linearity (time per char, 8x / 1x): {linearity:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
