"""Interval arithmetic for the arithmetic claims: what a written figure can mean.

A stated figure is an interval, not a point (DESIGN.md §4). :func:`bounds` reads the figure
as written (its last significant digit, scale word, and the hedge before it) and returns the
interval a reasonable reader would accept:

- unhedged: ± half a unit of the last significant digit ("76%" is [75.5, 76.5]; "$1.13bn" is
  [1.125bn, 1.135bn]); trailing zeros of a whole number and one-digit mantissas ("$4m") are
  read as rounding, but never wider than ``cap`` of the value (2% by default), because news
  rounds, it does not guess;
- approximate hedges ("about", "some", "around", "an estimated") widen by ``approx`` (10%);
- "nearly"/"almost" mean a little below; "more than"/"over"/"at least" open the top;
  "up to"/"fewer than"/"under" close it.

All helpers are pure; numbers are floats.
"""

from __future__ import annotations

import dataclasses
import functools
import math
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from numcheck.model import Kind, Quantity

if TYPE_CHECKING:
    from numcheck.engine import Analysis
    from numcheck.source.document import SourceDocument

INF = math.inf


@dataclass(frozen=True, slots=True)
class Iv:
    """A closed interval ``[lo, hi]`` of reals (``hi`` may be infinite)."""

    lo: float
    hi: float

    @staticmethod
    def point(x: float) -> Iv:
        return Iv(x, x)

    def __add__(self, o: Iv) -> Iv:
        return Iv(self.lo + o.lo, self.hi + o.hi)

    def __sub__(self, o: Iv) -> Iv:
        return Iv(self.lo - o.hi, self.hi - o.lo)

    def __mul__(self, o: Iv) -> Iv:
        c = [_mul(a, b) for a in (self.lo, self.hi) for b in (o.lo, o.hi)]
        return Iv(min(c), max(c))

    def __truediv__(self, o: Iv) -> Iv:
        """Division by a strictly positive interval (figures here are never negative)."""
        if o.lo <= 0:
            return Iv(-INF, INF)
        c = [a / b for a in (self.lo, self.hi) for b in (o.lo, o.hi)]
        return Iv(min(c), max(c))

    def scale(self, k: float) -> Iv:
        a, b = self.lo * k, self.hi * k
        return Iv(min(a, b), max(a, b))

    def abs(self) -> Iv:
        if self.lo >= 0:
            return self
        if self.hi <= 0:
            return Iv(-self.hi, -self.lo)
        return Iv(0.0, max(-self.lo, self.hi))

    def widen(self, rel: float) -> Iv:
        """Widened by ``rel`` of its own magnitude on each side."""
        return Iv(self.lo - abs(self.lo) * rel, self.hi + abs(self.hi) * rel)

    def overlaps(self, o: Iv) -> bool:
        """Whether the intervals meet (with a hair of slack for floating-point error)."""
        eps = 1e-9 * max(1.0, *(abs(x) for x in (self.lo, self.hi, o.lo, o.hi) if not math.isinf(x)))
        return self.lo <= o.hi + eps and o.lo <= self.hi + eps

    def contains(self, x: float) -> bool:
        eps = 1e-9 * max(1.0, abs(x))
        return self.lo - eps <= x <= self.hi + eps

    @property
    def mid(self) -> float:
        if math.isinf(self.hi):
            return self.lo
        return (self.lo + self.hi) / 2


def _mul(a: float, b: float) -> float:
    if a == 0 or b == 0:
        return 0.0
    return a * b


# --- reading figures -----------------------------------------------------------------------

_APPROX = {
    "about",
    "around",
    "some",
    "approximately",
    "roughly",
    "an estimated",
    "estimated",
    "close to",
    "circa",
    "c.",
    "approx.",
    "almost",
    "nearly",
    "more than",
    "over",
    "at least",
    "up to",
    "fewer than",
    "less than",
    "under",
    "just over",
    "just under",
    "upwards of",
    "as many as",
    "as much as",
    "as few as",
    "at most",
    "no more than",
    "in excess of",
    "below",
    "above",
    "just",
    "only",
    "barely",
    "a little over",
    "a little under",
    "well over",
    "well under",
    "getting on for",
    "nearer",
    "more like",
    "an average of",
    "average",
    "averaging",
    "on average",
    "typically",
    "perhaps",
    "possibly",
    "maybe",
    "potentially",
}
_HEDGE_RE = re.compile(
    r"(?<![\w-])(?P<h>" + "|".join(sorted((re.escape(h) for h in _APPROX), key=len, reverse=True)) + r")\s+(?:the\s+)?[$£€¥]?$",
    re.I,
)
_SCALE_WORDS = {
    "k": 1e3,
    "thousand": 1e3,
    "m": 1e6,
    "mn": 1e6,
    "million": 1e6,
    "bn": 1e9,
    "billion": 1e9,
    "tn": 1e12,
    "trillion": 1e12,
}
_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")
_SCALE_AFTER = re.compile(r"\s?(k|mn|m|bn|tn|thousand|million|billion|trillion)\b", re.I)

BAD_KINDS = frozenset({Kind.DATE, Kind.YEAR, Kind.TIME, Kind.AGE, Kind.ORDINAL, Kind.SCORE})
DATE_KINDS = BAD_KINDS


def written(prose: str, q: Quantity) -> str:
    """The quantity's text in the prose view, stripped."""
    return prose[q.prose_start : q.prose_end].strip()


def hedge_of(prose: str, q: Quantity) -> str | None:
    """The hedge before a figure ("more than", "about"...), from extraction or the prose."""
    if q.hedge:
        return q.hedge.lower()
    window = prose[max(0, q.prose_start - 45) : q.prose_start]
    m = _HEDGE_RE.search(window)
    if m:
        if m["h"].lower().startswith("as ") and re.search(
            r"\b(?:times|twice|half|double|triple|treble)\s+$", window[: m.start()]
        ):
            return None  # "three times as many as 150": a comparison, not a hedge
        return m["h"].lower()
    text = written(prose, q).lower()
    for h in sorted(_APPROX, key=len, reverse=True):
        if text.startswith(h + " "):
            return h
    return None


def scale_of(prose: str, q: Quantity) -> float:
    """The scale word written with a figure (1e6 for "4m", "4 million"), or 1."""
    text = written(prose, q)
    m = _last_digits(text)
    if m is None:
        return 1.0
    s = _SCALE_AFTER.match(text, m.end())
    return _SCALE_WORDS[s.group(1).lower()] if s else 1.0


def _last_digits(text: str) -> re.Match[str] | None:
    """The last run of digits in a figure's text ("1.13" in "$1.13bn")."""
    found = list(_DIGITS.finditer(text))
    return found[-1] if found else None


def has_digits(prose: str, q: Quantity) -> bool:
    return bool(_DIGITS.search(written(prose, q)))


def half_ulp(prose: str, q: Quantity) -> tuple[float, bool, float]:
    """Half a unit of the last written digit, in the quantity's units; whether it is loose; and
    half of one unit of the written number (the floor for whole numbers).

    "Loose" means the figure may be rounder than its digits say (trailing zeros of a whole
    number, or a one-digit mantissa with a scale word such as "$4m"). The factor between the
    written digits and the value (a scale word, pence for pounds) is read from the value.
    """
    text = written(prose, q)
    m = _last_digits(text)
    if m is None or q.value is None:
        return 0.0, True, 0.0
    digits = m.group(0).replace(",", "")
    try:
        number = float(digits)
    except ValueError:
        return 0.0, True, 0.0
    scale = abs(q.value) / number if number else 1.0
    if "." in digits:
        dec = len(digits.split(".")[1])
        return 0.5 * 10 ** (-dec) * scale, False, 0.0
    stripped = digits.rstrip("0")
    zeros = len(digits) - len(stripped) if stripped else 0
    scaled = scale_of(prose, q) > 1 or scale >= 1000  # a scale word, or one borrowed: "5 to 6 million"
    loose = zeros >= 2 or (zeros == 1 and number >= 1000) or (scaled and len(stripped) == 1)
    if zeros > 0 and not loose:
        zeros = 0
    if not loose and not scaled and scale == 1.0 and (q.kind in (Kind.COUNT, Kind.NUMBER) or re.fullmatch(r"\d[\d,]*", text)):
        return 0.0, False, 0.0  # a whole count is exact: "12 of the 40"
    return 0.5 * 10**zeros * scale, loose, (0.0 if scaled else 0.5 * scale)


def bounds(prose: str, q: Quantity, *, cap: float = 0.02, approx: float = 0.1) -> Iv:
    """The interval of values that the written figure (with its hedge) allows."""
    if q.value is None:
        return Iv(q.low, q.high)
    v = q.value
    h, loose, floor = half_ulp(prose, q)
    if loose:
        h = min(h, max(cap * abs(v), floor))
    base = Iv(v - h, v + h)
    hedge = hedge_of(prose, q)
    if hedge is None or hedge in {"just", "only", "barely"}:
        return base
    if hedge in {"more than", "over", "at least", "upwards of", "in excess of", "above", "just over", "a little over"}:
        return Iv(base.lo, INF)
    if hedge in {"well over"}:
        return Iv(base.lo, INF)
    if hedge in {"up to", "fewer than", "less than", "under", "at most", "no more than", "below", "as many as", "as much as"}:
        return Iv(0.0 if v >= 0 else -INF, base.hi)
    if hedge in {"just under", "a little under", "well under"}:
        return Iv(0.0, base.hi)
    if hedge in {"nearly", "almost", "getting on for", "as few as"}:
        return Iv(base.lo - abs(v) * 2 * approx, base.hi)
    return base.widen(approx)


def inherited_scale(prose: str, first: Quantity, second: Quantity) -> float:
    """The factor a bare first figure borrows from the second ("from 5 to 6 million": 1e6)."""
    if first.value is None or second.value is None:
        return 1.0
    s1, s2 = scale_of(prose, first), scale_of(prose, second)
    if s1 == 1 and s2 > 1 and abs(first.value) < 1000 and abs(second.value) >= s2:
        return s2
    return 1.0


_UNITS_W = (
    "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
)
_TENS_W = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_NUMBER_WORDS = re.compile(
    rf"(?:{_UNITS_W}|(?:{_TENS_W})(?:[- ](?:one|{_UNITS_W}))?|a\s+dozen|dozen)(?:\s+(?:hundred|thousand|million))?",
)
_YEARISH = re.compile(r"^(1[5-9]\d\d|20\d\d)s?$")


def looks_like_year(prose: str, q: Quantity) -> bool:
    """A bare four-digit figure between 1500 and 2099 with nothing written with it."""
    return q.kind in BAD_KINDS or bool(_YEARISH.match(written(prose, q)))


def usable(prose: str, q: Quantity) -> bool:
    """A figure the arithmetic rules can read: a value, digits, not a date, year, age, time or score."""
    if q.value is None or q.kind in BAD_KINDS or q.vague or q.is_range:
        return False
    return _usable(prose, q.prose_start, q.prose_end, q.value, q.kind)


@functools.lru_cache(maxsize=8192)
def _usable(prose: str, start: int, end: int, value: float, kind: Kind) -> bool:
    q = _Spot(start, end, value, kind)
    if re.match(r"[:/–-]\d", prose[q.prose_end : q.prose_end + 2]) or re.search(
        r"\d[:/–-]$", prose[max(0, q.prose_start - 2) : q.prose_start]
    ):
        return False  # "31:45", "3-1", "24/7": times, scores and codes, not amounts
    if not has_digits(prose, q):
        # number words ("thirty", "twenty-five") count; "one", "a", fractions and vague words do not
        raw = written(prose, q)
        before = prose[max(0, q.prose_start - 4) : q.prose_start]
        if raw[:1].isupper() and before.strip(" ") and not re.search(r"[.!?\"“‘'(:;—–\n-][ \t]*$", before):
            return False  # "the Six Nations", "the Big Four": a name, not a count
        text = raw.lower()
        return q.value >= 2 and float(q.value).is_integer() and bool(_NUMBER_WORDS.fullmatch(text))
    return not looks_like_year(prose, q)


@dataclass(frozen=True, slots=True)
class _Spot:
    """The parts of a quantity that :func:`usable` reads (so that its answer can be cached)."""

    prose_start: int
    prose_end: int
    value: float
    kind: Kind


def family(q: Quantity) -> tuple[str, str | None]:
    """What a figure measures, for "same kind" tests: counts and bare numbers agree."""
    if q.kind in (Kind.COUNT, Kind.NUMBER):
        return ("count", q.unit)
    if q.kind == Kind.PERCENT:
        return ("percent", None)
    if q.kind == Kind.PERCENTAGE_POINT:
        return ("points", None)
    return (str(q.kind), q.unit)


def fmt(x: float, sig: int = 3) -> str:
    """A number for messages: thousands separators, a few significant decimals."""
    if math.isinf(x):
        return "∞" if x > 0 else "-∞"
    ax = abs(x)
    if (ax >= 1e9 and ax % 1e7 == 0) or ax >= 1e10:
        return f"{x / 1e9:,.{_dec(x / 1e9, sig)}f}bn"
    if (ax >= 1e6 and ax % 1e4 == 0) or ax >= 1e7:
        return f"{x / 1e6:,.{_dec(x / 1e6, sig)}f}m"
    if float(x).is_integer():
        return f"{int(x):,}"
    return f"{x:,.{_dec(x, sig)}f}"


def _dec(x: float, sig: int) -> int:
    if x == 0 or float(x).is_integer():
        return 0
    d = max(0, sig - 1 - math.floor(math.log10(abs(x))))
    s = f"{x:.{d}f}".rstrip("0").rstrip(".")
    return len(s.split(".")[1]) if "." in s else 0


def pct(x: float) -> str:
    """A percentage for messages: one decimal under 10, else whole."""
    if math.isinf(x):
        return "∞%"
    return f"{x:.1f}%" if abs(x) < 10 else f"{x:.0f}%"


_RATIO_TEXT = re.compile(
    r"(?P<n>\d[\d,]*(?:\.\d+)?)\s+(?:out\s+of|of)\s+(?:(?:the|its|their|all)\s+)?(?P<d>\d[\d,]*(?:\.\d+)?)", re.I
)


def split_ratio(doc: SourceDocument, q: Quantity) -> list[Quantity]:
    """ "12 out of 30" extracted as one ratio: the two counts as quantities of their own."""
    m = _RATIO_TEXT.fullmatch(doc.prose[q.prose_start : q.prose_end].strip())
    if q.detail("ratio") is None or m is None:
        return [q]
    lead = len(doc.prose[q.prose_start : q.prose_end]) - len(doc.prose[q.prose_start : q.prose_end].lstrip())
    out = []
    for g in ("n", "d"):
        s, e = q.prose_start + lead + m.start(g), q.prose_start + lead + m.end(g)
        v = float(m[g].replace(",", ""))
        out.append(
            dataclasses.replace(
                q, span=doc.span(s, e), prose_start=s, prose_end=e, value=v, low=v, high=v, kind=Kind.COUNT, extra=()
            )
        )
    return out


def sentence_quantities(analysis: Analysis) -> dict[int, list[Quantity]]:
    """The document's quantities by sentence, in order, with merged "n out of N" ratios split."""
    out: dict[int, list[Quantity]] = {}
    for q in analysis.quantities:
        out.setdefault(q.sentence, []).extend(split_ratio(analysis.doc, q))
    for qs in out.values():
        qs.sort(key=lambda q: q.prose_start)
    return out
