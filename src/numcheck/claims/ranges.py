"""Ranges written with their ends in order: "between 30 and 50", "aged 15 to 18", "ranging from
10 to 20". :func:`ranges` (a claim builder) returns every such range with its two ends as
prose spans and values (a scale word written only with the second end applies to both).

Ranges are read from the sentence prose, because extraction may merge a range into one
quantity; only digits are read (number words do not make inverted ranges in practice).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from numcheck.engine import Analysis

_NUM = r"(?P<{n}>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)"
_SCALE = r"(?:\s?(?P<{n}>k|m|bn|million|billion|thousand|trillion|tn)\b)?"
_UNIT = r"(?P<{n}>%|\s?per\s?cent|\s?(?:years?|months?|weeks?|days?|hours?|minutes?|[a-z]+))?"
_RANGE = re.compile(
    r"(?<![\w-])(?P<cue>between|aged|ages|ranging\s+from|ranged\s+from|ranges\s+from|range\s+from|aged\s+from|aged\s+between|"
    r"anywhere\s+from|anywhere\s+between|varying\s+from|varied\s+from|varies\s+from)\s+"
    r"(?:the\s+ages\s+of\s+)?(?P<cur1>[$£€¥])?"
    + _NUM.format(n="a")
    + _SCALE.format(n="sa")
    + r"(?P<u1>%|\s?per\s?cent|\s(?:[a-z]+)|°?[CF]\b|(?:km|kg|cm|mm|mph|ft|lb|m²|ha)\b)?"
    r"\s*(?P<sep>\band\b|\bto\b|-|–)\s*(?P<cur2>[$£€¥])?" + _NUM.format(n="b") + _SCALE.format(n="sb"),
    re.I,
)
_CLOCK_WORDS = frozenset(
    [
        "on",
        "each",
        "every",
        "daily",
        "at",
        "in",
        "from",
        "during",
        "tonight",
        "tomorrow",
        "today",
        "o'clock",
        "am",
        "pm",
        "weekdays",
        "weekends",
        "hours",
        "and",
        "or",
        "the",
        "when",
        "while",
        "every",
    ]
)
_SCALES = {"k": 1e3, "thousand": 1e3, "m": 1e6, "million": 1e6, "bn": 1e9, "billion": 1e9, "tn": 1e12, "trillion": 1e12}
_TIMEISH = re.compile(r"^\s*(?:am|pm|a\.m|p\.m|gmt|bst|o'clock|hrs|:\d)", re.I)
_MONTHS = re.compile(r"^\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", re.I)


@dataclass(frozen=True, slots=True)
class Range:
    """A range ``low`` … ``high`` as written (first end, second end), with prose spans."""

    cue: str
    first: float
    second: float
    first_span: tuple[int, int]
    second_span: tuple[int, int]
    span: tuple[int, int]
    sentence: int


def ranges(analysis: Analysis) -> tuple[Range, ...]:
    """Every written range with an explicit cue ("between", "aged", "ranging from")."""
    prose = analysis.doc.prose
    out: list[Range] = []
    for sent in analysis.text.sentences:
        text = prose[sent.start : sent.end]
        for m in _RANGE.finditer(text):
            u1 = (m["u1"] or "").strip().lower()
            units = {"%", "per cent", "percent", "years", "year", "months", "days", "weeks", "hours", "c", "f", "°c", "°f"}
            if u1 and u1 not in units | {"km", "kg", "cm", "mm", "mph", "ft", "lb", "m²", "ha"}:
                if m["sep"].lower() != "and" or u1 in {"am", "pm", "gmt", "bst"}:
                    continue
                # "between 10 people and 20" is odd; a word other than a unit breaks the range
                continue
            if m["sep"] in "-–" and m["cue"].lower() == "between":
                continue  # "between 10-20" is a range in a range; leave it
            if m["cue"].lower() == "between" and m["sep"].lower() == "to":
                continue
            rest = text[m.end() :]
            if (
                _TIMEISH.match(rest)
                or _MONTHS.match(rest)
                or _TIMEISH.match(text[m.end("a") :])
                or _MONTHS.match(text[m.end("a") :])
            ):
                continue
            if re.match(r"^\s*(?:-|–|:|/|\.\d)", rest):
                continue
            if m["a"].startswith("0") or m["b"].startswith("0"):
                continue  # "between 2200 and 0700": a 24-hour clock
            a = float(m["a"].replace(",", ""))
            b = float(m["b"].replace(",", ""))
            sa = _SCALES.get((m["sa"] or "").lower(), 1.0)
            sb = _SCALES.get((m["sb"] or "").lower(), 1.0)
            if sa == 1.0 and sb > 1.0 and a < 1000:
                sa = sb  # "between 5 and 10 million"
            if sb == 1.0 and sa > 1.0 and b < 1000:
                sb = sa
            if (m["cur1"] or "") != (m["cur2"] or "") and m["cur1"] and m["cur2"]:
                continue
            if m["cue"].lower() == "between" and a <= 12 and b <= 12 and not (m["u1"] or m["sa"] or m["sb"]):
                nxt = re.match(r"\s+([A-Za-z']+)", rest)
                if not nxt or nxt.group(1).lower() in _CLOCK_WORDS:
                    continue  # "open between 9 and 5 on weekdays": clock hours
            if _looks_like_years(m["a"], m["b"]) and (len(m["b"]) == 2 or m["cue"].lower().startswith("age")):
                continue  # "between 2003 and 05"
            out.append(
                Range(
                    m["cue"].lower(),
                    a * sa,
                    b * sb,
                    (sent.start + m.start("a"), sent.start + (m.end("sa") if m["sa"] else m.end("a"))),
                    (sent.start + m.start("b"), sent.start + (m.end("sb") if m["sb"] else m.end("b"))),
                    (sent.start + m.start(), sent.start + m.end()),
                    sent.index,
                )
            )
    return tuple(out)


def _looks_like_years(a: str, b: str) -> bool:
    return bool(re.fullmatch(r"1[5-9]\d\d|20\d\d", a) and re.fullmatch(r"1[5-9]\d\d|20\d\d|\d\d", b))
