"""Rankings: "the largest", "the second-biggest", "the third-busiest" with the figure they rank,
against the figures listed beside it for the same measure.

A ranking claim is read only when its figure sits in a fixed slot ("the largest, with 1.2
million", "the highest turnout, at 45%", "1.2 million, the largest") and is compared only with
*peers*: figures of the same unit in the same sentence (or the next) written in the same frame
(the same word after the figure, the same word before it, or both in parentheses). A ranking
scoped to a subset ("the largest in the region", "the biggest among...", "since 2007") is not read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from numcheck.claims.wording import (
    above,
    clause_bounds,
    comparable,
    is_measure,
    modal,
    negated,
    quantities_by_sentence,
    same_measure,
)
from numcheck.engine import Analysis
from numcheck.model import Quantity

_ORD = {
    "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
    "2nd": 2, "3rd": 3, "4th": 4, "5th": 5, "6th": 6, "7th": 7, "8th": 8, "9th": 9, "10th": 10,
}  # fmt: skip
_HIGH = r"largest|biggest|highest|busiest|greatest|most\s+\w+|richest|heaviest|longest|tallest|top"
_LOW = r"smallest|lowest|fewest|least\s+\w+|poorest|lightest|shortest|cheapest"
_RANK = re.compile(
    rf"\b(?:the|its|their|his|her|[A-Z][\w’'-]*['’]s)\s+(?:(?P<ord>{'|'.join(_ORD)})[\s-]+)?(?:(?P<high>{_HIGH})|(?P<low>{_LOW}))\b",
    re.IGNORECASE,
)
# A ranking limited to a subset, a place or a period is about figures that may not be listed.
_SCOPE = re.compile(
    r"(?:\s+[a-z-]+){0,2}?\s+(?:in|among|amongst|of\s+(?:its|their|his|her)\s+kind|of\s+any|outside|within|across|for|since|"
    r"this|so\s+far|after|"
    r"behind|yet|outside|apart|except|excluding|besides|other|ever|on\s+record|to\s+date)\b",
    re.IGNORECASE,
)
_SLOT_AFTER = re.compile(
    r"(?:\s+[a-z-]+){0,2}?\s*(?:\(\s*|,?\s*(?:with|at|of|on|has|had|have|is\s+home\s+to|was\s+home\s+to|employs|employed|was|is|"
    r"attracted|attracts|drew|draws|carried|carries|recorded|records|reached|handling|handled|handles|employing)\s+"
    r"(?:(?:(?:an?|the|its|their)\s+)?(?:[a-z-]+\s+){0,2}?of\s+)?"
    r"(?:some\s+|about\s+|around\s+|nearly\s+|almost\s+|just\s+|more\s+than\s+|over\s+)?)",
    re.I,
)
# "the highest bid, £2.4m, ...": the figure set off by commas right after the ranked noun
_SLOT_APPOS = re.compile(r"(?:\s+[a-z-]+){0,3}?\s*,\s*")
# Words that set figures side by side as rivals of the ranked one ("ahead of", "the others were").
_LIST_CUE = re.compile(
    r"\b(?:the\s+others?|others\s+(?:were|received|got|had|offered|took|won|drew)|other\s+\w+\s+(?:were|was|had|offered)|rivals?|the\s+rest|ahead\s+of|behind|compared\s+with|against|versus|"
    r"followed\s+by|trail(?:ed|ing|s)|beat(?:ing)?|next\s+(?:came|was|is)|next\s+(?:best|highest|biggest|largest|lowest)|"
    r"runner-up|second\s+(?:best|highest|place))\b",
    re.IGNORECASE,
)
# Superlatives that rank by the same measure.
_FAMILY = {"biggest": "largest", "greatest": "largest", "largest": "largest", "top": "highest"}
_SLOT_BEFORE = re.compile(
    r"\)?\s*(?:[a-z]+\s*)?(?:[,(–—-]\s*|(?:,\s*(?:[A-Z][\w'’-]*\s+){0,3})?"
    r"(?:was|is|were|are|became|becomes|remains|remained|ranks|ranked|made\s+it|had|has|have|recorded|posted)\s+)",
    re.I,
)


@dataclass(frozen=True, slots=True)
class RankClaim:
    """ "the ``rank``-th largest (sign +1) / smallest (sign -1)" for ``value``, and its listed peers."""

    start: int
    end: int
    word: str
    rank: int
    sign: int
    family: str  # "largest" for largest/biggest/greatest, else the superlative itself
    noun: str  # the word ranked ("city" in "the largest city"), or ""
    value: Quantity
    peers: tuple[Quantity, ...]
    asserted: bool = True
    sides: tuple[int, ...] = ()  # per peer: +1 said to rank ahead ("behind X"), -1 behind ("ahead of X"), 0 unsaid

    def beaten_by(self) -> list[Quantity]:
        """Peers clearly ranked ahead of the figure (larger for +1, smaller for -1)."""
        v = self.value
        if self.sign > 0:
            return [p for p in self.peers if above(p, v)]
        return [p for p in self.peers if above(v, p)]

    def misplaced(self) -> list[Quantity]:
        """Peers the sentence places ahead ("behind X") or behind ("ahead of X") that the figures
        put on the other side."""
        v, out = self.value, []
        for p, side in zip(self.peers, self.sides, strict=False):
            ahead = above(p, v) if self.sign > 0 else above(v, p)
            behind = above(v, p) if self.sign > 0 else above(p, v)
            if (side > 0 and behind) or (side < 0 and ahead):
                out.append(p)
        return out


def rankings(analysis: Analysis) -> tuple[RankClaim, ...]:
    """Ranking claims with a figure, and the peers listed beside it (possibly none)."""
    prose = analysis.doc.prose
    by_sentence = quantities_by_sentence(q for q in analysis.quantities if is_measure(q))
    out: list[RankClaim] = []
    sents = analysis.text.sentences
    for sent in sents:
        qs = by_sentence.get(sent.index, [])
        nxt = sents[sent.index + 1] if sent.index + 1 < len(sents) else None
        nqs = by_sentence.get(nxt.index, []) if nxt is not None and not sent.is_headline else []
        if not qs and not nqs:
            continue
        for m in _RANK.finditer(prose, sent.start, sent.end):
            group = _GROUP.match(prose, m.end(), sent.end)  # "the busiest of the three London airports"
            slot_from = group.end() if group else m.end()
            whole = _WHOLE_SCOPE.match(prose, m.end(), sent.end)
            if whole is not None and nxt is not None:
                # "the lowest goals conceded in the division, 31. United have conceded 28 and Rovers 35."
                value = _slot(prose, m, qs, sent.start, sent.end, whole.end()) or next(
                    (
                        q
                        for q in qs
                        if re.fullmatch(r"\s*,\s*", prose[whole.end() : q.prose_start])
                        and re.match(r"\s*[.,;)]", prose[q.prose_end :])
                    ),
                    None,
                )
                head = whole["head"].lower()
                if (
                    value is not None
                    and _NAMED_LEAD.match(prose, nxt.start, nxt.end)
                    and re.search(rf"\b{re.escape(head)}\b", prose[nxt.start : nxt.end], re.I)
                ):
                    peers = tuple(p for p in nqs if _like(p, value) and not _then(prose, p))
                    out.append(_rank_claim(prose, sent.start, sent.end, m, value, peers))
                continue
            if _SCOPE.match(prose, m.end(), sent.end):
                # a subset ("in the north") is checked only against peers said to be in it too:
                # "... the second-busiest station in the north, with 9 million. Leeds, also in the north, ..."
                comma = prose.find(",", m.end(), sent.end)
                if nxt is None or comma < 0 or not _ALSO_IN.match(prose, nxt.start, nxt.end):
                    continue
                value = _slot(prose, m, qs, sent.start, sent.end, comma)
                if value is None:
                    continue
                peers = _next_peers(prose, nxt, nqs, value, False)
                out.append(_rank_claim(prose, sent.start, sent.end, m, value, peers))
                continue
            value = _slot(prose, m, qs, sent.start, sent.end, slot_from) if qs else None
            in_next = False
            if value is None and nxt is not None and nqs and not _after_slot_figure(prose, m, qs, sent.end):
                # "X is the second-largest city. It has 1.1 million residents, compared with ..."
                lead = _PRONOUN_SLOT.match(prose, nxt.start, nxt.end)
                value = next((q for q in nqs if lead and q.prose_start == lead.end()), None)
                in_next = value is not None
            if value is None:
                continue
            same = qs if not in_next else nqs
            peers = tuple(
                p
                for p in same
                if p is not value
                and comparable(p, value, same_subject=True)
                and (
                    _same_frame(prose, p, value)
                    or _LIST_CUE.search(prose, min(p.prose_end, value.prose_end), max(p.prose_start, value.prose_start))
                    or _side(prose, max(m.end(), value.prose_end), p) != 0
                )
            )
            if nxt is not None and not in_next:
                peers += _next_peers(prose, nxt, nqs, value, group is not None)
            elif in_next:
                peers = tuple(p for p in peers if not _then(prose, p))
            if group is not None and len(peers) > _group_size(group["n"]):
                peers = ()  # more figures than the group has other members: not a list of them
            sides = tuple(_side(prose, max(m.end(), value.prose_end), p) for p in peers)
            nm = re.match(r"\s+([a-z]+)", prose[m.end() : m.end() + 30])
            noun = nm.group(1).rstrip("s") if nm and nm.group(1) not in _NOT_NOUNS else ""
            out.append(_rank_claim(prose, sent.start, sent.end, m, value, peers, noun, sides))
    # a figure ranked by another claim is that claim's business, not a listed peer
    ranked = {id(c.value) for c in out}
    return tuple(
        RankClaim(
            c.start,
            c.end,
            c.word,
            c.rank,
            c.sign,
            c.family,
            c.noun,
            c.value,
            tuple(p for p in c.peers if id(p) not in ranked),
            c.asserted,
            tuple(s for p, s in zip(c.peers, c.sides, strict=True) if id(p) not in ranked),
        )
        for c in out
    )


_AHEAD_CUE = re.compile(
    r"\b(?:behind|after|trailing|trails|trailed|second\s+to|only\s+to|below|beneath|outranked\s+by|beaten\s+by)\b", re.I
)
_BEHIND_CUE = re.compile(r"\b(?:ahead\s+of|above|followed\s+by|in\s+front\s+of|beating|outranking|overtaking|overtook)\b", re.I)


def _rank_claim(
    prose: str,
    s0: int,
    s1: int,
    m: re.Match[str],
    value: Quantity,
    peers: tuple[Quantity, ...],
    noun: str = "",
    sides: tuple[int, ...] | None = None,
) -> RankClaim:
    """The claim that ``value`` holds the rank the superlative ``m`` gives it among ``peers``
    (asserted unless the clause is modal or negated; ``sides`` default to all unsaid)."""
    clause = clause_bounds(prose, s0, s1, m.start())
    cond = modal(prose, clause[0], m.start()) or negated(prose, clause[0], m.start())
    rank = _ORD.get((m["ord"] or "").lower(), 1)
    sup = (m["high"] or m["low"]).lower().split()[0]
    family = _FAMILY.get(sup, sup)
    if sides is None:
        sides = tuple(0 for _ in peers)
    return RankClaim(m.start(), m.end(), m.group(0), rank, 1 if m["high"] else -1, family, noun, value, peers, not cond, sides)


def _side(prose: str, start: int, p: Quantity) -> int:
    """+1 when the last side cue between ``start`` and the peer says the peer ranks ahead
    ("behind X (61,000)"), -1 when it says the peer ranks behind ("ahead of X"), 0 otherwise."""
    if p.prose_start <= start:
        return 0
    text = prose[start : p.prose_start]
    if re.search(r"[;.]|\b(?:while|whereas|but)\b", text):
        return 0
    cues = [(m.start(), 1) for m in _AHEAD_CUE.finditer(text)] + [(m.start(), -1) for m in _BEHIND_CUE.finditer(text)]
    return max(cues)[1] if cues else 0


_NOT_NOUNS = frozenset(
    ["with", "at", "of", "on", "has", "had", "have", "in", "is", "was", "and", "or", "by", "for", "from", "to", "the", "a", "an"]
)


def rank_conflicts(analysis: Analysis) -> tuple[tuple[RankClaim, RankClaim], ...]:
    """Pairs (ahead, behind) of ranking claims on the same measure where the one ranked ahead
    ("the largest") has a figure clearly behind the other's ("the third-largest, with more")."""
    claims = [c for c in analysis.claim(rankings) if c.asserted]
    out = []
    for a in claims:
        for b in claims:
            if a is b or a.family != b.family or a.sign != b.sign or a.rank >= b.rank or a.value is b.value:
                continue
            if a.noun and b.noun and a.noun != b.noun:
                continue
            if not comparable(a.value, b.value, same_subject=True):
                continue
            behind = above(b.value, a.value) if a.sign > 0 else above(a.value, b.value)
            if behind:
                out.append((a, b))
    return tuple(out)


_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
# A closed group named after the superlative: "the busiest of the three London airports"
_GROUP = re.compile(
    r"\s+of\s+(?:the|its|their|his|her|our)\s+(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+"
    r"(?:[A-Za-z][\w'’-]*\s+){0,3}?[a-z][\w'’-]*(?=\s*[,(–—]|\s+(?:with|at|on|has|had|is|was|handling|handled)\b)",
    re.IGNORECASE,
)
# The next sentence speaks of the ranked thing first: "It has 1.1 million residents, ..."
_PRONOUN_SLOT = re.compile(
    r"\s*(?:It|They|Its\s+(?:population|total|tally|turnout|share|count)\s+(?:is|was|stands\s+at|stood\s+at))\s+"
    r"(?:(?:has|had|have|handled|handles|handle|employs|employed|drew|draws|attracted|attracts|carried|carries|"
    r"recorded|records|is\s+home\s+to|was\s+home\s+to|received|receives|got|gets|won|scored|sold|sells)\s+)?"
    r"(?:(?:some|about|around|nearly|almost|just|more\s+than|over)\s+)?(?=[$£€]?\d)",
)
# Peers in the next sentence: after a cue, or the sentence names "the other(s)" or "X, also ..."
_NEXT_LEAD = re.compile(
    r"\s*(?:The\s+other(?:s|\s+(?:two|three|four|five|\w+s))?\b|(?:[A-Z][\w'’-]*\s+){0,3}?[A-Z][\w'’-]*,\s+also\b)"
)
_THEN = re.compile(
    r"\s*(?:(?:a|one|two|three|\d+)\s+(?:years?|decades?|months?)\s+(?:ago|earlier|before)|(?:in|by|since)\s+(?:19|20)\d\d|"
    r"last\s+(?:year|season|month)|previously|the\s+(?:previous|year)\s+\w+|at\s+its\s+peak|at\s+the\s+time)\b",
    re.IGNORECASE,
)


# A scope that is the whole competition, with the ranked thing's head word before it.
_WHOLE_SCOPE = re.compile(
    r"(?:\s+[a-z-]+){0,2}?\s+(?P<head>[a-z-]{4,})\s+in\s+the\s+(?:league|division|table|championship|competition|"
    r"tournament|premiership)\b",
    re.IGNORECASE,
)
# The next sentence opens with a name and its verb ("United have conceded 28 and Rovers 35").
_NAMED_LEAD = re.compile(
    r"\s*(?!(?:The|It|This|That|They|He|She|But|And|In|On|At|By)\b)[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+[a-z]"
)
_ALSO_IN = re.compile(r"\s*(?:[A-Z][\w'’-]*\s+){0,3}?[A-Z][\w'’-]*,\s+also\s+(?:in|on|at|among|within)\b")


def _like(p: Quantity, value: Quantity) -> bool:
    """Same measure (a yearly rate and a count of the same thing compare) and no other counted noun."""
    return same_measure(p, value) and not (p.subject and value.subject and p.subject != value.subject and not p.unit)


def _then(prose: str, p: Quantity) -> bool:
    """A figure for another time ("1.3 million in 1960", "a decade ago"): the same thing, not a peer."""
    tail = prose[p.prose_end : p.prose_end + 40]
    return bool(_THEN.match(tail) or re.match(r"\s+(?:[a-z]+\s+){0,2}?(?:in|by|since)\s+(?:19|20)\d\d\b", tail))


def _group_size(n: str) -> int:
    """Members of a closed group other than the ranked one ("three" → 2)."""
    return (int(n) if n.isdigit() else _NUMBER_WORDS[n.lower()]) - 1


def _after_slot_figure(prose: str, m: re.Match[str], qs: list[Quantity], end: int) -> bool:
    """A figure follows the superlative in its own sentence (some other slot than ours)."""
    return any(q.prose_start >= m.end() and q.prose_start < end for q in qs)


def _next_peers(prose: str, nxt: object, nqs: list[Quantity], value: Quantity, closed: bool) -> tuple[Quantity, ...]:
    """Figures of the next sentence listed as rivals of the ranked one: after a cue ("compared
    with", "ahead of") or in a sentence about "the other two" or "X, also ..."."""
    start = nxt.start  # type: ignore[attr-defined]
    cands = [p for p in nqs if _like(p, value) and not _then(prose, p)]
    if not cands:
        return ()
    lead = _NEXT_LEAD.match(prose, start)
    if lead:
        return tuple(p for p in cands if p.prose_start >= lead.end())
    cue = _LIST_CUE.search(prose, start, cands[0].prose_start)
    if cue is None or re.search(r"[A-Za-z]", prose[start : start + 1]) is None:
        return ()
    return tuple(p for p in cands if p.prose_start > cue.start())


def _slot(prose: str, m: re.Match[str], qs: list[Quantity], s0: int, s1: int, at: int | None = None) -> Quantity | None:
    at = m.end() if at is None else at
    after = next((q for q in qs if q.prose_start >= at), None)
    if after is not None and _SLOT_AFTER.fullmatch(prose[at : after.prose_start]):
        return after
    if (
        after is not None
        and _SLOT_APPOS.fullmatch(prose[at : after.prose_start])
        and re.match(r"\s*[,)–—]", prose[after.prose_end :])
    ):
        return after
    before = [q for q in qs if q.prose_end <= m.start()]
    if before and _SLOT_BEFORE.fullmatch(prose[before[-1].prose_end : m.start()]):
        lead = prose[max(s0, before[-1].prose_start - 12) : before[-1].prose_start]
        if not re.search(r"\b(?:in|for|after|within|over|by|since|until|during)\s+(?:the\s+)?$", lead, re.I):
            return before[-1]  # not "In four days, Britain's biggest union..."
    return None


def _frame(prose: str, q: Quantity) -> tuple[str, str, bool]:
    before = re.search(r"(\w+)\W*$", prose[max(0, q.prose_start - 25) : q.prose_start])
    after = re.match(r"\s*(\w+)", prose[q.prose_end : q.prose_end + 25])
    parened = prose[max(0, q.prose_start - 1) : q.prose_start] == "(" and prose[q.prose_end : q.prose_end + 1] == ")"
    return (before.group(1).lower() if before else "", after.group(1).lower().rstrip("s") if after else "", parened)


def _same_frame(prose: str, a: Quantity, b: Quantity) -> bool:
    """Two figures written the same way: same word after, same linking word before, or both in parentheses."""
    fa, fb = _frame(prose, a), _frame(prose, b)
    if fa[2] and fb[2]:
        return True
    if fa[1] and fa[1] == fb[1] and fa[1] not in ("and", "in", "the", "a", "to", "of", "on", "at", "for", "from", "by"):
        return True
    return fa[0] == fb[0] and fa[0] in ("with", "at", "had", "has", "of", "on", "recorded", "reached", "drew", "attracted")
