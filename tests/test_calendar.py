"""NC401-NC405: weekdays, impossible dates, ages, lengths of periods, "years ago"."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import numcheck
from numcheck.config import Config

NC4 = Config(select=("NC4",))
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = (
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


def codes(text: str, date: str | None = None) -> list[str]:
    return [f.rule for f in numcheck.check(text, config=NC4, date=date).findings]


def report(text: str, date: str | None = None) -> numcheck.Report:
    return numcheck.check(text, config=NC4, date=date)


# --- NC401 weekday-date ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "It opened on Wednesday 25 November 2026.",
        "It opened on Wednesday, November 25, 2026.",
        "It opened on Wed 25 Nov 2026.",
        "It reopened on Sunday 25 November 2018, years earlier.",
        "On Tuesday, 25 people were hurt; on Friday 27 November 2026 the road reopened.",
    ],
)
def test_true_weekdays_are_quiet(text: str) -> None:
    assert codes(text, "2026-11-20") == []


def test_weekday_without_year_needs_the_publication_date() -> None:
    text = "The vote is on Tuesday, Nov. 25, officials said."
    assert codes(text) == []  # no date: not checked
    assert codes(text, "2026-11-20") == ["NC401"]  # 25 November 2026 is a Wednesday
    assert codes(text, "2025-11-20") == []  # 25 November 2025 was a Tuesday


def test_future_sentences_take_the_coming_date() -> None:
    # published in January: "will play on Saturday 20 August" means the coming August
    assert codes("The band will play on Saturday 20 August.", "2022-01-10") == []
    assert codes("The band will play on Friday 20 August.", "2022-01-10") == ["NC401"]


@settings(max_examples=80, deadline=None)
@given(st.dates(dt.date(1950, 1, 1), dt.date(2099, 12, 31)), st.booleans())
def test_random_dates_with_their_true_weekday_never_fire(day: dt.date, us: bool) -> None:
    wd, mo = DAYS[day.weekday()], MONTHS[day.month - 1]
    text = f"It happened on {wd}, {mo} {day.day}, {day.year}." if us else f"It happened on {wd} {day.day} {mo} {day.year}."
    assert codes(text) == []


@settings(max_examples=60, deadline=None)
@given(st.dates(dt.date(1950, 1, 1), dt.date(2099, 12, 31)), st.integers(1, 6))
def test_random_dates_with_another_weekday_fire(day: dt.date, shift: int) -> None:
    wd = DAYS[(day.weekday() + shift) % 7]
    assert codes(f"It happened on {wd} {day.day} {MONTHS[day.month - 1]} {day.year}.") == ["NC401"]


# --- NC402 impossible-date ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "It was signed on 31 April.",
        "It was signed on 29 February 2023.",
        "It starts at 25:00 GMT.",
        "It starts at 0am.",
        "It ends at 10:75 local time.",
    ],
)
def test_impossible_dates_fire(text: str) -> None:
    assert codes(text) == ["NC402"]


@pytest.mark.parametrize(
    "text",
    [
        "It was signed on 29 February 2024, and on 29 February.",
        "It ends at 24:00 local time.",
        "He ran 10,000m in 27:35, and the score was 25-24.",
        "Shops open from 9am until 5.30pm, and the last train leaves at 12.15am.",
    ],
)
def test_possible_dates_are_quiet(text: str) -> None:
    assert codes(text) == []


# --- NC403 age-birth ---------------------------------------------------------------------------


def test_age_birth_needs_a_date_and_says_so() -> None:
    r = report("Jane Smith, 45, was born in 1970.")
    assert r.findings == () and any("NC403" in s for s in r.skipped)


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        ("Jane Smith, 56, was born in 1970.", []),
        ("Jane Smith, 55, was born in 1970.", []),
        ("Jane Smith, 57, was born in 1970.", ["NC403"]),
        ("Jane Smith, 45, was born in 1970.", ["NC403"]),
        ("The 45-year-old, born in 1970, was arrested.", ["NC403"]),
        ("A man aged 56, born in 1970, was arrested.", []),
        ("Jane Smith, born on 30 December 1970, is 55.", []),
        ("Jane Smith was born in 1970.\n\nTom Jones, 45, runs the shop.", []),
        ("Jane Smith was born in 1970.\n\nOn Monday Smith, 45, resigned.", ["NC403"]),
        ("The writer, born in 1920, died in 2001 aged 81.", []),
        ("The writer, born in 1920, died aged 81.", []),
    ],
)
def test_age_birth(text: str, expect: list[str]) -> None:
    assert codes(text, "2026-11-25") == expect


@settings(max_examples=60, deadline=None)
@given(st.integers(1920, 2015), st.dates(dt.date(2000, 1, 1), dt.date(2040, 12, 31)), st.booleans())
def test_random_consistent_ages_never_fire(born: int, pub: dt.date, before_birthday: bool) -> None:
    age = pub.year - born - (1 if before_birthday else 0)
    if age < 1:
        return
    assert codes(f"Alex Kim, {age}, was born in {born}.", pub.isoformat()) == []


# --- NC404 duration-endpoints ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        ("From 2010 to 2015, a five-year period, prices rose.", []),
        ("From 2010 to 2015, a six-year period, prices rose.", []),
        ("From 2010 to 2015, a three-year period, prices rose.", ["NC404"]),
        ("The war lasted eight years, from 1980 to 1988.", []),
        ("The five-day visit, from 3 to 10 June, ended in Rome.", ["NC404"]),
        ("The eight-day visit, from 3 to 10 June, ended in Rome.", []),
        ("The two-week festival, from 28 July to 10 August, ended.", []),
        ("The two-week festival, from 1 to 31 August, ended.", ["NC404"]),
        ("In the six months from January to June, sales fell.", []),
        ("In the three months from January to June, sales fell.", ["NC404"]),
        ("From 2010 to 2015 sales rose 5%, and in the next three years they fell.", []),
        ("Between 2001 and 2005 he won three titles in four years.", []),
    ],
)
def test_duration_endpoints(text: str, expect: list[str]) -> None:
    assert codes(text) == expect


# --- NC405 years-ago ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        ("Twenty years ago, in 2006, the plant closed.", []),
        ("Twenty-one years ago, in 2006, the plant closed.", []),
        ("Ten years ago, in 2006, the plant closed.", ["NC405"]),
        ("In 2006, 10 years ago, the plant closed.", ["NC405"]),
        ("A decade ago, in 2016, the plant closed.", []),
        ("Some 20 years ago, in 2004, the plant closed.", []),
        ("Nearly 20 years ago, in 2010, the plant closed.", []),
        ("Twenty years ago the plant closed; in 1990 it had opened.", []),
    ],
)
def test_years_ago(text: str, expect: list[str]) -> None:
    assert codes(text, "2026-11-25") == expect


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        ("The form is dated 31/04/2025.", ["NC402"]),
        ("The form is dated 04/31/2025.", ["NC402"]),
        ("The form is dated 03/04/2025 and 2025-04-30.", []),
        ("It rained on Wednesday 25.11.2026.", []),
        ("It rained on Tuesday 25.11.2026.", ["NC401"]),
        ("It rained on Thursday 03/04/2025.", []),
        ("It rained on Tuesday 03/04/2025.", []),
        ("It rained on Friday 03/04/2025.", ["NC401"]),
        ("The odds were 1/2/3 and the 2010-11 season ended.", []),
    ],
)
def test_numeric_dates(text: str, expect: list[str]) -> None:
    assert codes(text) == expect


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        ("Jane Doe was born in 1980 in Leeds. The 30-year-old moved to London.", ["NC403"]),
        ("Jane Doe was born in 1980 in Leeds. The 46-year-old moved to London.", []),
        ("Smith, born in 1970, scored. Later, the 23-year-old striker Jones scored.", []),
        ("Smith, 45, whose father was born in 1940, spoke.", []),
        ("Smith, who is 45, was born in 1970.", ["NC403"]),
        ("Fifty years ago this week, in 1990, the mine shut.", ["NC405"]),
        ("It is 31 years since 1995, when the war ended.", []),
        ("It is 20 years since 1995, when the war ended.", ["NC405"]),
        ("The ten-hour shift, from 8am to 4pm, was long.", ["NC404"]),
        ("The eight-hour shift, from 9am to 5pm, was long.", []),
        ("The two-day meeting, from Monday to Friday, ended.", ["NC404"]),
        ("The five-day meeting, from Monday to Friday, ended.", []),
    ],
)
def test_more_calendar_forms(text: str, expect: list[str]) -> None:
    assert codes(text, "2026-11-25") == expect


def test_options() -> None:
    strict = Config(select=("NC4",), options={"NC404": {"inclusive": False}, "NC402": {"allow_24": False}})
    text = "Prices rose from 2010 to 2015, a six-year period. The bars close at 24:00."
    assert sorted(f.rule for f in numcheck.check(text, config=strict).findings) == ["NC402", "NC404"]
    loose = Config(select=("NC4",), options={"NC403": {"slack": 1}})
    assert numcheck.check("Jane Smith, 57, was born in 1970.", config=loose, date="2026-11-25").findings == ()


WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")


@settings(max_examples=60, deadline=None)
@given(st.integers(1950, 2090), st.integers(1, 12), st.booleans(), st.booleans())
def test_random_consistent_periods_never_fire(start: int, length: int, inclusive: bool, words: bool) -> None:
    n = length + (1 if inclusive else 0)
    stated = WORDS[n - 1] if words and n <= 12 else str(n)
    assert codes(f"Prices rose from {start} to {start + length}, a {stated}-year period.") == []


@settings(max_examples=60, deadline=None)
@given(st.integers(1950, 2080), st.integers(1, 12), st.integers(3, 20))
def test_random_wrong_periods_fire(start: int, length: int, off: int) -> None:
    assert codes(f"Prices rose from {start} to {start + length}, a {length + off}-year period.") == ["NC404"]


@settings(max_examples=60, deadline=None)
@given(st.integers(1, 80), st.dates(dt.date(2000, 1, 1), dt.date(2040, 12, 31)), st.integers(-1, 1))
def test_random_years_ago(n: int, pub: dt.date, jitter: int) -> None:
    year = pub.year - n + jitter
    assert codes(f"It is {n} years ago, in {year}, that the mine shut.", pub.isoformat()) == []
    assert codes(f"It is {n} years ago, in {year - 5}, that the mine shut.", pub.isoformat()) == ["NC405"]
