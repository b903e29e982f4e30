"""Blind evaluation: run every rule (family ALL) on benchmarks/blind/*.toml and report per case.

    .venv/bin/python benchmarks/blind/blind_eval.py [files...] [--json out.json] [-v]

A positive case is caught when its expected code fires; any other code firing on it is a false
positive. On a trap (expect = "") every code that fires is a false positive. Prints per-case
outcomes (with the codes that fired and their messages), then per-rule and per-family tallies.
"""

from __future__ import annotations

import argparse
import json
import sys
import tomllib
from collections import defaultdict
from pathlib import Path

import numcheck
from numcheck.config import Config

HERE = Path(__file__).resolve().parent


def run(files: list[Path]) -> list[dict]:
    rows = []
    for path in files:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        config = Config(select=(data.get("family", "ALL"),))
        for i, case in enumerate(data["case"]):
            try:
                report = numcheck.check(case["text"], format=case.get("format", "text"), date=case.get("date"), config=config)
                findings = [f for f in report.findings if f.severity >= numcheck.Severity.WARNING]
                err = None
            except Exception as exc:  # a crash is reported, not fatal
                findings, err = [], f"{type(exc).__name__}: {exc}"
            rows.append(
                {
                    "file": path.name,
                    "index": i,
                    "expect": case.get("expect", ""),
                    "text": case["text"],
                    "note": case.get("note", ""),
                    "fired": sorted({f.rule for f in findings}),
                    "messages": [f"{f.rule}: {f.message}" for f in findings],
                    "error": err,
                }
            )
    return rows


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--json", type=Path)
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    files = args.files or sorted(HERE.glob("*.toml"))
    rows = run(files)
    per_rule = defaultdict(lambda: {"cases": 0, "tp": 0, "fn": 0, "fp": 0})
    fam = defaultdict(lambda: {"tp": 0, "fn": 0, "fp": 0})
    for r in rows:
        exp, fired = r["expect"], set(r["fired"])
        if exp:
            per_rule[exp]["cases"] += 1
            hit = exp in fired
            per_rule[exp]["tp" if hit else "fn"] += 1
            fam[exp[:3]]["tp" if hit else "fn"] += 1
        for code in fired - {exp}:
            per_rule[code]["fp"] += 1
            fam[code[:3]]["fp"] += 1
        ok = (exp in fired and fired == {exp}) if exp else not fired
        if args.verbose or not ok:
            tag = "OK  " if ok else ("MISS" if exp and exp not in fired else "FP  ")
            print(f"{tag} {r['file']}#{r['index']} expect={exp or '-'} fired={sorted(fired)} {r['text'][:100]!r}")
            if not ok:
                for m in r["messages"]:
                    print(f"       {m}")
                if r["error"]:
                    print(f"       CRASH {r['error']}")
    print("\nper rule: cases TP FN FP")
    for code in sorted(per_rule):
        d = per_rule[code]
        print(f"  {code}: {d['cases']:3d} {d['tp']:3d} {d['fn']:3d} {d['fp']:3d}")
    print("\nper family (FP counted against the family of the code that fired):")
    tot = {"tp": 0, "fn": 0, "fp": 0}
    for f in sorted(fam):
        d = fam[f]
        for k in tot:
            tot[k] += d[k]
        precision, recall = _r(d["tp"], d["tp"] + d["fp"]), _r(d["tp"], d["tp"] + d["fn"])
        print(f"  {f}xx: TP {d['tp']} FN {d['fn']} FP {d['fp']}  precision {precision}  recall {recall}")
    traps = [r for r in rows if not r["expect"]]
    print(
        f"  all: cases {len(rows)} TP {tot['tp']} FN {tot['fn']} FP {tot['fp']}  precision {_r(tot['tp'], tot['tp'] + tot['fp'])}"
        f"  recall {_r(tot['tp'], tot['tp'] + tot['fn'])}  clean traps {sum(not r['fired'] for r in traps)}/{len(traps)}"
    )
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1), encoding="utf-8")
    return 0


def _r(a: int, b: int) -> str:
    return f"{100 * a / b:.1f}%" if b else "n/a"


if __name__ == "__main__":
    sys.exit(main())
