"""docs/json-schema.md and the JSON output cannot drift: every key printed is documented, and
every documented key (not marked optional) is printed."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from numcheck.cli import main

DOC = Path(__file__).resolve().parents[1] / "docs" / "json-schema.md"
DRAFT = """\
---
title: Some 50,000 troops to attack
date: 2024-11-02
---

Some 50,000 troops are set to take part, and 11,000 of them came from the north.
Officials said 10,000 troops had arrived, and the ministry put the figure at 8,000 troops.
"""


def documented() -> dict[str, tuple[set[str], set[str]]]:
    """Section → (all documented keys, optional keys), from the tables of docs/json-schema.md."""
    sections: dict[str, tuple[set[str], set[str]]] = {}
    name = ""
    for line in DOC.read_text(encoding="utf-8").splitlines():
        if line.startswith("## ") or line.startswith("An evidence item"):
            name = line
            sections.setdefault(name, (set(), set()))
        elif line.startswith("| `") and name:
            cells = line.split("|")
            keys = set(re.findall(r"`([\w.]+)`", cells[1]))
            sections[name][0].update(keys)
            if re.match(r"\s*(optional|\(`\w+` only\))", cells[3]):
                sections[name][1].update(keys)
    return sections


def section(title: str) -> tuple[set[str], set[str]]:
    return next(v for k, v in documented().items() if k.startswith(title))


def check_keys(obj: dict, *titles: str) -> None:
    known: set[str] = set()
    optional: set[str] = set()
    for t in titles:
        k, o = section(t)
        known |= {x.split(".")[0] for x in k}
        optional |= o
    assert set(obj) <= known, f"undocumented keys {set(obj) - known} (document them in docs/json-schema.md)"
    assert known - optional <= set(obj), f"documented but missing: {known - optional - set(obj)}"


@pytest.mark.parametrize("command", ["check", "quantities"])
def test_output_matches_the_documented_contract(
    command: str, seed_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    draft = tmp_path / "draft.md"
    draft.write_text(DRAFT, encoding="utf-8")
    main([command, str(seed_path), str(draft), str(tmp_path / "missing.md"), "--format", "json", "--no-config"])
    data = json.loads(capsys.readouterr().out)
    check_keys(data, "## The envelope")
    assert data["version"] == 1 and set(data["tool"]) == {"name", "version"}
    assert data["errors"] and set(data["errors"][0]) == {"path", "message"}
    seen = {"quantity": 0, "finding": 0}
    for f in data["files"]:
        file_keys, optional = section("## A file")
        assert set(f) <= file_keys and file_keys - optional <= set(f)
        assert ("findings" in f) == (command == "check") and ("quantities" in f) == (command == "quantities")
        for q in f.get("quantities", []):
            seen["quantity"] += 1
            check_keys(q, "## A quantity")
            check_keys(q["source"], "## A source")
        for finding in f.get("findings", []):
            seen["finding"] += 1
            check_keys(finding, "## A finding")
            for e in finding["evidence"]:
                check_keys(e, "## Positions", "An evidence item")
                check_keys(e["source"], "## A source")
    assert seen["quantity" if command == "quantities" else "finding"] > 0
