"""NC2xx arithmetic rules: cases beyond the rules' own examples, messages, intervals, and
false-alarm patterns from the BBC corpus rewritten as our own sentences."""

from __future__ import annotations

import pytest

import numcheck
from numcheck.config import Config


def fired(text: str) -> list[str]:
    return sorted({f.rule for f in numcheck.check(text, config=Config(select=("NC2",))).findings})


def messages(text: str) -> list[str]:
    return [f.message for f in numcheck.check(text, config=Config(select=("NC2",))).findings]


BAD = [
    # part-whole
    ("NC201", "Out of 80 applicants, 95 were accepted."),
    ("NC201", "The 50 victims included 30 women and 25 men."),
    ("NC201", "There were 50 victims: 30 women and 25 men."),
    ("NC201", "A total of 23 miners were trapped. Of these, 15 were rescued and 10 died."),
    ("NC201", "The crash killed 14 people. Of them, 9 were adults and 7 were children."),
    ("NC201", "Police arrested 45 people: 30 men, 12 women and 8 teenagers."),
    ("NC201", "A total of 1,200 jobs will go, with 700 in Leeds, 400 in York and 300 in Hull."),
    ("NC201", "The team of 11 players includes 6 defenders and 7 forwards."),
    ("NC201", "The 50 victims were 30 women and 25 men."),
    ("NC201", "Fifty people died — 30 women and 25 men."),
    ("NC201", "There were 30 women and 25 men among the 50 victims."),
    ("NC201", "The plant employed 850 people. Of those, 500 worked on the production line and 400 in offices."),
    ("NC201", "The storm damaged 64 homes, 40 in Ashford and 30 in Kingsnorth."),
    ("NC201", "The 20-strong squad has 12 forwards and 10 backs."),
    ("NC201", "Out of the 30 cases reported, 18 involved children and 15 involved adults."),
    # percent-sum
    ("NC202", "Of those polled, 48% said yes, 45% said no and 12% did not know."),
    ("NC202", "Labour got 40%, the Conservatives 35% and the Lib Dems 30% of the vote."),
    ("NC202", "Of the respondents, 70% were employed, 25% were students and 15% were retired."),
    ("NC202", "A poll found 55% of voters backed the plan and 52% opposed it."),
    # percent-change
    ("NC203", "A 12% cut, from 500 to 400, was announced."),
    ("NC203", "The budget was cut from £500m to £400m, a reduction of 12%."),
    ("NC203", "Pre-tax profits increased by 18% to £54m (2003: £40m)."),
    ("NC203", "Net income surged 60% to $2.1bn, compared with $1.6bn a year earlier."),
    ("NC203", "Shares in the firm fell 8p, or 12%, to 120p from 128p."),
    ("NC203", "Unemployment fell by 3%, from 8.1% to 5.1%."),
    ("NC203", "Interest rates rose 0.25% to 4.75% from 4.5%."),
    ("NC203", "The price of a ticket will go up by £5 to £35 from £28."),
    ("NC203", "Its workforce has been cut by half, from 3,000 to 2,000."),
    ("NC203", "The number of complaints has almost tripled, from 200 to 900."),
    ("NC203", "The share price has fallen 30% in a week, from 100p to 80p."),
    ("NC203", "Sales rose from $4m in 2003 to $6m in 2004, a 25% rise."),
    ("NC203", "Exports to China increased five-fold from $2bn to $6bn."),
    ("NC203", "Profits rose to $6m, up 25% from $4m."),
    ("NC203", "Profits reached $6m, a 25% increase on the $4m made last year."),
    ("NC203", "Profits were $6m, up 25% on last year's $4m."),
    ("NC203", "Profits were $6m this year compared with $4m last year, an increase of 25%."),
    ("NC203", "The population has grown by 25% - from 4 million to 6 million."),
    ("NC203", "The number fell to 400, down 12% from 500."),
    ("NC203", "The proportion of smokers fell from 28% to 24%, a drop of 8%."),
    ("NC203", "Attendances were down 10% on last season at 18,000, compared with 22,000."),
    ("NC203", "Profits were up 25% at $6m, against $4m last year."),
    ("NC203", "The number of road deaths has halved since 1990, from 3,200 to 1,900."),
    # ratio-fraction
    ("NC204", "Nearly half of the 1,200 staff, 800 people, signed the petition."),
    ("NC204", "A quarter of its 80 branches, 35 in all, will close."),
    ("NC204", "The club has 600 members, three times as many as the 150 it had in 2000."),
    ("NC204", "Twice as many as last year's 40: 95 people came."),
    ("NC204", "Three-quarters of the 40 members, 20 of them, voted yes."),
    ("NC204", "The winner got 3,000 votes, nearly three times as many as the runner-up's 1,500."),
    ("NC204", "More than half of the 120 MPs, some 50, signed the letter."),
    # percent-of-n
    ("NC205", "The study of 15 patients found 70% improved."),
    ("NC205", "In a survey of 40 firms, 25 (55%) said they would hire."),
    ("NC205", "Nine of the 11 players, or 75%, were born abroad."),
    ("NC205", "Of the 25 jurors questioned, 13 (48%) said they had doubts."),
    ("NC205", "The team won 17 of its 24 games, or 65%."),
    ("NC205", "Exactly 33% of the 20 delegates abstained."),
    ("NC205", "12 out of 30 members (50%) voted against."),
    # rate-total
    ("NC206", "Some 1,500 migrants arrived each day over the past two weeks, 30,000 in total."),
    ("NC206", "The factory produced 20 cars an hour for ten hours, a total of 150."),
    ("NC206", "The well pumped 200 litres an hour for 24 hours, some 7,000 litres in total."),
    # range-order
    ("NC207", "Waiting times ranged from 18 weeks to 6 weeks."),
    ("NC207", "The project is expected to cost between £40m and £25m."),
    ("NC207", "Between 1,200 and 800 jobs could be lost."),
    ("NC207", "The programme is aimed at children aged 12 to 8."),
]

GOOD = [
    "Pre-tax profits increased by 35% to £54m (2003: £40m).",
    "Its workforce has been cut by a third, from 3,000 to 2,000.",
    "The number of complaints has more than quadrupled, from 200 to 900.",
    "The club has 600 members, four times as many as the 150 it had in 2000.",
    "The team won 17 of its 24 games, or 71%.",
    "Between 800 and 1,200 jobs could be lost.",
    "Of the 300 passengers on board, 180 were British and 120 were Irish.",
    "A total of 1,200 jobs will go, with 600 in Leeds, 400 in York and 200 in Hull.",
    "Police arrested 45 people: 25 men, 12 women and 8 teenagers.",
    "The economy grew 3% in 2004, up from 2% in 2003.",
    "Inflation rose to 3.1% from 2.9%, up 0.2 percentage points.",
    "The firm's revenue comes 50% from Europe, 30% from Asia and 20% from America.",
    "Shares fell 3% to 120p, having risen 5% from 100p last week.",
    "The company, which has 3,000 staff, cut 300 jobs, 10% of its workforce.",
    "The population grew from 50,000 to 55,000 - a rise of about 10%.",
    "Sales rose 6% to £1.06bn from £1bn.",
    "Turnover rose to $12.6m from $9.8m, an increase of 29%.",
    "Profits rose 76% to $1.13bn from $639m.",
    # false-alarm patterns met in the BBC corpus, rewritten
    "Rival clubs had made offers of £3m, £4m and £6m for the striker, all turned down.",
    "Factory output grew 12.5% in the year to May, down from 19% in January, and prices rose to 3.8%.",
    "The court set a curfew between 2100 and 0600 every night.",
    "Jobless young people make up 31% of the total, compared with 12% five years earlier.",
    "The shop is open between 10 and 4 on Sundays.",
    "Visitor numbers rose 8% between 2003 and 2004, from 410,000 to 443,000.",
    "The survey found 30% of those aged 18-24 and 28% of those aged 25-34 had no savings.",
    "The council cut 120 of its 900 posts last year.",
    "Analysts expect a 4% rise in sales to £170m from £163m, the company said.",
    "There will be 300 seats, including 200 elected members, 80 appointed members and 12 bishops.",
    "Young drivers were 45% more likely to crash and 30% more likely to speed.",
    "He won 36 of his 50 matches and 12 of 20 finals.",
    "The three men were 25, 30 and 41.",
    "Of the 25 member states, 12 use the euro and 20 are also in Nato.",
    "Of the 40 pupils, 30 play football and 25 play cricket; some play both.",
    "Profits rose to $6m, up 50% from $4m.",
    "Profits were $6m, up 50% on last year's $4m.",
    "Revenues climbed 12 per cent, to £560m from £500m.",
    "In a survey of 40 firms, 22 (55%) said they would hire.",
    "A survey of 15 countries found 70% of adults use the internet.",
    "The 20-strong squad has 10 forwards and 10 backs.",
    "Shares closed up 3p at 93p, having ranged from 85p to 97p during the day.",
    "The 15-year-old was one of 30 pupils; 12 others were hurt.",
    "Its share price has more than doubled, from 50p to 120p.",
    "They lost their first three games in this year's Five Nations and four out of their five games since May.",
    "The 3 suspects were 19, 21 and 24 years old.",
    "Sales rose from $4m in 2003 to $6m in 2004, a 50% rise.",
    "The economy grew 10% a year from 100 to 121 over two years.",
    "The base rate fell by half a percentage point to 4.5% from 5%.",
    "She ran the race in 31:45 and won 3-1 on points: 45 and 25 in all.",
    "Almost a quarter, 22%, said they would buy one, and 60% said they would not.",
    "The shop is open from 9 to 5, and children aged 5 to 11 get in free.",
]


@pytest.mark.parametrize(("code", "text"), BAD, ids=[f"{c}-{i}" for i, (c, _) in enumerate(BAD)])
def test_bad_fires(code: str, text: str) -> None:
    assert code in fired(text), text


@pytest.mark.parametrize("text", GOOD)
def test_good_is_quiet(text: str) -> None:
    assert fired(text) == [], (text, messages(text))


def test_messages_show_the_arithmetic() -> None:
    assert messages("Of the 50 victims, 30 were women and 25 men.") == ["30 + 25 = 55, more than the whole of 50"]
    assert messages("Rescuers found 12 adults and 9 children, a total of 23 people.") == [
        "12 + 9 = 21, but the total given is 23"
    ]
    assert messages("Revenue rose 25% from $4m to $6m last year.") == ["$4m → $6m is a rise of 50%, not 25%"]
    (m,) = messages("Unemployment rose 2% from 10% to 12% over the year.")
    assert "2 percentage points" in m and "20%" in m
    (m,) = messages("Volunteers served 2,000 meals a day for a week, 20,000 in all.")
    assert "14,000" in m and "20,000" in m
    (m,) = messages("The survey found 37% of the 10 board members opposed the merger.")
    assert "4 of 10 is 40%" in m


def test_evidence_spans_are_exact() -> None:
    text = "Title\nThe firm says revenue rose 25% from $4m to $6m last year."
    report = numcheck.check(text, config=Config(select=("NC2",)))
    (f,) = report.findings
    assert [e.span.text for e in f.evidence] == ["25%", "$4m", "$6m"]
    for e in f.evidence:
        assert text[e.span.start : e.span.end] == e.span.text


def test_headline_and_body_are_separate_sentences() -> None:
    # a total in the headline is not the whole of a list in the body's first sentence
    assert fired("Jobs: 500 to go\nThe firm will cut 300 posts in Leeds and 250 in York.") == []


def test_options_change_tolerance() -> None:
    text = "Sales rose 25% from 400 to 520 last year."  # 30%
    assert fired(text) == ["NC203"]
    loose = Config(select=("NC2",), options={"NC203": {"tolerance": 0.3}})
    assert numcheck.check(text, config=loose).findings == ()
    text = "The poll found 53% in favour, 41% against and 9% undecided."  # 103%
    assert fired(text) == ["NC202"]
    assert numcheck.check(text, config=Config(select=("NC2",), options={"NC202": {"slack": 2.5}})).findings == ()


def test_rule_metadata() -> None:
    from numcheck.rules.arithmetic import RULES

    codes = [r.code for r in RULES]
    assert codes == sorted(codes) and all(c.startswith("NC2") for c in codes)
    assert len({r.name for r in RULES}) == len(RULES)
    for r in RULES:
        assert r.summary() and r.bad and r.good


# Sentences that look like arithmetic claims but are consistent or are not claims at all.
TRAPS = [
    "A survey of 2,000 adults found 45% were worried about crime.",
    "A study of 12 countries found inflation averaged 3.5%.",
    "The poll of 10 experts found 7 expected a rate rise.",
    "In a survey of 30 schools, 12% of pupils said they had been bullied.",
    "A review of 25 hospitals found that 40% of beds were occupied by elderly patients.",
    "Sales have risen fivefold since 1999 to $500m.",
    "Demand grew tenfold in a decade, to 2 million units from 200,000.",
    "The 300 workers were 150 short of the number needed.",
    "The 12 men were aged 20 to 35.",
    "The 50 delegates - 30 of them women - met in Geneva.",
    "The firm has 3,000 staff, 1,000 in London and 800 in Paris.",
    "He had 40 stitches, 10 in his head and 20 in his arm.",
    "Prices rose 5% in 2004, 4% in 2003 and 6% in 2002.",
    "There were 20 goals in 10 games, and 15 in the last 5.",
    "The charity helped 5,000 families, up from 4,000, and 2,000 children.",
    "The 15 members of the board, 12 men and 3 women, voted.",
    "There were 12 men and 10 women among the 30 people questioned.",
    "The team, which won 8 of its 10 games, has 25 players.",
    "The company's 40 stores - 25 in the UK and 15 abroad - will stay open.",
    "The bill was passed by 300 votes to 250, with 40 abstentions.",
    "Some 60% of those aged 18-24 and 70% of those over 65 voted.",
    "The share of women rose from 30% to 45% of the workforce, a 15 point rise.",
    "Prices rose 25% in real terms, from £4 to £6 in cash terms.",
    "Between 1990 and 2000 the population doubled, from 5m to 10m.",
    "The rate is now 4.75%, up from 4.5% a year ago, a rise of 0.25 points.",
    "Three in 10 people, or 30%, said they had no savings.",
    "More than a third of the 600 staff, 250 people, took the offer.",
    "Around half of the 40 players, 18 or 19, are expected to leave.",
    "The plant produces 500 cars a day, or about 180,000 a year.",
    "They scored 2 goals a game for 10 games, 20 goals in all.",
    "The economy grew 10% a year from 100 to 121 over two years.",
    "The rate was cut from 20% to 15%, a fall of five points.",
    "Output rose 4% from the previous quarter to 1.2 million tonnes.",
    "The index rose 2.1% to 4,820 from 4,720.",
    "Profits rose 30% to £13m from £10m, with sales up 5% to £105m from £100m.",
    "Sales rose 20% from 500 in 2003 to 600 in 2004.",
    "The team improved from 12th to 5th place.",
    "The proportion rose from 20% to 30%, a 50% increase.",
    "The proportion rose from 20% to 30%, up 10 percentage points.",
    "Of the 40 games, they won 20, drew 10 and lost 10.",
    "Of the 12 jurors, 10 voted to convict.",
    "Half of the 30 members, 15 in all, came.",
    "A third of the 90 pupils - 30 - passed.",
    "The index has doubled from 1,000 to 2,050 since 1990.",
    "The population rose from 5m to 5.5m, an increase of 10%.",
    "In total 1,500 people attended over three days, about 500 a day.",
    "He earns £600 a week for 40 hours' work, or £31,200 a year.",
    "Between 1995 and 2005 the figure rose from 30 to 45.",
    "The shop is open from 9 to 5.",
    "Children aged 5 to 11 attend the school, which has 300 pupils.",
    "Labour won 35% of the vote, the Conservatives 33% and the Liberal Democrats 22%.",
    "Some 60% of voters backed Labour in 2001 and 55% in 2005.",
    "About 45% of women and 40% of men were obese, and 30% of children.",
    "One in four adults smokes, compared with one in three in 1990.",
    "The 1,000 workers will be cut to 600 by 2006.",
    "Of the £50m raised, £30m came from donors and £20m from the government.",
    "The council's 12 members include 5 Labour and 4 Conservative councillors.",
    "Sales of 2.5 million units were up 25% on the 2 million sold last year.",
    "Revenue rose 25% to $5bn from $4bn.",
    "Revenue rose by $1bn, or 25%, to $5bn.",
    "Prices fell 50p to £1.50 from £2.",
    "The price rose 33% to £4 from £3.",
    "The firm's value has tripled to $3bn from $1bn in five years.",
    "The number of staff fell by a quarter from 400 to 300.",
    "The rate fell by half a percentage point to 4.5% from 5%.",
    "Turnout rose by 3 points to 61% from 58%.",
]


@pytest.mark.parametrize("text", TRAPS)
def test_traps_are_quiet(text: str) -> None:
    assert fired(text) == [], (text, messages(text))
