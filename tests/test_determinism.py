"""The CLI's JSON is byte-identical whatever the hash seed (no set or dict order leaks out)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

SAMPLE_MD = """\
---
title: Some 50,000 troops to attack
date: 2024-11-02
---

# Some 50,000 troops to attack

Some 50,000 troops &ndash; 11,000 of them from North Korea &ndash; are set to take part.
Officials said 10,000 troops had arrived, up from 8,000 a week ago, a rise of 25%.
The deal, worth $1.2bn (£950m), was signed on Tuesday 5 November 2024.

- Tens of thousands of people fled, about 15,000 a month.
- Shares of 30%, 45% and 35% add up to 110%.

`code 9` and <!-- 99 --> are not prose.
"""


@pytest.mark.parametrize("command", ["check", "quantities"])
def test_json_identical_across_hash_seeds(command: str, seed_path: Path, tmp_path: Path) -> None:
    draft = tmp_path / "draft.md"
    draft.write_text(SAMPLE_MD, encoding="utf-8")
    outputs = {}
    for seed in ("0", "1", "2", "random"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        r = subprocess.run(
            [sys.executable, "-m", "numcheck", command, str(seed_path), str(draft), "--format", "json", "--no-config"],
            capture_output=True,
            env=env,
            timeout=300,
            check=False,
        )
        assert r.returncode in (0, 1), r.stderr.decode()
        outputs[seed] = r.stdout
    assert outputs["0"].strip()
    for seed, out in outputs.items():
        assert out == outputs["0"], f"JSON differs under PYTHONHASHSEED={seed}"
