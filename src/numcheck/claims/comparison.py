"""Claims that compare two figures: records ("a record X, beating the previous Y"; "an
all-time high of X" against an earlier, larger figure of the same measure in the article) and
comparatives ("A, fewer than last year's B", "A outnumbered B", "twice as many as B", "That is
fewer than last year's B" after a sentence stating A).

Each claim keeps the prose span of its claim word, the figures it compares and the direction it
asserts, so that a rule only has to test the figures' intervals. Figures are read only inside the
claim's own clause and only in fixed grammatical slots, never from the sentence at large.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from numcheck.claims.wording import (
    above,
    clause_bounds,
    comparable,
    in_span,
    is_measure,
    modal,
    negated,
    quantities_by_sentence,
    same_measure,
    words_between,
)
from numcheck.engine import Analysis
from numcheck.model import Quantity

# --- records -------------------------------------------------------------------------------

_RECORD = re.compile(
    r"\b(?:(?P<rec>record)(?:[\s-]+(?P<hl>high|low|breaking|level|levels))?\b"
    r"|all-time\s+(?P<ath>high|low|best|peak|record)"
    r"|(?P<sup>highest|lowest|largest|biggest|smallest|fewest|most)[\s-]+(?:\w+\s+){0,2}?(?:ever|on\s+record)\b(?!\s+(?:since|in)\b)"
    r"(?!\s+(?:[a-z]+ed|sold|made|seen|held|won|paid)\s+(?:since|in\s+(?:a|an|one|any|a\s+single|(?:19|20)\d\d))\b))",
    re.IGNORECASE,
)
_NOT_RECORD_NEXT = re.compile(
    r"\s*(?:label|labels|company|companies|deal|deals|industry|books?|store|shops?|producers?|companies|collection|"
    r"player|players|for\b|in\s+(?:the\s+)?(?:region|area|north|south|east|west|state|county|city|country|month|year)|"
    r"since\b|so\s+far\b|this\s+(?:year|season|month|century)|of\s+(?:its|his|her|their)\s+kind)",
    re.IGNORECASE,
)
# "the highest ever for the port": the record holder itself, not a subset of the measure
# ("a record for June", "for a single day", "for the summer months" are subsets)
_FOR_ITSELF = re.compile(
    r"\s+for\s+(?:the|its|this|their|his|her|our)\s+(?!(?:month|year|season|summer|winter|spring|autumn|day|week|"
    r"weekend|quarter|period|time|first|second|third|last|past|same|whole|half|decade|century|night|morning|evening|"
    r"january|february|march|april|may|june|july|august|september|october|november|december)s?\b)[a-z][\w'’-]*"
    r"(?=\s*(?:[,.;:)–—]|$|\s(?:and|but|said|says|was|is|according)\b))",
    re.IGNORECASE,
)
_PREVIOUS = re.compile(
    r"\b(?:(?:beat(?:ing|s)?|broke|break(?:ing|s)?|surpass(?:ed|ing|es)?|top(?:ped|ping|s)?|eclips(?:ed|ing|es)|"
    r"exceed(?:ed|ing|s)?|better(?:ed|ing|s)|smash(?:ed|ing|es)?|overtak(?:ing|es)|overtook|shatter(?:ed|ing|s)?)"
    r"\s+(?:the\s+|its\s+|his\s+|her\s+|their\s+|a\s+)?(?:(?:previous|old|former|existing|last|earlier|prior|\d{4})\s+)?"
    r"|(?:the\s+)?(?:previous|old|former|existing|prior)\s+)"
    r"(?:(?:world|all-time|national|british|uk|us|european|club|personal)\s+)?"
    r"(?P<what>record|high|best|peak|low|mark|highest|lowest|biggest|largest|smallest|fewest)\b",
    re.IGNORECASE,
)
# Cheap pre-filters: sentences without these words hold no such claim.
_RECORD_HINT = re.compile(r"record|\bever\b|all-time", re.IGNORECASE)
_PREVIOUS_HINT = re.compile(
    r"record|\b(?:high|best|peak|low|mark|highest|lowest|biggest|largest|smallest|fewest)\b", re.IGNORECASE
)
_COMPARE_HINT = re.compile(
    r"\bthan\b|outnumber|outstrip|exceed|outs[eo]l|outspen|outscor|outpoll|overt[oa]|outpac|\bas\s+(?:many|much|large|big|high|great|long)\b",
    re.I,
)
_BEATING = re.compile(r"(?:beat|broke|break|surpass|top|eclips|exceed|better|smash|overt|shatter)", re.IGNORECASE)
_BEAT_FIGURE = re.compile(
    r"\b(?:beat(?:ing|s)?|broke|break(?:ing|s)?|surpass(?:ed|ing|es)?|topp(?:ed|ing)|tops|eclips(?:ed|ing|es)|"
    r"exceed(?:ed|ing|s)?|better(?:ed|ing|s)|smash(?:ed|ing|es)?|overtak(?:ing|es)|overtook|shatter(?:ed|ing|s)?)"
    r"\s+(?:the\s+|its\s+|his\s+|her\s+|their\s+)?(?:previous\s+|old\s+|former\s+|earlier\s+)?(?=[$£€]?\s?\d)",
    re.IGNORECASE,
)
_LOW_WORDS = re.compile(r"\b(?:low|lowest|smallest|fewest|least)\b", re.IGNORECASE)
# Records where less is better (race times, golf scores) read the other way round.
_LESS_IS_BETTER = re.compile(
    r"(?<!-)\b(?:sec(?:ond)?s?|minutes?|mins?|hours?|hrs?|time|times|lap|laps|par|under\s+par|strokes?)\b|\d+(?:\.\d+)?s\b|\d+:\d\d",
    re.I,
)


@dataclass(frozen=True, slots=True)
class RecordClaim:
    """ "a record X, beating the previous record of Y": ``value`` must lie beyond ``previous``."""

    start: int  # the record word, in prose coordinates
    end: int
    word: str
    sign: int  # +1 a record high, -1 a record low
    value: Quantity
    previous: Quantity
    prev_start: int  # the "previous record" words (-1 when ``previous`` is an earlier figure
    prev_end: int  # of the same measure stated elsewhere: "In 2001, sales were £6.1m")
    asserted: bool = True
    time: bool = False  # a race time: lower is better


def records(analysis: Analysis) -> tuple[RecordClaim, ...]:
    """Record claims whose new figure and previous record are both stated."""
    prose = analysis.doc.prose
    out: list[RecordClaim] = []
    by_sentence = quantities_by_sentence(analysis.quantities)
    prev_all = _previous_records(analysis)
    prev_spans = [(a, b) for a, b, _ in prev_all]
    found: list[tuple[object, re.Match[str], Quantity, tuple[int, int], bool]] = []
    for sent in analysis.text.sentences:
        qs = by_sentence.get(sent.index, [])
        if not qs or not _RECORD_HINT.search(prose, sent.start, sent.end):
            continue
        for m in _RECORD.finditer(prose, sent.start, sent.end):
            if any(a <= m.start() < b for a, b in prev_spans):
                continue  # "the previous record" is not a claim of a new one
            # "a record for June", "a record high in the region": a record of a subset, checked
            # only against a previous record beaten in the same sentence (which shares its scope)
            scoped = bool(_NOT_RECORD_NEXT.match(prose, m.end())) and not _FOR_ITSELF.match(prose, m.end())
            clause = clause_bounds(prose, sent.start, sent.end, m.start())
            value = _record_value(prose, m, qs, clause)
            if value is not None:
                found.append((sent, m, value, clause, scoped))
    for sent, m, value, clause, scoped in found:
        prev = [p for p in prev_all if p[2] is not value and comparable(p[2], value)]
        same_sentence = [p for p in prev if p[0] >= sent.start and p[1] <= sent.end and p[0] > m.start()]
        if scoped:
            same_sentence = [p for p in same_sentence if _BEATING.match(prose, p[0])]
            if not same_sentence:
                rival = _same_period_rival(analysis, m, value)
                if rival is not None:  # "410mm, a record for the summer months" / "the summer of 2012 ... 455mm"
                    if _LESS_IS_BETTER.search(prose, clause[0], clause[1]):
                        continue
                    sign = -1 if _LOW_WORDS.search(m.group(0)) else 1
                    cond = modal(prose, clause[0], m.start()) or negated(prose, clause[0], m.start())
                    out.append(RecordClaim(m.start(), m.end(), m.group(0), sign, value, rival, -1, -1, not cond))
                continue
        pick = same_sentence[0] if same_sentence else None
        if pick is None:
            # the previous record stated elsewhere in the article: one of each, unambiguous
            others = [p for p in prev if not (sent.start <= p[0] < sent.end)]
            rivals = [v for _, _, v, _, _ in found if comparable(v, value)]
            pick = others[0] if len(others) == 1 and len(rivals) == 1 else None
        if pick is None and not prev:
            rival = _earlier_rival(analysis, m, value, clause)
            pick = (-1, -1, rival) if rival is not None else None
        if pick is None:
            continue
        window = prose[clause[0] : clause[1]] + " " + prose[max(0, pick[0]) : pick[2].prose_end + 15]
        words = m.group(0) + " " + (m["hl"] or m["ath"] or "") + " " + prose[max(0, pick[0]) : max(0, pick[1])]
        sign = -1 if _LOW_WORDS.search(words) else 1
        faster = False
        if _LESS_IS_BETTER.search(window):
            # a race time: the record is the fastest, so a record time must be below the old mark
            if sign < 0 or not _race_time(prose, sent, value, pick[2]):
                continue
            sign, faster = -1, True
        cond = modal(prose, clause[0], m.start()) or negated(prose, clause[0], m.start())
        out.append(RecordClaim(m.start(), m.end(), m.group(0), sign, value, pick[2], pick[0], pick[1], not cond, faster))
    return tuple(out)


_TIME_UNITS = frozenset({"second", "minute", "hour"})
_RACE = re.compile(
    r"\b(?:ran|run|runs|won|win|wins|finished|finish|clocked|clocking|swam|swim|cycled|rode|sprint(?:ed)?|race|raced|"
    r"marathon|lap|course|track|time|timed|fastest|quickest|stopwatch|crossed\s+the\s+line|in\s+a\s+time|touched|relay|"
    r"heat|final|split|leg)\b",
    re.IGNORECASE,
)


_TIME_SLOT = re.compile(
    r"\b(?:in|clocked|clocking|clocks|timed\s+at|(?:a|an|winning|finishing)\s+time\s+of|ran|swam|won\s+in|touched\s+in)\s+"
    r"(?:a\s+|an\s+)?(?:(?:new|record|world|course|championship|personal)\s+)*$",
    re.IGNORECASE,
)


def _race_time(prose: str, sent: object, value: Quantity, previous: Quantity) -> bool:
    """Both figures are durations of a performance (a race, a lap, a swim): lower is better."""
    if value.unit not in _TIME_UNITS or previous.unit not in _TIME_UNITS or value.per or previous.per:
        return False
    if not _TIME_SLOT.search(prose, max(0, value.prose_start - 40), value.prose_start):
        return False  # "ran for a record 14 hours", "lasted 9 hours": a length, where more is the record
    return bool(_RACE.search(prose, sent.start, sent.end))  # type: ignore[attr-defined]


_PERIOD_SCOPE = re.compile(
    r"\s*for\s+(?:the\s+|a\s+)?(?P<p>summer|winter|spring|autumn|january|february|march|april|may|june|july|august|"
    r"september|october|november|december)s?\b",
    re.IGNORECASE,
)


def _same_period_rival(analysis: Analysis, m: re.Match[str], value: Quantity) -> Quantity | None:
    """A record for a season or month ("a record for the summer months") against a figure stated
    for that season or month in an earlier year ("the summer of 2012 ... 455mm"), in the same
    unit; the rival must beat the record in that unit for a high (or undercut it for a low)."""
    prose = analysis.doc.prose
    scope = _PERIOD_SCOPE.match(prose, m.end())
    if scope is None or not _own_measure(value):
        return None
    period = scope["p"].lower()
    low = bool(_LOW_WORDS.search(m.group(0)))
    rs = analysis.text.sentences[value.sentence]
    record_years = [int(y) for y in _YEAR.findall(prose, rs.start, rs.end)]
    now = min(record_years) if record_years else (analysis.date.year if analysis.date else 9999)
    for q in analysis.quantities:
        if q.sentence == value.sentence or not _same_own_measure(value, q):
            continue
        s = analysis.text.sentences[q.sentence]
        text = prose[s.start : s.end]
        years = [int(y) for y in _YEAR.findall(text)]
        if not re.search(rf"\b{period}", text, re.I) or not years or max(years) >= now:
            continue
        if modal(prose, s.start, q.prose_start):
            continue
        if above(value, q) if low else above(q, value):
            return q
    return None


_RELATIVE_PAST = re.compile(
    r"\blast\s+(?:year|season|month|decade)|\bpreviously\b|\ba\s+(?:year|decade)\s+(?:earlier|before|ago)|\byears?\s+ago\b|"
    r"\bin\s+the\s+past\b|\bonce\b",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_FIRST_VERB = re.compile(
    r"\b(?:hit|hits|reached|reaches|was|were|is|are|stood|stands|rose|rise|rises|fell|climbed|jumped|surged|soared|grew|"
    r"posted|recorded|reported|made|set|saw|had|has|have|totalled|came|topped|sold|sells|drew|draws|attracted|handled|"
    r"carried|received|welcomed|earned|raised|employed|employs|won|scored|took)\b",
    re.IGNORECASE,
)
_STOP = frozenset(
    [
        "the",
        "a",
        "an",
        "this",
        "that",
        "these",
        "those",
        "with",
        "were",
        "was",
        "have",
        "has",
        "had",
        "been",
        "their",
        "there",
        "than",
        "then",
        "year",
        "years",
        "month",
        "week",
        "time",
        "ever",
        "record",
        "records",
        "high",
        "highs",
        "low",
        "lows",
        "all-time",
        "hit",
        "hits",
        "reached",
        "reach",
        "rose",
        "risen",
        "fell",
        "climbed",
        "soared",
        "jumped",
        "which",
        "what",
        "when",
        "from",
        "into",
        "over",
        "under",
        "about",
        "some",
        "more",
        "most",
        "less",
        "least",
        "highest",
        "lowest",
        "biggest",
        "largest",
        "new",
    ]
)


def _earlier_rival(analysis: Analysis, m: re.Match[str], value: Quantity, clause: tuple[int, int]) -> Quantity | None:
    """A figure of the same measure stated for an earlier time elsewhere in the article that the
    record does not beat ("Sales hit an all-time high of £5.2m. In 2001, sales were £6.1m.")."""
    prose = analysis.doc.prose
    verb = _FIRST_VERB.search(prose, clause[0], m.start())
    head = prose[clause[0] : min(verb.start() if verb else m.start(), max(clause[0], value.prose_start))]
    said = list(re.finditer(r"\b(?:said|says|say|told|added|that|believe[sd]?|claimed|announced)\b", head, re.I))
    head = head[said[-1].end() :] if said else head  # "Bosses said this year's ...": the measure follows
    measure = {w.lower() for w in re.findall(r"[A-Za-z][a-z'-]{3,}", head)} - _STOP - {"year's", "season's", "month's"}
    if not measure and not _own_measure(value):
        return None
    rs = analysis.text.sentences[value.sentence]
    record_years = [int(y) for y in _YEAR.findall(prose, rs.start, rs.end)]
    low = bool(_LOW_WORDS.search(m.group(0)))
    for q in analysis.quantities:
        if q is value or q.sentence == value.sentence or not comparable(q, value, same_subject=True):
            continue
        s = analysis.text.sentences[q.sentence]
        qc = clause_bounds(prose, s.start, s.end, q.prose_start)
        years = [int(y) for y in _YEAR.findall(prose, s.start, s.end)]
        now = min(record_years) if record_years else (analysis.date.year if analysis.date else 9999)
        earlier = bool(years and max(years) < now) or (
            not years and not record_years and _RELATIVE_PAST.search(prose, s.start, s.end)
        )
        if not earlier or modal(prose, qc[0], q.prose_start):
            continue
        words = {w.lower() for w in re.findall(r"[A-Za-z][a-z'-]{3,}", prose[qc[0] : q.prose_start])}
        # the same thing: every word naming the measure, or its noun or unit and one shared word
        if not ((measure and measure <= words) or (_same_own_measure(value, q) and (not measure or measure & words))):
            continue
        if above(value, q) if low else above(q, value):
            return q
    return None


def _own_measure(q: Quantity) -> bool:
    """The figure names what it measures: a counted noun ("28 million passengers") or a physical
    unit ("31 million tonnes"), not a bare number, a share or an amount of money."""
    return bool(q.subject) or bool(q.unit and q.unit != "percent" and not re.fullmatch(r"[A-Z]{3}", q.unit))


def _same_own_measure(a: Quantity, b: Quantity) -> bool:
    """Both figures name the same measure by their noun or unit, with no rate on either."""
    if a.per or b.per or not (_own_measure(a) and _own_measure(b)):
        return False
    if a.unit != b.unit:
        return False
    if a.unit and (not a.subject or not b.subject):
        return True  # "410mm of rain" and "455mm": a physical unit names the measure
    return (a.subject or None) == (b.subject or None)


_RECORD_SLOT = re.compile(
    r"^\s*(?:[\w-]+\s*[,:–—]?\s+){0,4}?(?:of\s+|at\s+|was\s+|is\s+|with\s+)?(?:some\s+|about\s+|around\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+)?$",
    re.IGNORECASE,
)


def _record_value(prose: str, m: re.Match[str], qs: list[Quantity], clause: tuple[int, int]) -> Quantity | None:
    """The figure a record word governs: just after it ("a record 46.2C", "record high of X")
    or just before it ("46.2C, a record", "X, the highest ever")."""
    for q in qs:
        if q.prose_start >= m.end() and q.prose_end <= clause[1] and is_measure(q):
            gap = prose[m.end() : q.prose_start]
            partitive = re.match(r"\s+of\b", prose[q.prose_end : q.prose_end + 4])
            if _RECORD_SLOT.match(gap) and not (partitive or re.search(r"\bfor\b", gap, re.I)):
                return q  # not "the lowest price ever paid for one of his works"
            break
    before = [q for q in qs if q.prose_end <= m.start() and q.prose_start >= clause[0] and is_measure(q)]
    if before:
        q = before[-1]
        gap = prose[q.prose_end : m.start()]
        if (
            re.fullmatch(r"\s*(?:of\s+)?(?:\w+\s+){0,3}?\w+\s*,\s*(?:a|an)\s+", gap)
            or re.fullmatch(r"\s*(?:[a-z]+\s+){1,4}?(?:was|were|is|are)\s+(?:a|an|the)\s+(?:new\s+)?", gap)
            or re.fullmatch(
                r"\s*(?:\w+\s+){0,2}?\w*\s*(?:[,–—(-]|\b(?:was|is|were|are|became|proved))\s*(?:a|an|the)?\s*"
                r"(?:(?:new|fresh|another|all-time|club|world|national|british|european|personal)\s+)?(?:[A-Za-z-]+\s+)?",
                gap,
            )
        ):
            return q
    return None


def _previous_records(analysis: Analysis) -> list[tuple[int, int, Quantity]]:
    """Every "previous record (of|was) Y" phrase with its figure: (start, end, figure)."""
    prose = analysis.doc.prose
    out: list[tuple[int, int, Quantity]] = []
    by_sentence = quantities_by_sentence(analysis.quantities)
    for sent in analysis.text.sentences:
        qs = [q for q in by_sentence.get(sent.index, []) if is_measure(q)]
        if not qs:
            continue
        # "a record 13.1 million, beating the 13.9 million who..."
        at = {q.prose_start: q for q in qs}
        for m in _BEAT_FIGURE.finditer(prose, sent.start, sent.end):
            if m.end() in at:
                out.append((m.start(), m.end(), at[m.end()]))
        if not _PREVIOUS_HINT.search(prose, sent.start, sent.end):
            continue
        for m in _PREVIOUS.finditer(prose, sent.start, sent.end):
            for q in qs:
                if q.prose_start < m.end():
                    continue
                gap = prose[m.end() : q.prose_start]
                if words_between(prose, m.end(), q.prose_start) <= 6 and re.fullmatch(
                    r"[\s,]*(?:[a-z][a-z-]*\s+){0,4}?(?:(?:of|was|is|stood\s+at|at|set\s+in|in|by|from|on|high|low|best|"
                    r"\w+\s+\d{4}|\d{4}|,)\s*){0,5}"
                    r"(?:some\s+|about\s+|around\s+|nearly\s+|almost\s+|just\s+|over\s+)?",
                    gap,
                    re.IGNORECASE,
                ):
                    out.append((m.start(), m.end(), q))
                break
    return out


# --- comparatives ----------------------------------------------------------------------------

# What stands between "than" and the second figure when it is a figure and not a bound ("more
# than 500" is a hedge): a determiner, a possessive, or a name with the figure in brackets.
_DET = (
    r"(?P<det>(?:(?:the|a|an|its|their|his|her|our|last\s+\w+'s|this\s+\w+'s|the\s+previous\s+\w+'s|"
    r"a\s+year\s+earlier|\w+'s|\d{4}'s|(?:(?:those|that)\s+)?(?:of|in|for|at|on|among)(?:\s+[\w'’-]+){1,3}?\s*\(|"
    r"(?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*)){0,2}\s*(?:\(|,?\s+(?:with|at|on)\s+))\s*){1,3})"
)
_MORE = r"(?P<more>more|higher|greater|larger|bigger|above|up\s+on)"
_LESS = r"(?P<less>fewer|less|lower|smaller|below|down\s+on)"
_COMPARATIVE = re.compile(rf"\b(?P<word>{_MORE}|{_LESS})(?:\s+(?!than\b)[a-z-]+)?\s+than\s+{_DET}", re.IGNORECASE)
# "Fewer students applied this year, 48,200, than last year's 45,100": the first figure in
# apposition between the comparative word and "than"
_SPLIT_THAN = re.compile(rf",\s*than\s+{_DET}", re.IGNORECASE)
_SPLIT_WORD = re.compile(rf"\b(?P<word>{_MORE}|{_LESS})\b", re.IGNORECASE)
# The first term is set off from the comparative ("400 people came, fewer than..."; "A was more than").
_SET_OFF = re.compile(
    r"[,;–—()]|\s-\s|\b(?:is|was|are|were|be|been|being|remains?|remained|stood|stands|came|comes|proved|had|has|have|"
    r"drew|draws|attracted|recorded|reported|posted|saw|sees)\b",
    re.I,
)
_TIME_DET = re.compile(r"\b(?:last|previous|year|season|month|week|quarter|\d{4})\b|\b(?:19|20)\d\d's", re.IGNORECASE)
_OUTNUMBER = re.compile(
    r"\b(?P<word>outnumber(?:ed|s|ing)?|outstripp?(?:ed|s|ing)?|exceed(?:ed|s|ing)?|outsold|outsell(?:s|ing)?|"
    r"outspen(?:t|ds?|ding)|outscor(?:ed|es?|ing)|outpoll(?:ed|s|ing)?|overt(?:ook|aken|akes|ake|aking)|outpac(?:ed|es?|ing))\b",
    re.I,
)
_TIMES_AS = re.compile(
    r"\b(?P<word>(?P<k>twice|double|three\s+times|four\s+times|five\s+times|ten\s+times|\d+(?:\.\d+)?\s+times|half)"
    r"\s+as\s+(?:many|much|large|big|high|great|long)\b)(?:\s+\w+){0,3}?\s+as\s+(?:the\s+|its\s+|their\s+|\w+'s\s+)?",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Comparison:
    """ "A <word> B": ``sign`` +1 claims A > B, -1 claims A < B."""

    start: int
    end: int
    word: str
    sign: int
    a: Quantity
    b: Quantity
    over_time: bool  # B is an earlier figure of the same measure ("last year's 500")
    asserted: bool = True


def comparisons(analysis: Analysis) -> tuple[Comparison, ...]:
    """Comparatives with both of their figures stated in the same clause."""
    prose = analysis.doc.prose
    by_sentence = quantities_by_sentence(analysis.quantities)
    out: list[Comparison] = []
    for sent in analysis.text.sentences:
        qs = [q for q in by_sentence.get(sent.index, []) if is_measure(q)]
        if not qs or not _COMPARE_HINT.search(prose, sent.start, sent.end):
            continue
        for m in _COMPARATIVE.finditer(prose, sent.start, sent.end):
            b = _first_at(qs, m.end())
            if b is None:
                continue
            a = _before(prose, qs, m.start(), sent.start, sent.end, like=b)
            if a is None:
                a = _previous_sentence_figure(analysis, sent, m.start(), b)
            if a is None:
                a = _coordinated_subject(prose, qs, sent, m.start(), b)
            elif not _SET_OFF.search(prose[a.prose_end : m.start()]):
                continue  # "£2.5bn more than the £37.5bn" states a difference, not a comparison
            if a is None or not same_measure(a, b):
                continue
            over_time = bool(_TIME_DET.search(m["det"]) or _TIME_DET.search(prose, b.prose_end, min(sent.end, b.prose_end + 25)))
            out.append(_make(prose, sent, m, 1 if m["more"] else -1, a, b, over_time, " than"))
        for m in _SPLIT_THAN.finditer(prose, sent.start, sent.end):
            b = _first_at(qs, m.end())
            a = next((q for q in qs if q.prose_end <= m.start() and re.fullmatch(r"\s*", prose[q.prose_end : m.start()])), None)
            if (
                a is None
                or b is None
                or not comparable(a, b)
                or not re.search(r",\s*$", prose[max(0, a.prose_start - 3) : a.prose_start])
            ):
                continue
            clause = clause_bounds(prose, sent.start, sent.end, a.prose_start - 2)
            words = list(_SPLIT_WORD.finditer(prose, clause[0], a.prose_start))
            if not words:
                continue
            w = words[-1]
            over_time = bool(_TIME_DET.search(m["det"]) or _TIME_DET.search(prose, b.prose_end, min(sent.end, b.prose_end + 25)))
            out.append(_make(prose, sent, w, 1 if w["more"] else -1, a, b, over_time, " than"))
        for m in _THAN_THING.finditer(prose, sent.start, sent.end):
            # "more per pupil than urban schools: £4,900 against £5,300"; "... than last year's
            # 1,900, with 2,350 admissions"
            pair = _against_pair(prose, qs, m.end(), sent.end)
            if pair is not None and not _NOT_A_RIVAL.search(m["np"]):
                out.append(_make(prose, sent, m, 1 if m["more"] else -1, *pair, False, " than"))
        for m in _LONG_THAN.finditer(prose, sent.start, sent.end):
            b = _first_at(qs, m.end())
            if b is None or not (
                _TIME_DET.search(m["det"]) or _TIME_DET.search(prose, b.prose_end, min(sent.end, b.prose_end + 20))
            ):
                continue
            w = _WITH_FIGURE.match(prose, b.prose_end, sent.end)
            a = _first_at(qs, w.end()) if w else None
            if a is not None and same_measure(a, b) and not any(c.b is b for c in out):
                out.append(_make(prose, sent, m, 1 if m["more"] else -1, a, b, True, " than"))
        for m in _OUTNUMBER.finditer(prose, sent.start, sent.end):
            pair = _against_pair(prose, qs, m.end(), sent.end)
            if pair is not None:  # "now outsell diesel models, with 48,000 ... against 61,000"
                passive = bool(re.match(r"\s+by\b", prose[m.end() : m.end() + 5]))
                out.append(_make(prose, sent, m, -1 if passive else 1, *pair, False))
                continue
            split = _tally(prose, qs, m.end(), sent.end)
            if split is not None:  # "women outnumbered men by 120 to 150" / "..., 410 to 450,"
                out.append(_make(prose, sent, m, 1, *split, False))
                continue
            a = _before(prose, qs, m.start(), sent.start, sent.end, max_words=8)
            b = next((q for q in qs if q.prose_start >= m.end()), None)
            if a is None or b is None or words_between(prose, m.end(), b.prose_start) > 3 or not comparable(a, b):
                continue
            passive = bool(re.match(r"\s+by\b", prose[m.end() : m.end() + 5]))  # "A was outnumbered by B"
            out.append(_make(prose, sent, m, -1 if passive else 1, a, b, False))
        for m in _TIMES_AS.finditer(prose, sent.start, sent.end):
            b = _first_at(qs, m.end())
            a = _before(prose, qs, m.start(), sent.start, sent.end, like=b) if b is not None else None
            if a is None or b is None or not comparable(a, b):
                continue
            sign = -1 if m["k"].lower() == "half" else 1
            over_time = bool(_TIME_DET.search(prose, b.prose_end, min(sent.end, b.prose_end + 25)))
            out.append(_make(prose, sent, m, sign, a, b, over_time))
    return tuple(out)


# "more ... than <something that is not a figure>" followed by the two figures (": A against B").
_THAN_THING = re.compile(
    rf"\b(?P<word>{_MORE}|{_LESS})\b(?:\s+(?!than\b)[\w'’-]+){{0,6}}?\s+than\s+(?![$£€]?\d)(?P<np>[^,;:.()\d]{{1,60}}?)"
    r"\s*(?::|,\s*with\b|,\s*(?=[$£€]?\d)|\s[–—]\s|\s-\s)\s*",
    re.IGNORECASE,
)
# The thing compared with is another time, a forecast or a bound: not a rival with its own figure.
_NOT_A_RIVAL = re.compile(
    r"^\s*(?:(?:in|at|during|for|over)\s+)?(?:the\s+|a\s+|an\s+|its\s+|their\s+|his\s+|her\s+)?(?:\w+\s+)?"
    r"(?:last|previous|previously|before|earlier|ago|years?|months?|seasons?|expected|forecast|predicted|planned|"
    r"budgeted|target|hoped|thought|estimated|usual|normal|average|ever|anticipated|feared|half|double|twice|time|once)\b"
    r"|\b(?:expected|forecast|predicted|planned|budgeted|targeted|anticipated|feared|hoped)\b",
    re.IGNORECASE,
)
# A comparative with words between it and "than" ("Fewer patients were admitted this winter than
# last year's 1,900"), and the first term after the second: ", with 2,350 admissions".
_LONG_THAN = re.compile(
    rf"\b(?P<word>{_MORE}|{_LESS})\s+(?:(?!than\b)(?:[A-Za-z'’-]+|(?:19|20)\d\d)\s+){{1,9}}?than\s+{_DET}",
    re.IGNORECASE,
)
_WITH_FIGURE = re.compile(
    r"(?:\s+(?:[a-z'’-]+|(?:19|20)\d\d)){0,3}?\s*,\s*with\s+(?:a\s+total\s+of\s+|some\s+|about\s+|around\s+|only\s+|just\s+|nearly\s+)?",
    re.IGNORECASE,
)
_AGAINST = re.compile(
    r"\s*(?:[\w'’-]+\s+){0,8}?(?:against|compared\s+(?:with|to)|versus|vs\.?)\s+"
    r"(?:the\s+|some\s+|about\s+|around\s+|just\s+|only\s+)?",
    re.IGNORECASE,
)
_LEAD_A = re.compile(
    r"(?:(?:\s+[a-z'’-]+){0,5}?\s*(?::|,\s*with|,|[–—]|\s-)\s*)?"
    r"(?:a\s+total\s+of\s+|(?:an?\s+)?average\s+of\s+|some\s+|about\s+|around\s+|just\s+|only\s+|nearly\s+)?",
    re.IGNORECASE,
)


def _against_pair(prose: str, qs: list[Quantity], pos: int, end: int) -> tuple[Quantity, Quantity] | None:
    """The figures of "[, with] A ... against B" starting at ``pos``: (A, B) in the same unit."""
    lead = _LEAD_A.match(prose, pos, end)
    a = _first_at(qs, lead.end()) if lead else None
    if a is None:
        return None
    g = _AGAINST.match(prose, a.prose_end, end)
    b = _first_at(qs, g.end()) if g else None
    if b is None or re.search(r"\d|\b(?:and|but|while|whereas|which|who)\b", prose[a.prose_end : g.start() + len(g.group(0))]):
        return None
    return (a, b) if same_measure(a, b) else None


_TALLY = re.compile(r"\s*(?P<a>\d[\d,]*(?:\.\d+)?)\s*(?:to|-|–)\s*(?P<b>\d[\d,]*(?:\.\d+)?)\s*$")


def _tally(prose: str, qs: list[Quantity], pos: int, end: int) -> tuple[Quantity, Quantity] | None:
    """The two sides of "A outnumbered B by 120 to 150" (read as one range by the extractor)."""
    q = next((q for q in qs if pos <= q.prose_start <= end), None)
    if q is None or words_between(prose, pos, q.prose_start) > 4 or not re.search(r"(?:\bby|,)\s*$", prose[pos : q.prose_start]):
        return None
    m = _TALLY.match(q.text)
    if m is None:
        return None
    x, y = (float(m[g].replace(",", "")) for g in ("a", "b"))
    return replace(q, value=x, low=x, high=x, is_range=False), replace(q, value=y, low=y, high=y, is_range=False)


def _make(
    prose: str, sent, m: re.Match[str], sign: int, a: Quantity, b: Quantity, over_time: bool, suffix: str = ""
) -> Comparison:
    clause = clause_bounds(prose, sent.start, sent.end, m.start())
    since = a.prose_end if a.prose_end <= m.start() else clause[0]  # "did not outnumber men: 140 against 190"
    cond = modal(prose, clause[0], m.start()) or negated(prose, max(clause[0], since), m.start())
    return Comparison(m.start("word"), m.end("word"), m["word"] + suffix, sign, a, b, over_time, not cond)


def _first_at(qs: list[Quantity], pos: int) -> Quantity | None:
    """The figure starting exactly at ``pos`` (after the determiners of a "than" phrase)."""
    for q in qs:
        if pos <= q.prose_start <= pos + 1:
            return q
    return None


def _before(
    prose: str, qs: list[Quantity], pos: int, s0: int, s1: int, max_words: int = 5, like: Quantity | None = None
) -> Quantity | None:
    """The figure that is the first term of a comparative at ``pos``: close before it, same clause.
    With ``like``, the nearest figure in the same unit, passing over figures of other kinds
    ("12,000 visitors over three days this summer, fewer than...")."""
    clause = clause_bounds(prose, s0, s1, pos)
    cands = [q for q in in_span(qs, clause[0], pos)]
    if like is not None:
        cands = [q for q in cands if same_measure(q, like)]
        same = [q for q in cands if like.subject and q.subject == like.subject]
        cands = same or cands  # "1.2 million people over 85, twice as many as the 1.5 million"
        max_words += 6
    if not cands:
        return None
    q = cands[-1]
    gap = prose[q.prose_end : pos]
    if words_between(prose, q.prose_end, pos) > max_words or re.search(r"\b(?:and|or|but|of|from|to|by)\s*$|\bthan\b", gap):
        return None
    return q


def _coordinated_subject(prose: str, qs: list[Quantity], sent: object, pos: int, like: Quantity) -> Quantity | None:
    """ "A is more than B, but fewer than C": the second comparative shares the first's subject A."""
    clause = clause_bounds(prose, sent.start, sent.end, pos)  # type: ignore[attr-defined]
    if not re.fullmatch(
        r"\s*(?:but|and|yet|though|although)?\s*(?:still\s+|far\s+|much\s+|slightly\s+)?", prose[clause[0] : pos], re.I
    ):
        return None
    head = [q for q in qs if q.prose_end <= clause[0] and comparable(q, like)]
    if not head:
        return None
    first = _COMPARATIVE.search(prose, head[0].prose_end, clause[0])
    return head[0] if first and _SET_OFF.search(prose[head[0].prose_end : first.start()]) else None


_ANAPHOR = re.compile(
    r"\s*(?:that|this|it|the\s+(?:figure|total|number|tally|count|amount|sum))\s+(?:is|was|are|were|'s)\s+(?:\w+\s+)?", re.I
)


def _previous_sentence_figure(analysis: Analysis, sent: object, pos: int, like: Quantity) -> Quantity | None:
    """ "... drew 12,000 visitors. That is fewer than last year's 15,000": the figure "that" refers to."""
    prose = analysis.doc.prose
    if sent.index == 0 or not _ANAPHOR.fullmatch(prose, sent.start, pos):  # type: ignore[attr-defined]
        return None
    prev = analysis.text.sentences[sent.index - 1]  # type: ignore[attr-defined]
    if prev.paragraph != sent.paragraph:  # type: ignore[attr-defined]
        return None
    cands = [q for q in analysis.quantities if q.sentence == prev.index and is_measure(q) and comparable(q, like)]
    return cands[-1] if len(cands) == 1 else None
