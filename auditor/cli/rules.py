"""``auditor rules [CODE]``: the rule catalogue, or one rule's documentation with its examples."""

from __future__ import annotations

import argparse
import sys

from auditor.cli.common import write
from auditor.errors import InputError


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``rules`` command."""
    parser = commands.add_parser("rules", help="list the rules, or explain one", description="List or explain rules.")
    parser.add_argument("code", nargs="?", help="a rule code or name, e.g. CIT002 or placeholder-citation")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """List every rule, or explain the one named."""
    from auditor.checks import all_rules, get_rule

    code: str | None = args.code
    if code:
        found = get_rule(code)
        if found is None:
            raise InputError(f"no rule {code!r}; `auditor rules` lists them")
        extra = " (needs --online)" if found.network else ""
        write(sys.stdout, f"{found.code} {found.name} [{found.severity}]{extra}\n\n{found.doc}\n")
        return 0
    lines = [f"{r.code}  {r.name:<24} {r.severity:<8} {r.summary}" for r in all_rules()]
    write(sys.stdout, "\n".join(lines) + "\n")
    return 0
