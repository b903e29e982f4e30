"""Calendar claims: located dates, ages paired with birth years, stated lengths of periods with
their endpoints, and "N years ago, in YEAR".

Dates come from :func:`numcheck.extract.dates.find_dates`, run once per paragraph (so that a
sentence split inside "Nov. 25" cannot cut a date in two) and located in prose coordinates.
Pairings are deliberately narrow: a claim is built only where the words tie the two figures
together (same sentence, apposition, a shared surname), never by mere proximity in the text.
"""

from __future__ import annotations

import calendar as _cal
import dataclasses
import datetime as dt
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from numcheck.extract.dates import MONTHS, DateMention, find_dates, number_word
from numcheck.model import Evidence, Kind

if TYPE_CHECKING:
    from numcheck.engine import Analysis


@dataclass(frozen=True, slots=True)
class Located:
    """A date mention in prose coordinates, with its sentence and paragraph."""

    m: DateMention
    start: int
    end: int
    sentence: int
    paragraph: int


def evidence(a: Analysis, start: int, end: int, role: str = "figure", value: float | None = None) -> Evidence:
    """Evidence for a prose stretch, with the source that states it."""
    return Evidence(a.doc.span(start, end), role, value, None, a.text.source_at(start), a.text.markers_at(start))


def located_dates(a: Analysis) -> tuple[Located, ...]:
    """Every date mention of the document, in order (computed once per document)."""
    return a.claim(_located_dates)


def _located_dates(a: Analysis) -> tuple[Located, ...]:
    out: list[Located] = []
    for p, (b0, b1) in enumerate(a.doc.blocks):
        for m in find_dates(a.doc.prose[b0:b1]):
            s = a.text.sentence_at(b0 + m.start)
            out.append(Located(m, b0 + m.start, b0 + m.end, s.index if s else -1, p))
    return tuple(out)


def sentence_bounds(a: Analysis, pos: int) -> tuple[int, int]:
    s = a.text.sentence_at(pos)
    return (s.start, s.end) if s else (pos, pos)


# --- ages and birth years -------------------------------------------------------------------

_NOT_NAMES = frozenset(
    [
        *("The", "A", "An", "In", "On", "At", "By", "For", "From", "Since", "After", "Before", "During", "When"),
        *("While", "But", "And", "Mr", "Mrs", "Ms", "Dr", "Sir", "Lord", "He", "She", "They", "It", "His", "Her"),
        *("Their", "This", "That", "These", "Those", "Police", "Officers"),
    ]
    + [m.capitalize() for m in MONTHS]
    + ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
)
_NAME_BEFORE = re.compile(
    r"(?P<name>[A-Z][a-z'’-]+(?:\s+(?:de|van|von|der|la|le|al-)?\s*[A-Z][a-z'’-]+)*)"
    r"(?:\s*,\s*(?:who\s+(?:is|was|turns|turned|will\s+be)\s+|aged\s+|now\s+)?|\s+\(\s*(?:aged\s+|born\s+)?|\s+(?:who\s+)?(?:is|was|turned|turns)\s+(?:aged\s+)?)"
    r"(?:born\s+(?:(?:in|at)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?,?\s+)?(?:in\s+|on\s+)?|b\.\s*)?$"
)
_WILL_BE = re.compile(r"\b(?:turns|turn|will be|is to be|celebrates?|celebrating)\s+$", re.IGNORECASE)
_TURNED = re.compile(r"\b(?:turned|celebrated)\s+$", re.IGNORECASE)
_ANAPHOR = re.compile(r"[Tt]he [\w-]+-year-old\b")
_NAMED_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?[A-Z][a-z]")  # "the 23-year-old striker Jones": someone else
# what may follow an anaphoric "the 45-year-old": punctuation or a verb, not a noun ("the 19-year-old winger")
_VERB_AFTER = re.compile(
    r"\s*(?:[,.;:)–—]|$|\s*(?:who|has|had|have|is|was|will|would|could|can|may|might|must|should|did|does|also|now|still|"
    r"then|later|said|told|won|took|made|left|became|began|came|went|got|gave|lost|ran|wrote|spent|saw|met|led|"
    r"[a-z]+ed|[a-z]+s)\b)"
)
_FAMILY = re.compile(
    r"\b(?:father|mother|son|daughter|wife|husband|partner|parents?|brother|sister|child|children|baby|"
    r"grand\w+|uncle|aunt|nephew|niece|cousin|twin|widow|widower|predecessor|successor|whose|boyfriend|girlfriend|"
    r"fianc[ée]e?|mum|dad|team-?mate|colleague|rival|opponent|co-star|friend)s?\b"
    r"(?!\s+of\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\b)",
    re.IGNORECASE,
)
_HE = re.compile(r"\b(?:he|him|his|himself)\b", re.IGNORECASE)
_SHE = re.compile(r"\b(?:she|her|hers|herself)\b", re.IGNORECASE)
_KIN = re.compile(
    r"\b(?:father|mother|son|daughter|wife|husband|partner|parents?|brother|sister|child|children|baby|"
    r"grand\w+|uncle|aunt|nephew|niece|cousin|twin|widow|widower|predecessor|successor|whose|their|his|her)\b"
    r"(?!\s+of\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\b)",  # "a mother of two" is the person
    re.IGNORECASE,
)
_DEATH = re.compile(r"\b(?:died|dies|death|dead|killed|murdered|buried|funeral|late)\b", re.IGNORECASE)


_BORN_OPENING = re.compile(r"\s*Born\b")
_NAME_AFTER = re.compile(r"\s*,\s*(?:[A-Z][a-z'’-]+\s+)?(?P<name>[A-Z][a-z'’-]+)\b(?!['’])")


def _name_after_born(a: Analysis, born: Located) -> str | None:
    """The surname after an opening "Born in 1970, (Jane) Smith ..."."""
    s0, _ = sentence_bounds(a, born.start)
    if not _BORN_OPENING.match(a.doc.prose, s0, born.start):
        return None
    m = _NAME_AFTER.match(a.doc.prose, born.end)
    return m["name"] if m and m["name"] not in _NOT_NAMES else None


def name_before(prose: str, pos: int) -> str | None:
    """The surname of a person named right before ``pos`` ("John Smith, 45" → "Smith")."""
    m = _NAME_BEFORE.search(prose, max(0, pos - 60), pos)
    if not m:
        return None
    words = [w for w in m["name"].split() if w not in _NOT_NAMES]
    return words[-1] if words else None


@dataclass(frozen=True, slots=True)
class AgeBirth:
    """A stated age and the birth year (or date) of the same person."""

    age: Located
    born: Located
    reference_years: tuple[int, ...]  # other years the age may be counted at ("in 1999, aged 45")
    name: str | None
    skip_publication: bool  # the age is at a death or another past event with no year given
    shift: int = 0  # +1 for "turns 50" / "will be 50" (one more than now), -1 for "turned 50" (now maybe 51)


def ages_and_births(a: Analysis) -> list[AgeBirth]:
    prose = a.doc.prose
    dates = located_dates(a)
    births = [d for d in dates if d.m.born and d.m.year]
    deaths: dict[int, int] = {}
    for lb, died in _lifespans(a, dates):  # "Jane Roe (1932-2024)": born 1932, ages counted at 2024
        births.append(lb)
        deaths[id(lb)] = died
    births.sort(key=lambda d: d.start)
    if not births:
        return []
    pronoun_ages = _pronoun_ages(a, births, dates) if len(births) == 1 else []
    ages = [d for d in dates if d.m.kind is Kind.AGE] + _plain_ages(a, births, dates) + pronoun_ages
    pronouns = {id(x) for x in pronoun_ages}
    if not ages:
        return []
    names = {id(d): name_before(prose, d.start) for d in (*ages, *births)}
    for b in births:
        if names[id(b)] is None:
            names[id(b)] = _name_after_born(a, b)
    by_surname: dict[str, set[int]] = {}
    for b in births:
        n = names[id(b)]
        if n:
            by_surname.setdefault(n, set()).add(b.m.year or 0)
    out: list[AgeBirth] = []
    for age in ages:
        same = [b for b in births if b.sentence == age.sentence]
        partner: Located | None = None
        if len(same) == 1 and sum(1 for x in ages if x.sentence == age.sentence) == 1:
            partner = same[0]
        elif names[id(age)]:
            n = names[id(age)]
            cands = [b for b in births if names[id(b)] == n]
            if cands and len(by_surname.get(n, ())) == 1:
                partner = cands[0]
        elif (
            len(births) == 1
            and (id(age) in pronouns or _ANAPHOR.match(prose, age.start - 4, age.end + 1))
            and _same_subject(a, births[0], age, ages, names)
        ):
            partner = births[0]  # "Smith was born in 1970. ... The 45-year-old ..." / "She is 45"
        if (
            partner is None
            and len(births) == 1
            and names[id(births[0])]
            and names[id(age)] in (None, names[id(births[0])])
            and _subject_is(a, age, names[id(births[0])])  # type: ignore[arg-type]
            and _same_subject(a, births[0], age, ages, names)
        ):
            partner = births[0]  # "Jane Roe (1932-2024) ... Roe died in Oxford aged 85"
        if partner is None and len(births) == 1 and len(ages) == 1 and _pronoun_birth(a, births[0], age):
            partner = births[0]  # "Jones, 45, ... She was born in 1970"
        if partner is None or (
            partner.sentence == age.sentence
            and (
                _KIN.search(prose, min(age.end, partner.end), max(age.start, partner.start))
                or _FAMILY.search(prose, max(0, min(age.start, partner.start) - 30), max(age.start, partner.start))
            )
        ):
            continue  # "Smith, 45, whose father was born in 1940": another person's birth
        s0, s1 = sentence_bounds(a, age.start)
        refs = tuple(
            sorted(
                {
                    d.m.year
                    for d in dates
                    if d.sentence == age.sentence
                    and d.m.year
                    and d is not partner
                    and not d.m.born
                    and d.m.kind in (Kind.YEAR, Kind.DATE)
                }
            )
        )
        past = bool(_DEATH.search(prose, s0, s1)) or bool(re.search(r"\b(?:when|then|at the time)\b", prose[s0:s1]))
        lead = prose[max(0, age.start - 16) : age.start]
        shift = 1 if _WILL_BE.search(lead) else (-1 if _TURNED.search(lead) else 0)
        if _BIRTHDAY.match(prose, age.end):  # "her 45th birthday": just had, or coming
            shift = 1
        if id(partner) in deaths:
            refs, past = tuple(sorted({*refs, deaths[id(partner)]})), True
        out.append(AgeBirth(age, partner, refs, names[id(age)], past and (not refs or id(partner) in deaths), shift))
    return out


_LIFESPAN = re.compile(r"[A-Z][a-z'’-]+\s*\((?:born\s+)?(?P<y0>1[89]\d\d|20\d\d)\s*[-–]\s*(?P<y1>1[89]\d\d|20\d\d)\)")


def _lifespans(a: Analysis, dates: tuple[Located, ...]) -> list[tuple[Located, int]]:
    """Birth years of lifespans written after a name ("Jane Roe (1932-2024)"), with the death year."""
    prose = a.doc.prose
    if "(" not in prose:
        return []
    starts = {d.start: d for d in dates if d.m.kind is Kind.YEAR}
    out = []
    for m in _LIFESPAN.finditer(prose):
        d = starts.get(m.start("y0"))
        y0, y1 = int(m["y0"]), int(m["y1"])
        if d is not None and y0 < y1 <= y0 + 120:
            out.append((Located(dataclasses.replace(d.m, born=True), d.start, d.end, d.sentence, d.paragraph), y1))
    return out


def _same_subject(a: Analysis, born: Located, age: Located, ages: list[Located], names: dict[int, str | None]) -> bool:
    """Whether an anaphoric age ("the 45-year-old", "she is 45") can only be the person whose
    birth year is the article's only one: it comes after it within a few paragraphs, and
    nothing between brings in another person (a relative, someone else's age, pronouns of
    both genders, a name right after "the 23-year-old striker ...")."""
    prose = a.doc.prose
    if not (born.start < age.start and age.paragraph - born.paragraph <= 4):
        return False
    if _NAMED_AFTER.match(prose, age.end) or not _VERB_AFTER.match(prose, age.end):
        return False
    s0, _ = sentence_bounds(a, born.start)
    _, s1 = sentence_bounds(a, age.start)
    span = prose[s0:s1]
    if _FAMILY.search(span) or (_HE.search(span) and _SHE.search(span)):
        return False
    born_name = names.get(id(born))
    return not any(born.start < x.start < age.start and names.get(id(x)) not in (None, born_name) for x in ages if x is not age)


_TITLE = r"(?:(?:Mr|Mrs|Ms|Dr|Sir|Dame|Lady|Lord)\.?\s+)?"


def _subject_is(a: Analysis, age: Located, surname: str) -> bool:
    """Whether the age's sentence opens with the surname ("Roe died in 2024 aged 85")."""
    s0, _ = sentence_bounds(a, age.start)
    return bool(re.match(rf"\s*{_TITLE}{re.escape(surname)}\b(?!['’])", a.doc.prose[s0 : age.start]))


_PRONOUN_BORN = re.compile(r"\b(?:[Hh]e|[Ss]he)\s+was\s+born\b[^.;]*$")
_BORN_PRONOUN = re.compile(r"\s*,\s*(?:he|she)\b")


def _pronoun_birth(a: Analysis, born: Located, age: Located) -> bool:
    """Whether the article's only birth year, told of "he" or "she" ("She was born in 1970",
    "Born in 1970, she ..."), follows the article's only age closely enough to be the same
    person's, with no relative or second person in between."""
    prose = a.doc.prose
    if not (age.end < born.start and born.paragraph - age.paragraph <= 2):
        return False
    b0, b1 = sentence_bounds(a, born.start)
    if not (_PRONOUN_BORN.search(prose, b0, born.start) or _BORN_PRONOUN.match(prose, born.end)):
        return False
    s0, _ = sentence_bounds(a, age.start)
    span = prose[s0:b1]
    if _FAMILY.search(span) or (_HE.search(span) and _SHE.search(span)):
        return False
    own = name_before(prose, age.start)
    between = re.findall(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z'’-]+", prose[age.end : b0])
    return all(w in _NOT_NAMES or w == own for w in between)  # nobody else named in between


# "She is 45.", "he, now 45,", "Now 45, she ...", "the actor, 45," — read as ages only when the article has
# one birth year
# ("he was 40" is an age at some past time, not now)
_PRONOUN_AGE = re.compile(
    r"\b[Tt]he\s+(?P<noun>[a-z]{3,}),\s(?P<k>\d{1,3}),\s(?!\d)"
    r"|\b(?:(?:[Hh]e|[Ss]he)(?:\s+(?:is|turned|turns|will\s+be)\s+(?:now\s+)?|,\s+(?:now\s+|aged\s+)?)(?P<n>\d{1,3})\b"
    r"(?=\s*(?:[,;)]|\.(?!\d)|and\b|$))(?!,\d)"
    r"|\b[Nn]ow\s+(?P<m>\d{1,3}),\s+(?:he|she)\b)"
)


def _pronoun_ages(a: Analysis, births: list[Located], dates: tuple[Located, ...]) -> list[Located]:
    prose = a.doc.prose
    out = []
    b0, b1 = sentence_bounds(a, births[0].start)
    for m in _PRONOUN_AGE.finditer(prose, births[0].end):
        g = "n" if m["n"] else ("m" if m["m"] else "k")
        if g == "k" and not re.search(rf"\b{m['noun']}\b", prose[b0:b1], re.IGNORECASE):
            continue  # "the actor, 45," names the person only when the birth sentence calls them so
        age = int(m[g])
        s = a.text.sentence_at(m.start(g))
        if s is None or not 0 < age <= 120 or any(d.start < m.end(g) and m.start(g) < d.end for d in dates):
            continue
        mention = DateMention(m.start(g) - s.start, m.end(g) - s.start, Kind.AGE, float(age))
        out.append(Located(mention, m.start(g), m.end(g), s.index, s.paragraph))
    return out


_PLAIN_AGE = re.compile(
    r"\b(?:now|is|was)\s+(?P<n>\d{1,3})\b(?=\s*(?:[,;)]|\.(?!\d)|and\b|when\b|$))"
    r"|\b(?:[Tt]he|[Aa]n?)\s+(?:[a-z][a-z'’-]+\s+){0,2}[a-z][a-z'’-]+,\s(?P<c>\d{1,3}),\s(?!\d)"
    r"|\b(?:his|her|their)\s+(?P<bd>\d{1,3})(?:st|nd|rd|th)\s+birthday\b"
    r"|\bAt\s+(?P<at>\d{1,3}),\s(?=[A-Z][a-z]|(?:he|she)\b)"
)  # "now 45", "is 45"; "the swimmer, 34, ..." (a common noun in apposition); "her 45th birthday"; "At 45, Smith ..."
_BIRTHDAY = re.compile(r"(?:st|nd|rd|th)\s+birthday\b")


def _plain_ages(a: Analysis, births: list[Located], dates: tuple[Located, ...]) -> list[Located]:
    """ "now 45", "is 45" — read as ages only in a sentence that gives a birth year."""
    prose = a.doc.prose
    out = []
    for s_idx in sorted({b.sentence for b in births}):
        if s_idx < 0:
            continue
        s = a.text.sentences[s_idx]
        for m in _PLAIN_AGE.finditer(prose, s.start, s.end):
            g = next(k for k in ("n", "c", "bd", "at") if m[k])
            age = int(m[g])
            start = m.start() if g == "bd" else m.start(g)  # "her 45th birthday": the pronoun is the person's
            if 0 < age <= 120 and not any(d.start < m.end(g) and m.start(g) < d.end for d in dates):
                mention = DateMention(start - s.start, m.end(g) - s.start, Kind.AGE, float(age))
                out.append(Located(mention, start, m.end(g), s_idx, s.paragraph))
    return out


def possible_ages(born: DateMention, on: dt.date | int) -> tuple[int, ...]:
    """Ages a person born on ``born`` can have on a date (or at some time in a year)."""
    if isinstance(on, int):
        return (on - born.year - 1, on - born.year)  # type: ignore[operator]
    if born.month and born.day:
        had_birthday = (on.month, on.day) >= (born.month, born.day)
        return (on.year - born.year - (0 if had_birthday else 1),)  # type: ignore[operator]
    if born.month:
        if on.month > born.month:
            return (on.year - born.year,)  # type: ignore[operator]
        if on.month < born.month:
            return (on.year - born.year - 1,)  # type: ignore[operator]
    return (on.year - born.year - 1, on.year - born.year)  # type: ignore[operator]


# --- stated lengths of periods -------------------------------------------------------------

_NUM = (
    r"(?:\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred"
    r"|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|seven|eight|nine))"
)
_DURATION = re.compile(
    rf"\b(?P<hedge>(?:about|around|roughly|some|nearly|almost|more than|over|less than|under|just over|just under|at least)\s+)?"
    rf"(?:(?P<n>{_NUM})(?P<hy>[- ]))?(?P<u>year|month|week|day|decade|fortnight|hour)(?P<pl>s)?(?(n)(?:-long)?|-long)\b"
    r"(?!\s*(?:-|–)?\s*(?:old|ago|later|earlier|on|before|after|since|previously|from now|running|high|low))",
    re.IGNORECASE,
)
_SKIP_BEFORE = re.compile(
    r"\b(?<!will )(?<!would )(?<!to )(?<!could )(?<!should )(?<!may )(?<!might )(?<!did )(?<!can )"
    r"(?:past|last|next|previous|coming|first|final|another|more|extra|further|within|every|each|per)\s+$",
    re.I,
)
_JOIN = re.compile(r"^\s*(?:-|–|to|until|till|through|and)\s*$")
# "beginning on 1 August and ending on 7 August": a range told by its two ends
_JOIN_ENDS = re.compile(
    r"^\s*,?\s*(?:and\s+)?(?:end(?:ing|ed|s)?|finish(?:ing|ed|es)?|clos(?:ing|ed|es)|conclud(?:ing|ed|es)|runn?(?:ing|s)?\s+until)"
    r"(?:\s+(?:on|in))?\s*$",
    re.I,
)
_BEGIN_BEFORE = re.compile(
    r"\b(?:beginning|starting|began|started|begins|starts|opening|opened|opens|commencing|commenced)(?:\s+(?:on|in))?\s*$", re.I
)
_RANGE_START = re.compile(r"\b(?:from|From|between|Between)\s+(?:the\s+)?$")
_MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December"
_MONTH_RANGE = re.compile(
    rf"(?=[FfBb])\b(?:[Ff]rom|[Bb]etween)\s+(?P<m0>{_MONTH_NAMES})(?:\s+(?P<y0>(?:19|20)\d\d))?\s+(?:to|until|till|and)\s+"
    rf"(?P<m1>{_MONTH_NAMES})(?:\s+(?P<y1>(?:19|20)\d\d))?\b"
)
_DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WEEKDAY_INDEX = {d: i for i, d in enumerate(_DAY_NAMES)}
_WEEKDAY_RANGE = re.compile(
    rf"(?=[FfBb])\b(?:[Ff]rom|[Bb]etween)\s+(?P<w0>{'|'.join(_DAY_NAMES)})\s+(?:to|until|till|and)\s+(?P<w1>{'|'.join(_DAY_NAMES)})\b(?!\s+\d)"
)


def _clock(m: DateMention) -> float | None:
    """Hours since midnight of a time mention, or None when it is not a valid time."""
    h, mi = m.hour or 0, m.minute or 0
    if m.meridiem:
        if not 1 <= h <= 12:
            return None
        h = h % 12 + (12 if m.meridiem == "pm" else 0)
    if h > 24 or mi > 59:
        return None
    return h + mi / 60


_FILLER = re.compile(
    r"^[\s,;:()–—-]*(?:(?:a|an|the|this|that|its|his|her|their|which|who|lasting|lasted|lasts|ran|runs|run|running|spanning|"
    r"spanned|period|of|in|for|over|all|total|was|were|is|will|be|been|has|had|held|took|take|takes|place|stretching|"
    r"stretched|covering|covered|beginning|starting|began|started|began|begins|starts|on)\b[\s,;:()–—-]*){0,5}$",
    re.I,
)
# the noun the length describes, with its modifiers: "the three-day state visit, from ..."
_HEAD = re.compile(r"^\s*(?:-?long\s+)?(?:[a-z][a-z'’-]*\s+){0,2}[a-z][a-z'’-]*\s*(?=[,(–—-]|\s|$)")
_NOT_HEAD = re.compile(
    r"\b(?:and|but|or|after|before|since|ago|later|earlier|when|while|than|between|until|by|at|with|to|into|as|because)\b", re.I
)


@dataclass(frozen=True, slots=True)
class PeriodClaim:
    """A stated length ("a six-year period") next to the endpoints it describes."""

    n: int
    unit: str  # year | month | week | day
    hedge: str | None
    start: int  # prose span of the stated length
    end: int
    first: tuple[int, int]  # prose span of the first endpoint
    last: tuple[int, int]
    elapsed: int  # endpoint difference in ``unit`` (days for weeks), exclusive counting
    describe: str  # "2015 − 2010 = 5"
    per_unit: float = 0.0  # when the range is counted in a smaller unit: its size per stated unit (30.44 days a month)
    range_unit: str = ""  # that smaller unit ("day", "month")


def _ranges(a: Analysis) -> list[tuple[str, int, int, int, int, int, str]]:
    """(unit, first start, first end, last start, last end, elapsed, arithmetic) for every range."""
    prose = a.doc.prose
    out = []
    dates = located_dates(a)
    for x, y in itertools.pairwise(dates):
        if x.paragraph != y.paragraph:
            continue
        if not _JOIN.match(prose[x.end : y.start]) and not (
            _JOIN_ENDS.match(prose[x.end : y.start]) and _BEGIN_BEFORE.search(prose, max(0, x.start - 20), x.start)
        ):
            continue
        between = prose[x.end : y.start].strip()
        if between in ("and",) and not _RANGE_START.search(prose, max(0, x.start - 14), x.start):
            continue
        if x.m.kind is Kind.YEAR and y.m.kind is Kind.YEAR and x.m.year and y.m.year and y.m.year > x.m.year:
            out.append(
                ("year", x.start, x.end, y.start, y.end, y.m.year - x.m.year, f"{y.m.year} − {x.m.year} = {y.m.year - x.m.year}")
            )
        elif x.m.kind is Kind.DATE and y.m.kind is Kind.DATE and x.m.day and y.m.day and x.m.month and y.m.month:
            wrap = x.m.month > y.m.month  # "30 December to 2 January"
            if x.m.year and x.m.year_given and y.m.year and y.m.year_given:
                y0, year = x.m.year, y.m.year  # "1 July 2024 to 30 June 2028"
            elif x.m.year and x.m.year_given:
                y0, year = x.m.year, x.m.year + (1 if wrap else 0)
            else:
                year = y.m.year or x.m.year or (a.date.year if a.date else 2001)
                y0 = year - 1 if wrap else year
            try:
                d0, d1 = dt.date(y0, x.m.month, x.m.day), dt.date(year, y.m.month, y.m.day)
            except ValueError:
                continue
            days = (d1 - d0).days
            if days > 0:
                out.append(("day", x.start, x.end, y.start, y.end, days, f"{d1.day} {d1:%B} − {d0.day} {d0:%B} = {days} days"))
        elif x.m.kind is Kind.TIME and y.m.kind is Kind.TIME and x.m.hour is not None and y.m.hour is not None:
            h0, h1 = _clock(x.m), _clock(y.m)
            if h0 is None or h1 is None:
                continue
            hours = (h1 - h0) % 24
            if hours and float(hours).is_integer():
                out.append(
                    (
                        "hour",
                        x.start,
                        x.end,
                        y.start,
                        y.end,
                        int(hours),
                        f"{prose[x.start : x.end]} to {prose[y.start : y.end]} = {hours:g} hours",
                    )
                )
    for m in _WEEKDAY_RANGE.finditer(prose):
        w0, w1 = _WEEKDAY_INDEX[m["w0"]], _WEEKDAY_INDEX[m["w1"]]
        days = (w1 - w0) % 7
        if days:
            out.append(
                ("day", m.start("w0"), m.end("w0"), m.start("w1"), m.end("w1"), days, f"{m['w0']} to {m['w1']} = {days} days")
            )
    for m in _MONTH_RANGE.finditer(prose):
        m0, m1 = MONTHS[m["m0"].lower()], MONTHS[m["m1"].lower()]
        y0 = int(m["y0"]) if m["y0"] else None
        y1 = int(m["y1"]) if m["y1"] else None
        if y0 and y1:
            months = (y1 - y0) * 12 + m1 - m0
        elif y0 is None and (y1 is None or m1 > m0):
            months = (m1 - m0) % 12
        else:
            continue
        if months > 0:
            out.append(
                (
                    "month",
                    m.start("m0"),
                    m.end("y0") if y0 else m.end("m0"),
                    m.start("m1"),
                    m.end(),
                    months,
                    f"{m['m0']} to {m['m1']} = {months} months",
                )
            )
    return out


def _gap_ok(gap: str, before: bool) -> bool:
    """Words between a length and its range that tie them: the described noun with up to two
    modifiers, then filler ("three-day state visit, which ran", "five years to complete,")."""
    if not before:
        return False
    gap = re.sub(r"^\s*to\s+(?:complete|finish|build|serve)\b", "", gap)
    if _FILLER.match(gap):
        return True
    h = _HEAD.match(gap)
    if not h:
        return False
    head, rest = gap[: h.end()], gap[h.end() :]
    if not _NOT_HEAD.search(head) and _FILLER.match(rest):
        return True
    pp = _HEAD_PP.match(gap)  # "the week-long strike by teachers, from ...": a phrase set off by a comma
    return bool(pp) and not _NOT_HEAD.search(pp["noun"]) and bool(_FILLER.match(gap[pp.end() :]))


_HEAD_PP = re.compile(
    r"^\s*(?:-?long\s+)?(?P<noun>(?:[a-z][a-z'’-]*\s+){0,2}[a-z][a-z'’-]*)\s+(?:by|of|for|in|at|on|against|with|to)\s+"
    r"(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?:[A-Za-z][\w'’-]*\s+)?[A-Za-z][\w'’-]*\s*,"
)


def period_claims(a: Analysis) -> list[PeriodClaim]:
    prose = a.doc.prose
    ranges = _ranges(a)
    if not ranges:
        return []
    out: list[PeriodClaim] = []
    for unit, f0, f1, l0, l1, elapsed, arith in ranges:
        s0, s1 = sentence_bounds(a, f0)
        durs = [
            d
            for d in _DURATION.finditer(prose, s0, s1)
            if not _SKIP_BEFORE.search(prose, max(0, d.start() - 12), d.start())
            and not (d["n"] and d["n"].lower() in ("a", "an") and d["hy"] == "-")
            and not (d["pl"] and d["hy"] in ("-", None))
        ]
        if len(durs) != 1 or sum(1 for r in ranges if s0 <= r[1] < s1) != 1:
            continue
        d = durs[0]
        gap = prose[d.end() : f0] if d.end() <= f0 else prose[l1 : d.start()]
        if d.end() <= f0:
            gap = re.sub(r"(?i)\b(?:from|between)\s*$", "", gap)
        if d.start() < l1 and d.end() > f0:
            continue
        if not _FILLER.match(gap) and not _gap_ok(gap, before=d.end() <= f0):
            continue
        n = 1 if not d["n"] or d["n"].lower() in ("a", "an") else number_word(d["n"])  # "month-long": one
        if n is None:
            continue
        u = d["u"].lower()
        if u == "decade":
            n, u = n * 10, "year"
        if u == "fortnight":
            n, u = n * 14, "day"
        hedge = d["hedge"].strip().lower() if d["hedge"] else None
        if (unit, u) in (("month", "year"), ("day", "month"), ("day", "year")):
            # "a two-year contract from July 2024 to June 2028": compared approximately, in the range's unit
            size = {("month", "year"): 12.0, ("day", "month"): 30.44, ("day", "year"): 365.25}[(unit, u)]
            out.append(PeriodClaim(n, u, hedge, d.start(), d.end(), (f0, f1), (l0, l1), elapsed, arith, size, unit))
            continue
        if (unit, u) not in (("year", "year"), ("day", "day"), ("day", "week"), ("month", "month"), ("hour", "hour")):
            continue
        out.append(PeriodClaim(n, u, hedge, d.start(), d.end(), (f0, f1), (l0, l1), elapsed, arith))
    return out


# --- years ago -----------------------------------------------------------------------------

_AGO = re.compile(
    rf"\b(?P<hedge>(?:about|around|roughly|some|nearly|almost|more than|over|less than|under|just over|just under|at least)\s+)?"
    rf"(?P<n>{_NUM}|half\s+a)\s+(?P<u>years?|decades?|century|centuries)\s+ago\b"
    r"(?:\s+(?:this|last|next)\s+(?:week|month|year|spring|summer|autumn|winter|weekend)\b|\s+today\b)?",
    re.IGNORECASE,
)
_SINCE = re.compile(
    rf"\b(?P<hedge>(?:about|around|roughly|some|nearly|almost|more than|over|less than|under|just over|just under|at least)\s+)?"
    rf"(?P<n>{_NUM})\s+(?P<u>years?|decades?)\s+since\s+(?:the\s+)?(?P<y>(?:19|20)\d\d)\b(?![\d–-])",
    re.IGNORECASE,
)
_AGO_GAP = re.compile(r"^[\s,;:(–—-]*(?:back\s+)?(?:in|In)?[\s(]*$|^[\s,;:)–—-]*$")


_AGO_CORE = re.compile(r"(?:years?|decades?|century|centuries)\s+(?:ago|since)\b")


# "the 30th anniversary of the 1996 final", "the 10th anniversary of the flood in 2016"
_ANNIVERSARY = re.compile(
    r"\b(?P<n>\d{1,3}(?:st|nd|rd|th)|tenth|twentieth|twenty-fifth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|"
    r"seventy-fifth|eightieth|ninetieth|hundredth)\s+(?P<a>anniversary)\s+of\s+(?:[^.;:()\d]{0,40}?\b(?:in|of)\s+|the\s+|its\s+|their\s+|his\s+|her\s+)?"
    r"(?:(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?"
    r"(?P<y>(?:1[89]|20)\d\d)\b(?![\d–-])",
    re.IGNORECASE,
)
_ORDINALS = {
    "tenth": 10, "twentieth": 20, "twenty-fifth": 25, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "seventy-fifth": 75, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
}  # fmt: skip


def _ordinal(s: str) -> int | None:
    low = s.lower()
    return int(low[:-2]) if low[:-2].isdigit() else _ORDINALS.get(low)


def _ago_count(n: str, unit: str) -> int | None:
    """Years in "twenty years", "a decade", "half a century", "two decades"."""
    low = re.sub(r"\s+", " ", n.lower())
    value = 0.5 if low == "half a" else (1 if low in ("a", "an") else number_word(low))
    if value is None:
        return None
    u = unit.lower()
    scale = 10 if u.startswith("decade") else (100 if u.startswith("centur") else 1)
    return round(value * scale)


def _windows(rx: re.Pattern[str], prose: str) -> Iterator[re.Match[str]]:
    """Matches of ``rx`` around each cheap literal hit ("years ago", "years since")."""
    last = -1
    for core in _AGO_CORE.finditer(prose):
        for m in rx.finditer(prose, max(0, core.start() - 50, last), min(len(prose), core.end() + 60)):
            if m.start() <= core.start() < m.end():
                last = m.end()
                yield m
                break


@dataclass(frozen=True, slots=True)
class YearsAgo:
    n: int
    hedge: str | None
    start: int
    end: int
    year: Located


def years_ago(a: Analysis) -> list[YearsAgo]:
    prose = a.doc.prose
    years = [d for d in located_dates(a) if d.m.kind in (Kind.YEAR, Kind.DATE) and d.m.year and d.m.year_given]
    out: list[YearsAgo] = []
    for m in _windows(_AGO, prose):
        n = _ago_count(m["n"], m["u"])
        if n is None:
            continue
        near = [
            y
            for y in years
            if (y.start >= m.end() and _AGO_GAP.match(prose[m.end() : y.start]))
            or (y.end <= m.start() and _AGO_GAP.match(prose[y.end : m.start()]))
        ]
        if len(near) != 1:
            continue
        hedge = m["hedge"].strip().lower() if m["hedge"] else None
        out.append(YearsAgo(n, hedge, m.start(), m.end(), near[0]))
    for m in _windows(_SINCE, prose):
        n = 1 if m["n"].lower() in ("a", "an") else number_word(m["n"])
        at = [y for y in years if y.start == m.start("y") and y.m.kind is Kind.YEAR]
        if n is None or len(at) != 1:
            continue
        n *= 10 if m["u"].lower().startswith("decade") else 1
        hedge = m["hedge"].strip().lower() if m["hedge"] else None
        out.append(YearsAgo(n, hedge, m.start(), m.end("u"), at[0]))
    for m in _ANNIVERSARY.finditer(prose) if "anniversary" in prose else ():
        n = _ordinal(m["n"])
        s = a.text.sentence_at(m.start("y"))
        if n is None or s is None:
            continue
        y = int(m["y"])
        year = DateMention(m.start("y") - s.start, m.end("y") - s.start, Kind.YEAR, float(y), y)
        out.append(YearsAgo(n, None, m.start("n"), m.end("a"), Located(year, m.start("y"), m.end("y"), s.index, s.paragraph)))
    return out


def days_in_month(year: int | None, month: int) -> int:
    """Days in a month; February of an unknown year has 29."""
    if month == 2 and year is None:
        return 29
    return _cal.monthrange(year or 2001, month)[1]
