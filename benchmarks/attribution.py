"""Attribution accuracy on the labelled cases in tests/data/attribution_cases.toml.

    python benchmarks/attribution.py [--cases PATH] [--verbose]

Scores every labelled figure: *attribution* is right when kind, speaker and outlet all match
(speakers and outlets compared case-insensitively, ignoring a leading "the" and the kind of
apostrophe); *basis* and *markers* are scored on the figures that specify them. Also prints
the text layer's CPU time on the cases.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from numcheck.source.plaintext import read_plaintext
from numcheck.text import analyse_text

DEFAULT = Path(__file__).resolve().parents[1] / "tests" / "data" / "attribution_cases.toml"
HEADLINE = "Attribution case\n\n"


def norm(text: str | None) -> str:
    """Comparison form of a speaker or outlet."""
    if not text:
        return ""
    text = text.replace("’", "'").strip().lower()
    text = re.sub(r"\s+", " ", text)
    return text[4:] if text.startswith("the ") else text


@dataclass(frozen=True)
class Result:
    case: str
    at: str
    expected: dict[str, Any]
    got: dict[str, Any]
    attribution_ok: bool
    basis_ok: bool | None
    markers_ok: bool | None


def load_cases(path: Path = DEFAULT) -> list[dict[str, Any]]:
    return tomllib.loads(path.read_text(encoding="utf-8"))["case"]


def run_case(case: dict[str, Any]) -> list[Result]:
    text = (case["headline"] + "\n\n" if "headline" in case else HEADLINE) + case["text"]
    doc = read_plaintext(text)
    ctx = analyse_text(doc)
    out: list[Result] = []
    for fig in case["figures"]:
        at, nth = fig["at"], fig.get("nth", 1)
        pos = -1
        for _ in range(nth):
            pos = text.index(at, pos + 1)
        src = ctx.source_at(pos)
        markers = ctx.markers_at(pos)
        got = {"kind": src.kind, "speaker": src.speaker, "outlet": src.outlet, "basis": src.basis, "markers": list(markers)}
        ok = (
            src.kind == fig["kind"]
            and norm(src.speaker) == norm(fig.get("speaker"))
            and norm(src.outlet) == norm(fig.get("outlet"))
        )
        basis_ok = norm(src.basis) == norm(fig["basis"]) if "basis" in fig else None
        markers_ok = None
        if "markers" in fig or "absent" in fig:
            markers_ok = all(m in markers for m in fig.get("markers", ())) and not any(
                m in markers for m in fig.get("absent", ())
            )
        out.append(Result(case["id"], at, fig, got, ok, basis_ok, markers_ok))
    return out


def run_all(cases: list[dict[str, Any]]) -> list[Result]:
    return [r for case in cases for r in run_case(case)]


def _rate(flags: list[bool]) -> str:
    return f"{sum(flags)}/{len(flags)} = {100 * sum(flags) / len(flags):.1f}%" if flags else "n/a"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cases", type=Path, default=DEFAULT)
    ap.add_argument("--verbose", action="store_true", help="print every figure, not only the misses")
    args = ap.parse_args()
    cases = load_cases(args.cases)
    run_all(cases[:3])  # warm up (regex compilation)
    t0 = time.process_time()
    results = run_all(cases)
    elapsed = time.process_time() - t0
    for r in results:
        bad = not r.attribution_ok or r.basis_ok is False or r.markers_ok is False
        if bad or args.verbose:
            mark = "MISS" if bad else "ok  "
            print(f"{mark} {r.case}: {r.at!r}\n     expected {r.expected}\n     got      {r.got}")
    print(f"cases: {len(cases)}, figures: {len(results)}")
    print(f"attribution (kind + speaker + outlet): {_rate([r.attribution_ok for r in results])}")
    for kind in ("narration", "quote", "paraphrase"):
        print(f"  expected {kind}: {_rate([r.attribution_ok for r in results if r.expected['kind'] == kind])}")
    print(f"basis: {_rate([r.basis_ok for r in results if r.basis_ok is not None])}")
    print(f"markers: {_rate([r.markers_ok for r in results if r.markers_ok is not None])}")
    print(f"text layer: {1000 * elapsed / len(cases):.2f} ms CPU per case (reading included)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
