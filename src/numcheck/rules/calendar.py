"""NC4xx: dates and time — weekdays, impossible dates, ages, lengths of periods, "years ago"."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, ClassVar

from numcheck.claims.calendar import (
    Located,
    ages_and_births,
    days_in_month,
    evidence,
    located_dates,
    period_claims,
    possible_ages,
    sentence_bounds,
    years_ago,
)
from numcheck.model import Finding, Kind, Severity
from numcheck.rules.base import Example, Option, Rule

if TYPE_CHECKING:
    from numcheck.engine import Analysis

_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = (
    "",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


_FUTURE = re.compile(
    r"\b(?:will|'ll|shall|is due|are due|due to|is to|are to|next|upcoming|scheduled|set to|goes? on sale|deadline)\b",
    re.IGNORECASE,
)


def _valid(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


class WeekdayDate(Rule):
    """A weekday that does not fall on the date it is given with.

    **What it checks**: "Tuesday 25 November 2026" — 25 November 2026 is a Wednesday. The
    year is the one written; when it is omitted ("Tuesday, Nov. 25"), every year whose date
    lies within ``window_days`` of the publication date is tried (the nearest year when none
    does; only coming dates when the sentence speaks of the future: "will play on ..."), as
    is any year written earlier in the same or the previous paragraph ("In 2019 … on Friday
    14 June"); the date is skipped when no publication date is known. "On Tuesday" alone is
    not a date and is never checked.

    **Why**: readers check weekdays against their calendars; a wrong one makes them doubt the
    date, and often it is the date itself that is wrong (a day off, last year's calendar).

    **How to fix**: look the date up and correct the weekday or the date.
    """

    code = "NC401"
    name = "weekday-date"
    severity = Severity.ERROR
    options: ClassVar[Mapping[str, Option]] = {
        "window_days": Option(200, "without a written year, years whose date lies this close to the publication date are tried")
    }
    bad = (
        "The summit opened on Tuesday 25 November 2026 in Geneva.",
        "The vote was held on Friday, March 4, 2021.",
        Example("Talks resume on Monday, Nov. 24, officials said.", date="2026-11-20"),
    )
    good = (
        "The summit opened on Wednesday 25 November 2026 in Geneva.",
        "The vote was held on Friday, March 4, 2022.",
        "The vote was held on Friday, March 4, 2022, officials said, and on Tuesday the count began.",
        "Talks resume on Monday, Nov. 24, officials said.",
        Example("Talks resume on Monday, Nov. 24, officials said.", date="2025-11-20"),
        Example("In 2019 the final was moved. It was played on Friday 14 June in Lyon.", date="2026-11-20"),
    )

    def check(self, analysis: Analysis) -> Iterator[Finding]:
        dates = located_dates(analysis)
        for d in dates:
            m = d.m
            if m.kind is not Kind.DATE or m.weekday is None or not (m.day and m.month):
                continue
            if m.year_given and m.year:
                when = _valid(m.year, m.month, m.day)
                other = _valid(m.year, m.day, m.month) if m.swappable else None  # 03/04/2025 read either way
                if when and when.weekday() != m.weekday and not (other and other.weekday() == m.weekday):
                    alt = (
                        f" (read the other way, {other.day} {_MONTHS[other.month]} is a {_DAYS[other.weekday()]})"
                        if other
                        else ""
                    )
                    yield self._finding(analysis, d, when, alt)
                continue
            pub = analysis.date
            if pub is None:
                continue
            cands = [c for c in (_valid(y, m.month, m.day) for y in (pub.year - 1, pub.year, pub.year + 1)) if c]
            if not cands:
                continue
            s0, s1 = sentence_bounds(analysis, d.start)
            if _FUTURE.search(analysis.doc.prose, s0, s1):  # "will play on Saturday 20 August": the next one
                cands = [c for c in cands if (c - pub).days >= -60] or cands
            near = [c for c in cands if abs((c - pub).days) <= self.opts["window_days"]]
            if not near:
                near = [min(cands, key=lambda c: abs((c - pub).days))]
            context = {
                x.m.year
                for x in dates
                if x.m.year and x.m.year_given and x.start < d.start and d.paragraph - 1 <= x.paragraph <= d.paragraph
            }
            near += [c for c in (_valid(y, m.month, m.day) for y in context) if c]
            if all(c.weekday() != m.weekday for c in near):
                best = min(near, key=lambda c: abs((c - pub).days))
                yield self._finding(analysis, d, best, f" (year taken from the publication date {pub.isoformat()})")

    def _finding(self, a: Analysis, d: Located, when: dt.date, note: str) -> Finding:
        m = d.m
        return self.finding(
            f"{_DAYS[m.weekday]} {m.day} {_MONTHS[m.month]} does not match: {when.day} {_MONTHS[when.month]} {when.year} "  # type: ignore[index]
            f"is a {_DAYS[when.weekday()]}{note}",
            [evidence(a, d.start, d.end)],
        )


class ImpossibleDate(Rule):
    """A date or clock time that does not exist: 31 April, 29 February 2025, 25:00, 13pm.

    **What it checks**: the day against the length of the month (February 29 only in leap
    years; when the year is not written, 29 February is accepted), numeric dates in either
    order (31/04/2025 and 04/31/2025 are both 31 April; 03/04/2025 is possible both ways),
    hours up to 24:00, minutes up to 59, and am/pm hours from 1 to 12.

    **Why**: an impossible date is certainly wrong, and usually hides a typo in the day or the
    month that a reader cannot recover.

    **How to fix**: check the original source for the intended date or time.
    """

    code = "NC402"
    name = "impossible-date"
    severity = Severity.ERROR
    options: ClassVar[Mapping[str, Option]] = {"allow_24": Option(True, "accept 24:00 as midnight at the end of a day")}
    bad = (
        "The contract was signed on 31 April 2025.",
        "The bill passed on February 29, 2023.",
        "The polls close at 25:00 local time.",
        "Doors open at 13pm.",
        "The form is dated 31/04/2025.",
    )
    good = (
        "The contract was signed on 30 April 2025.",
        "The bill passed on February 29, 2024.",
        "The polls close at 22:00 local time, and counting starts at 10.30pm.",
        "She ran the 10,000m in 31:45 and finished 25:40 ahead of the pack.",
    )

    def check(self, analysis: Analysis) -> Iterator[Finding]:
        for d in located_dates(analysis):
            m = d.m
            msg = None
            if m.kind is Kind.DATE and m.day and m.month and not m.swappable and m.month > 12:
                msg = f"{analysis.doc.prose[d.start : d.end]} is not a date: there is no month {m.month} (nor {m.day})"
                if m.day <= 12:
                    msg = None
            elif m.kind is Kind.DATE and m.day and m.month and not m.swappable:
                n = days_in_month(m.year if m.year_given else None, m.month)
                if m.day > n:
                    where = f" {m.year}" if m.year_given and m.month == 2 else ""
                    msg = f"{m.day} {_MONTHS[m.month]}{where} does not exist: {_MONTHS[m.month]}{where} has {n} days"
            elif m.kind is Kind.TIME and m.hour is not None:
                minute = m.minute or 0
                if m.meridiem and not 1 <= m.hour <= 12:
                    msg = f"{m.hour}{m.meridiem} is not a time: am/pm hours run from 1 to 12"
                elif m.hour > 24 or (m.hour == 24 and (minute > 0 or not self.opts["allow_24"])):
                    msg = f"{m.hour}:{minute:02d} is not a time: the day has 24 hours"
                elif minute > 59:
                    msg = f"{m.hour}:{minute:02d} is not a time: an hour has 60 minutes"
            if msg:
                yield self.finding(msg, [evidence(analysis, d.start, d.end)])


class AgeBirth(Rule):
    """An age that does not match the person's birth year at publication.

    **What it checks**: a stated age ("Smith, 45,", "the swimmer, 34,", "aged 45", "the
    45-year-old", "Smith, now 45,", "her 45th birthday") against a birth year or date given
    for the same person — in the same sentence, in another sentence under the same surname
    ("Smith, born in 1970 … Smith, 45"), or, when the article gives only one birth year, in
    an anaphor up to four paragraphs later ("… born in 1970. … the 45-year-old said", "Now
    45, she …", "She is 45") unless something between brings in another person (a relative,
    someone else's age, pronouns of both genders, "the 23-year-old striker Jones"); also a
    sentence opening with the surname ("Roe died in Oxford aged 85"), "the actor, 45," when
    the birth sentence calls the person an actor, and "She was born in 1970" after the
    article's only age. A lifespan after a name ("Jane Roe (1932-2024)") is a birth year
    whose ages are counted at the death year. A birth
    of a relative in the same sentence ("whose father was born in 1940") is not linked; an
    age at a past time ("by the time he was 40") is not read. With a birth year
    only, both ages on either side of the birthday are accepted. When the sentence names
    another year ("in 1999, aged 29") the age may be counted at that year instead; an age
    at a death or other past event with no year given is not checked.

    **Why**: ages are checked by readers who know the person; a wrong one suggests the birth
    year, the age or the person is mixed up.

    **How to fix**: recompute the age from the birth date and the publication date.
    """

    code = "NC403"
    name = "age-birth"
    needs_date = True
    options: ClassVar[Mapping[str, Option]] = {
        "slack": Option(0, "extra years accepted either way (when the publication date is only approximate)")
    }
    bad = (
        Example("Jane Smith, 45, who was born in 1970, chairs the board.", date="2026-11-25"),
        Example("Jane Smith was born in 1970 in Leeds.\n\nLater, Smith, 45, took over the board.", date="2026-11-25"),
        Example("Jane Smith was born in 1970 in Leeds. The 45-year-old took over the board.", date="2026-11-25"),
        Example("The cyclist, 45, was born in 1970 and turned professional at 19.", date="2026-11-25"),
    )
    good = (
        Example("Jane Smith, 56, who was born in 1970, chairs the board.", date="2026-11-25"),
        Example("Jane Smith, 55, who was born in 1970, chairs the board.", date="2026-11-25"),
        Example("In 1999, Jane Smith, 29, who was born in 1970, joined the board.", date="2026-11-25"),
        Example("Jane Smith was born in 1970. Her colleague Tom Jones, 45, joined later.", date="2026-11-25"),
        Example("The cyclist, 56, was born in 1970 and turned professional at 19.", date="2026-11-25"),
    )

    def check(self, analysis: Analysis) -> Iterator[Finding]:
        pub = analysis.date
        assert pub is not None
        for c in ages_and_births(analysis):
            age = int(c.age.m.value or 0)
            born = c.born.m
            ok: set[int] = set()
            if not c.skip_publication:
                ok.update(possible_ages(born, pub))
            for r in c.reference_years:
                ok.update(possible_ages(born, r))
            if c.shift:  # "turns 50 next month": 49 now; "turned 50 last year": 50 or 51 now
                ok |= {x + c.shift for x in ok}
            ok |= {x + d for x in ok for d in range(-self.opts["slack"], self.opts["slack"] + 1)}
            if not ok or age in ok:
                continue
            expect = " or ".join(str(x) for x in sorted(ok))
            who = c.name or "The person"
            yield self.finding(
                f"{who} is said to be {age} but was born in {born.year}: on {pub.isoformat()} that makes {expect} "
                f"({pub.year} − {born.year} = {pub.year - born.year}{', minus one before the birthday' if len(ok) > 1 else ''})",
                [
                    evidence(analysis, c.age.start, c.age.end, value=age),
                    evidence(analysis, c.born.start, c.born.end, value=born.year),
                ],
            )


class DurationEndpoints(Rule):
    """A stated length of a period that contradicts its own endpoints.

    **What it checks**: "from 2010 to 2015, a six-year period" (2015 − 2010 = 5, or 6 counting
    both years); "the five-day visit, from 3 to 10 June" (7 days, or 8 inclusive); month
    ranges ("from January to June, a six-month stretch"), weekday ranges ("the two-day
    meeting, from Monday to Friday") and clock times ("a ten-hour shift, from 8am to 4pm",
    counted exactly), ranges told by their ends ("beginning on 1 August and ending on 7
    August"), "month-long" and "decade-long", and lengths in a larger unit than the range
    ("a two-year contract from July 2024 to June 2028"), compared to within 15%. Inclusive
    and exclusive counting of days, months and years are both accepted; hedged lengths
    ("nearly five years") get one more unit of slack. Only a length standing
    next to its range is compared: filler words, or the noun it describes with up to two
    modifiers and a relative clause ("the three-day state visit, which runs from ...", "will
    last three days, from ...").

    **Why**: a reader can count; when the length and the dates disagree one of them is wrong.

    **How to fix**: recount the period from its endpoints, or correct the endpoint.
    """

    code = "NC404"
    name = "duration-endpoints"
    options: ClassVar[Mapping[str, Option]] = {
        "inclusive": Option(True, "also accept counting both ends (2010 to 2015 as six years)"),
        "hedged_slack": Option(1, "extra units accepted for hedged lengths (nearly, about, over)"),
    }
    bad = (
        "The war lasted ten years, from 1980 to 1988.",
        "Prices rose from 2010 to 2015, a nine-year period.",
        "The king's five-day visit, from 3 to 12 June, ended in Paris.",
        "The two-day trade fair, which runs from 4 to 11 April, expects 10,000 visitors.",
    )
    good = (
        "Prices rose from 2010 to 2015, a five-year period.",
        "Prices rose from 2010 to 2015, a six-year period.",
        "The king's five-day visit, from 3 to 7 June, ended in Paris.",
        "From 2010 to 2015 profits rose 5% a year, and over the next three years they fell.",
        "The eight-day trade fair, which runs from 4 to 11 April, expects 10,000 visitors.",
    )

    def check(self, analysis: Analysis) -> Iterator[Finding]:
        for c in period_claims(analysis):
            if c.per_unit:  # "a two-year contract from July 2024 to June 2028": about right is enough
                stated = c.n * c.per_unit
                slack = (0.3 if c.hedge else 0.15) * stated + 1
                ok = abs(stated - c.elapsed) <= slack or abs(stated - c.elapsed - 1) <= slack
                shown = f"{c.elapsed} {c.range_unit}s is about {c.elapsed / c.per_unit:.1f} {c.unit}s"
            elif c.unit == "week":
                ok = abs(c.n * 7 - c.elapsed) <= 3 or abs(c.n * 7 - (c.elapsed + 1)) <= 3
                shown = f"{c.elapsed} days is about {c.elapsed / 7:.1f} weeks"
            elif c.unit == "hour":
                ok = abs(c.n - c.elapsed) <= (self.opts["hedged_slack"] if c.hedge else 0)
                shown = f"{c.elapsed} hours"
            else:
                slack = self.opts["hedged_slack"] if c.hedge else 0
                ok = c.elapsed - slack <= c.n <= c.elapsed + (1 if self.opts["inclusive"] else 0) + slack
                shown = f"{c.elapsed} {c.unit}s, or {c.elapsed + 1} counting both ends"
            if c.hedge in ("more than", "over", "just over", "at least"):
                ok = ok or c.n <= c.elapsed + 1
            if c.hedge in ("less than", "under", "just under", "nearly", "almost"):
                ok = ok or c.n >= c.elapsed
            if ok:
                continue
            text = analysis.doc.prose[c.start : c.end]
            yield self.finding(
                f"'{text}' does not match its endpoints: {c.describe} ({shown})",
                [
                    evidence(analysis, c.start, c.end, "claim", c.n),
                    evidence(analysis, *c.first),
                    evidence(analysis, *c.last),
                ],
            )


class YearsAgo(Rule):
    """ "N years ago, in YEAR" where YEAR is not N years before publication.

    **What it checks**: "20 years ago, in 1995" against the publication year (one year of
    slack, as the month is rarely given; hedged figures like "about 20 years ago" get two,
    "more than 20 years ago" only needs to be at least about right); "N years since YEAR"
    and anniversaries ("the 20th anniversary of the 1996 disaster") likewise.

    **Why**: "years ago" is written once and goes stale when a draft is reused or published
    later; the year is usually right and the count wrong.

    **How to fix**: recompute N from the publication date, or drop one of the two.
    """

    code = "NC405"
    name = "years-ago"
    needs_date = True
    options: ClassVar[Mapping[str, Option]] = {"slack": Option(1, "years accepted either way (the month is rarely given)")}
    bad = (Example("Twenty years ago, in 1995, the plant closed.", date="2026-11-25"),)
    good = (
        Example("Thirty years ago, in 1996, the plant closed.", date="2026-11-25"),
        Example("About 30 years ago, in 1994, the plant closed.", date="2026-11-25"),
        Example("More than 20 years ago, in 1995, the plant closed.", date="2026-11-25"),
    )

    def check(self, analysis: Analysis) -> Iterator[Finding]:
        pub = analysis.date
        assert pub is not None
        for c in years_ago(analysis):
            year = c.year.m.year or 0
            since = pub.year - year
            base = self.opts["slack"]
            slack = max(base, round(0.1 * c.n)) if c.hedge in ("about", "around", "roughly", "some") else base
            if c.hedge in ("more than", "over", "just over", "at least"):
                ok = since >= c.n - base
            elif c.hedge in ("less than", "under", "just under", "nearly", "almost"):
                ok = since <= c.n + base
            else:
                ok = abs(since - c.n) <= slack
            if ok:
                continue
            text = analysis.doc.prose[c.start : c.end]
            yield self.finding(
                f"'{text}' does not match {year}: published {pub.isoformat()}, {pub.year} − {year} = {since} years",
                [evidence(analysis, c.start, c.end, "claim", c.n), evidence(analysis, c.year.start, c.year.end, value=year)],
            )


RULES = [WeekdayDate, ImpossibleDate, AgeBirth, DurationEndpoints, YearsAgo]
