"""Direction words ("rose", "fell", "up", "down"...) and the movements they claim for a figure.

A :class:`DirectionWord` is a verb or noun of change in a sentence, with its sign (+1 up,
-1 down) and whether it is negated ("did not rise") or hypothetical ("could fall"). A
:class:`Movement` binds a direction word to the old and new figures it governs:

- "rose/fell [by X] from A to B", "rose/fell [X%] to B [period] from A": the pairs found by
  the change claims (claims/change.py, with their rounding intervals), bound here to the
  direction word that governs them;
- "B, up/down [X%] from A" (the word follows the new figure), read here.

The word governs a pair only in its own clause and only when no other verb stands between
them, so "prices rose, so sales fell from 500 to 400" binds "fell", not "rose".
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass

from numcheck.claims.change import changes
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
from numcheck.model import Kind, Quantity

_UP = (
    r"rose|rise|rises|rising|risen|increased?|increasing|climb(?:ed|ing|s)?|jump(?:ed|ing|s)?|"
    r"surged?|surging|soar(?:ed|ing|s)?|grew|grow(?:s|ing|n)?|rocket(?:ed|ing|s)?|leapt|leap(?:ed|ing|s)?|"
    r"doubled|tripled|trebled|quadrupled|gained|raised?|raising|"
    r"hiked?|boost(?:ed|ing)?|expanded|accelerated|widened|lifted|swelled|ballooned|spiked|escalated|multiplied|"
    r"mounted|rebounded|up"
)
_DOWN = (
    r"fell|falls?|falling|fallen|drop(?:ped|ping|s)?|declined?|declining|decreased?|decreasing|"
    r"slump(?:ed|ing|s)?|slid|slide|sliding|slip(?:ped|ping)?|plunged?|plunging|plummet(?:ed|ing|s)?|"
    r"tumbled?|tumbling|sank|sink(?:ing)?|sunk|shr[au]nk|shrink(?:ing)?|cut|cutting|reduced?|reducing|"
    r"reduction|lowered|lowering|halved|dipped|dip|contracted|eased|slowed|narrowed|slashed|trimmed|dwindled|"
    r"diminished|collapsed|crashed|sagged|weakened|retreated|receded|subsided|shrunk|down"
)
_UP_WORD = re.compile(_UP, re.IGNORECASE)
_DOWN_WORD = re.compile(_DOWN, re.IGNORECASE)
_TOKEN = re.compile(r"[A-Za-z]+")


@functools.lru_cache(maxsize=4096)
def word_sign(word: str) -> int:
    """+1 for a rise word, -1 for a fall word, 0 for any other word (lower case)."""
    return 1 if _UP_WORD.fullmatch(word) else -1 if _DOWN_WORD.fullmatch(word) else 0


_SUPPOSE = re.compile(r"\b(?:if|unless|imagine|suppose|supposing|assuming|hypothetically|would|were\s+to|was\s+to)\b", re.I)
_LITERAL_FALL = re.compile(
    r"\b(?:rain|rainfall|snow|snowfall|hail|sleet|bombs?|shells?|rockets?|missiles?|ash|darkness|night|silence|curtain|wickets?)"
    r"(?:\s+(?:had|has|have|was|were))?\s+$",
    re.I,
)
_UP_TO_VERB = re.compile(
    r"(?:\b(?:is|was|were|are|be|been|being|edged|moved|went|gone|revised|marked|crept|back|bounced|ratcheted|now|sharply)|,)\s*$",
    re.IGNORECASE,
)
# Plural nouns and third-person forms often head a spread of values ("cuts from 5% to 10%").
_AMBIGUOUS_PLURAL = re.compile(r"(?:cuts|falls|drops|declines|reductions|decreases|dips|slides|increases|rises)$", re.I)
# "up"/"down" are claims only when followed by a figure, "from", "by", "to" or an adverb and figure.
_PARTICLE_NEXT = re.compile(
    r"\s*(?:\(?[-+−]?[$£€]?\d|from\b|by\b|to\b|at\b|on\s+(?:the|a|last)\b|(?:sharply|slightly|just|only|some|about|around|nearly|almost|more\s+than)\b)",
    re.I,
)
# Another verb between a direction word and the figures means the figures belong to that verb.
_BLOCKER = re.compile(
    r"\b(?:is|are|was|were|be|been|being|has|have|had|said|says|say|took|takes|saw|sees|made|makes|"
    r"pushed|pushing|left|leaving|brought|bringing|meant|meaning|taking|putting|making|giving|sending|"
    r"driving|went|goes|came|comes|that|which|who|where|while|whereas|compared|against|versus|vs|per|"
    r"ranging|range|ranged|varying|between)\b",
    re.IGNORECASE,
)
# Exchange rates, chart positions and rankings read upside down ("fell to $1.30 against the euro").
_INVERTED_CONTEXT = re.compile(
    r"\b(?:against\s+the|versus|vs\.?|per\s+(?:dollar|euro|pound|yen)|charts?|rankings?|ranked|seeded|seeding|"
    r"standings|league\s+table|(?:top\s+of|in|up|down)\s+the\s+table|handicap|odds|under\s+par|over\s+par|places|positions|spots|"
    r"top\s+\d+|top\s+(?:five|ten|20|40)|(?:in|on|top\s+of)\s+the\s+list)\b",
    re.IGNORECASE,
)
# A figure that is a position rather than an amount ("number 12", "No 3", "12th place").
_POSITION_BEFORE = re.compile(r"\b(?:number|no\.?|position|place|spot|rank|grade|level|stage|round|division)\s*$", re.I)
_POSITION_AFTER = re.compile(r"\s*(?:place|spot|position|in\s+the\s+(?:chart|ranking|table|list|poll))", re.I)
_HEDGE = (
    r"(?:(?:a|an|the|its|their|his|her|our|some|about|around|roughly|approximately|nearly|almost|just|only|over|under|"
    r"more\s+than|less\s+than|fewer\s+than|at\s+least|up\s+to|as\s+many\s+as|as\s+much\s+as|an\s+estimated|a\s+record|"
    r"record|previous|revised|new|last\s+year's|the\s+previous|year-earlier|\w+'s|"
    r"(?:average|total|peak|high|low|level|figure|estimated|combined)\s+of)\s+){0,3}"
)
_OLD_LEAD = r"(?:from|compared\s+(?:with|to)|against|versus|(?<=up\s)on|(?<=down\s)on)"
_FROM = re.compile(rf"\b{_OLD_LEAD}\s+{_HEDGE}$", re.IGNORECASE)
_TO = re.compile(rf"\b(?:to|at)\s+{_HEDGE}$", re.IGNORECASE)
_MAX_GAP_WORDS = 8


@dataclass(frozen=True, slots=True)
class DirectionWord:
    """A word claiming a direction of change, in prose coordinates."""

    start: int
    end: int
    word: str
    sign: int  # +1 up, -1 down
    sentence: int
    clause: tuple[int, int]
    negated: bool = False
    conditional: bool = False

    @property
    def asserted(self) -> bool:
        """The word asserts a change that happened (not negated, not hypothetical)."""
        return not (self.negated or self.conditional)


@dataclass(frozen=True, slots=True)
class Movement:
    """A direction word with the figures it governs: ``old`` → ``new``."""

    word: DirectionWord
    old: Quantity
    new: Quantity
    old_iv: tuple[float, float]  # what each figure can mean, given rounding and hedges
    new_iv: tuple[float, float]

    @property
    def actual_sign(self) -> int:
        """+1 when ``new`` is clearly above ``old``, -1 when clearly below, 0 when rounding allows either."""
        (olo, ohi), (nlo, nhi) = self.old_iv, self.new_iv
        if nlo > ohi:
            return 1
        if nhi < olo:
            return -1
        # intervals that only touch: still ordered for unhedged rounded figures ("6.2bn" > "6.1bn")
        if nlo == ohi and above(self.new, self.old):
            return 1
        if nhi == olo and above(self.old, self.new):
            return -1
        return 0


def direction_words(analysis: Analysis) -> tuple[DirectionWord, ...]:
    """Every direction word of the document, with negation and modality."""
    prose = analysis.doc.prose
    out: list[DirectionWord] = []
    with_figures = {q.sentence for q in analysis.quantities}
    for sent in analysis.text.sentences:
        if sent.index not in with_figures and not sent.is_headline:
            continue  # a direction word matters only next to figures, or in the headline
        markers = set(sent.markers)
        for m in _TOKEN.finditer(prose, sent.start, sent.end):
            word = m.group(0)
            lower = word.lower()
            sign = word_sign(lower)
            if not sign:
                continue
            if lower in ("up", "down") and not _PARTICLE_NEXT.match(prose, m.end()):
                continue
            if (
                lower == "up"
                and re.match(r"\s+to\b", prose[m.end() : m.end() + 4])
                and not _UP_TO_VERB.search(prose, sent.start, m.start())
            ):
                continue  # "by up to 20%", "costs up to £50": a bound, not a rise
            if _AMBIGUOUS_PLURAL.match(lower):
                continue
            if sign < 0 and _LITERAL_FALL.search(prose, max(sent.start, m.start() - 30), m.start()):
                continue  # "80mm of rain fell": a fall from the sky, not a decrease
            clause = clause_bounds(prose, sent.start, sent.end, m.start())
            # the text layer scopes its markers to whole clauses, so a forecast later in the clause
            # ("which rose to 40 from 52, are expected to...") would mark the claim: only a
            # supposition ("if", "imagine") is taken from it; modal words are read before the claim
            cond = modal(prose, clause[0], m.start()) or "hypothetical" in markers
            cond = cond or (
                "hypothetical" in analysis.text.markers_at(m.start())
                and _SUPPOSE.search(prose, sent.start, m.start()) is not None
            )
            out.append(
                DirectionWord(
                    m.start(),
                    m.end(),
                    word,
                    sign,
                    sent.index,
                    clause,
                    negated(prose, clause[0], m.start()),
                    cond,
                )
            )
    return tuple(out)


def movements(analysis: Analysis) -> tuple[Movement, ...]:
    """Direction words bound to the old and new figures they describe."""
    prose = analysis.doc.prose
    words = analysis.claim(direction_words)
    by_sentence = quantities_by_sentence(analysis.quantities)
    sentence_words: dict[int, list[DirectionWord]] = {}
    for w in words:
        sentence_words.setdefault(w.sentence, []).append(w)
    out: list[Movement] = []
    seen: set[tuple[int, int]] = set()
    # 1. pairs from the change claims, bound to the direction word that governs them
    for c in analysis.claim(changes):
        if c.ranging or not _usable(prose, c.old) or not _usable(prose, c.new):
            continue
        first = min(c.old, c.new, key=lambda q: q.prose_start)
        w = _governing(prose, sentence_words.get(c.sentence, []), first)
        if w is None or _inverted(analysis, w) or _particle_after_figure(prose, w, by_sentence.get(w.sentence, [])):
            continue  # "84, down from the 89 to 93 projected": a range, not the old and new figures
        oi, ni = c.old_iv(prose), c.new_iv(prose)
        if _is_range_start(prose, c.old) or _scale_lost_iv(oi.lo, oi.hi, ni.lo, ni.hi):
            continue
        seen.add((c.old.prose_start, c.new.prose_start))
        out.append(Movement(w, c.old, c.new, (oi.lo, oi.hi), (ni.lo, ni.hi)))
    # 2. "B, up/down from A" and pairs the change claims did not read
    for i, w in enumerate(words):
        qs = [q for q in by_sentence.get(w.sentence, []) if w.clause[0] <= q.prose_start and q.prose_end <= w.clause[1]]
        qs = [q for q in qs if _usable(prose, q)]
        if not qs or _inverted(analysis, w):
            continue
        nxt = words[i + 1].start if i + 1 < len(words) and words[i + 1].sentence == w.sentence else w.clause[1]
        pair = None
        if w.word.lower() in ("up", "down"):  # "84, down from 89": the particle governs the figure before it
            pair = _pair_around(prose, w, qs, min(nxt, w.clause[1]))
        if pair is None and not _particle_after_figure(prose, w, qs):
            pair = _pair_after(prose, w, qs, min(nxt, w.clause[1]))
        if pair is None:
            continue
        old, new = pair
        key = (old.prose_start, new.prose_start)
        if key in seen or not (same_measure(old, new) or _bare_partner(prose, old, new)) or _scale_lost(old, new):
            continue
        if any(m.old is old or m.new is new for m in out):
            continue
        seen.add(key)
        out.append(Movement(w, old, new, (old.low, old.high), (new.low, new.high)))
        lead = _verb_to(prose, words, i, new)
        if lead is not None:  # "dropped to 61% at the election, up from 58%": the verb moves the same pair
            out.append(Movement(lead, old, new, (old.low, old.high), (new.low, new.high)))
    # 3. "Fewer homes were sold this year - 3,400, compared with 3,100 last year"
    for sent in analysis.text.sentences:
        for m in _COMPARATIVE_WORD.finditer(prose, sent.start, sent.end):
            pair = _compared_pair(prose, [q for q in by_sentence.get(sent.index, []) if _usable(prose, q)], m.end(), sent.end)
            if pair is None or any(x.old is pair[0] or x.new is pair[1] for x in out):
                continue
            clause = clause_bounds(prose, sent.start, sent.end, m.start())
            cond = modal(prose, clause[0], m.start()) or "hypothetical" in sent.markers
            w = DirectionWord(
                m.start(),
                m.end(),
                m.group(0),
                1 if m["more"] else -1,
                sent.index,
                clause,
                negated(prose, clause[0], m.start()),
                cond,
            )
            old, new = pair
            out.append(Movement(w, old, new, (old.low, old.high), (new.low, new.high)))
    # 4. "Since 1990 the workforce has grown to 2,400" against "employed 8,000 people in 1990"
    for w in words:
        if any(m.word is w for m in out) or _inverted(analysis, w):
            continue
        mv = _since_movement(analysis, w, by_sentence)
        if mv is not None:
            out.append(mv)
    return tuple(sorted(out, key=lambda m: m.word.start))


_SINCE = re.compile(r"\bsince\s+(?P<y>(?:19|20)\d\d)\b", re.I)
_TO_NEW = re.compile(r"\s+to\s+(?:(?:just|only|about|around|some|nearly|almost)\s+)?(?=[$£€]?\d)", re.I)


def _verb_to(prose: str, words: tuple[DirectionWord, ...], i: int, new: Quantity) -> DirectionWord | None:
    """The direction verb right before "to <new>" when a particle after ``new`` ("up from") gave the
    old figure: "Turnout dropped to 61% at the election, up from 58%"."""
    w = words[i]
    if w.word.lower() not in ("up", "down"):
        return None
    for v in reversed(words[:i]):
        if v.sentence != w.sentence or v.end > new.prose_start:
            continue
        if v.word.lower() in ("up", "down") or v.clause[0] > new.prose_start:
            return None
        if re.fullmatch(r"\s+to\s+(?:(?:about|around|some|nearly|almost|just|only)\s+)?[$£€]?", prose[v.end : new.prose_start]):
            return v
        return None
    return None


def _since_movement(analysis: Analysis, w: DirectionWord, by_sentence: dict[int, list[Quantity]]) -> Movement | None:
    """A word moving a figure "to B" since a year, against the one figure stated for that year
    elsewhere in the article ("employed 8,000 people in 1990")."""
    prose = analysis.doc.prose
    to = _TO_NEW.match(prose, w.end, w.clause[1])
    new = next((q for q in by_sentence.get(w.sentence, []) if to and q.prose_start == to.end()), None)
    if new is None or not _usable(prose, new):
        return None
    if re.match(
        r"\s*(?:from|compared|against|,?\s*up\s+from|,?\s*down\s+from)\b", prose[new.prose_end : new.prose_end + 20], re.I
    ):
        return None  # the old figure is in the sentence itself
    if re.match(r"\s+(?:at|in|on|across|for|among|within)\s+(?!(?:19|20)\d\d)", prose[new.prose_end : new.prose_end + 20], re.I):
        return None  # "grown to 1,900 at the Leeds site": a part of the old figure's whole
    since = _SINCE.search(prose, w.clause[0], w.clause[1])
    if since is None or (since.start() > w.start and since.start() > new.prose_end + 15):
        return None
    year = since["y"]
    cands = []
    for q in analysis.quantities:
        if q.sentence == w.sentence or not _usable(prose, q) or not comparable(q, new):
            continue
        s = analysis.text.sentences[q.sentence]
        tail = prose[q.prose_end : min(s.end, q.prose_end + 40)]
        if not re.match(rf"\s+(?:[a-z]+\s+){{0,3}}?in\s+{year}\b", tail):
            continue
        if modal(prose, s.start, q.prose_start) or re.search(
            r"\b(?:since|by|until|before|after)\s*$", prose[s.start : q.prose_start]
        ):
            continue
        cands.append(q)
    if len(cands) != 1 or _scale_lost(cands[0], new):
        return None
    old = cands[0]
    if sum(1 for q in by_sentence.get(old.sentence, []) if _usable(prose, q) and comparable(q, new)) != 1:
        return None  # "6,000 in 1985, and its rival 1,200": which one moved is not clear
    # the moving thing: its counted noun must be the old figure's, or a collective noun ("the workforce")
    head = prose[max(w.clause[0], since.end() if since.start() < w.start else w.clause[0]) : w.start]
    nouns = {t.lower().rstrip("s") for t in re.findall(r"\b[a-z]{3,}s\b", head)} - {
        "ha",
        "wa",
        "thi",
        "it",
        "number",
        "level",
        "figure",
        "total",
    }
    subject = (old.subject or "").lower().rstrip("s")
    if (new.subject and subject and new.subject.lower().rstrip("s") != subject) or (nouns and subject not in nouns):
        return None
    return Movement(w, old, new, (old.low, old.high), (new.low, new.high))


_COMPARATIVE_WORD = re.compile(
    r"\b(?:(?P<more>more|higher|bigger|larger|greater)|(?P<less>fewer|less|lower|smaller))\b(?!\s+than)", re.I
)
_COMPARED = re.compile(
    r"\s*(?:\([^()]*\)\s*)?,?\s*(?:compared\s+(?:with|to)|against|versus|vs\.?)\s+(?:the\s+|a\s+|some\s+|about\s+)?$", re.I
)
_EARLIER = re.compile(
    r"\s*(?:[\w'’-]+\s+){0,3}?(?:last\s+(?:year|month|week|season|quarter|time)|the\s+(?:previous|year|month)\s+\w+|"
    r"a\s+year\s+(?:earlier|before|ago)|(?:in|during)\s+(?:19|20)\d\d|previously|earlier)\b",
    re.I,
)


def _compared_pair(prose: str, qs: list[Quantity], pos: int, end: int) -> tuple[Quantity, Quantity] | None:
    """(old, new) for a comparative word followed by "B, compared with A last year"."""
    after = [q for q in qs if q.prose_start >= pos]
    for new, old in itertools.pairwise(after):
        if not _COMPARED.fullmatch(prose[new.prose_end : old.prose_start]):
            continue
        gap = prose[pos : new.prose_start]
        if len(re.findall(r"\w+", gap)) > 10 or re.search(
            r"[;:]|\b(?:but|while|whereas|although|than|meant|pushed|led|caused|helped|forced|saw|made|left|brought|took|drove|"
            r"that|which|who|because|after|as|when|so)\b",
            gap,
            re.I,
        ):
            return None
        if not _EARLIER.match(prose, old.prose_end, end) or not comparable(old, new):
            return None
        return old, new
    return None


def _inverted(analysis: Analysis, w: DirectionWord) -> bool:
    """The sentence is about exchange rates or positions, which read upside down."""
    s = analysis.text.sentences[w.sentence]
    return bool(_INVERTED_CONTEXT.search(analysis.doc.prose, s.start, s.end))


def _particle_after_figure(prose: str, w: DirectionWord, qs: list[Quantity]) -> bool:
    """ "84, down from ...": an up/down particle right after a figure, which is its new value."""
    if w.word.lower() not in ("up", "down"):
        return False
    before = [q for q in qs if q.prose_end <= w.start and q.prose_start >= w.clause[0]]
    return bool(before) and bool(
        re.fullmatch(r"\s*(?:\([^()]*\))?\s*(?:[A-Za-z'’-]+\s*){0,4}?[,;–—(]?\s*", prose[before[-1].prose_end : w.start])
    )


def _is_range_start(prose: str, q: Quantity) -> bool:
    """The figure opens a range given after "from" ("down from $89 to $93bn") when a figure
    stated before the pair is the new value."""
    if not re.match(r"\s*(?:to|-|–|and)\s*(?:[A-Z]{1,3}\s?)?[$£€¥]?\d", prose[q.prose_end : q.prose_end + 12]):
        return False
    return bool(
        re.search(
            r"\d[^,;]*,\s*(?:up|down)\s+(?:\w+\s+){0,2}from\s+(?:the\s+|a\s+)?(?:[A-Z]{1,3}\s?)?[$£€¥]?$",
            prose[max(0, q.prose_start - 80) : q.prose_start],
            re.I,
        )
    )


def _scale_lost_iv(olo: float, ohi: float, nlo: float, nhi: float) -> bool:
    a, b = abs((olo + ohi) / 2), abs((nlo + nhi) / 2)
    return a > 0 and b > 0 and max(a, b) / min(a, b) >= 1000


def _scale_lost(old: Quantity, new: Quantity) -> bool:
    """Figures a thousandfold apart: one lost its scale word ("from 89 to 93 billion"), not a real move."""
    a, b = abs(old.value or old.low), abs(new.value or new.low)
    return a > 0 and b > 0 and max(a, b) / min(a, b) >= 1000


def _bare_partner(prose: str, a: Quantity, b: Quantity) -> bool:
    """One figure of a from/to pair written bare, sharing its partner's unit: "to 400 tonnes from 300"."""
    bare = [q for q in (a, b) if q.kind == Kind.NUMBER and q.unit is None and re.fullmatch(r"[\d,.]+", q.text.strip())]
    return len(bare) == 1 and comparable(a, a) and comparable(b, b)


def _usable(prose: str, q: Quantity) -> bool:
    return is_measure(q) and not _score_like(prose, q) and not _position(prose, q)


def _governing(prose: str, words: list[DirectionWord], first: Quantity) -> DirectionWord | None:
    """The direction word that governs a pair starting at ``first``: the nearest one before it,
    in the same clause, with no other verb between them."""
    before = [w for w in words if w.end <= first.prose_start and w.clause[0] <= first.prose_start <= w.clause[1]]
    if not before:
        return None
    w = before[-1]
    return w if _gap_ok(prose, w.end, _lead_start(prose, first)) else None


def _position(prose: str, q: Quantity) -> bool:
    """A rank or position ("number 12", "3rd place"), which moves up as its value falls."""
    return bool(
        _POSITION_BEFORE.search(prose, max(0, q.prose_start - 20), q.prose_start) or _POSITION_AFTER.match(prose, q.prose_end)
    )


def _score_like(prose: str, q: Quantity) -> bool:
    """Part of a score or a hyphenated code ("2-0", "3-1"), which the extractor may split."""
    before = prose[max(0, q.prose_start - 2) : q.prose_start]
    after = prose[q.prose_end : q.prose_end + 2]
    return bool(re.search(r"\d[-–]$", before) or re.match(r"[-–]\d", after))


def _first_after(prose: str, qs: list[Quantity], pos: int, limit: int, lead: re.Pattern[str]) -> Quantity | None:
    """The first figure after ``pos`` (before ``limit``) introduced by ``lead`` ("from", "to")."""
    for q in qs:
        if q.prose_start < pos or q.prose_start >= limit:
            continue
        if lead.search(prose, max(pos, q.prose_start - 60), q.prose_start):
            return q
    return None


def _gap_ok(prose: str, a: int, b: int) -> bool:
    text = prose[a:b]
    words = re.findall(r"[\w'’.%$£€-]+", re.sub(r"\([^()]*\)", " ", text))
    return len(words) <= _MAX_GAP_WORDS and not _BLOCKER.search(text)


def _pair_after(prose: str, w: DirectionWord, qs: list[Quantity], limit: int) -> tuple[Quantity, Quantity] | None:
    """ "rose from A to B" or "rose to B from A", the figures following the word."""
    after = [q for q in qs if q.prose_start >= w.end]
    old = _first_after(prose, after, w.end, limit, _FROM)
    new = _first_after(prose, after, w.end, limit, _TO)
    if old is None or new is None or old is new:
        return None
    first = min(old, new, key=lambda q: q.prose_start)
    second = max(old, new, key=lambda q: q.prose_start)
    lead_start = _lead_start(prose, first)
    if not _gap_ok(prose, w.end, lead_start):
        return None
    if not _gap_ok(prose, first.prose_end, _lead_start(prose, second)):
        return None
    # no other comparable figure may stand between the pair (outside parentheses)
    between = [q for q in after if first.prose_end <= q.prose_start < second.prose_start and not _in_parens(prose, q)]
    if any(comparable(q, first) for q in between):
        return None
    return old, new


def _pair_around(prose: str, w: DirectionWord, qs: list[Quantity], limit: int) -> tuple[Quantity, Quantity] | None:
    """ "B, up/down [X%] from A": the new figure stands just before the particle."""
    before = [q for q in qs if q.prose_end <= w.start and not _in_parens(prose, q)]
    if not before:
        return None
    new = before[-1]
    gap = prose[new.prose_end : w.start]
    if not re.fullmatch(
        r"\s*(?:\([^()]*\))?\s*(?:[A-Za-z'’-]+\s*){0,4}?[,;–—(]?\s*",
        gap,
    ):
        return None
    if _BLOCKER.search(gap) or re.search(r"\b(?:and|or|but|by|from|than|of)\b", gap, re.I):
        return None
    if re.search(
        r"\b(?:than|from|against|versus)\s+(?:the\s+|a\s+|an\s+|its\s+|\w+'s\s+)?$",
        prose[max(0, new.prose_start - 25) : new.prose_start],
        re.I,
    ):
        return None  # "less than the 47.3% forecast ... and down from": that figure is an object, not the new value
    after = [q for q in qs if q.prose_start >= w.end]
    old = _first_after(prose, after, w.end, limit, _FROM)
    if old is None or not _gap_ok(prose, w.end, _lead_start(prose, old)):
        return None
    if _is_range_start(prose, old):
        return None  # "down from $89 to $93bn": the old figure is a range
    return old, new


def _lead_start(prose: str, q: Quantity) -> int:
    """Where the word introducing a figure ("from", "to", "at") starts."""
    m = re.search(rf"\b(?:{_OLD_LEAD}|to|at)\s+{_HEDGE}$", prose[max(0, q.prose_start - 60) : q.prose_start], re.IGNORECASE)
    return q.prose_start - (len(prose[max(0, q.prose_start - 60) : q.prose_start]) - m.start()) if m else q.prose_start


def _in_parens(prose: str, q: Quantity) -> bool:
    left = prose[max(0, q.prose_start - 40) : q.prose_start]
    return "(" in left and ")" not in left[left.rfind("(") :]


@dataclass(frozen=True, slots=True)
class HeadlineConflict:
    """A headline's direction word ("Exports rise") against the body's figures for the same thing."""

    word: DirectionWord
    subject: str
    movement: Movement


_STOP_SUBJECT = frozenset(
    [
        "the",
        "a",
        "an",
        "this",
        "that",
        "these",
        "those",
        "with",
        "from",
        "into",
        "over",
        "under",
        "about",
        "more",
        "most",
        "less",
        "after",
        "before",
        "amid",
        "despite",
        "their",
        "its",
        "his",
        "her",
        "our",
        "says",
        "said",
        "record",
        "firm",
        "firms",
        "company",
        "year",
        "years",
        "month",
        "week",
        "and",
        "for",
        "but",
        "has",
        "had",
        "was",
        "are",
        "were",
        "new",
        "set",
        "hit",
        "all",
        "now",
        "why",
        "how",
        "who",
        "key",
        "top",
        "two",
        "one",
        "see",
        "say",
        "end",
        "bid",
    ]
)


def headline_conflicts(analysis: Analysis) -> tuple[HeadlineConflict, ...]:
    """Headline direction words whose subject moves the other way in every body movement about it
    (a body movement is about the subject when its clause names every content word of it)."""
    prose = analysis.doc.prose
    words = [w for w in analysis.claim(direction_words) if analysis.text.sentences[w.sentence].is_headline and w.asserted]
    if not words:
        return ()
    body = [m for m in analysis.claim(movements) if not analysis.text.sentences[m.word.sentence].is_headline]
    out: list[HeadlineConflict] = []
    for w in words:
        subject = _subject_words(prose[w.clause[0] : w.start])
        if not subject:
            continue
        about = []
        for mv in body:
            if not mv.word.asserted or mv.actual_sign == 0:
                continue
            first = min(mv.old.prose_start, mv.new.prose_start, mv.word.start)
            if subject <= _subject_words(prose[mv.word.clause[0] : first]):
                about.append(mv)
        if about and all(mv.actual_sign == -w.sign for mv in about):
            out.append(HeadlineConflict(w, " ".join(sorted(subject)), about[0]))
    return tuple(out)


def _subject_words(text: str) -> set[str]:
    """Content words of a short subject phrase, without plural -s ("Exports" → "export")."""
    out = set()
    for t in re.findall(r"[A-Za-z][a-z'’-]{2,}", text):
        w = t.lower().rstrip("'’")
        if w in _STOP_SUBJECT:
            continue
        out.add(w[:-1] if w.endswith("s") and not w.endswith("ss") else w)
    return out
