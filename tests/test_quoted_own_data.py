"""CIT008 leaves a quoted speaker's own research alone ("'... our data suggest ...,' said Dr Mara Voss"): a first
person's possessive on the attribution's head is the speaker's work, with no report to link. An unnamed source
outside the quote ("Studies show ...") is still noted. Invented."""

from __future__ import annotations

import auditor
from tests.conftest import FIXTURES

FIXTURE = FIXTURES / "articles" / "quoted-speaker-own-data.md"


def cit008(text: str) -> list[str]:
    return [f.message for f in auditor.audit_text(text).findings if f.rule == "CIT008"]


def test_a_quoted_speakers_own_data_is_no_unlinked_attribution() -> None:
    assert not any("data suggest" in m for m in cit008(FIXTURE.read_text(encoding="utf-8")))


def test_the_same_words_without_the_possessive_are_noted() -> None:
    text = FIXTURE.read_text(encoding="utf-8").replace("our data suggest", "data suggest")
    assert any("data suggest" in m for m in cit008(text))


def test_an_unnamed_source_outside_the_quote_is_still_noted() -> None:
    assert any("Studies show" in m for m in cit008(FIXTURE.read_text(encoding="utf-8")))
