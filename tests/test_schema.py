"""Every report validates against schemas/report.schema.json, and the report is deterministic."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

import auditor
from auditor.cli import main
from tests.conftest import FIXTURES, ROOT

SCHEMA = json.loads((ROOT / "schemas" / "report.schema.json").read_text())
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)
ARTICLES = [*sorted((FIXTURES / "articles").iterdir()), ROOT / "examples" / "article.md"]


def test_schema_is_valid_2020_12() -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


@pytest.mark.parametrize("article", ARTICLES, ids=[a.name for a in ARTICLES])
def test_cli_json_validates(article: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "r.json"
    assert main(["audit", str(article), "--format", "json", "-o", str(out), "--fail-on", "never"]) == 0
    errors = sorted(VALIDATOR.iter_errors(json.loads(out.read_text())), key=str)
    assert not errors, errors[0].message


def test_invalid_report_is_rejected() -> None:
    """The schema can fail: a report with an unknown severity does not validate."""
    data = auditor.audit_text("Output rose 40% in 2023 [source].").to_dict()
    data["findings"][0]["severity"] = "fatal"
    assert not VALIDATOR.is_valid(data)


def test_report_is_deterministic() -> None:
    text = (FIXTURES / "articles" / "ART002-page-chrome.txt").read_text()
    first = json.dumps(auditor.audit_text(text, source="a.txt").to_dict(), sort_keys=True)
    assert all(
        json.dumps(auditor.audit_text(text, source="a.txt").to_dict(), sort_keys=True) == first for _ in range(3)
    )


def test_offsets_point_into_the_input() -> None:
    """start/end/line/column address the input as given, for every format."""
    for article in ARTICLES:
        raw = article.read_text()
        data = auditor.audit_path(article).to_dict()
        lines = raw.splitlines(keepends=True)
        for claim in data["claims"]:
            line_start = sum(len(x) for x in lines[: claim["line"] - 1])
            assert line_start + claim["column"] - 1 == claim["start"]
            first_word = claim["text"].split()[0].strip("\"'“(")
            assert first_word in raw[claim["start"] : claim["end"]], (article.name, claim["text"])


def test_fingerprints_survive_unrelated_edits() -> None:
    text = "Sales fell 12% in 2024 [source].\n"
    before = auditor.audit_text(text, source="a.txt").to_dict()["findings"]
    after = auditor.audit_text("A new first line was added.\n\n" + text, source="a.txt").to_dict()["findings"]
    fingerprint = {f["rule"]: f["fingerprint"] for f in before}
    moved = {f["rule"]: f["fingerprint"] for f in after}
    assert fingerprint["CIT002"] == moved["CIT002"]
    assert before[0]["line"] != next(f for f in after if f["rule"] == "CIT002")["line"]


def test_no_two_findings_of_a_report_share_a_fingerprint() -> None:
    """Two placeholders in one sentence are two findings of one rule on one claim: the first keeps the claim's
    fingerprint (so baselines and judgements made before still match it), the second gets one of its own."""
    one = auditor.audit_text("Sales fell 12% in 2024 [source].\n", source="a.txt").to_dict()["findings"]
    two = auditor.audit_text("Sales fell 12% in 2024 [source] [link].\n", source="a.txt").to_dict()["findings"]
    placeholders = [f["fingerprint"] for f in two if f["rule"] == "CIT002"]
    assert len(placeholders) == 2 and len(set(placeholders)) == 2
    assert placeholders[0] == next(f["fingerprint"] for f in one if f["rule"] == "CIT002")
    every = [f["fingerprint"] for f in two]
    assert len(every) == len(set(every))
