"""Mentions of the same measure: which counts in a document count the same thing.

``mentions(analysis)`` reads each count's subject (:func:`numcheck.extract.subjects.find_subject`)
and the interval its wording allows; ``pairs(analysis)`` links two mentions when they count the
same thing in the same frame, and says whether their values agree.

Two mentions are linked when

- their nouns fall in one synonym group ("troops", "soldiers", "personnel"), and the noun is a
  stock of things, not a unit of time or score;
- their qualifiers agree: the same places and demonyms ("North Korean troops" = "troops from
  North Korea"); a mention without any takes the document's *topic qualifier* when one
  qualifier dominates the mentions of that group (an article about North Korean troops that
  later says "10,000 soldiers"); a figure that is split into a qualified part in its own
  sentence ("50,000 troops, 11,000 of them from North Korea") is a *composite* and is only
  compared with other mixed or unqualified totals;
- nothing says they are different figures: not in one sentence (a writer who puts two figures
  side by side means two things: "rose from 12 to 15", "50,000, 11,000 of them ..."), not a
  rate against a total, not a hypothetical, not a forecast against a fact, not a clause that
  reports a change or revision ("initially", "later", "rose to"), not an increment ("another
  5,000") or a remainder ("the other 200"), not different years, not different things
  happening to them ("200 killed" vs "300 injured");
- for generic nouns ("people", "men") their clauses must say the same thing happened; for values
  far apart (ratio above ``max_ratio``) the link needs the same evidence, since a distant figure
  of the same noun is more often another measure than a mistake.

What happened is read across wordings: a verb, its noun and its participle fall in one predicate
class ("cut"/"cuts"/"job cuts", "lost"/"loss of", "died"/"deaths"), several-word events count too
("made homeless"/"lost their homes", "winched to safety", "at risk"), an event noun says what is
counted ("23 deaths" counts people who died), an agent noun names its event ("the 38,000
finishers" / "41,000 runners finished"), and "all 17 of its hospitals" states the whole stock
("which runs 12 hospitals"). A modal after the noun ("250 jobs would be lost") is a forecast like
one before the figure; a nominal back-reference ("the 1,500 job losses") has no tense of its own.
Money is linked by what it is the cost of ("will cost £36m" for the roof, "the £63m bill for the
roof", "the hospital, which will cost £450m") or given to ("£20m boost for the town centre",
"will spend £12m on the town centre"); the headline's named project and "the £7.5m project" are
one. A cost is a forecast only when estimated; "final"/"actual" costs are not compared with it.
Parts stay apart: "including five children", "Of those, 120", a place opening the sentence ("In
the old town, 210 homes"), a place after the noun ("nurses at the clinic"), opposite outcomes
("backed"/"rejected"), and a clause naming one more event of the subset kind (arrested, injured)
than the other ("Thousands march" vs "40 marchers were arrested"). When the same event is told
with the same verb family, the figures may be up to ``STRONG_RATIO`` apart: a big gap between
strongly matched mentions is more clearly a slip.

Values are compared as intervals: a plain figure allows a little rounding (``10,000`` within
2.5 %, so that two different round figures for one measure, 10,000 and 11,000, conflict even
though each could round 10,500; ``1.5m`` within half its last digit), a hedge widens or bounds
it (from extraction: "some 50,000" agrees with 49,800), a vague amount ("dozens") is read
generously (a conflict only below half its low end or beyond 1.5 times its high end, ten times
for "thousands" and more, which are often written for tens of thousands).
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from numcheck.claims.lexicon_nouns import (
    CHANGE_WORDS,
    CONTRASTS,
    DISTINCT_WORDS,
    EVENT_NOUNS,
    FRAME_UNITS,
    FRAME_WORDS,
    GENERIC,
    GROUP,
    NOT_MEASURES,
    NOT_VERBS,
    OWNER_GROUP,
    PEOPLE,
    REPORTING,
    STOCK_WORDS,
    agent_predicate,
    predicate,
)
from numcheck.extract.nouns import demonym, is_plural, lemma
from numcheck.extract.subjects import Subject, find_subject
from numcheck.model import Kind, Quantity

if TYPE_CHECKING:
    from numcheck.engine import Analysis
    from numcheck.text import Sentence


def _split(text: str) -> list[str]:
    return text.split()


SEVERAL = "(several)"
HEADLINE_ONLY = "(headline)"  # the noun of a headline figure that has none: "Quake kills 200"
COMPOSITE = "(composite)"
MAX_RATIO = 1.5
STRONG_RATIO = 4.0
# What happens to some of those counted: a clause naming one of these and another without it count a part
SUBSET_EVENTS = frozenset({"death", "injury", "arrest", "missing", "rescue", "trap"})

_COUNT_KINDS = frozenset({Kind.COUNT, Kind.NUMBER})
_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*")
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_LOWER_BOUND = {">", ">="}
_UPPER_BOUND = {"<", "<="}
_HEDGE_WORDS = {
    "more than": ">",
    "over": ">",
    "at least": ">=",
    "up to": "<=",
    "as many as": "<=",
    "fewer than": "<",
    "less than": "<",
    "under": "<",
    "nearly": "~<",
    "almost": "~<",
    "about": "~",
    "around": "~",
    "some": "~",
    "roughly": "~",
    "approximately": "~",
    "an estimated": "~",
    "just over": "~>",
}


@dataclass(frozen=True, slots=True)
class Mention:
    """A count with what it counts, the interval its wording allows, and its context."""

    quantity: Quantity
    subject: Subject
    group: str  # synonym group ("troop" for troops, soldiers, personnel), or "GBP:contract" for money
    qualifiers: frozenset[str]  # proper qualifiers: places, demonyms, SEVERAL, COMPOSITE
    adjectives: frozenset[str]  # lower-case modifiers ("elite", "full-time")
    low: float
    high: float
    bound: str | None  # "lower" ("more than 100"), "upper" ("up to 100") or None
    vague: bool
    headline: bool
    inherited: bool  # qualifiers taken from the document's topic
    predicates: frozenset[str]  # what happened to the things counted ("death", "arrest")
    years: frozenset[str]  # years and relative frames ("2004", "last year") named in the clause
    changed: bool  # the clause reports a change, revision or update
    phrase: str  # "11,000 of them from North Korea"
    place: str  # "para 3", "headline"
    forecast: bool  # a prediction governs the figure ("will cut 300 jobs"; not "300 jobs will go")
    distinct: bool  # the clause is about another entity ("another firm asked 2,234 adults")
    verb: str | None  # the verb whose object the figure is ("carried 230 passengers"), reporting verbs left out
    contrasts: tuple[frozenset[str], ...]  # per contrast set, the members named ("morning", "March")
    stock: str  # a possession or existence: "present" ("has 120 schools"), "past" ("had"), "capacity" ("holds")
    total: bool  # stated as a sum: "altogether", "in all", "a total of"
    supposed: bool  # "imagine 10,000 ...", "if 5,000 ...": a supposition (also read from the text layer's markers)
    owner: str | None  # whose figure it is: "Chelsea have 25 players", "Leeds's 120 schools"
    part: bool = False  # "including five children", "among them 40 ...": a part of a figure just given
    site: str = ""  # a common-noun place after the counted noun: "450 nurses at the hospital" → hospital
    polarity: str = ""  # "+" for backed/passed/won, "-" for rejected/failed/lost (opposite outcomes count different people)
    still: bool = False  # "remaining", "By noon,": a count at a later moment
    later: bool = False  # "later said", "earlier": a statement at another time, perhaps an update
    event_words: frozenset[str] = frozenset()  # the words that gave the predicates ("finished")
    tenseless: bool = False  # a nominal reference with no verb of its own: "the 1,500 job losses", "the loss of 640 jobs"
    reported_future: bool = False  # "confirmed that 250 jobs would be lost": a reported plan, not a supposition
    whole: bool = False  # "all 17 of its hospitals": the whole stock, not a part
    scope: str = ""  # a place opening the sentence: "In the town centre, 250 ..." (a part of the whole)
    after_verb: str | None = None  # a verb right after the counted noun ("800 pupils sat ...")
    holder: str = ""  # a common-noun possessive owner: "its rival's 430 staff" → rival
    words: frozenset[str] = frozenset()  # lemmas of the words of its sentence (entities it may name)

    @property
    def exact(self) -> bool:
        return not self.vague and self.bound is None

    @property
    def hypothetical(self) -> bool:
        return ("hypothetical" in self.quantity.markers and not self.reported_future) or self.supposed

    def describe(self) -> str:
        """``11,000 of them from North Korea (narration, para 3)``."""
        return f"{self.phrase} ({self.quantity.source.describe()}, {self.place})"


@dataclass(frozen=True, slots=True)
class Pair:
    """Two mentions of the same measure, in document order, and whether their values agree."""

    first: Mention
    second: Mention
    agree: bool
    contrasted: bool  # stated by two sources set against each other: at most an info note
    strong: bool  # linked by the same predicate or a definite reference, not only by the noun


def mentions(analysis: Analysis) -> tuple[Mention, ...]:
    """Every count (and sum of money) in the document that has a subject, with its comparison interval."""
    doc, ctx = analysis.doc, analysis.text
    prose = doc.prose
    raw: list[tuple[Quantity, Subject]] = []
    for q in analysis.quantities:
        if not (q.kind in _COUNT_KINDS and q.unit is None) and q.kind != Kind.MONEY:
            continue
        sent = ctx.sentence_at(q.prose_start)
        if sent is None:
            continue
        # the pipeline kept the full subject it found; read it again only where it looked for none
        sub = q.detail("subject_detail") or find_subject(prose, sent.start, sent.end, q.prose_start, q.prose_end)
        if q.kind == Kind.MONEY:
            sub = _money_subject(prose, sent.start, sent.end, q, sub)
        if sub is None and sent.is_headline and q.kind in _COUNT_KINDS and q.unit is None:
            # "Factory fire kills 12": headlines drop the noun; what happened links it to the body
            nxt = re.match(r"\s+[A-Za-z][\w'’\-]*", prose[q.prose_end : sent.end])
            end = q.prose_end + (nxt.end() if nxt else 0)
            raw.append((q, Subject(HEADLINE_ONLY, (), -1, -1, False, ("headline-only",), end)))
            continue
        if sub is None or sub.noun in NOT_MEASURES or len(sub.noun) < 3 or not sub.noun.isalpha():
            continue
        if _capitalised_head(prose, sub):
            continue  # "4 GHz", "27 February", "3 Oscars": a unit, a date or a name, not a counted stock
        raw.append((q, sub))
    topics = _topics(prose)
    has_headline = doc.headline is not None or bool(ctx.sentences and ctx.sentences[0].is_headline)
    return tuple(_mention(analysis, raw, i, topics, has_headline) for i in range(len(raw)))


def _mention(
    analysis: Analysis, raw: list[tuple[Quantity, Subject]], i: int, topics: dict[str, str], has_headline: bool
) -> Mention:
    prose, ctx = analysis.doc.prose, analysis.text
    q, sub = raw[i]
    sent = ctx.sentence_at(q.prose_start)
    assert sent is not None
    group = _group(prose, sent.start, sent.end, q, sub)
    proper, adjectives = _split_qualifiers(sub.qualifiers)
    composite = any(
        q2.sentence == q.sentence and "own-qualifier" in s2.flags and GROUP.get(s2.noun, s2.noun) == group
        for q2, s2 in raw[i + 1 :]
    )
    inherited = False
    if composite:
        proper = frozenset({COMPOSITE})
    elif len(proper) > 1:
        proper = frozenset({SEVERAL})
    elif not proper and group in topics:
        proper, inherited = frozenset({topics[group]}), True
    low, high, bound, vague = _interval(q, prose)
    bounds = [r[0] for r in raw] + [x for x in analysis.quantities if x.kind in _COUNT_KINDS and x.unit is None]
    clause = _clause(prose, sent.start, sent.end, q, bounds)  # "2,000 took part and 45 were arrested"
    seq = [w.lower() for w in _WORD.findall(_strip_phrases(clause))]
    phrase_end = max(q.prose_end, sub.phrase_end)
    own = {w.lower() for w in _WORD.findall(prose[q.prose_start : phrase_end]) if lemma(w.lower()) == sub.noun}
    words = set(seq) - own  # the counted noun itself ("employees") is not something that happened
    if sub.noun in EVENT_NOUNS:  # "23 deaths", "300 redundancies": the noun says what happened
        words |= {sub.noun}
    whole = (
        "partitive" in sub.flags
        and bool(_ALL_BEFORE.search(prose[max(sent.start, q.prose_start - 12) : q.prose_start]))
        and not _PLACE_AFTER.match(prose, max(q.prose_end, sub.phrase_end), sent.end)
    )
    # "last year" vs "next year"; "this week" is the article's own present, like no frame at all
    frames = {
        f"{x} {_unpossessed(y)}"
        for x, y in itertools.pairwise(seq)
        if x in FRAME_WORDS - {"this"} and lemma(_unpossessed(y)) in FRAME_UNITS
    }  # "last year's 4,300 nurses" is framed like "4,300 nurses last year"
    lead = _HEDGE_LEAD.search(prose[max(sent.start, q.prose_start - 20) : q.prose_start])
    begin = q.prose_start - (len(lead.group()) if lead else 0)  # "at least 1,500 people", when the span left it out
    phrase = prose[sub.start : q.prose_end] if "before" in sub.flags else prose[begin:phrase_end]
    if len(phrase) > 60 or "\n" in phrase:
        phrase = f"{q.text} {sub.noun}"
    return Mention(
        quantity=q,
        subject=sub,
        group=group,
        qualifiers=proper,
        adjectives=adjectives,
        low=low,
        high=high,
        bound=bound,
        vague=vague,
        headline=sent.is_headline,
        inherited=inherited,
        predicates=frozenset(c for c in map(predicate, words) if c) | _phrase_predicates(clause),
        years=frozenset(_YEAR.findall(clause)) | frames,
        changed=_changes(seq, own) or bool(_SO_FAR.search(clause)) or ("cost" in sub.flags and bool(words & _OUTTURN)),
        later=bool(words & _SOFT_CHANGE),
        still=bool(_STILL.search(prose[sent.start : phrase_end + 30 if phrase_end + 30 < sent.end else sent.end])),
        part=bool(_PART_BEFORE.search(prose[max(sent.start, q.prose_start - 25) : q.prose_start]))
        or bool(_PART_AFTER.match(prose, phrase_end, sent.end)),
        site=next((f[3:] for f in sub.flags if f.startswith("of:")), "") or _site(prose, phrase_end, sent.end),
        polarity="+"
        if words & _POSITIVE and not words & _NEGATIVE
        else "-"
        if words & _NEGATIVE and not words & _POSITIVE
        else "",
        phrase=phrase,
        place="headline" if sent.is_headline else f"para {q.paragraph + (0 if has_headline else 1)}",
        forecast=_forecast(prose, sent, q, sub, phrase_end, whole),
        distinct=bool(words & DISTINCT_WORDS),
        verb=_object_verb(prose, sent.start, q.prose_start),
        contrasts=_contrasts(clause, own, _paragraph(analysis, q)),
        stock="present" if whole else _stock(prose, sent.start, q.prose_start),
        total=bool(_TOTAL.search(clause)),
        supposed=bool(_SUPPOSE.search(prose[sent.start : q.prose_start])),
        owner=_owner(prose, sent.start, q.prose_start),
        whole=whole,
        holder=_holder(prose, sent.start, q.prose_start),
        words=frozenset(lemma(w.lower()) for w in _WORD.findall(prose[sent.start : sent.end])),
        event_words=frozenset(w for w in words if predicate(w)) | {f"@{c}" for c in _phrase_predicates(clause)},
        tenseless=q.kind != Kind.MONEY
        and (
            "definite" in sub.flags
            or bool(_NOMINAL_BEFORE.search(prose[max(sent.start, q.prose_start - 30) : q.prose_start]))
            or bool(_NOMINAL_AFTER.match(prose, q.prose_end, sent.end))
        )
        # "condemned the 460 job losses": a definite phrase names a known count, whatever verb takes it
        and ("definite" in sub.flags or _object_verb(prose, sent.start, q.prose_start) is None)
        and not _expected_after(prose, phrase_end)
        and not _predicted(prose, sent.start, q.prose_start),
        reported_future=bool(_REPORTED_WOULD.search(prose[sent.start : sent.end])),
        scope=_scope(prose[sent.start : q.prose_start]),
        after_verb=_verb_after(prose, phrase_end, sent.end),
    )


_COST_NOUNS = frozenset({"cost", "bill", "price", "budget", "pricetag", "tag", "overspend", "figure", "sum", "amount", "total"})
_NP_WORDS = r"(?:[a-z][\w'’\-]*\s+){0,3}?[a-z][\w'’\-]*"
# "the bill for the roof", "the cost of the new stadium"
_THING_AFTER = re.compile(
    r"\s*(?:(?:bill|cost|costs|price|price\s+tag|budget|overspend)\s+(?:for|of|on)\s+(?:the\s+|its\s+|a\s+|their\s+)?"
    rf"(?P<np>{_NP_WORDS})(?=\s+(?:to|for|of|at|in|on|was|is|will|would|had|has|and|which|that|project)\b|\s*[,.;:]|\s*$))",
    re.IGNORECASE,
)
# "The new roof for the stadium will cost", "the repairs to the bridge are expected to cost", "the roof's cost of"
_THING_BEFORE = re.compile(
    r"(?:^|\b(?i:the|its|their|a|an)\s+)(?P<np>(?:[a-z][\w'’\-]*\s+){0,2}?[a-z][\w'’\-]*)"
    r"(?:\s+(?:for|to|of|at|in|on)\s+(?:the\s+|its\s+|a\s+)?(?P<obj>[\w'’\-]+(?:\s+[\w'’\-]+)?))?"
    r"(?:['’]s\s+(?:total\s+|final\s+)?(?:cost|bill|price|budget)|\s+(?:has\s+a\s+budget\s+of|"
    r"(?:will|would|could|may|might|is\s+expected\s+to|are\s+expected\s+to|is\s+set\s+to|are\s+set\s+to)\s+cost|"
    r"costs?|cost\s+(?:about|around|some|nearly|almost|more\s+than|over|less\s+than|up\s+to)))\s*(?:is|was|will\s+be|of|at)?\s*$",
)
# "£8m swimming pool": a money figure before a short noun phrase that ends the clause
_BARE_THING = re.compile(
    r"\s+(?P<np>(?:[a-z][\w'’\-]*\s+){0,2}?[a-z][\w'’\-]*)(?=\s*(?:$|[,.;:]|\s+(?:for|in|at|on|to|and|is|was|will|would)\b))"
)
# "The new hospital, which will cost £450m"
_THING_WHICH = re.compile(
    r"\b(?i:the|its|their|a|an)\s+(?P<np>(?:[a-z][\w'’\-]*\s+){0,2}?[a-z][\w'’\-]*),\s+which\s+"
    r"(?:will\s+|would\s+|is\s+expected\s+to\s+|is\s+set\s+to\s+)?costs?\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?$"
)
_FUND_NOUNS = frozenset({"boost", "investment", "funding", "grant", "package", "injection", "fund", "cash"})
_NP_END = r"(?=\s+(?:to|for|of|at|in|on|was|is|will|would|had|has|and|which|that|with|from|by|over)\b|\s*[,.;:]|\s*$)"
# "£20m boost for the town centre", "£5m investment in the port"
_FUND = re.compile(
    r"\s+(?:boost|investment|funding|grant|package|injection|fund|cash)\s+(?:for|in|to|into)\s+(?:the\s+|its\s+|their\s+|a\s+)?"
    rf"(?P<np>{_NP_WORDS}){_NP_END}",
    re.IGNORECASE,
)
_FUND_ON = re.compile(rf"\s+(?:on|in|into|for)\s+(?:the\s+|its\s+|their\s+|a\s+)?(?P<np>{_NP_WORDS}){_NP_END}", re.IGNORECASE)
_SPEND_BEFORE = re.compile(
    r"\b(?:spend|spends|spent|spending|invest|invests|invested|investing|allocate|allocated|pledged|pledge|put|pump|pumped)"
    r"\s+(?:a\s+further\s+|another\s+|about\s+|around\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|up\s+to\s+)?$",
    re.IGNORECASE,
)
_PLAIN_MODIFIERS = frozenset({"new", "proposed", "planned", "whole", "entire", "total", "latest"})
_NOT_THINGS = frozenset(_COST_NOUNS | {"which", "it", "that", "this", "they", "work", "works", "plan", "deal"})


def _money_subject(prose: str, s0: int, s1: int, q: Quantity, sub: Subject | None) -> Subject | None:
    """What a sum of money is the cost of: "the £63m bill for the roof", "the roof will cost £36m" → roof."""
    fund = _FUND.match(prose, q.prose_end, s1) if sub is None or sub.noun in _FUND_NOUNS else None
    if fund is None and sub is None:
        spend = _SPEND_BEFORE.search(prose[max(s0, q.prose_start - 30) : q.prose_start])
        fund = _FUND_ON.match(prose, q.prose_end, s1) if spend else None
    if fund is not None:  # "a £20m boost for the town centre", "will spend £12m on the town centre"
        words = fund["np"].split()
        head = lemma(words[-1])
        if head not in _NOT_THINGS and head.isalpha() and len(head) > 2:
            quals = tuple(w.lower() for w in words[:-1] if w.lower() not in _PLAIN_MODIFIERS)
            return Subject(head, quals, -1, -1, False, ("fund",), fund.end())
    if sub is not None and sub.noun not in _COST_NOUNS:
        longer = _BARE_THING.match(prose, q.prose_end, s1)
        if longer and sub.end >= 0 and longer.end() > sub.end:  # "£9m sports hall": the head is "hall"
            words = longer["np"].split()
            quals = tuple(w.lower() for w in words[:-1] if w.lower() not in _PLAIN_MODIFIERS)
            return Subject(lemma(words[-1]), quals, sub.start, longer.end(), False, sub.flags, longer.end())
        return sub
    np = obj = None
    m = _THING_AFTER.match(prose, q.prose_end, s1)
    bare = _BARE_THING.match(prose, q.prose_end, s1) if sub is None else None
    if m:
        np = m["np"]
    elif bare:
        np = bare["np"]
    else:
        before = prose[max(s0, q.prose_start - 80) : q.prose_start]
        b = _THING_WHICH.search(before) or _THING_BEFORE.search(before)
        if b:
            np = b["np"]
            obj = b.groupdict().get("obj")
    if np is None:
        return sub
    words = np.split()
    head = lemma(words[-1])
    if head in _NOT_THINGS or head in STOCK_WORDS or len(head) < 3 or not head.isalpha():
        return sub
    quals = tuple(w.lower() for w in words[:-1] if w.lower() not in _PLAIN_MODIFIERS)
    flags = ("cost", f"of:{lemma(obj.split()[-1])}") if obj else ("cost",)  # "the repairs to the tunnel"
    return Subject(head, quals, -1, -1, False, flags, max(q.prose_end, sub.phrase_end if sub else q.prose_end))


_PART_BEFORE = re.compile(r"\b(?:including|includes|include|among\s+them|among\s+whom|of\s+whom|of\s+which)\s+$", re.IGNORECASE)
_PART_AFTER = re.compile(r"[^.;]{0,40}?,\s+(?:part\s+of|out\s+of|among|of\s+a\s+total\s+of)\s+", re.IGNORECASE)
_SITE = re.compile(
    r"\s+(?:at|in|on|from)\s+(?:(?:the|its|their|his|her|our|a)\s+(?:[\w\-]+['’]s\s+)?|[A-Z][\w\-]*['’]s\s+)"
    r"(?P<name>(?:[A-Z][\w\-]*\s+){0,2})(?:[a-z][\w'’\-]*\s+)?"
    r"(?!(?:were|was|is|are|had|has|have|would|will|could|and|or|to|in|on|at|for|with|who|which|that|after|since)\b)"
    r"(?P<w>[a-z][\w'’\-]*)"  # the head, not a verb after it ("at the plant were")
)
_STILL = re.compile(
    r"\b(?:remain|remained|remaining)\b|^By\s+(?:noon|midday|midnight|nightfall|dawn|the\s+evening|the\s+afternoon|the\s+morning|\d)",
    re.IGNORECASE,
)


_AUX = frozenset({"would", "will", "had", "has", "have", "could", "may", "might", "are", "is", "were", "was", "been", "also"})
_CHANGE_SUBJECTS = frozenset({"number", "toll", "total", "figure", "count", "tally", "it", "they", "this", "that", "which"})


def _changes(seq: list[str], own: set[str]) -> bool:
    """Whether the clause reports a change of the count; "fees would rise" or "costs had soared"
    is a change of something else, whose noun stands before the verb."""
    for k, w in enumerate(seq):
        if w not in CHANGE_WORDS or w in _SOFT_CHANGE or _noun_compound(seq, k, own):
            continue
        j = k - 1
        while j >= 0 and seq[j] in _AUX:
            j -= 1
        before = seq[j] if j >= 0 else ""
        if w.endswith(("ly",)) or not before or before in own or before in _CHANGE_SUBJECTS or not is_plural(before):
            return True
    return False


_CHANGE_NOUNS = frozenset({"rise", "rises", "increase", "increases"})
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "any"})


def _noun_compound(seq: list[str], k: int, own: set[str]) -> bool:
    """Whether a change word is the head of another noun phrase ("the pay rise", "a price
    increase", "the board's annual pay rise"): the change of something else, not of the count."""
    if seq[k] not in _CHANGE_NOUNS:
        return False
    for j in range(k - 1, max(-1, k - 4), -1):
        w = seq[j]
        if j < k - 1 and (w in _DETERMINERS or w.endswith(("'s", "’s"))):
            return True
        if w in _AUX or w in own or w in _CHANGE_SUBJECTS or w in _DETERMINERS or lemma(w) in own:
            return False
    return False


def _site(prose: str, pos: int, end: int) -> str:
    """The head of a place phrase right after the counted noun ("at the hospital"), after the
    place's name when one stands before it ("at the Hull depot" → "Hull depot")."""
    m = _SITE.match(prose, pos, end)
    if not m:
        return ""
    return " ".join([*m["name"].split(), lemma(m["w"])])  # "at its Leeds plant" → "Leeds plant"


_POSITIVE = frozenset({"backed", "supported", "approved", "favoured", "favored", "passed", "won", "accepted"})
_NEGATIVE = frozenset({"rejected", "opposed", "against", "failed", "refused", "declined"})
# "later said": an update when two figures are given; a vague amount or a bound it contradicts is still wrong
_SOFT_CHANGE = frozenset({"later", "earlier", "subsequently"})
_OUTTURN = frozenset({"final", "actual", "eventual", "overrun", "overran", "overspend", "original", "originally", "estimate"})
_ESTIMATE_BEFORE = re.compile(
    r"\b(?:expected|estimated|forecast|predicted|budgeted|projected|originally|initially)\b[^,;:]*$", re.IGNORECASE
)


def _forecast(prose: str, sent: Sentence, q: Quantity, sub: Subject, phrase_end: int, whole: bool) -> bool:
    """Whether the figure is a prediction: a forecast word before it in its clause, or a modal
    after its noun ("250 jobs would be lost"); a cost is a forecast only when estimated ("is
    expected to cost"), since "will cost £36m" and "the £36m bill" state the same price; "all 17
    of its hospitals" is a present stock whatever happens to them."""
    if whole:
        return False
    if "cost" in sub.flags or "fund" in sub.flags:
        return bool(_ESTIMATE_BEFORE.search(prose[sent.start : q.prose_start])) or _expected_after(prose, phrase_end)
    return (
        _predicted(prose, sent.start, q.prose_start)
        or _expected_after(prose, phrase_end)
        or _modal_event_after(prose, phrase_end, sent.end)
        or (sent.is_headline and bool(_HEADLINE_FUTURE.match(prose, phrase_end, sent.end)))
        or (sent.is_headline and bool(_HEADLINE_TO.search(prose[sent.start : q.prose_start])))
    )


def _modal_event_after(prose: str, pos: int, end: int) -> bool:
    """ "250 jobs would be lost", "eleven libraries will close": a modal and an event after the noun
    ("3,800 employees would be consulted" says nothing will happen to the count)."""
    m = _MODAL_AFTER.match(prose, pos, end)
    if not m:
        return False
    tail = _WORD.findall(prose[m.end() : min(end, m.end() + 25)])[:3]
    return any(predicate(w) for w in tail)


def _group(prose: str, s0: int, s1: int, q: Quantity, sub: Subject) -> str:
    """The synonym group of what a figure counts, with a few readings by what happened to it."""
    group = GROUP.get(sub.noun, sub.noun)
    if sub.noun in EVENT_NOUNS:
        return EVENT_NOUNS[sub.noun][0]
    if group in {"person", "staff"}:
        near = _predicates_near(prose, s0, s1, q)
        if "jobcut" in near or "jobcut" in _predicates_near(prose, s0, s1, q, after=True):
            return GROUP["job"]  # "1,200 workers will lose their jobs" counts jobs lost
        if "employ" in near:
            return GROUP["staff"]  # "the firm employs 2,300 people" counts its staff
    if q.kind == Kind.MONEY:  # "a £4.5m contract": the same currency and the same thing bought or paid
        return f"{q.unit}:fund:{sub.noun}" if "fund" in sub.flags else f"{q.unit}:{sub.noun}"
    return group


def pairs(analysis: Analysis, max_ratio: float = MAX_RATIO) -> tuple[Pair, ...]:
    """Pairs of mentions that count the same thing, with whether their values agree."""
    ms = analysis.claim(mentions)
    out: list[Pair] = []
    for i, a in enumerate(ms):
        for b in ms[i + 1 :]:
            pair = _link(a, b, max_ratio)
            if pair is not None:
                out.append(pair)
    return tuple(out)


def _link(a: Mention, b: Mention, max_ratio: float) -> Pair | None:
    qa, qb = a.quantity, b.quantity
    wild = HEADLINE_ONLY in (a.group, b.group)
    if wild:
        other = b if a.group == HEADLINE_ONLY else a
        if other.group not in PEOPLE or not (a.predicates & b.predicates) or _point(other) < 2:
            return None  # a headline figure without a noun counts people, linked by what happened to them
    elif a.group != b.group and not _agent_link(a, b) and not _project_link(a, b):
        return None
    contrasted = _contrasted(a, b)
    if qa.sentence == qb.sentence and not contrasted:
        return None
    if a.forecast != b.forecast and not (a.tenseless or b.tenseless):
        return None  # "expected to cut 6,000 jobs" vs "cut 4,000 jobs"; "the 1,500 job losses" has no tense
    if a.hypothetical or b.hypothetical or a.distinct or b.distinct:
        return None
    soft = (a.later or b.later or any("later" in q.markers for q in (qa, qb))) and not (a.vague or b.vague or a.bound or b.bound)
    if (
        a.changed
        or b.changed
        or soft
        or a.still != b.still
        or any(m in q.markers for q in (qa, qb) for m in ("initially", "update"))
    ):
        return None
    if (a.subject.rate or qa.per) != (b.subject.rate or qb.per):
        return None
    skip = {"increment", "remainder"}
    if skip & set(a.subject.flags) or skip & set(b.subject.flags):
        return None
    for m in (a, b):
        if "partitive" in m.subject.flags and "own-qualifier" not in m.subject.flags and not m.whole:
            return None  # "500 of the protesters", "1,000 of them": a part of a whole named elsewhere
    mixed = {COMPOSITE, SEVERAL} >= a.qualifiers | b.qualifiers
    if a.qualifiers != b.qualifiers and not (mixed and a.qualifiers and b.qualifiers) and not wild:
        return None  # "400,000 Sri Lankans" vs "one million people": a part, or another place
    strong = (
        bool(a.predicates & b.predicates)
        or (a.whole and b.stock == "present")
        or (b.whole and a.stock == "present")
        or (not a.predicates and not b.predicates and _shared_verb(a, b))
        or (a.group != b.group and _agent_link(a, b))
    )
    if a.predicates and b.predicates and (a.predicates ^ b.predicates) & SUBSET_EVENTS and not (a.whole or b.whole):
        return None  # "thousands protest" vs "350 protesters were arrested": those arrested are a part
    other = b if a.total else a
    # "a total of 41,000 runners" and "the 38,000 finishers" or "38,000 runners finished": the whole again,
    # unless an agent did it to a part ("Lifeboats rescued 240 passengers")
    back_ref = other.tenseless or (other.verb is None and not other.owner and _same_verb(a, b))
    if a.total != b.total and a.exact and b.exact and not (strong and back_ref and qa.paragraph != qb.paragraph):
        return None  # "altogether 30 projects" sums groups; "the 26 projects" may be one of them
    if a.adjectives != b.adjectives and not wild and a.group == b.group:
        return None  # "337,000 jobs" vs "71,000 construction jobs": a part, or another kind
    if a.scope != b.scope:
        return None  # "In the town centre, 250 people ...": a part of the storm's total
    if a.owner and b.owner and a.owner != b.owner:
        return None  # "Chelsea have 25 players" vs "Arsenal have 28 players"
    if not _same_holder(a, b):
        return None  # "the club employs 340 staff" vs "its rival's 430 staff"
    if a.years != b.years and not _future_frame_only(a, b):
        return None  # "killed 300 in 2004" vs "killed 250": another year, another event
    if a.predicates and b.predicates and not (a.predicates & b.predicates):
        return None
    if any(x and y and not (x & y) for x, y in zip(a.contrasts, b.contrasts, strict=True)):
        return None  # "the morning session" vs "the evening session", "in January" vs "in February"
    if a.part or b.part:
        return None  # "seven people died, including five children"
    if _other_site(a.site, b.site):
        return None  # "450 nurses at the hospital" vs "300 nurses at the clinic"
    if a.polarity and b.polarity and a.polarity != b.polarity:
        return None  # "300 voters backed the plan" vs "200 voters rejected it"
    if not strong and a.verb and b.verb and a.verb != b.verb:
        return None  # "carried 230 passengers" vs "pulled 180 passengers from the water"
    if not strong and bool(a.stock) != bool(b.stock) and (a.verb or a.after_verb if b.stock else b.verb or b.after_verb):
        return None  # "the county has 120 schools" vs "inspectors rated 95 schools as good"
    if "capacity" in (a.stock, b.stock) and a.stock != b.stock:
        return None  # "the stadium holds 90,000" vs "62,000 watched"
    if a.stock and b.stock and a.stock != b.stock:
        return None  # "employed 3,000 staff" vs "employs 2,200 staff": then and now
    agree = not _conflict(a, b)
    if agree or (contrasted and strong):
        return Pair(a, b, agree, contrasted, strong)  # two sources set against each other: an info note
    ratio = 1.0 if _transposed(qa.text, qb.text) else _ratio(a, b)  # "25,000" vs "52,000": a slip, however far
    generic = any(m.subject.noun in GENERIC and m.group == GROUP.get(m.subject.noun, m.subject.noun) for m in (a, b))
    small = max(_point(a), _point(b)) <= 20
    near = qa.paragraph == qb.paragraph
    if (generic or near or small) and not strong:
        return None  # figures side by side in one paragraph are usually meant as different
    if near and ratio > max_ratio and not (a.vague or b.vague):
        return None
    limit = max_ratio * (4 / 3 if strong or a.headline or b.headline else 1)
    if strong and not near and a.adjectives == b.adjectives and _same_verb(a, b):
        limit = max(limit, STRONG_RATIO)  # the same thing, the same event: a big gap is more clearly a slip
    if not (a.vague or b.vague) and ratio > limit:
        return None  # far apart: more often another measure than a slip
    return Pair(a, b, agree, contrasted, strong)


def _other_site(x: str, y: str) -> bool:
    """Whether two sites differ: another head ("hospital", "clinic"), or another name before the
    same head ("Leeds plant", "Hull plant"); a bare head may be either named one."""
    if not x or not y:
        return False
    *xn, xh = x.split()
    *yn, yh = y.split()
    return xh != yh or bool(xn and yn and xn != yn)


def _unpossessed(word: str) -> str:
    """ "year's" → "year": a possessive frame word names the same frame."""
    return re.sub(r"['’]s?$", "", word)


def _future_frame_only(a: Mention, b: Mention) -> bool:
    """ "will close 16 post offices next spring" and "nine post offices would close": one plan, one
    side naming when; both must be forecasts and the only frames "next ..." or "coming ..."."""
    extra = a.years ^ b.years
    return a.forecast and b.forecast and not (a.years and b.years) and all(f.startswith(("next ", "coming ")) for f in extra)


def _shared_verb(a: Mention, b: Mention) -> bool:
    """The same verb right after both counted nouns ("1,200 children missed out", "950 children had missed")."""
    return bool(a.after_verb and b.after_verb and a.after_verb[:5] == b.after_verb[:5] and len(a.after_verb) > 3)


def _same_verb(a: Mention, b: Mention) -> bool:
    """Whether the two clauses use one word family for what happened ("cut"/"cuts", "lost"/"loss")."""
    stems = {w[:4] for w in a.event_words}
    return any(w[:4] in stems for w in b.event_words) or bool(a.predicates & b.predicates & _ONE_MEANING)


_PROJECT_NOUNS = frozenset({"project", "scheme", "development", "building", "facility", "venue", "works"})


def _project_link(a: Mention, b: Mention) -> bool:
    """ "Council approves £5m leisure centre" and "the £7.5m project": the headline names the project."""
    qa, qb = a.quantity, b.quantity
    if qa.kind != Kind.MONEY or qb.kind != Kind.MONEY or qa.unit != qb.unit:
        return False
    head, body = (a, b) if a.headline else (b, a)
    return (
        head.headline
        and not body.headline
        and body.subject.noun in _PROJECT_NOUNS
        and "definite" in body.subject.flags
        and not body.adjectives  # "the £40m housing project" is another one
    )


# predicate classes whose words all name one event ("completed" = "finished"); "sale" has buyers and sellers
_ONE_MEANING = frozenset({"finish", "death", "injury", "arrest", "rescue", "vote", "attend", "apply", "sign", "strike"})


def _agent_link(a: Mention, b: Mention) -> bool:
    """ "the 38,000 finishers" and "41,000 runners finished": an agent noun names the event."""
    for x, y in ((a, b), (b, a)):
        if y.group in PEOPLE:
            cls = agent_predicate(x.subject.noun)
            stem = x.subject.noun[:4]
            if cls and any(predicate(w) == cls and (w.startswith(stem) or cls in _ONE_MEANING) for w in y.event_words):
                return True  # the same verb: "finishers"/"finished", not "sellers"/"bought"
    return False


def _contrasted(a: Mention, b: Mention) -> bool:
    """Two different named sources, close together: "Kyiv says 1,000; Moscow says 200"."""
    sa, sb = a.quantity.source, b.quantity.source
    if sa.kind == "narration" or sb.kind == "narration" or not sa.speaker or not sb.speaker:
        return False
    if sa.speaker == sb.speaker:
        return False
    return abs(a.quantity.sentence - b.quantity.sentence) <= 1


_HEDGE_LEAD = re.compile(
    r"\b(?:more than|at least|up to|fewer than|less than|as many as|nearly|almost|about|around|some|over|under|"
    r"an estimated|just over|just under|at most|no more than|roughly|approximately)\s+$",
    re.IGNORECASE,
)


def _transposed(x: str, y: str) -> bool:
    """Whether two figures are the same digits in another order ("1,240" and "1,420")."""
    dx, dy = re.sub(r"\D", "", x), re.sub(r"\D", "", y)
    return len(dx) >= 2 and dx != dy and sorted(dx) == sorted(dy) and len(dx.rstrip("0")) >= 2


def _ratio(a: Mention, b: Mention) -> float:
    va = _point(a)
    vb = _point(b)
    if va <= 0 or vb <= 0:
        return math.inf
    return max(va, vb) / min(va, vb)


def _point(m: Mention) -> float:
    q = m.quantity
    if q.value is not None:
        return q.value
    if math.isinf(m.high):
        return m.low
    return math.sqrt(max(m.low, 1e-9) * m.high)


def _conflict(a: Mention, b: Mention) -> bool:
    """Whether no reading of the two wordings gives a common value."""
    la, ha = _soft(a)
    lb, hb = _soft(b)
    return max(la, lb) > min(ha, hb) * (1 + 1e-9)


def _soft(m: Mention) -> tuple[float, float]:
    if m.vague and m.quantity.text.lower().startswith("several"):
        return m.low * 0.5, math.inf  # "several people were arrested": at least a few, of any number
    if m.vague:  # "thousands" is often written for tens of thousands; "dozens" not for 300
        return m.low * 0.5, m.high * (10 if m.high > 1000 else 1.5)
    return m.low, m.high


def _interval(q: Quantity, prose: str) -> tuple[float, float, str | None, bool]:
    """(low, high, bound, vague) for comparison; exact figures get their rounding tolerance."""
    hedge = _hedge_symbol(q.hedge) if q.hedge else _hedge_before(prose, q.prose_start)
    bound = "lower" if hedge in _LOWER_BOUND else "upper" if hedge in _UPPER_BOUND else None
    if q.vague or q.is_range:
        return q.low, q.high, bound, q.vague
    value = q.value if q.value is not None else q.low
    tol = _rounding(q.text, value)
    if hedge in _LOWER_BOUND:
        return value - tol, math.inf, bound, False
    if hedge in _UPPER_BOUND:
        return 0.0, value + tol, bound, False
    if hedge is None:  # a plain figure: its own rounding (extraction's interval may be a looser reading)
        return value - tol, value + tol, None, False
    low, high = min(q.low, value - tol), max(q.high, value + tol)
    if hedge == "~":  # "about 10,000": within 10 to 15 %, whatever looser reading extraction allows
        low, high = max(min(low, value * 0.9), value * 0.85), min(max(high, value * 1.1), value * 1.15)
    elif hedge == "~<":
        low, high = min(low, value * 0.85), value + tol
    elif hedge == "~>":
        low, high = value - tol, max(high, value * 1.15)
    return low, high, bound, False


def _rounding(text: str, value: float) -> float:
    """Half a unit of the last written digit; for trailing zeros at most 2.5 % of the value."""
    m = re.search(r"\d[\d,]*(?:\.(\d+))?", text)
    if not m:
        return 0.0
    digits = m.group().replace(",", "")
    if m.group(1) is not None:  # "1.5m": the writer rounded to one decimal of the scale
        number = float(digits)
        scale = value / number if number else 1.0
        return 0.5 * 10 ** -len(m.group(1)) * scale
    zeros = len(digits) - len(digits.rstrip("0")) if digits.strip("0") else 0
    number = float(digits) if digits else value
    scale = value / number if number else 1.0
    half = 0.5 * 10**zeros * scale if zeros else 0.0
    return min(half, 0.025 * value)


def _hedge_symbol(hedge: str) -> str:
    h = hedge.strip().lower()
    return _HEDGE_WORDS.get(h, h)


def _hedge_before(prose: str, start: int) -> str | None:
    before = prose[max(0, start - 20) : start].lower()
    for words, sym in sorted(_HEDGE_WORDS.items(), key=lambda kv: -len(kv[0])):
        if re.search(rf"\b{words}\s+$", before):
            return sym
    return None


def _split_qualifiers(quals: tuple[str, ...]) -> tuple[frozenset[str], frozenset[str]]:
    proper: set[str] = set()
    adjectives: set[str] = set()
    for x in quals:
        if x == SEVERAL or demonym(x) or x.startswith(("in ", "from ")):
            proper.add(demonym(x) or x)
        elif x and not x.endswith("ed") and x not in {"young", "old", "big", "small", "other", "such"}:
            adjectives.add(x)
    return frozenset(proper), frozenset(adjectives)


_EXPECTED_AFTER = re.compile(
    r"[^,;:.]{0,30}?\b(?:(?:is|are|was|were|had been|has been|have been|being)\s+"
    r"(?:expected|forecast|predicted|projected|anticipated|feared|planned|proposed|mooted|rumoured)\b|"
    r"(?:expected|forecast|predicted|projected|likely|set|due)\s+to\b)",
    re.IGNORECASE,
)


_PLACE = re.compile(r"\b(?:in|at)\s+(?:the\s+)?(?P<name>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)*)")


_SCOPE = re.compile(
    r"^(?:(?:In|At|Across|Among|On)\s+(?:the\s+)?(?P<s>(?:[a-z0-9][\w'’\-]*|[A-Z][a-z][\w'’\-]*)(?:\s+[A-Za-z][\w'’\-]*){0,2}),|"
    r"(?P<of>Of\s+(?:those|them|these|the\s+[\d,]+|which|whom)\b))"
)
_NOT_SCOPES = frozenset(
    _split(
        "statement interview letter report response addition contrast all total fact particular recent meantime end "
        "past future morning afternoon evening night week month year weekend meantime short long"
    )
)


def _scope(before: str) -> str:
    """A lowercase place phrase opening the sentence before the figure ("In the town centre,")."""
    m = _SCOPE.match(before)
    if m and m["of"]:
        return "(part)"  # "Of those, 120 ...": a part of a figure just given
    if not m or set(m["s"].lower().split()) & (_NOT_SCOPES | _MONTH_DAY) or _YEAR.search(m["s"]):
        return ""
    return m["s"].lower()


_REPORTED_WOULD = re.compile(
    r"^(?![^.]*\b(?:if|unless|could|might|may)\b)[^.]*\b(?:said|says|confirmed|announced|told|warned|admitted|added|"
    r"insisted|revealed|stated)\b[^.]*\bwould\b",
    re.IGNORECASE,
)
_NOMINAL_BEFORE = re.compile(
    r"\b(?:the\s+)?(?:loss|losses|cut|cuts|closure|closures|deaths?)\s+of\s+(?:the\s+|some\s+|about\s+|around\s+)?$",
    re.IGNORECASE,
)
_NOMINAL_AFTER = re.compile(r"\s+job\s+(?:cuts|losses)\b", re.IGNORECASE)
_PLACE_AFTER = re.compile(r"\s+(?:in|across|at|within|outside|near)\b", re.IGNORECASE)
_ALL_BEFORE = re.compile(r"\ball\s+$", re.IGNORECASE)
# "250 jobs would be lost", "300 jobs will go": a modal right after the counted phrase
_MODAL_AFTER = re.compile(
    r"(?:\s+(?:(?:at|in|across|from)\s+(?:the\s+|its\s+|their\s+)?[\w'’\-]+))?\s+"
    r"(?:will|would|could|may|might|(?:are|is)\s+(?:to|set\s+to|due\s+to|likely\s+to))\b",
    re.IGNORECASE,
)
_HEADLINE_TO = re.compile(r"\bto\s+[a-z][\w'’\-]*\s+(?:up\s+to\s+|about\s+|some\s+|more\s+than\s+)?$")  # "Firm to axe 300 jobs"
_HEADLINE_FUTURE = re.compile(r"(?:\s+[a-z][\w'’\-]*)?\s+to\s+(?:go|be|close|lose|face|get|receive|shut)\b")
_AFTER_SKIP = frozenset(
    _split(
        "have has had were was are is will would could may might been be being also all still now had then later "
        "who which that and or but of in at on to for from with by as than into after before during across"
    )
)
_VERB_LIKE_AFTER = re.compile(r"\s+(?P<w>[a-z][a-z'’\-]+)")


def _verb_after(prose: str, pos: int, end: int) -> str | None:
    """A lowercase word right after the counted phrase that reads as its verb ("800 pupils sat")."""
    m = _VERB_LIKE_AFTER.match(prose, pos, end)
    while m and m["w"] in {"have", "has", "had", "also", "all", "still", "now"}:
        m = _VERB_LIKE_AFTER.match(prose, m.end(), end)
    if not m or m["w"] in _AFTER_SKIP:
        return None
    w = m["w"]
    return w if (w.endswith("ed") or w in _IRREGULAR_PAST or predicate(w)) else None


_IRREGULAR_PAST = frozenset(
    _split(
        "sat took went came made won lost ran saw got gave found left kept held met paid put read sent spent stood "
        "told thought brought bought caught fought taught began drove flew grew knew rode rose swam threw wore wrote"
    )
)

_SO_FAR = re.compile(r"\b(?:so far|to date|thus far|as yet|until now|up to now)\b", re.IGNORECASE)
_DISPLACED = re.compile(
    r"\b(?:(?:from|leave|left|leaving|flee|fled|fleeing|quit|lost|lose|losing)\s+(?:their\s+|its\s+|his\s+|her\s+)?homes?|"
    r"made\s+homeless)\b",
    re.IGNORECASE,
)
_PHRASES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("displaced", _DISPLACED),
    ("death", re.compile(r"\b(?:lost|lose|losing)\s+(?:their|his|her)\s+lives?\b", re.IGNORECASE)),
    (
        "rescue",
        re.compile(r"\b(?:winched|brought|pulled|carried|led|taken|lifted|airlifted)\s+(?:\w+\s+)?to\s+safety\b", re.IGNORECASE),
    ),
    ("strike", re.compile(r"\bwalk(?:ed|ing|s)?\s+out\b", re.IGNORECASE)),
    ("risk", re.compile(r"\b(?:at\s+risk|under\s+threat|in\s+danger)\b", re.IGNORECASE)),
)


def _strip_phrases(text: str) -> str:
    """The text without its several-word predicates ("lost their homes" is not a job lost)."""
    for _, rx in _PHRASES:
        text = rx.sub(" ", text)
    return text


def _phrase_predicates(clause: str) -> frozenset[str]:
    """Predicate classes said in several words: "forced from their homes" → displaced."""
    return frozenset(c for c, rx in _PHRASES if rx.search(clause))


def _paragraph(analysis: Analysis, q: Quantity) -> str:
    blocks = analysis.doc.blocks
    if 0 <= q.paragraph < len(blocks):
        b0, b1 = blocks[q.paragraph]
        return analysis.doc.prose[b0:b1]
    return ""


def _contrasts(clause: str, own: set[str], paragraph: str) -> tuple[frozenset[str], ...]:
    """Per contrast set, the members the clause names; the last set is the places its paragraph
    names ("in Cardiff", "at Bluewater")."""
    words = [w for w in _WORD.findall(clause) if w.lower() not in own]
    out = []
    for k, members in enumerate(CONTRASTS):
        named = {w.lower() for w in words if w.lower() in members and (k > 1 or w[0].isupper())}
        out.append(frozenset(named))
    places = {m["name"].lower() for m in _PLACE.finditer(paragraph or clause)}
    out.append(frozenset(p for p in places if p.split()[0] not in _MONTH_DAY))
    return tuple(out)


_STOCK_BEFORE = re.compile(
    r"\b(?P<verb>[a-z]+)\s+(?:a\s+total\s+of\s+|about\s+|around\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?$",
    re.IGNORECASE,
)


_VERB_BEFORE = re.compile(
    r"\b(?P<verb>[a-z]+)\s+(?:(?:a\s+total\s+of|about|around|some|nearly|almost|more\s+than|over|at\s+least|up\s+to|"
    r"an\s+estimated|as\s+many\s+as|only|just|another|a\s+further|the|its|their|all)\s+)*$",
    re.IGNORECASE,
)


def _object_verb(prose: str, s0: int, start: int) -> str | None:
    """The verb right before the figure, whose object it is ("rescued 23 people"), if any."""
    m = _VERB_BEFORE.search(prose[max(s0, start - 50) : start])
    if not m:
        return None
    verb = m["verb"].lower()
    if verb in REPORTING or verb in NOT_VERBS or verb in STOCK_WORDS:
        return None
    if (verb.endswith("ed") and len(verb) > 4) or predicate(verb):
        return verb
    return None


_CAPACITY_BEFORE = re.compile(
    r"\b(?:holds?|seats?|accommodates?|sleeps|capacity\s+(?:of|for)|built\s+for|designed\s+for|room\s+for|"
    r"can\s+(?:take|hold|carry|house|handle)|able\s+to\s+(?:take|hold|carry|house|handle))\s+(?:up\s+to\s+|about\s+|some\s+)?$",
    re.IGNORECASE,
)
_PAST_STOCK = frozenset({"had", "owned", "employed", "contained", "housed", "operated", "ran", "were"})


def _stock(prose: str, s0: int, start: int) -> str:
    """How the figure is what something has: "capacity" ("holds 90,000"), "present" ("has 120
    schools", "there are 40"), "past" ("employed 3,000"), or "" when it is not a stock."""
    before = prose[max(s0, start - 40) : start]
    if _CAPACITY_BEFORE.search(before):
        return "capacity"
    m = _STOCK_BEFORE.search(before)
    if not m:
        return ""
    verb = m["verb"].lower()
    if verb in {"are", "were"} and not re.search(r"\bthere\s+(?:are|were)\s+\S*\s*$", before, re.IGNORECASE):
        return ""
    if verb not in STOCK_WORDS | {"are", "were"}:
        return ""
    return "past" if verb in _PAST_STOCK else "present"


_OWNER = re.compile(
    r"(?P<name>(?:[A-Z][\w’'\-&.]*\s+)*[A-Z][\w’'\-&.]*?)(?:(?:'s|’s|')\s+|\s+(?:(?:has|have|had|will|would|could|is|are|was|were)"
    r"\s+)?(?:(?P<verb>[a-z]+)\s+)?)(?:(?:about|around|some|nearly|almost|more\s+than|over|at\s+least|up\s+to|only|just)\s+)?$"
)
_NOT_OWNERS = frozenset(
    {"The", "A", "An", "It", "They", "He", "She", "We", "This", "That", "There", "In", "On", "At", "By", "Some", "About"}
    | {"Around", "Nearly", "Almost", "More", "Only", "Just", "All", "Over", "Up", "Another", "Its", "Their", "Of", "For"}
)


def _owner(prose: str, s0: int, start: int) -> str | None:
    """The proper name that holds or did the figure: "Chelsea have 25", "Tesco's 250,000"."""
    m = _OWNER.search(prose[max(s0, start - 60) : start])
    if not m:
        return None
    words = [w for w in m["name"].split() if w not in _NOT_OWNERS]
    if not words or demonym(" ".join(words)) or words[-1].lower() in _MONTH_DAY:
        return None
    if m["verb"] and (m["verb"] in REPORTING or m["verb"] in {"says", "say", "tells", "estimates", "reports", "believes"}):
        return None  # "Officials said 300 ...": who tells the figure, not whose it is
    last = words[-1].lower()
    if len(words) == 1 and (last in {"police", "staff"} or last.endswith(("ers", "ists", "ians", "als", "ors", "ees"))):
        return None  # "Rescuers found 23 ...", "Officials put ...": a common noun starting the sentence
    return " ".join(words)


_HOLDER = re.compile(
    r"\b(?:the|its|their|his|her|our|a|this|that)\s+(?:[a-z][\w\-]*(?:'s|’s)?\s+){0,2}?(?P<w>[a-z][\w\-]*)(?:'s|’s|s'|s’)\s+"
    r"(?:(?:about|around|some|nearly|almost|more\s+than|over|at\s+least|up\s+to|only|just)\s+)?$",
    re.IGNORECASE,
)


def _holder(prose: str, s0: int, start: int) -> str:
    """A common noun owning the figure through a possessive: "its rival's 430" → rival."""
    m = _HOLDER.search(prose[max(s0, start - 60) : start])
    if not m or m["w"][0].isupper():
        return ""
    return lemma(m["w"].lower())


def _same_holder(a: Mention, b: Mention) -> bool:
    """Whether possessive owners allow the link: "the board's 4,300 nurses" goes with "the health
    board employs 3,400 nurses" (the other sentence names the owner), not with "the club's"."""
    if a.holder and b.holder:
        return OWNER_GROUP.get(a.holder, a.holder) == OWNER_GROUP.get(b.holder, b.holder)
    held, other = (a, b) if a.holder else (b, a)
    if not held.holder:
        return True
    names = other.words | (frozenset(lemma(w) for w in other.owner.lower().split()) if other.owner else frozenset())
    return OWNER_GROUP.get(held.holder, held.holder) in {OWNER_GROUP.get(w, w) for w in names}


_MONTH_DAY = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november"}
    | {"december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
)


def _expected_after(prose: str, pos: int) -> bool:
    """ "6,000 job losses had been expected": the figure is what someone expected."""
    return bool(_EXPECTED_AFTER.match(prose, pos))


_SUPPOSE = re.compile(r"\b(?:imagine|suppose|supposing|hypothetically|what if|if|unless)\b(?![^;:]*[;:])", re.IGNORECASE)
_TOTAL = re.compile(r"\b(?:altogether|in all|in total|all told|a total of|overall|combined)\b", re.IGNORECASE)
_FORECAST = re.compile(
    r"\b(?:will|would|could|may|might|shall|(?:expected|expects|expect|set|plans?|planning|going|likely|aims?|hopes?|"
    r"intends?|due|poised|forecast|predicted|projected|seeks?|wants?) to|forecast|forecasts|predicts?|projects?|"
    r"expects?|expected|anticipates?|anticipated)\b"
    r"(?![^,;:]*[,;:])",
    re.IGNORECASE,
)


def _predicted(prose: str, s0: int, start: int) -> bool:
    """Whether a forecast word governs the figure: it stands before it in its clause, not negated."""
    before = prose[s0:start]
    found = list(_FORECAST.finditer(before))
    if not found:
        return False
    m = found[-1]
    return not re.search(r"\b(?:not|n't|never)\s+$", before[: m.start()])


def _predicates_near(prose: str, s0: int, s1: int, q: Quantity, after: bool = False) -> set[str]:
    """Predicate classes of the words just before the figure (or just after it)."""
    text = prose[q.prose_end : min(s1, q.prose_end + 40)] if after else prose[max(s0, q.prose_start - 30) : q.prose_start]
    text = _strip_phrases(text)
    return {c for c in map(predicate, _WORD.findall(text)) if c}


def _capitalised_head(prose: str, sub: Subject) -> bool:
    """Whether the noun is written with a capital (and is not a demonym such as "Afghans")."""
    if sub.start < 0 or sub.noun == "person":
        return False
    word = re.search(r"[A-Za-z][\w'’\-]*$", prose[sub.start : sub.end])
    return bool(word and word.group()[0].isupper())


def _clause(prose: str, s0: int, s1: int, q: Quantity, others: list[Quantity]) -> str:
    """The part of the sentence that belongs to ``q``: up to the neighbouring figures."""
    lo, hi = s0, s1
    for o in others:
        if o is q or not (s0 <= o.prose_start < s1):
            continue
        if o.prose_end <= q.prose_start:
            lo = max(lo, o.prose_end)
        elif o.prose_start >= q.prose_end:
            hi = min(hi, o.prose_start)
    return prose[lo:hi]


def _topics(prose: str) -> dict[str, str]:
    """Per noun group, the one qualifier that dominates its mentions in the whole document."""
    counts: dict[str, Counter[str]] = {}
    words = list(_WORD.finditer(prose))
    for k, m in enumerate(words):
        w = m.group()
        group = GROUP.get(lemma(w.lower()))
        if group is None or w[0].isupper():
            continue
        quals: list[str] = []
        # capitalised words right before: "North Korean troops"
        j = k - 1
        name: list[str] = []
        while j >= 0 and words[j].group()[0].isupper() and prose[words[j].end() : words[j + 1].start()].strip() == "":
            name.insert(0, words[j].group())
            j -= 1
        if name and re.search(r"[A-Z][\w’']*\s*(?:,|\band)\s*$", prose[max(0, words[j + 1].start() - 30) : words[j + 1].start()]):
            continue  # "Russian, North Korean troops": several qualifiers
        if name:
            d = demonym(" ".join(name)) or (demonym(name[-1]) if len(name) > 1 else None)
            if d:
                quals.append(d)
        # "troops from North Korea"
        if k + 2 < len(words) and words[k + 1].group().lower() == "from":
            name = []
            j = k + 2
            while j < len(words) and words[j].group()[0].isupper():
                name.append(words[j].group())
                j += 1
            if j + 1 < len(words) and words[j].group().lower() == "and" and words[j + 1].group()[0].isupper():
                continue  # "troops from Russia and North Korea"
            if name and demonym(" ".join(name)):
                quals.append(demonym(" ".join(name)) or "")
        if len(quals) == 1:
            counts.setdefault(group, Counter())[quals[0]] += 1
    out: dict[str, str] = {}
    for group, c in counts.items():
        (top, n), *rest = c.most_common()
        if n >= 3 and n >= 2 * sum(v for _, v in rest):
            out[group] = top
    return out
