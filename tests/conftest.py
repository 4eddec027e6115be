"""Shared test setup: paths, the ``--update-goldens`` switch, and the optional ../shared data."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SHARED = ROOT.parent / "shared"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-goldens",
        action="store_true",
        help="rewrite fixtures/golden/*.json from the current output (review the diff before committing)",
    )
    parser.addoption(
        "--update-screenshot",
        action="store_true",
        help="write the review page screenshot of seed article 000 to docs/review.png",
    )


@pytest.fixture
def update_goldens(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-goldens"))


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or skip the test when this checkout has none (a user's clone)."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is not here (../shared is only present in the development workspace)")
    return path
