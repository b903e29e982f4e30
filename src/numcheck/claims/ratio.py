"""Shares and ratios: "37% of the 10 board members", "12 of the 40, or 30%", "one in four of the
200 staff — 80 people", "half of the 300 seats, 170", "95 visitors, twice as many as last
year's 40".

API (stable; other rule families may read it):

- :func:`fraction_at` / :data:`FRACTION` read fraction words ("a third", "two-thirds", "one in
  four", "half") into a value and an interval that allows the looseness of words;
- :func:`shares` (a claim builder: ``analysis.claim(shares)``) returns :class:`Share` values:
  a part ``n`` (or ``None``), a whole ``N`` and the stated share, as a fraction interval;
- :func:`multiples` returns :class:`Multiple` values: a figure said to be k times a base.

Claims read the prose around extracted quantities; they never re-extract figures.
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from numcheck.claims.arith import INF, Iv, bounds, family, hedge_of, sentence_quantities, usable, written
from numcheck.model import Kind, Quantity

if TYPE_CHECKING:
    from numcheck.engine import Analysis

_SMALL = {
    "one": 1,
    "a": 1,
    "an": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "twenty": 20,
    "hundred": 100,
}
_PARTS = {
    "half": 2,
    "halves": 2,
    "third": 3,
    "thirds": 3,
    "quarter": 4,
    "quarters": 4,
    "fourth": 4,
    "fourths": 4,
    "fifth": 5,
    "fifths": 5,
    "sixth": 6,
    "sixths": 6,
    "seventh": 7,
    "sevenths": 7,
    "eighth": 8,
    "eighths": 8,
    "ninth": 9,
    "ninths": 9,
    "tenth": 10,
    "tenths": 10,
}
_NUMW = r"(?:one|a|an|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|\d{1,3})"
_FR_HEDGE = (
    r"(?:about|around|roughly|some|approximately|nearly|almost|more than|over|just over|just under|well over|"
    r"less than|fewer than|under|at least|up to|close to|getting on for|barely|only|just)"
)
FRACTION = re.compile(
    rf"(?<![\w-])(?:(?P<hedge>{_FR_HEDGE})\s+)?"
    rf"(?:(?P<n1>{_NUMW})\s+(?:in|out of)\s+(?:every\s+)?"
    r"(?P<d1>\d{1,4}|two|three|four|five|six|seven|eight|nine|ten|twenty|hundred)"
    r"|(?P<half>(?:a\s+|one\s+)?half)"
    rf"|(?P<n2>{_NUMW})[\s-](?P<d2>halves|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?))(?![\w-])",
    re.I,
)


def _num(word: str) -> int:
    w = word.lower()
    return int(w) if w.isdigit() else _SMALL[w]


@dataclass(frozen=True, slots=True)
class Fraction:
    """A fraction written in words: ``prose[start:end]``, its exact value and what it allows."""

    start: int
    end: int
    text: str
    value: float
    allowed: Iv
    hedge: str | None


def fraction_at(text: str, m: re.Match[str], offset: int = 0, tolerance: float = 0.08) -> Fraction | None:
    """A :class:`Fraction` from a :data:`FRACTION` match, or ``None`` when it is not one."""
    if m["half"]:
        value = 0.5
    elif m["n1"]:
        if m["n1"].isdigit() and m["d1"].isdigit() and "out" in m.group(0).lower():
            return None  # "12 out of 30": a count of a whole, not a fraction in words
        n, d = _num(m["n1"]), _num(m["d1"])
        if d == 0 or n >= d:
            return None
        value = n / d
    else:
        n, d = _num(m["n2"]), _PARTS[m["d2"].lower()]
        if n >= d:
            return None
        value = n / d
    hedge = (m["hedge"] or "").lower() or None
    exact = Iv(value * (1 - tolerance), value * (1 + tolerance))
    if hedge in {"more than", "over", "at least", "just over", "well over"}:
        allowed = Iv(value, 1.0)
    elif hedge in {"less than", "fewer than", "under", "up to", "just under", "barely"}:
        allowed = Iv(0.0, value)
    elif hedge in {"nearly", "almost", "getting on for", "close to"}:
        allowed = Iv(value * (1 - 3 * tolerance), value * (1 + tolerance / 2))
    elif hedge in {"about", "around", "roughly", "some", "approximately"}:
        allowed = exact.widen(tolerance)
    else:
        allowed = exact
    return Fraction(offset + m.start(), offset + m.end(), m.group(0), value, allowed, hedge)


_FRACTION_WORDS = ("hal", "third", "quarter", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")
_IN_HINT = re.compile(r"(?:\d|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:in|out\s+of)\s")


def fractions_in(text: str, offset: int = 0, tolerance: float = 0.08) -> list[Fraction]:
    """Every fraction in words in ``text`` (offsets shifted by ``offset``)."""
    low = text.lower()
    if not (any(w in low for w in _FRACTION_WORDS) or _IN_HINT.search(low)):
        return []
    return list(_fractions_cached(text, offset, tolerance))


@functools.lru_cache(maxsize=2048)
def _fractions_cached(text: str, offset: int, tolerance: float) -> tuple[Fraction, ...]:
    out = []
    for m in FRACTION.finditer(text):
        f = fraction_at(text, m, offset, tolerance)
        if f is not None:
            out.append(f)
    return tuple(out)


@dataclass(frozen=True, slots=True)
class Share:
    """A part stated as a share of a whole: ``part`` is ``share`` of ``whole``.

    ``share`` is the stated share as a fraction interval (``0.37`` for 37%, rounding and hedges
    applied); ``share_quantity`` is the percentage when the share is one, else ``None`` and the
    words are at ``share_span`` (prose offsets). ``part`` is ``None`` when only the share and
    the whole are given ("37% of the 10 board members").
    """

    part: Quantity | None
    whole: Quantity
    share: Iv
    share_text: str
    share_span: tuple[int, int]
    share_quantity: Quantity | None
    kind: str  # "percent" | "fraction"
    hedged: bool
    sentence: int


_DET = r"(?:the|its|their|his|her|our|your|all|these|those|this|that|a\s+total\s+of)"
# "of the company's 10 members", "of London's 32 boroughs": an owner between "of" and the whole
OWNER = (
    r"(?:(?:the|its|their|his|her|our)\s+)?(?:[A-Za-z][\w-]*\s+){0,2}"
    r"(?!(?:year|month|week|day|season|quarter|decade|century|today|yesterday|tomorrow|night|hour)(?:'s|’s|s'|s’))"
    r"[A-Za-z][\w-]*(?:'s|’s|s'|s’)\s+"
)
_OF_GAP = re.compile(
    rf"^(?:\s*(?:out\s+)?of\s+(?:{_DET}\s+|{OWNER})?|\s+[a-z]+\s+out\s+of\s+(?:(?:a\s+total\s+of|the)\s+)?)$", re.I
)
_SHARE_OF_GAP = re.compile(rf"^\s*of\s+(?:{_DET}\s+|{OWNER})?$", re.I)
# a short noun phrase after a figure, then an apposition mark
_WORD = r"[A-Za-z][A-Za-z'’-]*"
_APPOS = re.compile(
    rf"^(?P<np>(?:\s+{_WORD}){{0,7}}?)\s*(?P<mark>,\s*or\s+|,\s+|\s*\(\s*|\s*[—–]\s*|\s+-\s+|\s+or\s+|:\s*)(?:{_FR_HEDGE}\s+)?$",
    re.I,
)
_STOP_NP = re.compile(
    r"\b(?:of|in|on|at|for|from|to|by|with|than|and|but|while|per|a|an|each|every|was|were|is|are|said|says|had|has|have)\b",
    re.I,
)
_MEASURE = re.compile(
    r"^\s*(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centur(?:y|ies)|miles?|km|kilometres?|"
    r"kilometers?|metres?|meters?|feet|foot|inches?|kg|kilos?|kilogrammes?|kilograms?|tonnes?|tons?|pounds?|lb|"
    r"litres?|liters?|gallons?|acres?|hectares?|points?|goals?|runs?|percent|per\s*cent|%|degrees?|mph|"
    r"votes?|marks?|per|a|an|times)\b|^(?:\s*%|-)",
    re.I,
)


# a place after the noun ("the 200 workers at the depot"): part of the noun phrase
_PLACE_PP = re.compile(
    r"\s+(?:at|in|on|from|across|within|based\s+at|based\s+in|of(?=\s+(?:the|its|their|this|that)\s))\s+(?:(?:the|its|their|this|that)\s+)?"
    r"(?!(?:a|an|each|every|all|total|least|most)\b)(?:[A-Za-z][\w-]*)(?:\s+[A-Za-z][\w-]*){0,2}\s*$",
    re.I,
)


def _np_ok(np: str) -> bool:
    np = _PLACE_PP.sub("", np)
    return len(np.split()) <= 4 and not _STOP_NP.search(np) and "'" not in np and "’" not in np


def _is_count(q: Quantity) -> bool:
    return family(q)[0] == "count" and q.unit is None


def _share_of_percent(prose: str, q: Quantity) -> Iv:
    return bounds(prose, q, cap=0.0).scale(0.01)


def _percent_share(prose: str, part: Quantity | None, whole: Quantity, p: Quantity, sent: int) -> Share:
    """``part`` stated as the percentage ``p`` of ``whole``."""
    return Share(
        part,
        whole,
        _share_of_percent(prose, p),
        written(prose, p),
        (p.prose_start, p.prose_end),
        p,
        "percent",
        hedge_of(prose, p) is not None,
        sent,
    )


def shares(analysis: Analysis) -> tuple[Share, ...]:
    """Every part stated as a share of a whole, in document order."""
    prose = analysis.doc.prose
    out: list[Share] = []
    by_sentence = sentence_quantities(analysis)
    sents = analysis.text.sentences
    for si, sent in enumerate(sents):
        qs = [q for q in by_sentence.get(sent.index, []) if usable(prose, q)]
        text = prose[sent.start : sent.end]
        fracs = fractions_in(text, sent.start)
        qs = [q for q in qs if not any(f.start <= q.prose_start < f.end for f in fracs)]
        earlier = [q for q in by_sentence.get(sents[si - 1].index, []) if usable(prose, q)] if si else []
        out.extend(_share_of_named_whole(prose, qs, earlier, fracs, sent.index))
        out.extend(_lead_whole_fraction(prose, qs, fracs, sent.start, sent.index))
        out.extend(_n_of_n_share(prose, qs, fracs, sent.index))
        out.extend(_share_of_n(prose, qs, fracs, sent.index))
        out.extend(_n_or_share_of_n(prose, qs, fracs, sent.index))
        out.extend(_lead_whole_share(prose, qs, sent.start, sent.index))
        out.extend(_survey_shares(prose, qs, sent.start, sent.index))
    out.sort(key=lambda s: (s.whole.prose_start, s.share_span))
    return tuple(out)


_OF_NOUN_APPOS = re.compile(
    rf"^\s+of\s+(?:(?:the|its|their|all\s+the|those|these)\s+)?(?P<noun>[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)\s*"
    rf"(?:,|\(|[—–]|\s-)\s*(?:{_FR_HEDGE}\s+)?$",
    re.I,
)


def _singular_noun(w: str) -> str:
    w = w.lower().split()[-1]
    if w.endswith("ies"):
        return w[:-3] + "y"
    return w[:-1] if w.endswith("s") and not w.endswith("ss") else w


def _lead_whole_fraction(prose: str, qs: list[Quantity], fracs: list[Fraction], s0: int, sent: int) -> list[Share]:
    """ "Of the 300 seats, half - 170 - went to Labour": a fraction of the group named first, with its count."""
    out = []
    for f in fracs:
        before = [q for q in qs if q.prose_end <= f.start]
        after = [q for q in qs if q.prose_start >= f.end]
        if not before or not after:
            continue
        whole, part = before[-1], after[0]
        if not (_is_count(whole) and _is_count(part)) or not _LEAD_GROUP.search(prose[s0 : whole.prose_start]):
            continue
        if not re.match(rf"^(?:\s+{_WORD}){{1,4}}\s*,\s*$", prose[whole.prose_end : f.start]):
            continue
        m = _APPOS.match(prose[f.end : part.prose_start])
        if not m or m["np"].strip() or m["mark"].strip() not in {",", "(", "—", "–", "-", ":"}:
            continue
        if _MEASURE.match(prose[part.prose_end : part.prose_end + 12]) or _after_is_of(prose, part):
            continue
        out.append(Share(part, whole, f.allowed, f.text, (f.start, f.end), None, "fraction", f.hedge is not None, sent))
    return out


def _share_of_named_whole(
    prose: str, qs: list[Quantity], earlier: list[Quantity], fracs: list[Fraction], sent: int
) -> list[Share]:
    """ "18 of the 24 practices met it, while a third of practices, 6, did not": a fraction of a group
    counted earlier (same noun, in this sentence or the one before), with its count in apposition."""
    out = []
    for f in fracs:
        after = [q for q in qs if q.prose_start >= f.end]
        if not after or not _is_count(after[0]):
            continue
        m = _OF_NOUN_APPOS.match(prose[f.end : after[0].prose_start])
        if not m:
            continue
        part = after[0]
        if _MEASURE.match(prose[part.prose_end : part.prose_end + 12]) or _after_is_of(prose, part):
            continue
        noun = _singular_noun(m["noun"])
        cands = [q for q in [*earlier, *qs] if q.prose_end <= f.start and _is_count(q) and q.subject == noun]
        if len(cands) != 1:
            continue
        out.append(Share(part, cands[0], f.allowed, f.text, (f.start, f.end), None, "fraction", f.hedge is not None, sent))
    return out


def _frac_starting(fracs: list[Fraction], pos: int) -> Fraction | None:
    for f in fracs:
        if f.start == pos or (f.hedge is None and f.start == pos):
            return f
    return None


def _frac_ending_before(fracs: list[Fraction], prose: str, pos: int) -> Fraction | None:
    for f in fracs:
        if f.end <= pos and not prose[f.end : pos].strip(" "):
            return f
    return None


def _n_of_n_share(prose: str, qs: list[Quantity], fracs: list[Fraction], sent: int) -> list[Share]:
    """ "12 of the 40 members, or 30%" / "12 out of 40 (a third)"."""
    out = []
    for i in range(len(qs) - 1):
        n, whole = qs[i], qs[i + 1]
        if not (_is_count(n) and _is_count(whole)) or not _OF_GAP.match(prose[n.prose_end : whole.prose_start]):
            continue
        if re.search(r"\bto\s+$", prose[max(0, n.prose_start - 4) : n.prose_start], re.I) or _CHANGE_BY.search(
            prose[max(0, n.prose_start - 30) : n.prose_start]
        ):
            continue  # "cut by 2 of the 5", not "backed by 11 of the 15 councillors"
        tail_end = min(len(prose), whole.prose_end + 80)
        if i + 2 < len(qs) and qs[i + 2].kind == Kind.PERCENT:
            p = qs[i + 2]
            m = _APPOS.match(prose[whole.prose_end : p.prose_start])
            if m and _np_ok(m["np"]) and (not _after_is_of(prose, p) or _OF_SAME_WHOLE.match(prose, p.prose_end)):
                out.append(_percent_share(prose, n, whole, p, sent))
                continue
        for f in fracs:
            if whole.prose_end <= f.start < tail_end:
                m = _APPOS.match(prose[whole.prose_end : f.start])
                if m and _np_ok(m["np"]) and not _after_is_of_pos(prose, f.end):
                    out.append(Share(n, whole, f.allowed, f.text, (f.start, f.end), None, "fraction", f.hedge is not None, sent))
                break
    return out


_CHANGE_BY = re.compile(
    r"\b(?:rose|rise|risen|fell|fall|fallen|up|down|increased?|decreased?|cut|grew|grown|jumped|dropped|declined|"
    r"reduced|raised|gained|lost|outnumbered|led|won|beaten|beat|ahead|behind|margin)\s+(?:\w+\s+)?by\s+$|^\s*by\s+$",
    re.I,
)
# "or 73% of the total", "or 60% of them": the share restated of the same whole
_OF_SAME_WHOLE = re.compile(
    r"\s+of\s+(?:the\s+|its\s+|their\s+)?(?:total|whole|them|these|those|whom|all|group|chamber|house|council|board|membership|"
    r"workforce|committee|assembly|parliament|panel|jury|class|team|cohort|sample|electorate|staff|members|seats)\b",
    re.I,
)


def _after_is_of(prose: str, q: Quantity) -> bool:
    return _after_is_of_pos(prose, q.prose_end)


def _after_is_of_pos(prose: str, pos: int) -> bool:
    return bool(
        re.match(
            r"\s+(?:of|in|on|for|from|by|higher|lower|more|less|up|down|rise|increase|fall|drop|cut)\b", prose[pos : pos + 20]
        )
    )


_CHANGEY_BEFORE = re.compile(
    r"\b(?:by|up|down|rose|rise|risen|fell|fall|fallen|increased?|decreased?|cut|grew|grown|jumped|dropped|declined|"
    r"gained|lost|slumped|climbed|than|to|from|at|was|were|is|are|be|been|of)\s+(?:\w+\s+)?$",
    re.I,
)


def _share_of_n(prose: str, qs: list[Quantity], fracs: list[Fraction], sent: int) -> list[Share]:
    """ "37% of the 10 board members" (GRIM) / "a quarter of the 200 staff — 80 people"."""
    out = []
    heads: list[tuple[int, int, str, Iv, Quantity | None, str, bool]] = []
    for q in qs:
        if q.kind == Kind.PERCENT:
            heads.append(
                (
                    q.prose_start,
                    q.prose_end,
                    written(prose, q),
                    _share_of_percent(prose, q),
                    q,
                    "percent",
                    hedge_of(prose, q) is not None,
                )
            )
    for f in fracs:
        heads.append((f.start, f.end, f.text, f.allowed, None, "fraction", f.hedge is not None))
    for start, end, text, share, pq, kind, hedged in heads:
        after = [q for q in qs if q.prose_start >= end]
        if not after:
            continue
        whole = after[0]
        if not _is_count(whole) or not _SHARE_OF_GAP.match(prose[end : whole.prose_start]):
            continue
        if pq is not None and _CHANGEY_BEFORE.search(prose[max(0, start - 25) : start]):
            continue
        if _MEASURE.match(prose[whole.prose_end : whole.prose_end + 12]):
            continue
        part = None
        if len(after) > 1 and _is_count(after[1]):
            m = _APPOS.match(prose[whole.prose_end : after[1].prose_start])
            if m and _np_ok(m["np"]) and m["mark"].strip() in {",", "(", "—", "–", "-", ":", ", or", "or", ",or"}:
                part = after[1]
                tail = prose[part.prose_end : part.prose_end + 12]
                if _MEASURE.match(tail) or (
                    _after_is_of(prose, part)
                    and not re.match(r"\s+(?:in\s+(?:all|total)|of\s+(?:them|these|those|whom))\b", tail)
                ):
                    part = None
        if part is None:
            np = re.match(rf"^(?:\s+{_WORD}){{0,4}}", prose[whole.prose_end : whole.prose_end + 60])
            nxt = prose[whole.prose_end + (np.end() if np else 0) :][:3]
            if "'" in (np.group(0) if np else "") or nxt.startswith(("'", "’")):
                continue  # "40% of the 10 firms' revenue": a share of something else
        out.append(Share(part, whole, share, text, (start, end), pq, kind, hedged, sent))
    return out


_LEAD_WHOLE = re.compile(rf"(?:^|[,;:]\s*)\s*(?:of|out\s+of|among)\s+(?:{_DET}\s+)?$", re.I)


_SURVEY_OF = re.compile(
    r"\b(?:survey|study|poll|sample|trial|ballot|questionnaire|census|test|review|panel)\s+of\s+(?:(?:the|its|their|some|just|only)\s+)?$",
    re.I,
)


_FOUND_BEFORE = re.compile(
    r"(?:\b(?:found|find|finds|showed|shows|show|revealed|reveals|suggested|suggests|said|say|says|reported|reports|"
    r"concluded|that)|,)\s+(?:that\s+)?(?:(?:only|just|exactly)\s+)?$",
    re.I,
)


def _survey_shares(prose: str, qs: list[Quantity], s0: int, sent: int, max_gap: int = 80) -> list[Share]:
    """ "A study of 15 patients found 70% improved": a percentage of the group just surveyed (GRIM)."""
    out = []
    for i, whole in enumerate(qs[:-1]):
        if not _is_count(whole) or not _SURVEY_OF.search(prose[max(s0, whole.prose_start - 40) : whole.prose_start]):
            continue
        p = qs[i + 1]
        gap = prose[whole.prose_end : p.prose_start]
        if p.kind != Kind.PERCENT or len(gap) > max_gap or re.search(r"\d|;|\bof\b", gap) or _after_is_of(prose, p):
            continue
        if _MEASURE.match(prose[whole.prose_end : whole.prose_end + 12]) or _CHANGEY_BEFORE.search(gap):
            continue
        if not (
            _FOUND_BEFORE.search(gap) and re.match(r"\s+(?!of\b|in\b|on\b|for\b|a\b|an\b|the\b)[a-z]+", prose[p.prose_end :])
        ):
            continue  # "a study of 12 countries found inflation averaged 3.5%": not a share of the group
        out.append(_percent_share(prose, None, whole, p, sent))
    return out


_LEAD_GROUP = re.compile(rf"(?:^|[,;:]\s*)\s*(?:of|out\s+of|among)\s+(?:{_DET}\s+|{OWNER})?$", re.I)
_GROUP_VERB = re.compile(r"\s+(?:are|were|is|was|have|had|said|say|says|voted|backed|supported|opposed|agreed)\b")


def _lead_whole_share(prose: str, qs: list[Quantity], s0: int, sent: int) -> list[Share]:
    """ "Of the 30 members, 12 (40%) voted against"."""
    out = []
    for whole, p in itertools.pairwise(qs):
        # "Of the 10 board members, 37% are women": a share of the group named first (GRIM)
        if (
            _is_count(whole)
            and p.kind == Kind.PERCENT
            and re.search(
                rf"(?:^|[,;:]\s*)\s*(?:of|out\s+of|among)\s+(?:{_DET}\s+|{OWNER})?$", prose[s0 : whole.prose_start], re.I
            )
            and re.match(rf"^(?:\s+{_WORD}){{1,4}}\s*,\s*$", prose[whole.prose_end : p.prose_start])
            and not _MEASURE.match(prose[whole.prose_end : whole.prose_end + 12])
            and not _after_is_of(prose, p)
            and re.match(
                r"\s+(?:are|were|is|was|have|had|said|say|says|voted|backed|supported|opposed|agreed)\b", prose[p.prose_end :]
            )
        ):
            out.append(_percent_share(prose, None, whole, p, sent))
    for i in range(len(qs) - 2):
        whole, n, p = qs[i], qs[i + 1], qs[i + 2]
        if not (_is_count(whole) and _is_count(n) and p.kind == Kind.PERCENT):
            continue
        if not (_LEAD_WHOLE.search(prose[s0 : whole.prose_start]) or _SURVEY_OF.search(prose[s0 : whole.prose_start])):
            continue
        if not re.match(rf"^(?:\s+{_WORD}){{0,4}}\s*,\s*$", prose[whole.prose_end : n.prose_start]):
            continue
        if not re.match(r"^\s*(?:\(\s*|,\s*(?:or\s+)?)$", prose[n.prose_end : p.prose_start]) or _after_is_of(prose, p):
            continue
        out.append(_percent_share(prose, n, whole, p, sent))
    return out


def _n_or_share_of_n(prose: str, qs: list[Quantity], fracs: list[Fraction], sent: int) -> list[Share]:
    """ "80 people, or a quarter of the 200 staff" / "12 (30%) of the 40 members"."""
    out = []
    for i, n in enumerate(qs):
        if not _is_count(n):
            continue
        rest = qs[i + 1 :]
        # percentage form
        if rest and rest[0].kind == Kind.PERCENT and len(rest) > 1 and _is_count(rest[1]):
            p, whole = rest[0], rest[1]
            m = _APPOS.match(prose[n.prose_end : p.prose_start])
            if (
                m
                and _np_ok(m["np"])
                and _SHARE_OF_GAP.match(prose[p.prose_end : whole.prose_start])
                and m["mark"].strip() in {", or", ",or", "(", "—", "–", "-", "or", ","}
            ):
                out.append(_percent_share(prose, n, whole, p, sent))
            continue
        if not rest or not _is_count(rest[0]):
            continue
        whole = rest[0]
        for f in fracs:
            if n.prose_end < f.start < whole.prose_start:
                m = _APPOS.match(prose[n.prose_end : f.start])
                if (
                    m
                    and _np_ok(m["np"])
                    and m["mark"].strip() in {", or", ",or", "(", "—", "–", "-", "or", ","}
                    and _SHARE_OF_GAP.match(prose[f.end : whole.prose_start])
                ):
                    out.append(Share(n, whole, f.allowed, f.text, (f.start, f.end), None, "fraction", f.hedge is not None, sent))
                break
    return out


# --- multiples: "twice as many as last year's 40" -------------------------------------------------

_TIMES = re.compile(
    r"(?<![\w-])(?:(?P<hedge>more than|over|almost|nearly|about|around|roughly|some|at least|just over|just under|"
    r"less than|well over|getting on for)\s+)?"
    r"(?P<k>twice|double|two times|three times|four times|five times|six times|ten times|\d+(?:\.\d+)?\s+times|"
    r"half|triple|treble)"
    r"\s+(?:(?:as\s+(?:many|much|high|large|big|long|great)\s+as|the\s+(?:number|amount|figure|level|total|size|rate)\s+of|that\s+of)\s+"
    r"|(?=(?:last|the\s+previous|the\s+prior)\s+(?:year|month|week|season|quarter|decade|summer|winter)(?:'s|’s)\s))",
    re.I,
)
_K = {"twice": 2.0, "double": 2.0, "triple": 3.0, "treble": 3.0, "half": 0.5}


@dataclass(frozen=True, slots=True)
class Multiple:
    """``figure`` is said to be ``factor`` times ``base`` ("95, twice as many as last year's 40").

    ``allowed`` is the ratio interval the words allow (hedges and looseness applied);
    ``span`` is the prose span of the multiple words.
    """

    figure: Quantity
    base: Quantity
    factor: float
    allowed: Iv
    text: str
    span: tuple[int, int]
    sentence: int


def _figure_for(prose: str, before: list[Quantity], after: list[Quantity], ms: int, base: Quantity) -> Quantity | None:
    """The figure a multiple describes: just before it ("95, twice as many as…"), or after the
    base across a colon or dash ("twice as many as last year's 40: 95")."""
    if before:
        fig = before[-1]
        gap = prose[fig.prose_end : ms]
        if len(gap) <= 40 and not re.search(r"\d|;|\b(?:and|but|while|whereas|with|after|before|than)\b", gap):
            return fig
    if len(after) > 1 and re.match(r"^\s*(?::|—|–|\s-)\s*$", prose[base.prose_end : after[1].prose_start]):
        return after[1]
    return None


def multiples(analysis: Analysis) -> tuple[Multiple, ...]:
    """Every "k times as many as BASE" with the figure it describes, in document order."""
    prose = analysis.doc.prose
    out: list[Multiple] = []
    by_sentence = sentence_quantities(analysis)
    for sent in analysis.text.sentences:
        qs = [q for q in by_sentence.get(sent.index, []) if usable(prose, q)]
        text = prose[sent.start : sent.end]
        for m in _TIMES.finditer(text):
            ms, me = sent.start + m.start(), sent.start + m.end()
            kw = m["k"].lower()
            k = _K.get(kw) or (float(kw.split()[0]) if kw.split()[0][0].isdigit() else _SMALL[kw.split()[0]])
            after = [q for q in qs if q.prose_start >= me]
            before = [q for q in qs if q.prose_end <= ms]
            if not after:
                continue
            base = after[0]
            lead = prose[me : base.prose_start]
            if (
                len(lead) > 40
                or re.search(r"\d|[,;(]", lead)
                or not re.search(r"(?:'s|’s|s'|\bof|\bin|\bthe|\bat|\bthan)\s*$|^$", lead)
            ):
                continue
            fig = _figure_for(prose, before, after, ms, base)
            if fig is None:
                continue
            if family(fig) != family(base):
                continue
            hedge = (m["hedge"] or "").lower()
            tol = 0.1
            if hedge in {"more than", "over", "at least", "just over", "well over"}:
                allowed = Iv(k, INF)
            elif hedge in {"less than", "just under"}:
                allowed = Iv(0.0, k)
            elif hedge in {"almost", "nearly", "getting on for"}:
                allowed = Iv(k * (1 - 3 * tol), k * (1 + tol / 2))
            elif hedge:
                allowed = Iv(k * (1 - 2 * tol), k * (1 + 2 * tol))
            else:
                allowed = Iv(k * (1 - tol), k * (1 + tol))
            out.append(Multiple(fig, base, k, allowed, m.group(0).strip(), (ms, me), sent.index))
    return tuple(out)
