"""CIT009: an outlet's article whose headline (its address's slug) shares two key words with the page's own
headline is coverage of the page's story, cited for a detail of it in other words; a page on another subject
is still off-topic (``fixtures/articles/same-story-outlet-link.md``)."""

from __future__ import annotations

from pathlib import Path

import auditor
from tests.conftest import FIXTURES


def _off_topic(path: Path) -> int:
    return sum(1 for f in auditor.audit_path(str(path)).findings if f.rule == "CIT009")


def test_a_detail_cited_to_the_coverage_of_the_same_story_is_on_topic() -> None:
    assert _off_topic(FIXTURES / "articles" / "same-story-outlet-link.md") == 0


def test_a_page_on_another_subject_is_still_off_topic(tmp_path: Path) -> None:
    text = (FIXTURES / "articles" / "same-story-outlet-link.md").read_text(encoding="utf-8")
    page = tmp_path / "page.md"
    page.write_text(text.replace("norden-flags-first-annual-loss-electric-charge", "recipes-for-summer-salads-and-grilling"))
    assert _off_topic(page) == 2
