"""Precision and recall of the rules on planted cases (benchmarks/planted/*.toml).

    python benchmarks/planted.py [benchmarks/planted/same_measure.toml ...] [-v]

Each file holds ``[[case]]`` tables: ``text`` (the draft, plain text unless ``format`` says
otherwise), ``expect`` (the rule code that must fire, or "" for a trap on which no rule of the
file's family may fire), optional ``date`` and ``note``. A file's ``family`` key (e.g. "NC1")
selects the rules that run. Prints per-file and overall TP/FP/FN, precision and recall.
"""

from __future__ import annotations

import argparse
import sys
import tomllib
from pathlib import Path

import numcheck
from numcheck.config import Config

HERE = Path(__file__).resolve().parent / "planted"


def score_file(path: Path, verbose: bool) -> tuple[int, int, int, int]:
    """(true positives, false positives, false negatives, cases) for one planted file."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    config = Config(select=(data.get("family", "ALL"),))
    tp = fp = fn = 0
    for i, case in enumerate(data["case"]):
        report = numcheck.check(case["text"], format=case.get("format", "text"), date=case.get("date"), config=config)
        fired = {f.rule for f in report.findings if f.severity >= numcheck.Severity.WARNING}
        expect = case.get("expect", "")
        ok = (expect in fired) if expect else not fired
        if expect:
            tp += expect in fired
            fn += expect not in fired
            fp += len(fired - {expect})
        else:
            fp += len(fired)
        if verbose and not ok:
            print(f"  MISS {path.name}#{i} expect={expect or '-'} fired={sorted(fired)}: {case['text'][:120]!r}")
            for f in report.findings:
                print(f"       {f.rule}: {f.message}")
    return tp, fp, fn, len(data["case"])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    files = args.files or sorted(HERE.glob("*.toml"))
    total = [0, 0, 0, 0]
    for path in files:
        tp, fp, fn, n = score_file(path, args.verbose)
        total = [a + b for a, b in zip(total, (tp, fp, fn, n), strict=True)]
        print(f"{path.name}: cases {n}  TP {tp}  FP {fp}  FN {fn}  precision {_ratio(tp, tp + fp)}  recall {_ratio(tp, tp + fn)}")
    tp, fp, fn, n = total
    print(f"all: cases {n}  TP {tp}  FP {fp}  FN {fn}  precision {_ratio(tp, tp + fp)}  recall {_ratio(tp, tp + fn)}")
    return 0


def _ratio(a: int, b: int) -> str:
    return f"{100 * a / b:.1f}%" if b else "n/a"


if __name__ == "__main__":
    sys.exit(main())
