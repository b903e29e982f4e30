"""Extraction gaps closed after the first version: spaced one-letter units, pounds and "5m" by context,
ordinal words, parts per billion, figures after names in elliptical lists, names with number words."""

from __future__ import annotations

import pytest

from numcheck.extract.parse import Candidate
from numcheck.extract.pipeline import extract_sentence
from numcheck.model import Kind


def found(text: str) -> dict[str, Candidate]:
    return {text[c.start : c.end]: c for c in extract_sentence(text)}


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        ("The kit ships with a 20 W wall charger.", "20 W", "watt"),
        ("The cell delivers 3.7 V under load.", "3.7 V", "volt"),
        ("Pure tin melts at 232 C, far below iron.", "232 C", "degree_Celsius"),
        ("By noon it had reached 31 C.", "31 C", "degree_Celsius"),
        ("The oven was set to 400 F for the roast.", "400 F", "degree_Fahrenheit"),
        ("Stir in 15 g of butter.", "15 g", "gram"),
    ],
)
def test_one_letter_units_after_a_space(text: str, surface: str, unit: str) -> None:
    assert found(text)[surface].unit == unit


@pytest.mark.parametrize(
    "text",
    [
        "She got 3 C grades and 2 B grades.",
        "They play in Group 4 C next season.",
        "The yacht was last seen at 41 N 12 W on Monday.",
        "Profits rose by 5 C and D shares were flat.",
    ],
)
def test_letters_that_are_not_units(text: str) -> None:
    assert all(c.unit not in ("degree_Celsius", "watt", "gram") for c in extract_sentence(text))


@pytest.mark.parametrize(
    ("text", "surface", "kind", "unit"),
    [
        ("After months in the gym he went from 240 pounds to 205.", "240 pounds", Kind.PHYSICAL, "pound"),
        ("Customs found 12 pounds of heroin in the van.", "12 pounds", Kind.PHYSICAL, "pound"),
        ("The rookie, signed for $2 million, added 15 pounds over the winter.", "15 pounds", Kind.PHYSICAL, "pound"),
        ("She sold the painting for 400 pounds at a car boot sale.", "400 pounds", Kind.MONEY, "GBP"),
        ("It wasted 3 million pounds of public money.", "3 million pounds", Kind.MONEY, "GBP"),
    ],
)
def test_pounds_weight_or_money(text: str, surface: str, kind: Kind, unit: str) -> None:
    c = found(text)[surface]
    assert (c.kind, c.unit) == (kind, unit)


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        ("The appeal raised 2.5m for the hospice.", "2.5m", 2.5e6, None),
        ("The club's new stand is worth 40m, the chairman said.", "40m", 40e6, None),
        ("They spent £8m last year and 11m this year.", "11m", 11e6, None),
        ("The sea wall is 6m high.", "6m", 6.0, "meter"),
        ("A 4m-long python was found.", "4m", 4.0, "meter"),
    ],
)
def test_million_or_metres(text: str, surface: str, value: float, unit: str | None) -> None:
    c = found(text)[surface]
    assert (c.value, c.unit) == (value, unit)


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("The club finished second in the table.", "second", 2),
        ("Her horse came fifth behind the favourite.", "fifth", 5),
        ("They are in fourth place after the break.", "fourth", 4),
        ("It was their seventh title in a row.", "seventh", 7),
        ("This is my first visit.", "first", 1),
    ],
)
def test_word_ordinals(text: str, surface: str, value: int) -> None:
    c = found(text)[surface]
    assert (c.kind, c.value) == (Kind.ORDINAL, value)


def test_no_ordinal_in_a_second_or_first_hand() -> None:
    assert not [c for c in extract_sentence("Wait a second, she said, she saw it first hand.") if c.kind == Kind.ORDINAL]


def test_parts_per_billion() -> None:
    f = found("Arsenic in the well water was 14 ppb, above the 10 parts per billion limit.")
    assert f["14 ppb"].unit == "ppb"
    assert f["10 parts per billion"].unit == "ppb"


def test_figures_after_names_in_an_elliptical_list() -> None:
    text = "The Greens won 41, the Liberals 27 and the Nationalists 9."
    assert [c.value for c in extract_sentence(text)] == [41, 27, 9]
    text = "In the poll the Tories got 310, the SNP 35, while Labour got 240."
    assert [c.value for c in extract_sentence(text)] == [310, 35, 240]


def test_model_names_stay_names() -> None:
    assert extract_sentence("She has flown the Boeing 747 and the Airbus 380.") == []
    assert extract_sentence("He upgraded from Windows 7 to Windows 11.") == []


@pytest.mark.parametrize("text", ["Wales won the Six Nations again.", "She joined the Famous Five club."])
def test_number_words_in_names(text: str) -> None:
    assert extract_sentence(text) == []


def test_age_of() -> None:
    c = found("Entry is limited to those over the age of 65.")["65"]
    assert (c.kind, c.unit) == (Kind.AGE, "year")


@pytest.mark.parametrize(
    ("text", "surface", "direction"),
    [
        ("Average prices dropped by 2 to 3 per cent.", "2 to 3 per cent", "down"),
        ("The bank put 40 million shares up for sale.", "40 million", None),
        ("She hit a 120 metre drive and added a 90 metre putt.", "90 metre", None),
        ("The start-up employs about 300 engineers.", "300", None),
        ("Exports were 4% up on the year.", "4%", "up"),
    ],
)
def test_change_direction(text: str, surface: str, direction: str | None) -> None:
    assert found(text)[surface].extra.get("direction") == direction


def test_pounds_after_a_weight_verb() -> None:
    assert found("Over the summer the striker shed 18 pounds.")["18 pounds"].unit == "pound"
    assert found("Gamblers lost 18 pounds each on the bet.")["18 pounds"].unit == "GBP"


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        ("Bread now costs ₴45 in Kyiv.", "₴45", "UAH"),
        ("The fare is 3,000 ₭ each way.", "3,000 ₭", "LAK"),
        ("The stake was sold for MX$2 million.", "MX$2 million", "MXN"),
    ],
)
def test_more_currency_symbols(text: str, surface: str, unit: str) -> None:
    assert found(text)[surface].unit == unit


def test_knockout_round_names() -> None:
    assert extract_sentence("Both sides reached the last-16 stage.") == []
    assert [c.value for c in extract_sentence("They have won the last 16 games.")] == [16]


def test_scorers_minutes_are_not_an_elliptical_list() -> None:
    assert extract_sentence("Goals: Kerr 12, Lomas 40, Dias 77.") == []


def test_direction_passes_to_conversions_and_ellipses() -> None:
    f = found("Night lows fell by 4 degrees Celsius (7.2 Fahrenheit) in a week.")
    assert f["7.2 Fahrenheit"].extra.get("direction") == "down"
    f = found("Barclays was up 1.2%, Lloyds by 0.8% and HSBC closed flat.")
    assert f["0.8%"].extra.get("direction") == "up"
    f = found("Output rose 4% (its best month) while 2% of firms closed.")
    assert f["2%"].extra.get("direction") is None


def test_life_expectancy_is_an_age() -> None:
    c = found("Life expectancy for women in the region is about 79 according to the survey.")["79"]
    assert (c.kind, c.unit, c.hedge) == (Kind.AGE, "year", "about")
    assert found("Healthy life expectancy rose to 63.1 years.")["63.1 years"].kind == Kind.AGE
    assert found("Life expectancy fell by 2 years.")["2 years"].kind == Kind.DURATION
