"""NC2xx on neighbouring phrasings: extra modifiers, other sentence shapes, and the false-alarm
patterns that must stay quiet (notes after a list, a pair with its own verb, overlapping groups).
All sentences are written for these tests."""

from __future__ import annotations

import pytest

import numcheck
from numcheck.config import Config


def fired(text: str) -> list[str]:
    return sorted({f.rule for f in numcheck.check(text, config=Config(select=("NC2",))).findings})


def messages(text: str) -> list[str]:
    return [f.message for f in numcheck.check(text, config=Config(select=("NC2",))).findings]


QUIET = [
    # a multiple-answer note in a neighbouring sentence, after or before the list
    "Asked what should change, 64% of people chose roads, 51% chose parks and 38% chose trains. "
    "Voters could choose more than one answer.",
    "Asked what should change, 64% of people chose roads, 51% chose parks and 38% chose trains.\n\n"
    "Respondents could pick several options.",
    "People could name up to three worries. In all, 70% named crime, 55% named jobs and 35% named schools.",
    # a stated change next to a from/to pair with its own subject and verb
    "Profits rose 5% even as the number of shops fell from 120 to 110.",
    "Revenue climbed 8% as the workforce shrank from 900 to 700.",
    "Output grew 4% though its headcount dropped from 300 to 250.",
    # groups with their own predicates may overlap
    "Of the 25 EU states, 12 use the euro and 20 are in Nato.",
    "Of the 30 clubs, 18 have a women's team and 25 run a youth academy.",
    "Of the 40 firms, 25 had cut jobs and 20 had frozen pay.",
    "Of the 40 firms, 25 have offices in London and 20 operate in Paris.",
    # modifiers around shares, consistent
    "The survey found that 40% of the company's 10 board members were women.",
    "One in four of the 200 workers at the depot, some 50 people, voted against the deal.",
    "The party won 412 of the 650 seats, or 63% of the total, its best result.",
    "The motion was backed by 11 of the 15 councillors, or 73%, after a two-hour debate.",
    "About 37% of the 10 board members were women.",
    "More than 33% of the 10 board members were women.",
    "Prices rose 20% of last year's 10 points.",
    "Profits were cut by 2 of the 5 points.",
    # rates restated over a period or as another rate, consistent
    "The plant fills 400 bottles an hour, or 3,200 in an eight-hour shift.",
    "He earns £1,000 a month, or £12,000 a year.",
    "He earns £100 a day, or £500 a week.",
    "He was paid £50 a week, or £3 an hour.",
    "Volunteers served 2,000 meals a day during the first week, 14,000 in total.",
    "The clinic sees 40 patients a day, or 280 over a week.",
    "Prices rose 2% a year, or 10% in five years.",
    "The factory made 300 cars a week in 2004, or 1,200 a month in 2005.",
    "Aid agencies are delivering 30,000 litres of water a day to the camp, or 210,000 litres a week.",
    # a reporting period between the figures of a change, consistent
    "The jobless rate rose 2 points to 6.5% in the three months to September, from 4.5%.",
    "Sales rose 50% to £6m in the first quarter, from £4m.",
    "Sales rose to £6m last year from £4m, up 50%.",
    # poll shares with long names, a remainder "at"
    "A poll put the Greens on 40%, the Social Democrats on 35% and the Free Democrats on 20%.",
    "Last year, gas generated 34% of the country's electricity, wind 29%, nuclear 15% and solar 4%, "
    "with coal making up the rest at 18%.",
    # label numbers and a subset as the antecedent, consistent
    "Of the 140 absent pupils, 70 were in Year 7, 45 in Year 8 and 25 in Year 9.",
    "The head said 120 of the school's 1,100 pupils had been absent. Of those absent, 70 were in Year 7, "
    "25 in Year 8 and 25 in Year 9.",
    "Police said 45 of the 300 fans had been arrested. Of those arrested, 25 were men and 20 were women.",
    # breakdowns in the next sentence: consistent, or not about the same group
    "The bus was carrying 45 passengers. Police said 25 adults and 20 children were on board.",
    "The council will spend £45m next year. Roads will get £18m, schools £15m and social care £12m.",
    "The council will spend £40m next year. Last year roads got £18m, schools £15m and social care £12m.",
    "The school has 40 pupils. Last year 25 boys and 20 girls were enrolled.",
    "The firm employs 40 staff. Police said 25 men and 20 women were questioned.",
    # the same verb written again for each part: the groups may overlap
    "Of the 30 pupils, 20 play football and 18 play the piano.",
    "Of the 30 pupils, 20 speak French and 15 speak German.",
    # a share of the group named first, consistent or not a small group
    "Of the 10 board members, 40% are women.",
    "Of the 10 million voters, 37% backed the plan.",
    "Of the 10 firms, 37% of revenue came from abroad.",
    # a change split across two sentences: consistent, or about something else
    "Sales were £4m in 2003. In 2004 they rose 50% to £6m.",
    "The charity had 400 volunteers last year. This year the number has risen 25% to 500.",
    "The firm employed 1,200 people in 2019. It has since cut its workforce by 25% to 900.",
    "Sales were £4m in 2003. Profits rose 10% to £2m.",
    "Sales were £4m in Europe. In Asia they rose 10% to £2m.",
    "The firm had 300 staff. In the north it rose 5% to 280.",
    # instalments of a multi-year total: all given and adding up, or only some given
    "The council will spend £9m on cycle lanes over three years, with £2m this year, £3m next year and £4m in the third year.",
    "The firm will invest £10m over three years: £6m in 2025 and £3m in 2026.",
    # traps around the new shapes
    "The council will spend £40m on roads. Schools will get £18m, hospitals £15m and parks £12m from a separate fund.",
    "The plane was carrying 150 passengers. A second flight with 100 adults and 80 children on board landed later.",
    "He earns £30,000 a year, or £2,500 a month.",
    "Wages are £9 an hour, or £350 a week.",
    "The station handles 100 trains an hour, or 2,000 a day.",
    "Revenue was $4bn last year. This year it is expected to rise 5% to $4.2bn.",
    "Of the 100 staff in Ward 5, 60 were nurses and 40 were doctors.",
    "Asked to name their top three worries, 64% chose crime, 51% chose jobs and 38% chose schools.",
    "In 2004, 64% of those asked chose roads, 51% chose parks and 38% chose trains, in a survey where people could "
    "name several priorities.",
    "Turnout rose 5% as the number of polling stations fell from 120 to 110.",
    "The rate rose to 6.5% in the three months to September, from 4.5%, a rise of 2 points.",
    "The party took 412 seats out of 650, or 63%.",
    # percentages after change verbs are changes, not shares (a long name between them)
    "Shares in the drug maker lost 70% while its US partner Meridian Labs shed 43%.",
    "The index gained 60% and its smaller rival Northwind Holdings added 45%.",
    # a verb right after the count: groups described by different predicates may overlap
    "Of the 200 staff, 120 work part-time and 100 are women.",
    "Of the 80 firms surveyed, 50 expect to hire and 45 plan to invest.",
    "Of the 25 states, 12 have joined the euro and 20 have joined Nato.",
    # the note three sentences later in the same paragraph
    "Asked what should change, 64% chose roads, 51% chose parks and 38% chose trains. Most wanted more money spent. "
    "Many wanted lower taxes. Respondents could choose more than one answer.",
    # the same vote twice is not two sides of one vote
    "Of the 40 members, 25 voted for the plan in May and 30 voted for it in June.",
    "Of the 40 members, 25 voted for the plan and 15 voted against it.",
    "Some 2,000 people a day crossed the border last week, 14,000 in total.",
    "The centre took 300 calls a day this week, 600 in total.",
    # a fraction of a group counted earlier, consistent or of another group
    "In the district, 18 of the 24 GP practices, three-quarters, met the target, while a quarter of practices, 6, did not.",
    "The firm has 200 workers. A quarter of the workers, 50 people, went on strike.",
    "The firm has 200 workers in Leeds. A quarter of the workers in York, 80 people, went on strike.",
    "This year 80 people attended, double last year's 40.",
    "This year 95 people attended, more than double last year's 40.",
    "Some 12 of the 40 members of the committee, or 30%, voted against.",
    "Fares are £5 a day, or £20 a week for a season ticket.",
    "The council will spend £40m next year. Roads will get £18m, schools £15m and social care £12m over five years.",
    "Sales were £4m in 2003. In 2004 they rose 25% to £2m in Europe.",
    "Of the 50 victims, police said, 30 were women and 20 men.",
    "Labour won 150 seats, half of the 300 in the chamber.",
    "The crash killed 16 people. Nine were adults and seven were children.",
    "Police arrested 14 people. Nine were later released and seven were charged.",
    "Some 64% said yes, 31% said no and 12% were not sure, the poll found.",  # 'some' widens the first share
    "The poll put support for Labour at 38%, the Conservatives at 35%, the Liberal Democrats at 14% and Reform at 11%.",
    "The party said inflation was at 45%, unemployment at 40% and growth at 30%.",
    "Support for the plan was at 60% in the north, at 55% in the south and at 40% in Wales.",
    "Of the 300 seats, half - 150 - went to Labour.",
    "Of the 200 staff, a quarter, 80 in total over two years, left.",
    "Asked what mattered, 40% chose option 1, 35% chose option 2 and 25% chose option 3.",
    "Of the 400 trains, 120 left from platform 1, 100 from platform 2 and 90 from platform 3.",
]

LOUD = [
    ("NC202", "Asked what should change, 64% of people chose roads, 51% chose parks and 38% chose trains. Most wanted action."),
    ("NC203", "Profits rose 5% from £120m to £110m."),
    ("NC201", "Of the 50 victims, 30 were killed and 25 were injured."),
    ("NC201", "Of the 50 victims, 30 were women and 25 were men."),
    ("NC201", "Of the 120 absent pupils, 70 were in Leeds, 45 in York and 25 in Hull."),
    # a possessive or a place between "of" and the whole, a restated share "of the total"
    ("NC205", "The survey found that 37% of the company's 10 board members were women."),
    ("NC205", "In all, 45% of the council's 12 cabinet members are new."),
    ("NC204", "One in four of the 200 workers at the depot, some 80 people, voted against the deal."),
    ("NC204", "A quarter of the 200 workers at the plant, 80 people, went on strike."),
    ("NC205", "The party won 412 of the 650 seats, or 73% of the total, its best result."),
    ("NC205", "The plan was backed by 11 of the 15 councillors, or 60% of them."),
    ("NC205", "The motion was backed by 11 of the 15 councillors, or 60%, after a two-hour debate."),
    ("NC205", "About 15% of the 4 members were women."),
    # rate against a total or another rate
    ("NC206", "About 2,000 people a day crossed the border for a week, 40,000 in total."),
    ("NC206", "About 2,000 people a day crossed the border during the first week of the month, 40,000 in total."),
    ("NC206", "The plant fills 400 bottles an hour, or 5,000 in an eight-hour shift."),
    ("NC206", "Aid agencies are delivering 30,000 litres of water a day to the camp, or 2.1 million litres a week."),
    ("NC206", "He earns £50 a week, or £3,600 a year."),
    ("NC206", "He earns £1,000 a month, or £10,000 a year."),
    ("NC206", "The clinic sees 40 patients a day, or 400 over a week."),
    # a reporting period between the figures of a change
    ("NC203", "The unemployment rate rose 2% to 6.5% in the three months to September, from 4.5%."),
    ("NC203", "The jobless rate rose 2% to 6.5% in the year to March, from 4.5%."),
    ("NC203", "Sales rose 25% to £6m in the first quarter, from £4m."),
    ("NC203", "Sales rose to £6m last year from £4m, up 25%."),
    ("NC202", "The poll put Labour on 38%, the Conservatives on 35%, the Liberal Democrats on 14% and Reform on 21%."),
    ("NC202", "A poll put the Greens on 40%, the Social Democrats on 35% and the Free Democrats on 30%."),
    (
        "NC202",
        "Last year, gas generated 34% of the country's electricity, wind 29%, nuclear 15% and solar 4%, "
        "with coal making up the rest at 2%.",
    ),
]


@pytest.mark.parametrize("text", QUIET)
def test_quiet(text: str) -> None:
    assert fired(text) == [], (text, messages(text))


@pytest.mark.parametrize(("code", "text"), LOUD, ids=[f"{c}-{i}" for i, (c, _) in enumerate(LOUD)])
def test_loud(code: str, text: str) -> None:
    assert code in fired(text), (text, messages(text))
