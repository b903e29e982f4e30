"""Dates, weekdays, years, times and ages in a sentence, parsed into their parts.

Owned by the calendar work (issue 7). Interface used by the extraction pipeline:
``find_dates(text)`` returns :class:`DateMention` values with offsets into ``text``; the
pipeline turns them into quantities of kind DATE, YEAR, TIME or AGE and keeps the parts in
``Quantity.extra`` (keys: year, month, day, weekday, hour, minute, meridiem, born).

What is recognised (compiled regexes; the costly ones are anchored on a cheap core such as
"25 November" or skipped when a literal they need is absent):

- full dates, with or without weekday: "Tuesday 25 November 2026", "Tuesday, Nov. 25",
  "25 November", "November 25, 2026", "the 3rd of June", "May 2010" (month and year), a
  weekday after the date ("3 March 2025, a Monday", "(Tuesday)"), numeric dates
  ("25/11/2026", "11/25/2026", "2026-11-25"; ``swappable`` when both readings exist);
  day ranges "3 to 10 June" / "3-10 June" / "Saturday 15 and Sunday 16 March" give two dates
  sharing month and year;
- years 1800-2100 in date contexts: after a preposition ("in 2010", "since 1998", "by
  2030"), in year ranges ("2010-15", "from 2010 to 2015"), before a proper noun ("the 2012
  Olympics"), in brackets ("Titanic (1997)"), and as birth years ("born in 1970", "born
  1970", "b. 1970", "born in Leeds in 1970"); "and 1999 votes" is a count, not a year;
- times: "10:30", "25:00" (when the context says it is a clock time: "at", "from",
  "GMT", "local time"...; a race time "ran 27:35" is not), "3pm", "10.30am", "12 noon";
- ages: "aged 45", "45-year-old", "45 years old", "at the age of 45", "Smith, 45,",
  "Smith (45)", "Smith, now 45,", "who is 45", "turned 45".

Impossible values are kept with their raw parts (31 April, 25:00, 13pm, 31/04/2025) so that
a rule can flag them; nothing here judges validity.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from numcheck.model import Kind

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
WEEKDAYS = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4, "saturday": 5,
    "sat": 5, "sunday": 6, "sun": 6,
}  # fmt: skip

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)"
)
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?:Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)\.?)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|20\d\d|2100)"

# between a weekday and its date: "Tuesday 25", "Tuesday, 25", "Tuesday (25", "Monday's vote on 3"
_WD_SEP = (
    r"(?:,?\s+|\s*\(\s*|['’]s\s+(?:(?!(?:on|of|for|to|from|about|after|before|over|that|which|and|or|at|in|by|was|is"
    r"|were|will|the|a|an)\b)[a-z]+\s+){1,2}on\s+)"
)
# "Tuesday 25 November 2026", "25 November", "the 3rd of June", "3 to 10 June 2026"
_DMY = re.compile(
    rf"(?=[MTWFSt\d])\b(?:(?P<wd>{_WEEKDAY}){_WD_SEP})?(?:the\s+)?(?:(?P<d0>{_DAY})\s*(?:-|–|to|and|until|till)\s*(?:(?P<wd1>{_WEEKDAY}),?\s+(?:the\s+)?)?)?"
    rf"(?P<d>{_DAY})\s+(?:of\s+)?(?P<m>{_MONTH})(?![a-z])(?:,?\s+(?P<y>{_YEAR})\b)?"
)
_DMY_CORE = re.compile(rf"\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?![a-z])")
# "Tuesday, November 25, 2026", "Nov. 25", "May 25-27"
_MDY = re.compile(
    rf"(?=[MTWFSJAOND])\b(?:(?P<wd>{_WEEKDAY}){_WD_SEP})?(?P<m>{_MONTH})\s+(?:the\s+)?(?P<d>{_DAY})(?![\d,.]\d)(?!\s*(?:%|per|m\b|bn\b|million|billion))"
    rf"(?:\s*(?:-|–|to|and|until)\s*(?P<d1>{_DAY})(?!\d))?(?:,?\s+(?P<y>{_YEAR})\b)?"
)
# "25/11/2026", "11/25/2026", "25.11.2026", "2026-11-25" (with an optional weekday before)
_NUMERIC = re.compile(
    rf"(?=[MTWFS\d])(?:(?P<wd>{_WEEKDAY}),?\s+)?(?:(?<![\d/.])(?P<a>\d{{1,2}})(?P<sep>[/.])(?P<b>\d{{1,2}})(?P=sep)(?P<y>(?:19|20)\d\d)"
    r"|(?<![\d/.-])(?P<iy>(?:19|20)\d\d)-(?P<im>\d\d)-(?P<id>\d\d))(?![\d/]|[.-]\d)"
)
# "3 March 2025, a Monday", "(a Monday)", "which was a Monday"
_WD_AFTER = re.compile(
    r",?\s*(?:\(|[–—]\s*|which\s+(?:was|is|will\s+be|falls\s+on|fell\s+on)\s+)?(?:a\s+|(?<=\())"
    r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b\)?"
)
# "May 2010", "in November 2026" (month and year, no day)
_MY = re.compile(rf"(?=[JFMASOND])\b(?P<m>{_MONTH})\s+(?P<y>{_YEAR})\b(?![\d,.]\d)")

_PREP = (
    r"(?:in|In|since|Since|by|By|until|till|from|From|to|between|Between|and|before|Before|after|After|during|"
    r"During|of|around|circa|c\.|early|late|mid-|end of|start of|spring|summer|autumn|winter|year|season|"
    r"fiscal|back to|as of|As of|as early as|as late as|born|born in|Born in|b\.)"
)
_YEAR_CTX = re.compile(rf"(?=[12])(?<![\w$£€.,])(?P<y>{_YEAR})(?![\d,.]?\d)(?!\s*(?:%|per ?cent|m\b|bn\b|k\b))")
_PREP_END = re.compile(rf"(?<![\w$£€])(?P<prep>{_PREP})\s*$")
_YEAR_RANGE = re.compile(
    rf"(?=[12])(?<![\w$£€.,])(?P<y0>{_YEAR})\s*(?:-|–|/)\s*(?P<y1>{_YEAR}|\d\d)(?![\d%])(?!\s*(?:m\b|bn\b|k\b))"
)
_YEAR_PAREN = re.compile(rf"\((?:in\s+|born\s+|b\.\s*)?(?P<y>{_YEAR})\)")  # "Titanic (1997)", "(born 1970)"
_YEAR_NOUN = re.compile(rf"(?=[tTih])\b(?:the|The|its|their|his|her)\s+(?P<y>{_YEAR})\s+(?=[A-Z][a-z])")
_COUNT_PREPS = frozenset({"and", "to", "of", "by", "By", "around", "from", "From", "between", "Between"})
_PLURAL_AFTER = re.compile(r"\s+(?!(?:was|has|is|as|this|his|its|thus|plus|levels?)\b)[a-z]+s\b")
_BORN = re.compile(
    r"\b(?:born|Born|b\.)(?:\s+(?:in|at)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?,?)?(?:\s+(?:in|on))?\s*$"
)  # "born in 1970", "born on 3 June 1970", "born in Leeds in 1970"

_TIME_COLON = re.compile(
    r"(?=\d)(?<![\d:.,])(?P<h>\d{1,2}):(?P<mi>\d{2})(?![\d:])(?:\s*(?P<mer>(?:[ap]\.m\.|[ap]\.?m))(?![a-z]))?"
)
_TIME_MER = re.compile(
    r"(?=\d)(?:(?<![\d:.,])(?P<h>\d{1,2})(?:[.:](?P<mi>\d{2}))?\s?(?P<mer>(?:[ap]\.m\.|[ap]\.?m))(?![a-z])|(?P<noon>\b12\s?noon\b))"
)
_TIME_BEFORE = re.compile(
    r"(?:\bat|\bfrom|\buntil|\btill|\bby|\bbefore|\bafter|\baround|\babout|\bsince|\bbetween|\band|\bto|\bat about"
    r"|\b(?i:opens?|opened|closes?|closed|starts?|started|begins?|began|departs?|departed|leaves|arrives?|arrived|lands?|landed"
    r"|kicks? off|kicked off|kick-off|kick-off is|due|scheduled for|set for|timed for|curfew|deadline)[:,]?)\s*$"
)  # schedule verbs too ("polls close 22:00"), but not "ended 25:23" (a score)
_TIME_AFTER = re.compile(r"\s*(?:GMT|BST|UTC|CET|EST|EDT|PST|local time|hours|hrs|h\b)")

_AGE_WORDS = (
    r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred"
    r"|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|seven|eight|nine))"
)
_AGE_NEEDS = ("age", "old", ", ", "t", "(", ", now ")  # a literal each age pattern needs: skip the scan without it
_AGES = (
    re.compile(
        rf"(?=[aA])\b(?:aged|Aged|at the age of|At the age of)\s+(?P<a>{_AGE_WORDS})\b"
        r"(?!\s*(?:%|years? ago|-year|-|–|to\s\d|and\s\d|or\s\d))"
    ),
    re.compile(rf"(?=[\dotfsenh])\b(?P<b>{_AGE_WORDS})(?:-|\s)years?(?:-|\s)old\b"),
    re.compile(r"(?<=[a-z\)]),\s(?P<c>\d{1,3})(?=,\s(?!\d))"),
    re.compile(
        r"(?=[wTt])\b(?:who\s+(?:is|was|turned|turns|will\s+be)|[Tt]urned|turns)\s+(?P<d>\d{1,3})\b"
        r"(?=\s*(?:[,.;)]|and\b|on\b|in\b|this\b|last\b|next\b|when\b|$))(?!\.\d)"
    ),
    re.compile(r"(?<=[a-z]\s)\((?P<e>\d{1,3})\)(?=[\s,.;:])"),
    re.compile(r"(?<=[a-z\)]),\snow\s(?P<f>\d{1,3})(?=,\s(?!\d))"),
)

_NAME_END = re.compile(r"\b[A-Z][a-z'’-]+\)?\s?[,(]?$")

_SMALL = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date-like expression: ``text[start:end]`` with its parsed parts (``None`` when absent)."""

    start: int
    end: int
    kind: Kind  # DATE, YEAR, TIME or AGE
    value: float | None = None  # the year for YEAR, the age for AGE, None otherwise
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None  # 0 = Monday, as datetime.date.weekday()
    hour: int | None = None  # as written ("3pm" has hour 3 and meridiem "pm")
    minute: int | None = None
    meridiem: str | None = None  # "am" / "pm" when written
    born: bool = False  # a birth date or birth year ("born in 1970")
    year_given: bool = True  # False when a DATE's year was not written
    swappable: bool = False  # a numeric date whose day and month may be read either way (03/04/2025)

    def parts(self) -> tuple[tuple[str, int | str | bool], ...]:
        names = ("year", "month", "day", "weekday", "hour", "minute", "meridiem")
        out: list[tuple[str, int | str | bool]] = [(n, getattr(self, n)) for n in names if getattr(self, n) is not None]
        if self.born:
            out.append(("born", True))
        return tuple(out)


def number_word(token: str) -> int | None:
    """``45``, ``forty-five``, ``six`` → int; anything else → ``None``."""
    t = token.lower()
    if t.isdigit():
        return int(t)
    if "-" in t:
        a, _, b = t.partition("-")
        if a in _SMALL and b in _SMALL and _SMALL[a] >= 20 and _SMALL[b] < 10:
            return _SMALL[a] + _SMALL[b]
        return None
    return _SMALL.get(t)


def _day(s: str) -> int:
    return int(re.match(r"\d+", s).group())  # type: ignore[union-attr]


def _month(s: str) -> int:
    return MONTHS[s.rstrip(".").lower()]


def _weekday(s: str | None) -> int | None:
    return WEEKDAYS[s.rstrip(".").lower()] if s else None


def _born_before(text: str, pos: int) -> bool:
    return bool(_BORN.search(text, max(0, pos - 40), pos))


def find_dates(text: str) -> list[DateMention]:
    """Every date, year, time and age in ``text``, in order of position, without overlaps."""
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    def add(m: DateMention) -> None:
        found.append(m)
        taken.append((m.start, m.end))

    for rx in (_DMY, _MDY):
        for m in _dmy_matches(text) if rx is _DMY else rx.finditer(text):
            if not free(m.start(), m.end()):
                continue
            wd = m["wd"]
            month = _month(m["m"])
            if m["m"] == "May" and rx is _MDY and not (m["y"] or wd):
                # "May 5" is a date, but "Theresa May 5 ..." is not common; keep it only when clear
                before = text[max(0, m.start() - 20) : m.start()]
                if re.search(r"[A-Z][a-z]+\s$", before) and not re.search(r"\b(?:on|On|by|from|until|since)\s$", before):
                    continue
            year = int(m["y"]) if m["y"] else None
            if m["m"] == "Mar" and not year:
                continue
            born = _born_before(text, m.start())
            first = m["d0"] if rx is _DMY else None
            if first:
                s0 = m.start("d0")
                add(
                    DateMention(
                        s0, m.end("d0"), Kind.DATE, None, year, month, _day(first), None, born=born, year_given=year is not None
                    )
                )
                add(
                    DateMention(
                        m.start("wd1") if m["wd1"] else m.start("d"),
                        m.end(),
                        Kind.DATE,
                        None,
                        year,
                        month,
                        _day(m["d"]),
                        _weekday(m["wd1"]),
                        year_given=year is not None,
                    )
                )
                if wd:  # the weekday belongs to the first day of the range
                    found[-2] = DateMention(
                        m.start(),
                        m.end("d0"),
                        Kind.DATE,
                        None,
                        year,
                        month,
                        _day(first),
                        _weekday(wd),
                        born=born,
                        year_given=year is not None,
                    )
                continue
            last = m["d1"] if rx is _MDY else None
            end_first = m.end("d") if last else m.end()
            after = None if (wd or last) else _WD_AFTER.match(text, end_first)
            if after and free(end_first, after.end()):  # "3 March 2025, a Monday"
                wd, end_first = after["wd"], after.end()
            add(
                DateMention(
                    m.start(),
                    end_first,
                    Kind.DATE,
                    None,
                    year,
                    month,
                    _day(m["d"]),
                    _weekday(wd),
                    born=born,
                    year_given=year is not None,
                )
            )
            if last:
                add(
                    DateMention(
                        m.start("d1"), m.end(), Kind.DATE, None, year, month, _day(last), None, year_given=year is not None
                    )
                )
    for m in _NUMERIC.finditer(text):
        if not free(m.start(), m.end()):
            continue
        y = int(m["y"] or m["iy"])
        if m["iy"]:
            a, b, swap = int(m["id"]), int(m["im"]), False
        else:
            a, b = int(m["a"]), int(m["b"])
            swap = a <= 12 and b <= 12 and a != b
            if a <= 12 < b:  # 11/25/2026: month first
                a, b = b, a
        wd = _weekday(m["wd"])
        add(DateMention(m.start(), m.end(), Kind.DATE, None, y, b, a, wd, born=_born_before(text, m.start()), swappable=swap))
    for m in _MY.finditer(text):
        if free(m.start(), m.end()) and not (m["m"] in ("May", "Mar") and not _prep_before(text, m.start())):
            y = int(m["y"])
            add(DateMention(m.start(), m.end(), Kind.DATE, None, y, _month(m["m"]), None, born=_born_before(text, m.start())))
    for m in _YEAR_RANGE.finditer(text):
        y0 = int(m["y0"])
        y1s = m["y1"]
        y1 = int(y1s) if len(y1s) == 4 else (y0 // 100) * 100 + int(y1s)
        if not (y0 < y1 <= y0 + 100) or not free(m.start(), m.end()):
            continue
        add(DateMention(m.start("y0"), m.end("y0"), Kind.YEAR, float(y0), y0, born=_born_before(text, m.start())))
        add(DateMention(m.start("y1"), m.end("y1"), Kind.YEAR, float(y1), y1))
    for m in _YEAR_CTX.finditer(text):
        p = _PREP_END.search(text, max(0, m.start() - 16), m.start())
        if not p or not free(m.start("y"), m.end("y")):
            continue
        y = int(m["y"])
        if p["prep"] in _COUNT_PREPS and _PLURAL_AFTER.match(text, m.end("y")):
            continue  # "and 1999 votes", "by 2000 jobs": a count, not a year
        born = p["prep"] in ("born", "born in", "Born in", "b.") or _born_before(text, m.start("y"))
        add(DateMention(m.start("y"), m.end("y"), Kind.YEAR, float(y), y, born=born))
    for m in _YEAR_PAREN.finditer(text) if "(" in text else ():
        if free(m.start("y"), m.end("y")):
            y = int(m["y"])
            add(DateMention(m.start("y"), m.end("y"), Kind.YEAR, float(y), y, born=_born_before(text, m.start("y"))))
    for m in _YEAR_NOUN.finditer(text):
        if free(m.start("y"), m.end("y")):
            y = int(m["y"])
            add(DateMention(m.start("y"), m.end("y"), Kind.YEAR, float(y), y))
    for m in _TIME_MER.finditer(text):
        if m["noon"]:
            if free(m.start(), m.end()):
                add(DateMention(m.start(), m.end(), Kind.TIME, None, hour=12, minute=0, meridiem="pm"))
            continue
        if not free(m.start(), m.end()):
            continue
        mer = "am" if m["mer"][0] == "a" else "pm"
        add(DateMention(m.start(), m.end(), Kind.TIME, None, hour=int(m["h"]), minute=int(m["mi"] or 0), meridiem=mer))
    for m in _TIME_COLON.finditer(text) if ":" in text else ():
        if not free(m.start(), m.end()):
            continue
        clock = m["mer"] or _TIME_BEFORE.search(text, max(0, m.start() - 16), m.start()) or _TIME_AFTER.match(text, m.end())
        if not clock:
            continue
        mer = ("am" if m["mer"][0] == "a" else "pm") if m["mer"] else None
        add(DateMention(m.start(), m.end(), Kind.TIME, None, hour=int(m["h"]), minute=int(m["mi"]), meridiem=mer))
    for m in (m for rx, needs in zip(_AGES, _AGE_NEEDS, strict=True) if needs in text for m in rx.finditer(text)):
        g = next(k for k in "abcdef" if m.groupdict().get(k))
        age = number_word(m[g])
        if age is None or not 0 < age <= 120 or not free(m.start(g), m.end(g)):
            continue
        if g in "cef" and not _NAME_END.search(text, max(0, m.start() - 30), m.start() + 1):
            continue  # "Smith, 45," / "Smith (45)" / "Smith, now 45," need a name before
        start, end = (m.start(g), m.end(g)) if g in "cdef" else (m.start(), m.end())
        add(DateMention(start, end, Kind.AGE, float(age)))
    found.sort(key=lambda d: (d.start, d.end))
    return found


def _dmy_matches(text: str) -> Iterator[re.Match[str]]:
    """``_DMY`` matches, found from a cheap digit-first core ("25 November") and completed in a
    small window around it (weekday, "the", range start before; year after)."""
    last = -1
    for core in _DMY_CORE.finditer(text):
        for m in _DMY.finditer(text, max(0, core.start() - 40, last), min(len(text), core.end() + 8)):
            if m.start("d") == core.start():
                last = m.end()
                yield m
                break


def _prep_before(text: str, pos: int) -> bool:
    return bool(
        re.search(r"\b(?:in|In|since|Since|by|from|until|of|early|late|mid|last|next|this)\s$", text[max(0, pos - 10) : pos])
    )
