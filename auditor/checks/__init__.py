"""checks: the rules, each a small registered function with a permanent code.

A rule takes the analysed :class:`~auditor.article.Article` and yields
:class:`~auditor.model.Hit` values; the engine adds the rule's code, name and
severity. Register one with::

    @rule("CIT002", "placeholder-citation", "error")
    def placeholder_citation(article: Article) -> Iterator[Hit]:
        \"\"\"One paragraph on what it flags and why.

        Flagged: The plant cut 300 jobs [source].
        Clean: The plant cut 300 jobs ([Reuters](https://www.reuters.com/a)).
        \"\"\"

Codes match ``^[A-Z]{3}[0-9]{3}$``, are unique, and are never renumbered or
reused; the ``Flagged:`` and ``Clean:`` examples are run by the test suite.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from auditor.model import SEVERITIES, Hit, Severity

if TYPE_CHECKING:
    from auditor.article import Article

CODE = re.compile(r"^[A-Z]{3}[0-9]{3}$")
NAME = re.compile(r"^[a-z]+(?:-[a-z]+)*$")
FAMILIES = ("CIT", "CON", "ART", "SRC", "AUD")
"""The code prefixes: citations, consistency (contradictions), artifacts, sources (online), and the
auditor's own directives in the input (inline suppressions)."""
MODULES = ("citations", "sourcing", "artifacts", "consistency", "negation", "timeline", "sources", "directives")
"""The modules of :mod:`auditor.checks` that register rules."""

Check = Callable[["Article"], Iterable[Hit]]


@dataclass(frozen=True, slots=True)
class Rule:
    """A registered rule: identity, default severity, documentation and the check itself."""

    code: str
    name: str
    severity: Severity
    doc: str
    check: Check
    network: bool = False

    @property
    def summary(self) -> str:
        """The first line of the rule's documentation."""
        return self.doc.strip().splitlines()[0] if self.doc.strip() else ""

    def examples(self, label: str) -> list[str]:
        """The documented examples after ``label`` (``Flagged`` or ``Clean``)."""
        prefix = label + ":"
        return [
            line.strip()[len(prefix) :].strip() for line in self.doc.splitlines() if line.strip().startswith(prefix)
        ]


_REGISTRY: dict[str, Rule] = {}


def rule(code: str, name: str, severity: Severity, *, network: bool = False) -> Callable[[Check], Check]:
    """Register a check under a permanent ``code`` and kebab-case ``name``."""

    def register(check: Check) -> Check:
        if not CODE.match(code) or code[:3] not in FAMILIES:
            raise ValueError(f"rule code {code!r} must be a known family prefix and three digits")
        if not NAME.match(name):
            raise ValueError(f"rule name {name!r} must be kebab-case")
        if severity not in SEVERITIES:
            raise ValueError(f"rule {code}: unknown severity {severity!r}")
        if code in _REGISTRY or any(r.name == name for r in _REGISTRY.values()):
            raise ValueError(f"rule {code} {name!r} is registered twice")
        doc = check.__doc__ or ""
        if "Flagged:" not in doc or "Clean:" not in doc:
            raise ValueError(f"rule {code}: its docstring needs a 'Flagged:' and a 'Clean:' example")
        _REGISTRY[code] = Rule(code, name, severity, _dedent(doc), check, network)
        return check

    return register


def _dedent(doc: str) -> str:
    import inspect

    return inspect.cleandoc(doc)


_imported = False
"""Whether every family's module has been imported (their rules registered)."""


def all_rules() -> tuple[Rule, ...]:
    """Every registered rule, sorted by code (importing each family's module once: the engine asks for the rules
    twice an article, and eight ``import_module`` calls cost more than the sort)."""
    global _imported
    if not _imported:
        for module in MODULES:
            try:
                importlib.import_module(f"auditor.checks.{module}")
            except ModuleNotFoundError as exc:
                if exc.name != f"auditor.checks.{module}":
                    raise
        _imported = True
    return tuple(_REGISTRY[code] for code in sorted(_REGISTRY))


def get_rule(code_or_name: str) -> Rule | None:
    """The rule with this code (any case) or name, or None."""
    wanted = code_or_name.strip()
    for r in all_rules():
        if r.code == wanted.upper() or r.name == wanted.lower():
            return r
    return None
