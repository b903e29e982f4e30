"""The fast extraction layer: a tokenizer and a left-to-right parser of quantities in one sentence.

:func:`parse_sentence` returns :class:`Candidate` values with offsets into the sentence text;
:mod:`numcheck.extract.pipeline` turns them into :class:`~numcheck.model.Quantity` values.
No regular expression ever runs over more than one sentence, and nothing here imports pint or
quantulum3.
"""

from __future__ import annotations

import bisect
import itertools
import math
import re
from dataclasses import dataclass, field
from typing import Any

from numcheck.extract import lexicon as L
from numcheck.extract import units as U
from numcheck.model import Kind

INF = math.inf

_TOKEN = re.compile(
    r"(?P<ver>\d+(?:\.\d+){2,})"
    r"|(?P<num>\d{1,2},(?:\d{2},)+\d{3}(?:\.\d+)?(?![\d,]\d)|\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,]\d)|\d{1,3}(?:[\u00a0\u202f\u2009]\d{3})+(?:\.\d+)?(?!\d)"
    r"|\d+(?:\.\d+)?|\.\d+)"
    r"|(?P<frac>[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞])"
    r"|(?P<word>[^\W\d_]+(?:['’][^\W\d_]+)*)"
    r"|(?P<sym>\S)"
)
_PHONE = re.compile(
    r"(?<![\w.,])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,5}\)[\s.-]?|\d{2,5}[\s.-])\d{3,4}[\s.-]\d{3,4}(?![\w])"
    r"|(?<![\w.,-])\d{3}-\d{4}(?![\w-])|(?<![\w.,])0\d{2,4}[\s]\d{3,4}[\s]?\d{3,4}(?!\w)"
)
_DASHES = frozenset("-–—")
_MINUS = frozenset("-−–")


@dataclass(slots=True)
class Tok:
    kind: str  # n (number), v (version), w (word), s (symbol)
    text: str
    start: int
    end: int
    low: str = ""


def tokenize(text: str) -> list[Tok]:
    """Numbers, words and single symbols with their offsets."""
    out = []
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup or "s"
        t = m.group()
        code = "v" if kind == "ver" else "s" if kind == "frac" else kind[0]
        out.append(Tok(code, t, m.start(), m.end(), t.lower()))
    return out


@dataclass(slots=True)
class Num:
    """A number core: value (or vague interval), where it ends, and how precisely it is written."""

    value: float | None
    end: int  # token index after the core
    step: float  # place of the last written significant digit, times the scale
    trailing: int = 0  # trailing zeros of an integer mantissa
    decimals: int = 0
    scale: float = 1.0
    low: float | None = None  # vague interval
    high: float | None = None
    words: bool = False
    fraction: bool = False
    ratio: tuple[float, float] | None = None
    digits: str = ""  # the digits as written (for years, codes)
    few: bool = False  # "a few", "several", "a handful" without a scale


@dataclass(slots=True)
class Candidate:
    """A quantity found in a sentence (offsets into the sentence text)."""

    start: int
    end: int
    value: float | None
    low: float
    high: float
    kind: Kind
    unit: str | None = None
    hedge: str | None = None
    vague: bool = False
    is_range: bool = False
    per: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def _ordinal_suffix(n: int) -> str:
    """The English ordinal suffix of ``n``: 1st, 2nd, 3rd, 11th, 21st ("11st" is eleven stone)."""
    if 10 <= n % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def _num(text: str) -> float:
    """A numeral token's value: separators (commas, thin and no-break spaces) dropped."""
    return float(text.replace(",", "").replace("\u00a0", "").replace("\u202f", "").replace("\u2009", ""))


def _adjacent(a: Tok, b: Tok) -> bool:
    return a.end == b.start


class _Parser:
    def __init__(self, text: str) -> None:
        self.text = text
        self.toks = tokenize(text)
        self.n = len(self.toks)
        self.starts = [t.start for t in self.toks]
        self.out: list[Candidate] = []
        self.blocked = [(m.start(), m.end()) for m in _PHONE.finditer(text)] if any(c.isdigit() for c in text) else []
        low = text.lower()
        self.mass_context = any(
            w in low
            for w in (
                "weigh", "weight", "heavy", "heavier", "lighter", " lb", "kg", "ounce", "tonne", " ton", "baby",
                "obese", "diet", "exercis", "muscle", "fitness", "calorie", "slimm", " gym",
            )
        )  # fmt: skip
        # "pounds" in a sentence that counts money in dollars (and not sterling) are weight
        self.dollar_context = (
            "$" in text
            and "£" not in text
            and "sterling" not in low
            and "the pound" not in low
            and "britain" not in low
            and "uk" not in low
        )
        self.score_context = any(t.low in L.SCORE_WORDS for t in self.toks)
        self.track_context = any(t.low in _TRACK_WORDS for t in self.toks)

    # -- token helpers ---------------------------------------------------------------------
    def low(self, i: int) -> str:
        return self.toks[i].low if 0 <= i < self.n else ""

    def match_words(self, i: int, table: dict[tuple[str, ...], Any], maxlen: int) -> tuple[Any, int]:
        """Longest phrase of ``table`` (lower-case tuples) starting at token ``i``: (value, next index)."""
        if i >= self.n or self.toks[i].low not in _first_words(table):
            return None, i
        for k in range(min(maxlen, self.n - i), 0, -1):
            key = tuple(t.low for t in self.toks[i : i + k])
            if key in table:
                return table[key], i + k
        return None, i

    def space_ok(self, i: int) -> bool:
        """Token ``i`` follows ``i-1`` with at most one space."""
        return 0 < i < self.n and self.toks[i].start - self.toks[i - 1].end <= 1

    # -- number cores ----------------------------------------------------------------------
    def number(self, i: int, money: bool) -> Num | None:
        if i >= self.n:
            return None
        t = self.toks[i]
        if t.kind == "n":
            return self.digits(i, money)
        if t.kind == "s" and t.text in L.FRACTION_CHARS:
            v = L.FRACTION_CHARS[t.text]
            return Num(v, i + 1, 0.0, fraction=True)
        if t.kind == "w":
            return self.words(i)
        return None

    def digits(self, i: int, money: bool) -> Num | None:
        t = self.toks[i]
        clean = t.text.replace(",", "").replace("\u00a0", "").replace("\u202f", "").replace("\u2009", "")
        if len(clean) > 1 and clean[0] == "0" and clean[1] != ".":
            return None  # a code: "007", "020"
        value = float(clean)
        decimals = len(clean.split(".")[1]) if "." in clean else 0
        ip = clean.split(".")[0]
        trailing = len(ip) - len(ip.rstrip("0")) if decimals == 0 and ip.strip("0") else 0
        j = i + 1
        fraction = False
        if j < self.n and self.toks[j].text in L.FRACTION_CHARS and _adjacent(t, self.toks[j]):
            value += L.FRACTION_CHARS[self.toks[j].text]
            fraction, j = True, j + 1
        elif (
            decimals == 0
            and "," not in t.text
            and j + 2 < self.n
            and self.space_ok(j)
            and self.toks[j].kind == "n"
            and self.toks[j + 1].text in "/⁄"
            and self.toks[j + 2].kind == "n"
            and _adjacent(self.toks[j], self.toks[j + 1])
            and _adjacent(self.toks[j + 1], self.toks[j + 2])
            and self.low(j + 3) not in ("/", "⁄")
            and self.toks[j].text.isdigit()
            and self.toks[j + 2].text.isdigit()
            and 0 < int(self.toks[j].text) < int(self.toks[j + 2].text) <= 64
        ):  # "10 1/2 miles", "7 3/4 %"
            value += int(self.toks[j].text) / int(self.toks[j + 2].text)
            fraction, j = True, j + 3
        elif (
            decimals == 0
            and j + 1 < self.n
            and self.toks[j].text in "/⁄"
            and self.toks[j + 1].kind == "n"
            and _adjacent(t, self.toks[j])
            and _adjacent(self.toks[j], self.toks[j + 1])
            and self.low(j + 2) not in ("/", "⁄")
            and "," not in self.toks[j + 1].text
        ):
            den = _num(self.toks[j + 1].text)
            if den in (2, 3, 4, 5, 6, 8, 10, 12, 16, 32, 64, 100, 128, 1000) and value < den and value >= 1:
                return Num(value / den, j + 2, 0.0, fraction=True, ratio=(value, den), digits=clean)
        sci = self._scientific(j)
        if sci is not None:  # "1.99×10−30", "6.02 x 10^23"
            exponent, j = sci
            value *= 10.0**exponent
            return Num(value, j, 10.0 ** (exponent - decimals), 0, decimals, 10.0**exponent, digits=clean)
        scale = 1.0
        if j < self.n and self.toks[j].kind == "w":
            w = self.toks[j]
            sc = L.SCALE_SUFFIX.get(w.text)
            if sc is None and w.text not in L.SHORT_SCALES:
                sc = L.SCALE_SUFFIX.get(w.low)
                if w.low in L.SHORT_SCALES:
                    sc = None
            if sc is not None and w.text in L.SHORT_SCALES:
                attached = _adjacent(self.toks[j - 1], w)
                if w.text in ("m",) and not money:
                    race = value in _RACE_METRES and self.track_context
                    sc = 1e6 if attached and not race and self._million_m(j) else None
                elif w.text in ("b", "B", "T", "tr"):
                    sc = sc if money and attached else None
                elif w.text in ("k", "K", "M"):
                    sc = sc if attached or money else None
                elif not (attached or money or self.space_ok(j)):
                    sc = None
            extra_tok = 0
            if sc == 100.0 and self.low(j + 1) in L.BIG_WORDS:
                sc, extra_tok = 100.0 * L.BIG_WORDS[self.low(j + 1)], 1  # "4 hundred million"
            if sc is not None and not (
                w.low in ("hundred", "thousand", "million", "billion", "trillion")
                or w.text in L.SHORT_SCALES
                or w.low in ("lakh", "lakhs", "crore", "crores")
            ):
                sc = None
            if sc is not None:
                scale = sc
                j += 1 + extra_tok
        step = (10.0**-decimals if decimals else 10.0**trailing) * scale
        if fraction:
            step = 0.0
        return Num(value * scale, j, step, trailing, decimals, scale, fraction=fraction, digits=clean)

    def _scientific(self, j: int) -> tuple[int, int] | None:
        """The exponent of "×10−30", "x 10^23", "×10⁻⁵" after a mantissa, and the index after it."""
        toks = self.toks
        if not (j + 1 < self.n and toks[j].text in ("×", "x", "X", "*") and toks[j + 1].text == "10"):
            return None
        if not (self.space_ok(j) and self.space_ok(j + 1)):
            return None
        k = j + 2
        sign = 1
        if k < self.n and toks[k].text == "^":
            k += 1
        if k < self.n and toks[k].text in ("-", "−", "⁻") and _adjacent(toks[k - 1], toks[k]):
            sign, k = -1, k + 1
        if (
            k < self.n
            and toks[k].kind == "n"
            and toks[k].text.isdigit()
            and _adjacent(toks[k - 1], toks[k])
            and len(toks[k].text) <= 3
        ):
            return sign * int(toks[k].text), k + 1
        sup = ""
        while k < self.n and all(ch in _SUPERSCRIPTS for ch in toks[k].text) and _adjacent(toks[k - 1], toks[k]):
            sup += toks[k].text
            k += 1
        digits = "".join(_SUPERSCRIPTS[ch] for ch in sup if ch != "⁻")
        if digits:
            return (-1 if "⁻" in sup else sign) * int(digits), k
        return None

    def _million_m(self, j: int) -> bool:
        """After "5m" (no currency): million when a plural noun, unit or "of" follows; else metres."""
        k = j + 1
        nxt = self.low(k)
        if nxt not in _METRE_WORDS and not (nxt in ("-", "–") and self.low(k + 1) in _METRE_WORDS):
            # "raised 5m for charity", "a deal worth 40m", "£10m in 2019 and 12m in 2020"
            if any(self.low(j - d) in _MONEY_VERBS for d in (2, 3, 4)):
                return True
            if re.search(r"[$£€¥₹]\s?\d[\d.,]*\s?(?:m|bn|million|billion)\b", self.text):
                return True
        if k >= self.n:
            return False
        t = self.toks[k]
        if t.kind != "w":
            return False
        cur, _ = self.match_words(k, U.CURRENCY_AFTER, 3)
        if cur is not None and t.low not in ("us",):
            return True  # "475m euro", "3.55m Euros", "154m naira"
        if t.text[0].isupper():
            return False
        if t.low in ("of", "people", "men", "women", "children", "sheep", "fish", "viewers", "users"):
            return True
        if t.low in _METRE_WORDS:
            return False
        unit, _ = self.match_words(k, U.UNIT_SURFACE_LOWER, U.UNIT_MAX_LEN)
        if unit is not None:
            return True
        return len(t.low) > 3 and t.low.endswith("s") and not t.low.endswith(("ss", "us", "is", "'s", "’s"))

    def words(self, i: int) -> Num | None:
        t = self.toks[i]
        w = t.low
        # vague few: "a handful", "several thousand", "a couple of"
        few, j = self.match_words(i, L.VAGUE_FEW, 3)
        if few is not None:
            lo, hi = few
            mult = 1.0
            if j < self.n and self.toks[j].low in ("hundred", "thousand", "million", "billion", "trillion", "dozen"):
                mult = 12.0 if self.toks[j].low == "dozen" else float(L.BIG_WORDS.get(self.toks[j].low, 100.0))
                j += 1
            elif j < self.n and self.toks[j].low in ("hundreds", "thousands", "millions", "billions", "dozens"):
                return None
            if few == (2, 3) and mult == 1.0:
                return Num(2.0, j, 1.0, words=True, low=2.0, high=3.0)
            if w == "handful" and (i == 0 or self.low(i - 1) != "a"):
                return None
            num = Num(None, j, mult, low=lo * mult, high=hi * mult, words=True)
            num.few = mult == 1.0
            return num
        if w in L.VAGUE_POWERS:
            base = L.VAGUE_POWERS[w]
            j = i + 1
            if w == "tens" and self.low(j) != "of":
                return None
            if self.low(j) == "of" and self.low(j + 1) in ("thousands", "millions", "billions", "trillions"):
                base2 = L.VAGUE_POWERS[self.low(j + 1)]
                lo, hi = base * base2, 10 * base * base2
                return Num(None, j + 2, base * base2, low=lo, high=hi, words=True)
            if w == "scores" and self.low(j) != "of":
                return None
            return Num(None, j, base, low=base, high=10 * base, words=True)
        # "a third", "two-thirds", "half a million", "a dozen", "eleven thousand", "twenty-one"
        if w in ("a", "an"):
            nxt = self.low(i + 1)
            if nxt in L.FRACTION_WORDS and nxt not in ("fourth", "fourths", "second"):
                d = L.FRACTION_WORDS[nxt]
                if self.low(i + 2) == "-" or self.low(i + 2) in _ORDINAL_NEXT:
                    return None  # "a third-party", "a half-hour", "a third consecutive year"
                if self.low(i + 2) in L.BIG_WORDS:  # "a quarter million"
                    big = L.BIG_WORDS[self.low(i + 2)]
                    return Num(big / d, i + 3, big / d / 5, words=True, scale=big)
                if self.low(i + 2) == "of" and self.low(i + 3) in ("a", "an") and self.low(i + 4) in L.BIG_WORDS:
                    big = L.BIG_WORDS[self.low(i + 4)]  # "a quarter of a million"
                    return Num(big / d, i + 5, big / d / 5, words=True, scale=big)
                return Num(1 / d, i + 2, 0.0, words=True, fraction=True, ratio=(1, d))
            if nxt in ("hundred", "thousand", "million", "billion", "trillion", "dozen"):
                return self._word_sequence(i + 1, lead=1.0)
            return None
        if w == "half":
            if (
                self.low(i + 1) not in ("of", "a", "an", "the", "its", "their", "his", "her", "our")
                and self.low(i + 1) not in L.BIG_WORDS
            ) or self.low(i - 1) in (
                "first",
                "second",
                "the",
                "a",
                "this",
                "last",
                "next",
            ):
                return None
            if self.low(i + 1) in L.BIG_WORDS:  # "half million"
                big = L.BIG_WORDS[self.low(i + 1)]
                return Num(0.5 * big, i + 2, 0.1 * big, words=True, scale=big)
            if self.low(i + 1) in ("a", "an") and self.low(i + 2) in (
                "million",
                "billion",
                "trillion",
                "dozen",
                "thousand",
                "hundred",
            ):
                sc = 12.0 if self.low(i + 2) == "dozen" else L.BIG_WORDS.get(self.low(i + 2), 100.0)
                return Num(0.5 * sc, i + 3, 0.1 * sc, words=True, scale=sc)
            return Num(0.5, i + 1, 0.0, words=True, fraction=True, ratio=(1, 2))
        if w in ("quarter", "half", "third") and self.low(i + 1) in ("million", "billion", "trillion"):
            big = L.BIG_WORDS[self.low(i + 1)] / L.FRACTION_WORDS[w]  # "quarter million"
            return Num(big, i + 2, big / 5, words=True, scale=big)
        if w == "twice":
            return Num(2.0, i + 1, 0.0, words=True)
        if w in L.UNITS_WORDS or w in L.TENS_WORDS:
            if w == "one" and (
                (self.low(i - 1) in _PRONOUN_ONE and self.low(i + 1) != "of" and self.unit(i + 1)[0] is None)
                or self.low(i + 1) in ("another", "-")
            ):
                return None  # "each one", "the same one", "one another", "one-off"
            return self._word_sequence(i, lead=None)
        return None

    def _word_sequence(self, i: int, lead: float | None) -> Num | None:
        total, current = 0.0, lead or 0.0
        j = i
        last_big = 1.0
        last_kind = "lead" if lead else ""
        seen = False
        while j < self.n:
            w = self.toks[j].low
            if w in L.UNITS_WORDS and (
                last_kind in ("", "tens-", "hundred", "big", "and") or (last_kind == "tens" and 1 <= L.UNITS_WORDS[w] <= 9)
            ):
                current += L.UNITS_WORDS[w]  # "ninety five", "twenty-one", "a hundred and six"
                last_kind, seen = "unit", True
            elif w in L.TENS_WORDS and last_kind in ("", "hundred", "big", "and"):
                current += L.TENS_WORDS[w]
                last_kind, seen = "tens", True
                if self.low(j + 1) == "-" and self.low(j + 2) in L.UNITS_WORDS and _adjacent(self.toks[j], self.toks[j + 1]):
                    j += 1
                    last_kind = "tens-"
            elif w == "hundred" and last_kind in ("unit", "tens", "lead"):
                current = (current or 1) * 100
                last_kind, seen = "hundred", True
            elif w in L.BIG_WORDS and last_kind in ("unit", "tens", "hundred", "lead", "half"):
                total += (current or 1) * L.BIG_WORDS[w]
                last_big = L.BIG_WORDS[w]
                current = 0.0
                last_kind, seen = "big", True
            elif w == "dozen" and last_kind in ("unit", "tens", "lead"):
                current = (current or 1) * 12
                last_kind, seen = "dozen", True
            elif (
                w == "and"
                and last_kind in ("hundred", "big")
                and (self.low(j + 1) in L.UNITS_WORDS or self.low(j + 1) in L.TENS_WORDS)
            ):
                last_kind = "and"
            elif w == "and" and last_kind in ("unit", "tens") and self.low(j + 1) == "a" and self.low(j + 2) == "half":
                current += 0.5
                j += 2
                last_kind = "half"
                if self.low(j + 1) not in L.BIG_WORDS:
                    return Num(total + current, j + 1, 0.5, words=True)
            else:
                break
            j += 1
        if not seen:
            return None
        if last_kind in ("and", "tens-"):
            j -= 1
        value = total + current
        # fraction words: "two-thirds", "three quarters", "one fifth"
        k = j
        if self.low(k) == "-" and _adjacent(self.toks[k - 1], self.toks[k]):
            k += 1
        fw = self.low(k)
        if (
            fw in L.FRACTION_WORDS
            and last_kind == "unit"
            and 1 <= value < L.FRACTION_WORDS[fw]
            and (fw.endswith("s") or value == 1)
            and fw not in ("second",)
        ):
            d = L.FRACTION_WORDS[fw]
            if self.low(k + 1) in L.BIG_WORDS:  # "three quarters billion"
                big = L.BIG_WORDS[self.low(k + 1)]
                return Num(value / d * big, k + 2, value / d * big / 5, words=True, scale=big)
            if self.low(k + 1) == "of" and self.low(k + 2) in ("a", "an") and self.low(k + 3) in L.BIG_WORDS:
                big = L.BIG_WORDS[self.low(k + 3)]  # "three quarters of a million"
                return Num(value / d * big, k + 4, value / d * big / 5, words=True, scale=big)
            return Num(value / d, k + 1, 0.0, words=True, fraction=True, ratio=(value, d))
        if last_kind == "big" and last_big >= 1e6 and value == int(value):
            # "four million" reads like "4 million": a mantissa and a scale
            mantissa = value / last_big
            mt = len(str(int(mantissa))) - len(str(int(mantissa)).rstrip("0")) if mantissa == int(mantissa) else 0
            step = 10.0**mt * last_big if mantissa == int(mantissa) else 0.5 * last_big
            return Num(value, j, step, mt, words=True, scale=last_big)
        iv = int(value)
        trailing = len(str(iv)) - len(str(iv).rstrip("0")) if iv and value == iv else 0
        return Num(value, j, 10.0**trailing if value == iv else 0.0, trailing, words=True)

    # -- quantity --------------------------------------------------------------------------
    def hedge(self, i: int) -> tuple[str | None, str | None, int]:
        kind, j = self.match_words(i, L.HEDGES_BEFORE, L.HEDGE_MAX_LEN)
        if kind is None:
            return None, None, i
        phrase = " ".join(t.low for t in self.toks[i:j])
        if phrase == "some" and self.low(j) in ("of",):
            return None, None, i
        if phrase == "up to" and self.low(i - 1) in _UP_TO_VERBS:
            return None, None, i  # "added up to 22bn": a total, not a bound
        if self.low(i - 1) in ("times", "twice", "thrice", "half", "double", "triple") and kind in (">", "<", "<="):
            return None, None, i  # "three times as many as 40", "twice more than 40": a comparison
        return phrase, kind, j

    def currency_prefix(self, i: int) -> tuple[str | None, int]:
        if i >= self.n:
            return None, i
        t = self.toks[i]
        if t.kind == "w" and i + 1 < self.n and self.toks[i + 1].text == "$" and _adjacent(t, self.toks[i + 1]):
            code = U.CURRENCY_PREFIX.get(t.text + "$")
            if code:
                return code, i + 2
        if t.kind == "w" and t.text == "Y" and self.low(i + 1) == "=":
            return "JPY", i + 2
        if (
            t.text == "$"
            and i + 2 < self.n
            and self.toks[i + 1].kind == "w"
            and _adjacent(t, self.toks[i + 1])
            and _adjacent(self.toks[i + 1], self.toks[i + 2])
            and self.toks[i + 2].kind == "n"
        ):
            code = U.CURRENCY_PREFIX.get(self.toks[i + 1].text + "$")
            if code:  # "$US55m", "$A82m" (Australian style)
                return code, i + 2
        if t.kind == "w" and t.text in ("US", "U") and self.low(i + 1) == "$":
            return "USD", i + 2
        code = U.CURRENCY_PREFIX.get(t.text)
        if code is None:
            return None, i
        nxt = self.toks[i + 1] if i + 1 < self.n else None
        if nxt is not None and nxt.text in _MINUS and i + 2 < self.n and self.toks[i + 2].kind == "n":
            nxt = self.toks[i + 2]
        if nxt is None or (nxt.kind != "n" and nxt.low not in L.UNITS_WORDS and nxt.low not in L.TENS_WORDS and nxt.low != "a"):
            return None, i
        if t.text in U.STRONG_SYMBOLS:
            return code, i + 1
        if t.text in U.ATTACHED_ONLY:
            return (code, i + 1) if nxt is not None and _adjacent(t, nxt) and nxt.kind == "n" else (None, i)
        if t.kind == "w" and t.text.isupper() and len(t.text) == 3 and nxt is not None and nxt.kind == "n":
            return code, i + 1
        return None, i

    def parse(self) -> list[Candidate]:
        i = 0
        toks = self.toks
        while i < self.n:
            t = toks[i]
            if t.kind == "s" and t.text not in L.FRACTION_CHARS and t.text not in U.CURRENCY_PREFIX and t.text not in "~-−–":
                i += 1
                continue
            if t.kind == "w" and t.low in L.ORDINAL_WORDS and self._word_ordinal(i):
                v = float(L.ORDINAL_WORDS[t.low])
                self.out.append(Candidate(t.start, t.end, v, v, v, Kind.ORDINAL))
                i += 1
                continue
            if t.kind == "v" or (t.kind == "w" and t.low not in _STARTERS and t.text not in U.CURRENCY_PREFIX):
                i += 1
                continue
            res = self.quantity(i)
            if res is None:
                i += 1
                if t.kind == "n":  # a rejected code such as "7-5" or "A380-800": skip its glued tail
                    while (
                        i + 1 < self.n
                        and toks[i].text in "-/."
                        and _adjacent(toks[i - 1], toks[i])
                        and _adjacent(toks[i], toks[i + 1])
                    ):
                        i += 2
                continue
            i = res
        self._share_list_units()
        self._join_minor_money()
        self._join_compound_units()
        self._temperature_degrees()
        self._inherit_direction()
        return self.out

    def _inherit_direction(self) -> None:
        """A bracketed conversion ("fell 2C (3.6F)") and an elliptical "X by 2.6%" after "Y was down 2.3%"
        take the direction of the figure before them."""
        out = self.out
        for a, b in itertools.pairwise(out):
            d = a.extra.get("direction")
            if not d or b.extra.get("direction") or b.kind != a.kind:
                continue
            gap = self.text[a.end : b.start]
            if gap.strip() == "(":
                b.extra["direction"] = d
                continue
            ib = self._tok_at(b.start)
            if (
                self.low(ib - 1) == "by"
                and ib >= 3
                and self.toks[ib - 2].kind == "w"
                and self.toks[ib - 2].text[0].isupper()
                and self.low(ib - 3) in (",", "and", ";")
            ):
                b.extra["direction"] = d  # "Ross was down 2.3%, Burlington by 2.6%"

    def _temperature_degrees(self) -> None:
        """ "30 degrees (86F)": bare degrees next to a temperature are the other temperature scale."""
        other = {"degree_Fahrenheit": "degree_Celsius", "degree_Celsius": "degree_Fahrenheit"}
        for a, b in zip(self.out, self.out[1:], strict=False):
            gap = self.text[a.end : b.start].strip()
            if gap not in ("(", "/", "or", ", or", "-", "–") and not gap.startswith("("):
                continue
            if a.unit == "degree" and b.unit in other:
                a.unit, a.extra["dimension"] = other[b.unit], "temperature"
            elif b.unit == "degree" and a.unit in other:
                b.unit, b.extra["dimension"] = other[a.unit], "temperature"

    def _join_compound_units(self) -> None:
        """ "6ft 4in", "11st 4lb", "2 hours 30 minutes": one measure in the smaller unit."""
        out = self.out
        k = 0
        while k + 1 < len(out):
            a, b = out[k], out[k + 1]
            factor = _COMPOUNDS.get((a.unit or "", b.unit or ""))
            gap = self.text[a.end : b.start].strip().lower()
            if (
                factor is not None
                and gap in ("", "and")
                and a.value is not None
                and b.value is not None
                and not a.is_range
                and not b.is_range
                and b.value < factor
                and not b.hedge
            ):
                v = a.value * factor + b.value
                step = 1.0 if b.value == int(b.value) else 0.1
                extra = {"parts": (a.value, b.value), "dimension": b.extra.get("dimension"), "step": step}
                out[k] = Candidate(
                    a.start, b.end, v, 0.0, 0.0, b.kind, b.unit, a.hedge, extra={**extra, "hedge_type": a.extra.get("hedge_type")}
                )
                _apply_interval(out[k], out[k].extra)
                del out[k + 1]
            k += 1

    def _join_minor_money(self) -> None:
        """ "3 dollars 50 cents", "thirteen dollars and forty-five cents": one sum of money."""
        out = self.out
        k = 0
        while k + 1 < len(out):
            a, b = out[k], out[k + 1]
            gap = self.text[a.end : b.start].strip().lower()
            if (
                a.kind == Kind.MONEY
                and b.kind == Kind.MONEY
                and a.unit == b.unit
                and not a.extra.get("minor")
                and b.extra.get("minor")
                and gap in ("", "and")
                and a.value is not None
                and b.value is not None
                and b.value < 1
                and a.extra.get("scale", 1.0) == 1
            ):
                v = a.value + b.value
                out[k] = Candidate(a.start, b.end, v, v, v, Kind.MONEY, a.unit, a.hedge, extra={"parts": (a.value, b.value)})
                del out[k + 1]
            k += 1

    def _word_ordinal(self, i: int) -> bool:
        """ "the third", "its second", "a third consecutive year", "third-largest": an ordinal word."""
        prev, nxt = self.low(i - 1), self.low(i + 1)
        if prev in _ORDINAL_DETERMINERS:
            return nxt not in ("of", "-") or (nxt == "-" and self.low(i + 2) not in L.FRACTION_WORDS)
        if prev in ("a", "an"):
            return nxt in _ORDINAL_NEXT
        if prev in _RANK_VERBS and nxt not in ("of", "-", "half", "hand"):
            return True  # "finished second", "ranked fifth"
        if nxt in ("place", "spot", "position") and prev in ("in", "into", "to", "from"):
            return True  # "in third place"
        return nxt == "-" and self.low(i + 2).endswith(("est", "most")) and self.space_ok(i + 1) is False

    def _share_list_units(self) -> None:
        """ "5, 10 and 20 euros", "up 3, 4 or 5%": bare figures in a list take the unit of the last one."""
        out = self.out
        for k in range(len(out) - 2, -1, -1):
            a, b = out[k], out[k + 1]
            gap = self.text[a.end : b.start].strip().lower()
            if gap in ("-,", "- and", "-, and", "- or", "-, or") and a.kind == Kind.NUMBER and a.value is not None:
                # "four-, five- and six-cylinder engines": a suspended compound takes the last word
                if b.extra.get("noun"):
                    a.extra["noun"] = b.extra["noun"]
                    a.kind = Kind.COUNT if b.kind == Kind.COUNT else a.kind
                if b.unit is not None and a.unit is None:
                    a.kind, a.unit = b.kind, b.unit
                    _apply_interval(a, a.extra)
                continue
            if a.unit is not None or a.kind not in (Kind.NUMBER,) or b.unit is None or a.value is None:
                continue
            if b.kind not in (Kind.MONEY, Kind.PERCENT, Kind.PERCENTAGE_POINT, Kind.PHYSICAL, Kind.DURATION):
                continue
            if a.extra.get("noun") or (b.extra.get("prefixed") and not a.extra.get("prefixed") and b.kind == Kind.MONEY):
                continue
            gap = self.text[a.end : b.start].strip().lower()
            if gap not in (",", "and", "or", ", and", "of the", "out of") or a.extra.get("change_role"):
                continue
            a.kind, a.unit = b.kind, b.unit
            if "dimension" in b.extra:
                a.extra["dimension"] = b.extra["dimension"]
            a.extra["unit_from_list"] = True
            _apply_interval(a, a.extra)

    def quantity(self, i: int) -> int | None:
        """Parse a quantity (or range, or from-to pair) starting at token ``i``; returns the next index."""
        toks = self.toks
        start_i = i
        between = False
        if toks[i].low == "between" and i + 1 < self.n:
            between = True
            i += 1
        q1 = self.single(i)
        if q1 is None:
            return None
        cand1, j = q1
        frm = start_i > 0 and toks[start_i - 1].low == "from" and not between
        # ranges and pairs
        conn = self.low(j)
        if (between and conn in ("and", "-", "–", "—", "to")) or (conn in ("to", "-", "–", "—", "and", "or") and not between):
            q2 = self.single(j + 1, continuation=True, money=cand1.kind == Kind.MONEY) if j + 1 < self.n else None
            if q2 is not None and conn == "and" and not between:
                q2 = None
            if q2 is not None and conn == "or" and (frm or not self._or_range(cand1, q2[0])):
                q2 = None
            if q2 is not None and conn in _DASHES:
                # "10-20": no spaces with "-"; en dash may be spaced
                left_gap = toks[j].start - toks[j - 1].end
                right_gap = toks[j + 1].start - toks[j].end
                spaced = left_gap > 0 and right_gap > 0
                if (conn == "-" and (left_gap or right_gap) and not spaced) or left_gap > 1 or right_gap > 1:
                    q2 = None
                elif spaced and not (cand1.value is not None and q2[0].value is not None and q2[0].value > cand1.value):
                    q2 = None  # a spaced dash is punctuation unless it joins a rising pair: "40 - 50 years"
            if (
                q2 is None
                and conn == "-"
                and j + 1 < self.n
                and toks[j + 1].kind == "n"
                and _adjacent(toks[j - 1], toks[j])
                and _adjacent(toks[j], toks[j + 1])
                and cand1.unit is None
            ):
                k = j + 1  # "777-200LR": the second part is a code, so the whole is one
                while k < self.n and (toks[k].kind in ("n", "w") or toks[k].text in _DASHES) and _adjacent(toks[k - 1], toks[k]):
                    k += 1
                return k
            if q2 is not None and conn in _DASHES:
                k = q2[1]
                if k + 1 < self.n and toks[k].text in _DASHES and toks[k + 1].kind == "n" and _adjacent(toks[k - 1], toks[k]):
                    while k + 1 < self.n and toks[k].text in _DASHES and toks[k + 1].kind == "n":
                        k += 2
                    return k  # "1111-2222-3333": a code
            if q2 is not None:
                cand2, k = q2
                combined = self.combine(cand1, cand2, conn, frm, between, j)
                if combined:
                    return k
        if between:
            # "between" without "and": a plain quantity
            pass
        if frm and self._change_before(start_i - 1) and cand1.kind not in (Kind.YEAR, Kind.DATE, Kind.TIME):
            cand1.extra["change_role"] = "from"
        elif start_i > 0 and toks[start_i - 1].low == "to" and cand1.kind not in (Kind.YEAR, Kind.DATE, Kind.TIME):
            roles = [c.extra.get("change_role") for c in self.out]
            if "from" in roles and roles[::-1].index("from") < (roles[::-1].index("to") if "to" in roles else len(roles)):
                cand1.extra["change_role"] = "to"
                source = self.out[len(roles) - 1 - roles[::-1].index("from")]
                if cand1.unit is None and source.unit is not None and cand1.kind == Kind.NUMBER and not cand1.extra.get("noun"):
                    cand1.kind, cand1.unit = source.kind, source.unit  # "from 14-18 mpg to 24"
                    _apply_interval(cand1, cand1.extra)
        self.emit(cand1)
        return j

    def _change_before(self, i: int) -> bool:
        return any(self.low(k) in L.UP_WORDS or self.low(k) in L.DOWN_WORDS for k in range(max(0, i - 4), i))

    def combine(self, a: Candidate, b: Candidate, conn: str, frm: bool, between: bool, conn_i: int) -> bool:
        """Join two figures into a range, a score, or a from-to pair; False to parse them separately."""
        if a.kind in (Kind.DATE, Kind.TIME, Kind.ORDINAL, Kind.AGE, Kind.YEAR) or b.kind in (
            Kind.DATE,
            Kind.TIME,
            Kind.ORDINAL,
            Kind.YEAR,
        ):
            return False
        ua, ub = a.unit, b.unit
        if ua and ub and ua != ub and not (a.kind == Kind.PERCENT and b.kind == Kind.PERCENT) and not frm:
            return False
        if a.vague or b.vague:
            return False
        if ua and not ub and conn not in _DASHES:
            return False  # "rose 8.15% to 3.65": a range writes "5 to 10%" or "5% to 10%"
        mixed = bool(a.extra.get("ratio")) != bool(b.extra.get("ratio"))  # "by a third to 80"
        ia = self._tok_at(a.start)
        before_a = self.low(ia - 1)
        changed = before_a in ("up", "down") or before_a in L.UP_WORDS or before_a in L.DOWN_WORDS
        by_change = before_a == "by" and self._change_before(ia - 1)
        far = a.value is not None and b.value is not None and a.value > 0 and b.value >= 10 * a.value
        if (
            conn == "to"
            and not frm
            and not between
            and ((((ua and ub) or mixed) and (changed or before_a == "by")) or ((changed or by_change) and far))
        ):
            a.extra["change_role"], b.extra["change_role"] = "by", "to"  # "rose 10 cents to $2.24"
            if a.extra.get("direction"):
                b.extra.setdefault("direction", a.extra["direction"])
            self.emit(a)
            self.emit(b)
            return True
        if mixed or a.extra.get("minor") != b.extra.get("minor"):
            return False  # "18 sen to RM23.50"
        # years: "2019-20", "1939-45", "2010 to 2015"
        ya, yb = a.extra.get("year_like"), b.extra.get("year_like")
        if ya and (yb or (conn in _DASHES and 1 <= len(b.extra.get("digits", "")) <= 2)) and not frm:
            yv = b.value
            if yb is None and yv is not None and a.value is not None:
                width = 10 ** len(b.extra["digits"])  # "2019-20", "1924-5"
                yv = float(int(a.value) // width * width + yv)
            if yv is not None and a.value is not None and yv > a.value:
                self.out.append(
                    Candidate(
                        a.start,
                        b.end,
                        None,
                        a.value,
                        yv,
                        Kind.YEAR,
                        None,
                        a.hedge,
                        False,
                        True,
                        None,
                        {"years": (int(a.value), int(yv))},
                    )
                )
                return True
            return False
        # scores: "won 3-1"
        if (
            conn in _DASHES
            and a.kind in (Kind.NUMBER, Kind.COUNT)
            and b.kind in (Kind.NUMBER, Kind.COUNT)
            and a.value is not None
            and b.value is not None
            and a.value == int(a.value)
            and b.value == int(b.value)
            and a.value <= 200
            and b.value <= 200
            and not a.hedge
            and (
                (self.score_context and a.value <= 30 and b.value <= 30)
                or b.value < a.value
                or a.value == b.value
                or self._score_sequence(b)
                or self._between_names(a, b)
            )
        ):
            self.out.append(
                Candidate(
                    a.start,
                    b.end,
                    None,
                    min(a.value, b.value),
                    max(a.value, b.value),
                    Kind.SCORE,
                    extra={"score": (int(a.value), int(b.value))},
                )
            )
            return True
        # share units, currencies and scales from the second figure to the first
        if not frm and conn in (*_DASHES, "and"):
            self._implicit_thousands(a, b)
        self._share(a, b)
        if frm and conn == "to":
            a.extra["change_role"] = "from"
            b.extra["change_role"] = "to"
            self.emit(a)
            self.emit(b)
            return True
        if frm and conn not in _DASHES:
            return False
        if a.value is None or b.value is None:
            return False
        if a.value > b.value and conn == "to" and not between:
            # "an eight to one majority", "fell from a peak of $120bn to $4.6bn": not a range
            if self._change_before(self._tok_at(a.start)) or self.low(self._tok_at(a.start) - 1) in ("of", "at"):
                a.extra["change_role"], b.extra["change_role"] = "from", "to"
            self.emit(a)
            self.emit(b)
            return True
        lo, hi = a.low, b.high
        if a.value > b.value:
            a.extra.setdefault("inverted", True)
            lo, hi = min(a.low, b.low), max(a.high, b.high)
        extra = {**{k: v for k, v in b.extra.items() if k not in ("digits", "year_like")}, "range": (a.value, b.value)}
        if frm:
            extra["change_role"] = "from"
        if a.extra.get("direction") and not frm:
            extra.setdefault("direction", a.extra["direction"])  # "dropped by 1 to 1.5 degrees"
        if a.hedge:
            extra["hedge_type"] = a.extra.get("hedge_type")
        self.out.append(
            Candidate(
                a.start,
                b.end,
                None,
                lo,
                hi,
                b.kind if b.kind != Kind.NUMBER else a.kind,
                b.unit or a.unit,
                a.hedge or b.hedge,
                False,
                True,
                b.per or a.per,
                extra,
            )
        )
        return True

    def _score_sequence(self, b: Candidate) -> bool:
        """ "3-6 6-4 7-6": set scores come in runs."""
        k = self._tok_at(b.end)
        return k + 2 < self.n and self.toks[k].kind == "n" and self.toks[k + 1].text in _DASHES and self.toks[k + 2].kind == "n"

    def _between_names(self, a: Candidate, b: Candidate) -> bool:
        """ "Wasps 31-37 Leicester": a result between two capitalised names."""
        i, k = self._tok_at(a.start), self._tok_at(b.end)
        before = self.toks[i - 1] if i > 0 else None
        after = self.toks[k] if k < self.n else None
        return bool(
            before is not None
            and after is not None
            and before.kind == "w"
            and after.kind == "w"
            and before.text[0].isupper()
            and after.text[0].isupper()
            and before.low not in L.NOT_NAMES
        )

    @staticmethod
    def _or_range(a: Candidate, b: Candidate) -> bool:
        """ "three or four years", "two or three": small consecutive figures of the same kind."""
        if a.value is None or b.value is None or a.hedge or b.hedge:
            return False
        return a.kind in (Kind.NUMBER, Kind.COUNT) and 0 < b.value - a.value <= max(2.0, 0.2 * a.value) and a.unit is None

    def _tok_at(self, pos: int) -> int:
        """Index of the first token starting at or after ``pos``."""
        return bisect.bisect_left(self.starts, pos)

    @staticmethod
    def _implicit_thousands(a: Candidate, b: Candidate) -> None:
        """ "$50-100,000", "between 50-60,000 people": a range with its thousands left implicit."""
        if (
            a.value is not None
            and b.value is not None
            and a.extra.get("scale", 1.0) == 1
            and b.extra.get("trailing", 0) >= 3
            and 1 <= a.value < 1000
            and a.value == int(a.value)
            and a.value * 1000 < b.value <= a.value * 1000 * 10
        ):
            a.value *= 1000  # "$50-100,000", "between 50-60,000 people": thousands left implicit
            a.extra["step"] = a.extra.get("step", 1.0) * 1000
            a.extra["trailing"] = a.extra.get("trailing", 0) + 3
            _apply_interval(a, a.extra)

    def _share(self, a: Candidate, b: Candidate) -> None:
        """ "$5-10m", "10 to 20 per cent", "from 5 to 10 million": the first figure takes the second's unit."""
        if a.unit is None and b.unit is not None:
            a.kind, a.unit = b.kind, b.unit
            a.per = a.per or b.per
            _apply_interval(a, a.extra)
        bs, as_ = b.extra.get("scale", 1.0), a.extra.get("scale", 1.0)
        mantissa = b.extra.get("mantissa")
        if (
            bs > 1
            and as_ == 1
            and a.value is not None
            and mantissa is not None
            and a.value < mantissa
            and (a.unit is None or b.unit is None or a.unit == b.unit)
        ):
            a.value *= bs
            a.extra["scale"] = bs
            a.extra["step"] = a.extra.get("step", 1.0) * bs
            _apply_interval(a, a.extra)

    def single(self, i: int, continuation: bool = False, money: bool = False) -> tuple[Candidate, int] | None:
        """One figure with its hedge, currency, scale, unit, rate and trailing hedge."""
        toks = self.toks
        start_i = i
        hedge, htype, i = self.hedge(i)
        fig_i = i
        cur, i = self.currency_prefix(i)
        neg = False
        if (
            i < self.n
            and toks[i].text in _MINUS
            and i + 1 < self.n
            and toks[i + 1].kind == "n"
            and _adjacent(toks[i], toks[i + 1])
        ):
            prev = toks[i - 1] if i > 0 else None
            if prev is None or not _adjacent(prev, toks[i]) or prev.text in "($(":
                neg = True
                i += 1
        elif self.low(i) == "minus" and ((i + 1 < self.n and toks[i + 1].kind == "n") or self.low(i + 1) == "-"):
            neg = True
            i += 2 if self.low(i + 1) == "-" else 1
        if i < self.n and toks[i].text == "+" and i + 1 < self.n and toks[i + 1].kind == "n" and _adjacent(toks[i], toks[i + 1]):
            i += 1
        if i >= self.n:
            return None
        if cur is None and i > 0 and toks[i].kind == "n":
            # "US $58.24", "$ 5"
            pass
        core_i = i
        num = self.number(i, money=cur is not None or money)
        if num is None:
            return None
        core = toks[core_i]
        if self._blocked(core.start):
            return None
        if core.kind == "n" and not cur and self._identifier(core_i, num):
            return None
        if (
            core.kind == "w"
            and core.text[0].isupper()
            and core_i > 0
            and toks[core_i - 1].kind == "w"
            and toks[core_i - 1].text[0].isupper()
        ) and toks[core_i - 1].low not in L.NOT_NAMES:
            return None  # "BBC One", "Formula One"
        if (
            core.kind == "w"
            and core.text[0].isupper()
            and core_i > 0
            and toks[core_i - 1].kind == "w"
            and toks[core_i - 1].text[0].islower()
            and num.end < self.n
            and toks[num.end].kind == "w"
            and toks[num.end].text[0].isupper()
            and toks[num.end].low not in L.NOT_NAMES
            and U.CURRENCY_AFTER.get((toks[num.end].low,)) is None
        ):
            return None  # "won the Six Nations", "the Big Three Networks": a capitalised name mid-sentence
        j = num.end
        value = num.value
        if neg and value is not None:
            value = -value
        extra: dict[str, Any] = {"step": num.step, "trailing": num.trailing, "decimals": num.decimals, "scale": num.scale}
        if num.value is not None and num.scale > 1:
            extra["mantissa"] = num.value / num.scale
        if num.ratio:
            extra["ratio"] = num.ratio
        if core.kind == "n":
            extra["digits"] = num.digits
        if cur is not None:
            extra["prefixed"] = True
        if num.few:
            extra["vague_few"] = True
        kind = Kind.NUMBER
        unit: str | None = None
        per: str | None = None
        # special kinds first: times, ordinals, dates, years, ages
        special = self.special(core_i, num, cur, hedge, neg)
        if special is not None:
            cand, k = special
            return cand, k
        # one in four
        if value is not None and num.value is not None and self.low(j) in ("in", "out") and not cur:
            k = j + 1
            if self.low(j) == "out" and self.low(k) == "of":
                k += 1
            if self.low(k) == "every":
                k += 1
            den = (
                self.number(k, False)
                if k < self.n and (toks[k].kind == "n" or toks[k].low in L.UNITS_WORDS or toks[k].low in L.TENS_WORDS)
                else None
            )
            if (
                den is not None
                and den.value
                and value < den.value <= 1000
                and 1 <= value <= 20
                and value == int(value)
                and den.value == int(den.value)
                and not (toks[k].kind == "n" and len(toks[k].text) == 4)
            ):
                extra["ratio"] = (value, den.value)
                value = value / den.value
                extra["step"] = 0.0
                j = den.end
                num = Num(value, j, 0.0, words=num.words, fraction=True, ratio=(num.value, den.value))
        # currency / percent / unit after the figure
        minor = None
        k = j
        if k < self.n and self.low(k) == "of" and (num.low is not None or (num.scale > 1 and num.words)):
            cw, k2 = self.match_words(k + 1, U.CURRENCY_AFTER, 3)
            if (cw is not None and cw not in ("USD",)) or self.low(k + 1) in ("dollars", "pounds"):
                k = k + 1
        pct, k2 = self.match_words(k, U.PERCENT_AFTER, 3)
        if pct is not None and toks[k].text in ("pp", "bp", "pc") and not _adjacent(toks[k - 1], toks[k]):
            pct = None  # "5pc" but not "5 pc"
        if pct is not None:
            unit = pct
            kind = Kind.PERCENT if pct == "percent" else Kind.PERCENTAGE_POINT
            j = k2
        elif cur is None:
            code, k2 = self.match_words(k, U.CURRENCY_AFTER, 3)
            mn, k4 = self.match_words(k, U.MINOR_AFTER, 2)
            if code is not None and mn is not None and k4 > k2:
                code = None  # "70 euro cents"
            if (
                code is not None
                and k < self.n
                and toks[k].text[0].isupper()
                and not toks[k].text.isupper()
                and not toks[k].low.endswith("s")
                and num.scale == 1
            ):
                code = None  # "50 Cent", "Ten Pound Poms": names, not money
            longer, k3 = self.unit(k)
            if code is not None and longer is not None and k3 > k2:
                code = None  # "275 pound-feet"
            if (
                code is None
                and k < self.n
                and toks[k].text in U.STRONG_SYMBOLS
                and self.space_ok(k)
                and not (k + 1 < self.n and toks[k + 1].kind == "n")
            ):
                code, k2 = U.CURRENCY_PREFIX[toks[k].text], k + 1  # "1,200€"
            if code is not None and self._currency_word_ok(k, k2, num):
                cur = code
                j = k2
            else:
                mn, k2 = self.match_words(k, U.MINOR_AFTER, 2)
                if k < self.n and toks[k].text[0].isupper():
                    mn = None
                if mn is not None and (toks[k].low != "p" or _adjacent(toks[k - 1], toks[k])) and value is not None:
                    if toks[k].low in ("pound",):
                        mn = None
                    else:
                        cur, minor = mn
                        j = k2
        if cur is not None:
            kind, unit = Kind.MONEY, cur
            if minor is not None and value is not None:
                value *= minor
                extra["step"] = extra["step"] * minor
                extra["minor"] = True
            # "$76 US"
            if self.low(j) in ("us",) and toks[j].text == "US" and j < self.n:
                j += 1
        if kind == Kind.NUMBER:
            u, k2 = self.unit(j)
            if u is None and (num.fraction or num.ratio) and value is not None and value < 1:
                # "1/16 of a pint", "half a mile", "three-quarters of an hour"
                k = j + 1 if self.low(j) == "of" else j
                if self.low(k) in ("a", "an"):
                    k += 1
                    if self.low(k) in ("us", "uk", "imperial", "metric") and k + 1 < self.n:
                        k += 1
                    u2, k3 = self.unit(k)
                    if u2 is not None and u2[1] != "angle" and k > j:
                        u, k2 = u2, k3
            if u is not None:
                uname, dim = u
                if (
                    uname == "pound"
                    and toks[j].low.startswith("pound")
                    and k2 == j + 1
                    and (num.scale > 1 or (not self._pounds_mass(j) and self.low(j - 1) != "-"))
                ):
                    kind, unit = Kind.MONEY, "GBP"
                else:
                    unit = uname
                    kind = Kind.DURATION if dim == "time" else Kind.PHYSICAL
                    extra["dimension"] = dim
                j = k2
                # ages: "45-year-old", "50 years old"
                if uname == "year" and (
                    self.low(j) in ("old", "olds") or (self.low(j) == "-" and self.low(j + 1) in ("old", "olds"))
                ):
                    j += 1 if self.low(j) in ("old", "olds") else 2
                    kind = Kind.AGE
        # trailing hedge: "50 or more", "a dozen or so", "50-plus"
        post, k2 = self.match_words(j, L.HEDGES_AFTER, 2)
        if post is None and self.low(j) == "-" and self.low(j + 1) in ("plus", "odd") and _adjacent(toks[j - 1], toks[j]):
            post, k2 = L.HEDGES_AFTER[(self.low(j + 1),)], j + 2
        if post is None and j < self.n and toks[j].text == "+" and _adjacent(toks[j - 1], toks[j]):
            post, k2 = ">=", j + 1
        if post is not None and hedge is None:
            hedge, htype = " ".join(t.low for t in toks[j:k2]).replace("- ", "").replace("+", "plus"), post
            j = k2
        elif post is not None and post == "~" and hedge is not None:
            j = k2
        # identifiers after: "4G", "737MAX", "3D"
        if j < self.n and toks[j].kind in ("w", "n") and _adjacent(toks[j - 1], toks[j]) and core.kind == "n":
            if toks[j].low in ("st", "nd", "rd", "th"):
                pass
            else:
                return None
        # ordinal suffix "1st", "21st"
        if (
            core.kind == "n"
            and j < self.n
            and toks[j].low in ("st", "nd", "rd", "th")
            and _adjacent(toks[j - 1], toks[j])
            and kind == Kind.NUMBER
        ):
            return None  # handled in special(); a stray suffix
        if kind == Kind.NUMBER and (
            self.low(j) in ("times", "fold") or (self.low(j) == "-" and self.low(j + 1) == "fold") or core.low == "twice"
        ):
            extra["multiplier"] = True  # "three times as many", "a five-fold rise", "twice"
        # rate: "15,000 men a month", "$70 a barrel", "50 per cent a year"
        per, noun, nend = self.rate(j, kind, unit, of_ok=num.low is not None or num.fraction or (num.words and num.scale > 1))
        if per is not None and kind in (Kind.NUMBER, Kind.COUNT):
            kind = Kind.RATE
        if noun:
            extra["noun"] = noun
            if kind == Kind.NUMBER:
                kind = Kind.COUNT
        if kind == Kind.NUMBER and self.low(j) == "of" and num.low is not None:
            kind = Kind.COUNT
        plain = kind in (Kind.NUMBER, Kind.COUNT) and unit is None and per is None
        if (
            (plain or (kind == Kind.DURATION and unit == "year"))
            and value is not None
            and 20 <= value <= 120
            and any(self.low(k) == "expectancy" for k in range(start_i - 8, start_i))
        ):
            kind, unit = Kind.AGE, "year"  # "life expectancy for men is around 73"
            extra.pop("noun", None)
            noun = None
        # change direction
        direction = self.direction(start_i, nend if noun else j, neg, core_i)
        if direction:
            extra["direction"] = direction
        start = toks[fig_i].start
        extra["hedge_type"] = htype
        cand = Candidate(start, toks[j - 1].end, value, 0.0, 0.0, kind, unit, hedge, num.low is not None, False, per, extra)
        if num.low is not None:
            cand.extra["vague_low"], cand.extra["vague_high"] = num.low, num.high
            cand.vague = value is None  # "a couple" is 2, read as [2, 3]
        integer = core.kind == "n" and num.decimals == 0 and num.scale == 1 and not num.fraction and value is not None
        if integer and 1000 <= abs(value or 0) <= 2100 and "," not in core.text and kind == Kind.NUMBER and not hedge:
            cand.extra["year_like"] = True
        _apply_interval(cand, cand.extra)
        return cand, j

    # helpers for single() ---------------------------------------------------------------
    def _blocked(self, pos: int) -> bool:
        return any(a <= pos < b for a, b in self.blocked)

    def _currency_word_ok(self, k: int, k2: int, num: Num) -> bool:
        w = self.toks[k].low
        if w in ("pound", "pounds") and ((num.scale == 1 and self._pounds_mass(k)) or self.low(k - 1) == "-"):
            return False
        if w == "us" and k2 - k == 1:
            return False
        if w == "won" and not (num.scale > 1 or self.low(k2) in (".", ",", ")", "")):
            return False
        if self.toks[k].kind == "w" and self.toks[k].text.isupper() and len(self.toks[k].text) == 3:
            return True
        return not (False)

    def _pounds_mass(self, k: int) -> bool:
        """ "pounds" at token ``k`` (no scale word) as weight: weight words in the sentence, "pounds of"
        a substance ("30 pounds of cocaine", not "of taxpayers' money"), or a sentence priced in dollars."""
        if self.mass_context or self.dollar_context:
            return True
        if any(self.low(k - d) in _WEIGHT_VERBS for d in (2, 3)) and not any(
            t.low in _MONEY_VERBS or t.text in U.STRONG_SYMBOLS or t.low in ("bet", "bets", "wallet", "bank", "ticket")
            for t in self.toks
        ):
            return True  # "she shed 25 pounds", "to drop 30 pounds"
        if self.low(k + 1) == "of":
            nxt = self.low(k + 2)
            if nxt in ("a", "an", "the"):
                nxt = self.low(k + 3)
            return nxt != "" and nxt not in _MONEY_AFTER_OF and self.toks[k + 2].kind == "w"
        return False

    def _identifier(self, i: int, num: Num) -> bool:
        """Model names, codes and street numbers: "Boeing 737", "F-16", "G7", "10 Downing Street"."""
        toks = self.toks
        t = toks[i]
        prev = toks[i - 1] if i > 0 else None
        if (
            prev is not None
            and _adjacent(prev, t)
            and prev.kind == "w"
            and prev.low != "x"
            and prev.text not in U.CURRENCY_PREFIX
        ):
            return True
        if prev is not None and prev.text in ("#", "№"):
            return True
        if (
            prev is not None
            and prev.text in "/⁄"
            and _adjacent(prev, t)
            and i >= 2
            and toks[i - 2].kind == "w"
            and _adjacent(toks[i - 2], prev)
        ):
            return True  # "OS/2"
        nxt_t = toks[num.end] if num.end < self.n else None
        if (
            nxt_t is not None
            and nxt_t.text in "/⁄"
            and _adjacent(toks[num.end - 1], nxt_t)
            and num.end + 1 < self.n
            and toks[num.end + 1].kind == "n"
            and _adjacent(nxt_t, toks[num.end + 1])
            and not num.fraction
        ):
            return True  # "9/11", "24/7", odds "3/1" (real fractions were read by digits())
        if prev is not None and prev.text in _DASHES and _adjacent(prev, t) and i >= 2:
            pw = toks[i - 2]
            if (
                pw.kind == "w"
                and _adjacent(pw, prev)
                and pw.low not in L.NOT_NAMES
                and pw.text[0].isupper()
                and pw.low not in ("mid", "pre", "post", "over", "under", "top", "sub", "minus", "early", "late")
            ):
                return True
            if pw.kind == "n" and _adjacent(pw, prev) and i >= 3 and toks[i - 3].kind == "w" and _adjacent(toks[i - 3], pw):
                return True
            if pw.low == "last" and _adjacent(pw, prev) and num.value in (4.0, 8.0, 16.0, 32.0, 64.0):
                return True  # "a last-16 tie": the name of a knockout round
        if prev is not None and prev.kind == "w" and prev.text[0].isupper() and not num.scale > 1:
            if (
                "," in t.text
                or prev.low in L.NOT_NAMES
                or prev.low in L.MONTHS
                or prev.low in L.UNITS_WORDS
                or ((i - 1 == 0 or toks[i - 2].text in ("“", '"', "(", "‘", "'")) and not self._title_verb(num.end))
                or prev.low.endswith(("'s", "’s"))
                or self._elliptical_list(i, num)
                or (
                    self.low(num.end) in _DASHES
                    and num.end + 1 < self.n
                    and toks[num.end + 1].kind == "n"
                    and (num.value or 0) <= 200
                    and _num(toks[num.end + 1].text) <= 200
                )
            ):
                pass  # "In 2019", "Sunday's 1-0 defeat", "Russia 7-5 6-4"
            elif prev.text in ("No", "No.", "Number") or (prev.text.isupper() and len(prev.text) <= 5) or prev.text[0].isupper():
                nxt, _ = self.unit(num.end)
                pct, _ = self.match_words(num.end, U.PERCENT_AFTER, 3)
                if nxt is None and pct is None and not (1900 <= (num.value or 0) <= 2100 and len(t.text) == 4):
                    return True
        if (
            prev is not None
            and prev.low in _LABELS
            and (num.decimals == 0 or prev.low in ("version", "v"))
            and not (prev.low == "number" and self.low(num.end) == "of")
        ):
            return True  # "version 3", "Article 50", "exit 436"
        # camelCase product names: "iPhone 11", "eBay 2"
        if prev is not None and prev.kind == "w" and len(prev.text) > 2 and prev.text[0].islower() and prev.text[1].isupper():
            return True
        # model numbers: "787 Dreamliner", "737 Max" (not "320 Britons"), "11 Pro Max"
        nxt = toks[num.end] if num.end < self.n else None
        if nxt is not None and nxt.text in _PRODUCT_WORDS and num.scale == 1 and self.space_ok(num.end):
            return True
        if (
            nxt is not None
            and num.scale == 1
            and len(t.text) >= 3
            and t.text.isdigit()
            and t.text[-1] != "0"
            and nxt.kind == "w"
            and nxt.text[0].isupper()
            and not nxt.text.endswith("s")
            and nxt.low not in L.MONTHS
            and U.CURRENCY_PREFIX.get(nxt.text) is None
            and not (1000 <= num.value <= 2100 if num.value is not None else False)
        ):
            unit, _ = self.unit(num.end)
            if unit is None:
                return True
        # address: "10 Downing Street", "9 E 71st St"
        k = num.end
        for _ in range(4):
            if k < self.n and self.toks[k].kind == "w" and self.toks[k].text[0].isupper():
                if self.toks[k].low.rstrip(".") in L.STREET_WORDS:
                    return True
                k += 1
            elif k + 1 < self.n and self.toks[k].kind == "n" and self.toks[k + 1].low in ("st", "nd", "rd", "th"):
                k += 2
            else:
                break
        return False

    def _elliptical_list(self, i: int, num: Num) -> bool:
        """ "Labour won 356, the Conservatives 198, the Lib Dems 62": a figure after a plural name in a list."""
        toks = self.toks
        nxt = self.low(num.end)
        if nxt not in ("", ",", ";", ".", ")", "and", "while") or num.decimals or "," in toks[i].text:
            return False
        k = i - 1
        while k > 0 and i - k < 4 and toks[k - 1].kind == "w" and toks[k - 1].text[0].isupper():
            k -= 1
        last = toks[i - 1].text
        if not ((last.endswith("s") and len(last) > 3 and last[-2] != "s") or (last.isupper() and 2 <= len(last) <= 5)):
            return False
        if k == 0 or self.low(k - 1) != "the":
            return False  # "Mellor 38, Baros 61": scorers' minutes, not a list of amounts
        sep = k - 2
        if sep < 1 or self.low(sep) not in (",", ";", "and", "while"):
            return False
        return any(c.end <= toks[sep].start and c.kind != Kind.ORDINAL for c in self.out)  # a figure read before

    def _title_verb(self, k: int) -> bool:
        """After "Doom 3" at a sentence start: a verb or possessive shows the figure was part of a name."""
        w = self.low(k)
        if w in ("'", "’") and self.low(k + 1) == "s" and k + 1 < self.n and _adjacent(self.toks[k], self.toks[k + 1]):
            return True
        return w in (
            "is",
            "was",
            "has",
            "had",
            "will",
            "won",
            "were",
            "are",
            "said",
            "says",
            "'s",
            "’s",
            "enthusiasts",
            "fans",
        ) or (w.endswith(("'s", "’s")) and k < self.n and self.toks[k].kind == "w")

    def unit(self, j: int) -> tuple[tuple[str, str] | None, int]:
        """A unit after the figure: attached ("30C"), spaced ("10 km"), hyphenated ("10-mile")."""
        if j >= self.n:
            return None, j
        toks = self.toks
        gap = toks[j].start - toks[j - 1].end if j > 0 else 1
        start = j
        if toks[j].text in _DASHES and gap == 0 and j + 1 < self.n and _adjacent(toks[j], toks[j + 1]):
            start = j + 1
        elif gap > 1:
            return None, j
        attached = gap == 0 and start == j
        if start >= self.n or (toks[start].text not in _UNIT_FIRST and toks[start].low not in _UNIT_FIRST_LOWER):
            return None, j
        for k in range(min(U.UNIT_MAX_LEN, self.n - start), 0, -1):
            seg = toks[start : start + k]
            if any(seg[x + 1].start - seg[x].end > 1 for x in range(k - 1)):
                continue
            key = tuple(t.text for t in seg)
            u = U.UNIT_SURFACE.get(key)
            if u is None:
                u = U.UNIT_SURFACE_LOWER.get(tuple(t.low for t in seg))
            if u is None:
                continue
            if (
                k == 1
                and key[0] in U.ATTACHED_UNITS
                and not attached
                and not (key[0] in ("°", "º") and gap <= 1)
                and not (gap == 1 and start == j and self._spaced_letter_unit(j))
            ):
                continue
            if key == ("s",) and "." not in toks[j - 1].text:
                continue  # "9.58s" is a time; "PlayStation 2s" and "the 1990s" are not
            end = start + k
            if end < self.n and toks[end].kind == "w" and _adjacent(toks[end - 1], toks[end]) and seg[-1].kind == "w":
                continue  # "5Gs": a word goes on
            if (
                k == 1
                and key[0] in ("C", "F")
                and end < self.n
                and toks[end].text in _DASHES
                and _adjacent(toks[end - 1], toks[end])
            ):
                continue
            if u[1] == "angle" and end < self.n and toks[end].text in ("C", "F", "Celsius", "Fahrenheit"):
                continue
            return u, end
        return None, j

    def _spaced_letter_unit(self, j: int) -> bool:
        """ "a 5 W charger", "melts at 12 C.", "5 g of salt": a one-letter unit after a space, in a plain
        phrase only (not "Group 5 C", "45 N 30 W", "Plan 2 B")."""
        toks = self.toks
        letter = toks[j].text
        if letter not in _SPACED_LETTERS or toks[j - 1].kind != "n" or ("," in toks[j - 1].text and letter == "g"):
            return False
        before = toks[j - 2] if j >= 2 else None
        if before is not None and (
            (before.kind == "w" and before.text[0].isupper() and j - 2 > 0)
            or before.text in _SPACED_LETTERS
            or before.text in ("N", "S", "E", "W", "°", "'", "′", "/", "#")
            or before.low in _LABELS
        ):
            return False
        after = toks[j + 1] if j + 1 < self.n else None
        if letter in ("C", "F"):
            low = self.text.lower()
            if "grade" in low:
                return False  # "three C grades"
            if not any(w in low for w in _HEAT_WORDS):
                return after is None or after.text in (",", ";", ")", "!", "?") or (after.text == "." and j + 2 >= self.n)
        if after is None or after.text in (",", ";", ":", ")", "!", "?", "/"):
            return True
        if after.text == ".":
            nxt = toks[j + 2] if j + 2 < self.n else None
            return nxt is None or not (nxt.kind == "w" and len(nxt.text) == 1)  # "5 C. S. Lewis"
        if after.kind != "w" or after.text in ("N", "S", "E", "W"):
            return False
        if letter == "g":
            return after.low == "of"
        return after.text[0].islower() or (letter in ("W", "V") and after.text not in _SPACED_LETTERS)

    def rate(self, j: int, kind: Kind, unit: str | None, of_ok: bool = False) -> tuple[str | None, str | None, int]:
        """(per, counted noun, end of noun) after the figure; ``of_ok``: "dozens of people"."""
        toks = self.toks
        k = j
        noun = None
        nend = j
        if kind == Kind.NUMBER and self.low(k) == "times" and self.low(k + 1) in ("a", "an", "per", "each", "every"):
            nend = k = k + 1  # "3 times a day"
            noun = "times"
        if kind == Kind.NUMBER and of_ok and self.low(k) == "of":
            k += 1
            if self.low(k) in ("the", "its", "their", "his", "her", "our", "these", "those"):
                k += 1
        if kind == Kind.NUMBER:
            words: list[str] = []
            if self.low(k) == "-" and k + 1 < self.n and toks[k + 1].kind == "w" and _adjacent(toks[k - 1], toks[k]):
                k += 1  # "six-cylinder engines", "a four-bedroom home"
            while k < self.n and len(words) < 3:
                t = toks[k]
                if t.kind != "w" or t.low in _NOT_NOUN or t.low.endswith("ly") or not t.text.isalpha():
                    if t.text == "-" and words and k + 1 < self.n and toks[k + 1].kind == "w":
                        k += 1
                        continue
                    break
                if t.text[0].isupper() and not (t.text.isupper() is False and False):
                    if t.low in ("north", "south", "russian", "american", "british", "chinese") or not words or t.text.isupper():
                        pass
                    else:
                        break
                words.append(t.low)
                k += 1
                nend = k
            if words:
                noun = " ".join(words)
        per = None
        p = nend if noun else j
        if self.low(p) == "-" and self.low(p + 1) in ("per", "a", "an"):
            p += 1  # "2.5p-per-litre"
        w = self.low(p)
        if w in ("a", "an", "per", "each", "every", "/") and p + 1 < self.n:
            nxt = toks[p + 1]
            if nxt.text == "-" and p + 2 < self.n:
                p, nxt = p + 1, toks[p + 2]  # "2.5p-per-litre"
            if nxt.kind == "w":
                base = nxt.low
                sing = base[:-1] if base.endswith("s") and base[:-1] in U.PER_TIME else base
                follow = self.low(p + 2)
                if follow in ("ago", "earlier", "later", "before", "after", "old", "since", "of", "-"):
                    pass
                elif sing in U.PER_TIME and (w != "/" or _adjacent(toks[p], nxt)):
                    per = U.PER_TIME[sing]
                elif w == "per" or (w in ("a", "an") and base in U.PER_THINGS):
                    if base in ("cent", "centage"):
                        pass
                    elif base == "square" and p + 2 < self.n:
                        per = "square " + toks[p + 2].low
                    else:
                        per = base
                elif w == "/" and _adjacent(toks[p], nxt):
                    per = base
        return per, noun, nend

    def direction(self, start_i: int, end_j: int, neg: bool, core_i: int) -> str | None:
        """ "rose 5%", "down 3%", "fell to 80", "a 10% drop": the direction of a change, if any."""
        for k in range(start_i - 1, max(-1, start_i - 4), -1):
            w = self.low(k)
            if w in ("a", "an") and k == start_i - 1:
                break  # "added a 30-degree homer": a figure inside a noun phrase is not the change
            if w in ("up", "down") and self.low(k - 1) in _DASHES and _adjacent(self.toks[k - 1], self.toks[k]):
                break  # "the start-up employs 600", "after a shut-down"
            if w in L.UP_WORDS and not (w == "up" and self.low(k - 1) in _UP_PARTICLE_VERBS):
                return "up"
            if w in L.DOWN_WORDS:
                return "down"
            if w == "to" and k == start_i - 1:  # "fell to 80", "down to minus-130"
                before = self.low(k - 1)
                if before in L.UP_WORDS and before != "up":
                    return "up"
                if before in L.DOWN_WORDS:
                    return "down"
            if w in (",", ";", "and", "to", "from", "at", "of", "in", "the") or self.toks[k].kind == "n":
                break
        if core_i > 0 and self.toks[core_i - 1].text == "+":
            return "up"
        nxt = self.low(end_j)
        if nxt in ("up", "down") and self.low(end_j + 1) in ("for", "front", "against", "with", "and", "to", "the", "a"):
            return None  # "30 million shares up for sale", "two men down the road"
        if nxt in ("rise", "increase", "gain", "jump", "rally", "hike", "growth", "surge", "uplift", "higher", "up"):
            return "up"
        if nxt in ("fall", "drop", "decline", "decrease", "cut", "loss", "reduction", "slump", "plunge", "lower", "down"):
            return "down"
        return None

    def special(self, i: int, num: Num, cur: str | None, hedge: str | None, neg: bool) -> tuple[Candidate, int] | None:
        """Times, dates, ordinals, ages and years: figures that are not amounts."""
        toks = self.toks
        t = toks[i]
        if cur or num.value is None:
            return None
        j = i + 1
        v = num.value
        # times: "3pm", "10.30am", "10:30", "3 p.m."
        if t.kind == "n" and num.scale == 1:
            k = j
            minute = None
            clock = self._clock(i)
            if clock is not None:
                return clock
            if (
                k + 1 < self.n
                and toks[k].text == ":"
                and toks[k + 1].kind == "n"
                and _adjacent(t, toks[k])
                and len(toks[k + 1].text) == 2
            ):
                minute = int(toks[k + 1].text)
                k += 2
            ap = self.low(k)
            if (
                ap in ("am", "pm", "a", "p")
                and (ap in ("am", "pm") or (self.low(k + 1) == "." and self.low(k + 2) == "m"))
                and self.space_ok(k)
            ):
                kk = k + 1 if ap in ("am", "pm") else k + 3
                if ap in ("a", "p") and self.low(kk) == ".":
                    kk += 1
                hour = int(v)
                if minute is None and num.decimals == 2:
                    minute = round((v - int(v)) * 100)
                if 1 <= hour <= 12:
                    h24 = hour % 12 + (12 if ap.startswith("p") else 0)
                    ex = {"hour": h24}
                    if minute is not None:
                        ex["minute"] = minute
                    return Candidate(t.start, toks[kk - 1].end, None, -INF, INF, Kind.TIME, extra=ex), kk
            if (
                minute is None
                and len(t.text) == 4
                and t.text.isdigit()
                and int(t.text[:2]) < 24
                and int(t.text[2:]) < 60
                and self.toks[j].text in _ZONES
                if j < self.n
                else False
            ):  # "1500 GMT"
                ex = {"hour": int(t.text[:2]), "minute": int(t.text[2:])}
                return Candidate(t.start, toks[j].end, None, -INF, INF, Kind.TIME, extra=ex), j + 1
            if minute is not None and v == int(v) and v > 24 and minute < 60 and num.scale == 1:
                # "31:45" (a race time, minutes and seconds)
                d = v + minute / 60
                ex = {"minutes": int(v), "seconds": minute}
                return Candidate(t.start, toks[k - 1].end, d, d, d + 1 / 60, Kind.DURATION, "minute", extra=ex), k
            if minute is not None and v == int(v) and 0 <= v <= 24 and minute < 60:
                return Candidate(
                    t.start, toks[k - 1].end, None, -INF, INF, Kind.TIME, extra={"hour": int(v), "minute": minute}
                ), k
        # ordinals: "1st", "21st", "the third"
        if (
            t.kind == "n"
            and j < self.n
            and toks[j].low in ("st", "nd", "rd", "th")
            and _adjacent(t, toks[j])
            and num.decimals == 0
            and toks[j].low == _ordinal_suffix(int(v))
        ):
            k = j + 1
            mon = self._month_near(i, k)
            if mon:
                return self._date(i, k, mon)
            return Candidate(t.start, toks[j].end, v, v, v, Kind.ORDINAL), k
        # dates with a month name: "25 November 2026", "June 3", "3 June"
        if t.kind == "n" and num.decimals == 0 and num.scale == 1 and 1 <= v <= 31 and not hedge:
            mon = self._month_near(i, j)
            if mon:
                return self._date(i, j, mon)
        # age groups: "the under-18s", "over-70s"
        if (
            t.kind == "n"
            and j < self.n
            and toks[j].text == "s"
            and _adjacent(t, toks[j])
            and self.low(i - 1) == "-"
            and self.low(i - 2) in ("under", "over")
            and v <= 120
        ):
            low, high = (0.0, v) if self.low(i - 2) == "under" else (v, math.inf)
            return Candidate(t.start, toks[j].end, None, low, high, Kind.AGE, "year", vague=True), j + 1
        # decades: "the 1990s"
        if t.kind == "n" and j < self.n and toks[j].text == "s" and _adjacent(t, toks[j]):
            if len(t.text) == 4 and 1000 <= v <= 2100 and v % 10 == 0:
                return Candidate(t.start, toks[j].end, None, v, v + 9, Kind.YEAR, is_range=True, extra={"decade": int(v)}), j + 1
            if len(t.text) == 4 and 1000 <= v <= 2100:
                return Candidate(t.start, toks[j].end, v, v, v, Kind.YEAR, extra={"year": int(v)}), j + 1
            if v % 10:
                return None
            before = self.low(i - 1) if self.low(i - 1) not in ("-", "'", "’") else self.low(i - 2)
            personal = any(self.low(i - d) in ("their", "his", "her", "my", "your", "our", "aged") for d in (1, 2, 3))
            if personal and v < 100:  # "in their 30s", "a man in his early 40s"
                return Candidate(t.start, toks[j].end, None, v, v + 9, Kind.AGE, vague=True, extra={"decade": int(v)}), j + 1
            if len(t.text) == 2 and before in ("the", "mid", "early", "late", "in", "since", "of", "from", "until"):
                y = 1900 + v if v >= 30 else 2000 + v  # "the 90s", "the mid-90s": a decade of years
                return Candidate(t.start, toks[j].end, None, y, y + 9, Kind.YEAR, is_range=True, extra={"decade": int(y)}), j + 1
            return None
        # ages: "aged 45", "Smith, 45,"
        if t.kind == "n" and num.decimals == 0 and num.scale == 1 and v <= 120 and not neg:
            prev = self.low(i - 1)
            if (prev in ("aged", "age") or (prev == "of" and self.low(i - 2) in ("age", "ages"))) and not hedge:
                return Candidate(t.start, t.end, v, v, v, Kind.AGE, "year"), j
            after = self.toks[j + 1] if j + 1 < self.n else None
            if (
                prev == "at"
                and i == 1
                and self.low(j) == ","
                and not hedge
                and num.decimals == 0
                and after is not None
                and (after.low in ("he", "she", "i", "they", "we") or (after.text[0].isupper() and after.low not in L.NOT_NAMES))
            ):
                return Candidate(t.start, t.end, v, v, v, Kind.AGE, "year", extra={"age_apposition": True}), j  # "At 34, he"
            if (
                prev == ","
                and i >= 2
                and toks[i - 2].kind == "w"
                and toks[i - 2].text[0].isupper()
                and toks[i - 2].low not in L.MONTHS
                and self.low(j) in (",", ")", ".", "")
                and not hedge
                and v >= 5
            ):
                return Candidate(t.start, t.end, v, v, v, Kind.AGE, "year", extra={"age_apposition": True}), j
        # years
        if (
            t.kind == "n"
            and num.decimals == 0
            and num.scale == 1
            and len(t.text) == 4
            and not hedge
            and not neg
            and (
                1900 <= v <= 2100
                or (
                    (1000 <= v < 1900 or 2100 < v < 2200)
                    and self.low(i - 1)
                    in ("in", "since", "from", "until", "by", "of", "to", "before", "after", "circa", "c", "between", "and")
                )
            )
        ):
            unit, _ = self.unit(j)
            pct, _ = self.match_words(j, U.PERCENT_AFTER, 3)
            nxt = self.toks[j] if j < self.n else None
            if unit is None and pct is None and not (nxt is not None and nxt.kind == "w" and _adjacent(t, nxt)):
                if self.low(j) in ("-", "–") and j + 1 < self.n and toks[j + 1].kind == "n":
                    return None  # a year range: handled by combine()
                return Candidate(t.start, t.end, v, v, v, Kind.YEAR, extra={"year": int(v)}), j
        # word ordinals: "the third", "its second"
        return None

    def _clock(self, i: int) -> tuple[Candidate, int] | None:
        """Race and match times with seconds: "3:46.04", "2:03:45", "27:05.10" (durations in minutes)."""
        toks = self.toks
        parts = [toks[i].text]
        k = i + 1
        while (
            k + 1 < self.n
            and toks[k].text == ":"
            and toks[k + 1].kind == "n"
            and _adjacent(toks[k - 1], toks[k])
            and _adjacent(toks[k], toks[k + 1])
            and len(toks[k + 1].text.split(".")[0]) == 2
        ):
            parts.append(toks[k + 1].text)
            k += 2
        if len(parts) < 2 or not (len(parts) == 3 or "." in parts[-1]) or any("." in p for p in parts[:-1]):
            return None
        if any(float(p) >= 60 for p in parts[1:]):
            return None
        seconds = sum(float(p) * 60 ** (len(parts) - 1 - n) for n, p in enumerate(parts))
        d = seconds / 60
        return Candidate(toks[i].start, toks[k - 1].end, d, d, d, Kind.DURATION, "minute", extra={"seconds": seconds}), k

    def _month_near(self, i: int, j: int) -> int | None:
        prev = self.toks[i - 1] if i > 0 else None
        if (
            prev is not None
            and prev.text == "."
            and i > 1
            and self.toks[i - 2].low in L.MONTHS
            and len(self.toks[i - 2].low) <= 4
        ):
            return L.MONTHS[self.toks[i - 2].low]  # "Oct. 13"
        if (
            prev is not None
            and prev.low in L.MONTHS
            and self.space_ok(i)
            and (
                prev.text[0].isupper() or (prev.low != "may" and len(prev.low) > 4) or self.low(i - 2) in ("on", "since", "until")
            )
        ):
            return L.MONTHS[prev.low]
        k = j
        if self.low(k) == "of":
            k += 1
        if (
            k < self.n
            and self.toks[k].low in L.MONTHS
            and self.toks[k].low != "may"
            and (self.toks[k].text[0].isupper() or len(self.toks[k].low) > 4)
        ) or (
            k < self.n
            and self.toks[k].low == "may"
            and i > 0
            and self.low(i - 1) in ("on", "the", "since", "from", "until", "by", ",")
        ):
            return L.MONTHS[self.toks[k].low]
        return None

    def _date(self, i: int, j: int, month: int) -> tuple[Candidate, int]:
        toks = self.toks
        day = int(_num(toks[i].text))
        start, end, k = toks[i].start, toks[j - 1].end, j
        if i > 0 and toks[i - 1].low in L.MONTHS and self.space_ok(i):
            start = toks[i - 1].start
        elif i > 1 and toks[i - 1].text == "." and toks[i - 2].low in L.MONTHS:
            start = toks[i - 2].start
        else:
            if self.low(k) == "of":
                k += 1
            end, k = toks[k].end, k + 1
        extra: dict[str, Any] = {"month": month, "day": day}
        # a year after: "3 June 2019", "June 3, 2019"
        kk = k + 1 if self.low(k) == "," else k
        if (
            kk < self.n
            and toks[kk].kind == "n"
            and len(toks[kk].text) == 4
            and 1000 <= _num(toks[kk].text) <= 2100
            and self.space_ok(kk)
            and not (kk + 1 < self.n and toks[kk + 1].text in _ZONES)
        ):
            extra["year"] = int(toks[kk].text)
            end, k = toks[kk].end, kk + 1
        if 1 <= day <= 31:
            return Candidate(start, end, None, -INF, INF, Kind.DATE, extra=extra), k
        return Candidate(start, end, None, -INF, INF, Kind.DATE, extra=extra), k

    def emit(self, c: Candidate) -> None:
        self.out.append(c)


#: Words after which a number is a label, not an amount ("Article 50", "Highway 35").
_LABELS = L.wordset(
    "version model series chapter article section page room flight route platform gate tier category paragraph "
    "clause episode season verse no level stage phase type grade channel number v highway exit interstate junction "
    "unit apartment suite lot pier terminal bay block ward district precinct"
)
#: Track and swimming distances in metres, read as such when the sentence is about a race.
_RACE_METRES = frozenset({50.0, 60.0, 100.0, 110.0, 200.0, 400.0, 800.0, 1000.0, 1500.0, 3000.0, 5000.0, 10000.0})
_TRACK_WORDS = L.wordset(
    "race races racing run runner runners running sprint sprinter sprinters hurdles relay final finals title titles "
    "champion champions championship championships medal medals gold silver bronze indoor indoors outdoor olympic "
    "olympics athletics athlete athletes record records heat heats freestyle backstroke breaststroke butterfly "
    "medley swim swimmer swimming metres track lap laps personal best"
)
#: One-letter units read after a space too when the phrase is plain ("a 5 W charger", "12 C").
_SPACED_LETTERS = frozenset({"C", "F", "W", "V", "g"})
_HEAT_WORDS = (
    "temperature", "degree", "heat", "warm", "cold", "hot", "cool", "melt", "boil", "freez", "frost", "weather",
    "forecast", "thermometer", "celsius", "fahrenheit", "chill", "oven", "fever", "climate",
)  # fmt: skip
#: Words before a bare "5m" that make it millions (of money), not metres.
_MONEY_VERBS = L.wordset(
    "raised raise raises raising cost costs costing worth paid pay pays paying spent spend spends spending budget "
    "fund funding invested invest investment fined fine earned earn earns earning profit profits revenue revenues "
    "turnover sales valued valuing bid bids offer offered sold bought fee fees salary deal loss losses debt debts "
    "grant grants donated donation"
)
#: Verbs before "N pounds" that make them body weight, unless the sentence is about money.
_WEIGHT_VERBS = L.wordset("shed sheds shedding gain gained gains gaining lose lost loses losing drop dropped drops dropping")
_MONEY_AFTER_OF = L.wordset(
    "taxpayers taxpayer public money funding funds cash investment investments revenue debt debts spending savings "
    "income damages compensation aid support profit profits losses loss his her their its my your our government"
)
_ZONES = frozenset({"GMT", "BST", "UTC", "CET", "CEST", "EST", "EDT", "PST", "PDT", "ET", "PT", "hrs", "hours", "h"})
#: "gave up 517 yards", "put 30m shares up": "up" as a particle, not a rise.
_UP_PARTICLE_VERBS = L.wordset("gave give gives giving put puts putting set sets setting made make makes picked pick took take")
_UP_TO_VERBS = L.wordset("add added adds adding amount amounted amounts amounting sum summed sums totalled totaled")
#: After "5m" without a currency: metres ("the 60m hurdles", "a 10m wall").
_METRE_WORDS = L.wordset(
    "high long deep tall wide away across above below metres from hurdles sprint relay freestyle backstroke "
    "breaststroke butterfly medley race final dash heats heat record title event runner swim individual yacht"
)
#: After "a third": an ordinal, not a fraction ("a third consecutive year", "a fifth series").
_ORDINAL_NEXT = L.wordset(
    "consecutive successive straight time term round series season place day week month year generation attempt "
    "game match test leg set victory win title goal child son daughter wife husband party runway reading wave "
    "lockdown referendum edition film album book quarter"
)
_ORDINAL_DETERMINERS = L.wordset("the its his her their our my your this that every each whose")
#: Verbs after which an ordinal word is a rank ("finished second", "came third").
_RANK_VERBS = L.wordset(
    "finished finish finishes finishing came come comes coming placed place places ranked rank ranks ranking "
    "rated lies lying sits sitting sat stands standing"
)
_PRONOUN_ONE = L.wordset("each every same the this that which any no another only any other no-one someone anyone")
_NOT_NOUN = L.wordset(
    "a an the and or but of to in on at by for from with as than that this these those it its is was were are be "
    "been being has have had will would could should may might must can do does did said says say told per each "
    "every all both some any no not more less most least about around over under up down into onto out off if "
    "so such then there their they them he she his her we our you your i my who which whom whose what when where "
    "while after before since until during between among through across against within without toward towards "
    "including compared versus vs via also only just even still yet already again ago earlier later now year "
    "years month months day days week weeks hour hours percent cent times or nor almost nearly roughly approximately"
)


#: Words that follow a model number: "iPhone 11 Pro", "Galaxy S22 Ultra", "Windows 10 Home".
_PRODUCT_WORDS = frozenset({"Pro", "Max", "Mini", "Plus", "Ultra", "Lite", "XL", "SE", "GT", "GTI", "Edition", "Series"})
#: Mixed units read as one measure in the smaller unit: (larger, smaller) -> factor.
_COMPOUNDS = {
    ("foot", "inch"): 12.0, ("stone", "pound"): 14.0, ("hour", "minute"): 60.0, ("minute", "second"): 60.0,
    ("mile", "yard"): 1760.0, ("meter", "centimeter"): 100.0, ("pound", "ounce"): 16.0, ("day", "hour"): 24.0,
    ("year", "month"): 12.0,
}  # fmt: skip
_SUPERSCRIPTS = {"⁰": "0", "¹": "1", "²": "2", "³": "3", "⁴": "4", "⁵": "5", "⁶": "6", "⁷": "7", "⁸": "8", "⁹": "9", "⁻": "-"}
_UNIT_FIRST = frozenset(k[0] for k in U.UNIT_SURFACE)
_UNIT_FIRST_LOWER = frozenset(k[0] for k in U.UNIT_SURFACE_LOWER)
_FIRSTS: dict[int, frozenset[str]] = {}


def _first_words(table: dict[tuple[str, ...], Any]) -> frozenset[str]:
    """First words of a phrase table (cached: the tables are module constants)."""
    got = _FIRSTS.get(id(table))
    if got is None:
        got = _FIRSTS[id(table)] = frozenset(k[0] for k in table)
    return got


#: Words that can start a quantity: number words, vague amounts, hedges, "between", currency words.
_STARTERS = frozenset(
    {
        *L.UNITS_WORDS,
        *L.TENS_WORDS,
        *L.VAGUE_POWERS,
        *(k[0] for k in L.VAGUE_FEW),
        *(k[0] for k in L.HEDGES_BEFORE),
        *("".join(ch for ch in w if ch.isalpha()).lower() for w in U.CURRENCY_PREFIX),
        "a", "an", "half", "quarter", "third", "twice", "between", "minus", "dozen", "us", "u", "y",
    }
)  # fmt: skip
_WHOLE_KINDS = frozenset({Kind.NUMBER, Kind.COUNT, Kind.RATE, Kind.DURATION, Kind.AGE})


def _apply_interval(c: Candidate, extra: dict[str, Any]) -> None:
    """Set ``low``/``high`` from rounding and the hedge (see :mod:`numcheck.extract.pipeline`)."""
    v = c.value
    htype = extra.get("hedge_type")
    floor = -INF if (c.unit in ("degree_Celsius", "degree_Fahrenheit") or (v is not None and v < 0)) else 0.0
    if v is None:
        lo, hi = extra.get("vague_low", c.low), extra.get("vague_high", c.high)
        if htype in (">", ">="):
            hi = INF
        elif htype in ("<", "<="):
            lo = floor if floor == -INF else 0.0
        c.low, c.high = lo, hi
        return
    if "vague_low" in extra and htype is None:
        c.low, c.high = extra["vague_low"], extra["vague_high"]
        return
    step = extra.get("step", 0.0) or 0.0
    trailing = extra.get("trailing", 0)
    decimals = extra.get("decimals", 0)
    scale = extra.get("scale", 1.0)
    if step == 0.0 or c.kind == Kind.AGE:
        rw = 0.0
    elif decimals:
        rw = step / 2
    elif scale == 1 and c.kind in _WHOLE_KINDS and trailing < 2 and not extra.get("minor"):
        rw = 0.0  # "11,350 troops", "50 people", "three years": whole counts
    elif trailing >= 1:
        rw = step / 20
    else:
        rw = step / 2
    aw = max(step / 2, abs(v) * 0.1)
    if htype is None:
        lo, hi = v - rw, v + rw
    elif htype == "~":
        lo, hi = v - aw, v + aw
    elif htype == "~<":
        lo, hi = v - aw, v
    elif htype == "~>":
        lo, hi = v, v + aw
    elif htype in (">", ">="):
        lo, hi = v, INF
    else:
        lo, hi = min(floor, v), v
    c.low, c.high = lo, hi


def parse_sentence(text: str) -> list[Candidate]:
    """Every quantity in one sentence, in order of position (offsets into ``text``)."""
    if not any(c.isdigit() for c in text) and not _maybe_words(text):
        return []
    return _Parser(text).parse()


_WORDY = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|"
    r"billion|trillion|dozens?|half|third|thirds|quarters?|fifths?|tens|hundreds|thousands|millions|billions|"
    r"scores|handful|few|several|couple|twice|first|second|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"eleventh|twelfth|\w+teenth|twentieth|thirtieth|fortieth|fiftieth|hundredth|thousandth)\b|[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞]",
    re.IGNORECASE,
)


def _maybe_words(text: str) -> bool:
    return _WORDY.search(text) is not None
