"""A group named by its size against the members named for it (auditor.compare.ensembles, reported as CON003).
Every article and sentence here is invented for the test."""

from __future__ import annotations

import pytest

import auditor


def sizes(text: str) -> list[list[object]]:
    """The values ([size, members named]) of the CON003 findings on an article."""
    report = auditor.audit_text(text, input_format="markdown", source="t.md")
    return [list(f.evidence["values"]) for f in report.findings if f.rule == "CON003"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The trio — Ana Colby, Ben Rusk, Cleo Parr and Dev Shaw — met at college.", [[3, 4]]),
        ("The quartet of Mia Holt, Joe Lane and Sara Dean played on Friday.", [[4, 3]]),
        ("The five-piece band, made up of Tom Reed, Alma Cruz, Nate Fox and Ivy Stone, plays on Fridays.", [[5, 4]]),
        ("The folk duo, Kim Ash, Lee Moss and Ray Bell, open the night.", [[2, 3]]),
        ("The quintet (Ada Lin, Bo Yu, Cy Dunn and Eve Ross) recorded in a barn.", [[5, 4]]),
        ("Folk duo Kim Ash, Lee Moss and Ray Bell open the night.", [[2, 3]]),
        ("The Owls are a trio from Wenby. The band's members are Ana Colby, Ben Rusk, Cleo Parr and Dev Shaw.",
         [[3, 4]]),
        # the count agrees, or the names are not the group's members
        ("The trio — Ana Colby, Ben Rusk and Cleo Parr — met at college.", []),
        ("The quartet played works by Bach, Haydn and Ravel.", []),
        ("The duo thanked Ana Colby, Ben Rusk and Cleo Parr for their help.", []),
        ("The trio's new record features Ana Colby, Ben Rusk, Cleo Parr and Dev Shaw.", []),
        ("The Wenby Trio, Ana Colby, Ben Rusk, Cleo Parr and Dev Shaw, play tonight.", []),
        ("The trio — Ana Colby, Ben Rusk and Cleo Parr — worked with Max Hale and Sue Ito.", []),
        ("The quartet now plays as a trio: Ana Colby, Ben Rusk and Cleo Parr.", []),
        ("The Owls are a trio from Wenby.\n\nThe band's members are Ana Colby, Ben Rusk, Cleo Parr and Dev Shaw.", []),
        ("The trio, Ana Colby and Ben Rusk said, would play on.", []),
    ],
)
def test_group_size_against_its_members(text: str, found: list[list[object]]) -> None:
    assert sizes(text) == found


def test_the_message_quotes_both_claims() -> None:
    text = "The Owls are a trio from Wenby. The band's members are Ana Colby, Ben Rusk, Cleo Parr and Dev Shaw."
    (finding,) = [f for f in auditor.audit_text(text).findings if f.rule == "CON003"]
    assert "The Owls are a trio from Wenby." in finding.message
    assert "a trio is a group of 3, but 4 members are named for it (Ana Colby, Ben Rusk, Cleo Parr, Dev Shaw)" in (
        finding.message
    )
    assert "correct the wrong count" in finding.message


def test_the_gate_lets_through_every_group_the_pattern_finds() -> None:
    """The cheap literal gate before the group pattern drops no text the pattern would read (any case)."""
    from auditor.compare.ensembles import _gate, _group
    from auditor.compare.gates import may_hold

    words = ["The", "TRIO", "quartet", "Five-Piece", "band", "4-member", "crew", "a", "twelve-strong", "Octet",
             "duo", "played", "Ana", "and", "Ben", "groupie", "tri", "piece", "member"]
    texts = [" ".join(words[(i * 7 + j * 3) % len(words)] for j in range(i % 6 + 1)) for i in range(400)]
    assert any(_group().search(t) for t in texts) and any(not may_hold(t, _gate()) for t in texts)
    for text in texts:
        if _group().search(text):
            assert may_hold(text, _gate()), text
