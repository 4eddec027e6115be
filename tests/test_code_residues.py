"""CIT005 reads a stripped-citation residue (" .") beside or inside code as code: the code spans are looked up
in an index (auditor.checks.citations._code_reach), whatever their number."""

from __future__ import annotations

from auditor import audit_text

KINDS = (
    "The `tool{i}` council sold {n} homes in {y} .",  # a residue away from the code: flagged
    "The council sold {n} homes with `tool{i}` .",  # right after the code: the code's
    "The council sold {n} homes in `{y} .` today.",  # inside the code
)


def test_only_residues_away_from_code_are_flagged_among_many_code_spans() -> None:
    paragraphs = [KINDS[i % 3].format(i=i, n=1000 + i, y=1990 + i % 30) for i in range(90)]
    report = audit_text("\n\n".join(paragraphs) + "\n", "markdown")
    body = report.document.text
    flagged = [body.rfind("\n\n", 0, f.start) for f in report.findings if f.rule == "CIT005"]
    starts = [body.find(p.replace("`", "")) - 2 for p in paragraphs]
    assert len(report.document.verbatim) == 90
    assert flagged == [s if i else -1 for i, s in enumerate(starts) if i % 3 == 0]
