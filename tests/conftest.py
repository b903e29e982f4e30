"""Shared fixtures: the repository root, the seed article, and ../shared (skipped when absent)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# Property tests: no per-example deadline (CI machines are slow and shared) and, by default,
# a derandomized run so the suite gives the same verdict every time; set
# HYPOTHESIS_PROFILE=explore to search with fresh random examples.
settings.register_profile("numcheck", deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("explore", deadline=None, suppress_health_check=[HealthCheck.too_slow], max_examples=500)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "numcheck"))

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = next(iter(sorted((ROOT / "seeds").glob("*.txt"))))


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return SEED


@pytest.fixture(scope="session")
def shared() -> Path:
    """The ../shared folder (corpora, benchmark data); tests using it skip when it is absent."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not present (a user's clone has no shared data)")
    return SHARED
