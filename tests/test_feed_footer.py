"""A feed's footer ("The post <title> appeared first on <site>.") is page chrome, not a claim; a sentence about a
post that appeared first somewhere is prose."""

from __future__ import annotations

from auditor import audit_text

ARTICLE = (
    "# Harbor Fund Opens $40,000 Round\n\nThe Harbor Fund has opened a grant round for small repairs to the town's "
    "piers.\n\n{line}\n"
)


def _rules_on(text: str, words: str) -> set[str]:
    report = audit_text(text, input_format="markdown").to_dict()
    claims = {c["id"]: c["text"] for c in report["claims"]}
    return {
        f["rule"] for f in report["findings"] if words in claims.get(f.get("claim") or "", "") or words in f["message"]
    }


def test_a_feed_footer_is_chrome_not_a_claim() -> None:
    footer = "The post Harbor Fund Opens $40,000 Round appeared first on Coastline News Wire."
    rules = _rules_on(ARTICLE.format(line=footer), "appeared first")
    assert "ART002" in rules and "CIT001" not in rules


def test_a_sentence_about_a_post_is_prose() -> None:
    line = "The post of harbor master appeared first on the 1850 ballot, when 412 residents voted for 3 candidates."
    assert "ART002" not in _rules_on(ARTICLE.format(line=line), "appeared first")
    claims = audit_text(ARTICLE.format(line=line), input_format="markdown").to_dict()["claims"]
    assert any("appeared first" in c["text"] for c in claims)  # still read as a claim
