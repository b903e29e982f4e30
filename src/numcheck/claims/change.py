"""Changes: "rose 25% from $4m to $6m", "fell to 80 from 100", "doubled from 40 to 95".

Stable API (the comparisons rules read it for direction checks):

- :func:`changes` is a claim builder (``analysis.claim(changes)``) returning :class:`Change`
  values, one per "from A to B" / "to B from A" pair, in document order;
- a :class:`Change` has ``old`` and ``new`` (the quantities), the ``direction`` word and its
  prose span, and what the sentence states about the size of the change: a percentage
  (``percent``), percentage points (``points``), an absolute amount (``amount``), a multiple
  (``multiple``: 2 for "doubled", 0.5 for "halved") or a fraction ("by a third").
- :func:`split_changes` (added; not part of :func:`changes`) gives the changes split across two
  sentences ("Sales were £4m in 2003. In 2004 they rose 25% to £6m"), with ``percent`` set;
- :meth:`Change.old_iv` / :meth:`Change.new_iv` give the intervals of the endpoints (rounding,
  hedges, and a scale word borrowed by a bare first figure: "from 5 to 6 million").

All offsets are prose offsets (``analysis.doc.span(start, end)`` turns them into source spans).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from numcheck.claims.arith import Iv, bounds, family, inherited_scale, sentence_quantities, usable, written
from numcheck.claims.ratio import FRACTION, fraction_at
from numcheck.model import Kind, Quantity

if TYPE_CHECKING:
    from numcheck.engine import Analysis

UP_WORDS = (
    "rose|rise|rises|rising|risen|increase|increased|increases|increasing|up|grew|grow|grows|growing|grown|growth|"
    "jump|jumped|jumps|jumping|climb|climbed|climbs|climbing|soar|soared|soars|soaring|surge|surged|surges|surging|"
    "gain|gained|gains|boost|boosted|doubled|doubling|tripled|trebled|quadrupled|higher|hike|hiked|raised|raise|"
    "leapt|leap|leaped|rocketed|swelled|expanded|widened|improved|recovered|rebounded|ballooned|spiked|more"
)
DOWN_WORDS = (
    "fell|fall|falls|falling|fallen|drop|dropped|drops|dropping|decline|declined|declines|declining|down|cut|cuts|"
    "cutting|slump|slumped|slumps|plunge|plunged|plunges|plummeted|shrank|shrunk|shrink|shrinks|decrease|decreased|"
    "decreases|lower|lowered|reduce|reduced|reduction|halved|halving|slid|slide|slipped|tumbled|dip|dipped|dips|"
    "sank|sunk|eased|narrowed|lost|loss|losses|contracted|slashed|less|fewer"
)
_UP = re.compile(rf"\b(?:{UP_WORDS})\b", re.I)
_DOWN = re.compile(rf"\b(?:{DOWN_WORDS})\b", re.I)
_DIRECTION = re.compile(rf"\b(?P<w>{UP_WORDS}|{DOWN_WORDS})\b", re.I)
_CHANGE_NOUN_AFTER = re.compile(
    r"^\s*(?:year-on-year\s+|annual\s+|overall\s+)?(?:rise|rises|increase|increases|jump|fall|falls|drop|drops|cut|cuts|"
    r"decline|growth|gain|reduction|decrease|slump|surge|leap|hike|boost|higher|lower|more|less|fewer|up|down|"
    r"uplift|plunge|slide|dip)\b",
    re.I,
)
_CHANGE_VERB_BEFORE = re.compile(
    rf"(?:\b(?:{UP_WORDS}|{DOWN_WORDS}|by|of)|,\s*or)\s+(?:(?:about|around|some|roughly|nearly|almost|more than|over|just|"
    r"just over|just under|a|an|the|another|further|still)\s+)*$",
    re.I,
)
_HEDGE = r"(?:(?:about|around|some|roughly|nearly|almost|more than|over|just over|just under|approximately|an estimated|a)\s+)?"
_MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*"
_FROM_BEFORE = re.compile(rf"\bfrom\s+{_HEDGE}(?:the\s+|a\s+)?[$£€¥]?$", re.I)
_TO_BEFORE = re.compile(rf"\b(?:to|at)\s+{_HEDGE}(?:a\s+)?[$£€¥]?$", re.I)
_GAP_WORD = r"[A-Za-z][A-Za-z'’-]*"
_FROM_TO_GAP = re.compile(rf"^(?P<w>(?:\s+{_GAP_WORD}){{0,3}}?)\s*,?\s+to\s+{_HEDGE}[$£€¥]?$", re.I)
_TO_FROM_GAP = re.compile(
    rf"^(?P<w>(?:\s+{_GAP_WORD}){{0,3}}?)\s*(?:,\s*|\s+)(?:from|up\s+from|down\s+from|compared\s+with|compared\s+to|against|"
    rf"versus|vs\.?|\(\s*(?:19|20)\d\d\s*:)\s+{_HEDGE}(?:the\s+|a\s+)?[$£€¥]?$",
    re.I,
)
_BAD_GAP = re.compile(rf"\b(?:{_MONTHS}|am|pm|a\.m|p\.m|gmt|bst|o'clock|per|a|each|every|in|on|of|for|by)\b", re.I)
_LEVEL_BEFORE = re.compile(
    rf"\b(?:were|was|is|are|reached|hit|totalled|totaled|stood\s+at|came\s+to|of)\s+{_HEDGE}(?:a\s+)?[$£€¥]?$", re.I
)
_COMPARED_GAP = re.compile(
    rf"^(?P<w>(?:\s+{_GAP_WORD}){{0,3}}?)\s*,?\s+(?:compared\s+with|compared\s+to|against|versus|vs\.?)\s+"
    rf"{_HEDGE}(?:the\s+|a\s+)?[$£€¥]?$",
    re.I,
)
_YEAR_IN_GAP = re.compile(r"\s+(?:in|of)\s+(?:19|20)\d\d\b|\s+(?:19|20)\d\d\b(?!\s*:)")
# a reporting period between the two figures: "to 6.5% in the three months to September, from 4.5%"
_PERIOD_IN_GAP = re.compile(
    r"\s+(?:in|over|during|for)\s+the\s+(?:(?:first|second|third|fourth|last|past|latest|final|same|\w+)\s+){0,2}"
    r"(?:months?|quarters?|years?|weeks?|half|period|financial\s+year|round|season|term|session)"
    r"(?:\s+to\s+(?:the\s+end\s+of\s+)?(?:[A-Z][a-z]+|(?:19|20)\d\d)(?:\s+(?:19|20)\d\d)?)?"
    r"|\s+(?:last|this|that|the\s+previous)\s+(?:year|month|quarter|week|season)",
)
_RANGING = re.compile(r"\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying)|anywhere|aged|ages|spanning|between)\b[^,;]{0,30}$", re.I)
_BREAK = re.compile(r";|\b(?:while|whereas|but|although|though|compared|against|and)\b|—|–|\s-\s", re.I)
_MULTIPLE = re.compile(
    r"(?<![\w-])(?:(?P<hedge>more than|over|almost|nearly|roughly|about|around|just over|just under|well over|less than)\s+)?"
    r"(?P<w>doubled|doubling|doubles|tripled|trebled|tripling|triples|quadrupled|quadrupling|halved|halving|halves|"
    r"(?:two|three|four|five|six|seven|eight|nine|ten|twenty|\d+)[- ]?fold)\b",
    re.I,
)
# between a stated change and a later pair: a new clause (a conjunction, or a subject and its own
# direction verb) means the pair is not what the change is about
_OWN_CLAUSE = re.compile(
    r"\b(?:as|whilst|though|despite|even|yet|when|because|after|where|which|who)\b|"
    rf"\b(?:the|its|their|his|her|our|this|that|these|those)\s+(?:[\w'’-]+\s+){{0,4}}?(?:{UP_WORDS}|{DOWN_WORDS})\b",
    re.I,
)
_FOLD = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "twenty": 20}
_FACTOR = {"doubl": 2.0, "tripl": 3.0, "trebl": 3.0, "quadrupl": 4.0, "halv": 0.5}


@dataclass(frozen=True, slots=True)
class Change:
    """A figure that went from ``old`` to ``new``, with what the sentence says about the move.

    ``direction`` is +1 (a rise word), -1 (a fall word) or 0 (none found), with the word and
    its prose span; the stated size is ``percent``/``points``/``amount`` (quantities), or
    ``multiple`` (2.0 for "doubled") with ``multiple_hedge`` ("more than", "nearly") and
    ``multiple_span``, or ``fraction`` ("fell by a third": 1/3) at ``fraction_span``.
    ``ranging`` marks "ranging from A to B" (a range written like a change).
    ``old_scale`` is the scale word the old figure borrows from the new one ("5 to 6 million").
    """

    old: Quantity
    new: Quantity
    sentence: int
    direction: int = 0
    direction_word: str | None = None
    direction_span: tuple[int, int] | None = None
    percent: Quantity | None = None
    points: Quantity | None = None
    amount: Quantity | None = None
    multiple: float | None = None
    multiple_hedge: str | None = None
    multiple_span: tuple[int, int] | None = None
    fraction: float | None = None
    fraction_span: tuple[int, int] | None = None
    ranging: bool = False
    old_scale: float = 1.0

    def old_iv(self, prose: str) -> Iv:
        return bounds(prose, self.old).scale(self.old_scale)

    def new_iv(self, prose: str) -> Iv:
        return bounds(prose, self.new)

    @property
    def stated(self) -> Quantity | None:
        """The figure stating the size of the change (percent, points or amount), if any."""
        return self.percent or self.points or self.amount


def _pair(prose: str, a: Quantity, b: Quantity, sent_start: int) -> tuple[Quantity, Quantity] | None:
    """(old, new) when ``a`` and ``b`` are written as "from a to b" or "to a from b"."""
    gap = prose[a.prose_end : b.prose_start]
    if len(gap) <= 40 and not _BREAK.search(gap.replace(" and ", " ")) and "," not in gap:
        if a.detail("change_role") == "from" and b.detail("change_role") == "to":
            return a, b
        if a.detail("change_role") == "to" and b.detail("change_role") == "from":
            return b, a
    before = prose[max(sent_start, a.prose_start - 30) : a.prose_start]
    bare = _YEAR_IN_GAP.sub("", _PERIOD_IN_GAP.sub("", gap))  # "from $4m in 2003 to $6m"
    if _FROM_BEFORE.search(before):
        m = _FROM_TO_GAP.match(bare)
        if m and not _BAD_GAP.search(m["w"]):
            return a, b
    if _TO_BEFORE.search(before):
        m = _TO_FROM_GAP.match(gap) or _TO_FROM_GAP.match(bare)
        if m and not _BAD_GAP.search(m["w"]):
            return b, a
    if _LEVEL_BEFORE.search(before):
        m = _COMPARED_GAP.match(bare)
        if m and not _BAD_GAP.search(m["w"]):
            return b, a  # "were $6m this year compared with $4m last year"
    return None


def _same_measure(prose: str, a: Quantity, b: Quantity) -> bool:
    if family(a) != family(b):
        return False
    return not (a.per and b.per) or a.per == b.per  # "from £400 to £950 a month": one rate word for both


def changes(analysis: Analysis) -> tuple[Change, ...]:
    """Every "from A to B" change in the document, with its stated size and direction."""
    prose = analysis.doc.prose
    out: list[Change] = []
    by_sentence = sentence_quantities(analysis)
    for sent in analysis.text.sentences:
        qs = by_sentence.get(sent.index, [])
        pairs: list[tuple[Quantity, Quantity]] = []
        used: set[int] = set()
        for a, b in itertools.pairwise([q for q in qs if usable(prose, q)]):
            if id(a) in used:
                continue
            p = _pair(prose, a, b, sent.start)
            if p and _same_measure(prose, *p):
                pairs.append(p)
                used.update((id(a), id(b)))
        uq = [q for q in qs if usable(prose, q)]
        restated: list[Change] = []
        for x, p, y in zip(uq, uq[1:], uq[2:], strict=False):
            if used & {id(x), id(p), id(y)}:
                continue
            c = _restated(prose, sent.index, x, p, y)
            if c is not None:
                restated.append(c)
                used.update((id(x), id(p), id(y)))
        for old, new in pairs:
            lo = min(old.prose_start, new.prose_start)
            hi = max(old.prose_end, new.prose_end)
            others = [q for q in qs if id(q) not in used and usable(prose, q)]
            out.append(_describe(prose, sent.start, sent.end, sent.index, old, new, lo, hi, others, pairs))
        out.extend(restated)
    out.sort(key=lambda c: (c.sentence, min(c.old.prose_start, c.new.prose_start)))
    return tuple(out)


_UPDOWN_GAP = re.compile(
    r"^(?:\s+[a-z]+){0,3}?\s*,?\s*(?:(?P<dir>up|down|rising|falling|increasing|decreasing|higher|lower)(?:\s+by)?|"
    r"(?P<noun>an?)\s+(?:(?P<n1>rise|increase|jump|gain|fall|drop|cut|decline|reduction)\s+of))\s+"
    r"(?:(?:about|around|some|roughly|nearly|almost|more\s+than|over|just)\s+)?[$£€¥]?$",
    re.I,
)
_A_GAP = re.compile(r"^\s*,?\s*an?\s+$", re.I)
_BASE_GAP = re.compile(
    r"^\s*(?P<n2>rise|increase|jump|gain|fall|drop|cut|decline|reduction)?\s*(?:from|on|over|compared\s+with|against)\s+"
    r"(?:(?:the|a|its|their)\s+)?(?:(?:[a-z]+\s+){0,2}?(?:year|month|quarter|season|week|period)(?:'s|’s)\s+)?[$£€¥]?$",
    re.I,
)


def _restated(prose: str, sent: int, x: Quantity, p: Quantity, y: Quantity) -> Change | None:
    """ "$6m, up 25% from $4m" / "$6m, a 25% increase on last year's $4m": new, change, old."""
    if not _same_measure(prose, x, y) or (x.kind == Kind.PERCENT and p.kind != Kind.PERCENT and family(p) != family(x)):
        return None
    g1, g2 = prose[x.prose_end : p.prose_start], prose[p.prose_end : y.prose_start]
    m1 = _UPDOWN_GAP.match(g1) or _A_GAP.match(g1)
    m2 = _BASE_GAP.match(g2)
    if not (m1 and m2):
        return None
    word = (m1.groupdict().get("dir") or m1.groupdict().get("n1") or m2["n2"] or "").lower()
    if m1.re is _A_GAP and not m2["n2"]:
        return None  # "$6m, a 25% stake from $4m"
    direction = 0 if not word else (1 if _UP.fullmatch(word) else -1)
    wspan = None
    if word:
        for base, gap in ((x.prose_end, g1), (p.prose_end, g2)):
            w = re.search(rf"\b{word}\b", gap, re.I)
            if w:
                wspan = (base + w.start(), base + w.end())
                break
    if p.kind == Kind.PERCENT:
        return Change(y, x, sent, direction, word or None, wspan, percent=p)
    if family(p) == family(x) and not _is_points(prose, p):
        return Change(y, x, sent, direction, word or None, wspan, amount=p)
    return None


def _clause_start(prose: str, sent_start: int, lo: int, pairs: list[tuple[Quantity, Quantity]]) -> int:
    start = sent_start
    for a, b in pairs:
        e = max(a.prose_end, b.prose_end)
        if e <= lo:
            start = max(start, e)
    seg = prose[start:lo]
    cut = start
    for m in _BREAK.finditer(seg):
        rest = len(seg) - m.end()
        word = m.group(0).strip().lower()
        if word == "and":
            if rest > 45:
                cut = start + m.end()
        elif word in {"—", "–", "-"}:
            if rest > 10:  # "grown by 25% - from 4m to 6m": a dash just before the pair is an apposition
                cut = start + m.end()
        else:
            cut = start + m.end()
    return cut


def _describe(
    prose: str,
    s0: int,
    s1: int,
    sent: int,
    old: Quantity,
    new: Quantity,
    lo: int,
    hi: int,
    others: list[Quantity],
    pairs: list[tuple[Quantity, Quantity]],
) -> Change:
    left0 = _clause_start(prose, s0, lo, pairs)
    left = prose[left0:lo]
    # direction: the last direction word in the clause before the pair, else just after it
    direction, dword, dspan = 0, None, None
    for m in _DIRECTION.finditer(left):
        dword, dspan = m["w"], (left0 + m.start(), left0 + m.end())
    if dword is None:
        right = prose[hi : min(s1, hi + 40)]
        cut = _BREAK.search(right)
        right = right[: cut.start()] if cut else right
        m = _DIRECTION.search(right)
        if m:
            dword, dspan = m["w"], (hi + m.start(), hi + m.end())
    if dword is not None:
        direction = 1 if _UP.fullmatch(dword) else -1
    percent = points = amount = None
    for q in _linked(prose, s0, s1, lo, hi, others, pairs, left0):
        if points is None and _is_points(prose, q):
            points = q
            continue
        if q.kind == Kind.PERCENT:
            if percent is None:
                percent = q
        elif (
            family(q) == family(old)
            and amount is None
            and re.search(r"\b(?:by|up|down|of)\s+(?:\w+\s+)?[$£€¥]?$", prose[max(0, q.prose_start - 20) : q.prose_start])
        ):
            amount = q
    multiple = mhedge = mspan = None
    for m in _MULTIPLE.finditer(left):
        tail = re.sub(r"\b(?:1[89]|20)\d\d\b", "", left[m.end() :])  # "halved since 1990, from…"
        if not re.search(r"\d", tail) and len(tail) <= 50:
            word = m["w"].lower()
            if word.endswith("fold"):
                n = re.sub(r"[- ]?fold$", "", word)
                factor = float(n) if n.isdigit() else float(_FOLD[n])
            else:
                factor = _FACTOR[next(k for k in _FACTOR if word.startswith(k))]
            multiple, mhedge, mspan = factor, (m["hedge"] or "").lower() or None, (left0 + m.start(), left0 + m.end())
    fraction = fspan = None
    for m in FRACTION.finditer(left):
        if not left[: m.start()].rstrip().lower().endswith("by"):
            continue
        tail = left[m.end() :]
        if re.search(r"\d", tail) or len(tail) > 50 or re.match(r"\s+(?:of|a|an)\b", tail):
            continue
        f = fraction_at(left, m, left0)
        if f is not None:
            fraction, fspan = f.value, (f.start, f.end)
    ranging = bool(_RANGING.search(prose[max(s0, lo - 40) : lo]))
    scale = inherited_scale(prose, old, new) if old.prose_start < new.prose_start else 1.0
    return Change(
        old, new, sent, direction, dword, dspan, percent, points, amount, multiple, mhedge, mspan, fraction, fspan, ranging, scale
    )


def _is_points(prose: str, q: Quantity) -> bool:
    """ "3 percentage points", "0.5 points", "2pp": a difference of percentages."""
    if q.kind == Kind.PERCENTAGE_POINT:
        return True
    after = prose[q.prose_end : q.prose_end + 25]
    return q.kind in (Kind.PERCENT, Kind.NUMBER, Kind.COUNT) and bool(
        re.match(r"\s*(?:percentage[\s-]+points?|points?|pp|ppts?)\b", after, re.I) or "point" in written(prose, q).lower()
    )


def _linked(
    prose: str,
    s0: int,
    s1: int,
    lo: int,
    hi: int,
    others: list[Quantity],
    pairs: list[tuple[Quantity, Quantity]],
    left0: int,
) -> list[Quantity]:
    """Figures that state the size of this change: next to the pair with only change words between."""
    ends = sorted(x for p in pairs for q in p for x in (q.prose_start, q.prose_end))
    found: list[tuple[int, Quantity]] = []
    for q in others:
        if q.prose_end <= lo:
            gap = prose[q.prose_end : lo]
            if q.prose_start < left0:
                continue
        elif q.prose_start >= hi:
            gap = prose[hi : q.prose_start]
        else:
            continue
        gap = _YEAR_IN_GAP.sub("", gap)
        if len(gap) > 50 or re.search(r"\d|;", gap) or any(lo > e > q.prose_end or hi < e < q.prose_start for e in ends):
            continue
        if re.search(r"\b(?:while|whereas|but|although|compared|against|than|and|with|after|before|since)\b", gap, re.I):
            continue
        if q.prose_end <= lo and _OWN_CLAUSE.search(gap):
            continue  # "Sales rose 5% even as the number of stores fell from 120 to 110": the pair has its own verb
        before = prose[max(s0, q.prose_start - 30) : q.prose_start]
        after = prose[q.prose_end : q.prose_end + 25]
        if re.match(
            r"\s+of\b|\s+(?:a|per|each|every)\s+(?:year|month|week|day|annum|quarter)\b|\s+(?:annually|yearly|monthly)\b", after
        ) or re.search(r"\b(?:to|from|at|than)\s+(?:\w+\s+)?[$£€¥]?$", before):
            continue
        if q.prose_start >= hi and not re.search(
            rf"(?:^\s*,?\s*(?:\(|or\s+|an?\s+|the\s+|{UP_WORDS}|{DOWN_WORDS})|\b(?:{UP_WORDS}|{DOWN_WORDS})\b|\bof\s*$)",
            gap,
            re.I,
        ):
            continue
        if not (_CHANGE_VERB_BEFORE.search(before) or _CHANGE_NOUN_AFTER.match(after)):
            continue
        found.append((len(gap), q))
    found.sort(key=lambda t: t[0])
    return [q for _, q in found]


# --- a change split across two sentences ----------------------------------------------------------

_PRONOUN_LEAD = re.compile(
    r"^\s*(?:(?:(?:in|by|during|over)\s+(?:(?:19|20)\d\d|the\s+(?:following|next|same|latest|last|past|first|second|third|fourth)"
    rf"(?:\s+[\w-]+){{1,3}}|{_MONTHS})|"
    r"(?:this|last|next)\s+(?:year|month|quarter|week|season)|since\s+then|then|now|but|however|and)\s*,?\s+)*"
    r"(?:it|they|this|that|the\s+(?:figure|total|number|amount|sum|rate|level|tally|bill|count))\s+"
    r"(?:(?:has|have|had|then|since|later|now|subsequently)\s+)*$",
    re.I,
)
_STATED_TO = re.compile(r"^\s*(?:,\s*)?to\s+" + _HEDGE + r"(?:a\s+)?[$£€¥]?$", re.I)
_LEVEL_PREV = re.compile(
    rf"\b(?:were|was|is|are|reached|hit|totalled|totaled|stood\s+at|came\s+to|of|had|has|employed|employs|sold|made|"
    rf"earned|recorded|received|attracted|drew|had\s+been)\s+{_HEDGE}(?:a\s+)?[$£€¥]?$",
    re.I,
)


_CHANGE_TO_PERCENT = re.compile(r"\s*(?:(?:its|their|the)\s+[\w-]+\s+)?(?:by\s+)?" + _HEDGE, re.I)


def split_changes(analysis: Analysis) -> tuple[Change, ...]:
    """A level in one sentence and its change in the next, with a pronoun in between: "Sales were
    £4m in 2003. In 2004 they rose 25% to £6m." Not part of :func:`changes` (which reads one
    sentence); the old figure is the single figure of that kind in the sentence before."""
    prose = analysis.doc.prose
    by_sentence = sentence_quantities(analysis)
    sents = analysis.text.sentences
    out: list[Change] = []
    for si in range(1, len(sents)):
        sent, prev = sents[si], sents[si - 1]
        qs = [q for q in by_sentence.get(sent.index, []) if usable(prose, q)]
        for p, new in itertools.pairwise(qs):
            if p.kind != Kind.PERCENT or not _STATED_TO.match(prose[p.prose_end : new.prose_start]):
                continue
            dms = list(_DIRECTION.finditer(prose[sent.start : p.prose_start]))
            if not dms or not _CHANGE_TO_PERCENT.fullmatch(prose[sent.start + dms[-1].end() : p.prose_start]):
                continue
            dm = dms[-1]
            if dm["w"].lower() in {"more", "less", "up", "down"} or not _PRONOUN_LEAD.match(
                prose[sent.start : sent.start + dm.start()]
            ):
                continue
            if any(q is not p and q is not new and family(q) == family(new) for q in qs):
                continue  # another figure of the kind in the sentence: "from" may be there
            if re.search(r"\bfrom\b|\bcompared\b|\bon\b\s+(?:the|last)", prose[new.prose_end : sent.end], re.I):
                continue
            if re.match(r"\s+(?:in|at|for|among|across)\s+(?:the\s+)?[A-Z]", prose[new.prose_end : new.prose_end + 30]):
                continue  # "they rose 25% to £5m in Europe": a narrower scope than the level before
            olds = [q for q in by_sentence.get(prev.index, []) if usable(prose, q) and _same_measure(prose, q, new)]
            if len(olds) != 1 or not _LEVEL_PREV.search(prose[max(prev.start, olds[0].prose_start - 30) : olds[0].prose_start]):
                continue
            old = olds[0]
            direction = 1 if _UP.fullmatch(dm["w"]) else -1
            span = (sent.start + dm.start(), sent.start + dm.end())
            out.append(Change(old, new, sent.index, direction, dm["w"], span, percent=p))
    return tuple(out)
