"""A small sample of the real corpora in ../shared (skipped when absent; the full runs are in benchmarks/)."""

from __future__ import annotations

import json
from pathlib import Path

import numcheck


def _bbc_sample(shared: Path, n: int = 40) -> list[dict]:
    lines = (shared / "corpora" / "bbc_news_2225" / "bbc_news.jsonl").read_text(encoding="utf-8").splitlines()
    records = [r for r in map(json.loads, lines) if not r.get("duplicate_of")]
    return records[:: max(1, len(records) // n)][:n]


def test_bbc_sample_is_quiet_and_exact(shared: Path) -> None:
    for rec in _bbc_sample(shared):
        text = f"{rec['title']}\n{rec['text']}"
        report = numcheck.check(text, path=rec["id"])
        loud = [f"{f.rule}: {f.message}" for f in report.findings if f.severity >= numcheck.Severity.WARNING]
        assert not loud, f"{rec['id']}: {loud}"
        for q in report.quantities:
            assert text[q.start : q.end] == q.text


def _gold_values(record: dict) -> list[float]:
    out = []
    for g in record["quantities"]:
        try:
            out.append(float(g["value"]))
        except ValueError:
            continue  # ranges "lo-hi" and negative ranges are scored by benchmarks/newsquant.py
    return out


def test_newsquant_sample_values_are_found(shared: Path) -> None:
    data = json.loads((shared / "data" / "newsquant" / "formatted_test_set" / "NewsQuant-dev.json").read_text(encoding="utf-8"))
    found = total = 0
    for record in data[:80]:
        quantities = numcheck.extract(record["text"])
        values = [v for q in quantities for v in (q.value, q.low, q.high) if v is not None]
        for gold in _gold_values(record):
            total += 1
            found += any(abs(v - gold) <= 1e-6 * max(1.0, abs(gold)) for v in values)
    assert total > 50
    assert found / total >= 0.9, f"value recall on the sample: {found}/{total}"
