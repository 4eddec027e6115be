"""Shared test setup: paths, the ``--update-goldens`` switch, and the optional ../shared data."""

from __future__ import annotations

import os
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


# Hypothesis: a small example count in the test suite (CI stays fast); scripts/fuzz_campaign.py runs the
# same properties under the "campaign" profile with a large budget.
from hypothesis import HealthCheck, settings  # noqa: E402

settings.register_profile(
    "ci", max_examples=60, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "campaign", max_examples=10_000, deadline=None, suppress_health_check=list(HealthCheck), print_blob=True
)
settings.load_profile(os.environ.get("AUDITOR_HYPOTHESIS_PROFILE", "ci"))
