"""Check and update the office-holder data (``auditor/knowledge/office_holders.json``).

    python scripts/update_office_holders.py                  # check the file; print how old its as_of is
    python scripts/update_office_holders.py --max-age 365    # ... and fail when as_of is older than that
    python scripts/update_office_holders.py new-holder jp-prime-minister --name "A Name" --surname Name \\
        --start 2027-01-05 --source "pmindia.gov.in, 2027-01-05"
    python scripts/update_office_holders.py verified --through 2027-03-01 --source "gov.uk, 2027-03-01; ..."

The procedure (README, "Office-holder data"): for each office in the file, find a public, dated source
(an official site, a parliament record, a news report) that names the holder in office on or after the
day you want to verify through; record every change since ``as_of`` with ``new-holder`` (it ends the
ongoing term the day the new one starts); then move ``as_of`` with ``verified --through`` to the
*earliest* of those dates, never past what the sources show, and name the sources. The checks then
run again, and ``tests/test_offices.py`` fails once ``as_of`` is more than a year old.

The file keeps its hand-made layout (short lists on one line); this script writes it the same way.
"""

from __future__ import annotations

import argparse
import datetime
import itertools
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "auditor" / "knowledge" / "office_holders.json"


def _inline(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def dump(data: dict[str, Any]) -> str:
    """The file's layout: one key a line, lists of names and terms on one line."""
    lines = ["{"]
    top = [k for k in data if k != "offices"]
    for key in top:
        lines.append(f"  {_inline(key)}: {_inline(data[key])},")
    lines.append('  "offices": [')
    for o, office in enumerate(data["offices"]):
        lines.append("    {")
        keys = list(office)
        for key in keys:
            if key == "holders":
                continue
            lines.append(f"      {_inline(key)}: {_inline(office[key])},")
        lines.append('      "holders": [')
        for h, holder in enumerate(office["holders"]):
            lines.append("        {")
            fields = [f"          {_inline(k)}: {_inline(v)}" for k, v in holder.items()]
            lines.append(",\n".join(fields))
            lines.append("        }" + ("," if h < len(office["holders"]) - 1 else ""))
        lines.append("      ]")
        lines.append("    }" + ("," if o < len(data["offices"]) - 1 else ""))
    lines.append("  ]")
    lines.append("}")
    return "\n".join(lines) + "\n"


def problems(data: dict[str, Any]) -> list[str]:
    """What is wrong with the data: bad dates, overlapping or unordered terms, a missing ongoing holder."""
    found = []
    try:
        as_of = datetime.date.fromisoformat(data["as_of"])
    except (KeyError, ValueError):
        return ["as_of is missing or not a YYYY-MM-DD date"]
    for office in data["offices"]:
        terms = []
        for holder in office["holders"]:
            for term in holder["terms"]:
                start = datetime.date.fromisoformat(term["start"])
                end = datetime.date.fromisoformat(term["end"]) if term["end"] else None
                if end is not None and end <= start:
                    found.append(f"{office['id']}: {holder['name']} ends before starting ({start} to {end})")
                if start > as_of:
                    found.append(f"{office['id']}: {holder['name']} starts after as_of ({start} > {as_of})")
                terms.append((start, end, holder["name"]))
        terms.sort(key=lambda t: t[0])
        ongoing = [t for t in terms if t[1] is None]
        if len(ongoing) != 1 or ongoing[0] is not terms[-1]:
            found.append(f"{office['id']}: the latest term must be the one ongoing term ({len(ongoing)} ongoing)")
        for before, after in itertools.pairwise(terms):
            if before[1] is None or before[1] > after[0]:
                found.append(f"{office['id']}: {before[2]} and {after[2]} overlap")
    return found


def new_holder(data: dict[str, Any], args: argparse.Namespace) -> None:
    office = next((o for o in data["offices"] if o["id"] == args.office), None)
    if office is None:
        raise SystemExit(f"no office {args.office!r}; ids: {', '.join(o['id'] for o in data['offices'])}")
    start = datetime.date.fromisoformat(args.start).isoformat()
    for holder in office["holders"]:
        for term in holder["terms"]:
            if term["end"] is None:
                term["end"] = start
    office["holders"].append(
        {"name": args.name, "surnames": args.surname, "aliases": args.alias, "terms": [{"start": start, "end": None}]}
    )
    title = office["title"]
    data["source"] += f" Change after {data['as_of']}: {args.name} took office as {title} on {start} ({args.source})."


def verified(data: dict[str, Any], args: argparse.Namespace) -> None:
    through = datetime.date.fromisoformat(args.through)
    if through > datetime.date.today():
        raise SystemExit("cannot verify a day in the future")
    if through < datetime.date.fromisoformat(data["as_of"]):
        raise SystemExit(f"{through} is before the current as_of {data['as_of']}")
    data["as_of"] = through.isoformat()
    data["source"] += f" Verified through {through.isoformat()}: {args.source}."


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--file", type=Path, default=DATA)
    parser.add_argument("--max-age", type=int, metavar="DAYS", help="fail when as_of is older than this")
    sub = parser.add_subparsers(dest="command")
    add = sub.add_parser("new-holder", help="a new holder takes an office (the ongoing term ends that day)")
    add.add_argument("office")
    add.add_argument("--name", required=True)
    add.add_argument("--surname", action="append", required=True)
    add.add_argument("--alias", action="append", default=[])
    add.add_argument("--start", required=True, help="the day the new holder took office, YYYY-MM-DD")
    add.add_argument("--source", required=True, help="where the change is documented")
    ver = sub.add_parser("verified", help="every office checked against dated sources through a day")
    ver.add_argument("--through", required=True, help="YYYY-MM-DD: the earliest day all offices were confirmed")
    ver.add_argument("--source", required=True, help="the dated sources, one per office")
    args = parser.parse_args(argv)
    text = args.file.read_text(encoding="utf-8")
    data = json.loads(text)
    if dump(data) != text:
        print(f"{args.file}: not in the file's layout; rewrite it with this script before editing", file=sys.stderr)
        return 1
    if args.command == "new-holder":
        new_holder(data, args)
    elif args.command == "verified":
        verified(data, args)
    found = problems(data)
    for problem in found:
        print(f"problem: {problem}", file=sys.stderr)
    if found:
        return 1
    if args.command:
        args.file.write_text(dump(data), encoding="utf-8")
    age = (datetime.date.today() - datetime.date.fromisoformat(data["as_of"])).days
    print(f"{args.file.name}: {len(data['offices'])} offices, as_of {data['as_of']} ({age} days ago)")
    if args.max_age is not None and age > args.max_age:
        print(f"as_of is {age} days old, more than {args.max_age}: verify the offices again", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
