"""NC4 on news wording beyond the canonical shapes: apposition and anaphoric ages, lengths with
noun modifiers and relative clauses, ranges told by their two ends, possessive and bracketed
weekdays — each slip with its consistent twin, and traps (true ages, true weekdays of other
years, other people's ages) that must stay quiet. Publication date 2026-11-25 (a Wednesday)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import numcheck
from numcheck.config import Config

MONTHS = ("January", "March", "May", "July", "August", "October", "December")

AGES = [
    # (fires, text): born 1992 -> 33 or 34; born 1990 -> 35 or 36; born 1951 -> 74 or 75; 1994 -> 31 or 32
    (True, "The cyclist, 27, was born in 1992."),
    (False, "The cyclist, 34, was born in 1992."),
    (True, "The pianist, 27, who was born in 1992, retired."),
    (True, "Jones, who is 34, was born in 1990."),
    (False, "Jones, who is 36, was born in 1990."),
    (True, "Born in 1990, Jones, now 41, runs the firm."),
    (False, "Born in 1990, Jones, now 36, runs the firm."),
    (True, "Born in 1990 in Cardiff, the singer, 41, has released six albums."),
    (False, "Born in 1990 in Cardiff, the singer, 36, has released six albums."),
    (True, "The 34-year-old striker, who was born in 1996, scored twice."),
    (False, "The 29-year-old striker, who was born in 1996, scored twice."),
    (
        True,
        (
            "The painter, who was born in Glasgow in 1951, died on Friday.\n\nShe exhibited in 30 countries.\n\n"
            "Her gallery said the 62-year-old had been unwell."
        ),
    ),
    (
        False,
        (
            "The painter, who was born in Glasgow in 1951, died on Friday.\n\nShe exhibited in 30 countries.\n\n"
            "Her gallery said the 75-year-old had been unwell."
        ),
    ),
    (
        True,
        (
            "The rower, born in 1994, won two world titles.\n\nHe now trains juniors.\n\n"
            "On Tuesday the 38-year-old said he had no regrets."
        ),
    ),
    (
        False,
        (
            "The rower, born in 1994, won two world titles.\n\nHe now trains juniors.\n\n"
            "On Tuesday the 32-year-old said he had no regrets."
        ),
    ),
    (True, "Maria Lopez was born in 1980 in Madrid.\n\nShe moved to London.\n\nNow 35, she runs a bakery."),
    (False, "Maria Lopez was born in 1980 in Madrid.\n\nShe moved to London.\n\nNow 46, she runs a bakery."),
    (True, "Maria Lopez was born in 1980 in Madrid. She is 35."),
    (False, "Maria Lopez was born in 1980 in Madrid. She is 46."),
    (True, "Anna Jones was born in Swansea in 1990.\n\nShe studied law.\n\nJones, now 41, is a judge."),
    (False, "Anna Jones was born in Swansea in 1990.\n\nShe studied law.\n\nJones, now 35, is a judge."),
    (True, "Jones, who turns 41 next month, was born in 1990."),
    (False, "Jones, who turns 37 next month, was born in 1990."),
    (True, "Jones, who was born in 1990, is 41."),
    (True, "Jones, born in 1990, celebrated her 41st birthday on Monday."),
    (False, "Jones, born in 1990, celebrated her 36th birthday on Monday."),
    (False, "Jones, who will celebrate her 37th birthday next month, was born in 1990."),
    (True, "Jones, 41, is the club's oldest player. She was born in 1990 in Swansea."),
    (False, "Jones, 36, is the club's oldest player. She was born in 1990 in Swansea."),
    (True, "Jones, 41, is the club's oldest player.\n\nBorn in 1990, she joined at 16."),
    (True, "The 41-year-old mother of two was born in 1990."),
    (True, "At 41, Sarah Jones, who was born in 1990, is the oldest."),
    (False, "At 36, Sarah Jones, who was born in 1990, is the oldest."),
    (True, "The author Jane Roe (1932-2024) died aged 85."),
    (False, "The author Jane Roe (1932-2024) died aged 91."),
    (True, "The author Jane Roe (1932-2024) wrote 20 novels.\n\nRoe died in Oxford aged 85."),
    (False, "The author Jane Roe (1932-2024) wrote 20 novels.\n\nRoe died in Oxford aged 92."),
    (True, "The actor, born in 1970, starred in 40 films.\n\nThe actor, 45, said he would retire."),
    (False, "The actor, born in 1970, starred in 40 films.\n\nThe actor, 56, said he would retire."),
    (True, "The 34-year-old swimmer won gold. She was born in 1996."),
    (False, "The 29-year-old swimmer won gold. She was born in 1996."),
    (True, "Jones, 41, won gold.\n\nBorn in Cardiff in 1990, Jones began swimming at six."),
    (False, "Jones, 35, won gold.\n\nBorn in Cardiff in 1990, Jones began swimming at six."),
    # traps: someone else's age, a past age, a count that is not an age
    (False, "Jones, 41, won gold.\n\nBorn in Cardiff in 1990, Smith began swimming at six."),
    (False, "The actor, born in 1970, was charged.\n\nThe victim, 23, was unhurt."),
    (False, "Jane Roe was born in 1970.\n\nRoe said Tom Hill, 25, had helped her."),
    (False, "Jane Roe was born in 1970.\n\nRoe and her husband, 60, live in Bath."),
    (False, "Jane Roe was born in 1970.\n\nRoe's son, 25, lives in Bath."),
    (False, "Jones, 41, met Ann Lee in 2010. She was born in 1990."),
    (False, "Jones, 41, is the captain. His wife was born in 1990."),
    (False, "At 10, the meeting began; Sarah Jones, born in 1990, chaired it."),
    (False, "Jones, born in 1990, celebrated her son's 10th birthday on Monday."),
    (False, "The singer's mother, born in 1950, and the singer, 46, attended."),
    (False, "Smith was born in 1970. His son, 25, joined him."),
    (False, "Smith was born in 1970.\n\nHis daughter, the 25-year-old, joined him."),
    (False, "Jones was born in 1990.\n\nHer mother, 60, still lives in Swansea."),
    (False, "Lee was born in 1922 in New York.\n\nBy the time he was 40, Lee had decided to quit."),
    (False, "The striker, born in 1990, scored twice.\n\nThe manager said the 19-year-old winger had been superb."),
    (False, "The striker, born in 1990, scored twice. His 19-year-old team-mate also scored."),
    (False, "The club, founded in 1990, is 36 points clear."),
    (False, "Jones, born in 1990, joined in 2010 aged 20."),
    (False, "Ann Lee was born in 1980.\n\nShe met Tom Hill at work; he is 52 and she is 46."),
]

PERIODS = [
    (True, "The four-day trade mission, from 2 to 9 October, will visit Lagos."),
    (False, "The seven-day trade mission, from 2 to 9 October, will visit Lagos."),
    (False, "The eight-day trade mission, from 2 to 9 October, will visit Lagos."),
    (True, "The talks will last two days, from 4 to 9 June."),
    (False, "The talks will last six days, from 4 to 9 June."),
    (True, "The 12-day strike, which ran from 3 to 20 March, ended."),
    (False, "The 18-day strike, which ran from 3 to 20 March, ended."),
    (True, "A 12-day strike that ran from 3 to 20 March closed schools."),
    (True, "From 3 to 20 March, the 12-day strike closed schools."),
    (False, "From 3 to 20 March, the 18-day strike closed schools."),
    (True, "She served a four-year term from 2019 to 2025."),
    (False, "She served a six-year term from 2019 to 2025."),
    (True, "The 10-day festival beginning on 1 August and ending on 17 August drew crowds."),
    (False, "The 7-day festival beginning on 1 August and ending on 7 August drew crowds."),
    (True, "The two-week festival starts on 1 August and ends on 30 August."),
    (False, "The two-week festival starts on 1 August and ends on 14 August."),
    (True, "The 10-day festival runs from 1 August to 17 August."),
    (True, "The project took five years to complete, from 2010 to 2020."),
    (True, "It took 14 months, from January 2020 to June 2021."),
    (False, "It took 17 months, from January 2020 to June 2021."),
    (True, "The three-week long public inquiry, from 1 to 30 June, heard evidence."),
    (True, "A week-long festival from 1 to 14 August drew crowds."),
    (False, "A week-long festival from 1 to 7 August drew crowds."),
    (True, "Between 2015 and 2020 - a period of eight years - prices rose."),
    (True, "The month-long festival, from 1 to 10 August, drew crowds."),
    (False, "The month-long festival, from 1 to 31 August, drew crowds."),
    (True, "The decade-long project, from 2000 to 2020, is over."),
    (True, "A two-year contract from July 2024 to June 2028 was signed."),
    (False, "A four-year contract from July 2024 to June 2028 was signed."),
    (True, "A two-year contract from 1 July 2024 to 30 June 2028 was signed."),
    (False, "A four-year contract from 1 July 2024 to 30 June 2028 was signed."),
    (True, "A three-month trial from 1 March to 31 August ended."),
    (False, "A three-month trial from 1 March to 31 May ended, as did a year-long one from January to December 2024."),
    (True, "The ten-day break, from 30 December 2024 to 2 January, ended."),
    (False, "The three-day break, from 30 December 2024 to 2 January, ended."),
    (True, "The week-long strike by teachers, from 3 to 20 March, ended."),
    (False, "The three-week strike by teachers, from 3 to 20 March, ended."),
    (True, "The two-year ban on imports, which ran from 2010 to 2020, ended."),
    # traps
    (False, "He got a five-year ban for doping offences committed from 2010 to 2012."),
    (False, "A three-year-old boy was missing from 10 to 15 May."),
    (False, "The five-year plan to cut costs from 2010 to 2020 failed."),
    (False, "After a three-day delay, talks from 10 to 15 May were held."),
    (False, "The three-day visit began on 10 May; on 15 May the king left."),
    (False, "Five years ago, from 2010 to 2020, things changed."),
]

WEEKDAYS = [
    (True, "Tuesday's vote on 3 March 2025 was close."),
    (False, "Monday's vote on 3 March 2025 was close."),
    (True, "Saturday's final on 14 March 2025 was a draw."),
    (False, "Friday's final on 14 March 2025 was a draw."),
    (True, "The vote took place on Tuesday (3 March 2025)."),
    (False, "The vote took place on Monday (3 March 2025)."),
    (True, "The final was played on 14 March 2025 (Saturday)."),
    (False, "The final is on Friday, 14th March, 2025, and the replay on Saturday 15 March 2025."),
    (False, "The ballot closes on Thursday, Dec. 4, 2025."),
    (True, "The ballot closes on Wednesday, Dec. 4, 2025."),
    (True, "The festival runs on Friday 15 and Sunday 16 March 2025."),
    (True, "The festival runs on Saturday 15 and Sunday 17 March 2025."),
    (False, "The festival runs on Saturday 15 and Sunday 16 March 2025."),
    (False, "Monday's decision to delay the vote on 5 March 2025 angered MPs."),
    (False, "The museum reopened on Sunday 9 March 2025, a year after the fire."),
    (False, "Leap-year babies born on Thursday 29 February 1996 turned 30 this year."),
]

TRAPS = [
    (False, "Sunday 9 March 2025 was sunny, as was Sunday 10 March 2024."),
    (False, "Friday 13 June 2025 and Friday 13 September 2024 were unlucky."),
    (False, "The king, born in 1948, turned 78 this month."),
    (False, "The singer, born on 25 December 1950, is 75."),
    (False, "The actor (b. 1956) is 70."),
    (False, "Anna Kay, 29, who was born in 1997 in Leeds, won."),
    (False, "The 10-day festival, from 1 to 10 August, is free, as it was from 1 to 11 August last year."),
    (False, "A five-year term, from 2020 to 2025, ended."),
    (False, "The 48-hour strike, from 6am on Monday to 6am on Wednesday, ended."),
    (False, "Twenty years ago, in 2006, the mine shut."),
]

ANNIVERSARIES = [
    (True, "This week marks the 20th anniversary of the 1996 disaster."),
    (False, "This week marks the 30th anniversary of the 1996 disaster."),
    (False, "Next year marks the 31st anniversary of the 1996 disaster."),
    (True, "Friday is the 10th anniversary of the flood in 2006."),
    (False, "Friday is the 20th anniversary of the flood in 2006."),
    (True, "It is the fiftieth anniversary of the band's first gig in 1966."),
    (False, "It is the sixtieth anniversary of the band's first gig in 1966."),
    (True, "Today is the 25th anniversary of 11 September 2011."),
    (False, "The couple celebrated their 50th wedding anniversary in 2019."),
    (False, "The 25th anniversary edition, released in 2010, sold well."),
]

CLOCKS = [
    (True, "Polls close 25:00 on Thursday."),
    (True, "Kick-off is 24:30 on Saturday."),
    (False, "Polls close 22:00 on Thursday, and the count starts 23:30."),
    (False, "The match ended 25:23 in the fifth set."),
    (False, "She ran 27:35 and finished 31:40 ahead of the pack."),
]


@pytest.mark.parametrize(("fires", "text"), AGES + PERIODS + WEEKDAYS + CLOCKS + TRAPS + ANNIVERSARIES)
def test_variant(fires: bool, text: str) -> None:
    found = numcheck.check(text, config=Config(select=("NC4",)), date="2026-11-25").findings
    assert bool(found) == fires, [f.message for f in found]


FORMS = (
    "The {noun}, {age}, was born in {born}.",
    "Lee Hart was born in {born}.\n\nShe trained abroad.\n\nOn Monday the {age}-year-old said she would retire.",
    "Lee Hart was born in {born} in Leeds.\n\nNow {age}, she runs a bakery.",
)


@settings(max_examples=60, deadline=None)
@given(
    st.integers(1930, 2005),
    st.dates(dt.date(2010, 1, 1), dt.date(2035, 12, 31)),
    st.sampled_from(FORMS),
    st.sampled_from(("swimmer", "former minister", "actor")),
    st.integers(-1, 0),
    st.sampled_from((-9, -3, -2, 2, 3, 11)),
)
def test_random_ages_in_new_shapes(born: int, pub: dt.date, form: str, noun: str, before: int, off: int) -> None:
    age = pub.year - born + before
    assume(age >= 1 and age + off >= 1)
    cfg = Config(select=("NC4",))
    good = form.format(noun=noun, age=age, born=born)
    bad = form.format(noun=noun, age=age + off, born=born)
    assert numcheck.check(good, config=cfg, date=pub.isoformat()).findings == ()
    assert [f.rule for f in numcheck.check(bad, config=cfg, date=pub.isoformat()).findings] == ["NC403"]


@settings(max_examples=60, deadline=None)
@given(st.integers(1, 18), st.integers(1, 10), st.sampled_from(MONTHS), st.booleans(), st.sampled_from((-3, -1, 2, 6)))
def test_random_periods_with_modifiers(first: int, length: int, month: str, inclusive: bool, off: int) -> None:
    assume(length + off >= 1)
    cfg = Config(select=("NC4",))
    text = "The {n}-day general strike, which ran from {a} to {b} {m}, ended."
    good = text.format(n=length + (1 if inclusive else 0), a=first, b=first + length, m=month)
    assert numcheck.check(good, config=cfg).findings == ()
    stated = length + off + (1 if off > 0 else 0)  # outside [length, length + 1]
    bad = numcheck.check(text.format(n=stated, a=first, b=first + length, m=month), config=cfg).findings
    assert [f.rule for f in bad] == ["NC404"]
