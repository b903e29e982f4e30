"""The planted sets in benchmarks/planted/: traps never fire, and most planted errors are caught."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

import numcheck
from numcheck.config import Config

FILES = sorted((Path(__file__).resolve().parents[1] / "benchmarks" / "planted").glob("*.toml"))


def _cases(path: Path) -> tuple[str, list[dict]]:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return data.get("family", "ALL"), data["case"]


def _fired(case: dict, family: str) -> set[str]:
    report = numcheck.check(
        case["text"], format=case.get("format", "text"), date=case.get("date"), config=Config(select=(family,))
    )
    return {f.rule for f in report.findings if f.severity >= numcheck.Severity.WARNING}


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_planted_traps_stay_quiet(path: Path) -> None:
    family, cases = _cases(path)
    loud = [(c["text"][:80], sorted(_fired(c, family))) for c in cases if not c.get("expect") and _fired(c, family)]
    assert not loud, f"traps that fired: {loud}"


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_planted_errors_mostly_caught(path: Path) -> None:
    family, cases = _cases(path)
    planted = [c for c in cases if c.get("expect")]
    caught = [c for c in planted if c["expect"] in _fired(c, family)]
    assert len(planted) >= 10
    assert len(caught) >= 0.8 * len(planted), f"caught {len(caught)} of {len(planted)}"
