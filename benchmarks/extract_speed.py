"""Extraction speed: numcheck vs quantulum3 on the BBC corpus, and cold start on the seed.

    python benchmarks/extract_speed.py [--corpus PATH] [--sample N] [--repeat R]

Throughput: the same articles (title and body, every N-th unique article with --sample)
through numcheck's whole pipeline (source, text layer, extraction; the extraction stage, with
its calls to find_dates and find_subject, is also timed alone) and
through quantulum3's parser called once per paragraph, in the same process and run. Both are
warmed up first (imports and quantulum3's one-off loading are not counted here).
Cold start: ``numcheck quantities SEED`` in a fresh process, import included, best of R runs
(wall and CPU time; the machine is shared, so CPU time is the steadier figure).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import resource
import subprocess
import sys
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "corpora" / "bbc_news_2225" / "bbc_news.jsonl"


def articles(path: Path, sample: int) -> list[str]:
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    records = [r for r in records if not r.get("duplicate_of")]
    if sample:
        step = max(1, len(records) // sample)
        records = records[::step][:sample]
    return [f"{r['title']}\n{r['text']}" for r in records]


def run_numcheck(texts: list[str]) -> tuple[float, float, int]:
    """(whole pipeline seconds, extraction-stage seconds, quantities)."""
    from numcheck.extract import extract_quantities
    from numcheck.source import read_text
    from numcheck.text import analyse_text

    total = stage = 0.0
    n = 0
    for t in texts:
        t0 = time.perf_counter()
        doc = read_text(t, "text")
        ctx = analyse_text(doc)
        t1 = time.perf_counter()
        n += len(extract_quantities(doc, ctx))
        t2 = time.perf_counter()
        total += t2 - t0
        stage += t2 - t1
    return total, stage, n


def run_quantulum(texts: list[str]) -> tuple[float, int]:
    warnings.filterwarnings("ignore")
    from quantulum3 import parser

    n = 0
    t0 = time.perf_counter()
    for t in texts:
        for para in t.split("\n"):
            if para.strip():
                with contextlib.suppress(Exception):  # quantulum3 raises on some inputs
                    n += len(parser.parse(para))
    return time.perf_counter() - t0, n


def cold_start(seed: Path, repeat: int) -> tuple[float, float]:
    cmd = [sys.executable, "-m", "numcheck", "quantities", str(seed)]
    walls, cpus = [], []
    for _ in range(repeat):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True, env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"})
        walls.append(time.perf_counter() - t0)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    return min(walls), min(cpus)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=DEFAULT)
    ap.add_argument("--sample", type=int, default=300, help="about N unique articles (0 = all 2,127)")
    ap.add_argument("--repeat", type=int, default=5, help="cold-start runs (best is reported)")
    args = ap.parse_args()
    seed = next(iter(sorted((ROOT / "seeds").glob("*.txt"))))
    wall, cpu = cold_start(seed, args.repeat)
    print(
        f"cold start (numcheck quantities {seed.name}, fresh process, best of {args.repeat}): wall {wall:.3f} s, cpu {cpu:.3f} s"
    )
    if not args.corpus.is_file():
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return 2
    texts = articles(args.corpus, args.sample)
    chars = sum(map(len, texts))
    run_numcheck(texts[:3])
    run_quantulum(texts[:3])
    t_nc, t_ex, n_nc = run_numcheck(texts)
    t_q3, n_q3 = run_quantulum(texts)
    print(f"{len(texts)} articles, {chars / 1e6:.2f} M characters")
    print(f"  numcheck (source+text+extract): {t_nc:7.2f} s  {chars / t_nc / 1e3:8.1f} k chars/s  {n_nc} quantities")
    print(f"    of which extraction stage:    {t_ex:7.2f} s  {chars / t_ex / 1e3:8.1f} k chars/s")
    print(f"  quantulum3 (per paragraph):     {t_q3:7.2f} s  {chars / t_q3 / 1e3:8.1f} k chars/s  {n_q3} quantities")
    print(f"  throughput ratio: {t_q3 / t_nc:.1f}x (whole pipeline), {t_q3 / t_ex:.1f}x (extraction stage)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
