"""A long, ordinary Markdown article built here, deterministic, with no outside data: the 1 MB case of
issue 10 that is not pathological, only long.

    python bench/prose_article.py 1000000 > /tmp/article.md

Paragraphs of three to six varied sentences: figures with units, shares and money, dates, names of people,
places and organisations, quotations with a speaker, links, footnotes, first-person sentences, opinions and
study findings. Names and nouns are made of syllables, so the vocabulary grows with the text as a real
archive's does (rare words stay rare, common words stay common).
"""

from __future__ import annotations

import random
import sys

_SYLLABLES = [
    "ar",
    "bel",
    "cor",
    "dan",
    "el",
    "fen",
    "gar",
    "hol",
    "is",
    "jor",
    "kel",
    "lin",
    "mor",
    "nes",
    "or",
    "pel",
    "quin",
    "ros",
    "sel",
    "tor",
    "ul",
    "ven",
    "wil",
    "yar",
    "zen",
]
_NOUNS = (
    *["tickets", "homes", "jobs", "vaccines", "cars", "books", "megawatts", "pupils", "nurses", "visitors", "buses"],
    "tonnes of grain",
)
_VERBS = ("sold", "built", "cut", "delivered", "added", "lost", "installed", "planted", "approved", "funded")
_BASE_VERBS = ("sell", "build", "cut", "deliver", "add", "lose", "install", "plant", "approve", "fund")
_EVENTS = ("founded", "opened", "launched", "built", "signed", "elected")
_ROLES = ("chief executive", "mayor", "director", "spokeswoman", "treasurer", "professor", "chair")
_MONTHS = ("January", "March", "May", "July", "September", "November")
_OPINIONS = ("argues", "believes", "says", "warned", "claims")
_ADJ = ("new", "old", "regional", "national", "local", "private", "public", "rural", "coastal", "northern")


def _word(rng: random.Random, parts: int) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(parts))


def _name(rng: random.Random) -> str:
    return f"{_word(rng, 2).title()} {_word(rng, rng.choice((2, 3))).title()}"


def _place(rng: random.Random) -> str:
    return _word(rng, rng.choice((2, 3))).title()


def _sentence(rng: random.Random, i: int, notes: list[str]) -> str:
    kind = rng.randrange(12)
    place, noun, verb, adj = _place(rng), rng.choice(_NOUNS), rng.choice(_VERBS), rng.choice(_ADJ)
    month, year, figure = rng.choice(_MONTHS), rng.randrange(1950, 2025), rng.randrange(2, 90_000)
    share, thing = rng.randrange(2, 90), _word(rng, 2)
    if kind == 0:
        return f"The {place} council {verb} {figure:,} {noun} in {year}, officials said."
    if kind == 1:
        return f"{_name(rng)}, the {rng.choice(_ROLES)} of {place}, said: \u201cWe {verb} more {noun} than ever.\u201d"
    if kind == 2:
        return f"According to [{thing.title()} News](https://{thing}.example.com/{i}), {noun} rose {share}% last year."
    if kind == 3:
        return f"The {adj} {thing} bridge in {place} was {rng.choice(_EVENTS)} in {month} {year}."
    if kind == 4:
        return f"We spent {rng.randrange(2, 40)} weeks with the {place} team on the {_word(rng, 2)} project."
    if kind == 5:
        notes.append(f"[^{len(notes) + 1}]: https://stats.example.org/{_word(rng, 2)}/{i}")
        return f"A study of {figure:,} {noun} found that {share}% were {adj}.[^{len(notes)}]"
    if kind == 6:
        return f"{_name(rng)} {rng.choice(_OPINIONS)} that the {place} plan is a mistake."
    if kind == 7:
        return f"The {thing} programme costs ${share * 7} million a year and serves {figure:,} {noun}."
    if kind == 8:
        return f"Residents of {place} waited {share // 3 + 2} minutes on average for the {thing} service."
    if kind == 9:
        return f"In {year}, {place} had {figure:,} {noun}, up from {figure // 2:,} a decade earlier."
    if kind == 10:
        return f"The {place} {_word(rng, 2)} did not {rng.choice(_BASE_VERBS)} the {rng.choice(_ADJ)} {noun} plan."
    return f"Many {noun} in the {rng.choice(_ADJ)} {_word(rng, 2)} district are older than the town itself."


def article(size: int, seed: int = 10) -> str:
    """At least ``size`` characters of Markdown article: a title, sections of paragraphs, footnotes at the end."""
    rng = random.Random(seed)
    notes: list[str] = []
    parts = [f"# The {_place(rng)} report\n"]
    total, i = 0, 0
    while total < size:
        if i % 12 == 0:
            parts.append(f"## {_place(rng)} and {_place(rng)}\n")
        paragraph = " ".join(_sentence(rng, i * 10 + k, notes) for k in range(rng.randrange(3, 7)))
        parts.append(paragraph + "\n")
        total += len(paragraph) + 2
        i += 1
    return "\n".join(parts) + "\n" + "\n".join(notes) + "\n"


if __name__ == "__main__":
    sys.stdout.write(article(int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000))
