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
]  # fmt: skip

TRAPS = [
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
