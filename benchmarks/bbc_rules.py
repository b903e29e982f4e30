"""Findings per 100 BBC articles for the selected rules, with every finding printed for reading.

    python benchmarks/bbc_rules.py --select NC1 [--sample 300] [--quiet]
    python benchmarks/bbc_rules.py --corpus ../shared/corpora/bbc_news_2225/bbc_news.jsonl

Only the 2,127 unique articles are counted (``duplicate_of`` records are skipped). Each article
is checked as plain text: its title as headline, then its body. No publication date is known
(the articles are from 2004-2005), so date-dependent rules are skipped unless --date is given.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
import time
from pathlib import Path

import numcheck
from numcheck.config import Config

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "bbc_news_2225" / "bbc_news.jsonl"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=DEFAULT)
    ap.add_argument("--select", default="ALL", help="comma-separated codes or prefixes")
    ap.add_argument("--sample", type=int, default=0, help="check only every k-th article so that about N are read")
    ap.add_argument("--date", default=None, help="publication date to assume (e.g. 2005-01-01)")
    ap.add_argument("--quiet", action="store_true", help="print only the summary")
    args = ap.parse_args()
    if not args.corpus.is_file():
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return 2
    records = [json.loads(line) for line in args.corpus.read_text(encoding="utf-8").splitlines()]
    records = [r for r in records if not r.get("duplicate_of")]
    if args.sample:
        step = max(1, len(records) // args.sample)
        records = records[::step]
    config = Config(select=tuple(args.select.split(",")))
    counts: collections.Counter[str] = collections.Counter()
    t0 = time.perf_counter()
    chars = 0
    for rec in records:
        text = f"{rec['title']}\n{rec['text']}"
        chars += len(text)
        report = numcheck.check(text, config=config, date=args.date, path=rec["id"])
        for f in report.findings:
            counts[f"{f.rule} {f.severity}"] += 1
            if not args.quiet:
                print(f"{rec['id']}:{f.span.line}:{f.span.column}: {f.rule} [{f.severity}] {f.message}")
                for e in f.evidence:
                    s = report_sentence(text, e.span.start)
                    print(f"    {e.span.text!r} in: {s}")
    secs = time.perf_counter() - t0
    n = len(records)
    warn = sum(v for k, v in counts.items() if not k.endswith("info"))
    print(f"\narticles: {n}  chars: {chars:,}  seconds: {secs:.1f}  ({chars / secs / 1000:.0f}k chars/s)")
    print(f"warnings+errors: {warn}  = {100 * warn / max(n, 1):.2f} per 100 articles")
    for k, v in sorted(counts.items()):
        print(f"  {k}: {v} ({100 * v / max(n, 1):.2f} per 100)")
    return 0


def report_sentence(text: str, offset: int, width: int = 110) -> str:
    """A short excerpt around an offset, on one line."""
    a, b = max(0, offset - width // 2), min(len(text), offset + width // 2)
    return text[a:b].replace("\n", " ")


if __name__ == "__main__":
    sys.exit(main())
