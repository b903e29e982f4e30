"""NC5xx recall on varied news wording: race-time records, closed groups and rankings with
their figures in the next sentence, comparatives with "X against Y" evidence, quantifiers with
the part and whole in an apposition or after a colon. Every error has traps beside it."""

from __future__ import annotations

import pytest

import numcheck
from numcheck.config import Config

NC5 = Config(select=("NC5",))


def fired(text: str) -> list[str]:
    return [f.rule for f in numcheck.check(text, config=NC5).findings]


def messages(text: str) -> list[str]:
    return [f.message for f in numcheck.check(text, config=NC5).findings]


ERRORS = [
    # records where lower is better: race times
    ("NC502", "She won in 11.42 seconds, a new meet record, breaking the old mark of 11.30 seconds."),
    ("NC502", "He finished in 2:09:14, a course record, beating the previous best of 2:08:50."),
    # rankings: the figure and the peers in the next sentence
    ("NC505", "Leeds is the country's second-largest city. It has 600,000 residents, compared with 8.8 million "
     "in London and 700,000 in Manchester."),
    ("NC505", "Paddington is the busiest of the three stations, with 30 million passengers last year. The other two, "
     "Euston and Victoria, handled 45 million and 20 million."),
    ("NC505", "Hull is the region's busiest port, with 9 million tonnes a year. Grimsby, also on the Humber, "
     "handles 12 million tonnes."),
    # comparatives with the figures after a colon or "with A ... against B"
    ("NC504", "Hospitals in the north spent more per patient than those in the south: £2,100 against £2,600."),
    ("NC504", "Petrol cars now outnumber electric models, with 12,000 petrol cars registered in May against 19,000 "
     "electric ones."),
    ("NC504", "The Greens won more seats than Labour, with 14 councillors elected against 19 for Labour."),
    ("NC504", "More children walked to school than cycled, with 100 walking against 200 cycling."),
    ("NC504", "Women outspent men at the sales, with an average of £120 against £150."),
    # over time, with the first term after "than last year's N"
    ("NC501", "Fewer people visited the park this summer than last year's 4,200, with 5,100 visits recorded by August."),
    # quantifiers: part and whole in an apposition, after a colon, or told with a synonym
    ("NC503", "Only a minority of members, 700 of the 1,000 polled, said they were happy."),
    ("NC503", "A majority of councillors, 20 of the 60 present, voted for the plan."),
    ("NC503", "Almost all of the 3,000 staff backed the strike: 1,400 voted yes and 1,600 no."),
    ("NC503", "Most of the 300 members backed the plan: 120 voted for and 180 against."),
    ("NC503", "All 14 climbers were rescued. By dawn, 11 of the 14 climbers had been brought down the mountain."),
    # records against an earlier, larger figure of the same measure, or a previous lowest
    ("NC502", "Port traffic\nThe port handled 31 million tonnes in 2018.\n"
     "Bosses said this year's 28 million tonnes was the highest ever for the port."),
    ("NC502", "Prize draw\nThe £3m prize, the lowest ever for the competition, was announced.\n"
     "The previous lowest prize was £2m."),
    # a movement since a year against the figure stated for that year elsewhere
    ("NC501", "Steel\nThe steelworks employed 6,000 people in 1985.\nMuch of the production moved abroad over the "
     "following decades.\nSince 1985 the workforce has grown to 1,900."),
    # a record for a season against the same season of an earlier year
    ("NC502", "Rain\nThe town had 410mm of rain this summer, a record for the summer months.\n"
     "The summer of 2012 was wetter, with 455mm."),
    # a ranking within a subset, against peers said to be in it too
    ("NC505", "Temple Meads is the second-busiest station in the west, with 11 million passengers a year. Cardiff, also "
     "in the west, handles 13 million, and Exeter 14 million."),
    # a ranking in the whole competition, with the rivals' figures in the next sentence
    ("NC505", "Rovers have the lowest goals conceded in the league, 24. Town have conceded 19 and Albion 30."),
    ("NC505", "Rovers have the most goals scored in the league, 61. Town have scored 70 and Albion 55."),
    # "overtook" with its figures; a record after "... sold this year were"
    ("NC504", "Online sales overtook high street sales last year, with £4.1bn spent online against £4.6bn in shops."),
    ("NC502", "Festival\nThe festival sold 95,000 tickets in 2017.\n"
     "Organisers said the 88,000 tickets sold this year were a record for the festival."),
]  # fmt: skip

TRAPS = [
    "Online sales overtook high street sales last year, with £5.1bn spent online against £4.6bn in shops.",
    "She overtook the leader on lap 3, finishing in 54.2 seconds against his 54.9 seconds.",
    "Festival\nThe festival sold 95,000 tickets in 2017.\nOrganisers said the 88,000 tickets sold this year were not a record.",
    "Festival\nThe festival sold 95,000 tickets in 2017.\nOrganisers said the 98,000 tickets sold this year were a record "
    "for the festival.",
    "Rovers have the lowest goals conceded in the league, 24. Town have conceded 29 and Albion 30.",
    "Rovers have the lowest goals conceded in the league, 24. Smith has scored 15 goals this season.",
    "Rovers have the most goals scored in the league, 61. Town scored 70 last season.",
    "Rovers have the highest attendance in the division, 21,000. Their ground holds 30,000.",
    "York is the second-busiest station in the north, with 9 million passengers a year. Leeds, also in the north, "
    "handles 30 million, and Hull 7 million.",
    "York is the busiest station in the north, with 9 million passengers a year. London Waterloo handles 90 million.",
    "York is the busiest station in the north, with 9 million passengers a year. Leeds, also in the north, handled "
    "12 million in 2010.",
    "Rain\nThe town had 410mm of rain this summer, a record for the summer months.\nThe summer of 2012 was drier, with 355mm.",
    "Rain\nThe town had 410mm of rain this summer, a record for the summer months.\nThe winter of 2012 was wetter, with 455mm.",
    "Heat\nIt was a record for June, at 33C.\nThe all-time high of 38C was set in August 1990.",
    "Heat\nIt was a record for June, at 33C.\nForecasters said June 2030 could reach 35C.",
    # since a year: consistent, another measure, two figures for that year, a forecast, another noun
    "Steel\nThe steelworks employed 6,000 people in 1985.\nSince 1985 the workforce has shrunk to 1,900.",
    "Steel\nThe steelworks employed 6,000 people in 1985.\nSince 1985 the firm's sales have grown to 9,000 tonnes.",
    "Steel\nThe steelworks employed 6,000 people in 1985, and its rival 1,200.\nSince 1985 the workforce has grown to 1,900.",
    "Steel\nThe steelworks employed 6,000 people in 1985.\nSince 1985 the workforce could grow to 1,900.",
    "Steel\nThe town had 6,000 residents in 1985.\nSince 1985 the number of shops has grown to 1,900.",
    # records that hold, or of a subset of the measure ("for a single month", "in a single season")
    "Port traffic\nThe port handled 25 million tonnes in 2018.\nBosses said this year's 28 million tonnes was the highest "
    "ever for the port.",
    "Port traffic\nThe port handled 31 million tonnes in 2018.\nBosses said this year's 28 million tonnes was the highest "
    "ever for a single month.",
    "Prize draw\nThe £3m prize, the lowest ever for the competition, was announced.\nThe previous lowest prize was £4m.",
    "Visitors\nThe museum drew 2.1 million visitors in 2019.\nThis year's 1.8 million visitors were the most ever in a "
    "single season.",
    "Port traffic\nThe port handled 31 million tonnes in 2018.\nThis year's 28 million tonnes was the highest since 2018.",
    "Port traffic\nThe port handled 31 million tonnes in 2018.\nThis year's 28 million tonnes was a record for June.",
    "Port traffic\nThe port handled 31 million tonnes in 2018.\nThe port hopes this year's 28 million tonnes will be the "
    "highest ever for the port.",
    # quantifiers that hold, or whose count is a subset or another outcome
    "Only a minority of members, 300 of the 1,000 polled, said they were happy.",
    "A majority of councillors, 40 of the 60 present, voted for the plan.",
    "Almost all of the 3,000 staff backed the strike: 2,900 voted yes and 100 no.",
    "Most of the 300 members voted: 120 for and 180 against.",
    "All 14 climbers were rescued. By dawn, 11 of the 14 climbers had been taken to hospital.",
    "All 14 climbers were rescued. By dawn, 11 of the 14 climbers had been airlifted to hospital.",
    "All 300 residents were rescued. Later, 12 of the 300 residents were evacuated again.",
    "All 23 miners were rescued. 21 of the 23 miners were released from hospital on Friday.",
    "All 23 miners were rescued. 21 of the 23 miners were brought to the surface by the capsule.",
    "All 12 hostages were freed. Officials said 9 of the 12 hostages were freed unharmed.",
    "All 40 passengers were killed. Police said 35 of the 40 passengers died at the scene.",
    "All 40 passengers survived. Police said 35 of the 40 passengers were injured.",
    "All 40 passengers were rescued. Police said 35 of the 40 passengers had been pulled out alive.",
    # comparatives that hold, or compare with another time, a forecast or a bound
    "Hospitals in the north spent more per patient than those in the south: £2,900 against £2,600.",
    "Petrol cars now outnumber electric models, with 22,000 petrol cars registered in May against 19,000 electric ones.",
    "The Greens won more seats than last time, with 14 councillors elected against 19 for Labour.",
    "The firm made more profit than expected: £4m against £5m a year ago.",
    "Fewer people visited the park this summer than last year's 4,200, with 3,100 visits recorded by August.",
    "More children walked to school than cycled, with 300 walking against 200 cycling.",
    "Exports exceeded imports, with exports up 5% against a 3% rise in imports.",
    "More people came than the 300 the organisers had expected, with 250 arriving by bus.",
    # race times that do beat the old mark; lengths where more is the record
    "She won in 11.22 seconds, a new meet record, breaking the old mark of 11.30 seconds.",
    "He finished in 2:07:14, a course record, beating the previous best of 2:08:50.",
    "The show ran for a record 14 hours, beating the previous record of 12 hours.",
    "The queue lasted a record 9 hours, beating the previous record of 7 hours.",
    # rankings: consistent, scoped to a subset, or against the same thing at another time
    "Sheffield is the region's third-largest town. It has 560,000 residents, compared with 400,000 in Hull and 300,000 in York.",
    "Leeds is the country's second-largest city. It has 600,000 residents, compared with 8.8 million in London and "
    "500,000 in Manchester.",
    "Paddington is the busiest of the three stations, with 30 million passengers last year. The other two, Euston "
    "and Victoria, handled 25 million and 20 million.",
    "Paddington is the busiest station in the north, with 30 million passengers last year. The other two, Euston and "
    "Victoria, handled 45 million and 20 million.",
    "Leeds is the largest city. It has 800,000 people, compared with 1.3 million in 1960.",
    "Hull is the biggest port. It handled 9 million tonnes last year. The region exported 30 million tonnes.",
    "Hull is the biggest port, with 9 million tonnes. The region handled 30 million tonnes in total.",
]


@pytest.mark.parametrize(("code", "text"), ERRORS)
def test_errors_fire(code: str, text: str) -> None:
    assert code in fired(text), messages(text)


@pytest.mark.parametrize("text", TRAPS)
def test_traps_stay_quiet(text: str) -> None:
    assert fired(text) == [], messages(text)


# A second batch, written after the first changes to measure how far they generalise: times in
# other formats, records against earlier figures, closed groups of four, "dropped to X, up from
# Y", and the traps a reviewer would write next to each (negation, subsets, other times).
ERRORS_MORE: list[tuple[str, str]] = [
    (
        "NC502",
        "Athletics\nHe won the 400m in 44.91 seconds, a championship record, beating the previous record of 44.80 seconds.",
    ),
    ("NC502", "Athletics\nShe clocked 4:02.5, a new British record, breaking the old record of 4:01.9."),
    ("NC502", "Swimming\nThe relay team touched in 3:31.02, a world record, beating the old mark of 3:30.80."),
    (
        "NC502",
        "Cinema\nThe cinema sold 410,000 tickets in 2016.\nIts owners said this year's 380,000 tickets were "
        "the most ever for the cinema.",
    ),
    (
        "NC502",
        "Rail\nFootfall at the station reached a record 6.2 million passengers this year.\nIn 2015 the "
        "station recorded 6.8 million passengers.",
    ),
    (
        "NC505",
        "Airports\nLuton is the smallest of the four London airports, with 18 million passengers. The other "
        "three handled 80 million, 46 million and 12 million.",
    ),
    ("NC504", "Budget\nRural councils spent more on roads than city councils, with £210m spent against £340m in the cities."),
    ("NC504", "Jobs\nWomen outnumbered men in the new intake: 140 women against 190 men."),
    ("NC501", "Hospital\nMore patients were treated this year than last year's 12,000, with 11,300 treated by December."),
    ("NC501", "Turnout\nTurnout dropped to 61% at the latest election, up from 58% in 2019."),
    ("NC501", "Crime\nRobberies fell to 880 last year in the city, from 810 in 2022."),
    ("NC503", "Ballot\nOnly a small minority of the 400 members, some 260 of them, opposed the merger."),
    ("NC503", "Ballot\nNearly all of the union's 900 members backed the deal: 510 voted in favour and 390 against."),
    ("NC503", "Rescue\nAll 9 fishermen were saved. Coastguards said 7 of the 9 fishermen had been winched to safety."),
    ("NC503", "School\nA majority of parents, 180 of the 420 questioned, opposed the change."),
    ("NC501", "Hospital\nFewer beds were available this winter than last year's 900, with 950 beds open only briefly."),
    (
        "NC503",
        "School\nA majority of parents, 180 of the 420 questioned, said they were unhappy, while 60 of the 420 were undecided.",
    ),
]

TRAPS_MORE = [
    "Airports\nLuton is the smallest of the four London airports, with 18 million passengers. The other "
    "three handled 80 million, 46 million and 28 million.",
    "Jobs\nWomen outnumbered men in the new intake: 240 women against 190 men.",
    "Ballot\nNearly all of the union's 900 members backed the deal: 850 voted in favour and 50 against.",
    "School\nA majority of parents, 280 of the 420 questioned, opposed the change.",
    "Athletics\nHe won in 44.71 seconds, a championship record, beating the previous record of 44.80 seconds.",
    "Athletics\nThe marathon took a record 6 hours to clear from the streets, beating the old record of 5 hours.",
    "Athletics\nShe ran for 26 minutes, a record for the event, breaking the old mark of 31 minutes set in 2001.",
    "Cinema\nThe cinema sold 410,000 tickets in 2016.\nThis year's 380,000 tickets were the most ever sold in a single month.",
    "Cinema\nThe cinema sold 410,000 tickets in 2016.\nThis year's 380,000 tickets were the highest since 2016.",
    "Cinema\nThe cinema sold 410,000 tickets in 2016.\nOwners hope this year's 380,000 tickets will be the most ever.",
    "Cinema\nThe chain sold 410,000 tickets across all sites in 2016.\nThe Leeds cinema sold a record 38,000 tickets this year.",
    "Harbour\nDover is the busiest port in the south, with 9 million tonnes. It is followed by "
    "Southampton, with 12 million tonnes nationally.",
    "Harbour\nHull is the biggest port on the east coast. It handled 4 million tonnes, compared with 3 million a decade ago.",
    "Harbour\nHull is the biggest of the three ports, with 4 million tonnes. The other two, with 3 "
    "million and 2 million, trail it.",
    "Harbour\nHull is the busiest port, with 4 million tonnes. The region's total was 9 million tonnes.",
    "Budget\nRural councils spent more than expected on roads, with £210m spent against £340m budgeted.",
    "Budget\nRural councils spent more on roads than last year, with £210m against £340m on schools.",
    "Jobs\nWomen outnumbered men in the new intake: 240 women against 190 men.",
    "Jobs\nWomen did not outnumber men in the new intake: 140 women against 190 men.",
    "Hospital\nMore patients were treated this year than last year's 12,000, with 12,800 treated by December.",
    "Turnout\nTurnout rose to 61% at the latest election, up from 58% in 2019.",
    "Turnout\nTurnout dropped to 61% at the latest election, down from 68% in 2019.",
    "Ballot\nMost of the 400 members, some 260 of them, supported the merger.",
    "Ballot\nMost of the 400 members voted: 160 in favour and 240 against.",
    "Ballot\nA minority of the 400 members backed the merger: 160 voted for it.",
    "Ballot\nMost of the staff backed the deal; of the 900 union members, 400 voted in favour.",
    "Rescue\nAll 9 fishermen were saved. Coastguards said 7 of the 9 fishermen had been winched to safety by helicopter.",
    "Rescue\nAll 9 fishermen were saved, and 7 of the 9 fishermen were later treated in hospital.",
    "Rescue\nNot all 9 fishermen were saved: 7 of the 9 fishermen were brought ashore.",
    "Steel\nThe plant employed 6,000 people in 1985.\nSince 1985 it has cut 1,900 jobs.",
    "Steel\nThe plant employed 6,000 people in 1985.\nThe workforce has grown to 7,100 since 1985.",
    "Steel\nThe plant employed 6,000 people in 1985.\nSince 1985 the workforce has grown to 1,900 at the Leeds site alone.",
]


@pytest.mark.parametrize(("code", "text"), ERRORS_MORE)
def test_more_errors_fire(code: str, text: str) -> None:
    assert code in fired(text), messages(text)


@pytest.mark.parametrize("text", TRAPS_MORE)
def test_more_traps_stay_quiet(text: str) -> None:
    assert fired(text) == [], messages(text)


# A third batch: laps, "bettering", "the lowest price ever paid for one of", four-member groups,
# "earned more than X last year: A compared with B", "than the N of last year, with M".
ERRORS_THIRD: list[tuple[str, str]] = [
    (
        "NC502",
        "Cycling\nThe rider completed the lap in 58.9 seconds, a track record, bettering the previous record of 58.2 seconds.",
    ),
    (
        "NC502",
        "Zoo\nThe zoo welcomed 1.4 million visitors in 2012.\nManagers said the 1.1 million visitors "
        "this year were the highest ever for the zoo.",
    ),
    (
        "NC502",
        "Auction\nThe painting fetched £2.2m, the lowest price ever paid for one of his works.\nThe "
        "previous lowest price for his work was £1.5m.",
    ),
    (
        "NC505",
        "Stadiums\nAnfield is the second-biggest of the four grounds, with 61,000 seats. The other "
        "three hold 74,000, 62,000 and 53,000.",
    ),
    ("NC504", "Pay\nNurses in Wales earned more than nurses in England last year: £31,200 compared with £32,900."),
    (
        "NC504",
        "Books\nE-books now outsell paperbacks, with 2.1 million e-books sold in the quarter against 2.6 million paperbacks.",
    ),
    ("NC501", "Homes\nFewer homes were built in the region this year than the 14,000 of last year, with 15,200 completions."),
    ("NC501", "Homes\nHouse prices slipped to £212,000 in the year to June, up from £204,000."),
    ("NC503", "Vote\nAlmost all of the 640 delegates supported the motion: 380 voted for and 260 against."),
    ("NC503", "Vote\nA minority of tenants, 62 of the 100 who replied, want the block demolished."),
    ("NC503", "Ferry\nAll 31 passengers were rescued. Coastguards said 27 of the 31 passengers were brought ashore."),
    ("NC501", "Jobs\nThe factory employed 2,300 people in 2001.\nSince 2001 its staff numbers have risen to 1,400."),
]

TRAPS_THIRD = [
    "Cycling\nThe rider completed the lap in 57.9 seconds, a track record, bettering the previous record of 58.2 seconds.",
    "Zoo\nThe zoo welcomed 1.4 million visitors in 2012.\nManagers said the 1.1 million visitors "
    "this year were the highest for a decade.",
    "Towns\nSwindon is the county's second-largest town. It has 230,000 residents, compared "
    "with 140,000 in Salisbury and 300,000 in Swindon's neighbour Bristol.",
    "Towns\nSwindon is the county's largest town. It has 230,000 residents, compared with "
    "40,000 in Salisbury and 30,000 in Trowbridge.",
    "Stadiums\nAnfield is the second-biggest of the four grounds, with 61,000 seats. The other "
    "three hold 74,000, 52,000 and 53,000.",
    "Pay\nNurses in Wales earned more than nurses in England last year: £33,200 compared with £32,900.",
    "Pay\nNurses in Wales earned more than in previous years: £31,200 compared with £32,900 in England.",
    "Homes\nHouse prices slipped to £202,000 in the year to June, down from £204,000.",
    "Vote\nA minority of tenants, 38 of the 100 who replied, want the block demolished.",
    "Flood\nAll 60 residents were evacuated. Police said 52 of the 60 residents had been rescued by boat.",
    "Flood\nAll 60 residents were rescued. Police said 52 of the 60 residents had been pulled out by firefighters.",
]


@pytest.mark.parametrize(("code", "text"), ERRORS_THIRD)
def test_third_errors_fire(code: str, text: str) -> None:
    assert code in fired(text), messages(text)


@pytest.mark.parametrize("text", TRAPS_THIRD)
def test_third_traps_stay_quiet(text: str) -> None:
    assert fired(text) == [], messages(text)
