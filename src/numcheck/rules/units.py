"""NC3xx: units — conversions given in brackets or with "or about" that do not hold."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, ClassVar

from numcheck.claims.calendar import evidence
from numcheck.claims.conversion import Conversion, Figure, Unit, check_conversion, conversions
from numcheck.model import Finding, Severity
from numcheck.rules.base import Option, Rule

if TYPE_CHECKING:
    from numcheck.engine import Analysis


def _fmt(x: float) -> str:
    if x == 0:
        return "0"
    if abs(x) >= 100:
        return f"{x:,.0f}"
    return f"{x:.3g}"


def _unit_name(u: Unit | str) -> str:
    return u if isinstance(u, str) else u.name


def _money(x: float, code: str) -> str:
    sym = {"USD": "$", "GBP": "£", "EUR": "€", "JPY": "¥"}.get(code, code + " ")
    for div, suffix in ((1e12, "tn"), (1e9, "bn"), (1e6, "m")):
        if abs(x) >= div:
            return f"{sym}{x / div:.3g}{suffix}"
    return f"{sym}{_fmt(x)}"


def _a(word: str) -> str:
    return f"an {word}" if word[0] in "aeiou" else f"a {word}"


class ConversionMismatch(Rule):
    """A measurement and its equivalent in another unit that do not agree.

    **What it checks**: "10km (3 miles)" — 10km is 6.2 miles. Pairs are a figure followed by
    its equivalent in brackets (several equivalents in one bracket are each checked: "300m
    (984ft; 328 yards)"; a dimension word may stand before it: "1,200km long (750 miles)"),
    after ", or", "or about" or a bare "or" (not a choice: "either 5km or 10 miles", "5kg or
    10lb bags"), after a dash with "about" or "or", in an apposition with a hedge ("10km,
    about 6 miles,"), after "(that is, ...)", "the equivalent of" or ", which is" (not
    "which is 3 miles shorter"), or "30C/86F";
    either order; length, mass, area, volume, speed, energy, power and temperature (with
    offsets, "30C (86F)"; a change of temperature, "a rise of 2C (3.6F)", is read as a
    difference). Both figures are read as rounded the way they are written (half a unit of
    the last digit; trailing zeros loosely), and conversions may use rounded factors
    (``tolerance``; ``hedged_tolerance`` after "about", "some", "nearly"). Money pairs are
    checked only against an exchange rate the article itself states ("at $1.25 to the
    pound"), with at least 8% slack as rates move; "$1.13bn (£600m)" with no stated rate is
    never a claim.

    **Why**: a wrong conversion is spotted at once by readers who think in the other unit,
    and often means the original figure was misread too.

    **How to fix**: recompute the equivalent from the original figure, or fix the original.
    """

    code = "NC301"
    name = "conversion-mismatch"
    severity = Severity.ERROR
    options: ClassVar[Mapping[str, Option]] = {
        "tolerance": Option(0.04, "relative slack for rounded conversion factors"),
        "hedged_tolerance": Option(0.12, "relative slack when the equivalent is hedged (about, some, nearly)"),
    }
    bad = (
        "The route is 10km (3 miles) long.",
        "Temperatures reached 30C (68F) on Monday.",
        "The ship carries 2,000 tonnes (about 900 tons) of grain.",
        "The pound traded at $1.80. The deal is worth £100m ($120m).",
        "The canal is 90km long (about 70 miles).",
    )
    good = (
        "The route is 10km (6 miles) long and the climb is 500m (1,640ft).",
        "Temperatures reached 30C (86F); the sea was at 18C (64F).",
        "He is 6ft 2in (1.88m) tall and weighs 90kg (14st).",
        "Global temperatures have risen by about 1.1C (2F) since 1900.",
        "The firm made $1.13bn (£600m) in the quarter.",
        "A 26.2-mile (42km) race, with a 5km (3.1-mile) fun run, on a 12-acre (4.9 hectare) site.",
        "The canal is 90km long (about 56 miles); the summit is 4,000m (13,100ft; 4,370 yards) high.",
    )

    def check(self, analysis: Analysis) -> Iterator[Finding]:
        for c in analysis.claim(conversions):
            x, y = c.first.unit, c.second.unit
            if not c.rate and isinstance(x, Unit) and isinstance(y, Unit) and x.dim != y.dim:
                continue
            ok, conv, err = check_conversion(c, self.opts["tolerance"], self.opts["hedged_tolerance"])
            if ok:
                continue
            yield self.finding(self._message(c, conv), _evidence(analysis, c), confidence=min(1.0, 0.5 + err))

    @staticmethod
    def _message(c: Conversion, conv: float) -> str:
        x, y = c.first, c.second
        if c.rate:
            assert isinstance(x.unit, str) and isinstance(y.unit, str)
            how = f"at the stated rate ({_money(x.value, x.unit)} × {c.rate[0]:.4g})"
            return f"{x.text} is about {_money(conv, y.unit)} {how}, not {y.text}"
        shown = _fmt(conv)
        if len(x.ends) == 2 and isinstance(x.unit, Unit) and isinstance(y.unit, Unit):
            k = conv / x.value if x.value and x.unit.dim != "temperature" else None
            if k:
                shown = f"{_fmt(x.ends[0][0] * k)}-{_fmt(x.ends[1][0] * k)}"
        return f"{x.text.strip()} is about {shown} {_unit_name(y.unit)}, but the text gives {y.text.strip()}"


class UnitDimension(Rule):
    """An "equivalent" in a unit that measures something else: "5km (3kg)".

    **What it checks**: a figure followed by a bracketed figure (or ", or") in a unit of a
    different dimension — a length "converted" into a mass, energy (kWh) into power (kW).
    Bare letters that are units only next to a partner ("30C", "86F") do not count.

    **Why**: this is almost always a slip in the unit of one figure (kW for kWh, m for m²).

    **How to fix**: correct the unit of one of the two figures.
    """

    code = "NC302"
    name = "unit-dimension"
    severity = Severity.WARNING
    options: ClassVar[Mapping[str, Option]] = {
        "energy_power": Option(True, "flag energy paired with power (kWh with kW), a common slip but sometimes a loose gloss")
    }
    bad = (
        "The route is 5km (3kg) long.",
        "The farm covers 200 hectares (500 miles).",
    )
    good = (
        "The route is 5km (3 miles) long and the load 3kg (6.6lb).",
        "The farm covers 200 hectares (500 acres).",
    )

    def check(self, analysis: Analysis) -> Iterator[Finding]:
        for c in analysis.claim(conversions):
            x, y = c.first.unit, c.second.unit
            if not (isinstance(x, Unit) and isinstance(y, Unit)) or x.dim == y.dim:
                continue
            if _ambiguous(x, c.second) or _ambiguous(y, c.first):
                continue
            if not self.opts["energy_power"] and {x.dim, y.dim} == {"energy", "power"}:
                continue
            yield self.finding(
                f"{c.first.text.strip()} is {_a(x.dim)} but its equivalent {c.second.text.strip()} is {_a(y.dim)}",
                _evidence(analysis, c),
            )


def _ambiguous(u: Unit, partner: Figure) -> bool:
    """A bare letter that may not be a unit here: "30C" or "86F" always (only a temperature
    partner makes them units), "5m" when its partner is scaled ("5m (3m tonnes)": millions)."""
    return u.ambiguous and (u.dim == "temperature" or partner.scaled)


def _evidence(a: Analysis, c: Conversion) -> list:
    return [
        evidence(a, c.first.start, c.first.end, value=c.first.value),
        evidence(a, c.second.start, c.second.end, value=c.second.value),
    ]


RULES = [ConversionMismatch, UnitDimension]
