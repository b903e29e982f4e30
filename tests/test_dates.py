"""find_dates: dates, weekdays, years, times and ages with their parts; impossible ones kept."""

from __future__ import annotations

import pytest

from numcheck.extract.dates import DateMention, find_dates, number_word
from numcheck.model import Kind


def _one(text: str, kind: Kind) -> DateMention:
    found = [d for d in find_dates(text) if d.kind is kind]
    assert len(found) == 1, (text, found)
    return found[0]


@pytest.mark.parametrize(
    ("text", "surface", "parts"),
    [
        (
            "It opened on Tuesday 25 November 2026.",
            "Tuesday 25 November 2026",
            {"year": 2026, "month": 11, "day": 25, "weekday": 1},
        ),
        ("Talks resume Tuesday, Nov. 25, in Rome.", "Tuesday, Nov. 25", {"month": 11, "day": 25, "weekday": 1}),
        ("The deadline is 25 November.", "25 November", {"month": 11, "day": 25}),
        ("It ends November 25, 2026, at noon.", "November 25, 2026", {"year": 2026, "month": 11, "day": 25}),
        ("He left on 3 June.", "3 June", {"month": 6, "day": 3}),
        ("He left on the 3rd of June.", "the 3rd of June", {"month": 6, "day": 3}),
        ("It launched in May 2010.", "May 2010", {"year": 2010, "month": 5}),
        ("It was signed on 31 April 2025.", "31 April 2025", {"year": 2025, "month": 4, "day": 31}),
    ],
)
def test_full_dates(text: str, surface: str, parts: dict) -> None:
    d = _one(text, Kind.DATE)
    assert text[d.start : d.end] == surface
    assert dict(d.parts()) == parts


def test_day_range_gives_two_dates_sharing_month() -> None:
    text = "The visit, from 3 to 10 June 2026, was short."
    dates = [d for d in find_dates(text) if d.kind is Kind.DATE]
    assert [(d.day, d.month, d.year) for d in dates] == [(3, 6, 2026), (10, 6, 2026)]


@pytest.mark.parametrize(
    ("text", "year", "born"),
    [
        ("Prices rose in 2010.", 2010, False),
        ("Unemployment has fallen since 1998.", 1998, False),
        ("The 2012 Olympics left a park.", 2012, False),
        ("She was born in 1970 in Leeds.", 1970, True),
        ("Jones (born 1970) spoke first.", 1970, True),
    ],
)
def test_years(text: str, year: int, born: bool) -> None:
    d = _one(text, Kind.YEAR)
    assert d.year == year and d.value == year and d.born is born


def test_year_ranges_and_not_years() -> None:
    years = [d.year for d in find_dates("From 2010 to 2015, and in the 2004-05 season.") if d.kind is Kind.YEAR]
    assert years == [2010, 2015, 2004, 2005]
    assert not [d for d in find_dates("Some 2,010 people and 1999 votes, and £2000m.") if d.kind is Kind.YEAR]


@pytest.mark.parametrize(
    ("text", "surface", "hour", "minute", "meridiem"),
    [
        ("Polls close at 25:00 local time.", "25:00", 25, 0, None),
        ("Doors open at 3pm.", "3pm", 3, 0, "pm"),
        ("It starts at 10.30am sharp.", "10.30am", 10, 30, "am"),
        ("It starts at 10 p.m. sharp.", "10 p.m.", 10, 0, "pm"),
    ],
)
def test_times(text: str, surface: str, hour: int, minute: int, meridiem: str | None) -> None:
    d = _one(text, Kind.TIME)
    assert (text[d.start : d.end], d.hour, d.minute, d.meridiem) == (surface, hour, minute, meridiem)


def test_race_times_are_not_clock_times() -> None:
    assert not [d for d in find_dates("She ran 29:45 to win, and the score was 3-1.") if d.kind is Kind.TIME]


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("A man aged 45 was arrested.", 45),
        ("The 45-year-old was arrested.", 45),
        ("Smith, 45, was arrested.", 45),
        ("She is 45 years old.", 45),
        ("A forty-five-year-old was arrested.", 45),
        ("At the age of 45 he retired.", 45),
    ],
)
def test_ages(text: str, age: int) -> None:
    assert _one(text, Kind.AGE).value == age


def test_not_ages() -> None:
    assert not [d for d in find_dates("Those aged 18 to 24, and in Wales, 45 voted, with 1, 2, 3.") if d.kind is Kind.AGE]


def test_offsets_are_exact_and_sorted() -> None:
    text = "On Friday 4 March 2022 at 3pm, Smith, 45, born in 1977, said it began in 2010."
    found = find_dates(text)
    assert [text[d.start : d.end] for d in found] == ["Friday 4 March 2022", "3pm", "45", "1977", "2010"]
    assert found == sorted(found, key=lambda d: d.start)


def test_number_words() -> None:
    assert number_word("forty-five") == 45 and number_word("six") == 6 and number_word("7") == 7
    assert number_word("fish") is None
