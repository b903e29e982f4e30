"""NC5xx: claims that compare — direction words, records, quantifiers, comparisons, rankings.

Each rule reads a claim word in the prose ("rose", "a record", "most", "more than", "the
largest") and the figures it governs, and fires only when no reading of the figures (their
rounding and hedges included) can make the claim true. Negated, conditional and forecast
claims, and claims scoped to another place, period or whole, are left alone.
"""

from __future__ import annotations

from collections.abc import Iterator

from numcheck.claims.direction import movements
from numcheck.claims.wording import fmt
from numcheck.engine import Analysis
from numcheck.model import Evidence, Finding, Quantity
from numcheck.rules.base import Option, Rule


def claim_evidence(analysis: Analysis, start: int, end: int) -> Evidence:
    """Evidence for a claim word at prose ``[start, end)``."""
    return Evidence(analysis.doc.span(start, end), role="claim", source=analysis.text.source_at(start))


def change_text(old: Quantity, new: Quantity) -> str:
    """ "a fall of 23%" / "a rise of 8%" / "a fall" for the move from ``old`` to ``new``."""
    word = "rise" if _val(new) > _val(old) else "fall"
    o, n = _val(old), _val(new)
    if o and old.unit not in ("percent", "percentage_point"):
        return f"a {word} of {abs(n - o) / abs(o) * 100:.0f}%"
    if old.unit == "percent":
        return f"a {word} of {abs(n - o):.3g} points"
    return f"a {word}"


def _val(q: Quantity) -> float:
    return q.value if q.value is not None else (q.low + q.high) / 2


class DirectionMismatch(Rule):
    """A direction word contradicts the figures it describes.

    **What it checks.** A verb or word of change ("rose", "increased", "jumped", "up"; "fell",
    "dropped", "cut", "down") together with the old and new figures it governs ("from A to B",
    "to B from A", "B, up from A"), where the figures move the other way.

    **Why.** "Exports rose to 40,000 from 52,000" tells the reader the opposite of the figures:
    one of the three is wrong, usually the word or the order of the figures.

    **How to fix.** Check which figure is the old one and which the new one, and use the word
    that matches the move. Negated ("did not rise"), conditional and forecast statements ("could
    fall to") and figures governed by another verb in the sentence are not checked.
    """

    code = "NC501"
    name = "direction-mismatch"
    options = {
        "check_hypothetical": Option(False, "also check conditional and forecast statements"),
    }
    bad = (
        "Exports rose to 40,000 from 52,000 last year.",
        "Ticket sales were 560 in May, down 12% from 500 in April.",
        "The number of cases fell from 1,200 in 2003 to 1,450 in 2004.",
        "Profits climbed to $3.1m from $4.2m a year earlier.",
    )
    good = (
        "Exports fell to 40,000 from 52,000 last year.",
        "Prices rose, so sales fell from 500 to 400.",
        "Sales did not rise from 500 to 600 as the firm had hoped.",
        "Analysts say output could fall to 300 from 400 next year.",
        "The dollar fell to $1.35 against the euro from $1.30.",
        "Membership grew from 4.2m to 4.2m after the merger, the union said.",
    )

    def check(self, analysis: Analysis) -> Iterator[Finding]:
        for mv in analysis.claim(movements):
            w = mv.word
            if w.negated or (w.conditional and not self.opts["check_hypothetical"]):
                continue
            if mv.actual_sign == 0 or mv.actual_sign == w.sign:
                continue
            msg = f"'{w.word}' but {fmt(mv.old)} → {fmt(mv.new)} is {change_text(mv.old, mv.new)}"
            yield self.finding(msg, [claim_evidence(analysis, w.start, w.end), Evidence.of(mv.old), Evidence.of(mv.new)])


RULES: list[type[Rule]] = [DirectionMismatch]
