"""NC4 on news-style calendar text: seasons, age lists, shifts, anniversaries (traps), and slips."""

from __future__ import annotations

import pytest

import numcheck
from numcheck.config import Config

CASES = [
    ("NC401", "The vote is on 25 November 2026 (Tuesday)."),
    ("", "The vote is on 25 November 2026 (Wednesday)."),
    ("NC403", "Smith, 45, was born in Leeds in 1970."),
    ("", "Smith, 56, was born in New York in 1970, and moved in 1990."),
    ("NC403", "Born in 1970, Jones, now 45, runs the firm."),
    ("", "Born in 1970, Jones, now 56, runs the firm."),
    ("NC403", "Jones is 45 and was born in 1970."),
    ("", "The index, first compiled in 1970, is 45 points higher."),
    ("NC405", "Half a century ago, in 1990, the mine shut."),
    ("NC405", "25 years ago (1990) the mine shut."),
    ("", "Titanic (1997) is a film; 29 years ago (1997) it opened."),
    ("NC403", "Smith (b. 1970) is 45."),
    ("", "The 2020-21 season started on 12 September 2020, a Saturday."),
    ("NC401", "The 2020-21 season started on 12 September 2020, a Sunday."),
    ("", "Smith, 45, and Jones, 50, were born in 1980 and 1975."),
    ("", "The 24-hour strike, from midnight to midnight, ended."),
    ("", "Ten years ago, the firm had 30 staff; in 2020 it had 300."),
    ("", "The 30-year mortgage, from 2010 to 2040, was sold on."),
    ("", "A three-day event from 9 to 11 May, and a five-year deal from 2024 to 2029."),
    ("NC404", "A three-day event from 9 to 19 May."),
    ("", "Over the past 10 years, from 2014 to 2024, prices doubled."),
    ("", "The 10-year-old, from 2010 to 2015 a pupil at the school, won."),
    ("", "Those aged 18-24, and the 16 to 24-year-olds, voted."),
    ("", "The film, released on Friday 13 March 2020, flopped."),
    ("NC401", "The film, released on Friday 13 March 2021, flopped."),
    ("", "Doors open at 7.30pm and the show starts at 19:45 GMT."),
    ("NC402", "Doors open at 19.30pm."),
    ("", "Smith, who turns 50 next year, was born in 1977."),
    ("", "It happened 20 years ago in May 2006."),
    ("NC405", "It happened 10 years ago in May 2006."),
    ("", "The deal, signed on 5 June, runs from June to December, a seven-month term."),
    ("NC404", "The deal runs from June to December, a three-month term."),
    ("", "The 1914-18 war, which lasted four years, killed millions."),
    ("", "World War Two (1939-45) lasted six years."),
    ("NC404", "World War Two (1939-45) lasted ten years."),
]


@pytest.mark.parametrize(("expect", "text"), CASES)
def test_case(expect: str, text: str) -> None:
    fired = {f.rule for f in numcheck.check(text, config=Config(select=("NC4",)), date="2026-11-25").findings}
    assert (expect in fired) if expect else not fired, fired
