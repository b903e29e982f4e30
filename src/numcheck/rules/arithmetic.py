"""NC2xx: arithmetic a reader can redo — parts and totals, percentages, changes, ratios, ranges.

Every check compares intervals (rounding and hedges, see :mod:`numcheck.claims.arith`), so a
figure is only flagged when no reasonable reading of the written numbers reconciles them.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, ClassVar

from numcheck.claims.arith import Iv, bounds, fmt, hedge_of, pct, written
from numcheck.claims.change import Change, changes, split_changes
from numcheck.claims.ranges import ranges
from numcheck.claims.ratio import multiples, shares
from numcheck.claims.totals import describe_sum, part_wholes, percent_lists, rate_totals, total_of
from numcheck.model import Evidence, Finding, Kind, Severity
from numcheck.rules.base import Option, Rule

if TYPE_CHECKING:
    from numcheck.engine import Analysis


def _claim(analysis: Analysis, span: tuple[int, int]) -> Evidence:
    return Evidence(analysis.doc.span(*span), "claim")


# how surely the wording ties the parts to the whole (a reference back across sentences is less sure)
_CUE_CONFIDENCE = {
    "of": 0.95,
    "of the": 0.9,
    "in all": 0.9,
    "including": 0.85,
    "strong": 0.85,
    "apposition": 0.8,
    "among": 0.8,
    "breakdown": 0.75,
    "of them": 0.8,
    "antecedent": 0.7,
}


class PartWhole(Rule):
    """A part larger than its whole, or listed parts that do not add up to the stated total.

    **What it checks.** "Of the 50 victims, 30 were women and 25 men" (30 + 25 = 55 > 50); "60
    of the 50 victims"; "70 nurses, 40 doctors and 30 porters, a total of 120" (the sum must
    match a total stated as complete: "a total of", "in all", a colon list, "made up of");
    a list opening the next sentence that refers back ("The 120 staff… 70 are nurses, 40
    doctors and 30 porters") may not exceed the whole.

    **Why.** A reader adds the parts; a total that does not match is the first thing a
    sceptical reader notices, and one of the figures is wrong.

    **How to fix.** Recount the parts and the total; if some parts are missing from the list,
    say so ("including"), or give the remainder.
    """

    code = "NC201"
    name = "part-whole"
    severity = Severity.WARNING
    options: ClassVar[Mapping[str, Option]] = {
        "tolerance": Option(0.02, "relative slack allowed between the parts' sum and the total")
    }
    bad = (
        "Of the 50 victims, 30 were women and 25 men.",
        "Police said 60 of the 50 people arrested were later released.",
        "The firm has 120 staff: 70 nurses, 40 doctors and 30 porters.",
        "Rescuers found 12 adults and 9 children, a total of 23 people.",
        "The hospital has 120 staff. 70 are nurses, 40 are doctors and 30 are porters.",
    )
    good = (
        "Of the 50 victims, 30 were women and 20 men.",
        "Of the 50 victims, 30 were women and 15 were men; the rest have not been identified.",
        "Rescuers found 12 adults and 11 children, a total of 23 people.",
        "The hospital has 140 staff. 70 are nurses, 40 are doctors and 30 are porters.",
        "The club sold 300 tickets on Monday and 250 on Tuesday, out of 400 printed each day.",
        "He scored 30 goals in 25 games and 12 in 10 cup ties.",
        "Some 2,000 people attended, including 1,200 students and 900 staff members.",
    )

    def check(self, analysis: Analysis) -> Iterator[Finding]:
        prose = analysis.doc.prose
        tol = self.opts["tolerance"]
        for pw in analysis.claim(part_wholes):
            total = total_of(prose, pw.parts)
            whole = bounds(prose, pw.whole).widen(tol)
            ev = [Evidence.of(q) for q in (*pw.parts, pw.whole)]
            conf = _CUE_CONFIDENCE.get(pw.cue, 0.9)
            if len(pw.parts) == 1:
                if total.lo > whole.hi:
                    part = written(prose, pw.parts[0])
                    yield self.finding(
                        f"{part} of {written(prose, pw.whole)}: the part is larger than the whole", ev, confidence=conf
                    )
                continue
            sums = f"{describe_sum(prose, pw.parts)} = {fmt(total.mid)}"
            if total.lo > whole.hi:
                yield self.finding(f"{sums}, more than the whole of {written(prose, pw.whole)}", ev, confidence=conf)
            elif pw.exhaustive and total.hi < whole.lo:
                yield self.finding(f"{sums}, but the total given is {written(prose, pw.whole)}", ev, confidence=conf)


class PercentSum(Rule):
    """Shares of one whole that add up to well over 100%, or a complete breakdown that falls short.

    **What it checks.** Percentages listed together as shares of one whole ("45% backed the
    plan, 40% opposed it and 20% were undecided": 105%), and breakdowns presented as complete
    (ending with "the rest"/"the remaining" share, or "split as follows:", "divided between"),
    which must come to 100%.

    **Why.** Shares of one whole cannot add up to more than 100%; one of them is wrong (or the
    question allowed several answers, which the text should say).

    **How to fix.** Check each share; if respondents could choose more than one answer, say so.
    Rounding slack (99-101%) is allowed by default; changes, rates and shares of different
    wholes ("60% of men and 55% of women") are not summed.
    """

    code = "NC202"
    name = "percent-sum"
    severity = Severity.WARNING
    options: ClassVar[Mapping[str, Option]] = {"slack": Option(1.0, "percentage points allowed beyond 100% for rounding")}
    bad = (
        "In the poll, 45% backed the plan, 40% opposed it and 20% were undecided.",
        "Of the callers, 62% were women, 30% were men and the remaining 15% gave no answer.",
        "The fund was split as follows: 40% to schools, 30% to hospitals and 20% to roads.",
    )
    good = (
        "In the poll, 45% backed the plan, 40% opposed it and 16% were undecided.",
        "Some 60% of men and 55% of women said they would vote.",
        "Sales rose 45% in Europe, 40% in Asia and 20% in America.",
        "Asked to name their worries, 70% said crime, 65% said jobs and 40% said schools; respondents could pick more than one.",
        "Of the callers, 62% were women, 30% were men and the remaining 8% gave no answer.",
        "The fund was split as follows: 50% to schools, 30% to hospitals and 20% to roads.",
        "Of the money, 40% went to schools and 30% to hospitals.",
    )

    def check(self, analysis: Analysis) -> Iterator[Finding]:
        prose = analysis.doc.prose
        slack = self.opts["slack"]
        for pl in analysis.claim(percent_lists):
            total = Iv(0.0, 0.0)
            for q in pl.items:
                total = total + bounds(prose, q, cap=0.0)
            terms = " + ".join(written(prose, q) for q in pl.items)
            ev = [Evidence.of(q) for q in pl.items]
            if total.lo > 100 + slack:
                yield self.finding(
                    f"{terms} = {pct(total.mid)}: shares of one whole add up to more than 100%", ev, confidence=0.8
                )
            elif pl.complete and total.hi < 100 - slack:
                yield self.finding(f"{terms} = {pct(total.mid)}, but a complete breakdown should make 100%", ev, confidence=0.85)


class PercentChange(Rule):
    """A stated change that the figures it comes with do not give.

    **What it checks.** "rose 25% from $4m to $6m" (that is 50%), "fell by a third to 80 from
    100", "doubled from 40 to 95", "halved", "up 300 to 1,500 from 1,300"; and "up 2%" said of
    a figure that moved from 10% to 12% (2 percentage points, a 20% rise): the points/percent
    confusion. Figures are intervals ("rose 76% to $1.13bn from $639m" is right: 76.8%). A
    level in one sentence and its change in the next are read together ("Sales were £4m in
    2003. In 2004 they rose 25% to £6m"); a pair with its own subject and verb is not bound to
    a change stated for something else ("Sales rose 5% as the number of stores fell from 120
    to 110").

    **Why.** A reader can redo the sum; a wrong percentage undermines both figures.

    **How to fix.** Recompute the change from the two figures; for percentages that moved,
    say "percentage points" for the difference and "%" for the relative change.
    """

    code = "NC203"
    name = "percent-change"
    severity = Severity.WARNING
    options: ClassVar[Mapping[str, Option]] = {
        "tolerance": Option(0.03, "relative slack on the computed change"),
        "multiple_tolerance": Option(0.1, "how far 'doubled'/'tripled'/'halved' may be from the exact multiple"),
    }
    bad = (
        "Revenue rose 25% from $4m to $6m last year.",
        "The number of cases doubled from 40 to 95 in a month.",
        "Unemployment rose 2% from 10% to 12% over the year.",
        "Exports fell by a third to 80 tonnes from 100 tonnes.",
        "Profits rose 76% to $1.13bn from $740m.",
    )
    good = (
        "Profits rose 76% to $1.13bn from $639m.",
        "Revenue rose 50% from $4m to $6m last year.",
        "Unemployment rose 2 percentage points from 10% to 12% over the year.",
        "The number of cases more than doubled from 40 to 95 in a month.",
        "Turnout rose from 2001 to 2005, up 5%.",
        "Sales rose 5% in the year, while profit went from £2m to £3m.",
        "The price was cut by 20% to £80 from £100.",
    )

    def check(self, analysis: Analysis) -> Iterator[Finding]:
        for ch in (*analysis.claim(changes), *analysis.claim(split_changes)):
            if ch.ranging:
                continue
            f = self._check(analysis, ch)
            if f is not None:
                yield f

    def _check(self, analysis: Analysis, ch: Change) -> Finding | None:
        prose = analysis.doc.prose
        tol = self.opts["tolerance"]
        a, b = ch.old_iv(prose), ch.new_iv(prose)
        if a.lo <= 0:
            return None
        old_t, new_t = written(prose, ch.old), written(prose, ch.new)
        ev = [Evidence.of(ch.old), Evidence.of(ch.new)]
        rel = ((b / a) - Iv(1.0, 1.0)).scale(100.0)  # b/a - 1: each figure counted once
        mag = rel.abs().widen(tol)
        shown = f"{old_t} → {new_t} is {'a rise' if rel.mid >= 0 else 'a fall'} of {pct(abs(rel.mid))}"
        is_pct = ch.old.kind == Kind.PERCENT and ch.new.kind == Kind.PERCENT
        if ch.points is not None and is_pct:
            p = bounds(prose, ch.points, cap=0.0)
            diff = (b - a).abs()
            if not p.overlaps(diff):
                return self.finding(
                    f"{old_t} → {new_t} is a change of {fmt(abs(b.mid - a.mid))} percentage points, "
                    f"not {written(prose, ch.points)}",
                    [*ev, Evidence.of(ch.points)],
                )
        if ch.percent is not None:
            stated = bounds(prose, ch.percent)
            stated_t = written(prose, ch.percent)
            evp = [*ev, Evidence.of(ch.percent)]
            if is_pct and ch.old.value and ch.new.value is not None:
                diff = (b - a).abs()
                central = abs(ch.new.value / ch.old.value - 1) * 100
                if stated.overlaps(diff) and abs(central - stated.mid) > max(1.0, 0.25 * stated.mid):
                    return self.finding(
                        f"'{stated_t}' for {old_t} → {new_t}: that is {fmt(abs(ch.new.value - ch.old.value))} percentage "
                        f"points (a relative change of {pct(central)}), not a {stated_t} change",
                        evp,
                    )
            if stated.overlaps(mag):
                return None
            return self.finding(f"{shown}, not {stated_t}", evp)
        if ch.amount is not None and ch.amount.kind == ch.old.kind:
            amt = bounds(prose, ch.amount)
            diff = (b - a).abs().widen(tol)
            if not amt.overlaps(diff):
                return self.finding(
                    f"{old_t} → {new_t} is a change of {fmt(abs(b.mid - a.mid))}, not {written(prose, ch.amount)}",
                    [*ev, Evidence.of(ch.amount)],
                )
        if ch.multiple is not None and ch.multiple_span is not None:
            ratio = b / a
            k = ch.multiple
            mt = self.opts["multiple_tolerance"]
            h = ch.multiple_hedge
            if h in {"more than", "over", "just over", "well over"}:
                allowed = Iv(k * (1 - mt / 2), float("inf")) if k > 1 else Iv(0.0, k * (1 + mt / 2))
            elif h in {"almost", "nearly", "just under"}:
                allowed = Iv(k * (1 - 3 * mt), k * (1 + mt / 2)) if k > 1 else Iv(k * (1 - mt / 2), k * (1 + 3 * mt))
            elif h in {"roughly", "about", "around", "less than"}:
                allowed = Iv(k * (1 - 2 * mt), k * (1 + 2 * mt)) if h != "less than" else Iv(0.0, k)
            else:
                allowed = Iv(k * (1 - mt), k * (1 + mt))
            if not allowed.overlaps(ratio):
                word = prose[ch.multiple_span[0] : ch.multiple_span[1]]
                return self.finding(
                    f"'{word}' but {old_t} → {new_t} is ×{ratio.mid:.2f}, not ×{k:g}", [*ev, _claim(analysis, ch.multiple_span)]
                )
        if ch.fraction is not None and ch.fraction_span is not None:
            f = Iv(ch.fraction * 100 * 0.85, ch.fraction * 100 * 1.15)
            if not f.overlaps(mag):
                word = prose[ch.fraction_span[0] : ch.fraction_span[1]]
                return self.finding(
                    f"{shown}, not '{word}' ({pct(ch.fraction * 100)})", [*ev, _claim(analysis, ch.fraction_span)]
                )
        return None


class RatioFraction(Rule):
    """A fraction or multiple in words that the figures beside it contradict.

    **What it checks.** "one in four of the 200 staff — 80 people" (80 is 40%), "half of the
    300 seats, 170", "80 people, or a quarter of the 200 staff", "95 visitors, twice as many as
    last year's 40". Words are loose by nature: "a third" allows about ±10%, "nearly half"
    allows a little under, "more than twice" only bounds from below.

    **Why.** Fractions and multiples are how readers check figures in their heads.

    **How to fix.** Recompute the share or multiple, or change the words ("more than a
    third", "almost two and a half times").
    """

    code = "NC204"
    name = "ratio-fraction"
    severity = Severity.WARNING
    options: ClassVar[Mapping[str, Option]] = {}
    bad = (
        "One in four of the 200 staff, 80 people, lost their jobs.",
        "The party won half of the 300 seats, 170, in the election.",
        "There were 95 visitors, twice as many as last year's 40.",
        "Some 90 members, or a third of the 150 on the roll, voted.",
    )
    good = (
        "One in four of the 200 staff, 50 people, lost their jobs.",
        "The party won more than half of the 300 seats, 170, in the election.",
        "There were 95 visitors, more than twice as many as last year's 40.",
        "There were 82 visitors, twice as many as last year's 40.",
        "Some 50 members, or a third of the 150 on the roll, voted.",
    )

    def check(self, analysis: Analysis) -> Iterator[Finding]:
        prose = analysis.doc.prose
        for s in analysis.claim(shares):
            if s.kind != "fraction" or s.part is None:
                continue
            # a fraction of a small group is a whole count: allow the nearest whole number
            ratio = (bounds(prose, s.part) + Iv(-0.5, 0.5)) / bounds(prose, s.whole)
            if not ratio.overlaps(s.share):
                ev = [Evidence.of(s.part), Evidence.of(s.whole), _claim(analysis, s.share_span)]
                yield self.finding(
                    f"'{s.share_text}' of {written(prose, s.whole)} is about {fmt(s.share.mid * bounds(prose, s.whole).mid)}, "
                    f"but the figure given is {written(prose, s.part)} ({pct(100 * ratio.mid)})",
                    ev,
                )
        for m in analysis.claim(multiples):
            ratio = bounds(prose, m.figure) / bounds(prose, m.base)
            if not ratio.overlaps(m.allowed):
                ev = [Evidence.of(m.figure), Evidence.of(m.base), _claim(analysis, m.span)]
                yield self.finding(
                    f"'{m.text}' {written(prose, m.base)}, but {written(prose, m.figure)} is ×{ratio.mid:.2f}, not ×{m.factor:g}",
                    ev,
                )


class PercentOfN(Rule):
    """A percentage of a stated group that its count does not give, or that no whole count can.

    **What it checks.** "12 of the 40 members, or 45%" (12 of 40 is 30%); "37% of the 10
    board members" (no whole number of 10 people is 37%: the GRIM test); "30% of the 40
    members, 15 people". Percentages are read with their rounding ("33%" is 32.5-33.5%) and
    their hedge ("about 37%" may be 33-41%); an owner or a place may stand between "of" and
    the group ("of the company's 10 board members").

    **Why.** A share of a small group can only take a few values; a percentage that cannot
    be reached means the percentage or the group size is wrong.

    **How to fix.** Recompute the percentage from the count, or check the size of the group.
    """

    code = "NC205"
    name = "percent-of-n"
    severity = Severity.WARNING
    options: ClassVar[Mapping[str, Option]] = {"max_group": Option(100, "largest group size for the whole-count (GRIM) test")}
    bad = (
        "Only 12 of the 40 members, or 45%, turned up.",
        "The survey found 37% of the 10 board members opposed the merger.",
        "About 30% of the 40 members, 25 people, turned up.",
    )
    good = (
        "Only 12 of the 40 members, or 30%, turned up.",
        "The survey found 40% of the 10 board members opposed the merger.",
        "Some 37% of the 10 million voters opposed the merger.",
        "About 37% of the 10 firms' revenue came from abroad.",
        "Only 12 of the 36 members, or 33%, turned up.",
    )

    def check(self, analysis: Analysis) -> Iterator[Finding]:
        prose = analysis.doc.prose
        for s in analysis.claim(shares):
            if s.kind != "percent" or s.share_quantity is None:
                continue
            whole = bounds(prose, s.whole)
            ev = [Evidence.of(s.whole), Evidence.of(s.share_quantity)]
            if s.part is not None:
                ratio = bounds(prose, s.part) / whole
                if not ratio.overlaps(s.share):
                    yield self.finding(
                        f"{written(prose, s.part)} of {written(prose, s.whole)} is {pct(100 * ratio.mid)}, not {s.share_text}",
                        [Evidence.of(s.part), *ev],
                    )
                continue
            n = s.whole.value
            if (
                n is None
                or not float(n).is_integer()
                or not 2 <= n <= self.opts["max_group"]
                or hedge_of(prose, s.whole) is not None
                or s.share.hi >= 1.0
            ):
                continue
            n = int(n)
            if not any(s.share.contains(k / n) for k in range(n + 1)):
                near = min(range(n + 1), key=lambda k: abs(k / n - s.share.mid))
                yield self.finding(
                    f"{s.share_text} of {n} cannot be a whole number: {near} of {n} is {pct(100 * near / n)}",
                    ev,
                    confidence=0.8,
                )


class RateTotal(Rule):
    """A rate over a stated period that does not give the stated total.

    **What it checks.** "2,000 a day for a week, 20,000 in all" (2,000 × 7 = 14,000). The
    total must be marked as one ("in all", "in total", "a total of", "altogether"), or restate
    the rate over a period ("400 bottles an hour, or 5,000 in an eight-hour shift") or as
    another rate ("£50 a week, or £3,600 a year"; working days and hours are allowed: "£100 a
    day, or £500 a week" is fine).

    **Why.** Rate × time = total is arithmetic every reader can do.

    **How to fix.** Recompute the total, the rate or the period.
    """

    code = "NC206"
    name = "rate-total"
    severity = Severity.WARNING
    options: ClassVar[Mapping[str, Option]] = {"tolerance": Option(0.1, "relative slack for averages and rounding")}
    bad = (
        "Volunteers served 2,000 meals a day for a week, 20,000 in all.",
        "The plant fills 400 bottles an hour, or 5,000 in an eight-hour shift.",
        "The camp receives 30,000 litres of water a day, or 2.1 million litres a week.",
    )
    good = (
        "Volunteers served 2,000 meals a day for a week, 14,000 in all.",
        "The plant fills 400 bottles an hour, or 3,200 in an eight-hour shift.",
        "He earns £100 a day, or £500 a week.",
        "The plant made 300 cars a month for two years, about 7,000 in total.",
    )

    def check(self, analysis: Analysis) -> Iterator[Finding]:
        prose = analysis.doc.prose
        for rt in analysis.claim(rate_totals):
            expected = (bounds(prose, rt.rate) * rt.period).widen(self.opts["tolerance"])
            total = bounds(prose, rt.total)
            if not expected.overlaps(total):
                r = bounds(prose, rt.rate).mid
                if rt.period.hi - rt.period.lo > 1e-9 * rt.period.hi:
                    times = f"{fmt(rt.period.lo)}-{fmt(rt.period.hi)}"
                    product = f"{fmt(r * rt.period.lo)}-{fmt(r * rt.period.hi)}"
                else:
                    times, product = fmt(rt.period.mid), fmt(r * rt.period.mid)
                yield self.finding(
                    f"{written(prose, rt.rate)} {_a(rt.per)} {rt.per} × {times} {rt.per}s ({rt.period_text}) = {product}, "
                    f"but the total given is {written(prose, rt.total)}",
                    [Evidence.of(rt.rate), _claim(analysis, rt.period_span), Evidence.of(rt.total)],
                )


def _a(word: str) -> str:
    return "an" if word == "hour" else "a"


class RangeOrder(Rule):
    """A range whose ends are the wrong way round ("between 50 and 30", "aged 18 to 15").

    **What it checks.** Ranges with a cue ("between … and …", "aged … to …", "ranging from
    … to …") whose first end is larger than the second; a scale word on the second end
    applies to both ("between 5 and 10 million").

    **Why.** An inverted range is usually a typo in one end, and it reads as nonsense.

    **How to fix.** Put the smaller end first, or correct the mistyped end.
    """

    code = "NC207"
    name = "range-order"
    severity = Severity.WARNING
    options: ClassVar[Mapping[str, Option]] = {}
    bad = ("Between 50 and 30 people were hurt.", "The victims were aged 18 to 15.")
    good = (
        "Between 30 and 50 people were hurt.",
        "The victims were aged 15 to 18.",
        "Between 5 and 10 million people watched.",
        "The shop is open between 9 and 5 on weekdays.",
        "The rate fell between 2003 and 04.",
    )

    def check(self, analysis: Analysis) -> Iterator[Finding]:
        prose = analysis.doc.prose
        for r in analysis.claim(ranges):
            if r.first > r.second:
                a = prose[r.first_span[0] : r.first_span[1]]
                b = prose[r.second_span[0] : r.second_span[1]]
                yield self.finding(
                    f"range '{prose[r.span[0] : r.span[1]]}' runs backwards: {a} is more than {b}",
                    [_claim(analysis, r.first_span), _claim(analysis, r.second_span)],
                )


RULES: list[type[Rule]] = [PartWhole, PercentSum, PercentChange, RatioFraction, PercentOfN, RateTotal, RangeOrder]
