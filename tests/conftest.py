"""Shared fixtures: the repository root, the seed article, and ../shared (skipped when absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

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
