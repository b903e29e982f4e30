"""NC1xx: the same measure stated with values that no reasonable reading reconciles.

All four rules read the linked mentions of :mod:`numcheck.claims.mentions`; each conflicting
pair goes to exactly one rule: the headline's (NC103) first, then a vague amount (NC102), then
a one-sided bound (NC104), else two figures (NC101). Two named sources set against each other
("Kyiv says 1,000; Moscow says 200") give an info note, not a warning.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, ClassVar

from numcheck.claims.mentions import MAX_RATIO, Mention, Pair, pairs
from numcheck.model import Evidence, Finding, Severity
from numcheck.rules.base import Option, Rule

if TYPE_CHECKING:
    from numcheck.engine import Analysis


def _category(p: Pair) -> str:
    a, b = p.first, p.second
    if a.headline or b.headline:
        return "NC103"
    if a.vague or b.vague:
        return "NC102"
    if a.bound or b.bound:
        return "NC104"
    return "NC101"


def _value(m: Mention) -> str:
    return m.quantity.text


class _SameMeasure(Rule):
    options: ClassVar = {
        "max_ratio": Option(
            MAX_RATIO,
            "values further apart than this ratio are compared only when their clauses say the same thing happened",
        ),
    }

    def _message(self, p: Pair) -> str:  # pragma: no cover - overridden
        raise NotImplementedError

    def check(self, analysis: Analysis) -> Iterator[Finding]:
        seen: dict[tuple[str, str, str], int] = {}
        found: list[tuple[str, list[Pair]]] = []
        for p in pairs(analysis, self.opts["max_ratio"]):
            if p.agree or _category(p) != self.code:
                continue
            # one finding per pair of values of one measure, listing every mention involved
            key = (p.first.group, _value(p.first), _value(p.second))
            if key in seen:
                found[seen[key]][1].append(p)
                continue
            seen[key] = len(found)
            found.append((key[0], [p]))
        for _, group in found:
            p = group[0]
            mentions = {id(m.quantity): m for q in group for m in (q.first, q.second)}
            evidence = [Evidence.of(m.quantity) for m in mentions.values()]
            confidence = 0.9 if p.strong else 0.7
            if all(q.contrasted for q in group):  # "Kyiv says 1,000; Moscow says 200": a note, not an error
                message = f"Sources disagree: {p.first.describe()} vs {p.second.describe()}."
                yield self.finding(message, evidence, severity=Severity.INFO, confidence=confidence)
            else:
                yield self.finding(self._message(p), evidence, confidence=confidence)


class FigureMismatch(_SameMeasure):
    """The same measure is given two different figures.

    **What it checks.** Two mentions of the same thing (the same counted noun or a synonym,
    the same qualifiers, the same time frame) whose figures differ by more than rounding:
    "11,000 North Korean troops" in one paragraph, "10,000 soldiers from North Korea" in another.

    **Why.** A reader cannot tell which figure is right; one of them is usually a typo, an
    outdated figure, or a different source's count presented as the same fact.

    **How to fix.** Use one figure, or say why they differ: attribute each ("Kyiv says ...,
    Moscow says ..."), mark the change over time ("initially 10,000, later 11,000"), or name
    what each counts ("10,000 in the first shipment").
    """

    code = "NC101"
    name = "figure-mismatch"
    severity = Severity.WARNING
    bad = (
        "Chad sends troops\nSome 12,000 troops from Chad arrived in the capital on Monday.\n"
        "The deployment was the largest in a decade.\n"
        "Officials said the 10,000 Chadian soldiers had been housed in barracks.",
        "The storm destroyed 420 homes in the valley. Repair crews said 380 houses had been destroyed by the storm.",
        "Bridge deal\nThe council signed a £4.5m contract for the bridge.\n"
        "Work starts soon.\nCritics said the £5.4m contract was poor value.",
        "Quake\nThe earthquake killed 2,150 people, officials said.\n"
        "Aid is arriving.\nBy Thursday the death toll stood at 2,510.",
        "Mill closure\nThe mill will shut in June with the loss of 310 jobs, the owners said.\n"
        "The town council was not consulted.\nA spokesman confirmed that 130 jobs would be lost.",
        "Ferry terminal\nThe new ferry terminal will cost £27m, the port said.\n"
        "Work starts in spring.\nCritics attacked the £72m bill for the ferry terminal.",
    )
    good = (
        "Some 50,000 troops, 8,000 of them from Chad, are massed near the border. The Chadian troops arrived last week.",
        "The toll rose from 12 to 15 overnight. By morning 15 people had died.",
        "Initially 200 workers were laid off. Later the firm said 240 workers had lost their jobs.",
        "About 4,000 fans attended the first match. Some 3,900 supporters turned out for the final.",
        "Police arrested 40 protesters. Later, 35 protesters were released without charge.",
        "Imagine that 3,000 soldiers were withdrawn. The army has 5,000 soldiers in the region.",
        "Blast\nThe blast killed 14 workers, the company said.\nDoctors said 41 workers were injured in the blast.",
        "Ferry terminal\nThe terminal was expected to cost £27m.\nIt opened in May.\nThe final bill for the terminal was £41m.",
    )

    def _message(self, p: Pair) -> str:
        return f"Same measure, different figures: {p.first.describe()} vs {p.second.describe()}."


class VagueVsExact(_SameMeasure):
    """A vague amount excludes the exact figure given for the same measure elsewhere.

    **What it checks.** "Dozens of homes" in one place and "3,000 homes" in another; a vague
    amount is read generously (dozens = 24 to 199, with room either way), so only a
    figure far outside it is flagged.

    **Why.** The vague wording gives the reader a wrong order of magnitude.

    **How to fix.** Make the vague wording match the figure ("thousands of homes"), or say
    what each counts.
    """

    code = "NC102"
    name = "vague-vs-exact"
    severity = Severity.WARNING
    bad = ("Dozens of homes were destroyed by the flood. The council said 3,000 homes were destroyed.",)
    good = (
        "Tens of thousands of residents fled the fire. Officials said 48,000 residents fled.",
        "Hundreds of homes were flooded. The council said 450 homes were flooded.",
    )

    def _message(self, p: Pair) -> str:
        vague, exact = (p.first, p.second) if p.first.vague else (p.second, p.first)
        return f"Vague amount excludes the figure: {vague.describe()} vs {exact.describe()}."


class HeadlineVsBody(_SameMeasure):
    """The headline's figure contradicts the body's figure for the same measure.

    **What it checks.** A figure (or a vague amount) in the headline against the same measure
    in the body: "300 homes destroyed" over a story that says 180 homes were destroyed.

    **Why.** The headline is what most readers see; a headline figure that the story does not
    support is the most visible kind of error.

    **How to fix.** Bring the headline in line with the body (or the body with the headline).
    """

    code = "NC103"
    name = "headline-vs-body"
    severity = Severity.WARNING
    bad = (
        "Floods destroy 300 homes in river town\nThe council said 180 homes were destroyed by the floods.",
        "Thousands of jobs to go at carmaker\nThe carmaker said it would cut 270 jobs at its paint shop.",
        "Four rescued from stricken trawler\nThe coastguard said nine fishermen were winched to safety.",
    )
    good = (
        "Floods destroy 300 homes in river town\nThe council said 300 homes were destroyed by the floods.",
        "Thousands of fans fill the stadium\nSome 40,000 fans attended the match.",
        "Thousands march in capital\nPolice said 30 marchers were arrested.",
    )

    def _message(self, p: Pair) -> str:
        head, body = (p.first, p.second) if p.first.headline else (p.second, p.first)
        return f"Headline and body disagree: {head.describe()} vs {body.describe()}."


class BoundConflict(_SameMeasure):
    """A bound ("more than", "at least", "up to", "fewer than") excludes the figure given elsewhere.

    **What it checks.** "More than 100 families" in one place and "82 families" in another;
    "up to 500 staff" against "650 staff". The figure is read with its rounding.

    **Why.** The bound tells the reader the figure's range; a figure outside it contradicts
    the claim.

    **How to fix.** Correct the bound or the figure, or say what each counts.
    """

    code = "NC104"
    name = "bound-conflict"
    severity = Severity.WARNING
    bad = (
        "More than 100 families were evacuated from the estate. In all, 82 families were evacuated, the council said.",
        "Mudslide\nAt least 300 villagers were made homeless, the charity said.\nRoads are shut.\n"
        "Officials said 190 villagers had lost their homes.",
    )
    good = (
        "More than 100 families were evacuated from the estate. In all, 112 families were evacuated, the council said.",
        "Up to 500 staff could lose their jobs. The union said 450 staff could lose their jobs.",
        "Mudslide\nAt least 300 villagers were made homeless.\nIn the upper valley, 190 villagers lost their homes.",
    )

    def _message(self, p: Pair) -> str:
        bound, other = (p.first, p.second) if p.first.bound else (p.second, p.first)
        return f"Bound excludes the figure: {bound.describe()} vs {other.describe()}."


RULES: list[type[Rule]] = [FigureMismatch, VagueVsExact, HeadlineVsBody, BoundConflict]
