"""Extraction quality on NewsQuant and the Recognizers-derived sets, numcheck vs quantulum3.

    python benchmarks/newsquant.py --data ../shared/data/newsquant/formatted_test_set [--errors N]

Scored per sentence with one-to-one matching (a prediction matches at most one gold quantity):
``value`` (same number, or the same two ends for a range), ``value+unit`` (also the same unit
after normalising spelling: "kilometer" = "kilometre", "USD" = "dollar", "$ per gallon" =
"dollar per gallon"; a counted noun matches when it shares a word with the gold unit) and
``value+change`` (also the same change mark: ``=`` ``~`` ``>`` ``<`` ``up`` ``down``).
quantulum3 runs through the same matcher in the same run, one sentence per call.
Dates, years, times and ordinals are not quantities in these sets and are left out for numcheck;
quantulum3's output is taken as it is. The data is read from ../shared and never copied here.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "newsquant" / "formatted_test_set"
SETS = ("NewsQuant-dev.json", "age-model.json", "currency-model.json", "dimension-model.json", "temperature-model.json")
NOT_QUANTITIES = {"date", "year", "time", "ordinal"}


@dataclass(frozen=True)
class Item:
    """One quantity, gold or predicted: value or (low, high), a unit string, a change mark."""

    value: tuple[float, ...]
    unit: str
    change: str = "="
    text: str = ""


# -- normalising units ------------------------------------------------------------------------
_CURRENCY_NAMES = {
    "USD": "dollar", "AUD": "australian dollar", "CAD": "canadian dollar", "NZD": "new zealand dollar",
    "HKD": "hong kong dollar", "SGD": "singapore dollar", "TWD": "new taiwan dollar", "GBP": "pound sterling",
    "EUR": "euro", "JPY": "japanese yen", "CNY": "chinese yuan", "INR": "indian rupee", "KRW": "south korean won",
    "RUB": "russian ruble", "ILS": "shekel", "CHF": "swiss franc", "ZAR": "south african rand", "MYR": "malaysian ringgit",
    "DKK": "danish krone", "SEK": "swedish krona", "NOK": "norwegian krone", "BRL": "brazilian real", "MXN": "mexican peso",
    "TRY": "turkish lira", "NGN": "nigerian naira", "BTC": "bitcoin", "PLN": "polish zloty", "AED": "uae dirham",
    "SAR": "saudi riyal", "IDR": "indonesian rupiah", "THB": "thai baht", "PHP": "philippine peso",
    "UAH": "ukrainian hryvnia", "KZT": "kazakhstani tenge", "AZN": "azerbaijani manat", "GEL": "georgian lari",
    "CRC": "costa rican colón", "LAK": "lao kip", "MNT": "mongolian tögrög", "PYG": "paraguayan guaraní",
    "GHS": "ghanaian cedi", "VND": "vietnamese dong", "KHR": "cambodian riel", "EGP": "egyptian pound",
    "PKR": "pakistani rupee", "KES": "kenyan shilling", "IRR": "iranian rial", "DZD": "algerian dinar",
    "HUF": "hungarian forint", "BDT": "bangladeshi taka",
}  # fmt: skip
_SPELLING = [
    ("meter", "metre"), ("liter", "litre"), ("degree celsius", "celsius"), ("degree fahrenheit", "fahrenheit"),
    ("percent", "percentage"), ("metric ton", "tonne"), ("oil barrel", "barrel"), ("kilocalorie", "calorie"),
    ("revolutions per minute", "revolution per minute"), ("force pound", "pound-force"), ("ppb", "parts per billion"),
    ("ppm", "parts per million"), ("mmbtu", "mega british thermal unit"),
    ("people", "person"), ("men", "man"), ("women", "woman"), ("children", "child"),
]  # fmt: skip
_WORD = re.compile(r"[a-z]+")


def norm_unit(unit: str) -> str:
    """A comparable unit string: lower case, singular, British spelling, "per" for "/"."""
    u = unit.strip()
    for code, name in _CURRENCY_NAMES.items():
        u = re.sub(rf"\b{code}\b", name, u)
    u = u.lower().replace("_", " ").replace("-", " ").replace(" / ", " per ").replace("/", " per ").replace(" * ", " ")
    u = re.sub(r"(\w+) \*\* 2", r"square \1", u)
    u = re.sub(r"(\w+) \*\* 3", r"cubic \1", u)
    u = u.replace("$", "dollar ").replace("%", "percentage").replace("£", "pound sterling ").replace("€", "euro ")
    for a, b in _SPELLING:
        u = u.replace(a, b)
    words = [w[:-1] if w.endswith("s") and len(w) > 3 and not w.endswith("ss") else w for w in u.split()]
    return " ".join(words).replace("percentagee", "percentage").strip() or "-"


def units_match(pred: str, gold: str) -> bool:
    p, g = norm_unit(pred), norm_unit(gold)
    if p == g:
        return True
    if g in ("-", "count") or p == "-":
        return p == g or (p == "-" and g in ("-", "count"))
    pw, gw = set(_WORD.findall(p)), set(_WORD.findall(g))
    if p.startswith("noun:"):
        pw.discard("noun")
        return bool(pw & gw)
    # "pound sterling" vs "pound", "foot pound-force" vs "pound-foot": wording differences
    return p in g or g in p or (len(pw) > 1 and (pw <= gw or gw <= pw))


# -- reading -------------------------------------------------------------------------------
_NUM = r"-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?"


def gold_value(text: str) -> tuple[float, ...]:
    text = text.strip()
    m = re.fullmatch(rf"({_NUM})\s*-\s*({_NUM})", text)
    if m:
        return (float(m.group(1)), float(m.group(2)))
    return (float(text),)


def read_set(path: Path) -> list[tuple[str, list[Item]]]:
    out = []
    for rec in json.loads(path.read_text(encoding="utf-8")):
        golds = []
        for q in rec.get("quantities", []):
            try:
                value = gold_value(str(q["value"]))
            except ValueError:
                continue
            golds.append(Item(value, q.get("normalized_unit") or "-", q.get("change", "=")))
        out.append((rec["text"], golds))
    return out


# -- predictions -----------------------------------------------------------------------------
def numcheck_items(text: str) -> list[Item]:
    from numcheck.engine import analyse
    from numcheck.source import read_text

    out: list[Item] = []
    for q in analyse(read_text(text, "text")).quantities:
        kind = str(q.kind)
        if kind in NOT_QUANTITIES or q.detail("vague_few"):
            continue  # NewsQuant does not annotate "a few", "several", "a handful"
        if q.detail("change_role") == "to" and out and out[-1].change == "from" and len(out[-1].value) == 1:
            # NewsQuant writes "from A to B" as one range
            first = out.pop()
            out.append(Item((first.value[0], q.value if q.value is not None else q.low), first.unit, "=", first.text))
            continue
        minor = 0.01 if q.detail("minor") else 1.0
        if kind == "score":
            a, b = q.detail("score")
            value: tuple[float, ...] = (float(a), float(b))
        elif q.is_range and q.detail("range"):
            value = tuple(float(x) / minor for x in q.detail("range"))
        elif q.value is None:
            value = (q.low, q.high)
        else:
            value = (q.value / minor,)
        unit = q.unit or ""
        if q.detail("minor"):
            unit = {"USD": "cent", "GBP": "penny", "MYR": "sen"}.get(unit, unit)
        if kind == "age":
            unit = "year of age"
        if not unit:
            noun = q.subject or q.detail("noun")
            unit = f"noun:{noun} {q.detail('noun') or ''}" if noun else "-"
        if q.per:
            unit = f"{unit} per {q.per}"
        change = (
            "from" if q.detail("change_role") == "from" else change_of(q.hedge, q.detail("hedge_type"), q.detail("direction"))
        )
        out.append(Item(value, unit, change, q.text))
    return [Item(i.value, i.unit, "=", i.text) if i.change == "from" else i for i in out]


_APPROX_BELOW = ("nearly", "almost", "close to", "approaching", "nigh on")


def change_of(hedge: str | None, htype: str | None, direction: str | None) -> str:
    if direction:
        return direction
    if not htype:
        return "="
    if htype == "~" or hedge in _APPROX_BELOW:
        return "~"
    if htype in ("~<", "<", "<="):
        return "<"
    return ">"


def quantulum_items(parser: Callable[[str], list], text: str) -> list[Item]:
    out = []
    try:
        found = parser(text)
    except Exception:  # quantulum3 raises on some inputs; count it as finding nothing
        return out
    for q in found:
        name = q.unit.name if q.unit is not None else "-"
        unit = "-" if name in ("dimensionless", "") else name
        if q.unit is not None and getattr(q.unit, "entity", None) is not None and q.unit.entity.name == "currency":
            unit = name
        out.append(Item((float(q.value),), unit, "=", q.surface))
    return out


# -- matching -------------------------------------------------------------------------------
def same_value(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    if len(a) != len(b):
        return False
    return all(math.isclose(x, y, rel_tol=1e-4, abs_tol=1e-9) for x, y in zip(a, b, strict=True))


def match(preds: list[Item], golds: list[Item], key: Callable[[Item, Item], bool]) -> int:
    """Size of a one-to-one matching (greedy over gold in order, the first fitting prediction)."""
    used: set[int] = set()
    hits = 0
    for g in golds:
        for i, p in enumerate(preds):
            if i not in used and key(p, g):
                used.add(i)
                hits += 1
                break
    return hits


KEYS: dict[str, Callable[[Item, Item], bool]] = {
    "value": lambda p, g: same_value(p.value, g.value),
    "value+unit": lambda p, g: same_value(p.value, g.value) and units_match(p.unit, g.unit),
    "value+change": lambda p, g: same_value(p.value, g.value) and p.change == g.change,
}


def score(rows: list[tuple[list[Item], list[Item]]], key: Callable[[Item, Item], bool]) -> tuple[float, float, float]:
    tp = sum(match(p, g, key) for p, g in rows)
    npred = sum(len(p) for p, _ in rows)
    ngold = sum(len(g) for _, g in rows)
    prec = tp / npred if npred else 0.0
    rec = tp / ngold if ngold else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return 100 * prec, 100 * rec, 100 * f1


def report(name: str, data: list[tuple[str, list[Item]]], preds: list[list[Item]], keys: list[str]) -> None:
    rows = list(zip(preds, [g for _, g in data], strict=True))
    parts = []
    for k in keys:
        p, r, f = score(rows, KEYS[k])
        parts.append(f"{k}: P {p:5.1f} R {r:5.1f} F1 {f:5.1f}")
    print(f"  {name:<11} " + " | ".join(parts))


def show_errors(data: list[tuple[str, list[Item]]], preds: list[list[Item]], limit: int, key: str) -> None:
    shown = 0
    for (text, golds), ps in zip(data, preds, strict=True):
        k = KEYS[key]
        missed = [g for g in golds if not any(k(p, g) for p in ps)]
        extra = [p for p in ps if not any(k(p, g) for g in golds)]
        if missed or extra:
            print(f"\n{text}")
            for g in missed:
                print(f"   MISS {g.value} {g.unit} {g.change}")
            for p in extra:
                print(f"   FP   {p.value} {p.unit} {p.change} {p.text!r}")
            shown += 1
            if shown >= limit:
                return


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT, help="folder with the formatted_test_set JSON files")
    ap.add_argument("--errors", type=int, default=0, help="print up to N sentences with numcheck errors (dev set)")
    ap.add_argument("--error-key", default="value", choices=list(KEYS))
    ap.add_argument("--set", default=None, help="only this file (e.g. NewsQuant-dev.json)")
    ap.add_argument("--no-quantulum", action="store_true", help="skip the quantulum3 baseline")
    args = ap.parse_args()
    if not args.data.is_dir():
        print(f"data not found: {args.data}", file=sys.stderr)
        return 2
    parser = None
    if not args.no_quantulum:
        warnings.filterwarnings("ignore")
        from quantulum3 import parser as q3

        parser = q3.parse
    for fname in SETS:
        if args.set and fname != args.set:
            continue
        path = args.data / fname
        if not path.is_file():
            continue
        data = read_set(path)
        keys = ["value", "value+unit", "value+change"] if fname.startswith("NewsQuant") else ["value", "value+unit"]
        ngold = sum(len(g) for _, g in data)
        print(f"{fname}: {len(data)} sentences, {ngold} gold quantities")
        t0 = time.perf_counter()
        ours = [numcheck_items(t) for t, _ in data]
        t1 = time.perf_counter()
        report("numcheck", data, ours, keys)
        if parser is not None:
            theirs = [quantulum_items(parser, t) for t, _ in data]
            t2 = time.perf_counter()
            report("quantulum3", data, theirs, keys)
            print(f"  time: numcheck {t1 - t0:.2f} s, quantulum3 {t2 - t1:.2f} s")
        if args.errors and (args.set or fname.startswith("NewsQuant")):
            show_errors(data, ours, args.errors, args.error_key)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
