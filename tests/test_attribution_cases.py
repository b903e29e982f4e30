"""The labelled attribution cases (tests/data/attribution_cases.toml), scored per figure."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _bench():
    spec = importlib.util.spec_from_file_location("bench_attribution", ROOT / "benchmarks" / "attribution.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


BENCH = _bench()
CASES = BENCH.load_cases()
RESULTS = BENCH.run_all(CASES)


def test_enough_cases() -> None:
    assert len(CASES) >= 60
    assert len({c["id"] for c in CASES}) == len(CASES)


def test_attribution_accuracy_goal() -> None:
    ok = sum(r.attribution_ok for r in RESULTS)
    misses = [(r.case, r.at, r.got) for r in RESULTS if not r.attribution_ok]
    assert ok / len(RESULTS) >= 0.95, misses


def test_markers_and_basis() -> None:
    scored = [r for r in RESULTS if r.markers_ok is not None or r.basis_ok is not None]
    bad = [(r.case, r.at, r.got) for r in scored if r.markers_ok is False or r.basis_ok is False]
    assert len(bad) <= len(scored) * 0.05, bad


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_case(case: dict) -> None:
    for r in BENCH.run_case(case):
        assert r.attribution_ok, (r.at, r.expected, r.got)
        assert r.basis_ok is not False, (r.at, r.expected, r.got)
        assert r.markers_ok is not False, (r.at, r.expected, r.got)
