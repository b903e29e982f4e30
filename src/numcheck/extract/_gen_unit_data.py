"""Build :mod:`numcheck.extract._unit_data` from quantulum3's unit list and pint (run by hand).

    python src/numcheck/extract/_gen_unit_data.py > /tmp/u.py && mv /tmp/u.py src/numcheck/extract/_unit_data.py

(run as a script: importing the package would need the file being rebuilt).

Every quantulum3 unit of a physical entity whose name pint understands contributes its
surface forms (and their plurals) and symbols, mapped to pint's canonical name. Surfaces that
are common English words (quantulum3's own list) are left out, and one-letter symbols are
kept only for use attached to the digits. The hand-written table in :mod:`numcheck.extract.units`
takes precedence; this file fills the long tail. Never imported at run time except as data.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

ENTITIES = {
    "length": "length", "area": "area", "volume": "volume", "mass": "mass", "speed": "speed", "energy": "energy",
    "power": "power", "temperature": "temperature", "pressure": "pressure", "frequency": "frequency",
    "data storage": "data", "data transfer rate": "data", "force": "force", "electric potential": "electric",
    "current": "electric", "charge": "charge", "radioactivity": "radioactivity",
    "radiation absorbed dose": "radiation", "volumetric flow": "flow", "sound level": "sound", "torque": "torque",
    "luminous flux": "light", "illuminance": "light", "capacitance": "electric", "inductance": "electric",
    "electrical resistance": "electric", "magnetic field": "magnetic", "angle": "angle", "density": "density",
}  # fmt: skip
_SPELL = [("metre", "meter"), ("litre", "liter"), ("tonne", "metric_ton"), ("-", "_"), (" ", "_")]
#: Surfaces that are ordinary words or names in news ("three quarters", "Henry", "two leagues").
_SKIP = frozenset(
    str.split(
        "quarter quarters league leagues pond ponds henry henries franklin franklins peck pecks gray grays barn barns "
        "quad quads cup cups bars stere steres rutherford rutherfords lightspeed lightspeeds pferdestarke pferdestarkes "
        "celsiuses kgses gajs fath pica picas point points line lines hand hands span spans"
    )
)
_TITLE_SYMBOLS = {"Pa", "Hz", "Bq", "Gy", "Sv", "Wb", "Wh", "Mt", "Gt", "Kt"}
_IRREGULAR = {"foot": "feet", "inch": "inches", "century": "centuries", "henry": "henries", "lux": "lux", "hertz": "hertz"}


def pint_name(ureg: object, name: str) -> str | None:
    """pint's canonical name for a quantulum3 unit name, or ``None``."""
    candidates = [name]
    m = re.fullmatch(r"(square|cubic) (.+)", name)
    if m:
        candidates.append(f"{m.group(2)} ** {2 if m.group(1) == 'square' else 3}")
    if " per " in name:
        candidates.append(name.replace(" per ", " / "))
    for cand in list(candidates):
        alt = cand
        for a, b in _SPELL[:3]:
            alt = alt.replace(a, b)
        candidates.append(alt)
        if " ** " not in alt and " / " not in alt:
            candidates.append(alt.replace("-", "_").replace(" ", "_"))
    for cand in candidates:
        try:
            return str(ureg.Unit(cand))  # type: ignore[attr-defined]
        except Exception:  # pint raises several error types for unknown names
            continue
    return None


def plural(word: str) -> str:
    if " per " in word:  # "foot per second" -> "feet per second"
        first, rest = word.split(" per ", 1)
        return f"{plural(first)} per {rest}"
    if word.startswith("degree "):
        return "degrees " + word[len("degree ") :]
    *head, last = word.split(" ")
    if last in _IRREGULAR:
        last = _IRREGULAR[last]
    elif last.endswith(("s", "x", "ch", "sh")):
        last += "es"
    elif last.endswith("y") and last[-2:-1] not in "aeiou":
        last = last[:-1] + "ies"
    else:
        last += "s"
    return " ".join([*head, last])


def build() -> tuple[dict[str, tuple[str, str]], set[str]]:
    import pint
    import quantulum3

    root = Path(quantulum3.__file__).parent
    units = json.loads((root / "units.json").read_text(encoding="utf-8"))
    common = set()
    for words in json.loads((root / "_lang" / "en_US" / "common-words.json").read_text(encoding="utf-8")).values():
        common.update(w.lower() for w in words)
    ureg = pint.UnitRegistry()
    table: dict[str, tuple[str, str]] = {}
    attached: set[str] = set()
    for name, spec in sorted(units.items()):
        dim = ENTITIES.get(spec.get("entity", ""))
        if dim is None:
            continue
        canonical = pint_name(ureg, name)
        if canonical is None or "delta" in canonical:
            continue
        for surface in spec.get("surfaces", []):
            for form in (surface, plural(surface)):
                if form.lower() in common or len(form) < 3 or form.lower() in _SKIP:
                    continue
                table.setdefault(form.lower(), (canonical, dim))
        for symbol in spec.get("symbols", []):
            if len(symbol) < 2 or symbol.lower() in common or not any(ch.isalpha() for ch in symbol):
                continue  # "C", "K", "'" are coulomb, kelvin and feet to quantulum3, rarely to news
            if symbol[0].isupper() and symbol[1:].isalpha() and symbol[1:].islower() and symbol not in _TITLE_SYMBOLS:
                continue  # "Gal", "Cal", "Dm" read as words
            table.setdefault(symbol, (canonical, dim))
            if symbol.isalpha() and symbol.islower() and len(symbol) <= 3:
                attached.add(symbol)
    return table, attached


def main() -> None:
    table, attached = build()
    print('"""Unit surface forms generated from quantulum3 and pint by ``_gen_unit_data.py`` (do not edit)."""')
    print()
    print("# fmt: off")
    print("UNITS: dict[str, tuple[str, str]] = {")
    for surface, (unit, dim) in sorted(table.items()):
        print(f"    {surface!r}: ({unit!r}, {dim!r}),")
    print("}")
    print("ATTACHED: frozenset[str] = frozenset({")
    for symbol in sorted(attached):
        print(f"    {symbol!r},")
    print("})")
    print("# fmt: on")


if __name__ == "__main__":
    main()
