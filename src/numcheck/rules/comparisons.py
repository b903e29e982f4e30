"""NC5xx: claims that compare — direction words, records, quantifiers, comparisons, rankings.

Each rule reads a claim word in the prose ("rose", "a record", "most", "more than", "the
largest") and the figures it governs, and fires only when no reading of the figures (their
rounding and hedges included) can make the claim true. Negated, conditional and forecast
claims, and claims scoped to another place, period or whole, are left alone.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from numcheck.claims.comparison import comparisons, records
from numcheck.claims.direction import headline_conflicts, movements
from numcheck.claims.quantifier import BANDS, quantifiers
from numcheck.claims.ranking import rank_conflicts, rankings
from numcheck.claims.wording import above, fmt
from numcheck.engine import Analysis
from numcheck.model import Evidence, Finding, Quantity
from numcheck.rules.base import Option, Rule


def claim_evidence(analysis: Analysis, start: int, end: int) -> Evidence:
    """Evidence for a claim word at prose ``[start, end)``."""
    return Evidence(analysis.doc.span(start, end), role="claim", source=analysis.text.source_at(start))


def say(analysis: Analysis, q: Quantity, at: int) -> str:
    """A figure as written, with its source when quoted and its place when in another paragraph
    than the claim word at prose offset ``at``: "£6.1m (para 2)", "40% (Jane Smith, para 3)"."""
    notes = []
    if q.source.kind != "narration" or q.source.speaker:
        notes.append(q.source.describe())
    if analysis.doc.paragraph_of(at) != q.paragraph:
        head = analysis.doc.headline is not None
        notes.append("headline" if head and q.paragraph == 0 else f"para {q.paragraph + (0 if head else 1)}")
    return fmt(q) + (f" ({', '.join(notes)})" if notes else "")


def change_text(old: Quantity, new: Quantity) -> str:
    """ "a fall of 23%" / "a rise of 8%" / "a fall" for the move from ``old`` to ``new``."""
    word = "rise" if _val(new) > _val(old) else "fall"
    o, n = _val(old), _val(new)
    unit = old.unit or new.unit
    if unit in ("percent", "percentage_point"):
        return f"a {word} of {abs(n - o):.3g} points"
    if o:
        return f"a {word} of {abs(n - o) / abs(o) * 100:.0f}%"
    return f"a {word}"


def _pct(part: Quantity, whole: Quantity) -> str:
    return f"{100 * _val(part) / _val(whole):.0f}%" if _val(whole) else "undefined"


def _val(q: Quantity) -> float:
    return q.value if q.value is not None else (q.low + q.high) / 2


class DirectionMismatch(Rule):
    """A direction word contradicts the figures it describes.

    **What it checks.** A verb or word of change ("rose", "increased", "jumped", "up"; "fell",
    "dropped", "cut", "down") together with the old and new figures it governs ("from A to B",
    "to B from A", "B, up from A", also with a period between them: "fell to 3,480 in the year
    to March, up from 3,120"), where the figures move the other way; "more/fewer than last
    year's N" against this year's figure (also "Fewer X this winter than last year's N, with
    M"); "since 1990 the workforce has grown to N" against the one figure stated for 1990
    elsewhere; and a headline's direction word ("Exports rise") when every movement the body
    gives for the same subject goes the other way.

    **Why.** "Exports rose to 40,000 from 52,000" tells the reader the opposite of the figures:
    one of the three is wrong, usually the word or the order of the figures.

    **How to fix.** Check which figure is the old one and which the new one, and use the word
    that matches the move. Negated ("did not rise"), conditional and forecast statements ("could
    fall to") and figures governed by another verb in the sentence are not checked.
    """

    code = "NC501"
    name = "direction-mismatch"
    options: ClassVar[dict[str, Option]] = {
        "check_hypothetical": Option(False, "also check conditional and forecast statements"),
        "headline": Option(True, "check a headline's direction word against the body's figures for the same subject"),
    }
    bad = (
        "Exports rose to 40,000 from 52,000 last year.",
        "Ticket sales were 560 in May, down 12% from 500 in April.",
        "The number of cases fell from 1,200 in 2003 to 1,450 in 2004.",
        "Profits climbed to $3.1m from $4.2m a year earlier.",
        "This year 1,200 students enrolled, more than last year's 1,500.",
        "Exports rise sharply\nExports were 40,000 tonnes last year, down from 52,000 tonnes in 2003.",
        "Fewer patients were treated this winter than last year's 1,600, with 1,750 treated by March.",
    )
    good = (
        "Exports fell to 40,000 from 52,000 last year.",
        "Prices rose, so sales fell from 500 to 400.",
        "Sales did not rise from 500 to 600 as the firm had hoped.",
        "Analysts say output could fall to 300 from 400 next year.",
        "The dollar fell to $1.35 against the euro from $1.30.",
        "Membership grew from 4.2m to 4.2m after the merger, the union said.",
        "Exports rise sharply\nImports were 40,000 tonnes last year, down from 52,000 tonnes in 2003.",
    )

    def check(self, analysis: Analysis) -> Iterator[Finding]:
        for mv in analysis.claim(movements):
            w = mv.word
            if w.negated or (w.conditional and not self.opts["check_hypothetical"]):
                continue
            if mv.actual_sign == 0 or mv.actual_sign == w.sign:
                continue
            old, new = say(analysis, mv.old, w.start), say(analysis, mv.new, w.start)
            msg = f"'{w.word}' but {old} → {new} is {change_text(mv.old, mv.new)}"
            yield self.finding(msg, [claim_evidence(analysis, w.start, w.end), Evidence.of(mv.old), Evidence.of(mv.new)])
        for h in analysis.claim(headline_conflicts) if self.opts["headline"] else ():
            mv = h.movement
            old, new = say(analysis, mv.old, h.word.start), say(analysis, mv.new, h.word.start)
            msg = f"headline says '{h.word.word}' but the body has {old} → {new}, {change_text(mv.old, mv.new)}"
            ev = [claim_evidence(analysis, h.word.start, h.word.end), Evidence.of(mv.old), Evidence.of(mv.new)]
            yield self.finding(msg, ev, confidence=0.8)
        for c in analysis.claim(comparisons):
            if not c.over_time or not (c.asserted or self.opts["check_hypothetical"]):
                continue
            if above(c.b, c.a) if c.sign > 0 else above(c.a, c.b):
                msg = f"'{c.word}' but {say(analysis, c.b, c.start)} → {say(analysis, c.a, c.start)} is {change_text(c.b, c.a)}"
                yield self.finding(msg, [claim_evidence(analysis, c.start, c.end), Evidence.of(c.a), Evidence.of(c.b)])


class RecordClaimMismatch(Rule):
    """A record claim whose figure does not beat the previous record it cites.

    **What it checks.** "a record X", "a record high/low of X", "an all-time high of X", "X, the
    highest ever" together with the previous record Y ("beating the previous record of Y", "the
    old record was Y", "the previous lowest prize was Y"), in the same sentence or, when the
    article states one previous record for that unit, elsewhere; X must be above Y for a record
    high and below Y for a record low. Race times ("won in 10.92 seconds, a new record, breaking
    the old mark of 10.85 seconds") are records when lower. A record is also checked against an
    earlier figure of the same measure in the article ("29 million passengers in 2019" against
    "this year's 27 million passengers, the highest ever"), and a record for a season against
    that season in an earlier year ("the summer of 2012 ... 455mm").

    **Why.** "A record 46.2C, beating the previous high of 47.1C" cannot both be true.

    **How to fix.** Check both figures and whether the claim is a record at all. Lengths where
    more is the record ("ran for a record 14 hours"), golf scores, and records for another place
    or period ("a record for June", "the highest since 2007", "the most ever in a single month")
    are not checked against figures outside their scope.
    """

    code = "NC502"
    name = "record-claim"
    options: ClassVar[dict[str, Option]] = {
        "across_article": Option(True, "also compare with an earlier figure of the same measure stated elsewhere"),
    }
    bad = (
        "Temperatures reached a record 46.2C on Tuesday, beating the previous high of 47.1C.",
        "The club sold a record 12,000 season tickets, breaking the old record of 15,000.",
        "Turnout fell to a record low of 31%, below the previous low of 28%.",
        "She won in 11.42 seconds, a new meet record, breaking the old mark of 11.30 seconds.",
    )
    good = (
        "Temperatures reached a record 48.2C on Tuesday, beating the previous high of 47.1C.",
        "It was the hottest day on record for June, at 33C; the all-time record, set in August, is 38C.",
        "Sales of 5,000 were the highest since 2007; in 2005 the firm sold 6,000.",
        "She ran a record 9.8 seconds, beating the previous record of 9.9 seconds.",
        "Turnout fell to a record low of 25%, below the previous low of 28%.",
    )

    def check(self, analysis: Analysis) -> Iterator[Finding]:
        for r in analysis.claim(records):
            if not r.asserted or (r.prev_start < 0 and not self.opts["across_article"]):
                continue
            low = r.sign < 0
            bad = above(r.previous, r.value) if not low else above(r.value, r.previous)
            if not bad and r.value.value is not None and r.value.value == r.previous.value:
                bad = False  # a tie is not a clear contradiction once rounding is allowed
            if not bad:
                continue
            rel = ("slower than" if r.time else "above") if low else "below"
            ev = [claim_evidence(analysis, r.start, r.end), Evidence.of(r.value), Evidence.of(r.previous)]
            if r.prev_start >= 0:
                ev.append(claim_evidence(analysis, r.prev_start, r.prev_end))
                what = "low" if low and not r.time else "record"
                prev = say(analysis, r.previous, r.start)
                msg = f"'{r.word}' but {say(analysis, r.value, r.start)} is {rel} the previous {what} of {prev}"
            else:
                msg = (
                    f"'{r.word}' but {say(analysis, r.value, r.start)} is {rel} the earlier {say(analysis, r.previous, r.start)}"
                )
            yield self.finding(msg, ev, confidence=0.95 if r.prev_start >= 0 else 0.7)


class QuantifierMismatch(Rule):
    """A quantifier ("most", "a majority", "all", "none", "a minority") contradicts its part and whole.

    **What it checks.** A quantifier with the part and whole it describes: "most of the 300
    members — 120 of them —", "120 of the 300 members, a majority,", "most voters (45%)", "a
    minority of tenants, 640 of the 1,000 surveyed,", "almost all of the 2,000 voters backed it:
    1,150 voted yes", and "all 23 miners were rescued" against "21 of the 23 miners were rescued"
    (or "had been brought to the surface": the same outcome). "Most" and "a
    majority" mean more than half; "almost all" at least three quarters; "a minority" and "less
    than half" under half; "all" every one; "none" zero; "half" between 40% and 60%.

    **Why.** The word and the figures tell the reader two different things.

    **How to fix.** Recount the part or the whole, or choose the word that fits ("a large
    share", "more than a third"). A quantifier about a different whole from the one stated beside
    it is not checked, nor are negated or hypothetical ones.
    """

    code = "NC503"
    name = "quantifier-mismatch"
    options: ClassVar[dict[str, Option]] = {
        "almost_all": Option(0.75, "smallest share that 'almost all' or 'the vast majority' allows"),
        "half_tolerance": Option(0.1, "how far from 50% a share called 'half' may be"),
    }
    bad = (
        "Most of the 300 members - 120 of them - voted against the plan.",
        "Of the staff surveyed, 45 of the 120 nurses, a majority, said they planned to leave.",
        "A majority of voters (45%) backed the proposal.",
        "All 23 miners were rescued on Sunday.\nOfficials later said 21 of the 23 miners were rescued.",
        "Almost all of the 800 members backed the deal: 420 voted yes and 380 no.",
    )
    good = (
        "Most of the 300 members - 180 of them - voted against the plan.",
        "Most members voted against the plan; 120 of the 300 staff also objected.",
        "A minority of voters (45%) backed the proposal.",
        "Not all 23 miners were rescued: 21 of the 23 miners were rescued.",
        "Most of the 120 workers (70) were women.",
    )

    def check(self, analysis: Analysis) -> Iterator[Finding]:
        for c in analysis.claim(quantifiers):
            if not c.asserted:
                continue
            lo_band, hi_band = BANDS[c.key]
            if c.key == "almost all":
                lo_band = self.opts["almost_all"]
            if c.key == "half":
                lo_band, hi_band = 0.5 - self.opts["half_tolerance"], 0.5 + self.opts["half_tolerance"]
            lo, hi = c.share_bounds()
            if c.key in ("most", "majority", "more than half"):
                bad = hi <= 0.5
            elif c.key in ("minority", "less than half", "few"):
                bad = lo >= 0.5
            elif c.key == "all":
                bad = hi < 1.0
            elif c.key == "none":
                bad = lo > 0
            else:
                bad = hi < lo_band or lo > hi_band
            if not bad:
                continue
            share = (
                f"the share given is {say(analysis, c.part, c.start)}"
                if c.whole is None
                else f"{say(analysis, c.part, c.start)} of {say(analysis, c.whole, c.start)} is {_pct(c.part, c.whole)}"
            )
            need = {
                "all": "every one",
                "none": "none at all",
                "few": "a small share",
                "half": "about half",
                "almost all": f"at least {100 * lo_band:.0f}%",
            }.get(c.key, "more than half" if hi_band == 1.0 else "less than half")
            msg = f"'{c.word}' means {need}, but {share}"
            ev = [claim_evidence(analysis, c.start, c.end), Evidence.of(c.part)]
            if c.whole is not None:
                ev.append(Evidence.of(c.whole))
            yield self.finding(msg, ev, confidence=0.8 if c.form == "elsewhere" else 0.95)


class ComparisonMismatch(Rule):
    """A comparative ("more than", "fewer than", "outnumbered", "twice as many") contradicts its figures.

    **What it checks.** "A, more/fewer/higher/lower than the B", "A outnumbered B", "A exceeded
    B", "A, twice/half as many as B", and the comparative followed by its figures ("more per
    pupil than urban schools: A against B", "now outsell diesel models, with A ... against B")
    where A and B are in the same unit and the comparison goes the other way. Comparisons with
    an earlier figure of the same measure ("fewer than last year's 500") are direction claims,
    reported by NC501 instead.

    **Why.** "The 300 women outnumbered the 400 men" says one thing and shows another.

    **How to fix.** Swap the comparative or correct a figure. Exact multiples ("twice as many"
    with 95 against 40) are left to the ratio rule; this rule checks only the direction.
    """

    code = "NC504"
    name = "comparison-mismatch"
    options: ClassVar[dict[str, Option]] = {
        "check_multiples": Option(True, "check the direction of 'twice/three times/half as many as'"),
    }
    bad = (
        "The north stand held 4,000 fans, more than the 5,000 in the south stand.",
        "The 300 women on the course outnumbered the 400 men.",
        "Rail fares rose 3%, higher than the 5% rise in wages.",
        "Leeds had 30 applicants, twice as many as the 45 in York.",
        "Rural schools got more per pupil than city schools: £4,100 against £4,600.",
    )
    good = (
        "The north stand held 6,000 fans, more than the 5,000 in the south stand.",
        "More than 500 people attended the event.",
        "The 500 women on the course outnumbered the 400 men.",
        "Rail fares rose 3%, lower than the 5% rise in wages.",
        "The firm employs 300 people, more than the 2% of its rivals' staff on short contracts.",
    )

    def check(self, analysis: Analysis) -> Iterator[Finding]:
        for c in analysis.claim(comparisons):
            if not c.asserted or c.over_time or (not self.opts["check_multiples"] and " as " in c.word):
                continue
            a, b = c.a, c.b
            bad = above(b, a) if c.sign > 0 else above(a, b)
            if not bad:
                continue
            rel = "smaller than" if c.sign > 0 else "larger than"
            msg = f"'{c.word}' but {say(analysis, a, c.start)} is {rel} {say(analysis, b, c.start)}"
            yield self.finding(msg, [claim_evidence(analysis, c.start, c.end), Evidence.of(a), Evidence.of(b)])


class RankingMismatch(Rule):
    """A ranking ("the largest", "the second-biggest", "the lowest") contradicts the figures listed with it.

    **What it checks.** A superlative with the figure it ranks ("the largest, with 1.2 million",
    "45%, the highest") against peer figures listed in the same sentence in the same frame and
    unit, or in the next sentence after a cue ("It has 1.1 million, compared with ...", "The
    other two handled ...", "X, also in the north, handles ..."): "the largest" is wrong when a
    peer is clearly larger, "the third-largest" when three peers are. A closed group ("the
    busiest of the three airports") is checked against its listed members.

    **Why.** A reader can see from the list that the ranking is wrong.

    **How to fix.** Correct the ranking or the figures. Rankings within a subset ("the largest
    in the region", "the biggest among private firms") are not checked, since the list may cover
    more than the subset, unless the peers are said to be in the subset too.
    """

    code = "NC505"
    name = "ranking-mismatch"
    options: ClassVar[dict[str, Option]] = {
        "compare_rankings": Option(True, "compare rankings stated for different items ('the largest' vs 'the third-largest')"),
    }
    bad = (
        "Leeds had the highest turnout, at 41%, ahead of York at 45% and Hull at 38%.",
        "Bristol (52,000) was the third-largest, behind Leeds (61,000) and Hull (58,000), and ahead of Bath (55,000).",
        "The smallest site, with 120 beds, was smaller than the Park site with 150 beds but the Hill site had 90 beds.",
        "Leeds, the largest city, has 700,000 people. Sheffield, the second-largest, has 550,000 people, and Bradford, "
        "the third-largest city, has 800,000 people.",
        "Bath is the busiest of the three stations, with 6 million passengers. The other two handled 8 million and 2 million.",
    )
    good = (
        "Leeds had the highest turnout, at 48%, ahead of York at 45% and Hull at 38%.",
        "Leeds is the largest city in the region, with 750,000 people; London has 7 million people.",
        "The largest firm, with 500 staff, sold 2,000 cars last year.",
        "Bristol (52,000) was the third-largest, behind Leeds (61,000) and Hull (58,000).",
        "Leeds, the largest city, has 900,000 people. Sheffield, the second-largest, has 550,000 people, and Bradford, "
        "the third-largest city, has 500,000 people.",
        "Leeds, the largest city, has 700,000 people; York, the largest racecourse, drew 800,000 people.",
    )

    def check(self, analysis: Analysis) -> Iterator[Finding]:
        for a, b in analysis.claim(rank_conflicts) if self.opts["compare_rankings"] else ():
            rel = "smaller" if a.sign > 0 else "larger"
            other = say(analysis, b.value, a.start)
            msg = f"'{a.word}' with {say(analysis, a.value, a.start)}, but that is {rel} than the {other} of '{b.word}'"
            yield self.finding(
                msg,
                [
                    claim_evidence(analysis, a.start, a.end),
                    claim_evidence(analysis, b.start, b.end),
                    Evidence.of(a.value),
                    Evidence.of(b.value),
                ],
            )
        for r in analysis.claim(rankings):
            if not r.asserted:
                continue
            wrong = r.misplaced()
            if wrong:
                rel = "smaller" if r.sign > 0 else "larger"
                parts = []
                for p in wrong:
                    side = r.sides[r.peers.index(p)]
                    placed = "placed behind it" if side < 0 else "placed ahead of it"
                    bigger = (side < 0) == (r.sign > 0)
                    parts.append(f"{say(analysis, p, r.start)}, {placed}, is {'larger' if bigger else 'smaller'}")
                msg = f"'{r.word}' with {say(analysis, r.value, r.start)}, but " + "; ".join(parts)
                ev = [claim_evidence(analysis, r.start, r.end), Evidence.of(r.value), *(Evidence.of(p) for p in wrong)]
                yield self.finding(msg, ev)
                continue
            ahead = r.beaten_by()
            if len(ahead) < r.rank:
                continue
            rel = "larger" if r.sign > 0 else "smaller"
            others = ", ".join(say(analysis, p, r.start) for p in ahead)
            many = len(ahead) > 1
            figures = f"{len(ahead)} listed figure{'s' if many else ''} ({others}) {'are' if many else 'is'}"
            msg = f"'{r.word}' but {figures} {rel} than {say(analysis, r.value, r.start)}"
            ev = [claim_evidence(analysis, r.start, r.end), Evidence.of(r.value), *(Evidence.of(p) for p in ahead)]
            yield self.finding(msg, ev)


RULES: list[type[Rule]] = [DirectionMismatch, RecordClaimMismatch, QuantifierMismatch, ComparisonMismatch, RankingMismatch]
