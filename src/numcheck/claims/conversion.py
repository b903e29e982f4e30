"""Conversion claims: a measurement given with its equivalent in another unit.

"10km (6 miles)", "30C (86F)", "5ft 10in (1.78m)", "a 10-mile (16km) walk", "10km, or about
six miles", "30C/86F", and money pairs ("$1.13bn (£600m)") — the latter only in a document
that states its exchange rate ("at $1.25 to the pound"), because without one the reader has no
way to check them and neither have we.

The pair is a relation between two figures that the pipeline reads one at a time, so this
module reads the pair structure (the bracket, ", or about") and the units itself from the
paragraph, with a compact table of the units news writes (factors to SI; alternatives where
usage differs: US or imperial gallons and pints; short, long or metric tons). A bracketed
partner in a unit outside the table ("10 furlongs (2km)") is read through pint, imported only
then: an ordinary document never pays pint's import and registry (about half a second).

Each figure is an interval implied by how it is written (statcheck-style half a unit of the
last digit; trailing zeros of integers read as loosely as 5%), and a pair is consistent when
the two intervals overlap after a small tolerance for rounded conversion factors (wider when
hedged: "about", "some", "nearly").
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from numcheck.engine import Analysis


@dataclass(frozen=True, slots=True)
class Unit:
    """A unit: its dimension and factor(s) to the SI unit (``offset`` for temperatures)."""

    name: str
    dim: str
    factors: tuple[float, ...]
    offset: float = 0.0
    ambiguous: bool = False  # a bare letter ("C", "F") that only a partner makes a unit


_U: dict[str, Unit] = {}


def _add(
    dim: str, name: str, factor: float | tuple[float, ...], forms: str, offset: float = 0.0, ambiguous: bool = False
) -> None:
    u = Unit(name, dim, factor if isinstance(factor, tuple) else (factor,), offset, ambiguous)
    for f in forms.split("|"):
        _U[f] = u


_add("length", "km", 1000.0, "km|kms|kilometre|kilometres|kilometer|kilometers")
_add("length", "m", 1.0, "metre|metres|meter|meters")
_add("length", "m", 1.0, "m", ambiguous=True)  # "5m" is also five million (next to "3m tonnes")
_add("length", "cm", 0.01, "cm|centimetre|centimetres|centimeter|centimeters")
_add("length", "mm", 0.001, "mm|millimetre|millimetres|millimeter|millimeters")
_add("length", "miles", 1609.344, "mile|miles|mi")
_add("length", "nautical miles", 1852.0, "nautical mile|nautical miles")
_add("length", "yards", 0.9144, "yard|yards|yd|yds")
_add("length", "ft", 0.3048, "ft|foot|feet")
_add("length", "in", 0.0254, "in|inch|inches|ins")
_add("mass", "kg", 1.0, "kg|kgs|kilogram|kilograms|kilogramme|kilogrammes|kilo|kilos")
_add("mass", "g", 0.001, "g|gram|grams|gramme|grammes")
_add("mass", "tonnes", 1000.0, "tonne|tonnes|metric ton|metric tons")
_add("mass", "tons", (907.18474, 1016.0469, 1000.0), "ton|tons")
_add("mass", "lb", 0.45359237, "lb|lbs|pound|pounds")
_add("mass", "oz", 0.0283495, "oz|ounce|ounces")
_add("mass", "stone", 6.35029, "st|stone|stones")
_add("area", "sq km", 1e6, "sq km|sq. km|sqkm|km2|km²|square kilometre|square kilometres|square kilometer|square kilometers")
_add("area", "sq m", 1.0, "sq m|sq. m|m2|m²|square metre|square metres|square meter|square meters")
_add("area", "hectares", 1e4, "hectare|hectares|ha")
_add("area", "acres", 4046.8564, "acre|acres")
_add("area", "sq miles", 2589988.11, "sq mile|sq miles|sq. mile|sq. miles|square mile|square miles")
_add("area", "sq ft", 0.09290304, "sq ft|sq. ft|sq feet|square foot|square feet")
_add("volume", "litres", 0.001, "l|litre|litres|liter|liters")
_add("volume", "ml", 1e-6, "ml|millilitre|millilitres|milliliter|milliliters")
_add("volume", "gallons", (0.00454609, 0.003785411784), "gallon|gallons")
_add("volume", "pints", (0.000568261, 0.000473176), "pint|pints")
_add("volume", "cubic metres", 1.0, "m3|m³|cu m|cubic metre|cubic metres|cubic meter|cubic meters")
_add("volume", "cubic feet", 0.0283168, "cu ft|cubic foot|cubic feet")
_add("volume", "cc", 1e-6, "cc|cubic centimetres|cubic centimeters")
_add("volume", "barrels", 0.158987, "barrel|barrels")
_add(
    "speed",
    "km/h",
    1 / 3.6,
    "km/h|kph|kmh|km/hr|kmph|kilometres per hour|kilometers per hour|kilometres an hour|kilometers an hour",
)
_add("speed", "mph", 0.44704, "mph|miles per hour|miles an hour")
_add("speed", "m/s", 1.0, "m/s|metres per second|meters per second|metres a second")
_add("speed", "km/s", 1000.0, "km/s|kilometres per second|kilometers per second|kilometres a second")
_add("speed", "knots", 0.514444, "knot|knots")
_add("energy", "J", 1.0, "J|joule|joules")
_add("energy", "kJ", 1e3, "kJ|kilojoule|kilojoules")
_add("energy", "MJ", 1e6, "MJ|megajoule|megajoules")
_add("energy", "kWh", 3.6e6, "kWh|kilowatt-hour|kilowatt-hours|kilowatt hour|kilowatt hours")
_add("energy", "MWh", 3.6e9, "MWh|megawatt-hour|megawatt-hours|megawatt hours")
_add("energy", "GWh", 3.6e12, "GWh|gigawatt-hour|gigawatt-hours|gigawatt hours")
_add("energy", "TWh", 3.6e15, "TWh|terawatt-hour|terawatt-hours|terawatt hours")
_add("energy", "GJ", 1e9, "GJ|gigajoule|gigajoules")
_add("energy", "TJ", 1e12, "TJ|terajoule|terajoules")
_add("energy", "Btu", 1055.06, "Btu|BTU|Btus|BTUs|British thermal units")
_add("energy", "kcal", 4184.0, "kcal|calorie|calories|kilocalorie|kilocalories")
_add("power", "W", 1.0, "W|watt|watts")
_add("power", "kW", 1e3, "kW|KW|kilowatt|kilowatts")
_add("power", "MW", 1e6, "MW|megawatt|megawatts")
_add("power", "GW", 1e9, "GW|gigawatt|gigawatts")
_add("power", "hp", (745.7, 735.5), "hp|bhp|horsepower")
_add(
    "temperature", "°C", 1.0, "°C|ºC|° C|degrees C|degrees Celsius|degrees celsius|Celsius|degrees centigrade|centigrade", 273.15
)
_add("temperature", "°F", 5 / 9, "°F|ºF|° F|degrees F|degrees Fahrenheit|degrees fahrenheit|Fahrenheit", 459.67)
_add("temperature", "°C", 1.0, "C", 273.15, ambiguous=True)
_add("temperature", "degrees", 1.0, "degrees", 273.15, ambiguous=True)  # the scale is the other one of the pair
_add("temperature", "°F", 5 / 9, "F", 459.67, ambiguous=True)

# Units written only glued to the number ("12in", "30C", "5l", "11st"), never after a space.
_GLUED = {"in", "ins", "C", "F", "l", "st", "g", "J", "W", "m", "ha", "mi"}
_CASED = {
    "in",
    "ins",
    "C",
    "F",
    "l",
    "st",
    "g",
    "J",
    "W",
    "m",
    "kJ",
    "MJ",
    "kW",
    "KW",
    "MW",
    "GW",
    "kWh",
    "MWh",
    "GWh",
    "TWh",
    "ha",
    "mi",
}


def _norm(form: str) -> str:
    return re.sub(r"[\s-]+", " ", form).lower()


_NORM = {_norm(k): u for k, u in _U.items()}


def _alternation(forms: list[str]) -> str:
    """Longest forms first; symbols case-sensitive, words not; "square metre" also "square-metre"."""

    def one(f: str) -> str:
        return re.escape(f).replace(r"\ ", r"[\s-]")

    ordered = sorted(forms, key=len, reverse=True)
    symbols = "|".join(one(f) for f in ordered if f in _CASED)
    words = "|".join(one(f) for f in ordered if f not in _CASED)
    return f"(?:{symbols}|(?i:{words}))" if symbols else f"(?i:{words})"


_SPACED = _alternation([f for f in _U if f not in _GLUED])
_ALL = _alternation(list(_U))
_NUMWORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
}  # fmt: skip
_FRAC = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3}
_NUMBER = (
    r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?[½¼¾⅓⅔]?|[½¼¾⅓⅔]|(?i:half\s+an?|an|a|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred))"
)
_SCALE = r"(?:\s?(?:million|billion|thousand|trillion)|(?:m|bn|k|tn)(?=\s+[a-zA-Z]))"

# one physical figure: optional sign, number or range, optional scale, unit; optional second part
_PHYS_PATTERN = (
    rf"(?<![\w$£€.,\-−])(?P<sign>[-−]|(?i:minus)\s)?(?P<n>{_NUMBER})(?:\s*(?:-|–|to)\s*(?P<n1>{_NUMBER}))?(?P<scale>{_SCALE})?"
    rf"(?:(?P<glued>{_ALL})|[\s-](?P<spaced>{_SPACED}))(?![a-zA-Z²³/])"
    rf"(?:[\s-]?(?P<n2>\d+(?:\.\d+)?[½¼¾]?)\s?(?P<u2>in|ins|inches|inch|lb|lbs|oz)(?![a-zA-Z]))?"
)


@functools.cache
def _phys_rx() -> re.Pattern[str]:
    """The unit scan, compiled on first use (its unit alternation is the costliest regex here)."""
    return re.compile(_PHYS_PATTERN)


_MONEY = re.compile(
    r"(?<![\w.,])(?P<cur>US\$|A\$|C\$|\$|£|€|¥)\s?(?P<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?P<scale>\s?(?:million|billion|trillion|thousand)|(?:m|bn|k|tn)\b)?"
)
_DIGIT = re.compile(r"\d")
_CUR = {"US$": "USD", "$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "A$": "AUD", "C$": "CAD"}
_CUR_WORD = {"pound": "GBP", "dollar": "USD", "euro": "EUR", "yen": "JPY", "sterling": "GBP"}
_RATE = re.compile(
    r"(?P<c1>US\$|\$|£|€|¥)\s?(?P<r>\d+(?:\.\d+)?)(?!\d|,\d)\s+(?:to|per|against|for|buys)\s+(?:the|one|each|every|a|1)?\s*"
    r"(?P<c2>pound|dollar|euro|yen|sterling|£1?|\$1?|€1?)"
    r"|(?P<r5>\d+\.\d+)\s+(?P<cw1>dollars|euros|pounds|yen)\s+(?:to|per|for|against)\s+(?:the|one|a|each|every)?\s*(?P<cw2>pound|dollar|euro)\b"
    r"|(?P<d1>£|\$|€)1\s*(?:=|buys|is worth|was worth)\s*(?P<d2>US\$|\$|£|€|¥)\s?(?P<dr>\d+(?:\.\d+)?)"
    r"|\b(?P<w>(?i:pound|dollar|euro|sterling))\b[^.;$£€]{0,40}?\b(?:at|to|of)\s+(?:a\s+(?:record|new|fresh)?\s*(?:high|low)?\s*(?:of\s+)?)?"
    r"(?P<c3>US\$|\$|£|€)(?P<r3>\d+\.\d+)(?!\d|,\d)(?!\s?(?:m|bn|k|tn|million|billion|trillion)\b)(?!\s+(?:a|an|per|each)\b)(?![^.;]{0,12}\b(?:against|versus|vs)\b)"
)
_SCALES = {"million": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "thousand": 1e3, "k": 1e3, "trillion": 1e12, "tn": 1e12}
_HEDGES = (
    r"about|around|approximately|approx\.|roughly|some|nearly|almost|just over|just under|more than|over|under|"
    r"less than|up to|c\.|circa|~|an estimated|at least"
)
_OPEN = re.compile(
    r"\s*(?:(?:long|wide|high|tall|deep|thick|across|away|in\s+(?:length|diameter|size|area|height|width|depth|total)"
    r"|of\s+[a-z]+)\s*)?"
    rf"[(\[]\s*(?:that\s+is,?\s*|that['’]s\s+|i\.e\.,?\s*)?(?P<hedge>(?:{_HEDGES})\s*)?$",
    re.IGNORECASE,
)  # "10km (6 miles)", "1,200km long (about 750 miles)", "40mm of rain (1.6in)", "10km (that is, 6 miles)"
_OR = re.compile(
    rf"(?:\s*,\s*or\s+(?P<h1>(?:{_HEDGES})\s+)?|\s+or\s+(?P<h2>(?:{_HEDGES})\s+)|\s*[–—]\s*(?P<h3>(?:{_HEDGES})\s+)|\s*/\s*"
    rf"|\s*,?\s*(?:the\s+|an\s+)?equivalent\s+(?:of|to)\s+(?P<h4>(?:{_HEDGES})\s+)?"
    rf"|\s*,\s*which\s+is\s+(?P<h5>(?:{_HEDGES})\s+)?|(?P<bare>\s+or\s+|\s*[–—]\s*or\s+)"
    r"|\s*,\s*(?P<h6>about|around|roughly|approximately|some|nearly|almost|or\s+so)\s+)$",
    re.I,
)
_COMPARED = re.compile(r"\s+(?:\w+er|more|less|fewer|than|further|above|below|ahead|behind|up|down)\b", re.IGNORECASE)
_APPOSITION_END = re.compile(r"\s*(?:[,.;:)–—]|$)")
_CHOICE = re.compile(r"\b(?:either|whether|between|choose|choice|options?|instead)\b[^.;]*$", re.IGNORECASE)
_BARE_OK = re.compile(r"\s*(?:[,.;:)–—]|$|\s(?:long|wide|high|tall|deep|away|in\b|of\b|and\b|from\b|to\b|on\b|at\b|across))")
_CLOSE = re.compile(r"\s*(?:or\s+so\s*)?[)\]]")
_HEDGE_BEFORE = re.compile(rf"\b(?P<h>{_HEDGES})\s+(?:of\s+)?$", re.IGNORECASE)
_DIFFERENCE = re.compile(
    r"\b(?:ris(?:e|es|en|ing)|rose|increase[sd]?|warm(?:ing|er|ed)|cool(?:ing|er|ed)|hotter|colder|higher|lower|drop(?:ped|s)?|"
    r"f[ae]ll(?:s|en)?|by|change|difference|above|below|up|down|more|less|extra|limit)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Figure:
    """One side of a pair: prose span, text, unit, and each end as (value, half-width)."""

    start: int
    end: int
    text: str
    unit: Unit | str  # a Unit, or an ISO currency code for money
    ends: tuple[tuple[float, float], ...]  # one end, or two for a range ("10-15km")
    scaled: bool = False  # written with a scale word ("3m tonnes", "2 million litres")

    @property
    def value(self) -> float:
        return self.ends[0][0]

    def hull(self) -> tuple[float, float]:
        return (min(v - h for v, h in self.ends), max(v + h for v, h in self.ends))


@dataclass(frozen=True, slots=True)
class Conversion:
    """A figure and the equivalent the writer gives for it."""

    first: Figure
    second: Figure
    hedge: str | None
    difference_context: bool  # temperatures: "a rise of 2C (3.6F)" is a difference, not a reading
    rate: tuple[float, ...] = ()  # money: units of second currency per unit of first, as stated


def _number(s: str) -> tuple[float, float]:
    """Value and half-width of a written number ("6" → 0.5; "60" → 3; "6.2" → 0.05)."""
    s = s.replace(",", "")
    low = s.lower()
    if low.startswith("half"):
        return 0.5, 0.05
    if low in _NUMWORDS:
        v = float(_NUMWORDS[low])
        return v, 0.0 if low in ("a", "an", "one") else (0.5 if v < 20 else 5.0)
    if s[-1] in _FRAC:
        frac = _FRAC[s[-1]]
        return (float(s[:-1]) if s[:-1] else 0.0) + frac, 0.125
    v = float(s)
    if "." in s:
        return v, 0.5 * 10 ** -len(s.split(".")[1])
    tz = len(s) - len(s.rstrip("0")) if v else 0
    if tz == 0:
        return v, 0.5
    return v, max(0.5, min(0.5 * 10**tz, 0.05 * v))


def _scale(s: str | None) -> float:
    return _SCALES[s.strip()] if s else 1.0


def _phys(m: re.Match[str], base: int) -> Figure | None:
    form = m["glued"] or m["spaced"]
    unit = _U.get(form) or _NORM.get(_norm(form))
    if unit is None:
        return None
    sc = _scale(m["scale"])
    sign = -1.0 if m["sign"] else 1.0
    if sign < 0 and unit.dim != "temperature":
        return None
    v, hw = _number(m["n"])
    if unit.dim == "temperature":
        hw = min(hw, 0.5 if v < 100 else 2.5)  # "40F" is read to the degree; "100F" may be rounded a little
    ends = [(sign * v * sc, hw * sc)]
    if m["n1"]:
        v1, hw1 = _number(m["n1"])
        ends.append((sign * v1 * sc, hw1 * sc))
    if m["n2"]:
        part = _U.get(m["u2"].lower())
        if part is None or part.dim != unit.dim or m["n1"] or m["scale"]:
            return None
        v2, hw2 = _number(m["n2"])
        k = part.factors[0] / unit.factors[0]
        ends = [(ends[0][0] + v2 * k, hw2 * k)]
    return Figure(base + m.start(), base + m.end(), m.group(), unit, tuple(ends), bool(m["scale"]))


def _money(m: re.Match[str], base: int) -> Figure:
    v, hw = _number(m["n"])
    sc = _scale(m["scale"])
    return Figure(base + m.start(), base + m.end(), m.group(), _CUR[m["cur"]], ((v * sc, hw * sc),))


_PAREN_AFTER = re.compile(rf"\s*\(\s*(?:(?:{_HEDGES})\s+)?(?P<q>[^()]{{3,40}}?)\s*\)", re.IGNORECASE)
_BEFORE_PAREN = re.compile(r"(?P<q>(?:\d[\d,.]*|[a-z]+)[\s-][a-z]{3,20}(?:\s[a-z]{3,12})?)\s*\(\s*$")


def _others(prose: str, b0: int, para: str, figs: list[Figure]) -> list[Figure]:
    """Figures in units outside the table, bracketed with (or bracketing) a known figure."""
    out: list[Figure] = []
    for f in figs:
        after = _PAREN_AFTER.match(prose, f.end)
        if (
            after
            and after.end() <= b0 + len(para)
            and not any(g.start >= after.start("q") and g.end <= after.end("q") for g in figs)
        ):
            g = other_unit_figure(prose, after.start("q"), after.end("q"), f)
            if g:
                out.append(g)
        before = _BEFORE_PAREN.search(prose, max(b0, f.start - 40), f.start)
        if before and _CLOSE.match(prose, f.end) and not any(g.end == before.end("q") for g in figs):
            g = other_unit_figure(prose, before.start("q"), before.end("q"), f)
            if g:
                out.append(g)
    return out


_SEP = re.compile(r"[(\[/–—]|\b(?:or|equivalent|which is)\b|,\s(?:about|around|roughly|approximately|some|nearly|almost)\s\d")


def _near_separators(para: str, reach: int = 60) -> Iterator[re.Match[str]]:
    """Physical figures within ``reach`` of a bracket, slash, dash or "or" — the only places a
    pair can be — so that the unit scan never runs over the rest of the paragraph."""
    spans: list[list[int]] = []
    for k in _SEP.finditer(para):
        a, b = max(0, k.start() - reach), min(len(para), k.end() + reach)
        if spans and a <= spans[-1][1]:
            spans[-1][1] = b
        else:
            spans.append([a, b])
    for a, b in spans:
        for m in _phys_rx().finditer(para, a, b):
            if m.end() < b or b == len(para):  # a figure cut by the window end is too far to pair
                yield m


def exchange_rates(prose: str) -> dict[tuple[str, str], tuple[float, ...]]:
    """Rates the document states: ``(A, B) -> units of B per unit of A``."""
    out: dict[tuple[str, str], set[float]] = {}
    for m in _RATE.finditer(prose):
        if m["c1"]:
            c2 = m["c2"].rstrip("1")
            unit = _CUR_WORD.get(c2) or _CUR.get(c2)
            per, r = _CUR[m["c1"]], float(m["r"])
        elif m["d1"]:
            unit, per, r = _CUR[m["d1"]], _CUR[m["d2"]], float(m["dr"])
        elif m["cw1"]:
            unit, per, r = _CUR_WORD[m["cw2"]], _CUR_WORD[m["cw1"].rstrip("s")], float(m["r5"])
        else:
            unit, per, r = _CUR_WORD[m["w"].lower()], _CUR[m["c3"]], float(m["r3"])
        if not unit or unit == per or r <= 0:
            continue
        out.setdefault((unit, per), set()).add(r)
        out.setdefault((per, unit), set()).add(1 / r)
    return {k: tuple(sorted(v)) for k, v in out.items()}


def conversions(a: Analysis) -> list[Conversion]:
    """Every figure-with-equivalent pair of the document."""
    prose = a.doc.prose
    out: list[Conversion] = []
    rates: dict[tuple[str, str], tuple[float, ...]] | None = None
    for b0, b1 in a.doc.blocks:
        para = prose[b0:b1]
        if not _DIGIT.search(para):
            continue
        figs = [f for f in (_phys(m, b0) for m in _near_separators(para)) if f]
        money = [_money(m, b0) for m in _MONEY.finditer(para)] if ("(" in para and any(c in para for c in "$£€¥")) else []
        if money:
            rates = exchange_rates(prose) if rates is None else rates
            if not rates:
                money = []
        figs += _others(prose, b0, para, figs)
        allf = sorted(figs + money, key=lambda f: f.start)
        for i, (x, y0) in enumerate(itertools.pairwise(allf)):
            gap = prose[x.end : y0.start]
            if len(gap) > 32:
                continue
            mo = _OPEN.match(gap)
            hedge = None
            partners = [y0]
            if mo and mo.end() == len(gap):
                partners = _bracketed(prose, allf, i + 1)
                if not partners:
                    continue
                hedge = mo["hedge"]
            else:
                mo = _OR.match(gap)
                if not (mo and mo.end() == len(gap)):
                    continue
                hedge = mo["h1"] or mo["h2"] or mo["h3"] or mo["h4"] or mo["h5"] or mo["h6"]
                if mo["h6"] and not _APPOSITION_END.match(prose, y0.end):
                    continue  # "10km, about 6 miles," is a gloss; "10km, about 6 miles of it uphill" is not
                if _COMPARED.match(prose, y0.end):  # "10km, which is 3 miles shorter": a difference, not a gloss
                    continue
                if "/" in gap and (isinstance(x.unit, str) or x.unit.dim != "temperature"):
                    continue
                if mo["bare"] is not None and (
                    _CHOICE.search(prose, max(b0, x.start - 30), x.start) or not _BARE_OK.match(prose, y0.end)
                ):
                    continue  # "either 5km or 10 miles", "5kg or 10lb bags": a choice, not a gloss
            for y in partners:
                conv = _pair(prose, b0, b1, x, y, hedge, rates)
                if conv:
                    out.append(conv)
    return out


def _pair(
    prose: str,
    b0: int,
    b1: int,
    x: Figure,
    y: Figure,
    hedge: str | None,
    rates: dict[tuple[str, str], tuple[float, ...]] | None,
) -> Conversion | None:
    """The conversion claim of a figure and its stated equivalent, or None when they cannot be one."""
    rate: tuple[float, ...] = ()
    if isinstance(x.unit, str) or isinstance(y.unit, str):
        if not (isinstance(x.unit, str) and isinstance(y.unit, str)) or x.unit == y.unit:
            return None
        rate = (rates or {}).get((x.unit, y.unit), ())
        if not rate:
            return None
    else:
        x, y = _resolve_degrees(x, y), _resolve_degrees(y, x)
        if x.unit.name == y.unit.name:
            return None
    before = _HEDGE_BEFORE.search(prose, max(b0, x.start - 20), x.start)
    hedge = hedge or (before["h"] if before else None)
    s0 = max(b0, x.start - 60)
    diff = bool(_DIFFERENCE.search(prose, s0, x.start)) or bool(_DIFFERENCE.search(prose, y.end, min(b1, y.end + 30)))
    return Conversion(x, y, hedge.strip().lower() if hedge else None, diff, rate)


_INNER = re.compile(rf"^\s*(?:,|;|/|or|and)\s*(?:(?:{_HEDGES})\s+)?$", re.IGNORECASE)


def _bracketed(prose: str, figs: list[Figure], k: int) -> list[Figure]:
    """The figures inside the bracket that opens before ``figs[k]``: one ("10km (6 miles)") or
    several ("300m (984ft; 328 yards)"), provided the bracket closes after the last of them."""
    out = [figs[k]]
    while not _CLOSE.match(prose, out[-1].end):
        nxt = k + len(out)
        if nxt >= len(figs) or not _INNER.match(prose[out[-1].end : figs[nxt].start]):
            return []
        out.append(figs[nxt])
    return out


def _resolve_degrees(f: Figure, other: Figure) -> Figure:
    """Bare "degrees" takes the scale its partner does not use: "20 degrees (68F)" is Celsius."""
    if not (isinstance(f.unit, Unit) and f.unit.name == "degrees" and isinstance(other.unit, Unit)):
        return f
    if other.unit.name == "°F":
        return dataclasses.replace(f, unit=_U["°C"])
    if other.unit.name == "°C":
        return dataclasses.replace(f, unit=_U["°F"])
    return f


_SI = {"length": "meter", "mass": "kilogram", "area": "meter**2", "volume": "meter**3", "speed": "meter/second"}
_SI |= {"energy": "joule", "power": "watt"}
_OTHER = re.compile(rf"(?P<n>{_NUMBER})(?P<scale>{_SCALE})?[\s-](?P<word>[a-z]{{3,20}}(?:\s[a-z]{{3,12}})?)")
_REGISTRY: list[Any] = []


def _pint_unit(word: str, dim: str) -> float | None:
    """SI factor of a unit word outside the table (furlongs, fathoms) with the given dimension,
    through pint, imported only now: most documents never get here."""
    if dim not in _SI:
        return None
    if not _REGISTRY:
        import pint

        _REGISTRY.append(pint.UnitRegistry())
    ureg = _REGISTRY[0]
    try:
        return float(ureg.Quantity(1.0, word).to(_SI[dim]).magnitude)
    except Exception:  # unknown word, or another dimension: not a conversion we can read
        return None


def other_unit_figure(prose: str, start: int, end: int, partner: Figure) -> Figure | None:
    """``prose[start:end]`` as a figure in a unit outside the table, same dimension as ``partner``."""
    m = _OTHER.fullmatch(prose, start, end)
    if not m or not isinstance(partner.unit, Unit) or _norm(m["word"]) in _NORM:
        return None
    factor = _pint_unit(m["word"], partner.unit.dim)
    if factor is None:
        return None
    v, hw = _number(m["n"])
    sc = _scale(m["scale"])
    unit = Unit(m["word"], partner.unit.dim, (factor,))
    return Figure(start, end, m.group(), unit, ((v * sc, hw * sc),))


def convert(value: float, src: Unit, dst: Unit, fs: float, fd: float, difference: bool = False) -> float:
    """``value`` in ``src`` expressed in ``dst`` (with the given factors)."""
    if src.dim == "temperature" and not difference:
        return (value + src.offset) * fs / fd - dst.offset
    return value * fs / fd


def _pairs(c: Conversion) -> list[tuple[tuple[float, float], tuple[float, float]]]:
    """The intervals to compare: end by end for two ranges, otherwise the hulls.

    A figure is read no looser than its partner: "1km (0.62 miles)" shows that the writer
    took 1km as exact, even though a bare "1" could stand for anything from 0.5 to 1.5.
    """
    x, y = c.first, c.second
    if len(x.ends) == len(y.ends):
        out = []
        for (v, h), (w, k) in zip(x.ends, y.ends, strict=True):
            if not (isinstance(x.unit, Unit) and x.unit.dim == "temperature") and v and w:
                h, k = min(h, abs(v) * k / abs(w)), min(k, abs(w) * h / abs(v))
            out.append(((v - h, v + h), (w - k, w + k)))
        return out
    return [(x.hull(), y.hull())]


def check_conversion(c: Conversion, tolerance: float, hedged_tolerance: float) -> tuple[bool, float, float]:
    """(consistent, the first figure converted into the second's unit, relative error)."""
    x, y = c.first, c.second
    tol = hedged_tolerance if c.hedge else tolerance
    if c.rate:
        tol = max(tol, 0.08)  # rates move within days; a conversion may use the day before's
    best: tuple[float, float] | None = None
    if c.rate:
        options = [(r, 1.0, False) for r in c.rate]
    else:
        assert isinstance(x.unit, Unit) and isinstance(y.unit, Unit)
        modes = (False, True) if (x.unit.dim == "temperature" and c.difference_context) else (False,)
        options = [(fs, fd, d) for fs in x.unit.factors for fd in y.unit.factors for d in modes]
    for fs, fd, diff in options:
        ok = True
        for (xl, xh), (yl, yh) in _pairs(c):
            if c.rate:
                lo, hi = xl * fs * (1 - tol), xh * fs * (1 + tol)
            else:
                assert isinstance(x.unit, Unit) and isinstance(y.unit, Unit)
                lo, hi = convert(xl, x.unit, y.unit, fs, fd, diff), convert(xh, x.unit, y.unit, fs, fd, diff)
                if x.unit.dim == "temperature":
                    slack = (1.5 if c.hedge else 0.6) / fd  # kelvin, in the target unit
                    lo, hi = lo - slack, hi + slack
                else:
                    lo, hi = lo * (1 - tol), hi * (1 + tol)
            ok = ok and lo <= yh and yl <= hi
        if c.rate:
            conv = x.value * fs
        else:
            assert isinstance(x.unit, Unit) and isinstance(y.unit, Unit)
            conv = convert(x.value, x.unit, y.unit, fs, fd, diff)
        err = abs(conv - y.value) / max(abs(y.value), abs(conv), 1e-12)
        if ok:
            return True, conv, err
        if best is None or err < best[1]:
            best = (conv, err)
    assert best is not None
    return False, best[0], best[1]
