"""Quantity extraction: one test per kind of figure news writes, and quantulum3's known failures."""

from __future__ import annotations

import math

import pytest

from numcheck.engine import analyse
from numcheck.extract.parse import Candidate
from numcheck.extract.pipeline import extract_sentence
from numcheck.model import Kind, Quantity
from numcheck.source import read_text


def found(text: str) -> list[tuple[str, Candidate]]:
    return [(text[c.start : c.end], c) for c in extract_sentence(text)]


def one(text: str, surface: str) -> Candidate:
    """The quantity whose span is ``surface``."""
    hits = [c for s, c in found(text) if s == surface]
    assert hits, f"{surface!r} not found in {[s for s, _ in found(text)]}"
    return hits[0]


def spans(text: str) -> list[str]:
    return [s for s, _ in found(text)]


def doc_quantities(text: str) -> list[Quantity]:
    return list(analyse(read_text(text, "text")).quantities)


# -- numerals -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("They hired 1,000 staff.", "1,000", 1000),
        ("It grew 1.5 times.", "1.5", 1.5),
        ("They hired 1\u202f000 staff.", "1\u202f000", 1000),
        ("They hired 1\u00a0000 staff.", "1\u00a0000", 1000),
        ("It was −5 today.", "−5", -5),
        ("The index hit -12 points.", "-12", -12),
        ("It cost 12,34,567 rupees.", "12,34,567 rupees", 1234567),
        ("It is 2½ miles away.", "2½ miles", 2.5),
        ("It took 10 1/2 miles of cable.", "10 1/2 miles", 10.5),
    ],
)
def test_numerals(text: str, surface: str, value: float) -> None:
    assert one(text, surface).value == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("Some eleven thousand people came.", "eleven thousand", 11000),
        ("There were twenty-one of them.", "twenty-one", 21),
        ("He waited ninety five minutes.", "ninety five minutes", 95),
        ("A dozen people came.", "A dozen", 12),
        ("Half a million people came.", "Half a million", 500_000),
        ("It costs a quarter million dollars.", "a quarter million dollars", 250_000),
        ("They built a hundred and six homes.", "a hundred and six", 106),
        ("Three brigades were sent.", "Three", 3),
        ("One and a half million tonnes.", "One and a half million tonnes", 1.5e6),
    ],
)
def test_number_words(text: str, surface: str, value: float) -> None:
    assert one(text, surface).value == pytest.approx(value)


def test_a_couple_is_two() -> None:
    c = one("A couple of protesters were held.", "A couple of")
    assert c.value == 2 and c.low == 2 and c.high == 3


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("A third of voters agreed.", "A third", 1 / 3),
        ("Three-quarters of staff left.", "Three-quarters", 0.75),
        ("Two thirds of homes flooded.", "Two thirds", 2 / 3),
        ("One in four adults smoke.", "One in four", 0.25),
        ("It is ½ of the total.", "½", 0.5),
        ("Half of the seats were empty.", "Half", 0.5),
        ("One out of three Germans agreed.", "One out of three", 1 / 3),
    ],
)
def test_fractions(text: str, surface: str, value: float) -> None:
    assert one(text, surface).value == pytest.approx(value)


def test_one_in_four_keeps_its_ratio() -> None:
    assert one("One in four adults smoke.", "One in four").extra["ratio"] == (1, 4)


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("Sales hit 25k units.", "25k", 25_000),
        ("It has 3m users.", "3m", 3e6),
        ("It raised 4.5 billion.", "4.5 billion", 4.5e9),
        ("India has 5 crore voters.", "5 crore", 5e7),
        ("It owes 2tn.", "2tn", None),
        ("There were 4 hundred million people.", "4 hundred million", 4e8),
    ],
)
def test_scales(text: str, surface: str, value: float | None) -> None:
    if value is None:
        assert surface not in spans(text) or one(text, surface).value == 2e12
    else:
        assert one(text, surface).value == pytest.approx(value)


def test_25k_is_a_count_not_kelvin() -> None:
    c = one("The rally drew 25k people.", "25k")
    assert c.value == 25_000 and c.unit is None and c.kind == Kind.COUNT


def test_m_is_metres_without_a_plural_noun() -> None:
    assert one("The wall is 10m high.", "10m").unit == "meter"
    assert one("The app has 10m users.", "10m").value == 10e6


# -- money ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        ("The firm made $4m.", "$4m", 4e6, "USD"),
        ("It cost £1.3bn.", "£1.3bn", 1.3e9, "GBP"),
        ("It cost €2.5 million.", "€2.5 million", 2.5e6, "EUR"),
        ("It cost US$5.", "US$5", 5, "USD"),
        ("It cost A$7.", "A$7", 7, "AUD"),
        ("It cost HK$3bn.", "HK$3bn", 3e9, "HKD"),
        ("It cost ¥500.", "¥500", 500, "JPY"),
        ("It cost ₹200 crore.", "₹200 crore", 2e9, "INR"),
        ("It cost USD 40.", "USD 40", 40, "USD"),
        ("They paid 300 dollars.", "300 dollars", 300, "USD"),
        ("They paid 20 pounds.", "20 pounds", 20, "GBP"),
        ("They paid 50 euros.", "50 euros", 50, "EUR"),
        ("They paid 10 billion yuan.", "10 billion yuan", 1e10, "CNY"),
        ("A stamp costs 50p.", "50p", 0.5, "GBP"),
        ("It rose 19 cents.", "19 cents", 0.19, "USD"),
        ("It sold for $US55m.", "$US55m", 55e6, "USD"),
        ("It cost 1,200€ in all.", "1,200€", 1200, "EUR"),
    ],
)
def test_money(text: str, surface: str, value: float, unit: str) -> None:
    c = one(text, surface)
    assert c.kind == Kind.MONEY and c.unit == unit and c.value == pytest.approx(value)


def test_dollars_with_a_scale_are_not_dollar_metres() -> None:
    c = one("The deal was worth $4m.", "$4m")
    assert (c.unit, c.value) == ("USD", 4e6)


def test_bn_is_not_bits() -> None:
    assert one("It raised $1.2bn.", "$1.2bn").unit == "USD"


def test_accounting_parentheses_are_positive() -> None:
    c = one("It reported a loss ($7.5 million) this year.", "$7.5 million")
    assert c.value == 7.5e6 and c.low > 0


def test_pounds_of_weight() -> None:
    assert one("The baby weighs 8 pounds.", "8 pounds").unit == "pound"
    assert one("The fish weighed 3lb.", "3lb").unit == "pound"


# -- percentages ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "surface", "kind", "unit"),
    [
        ("It rose 5%.", "5%", Kind.PERCENT, "percent"),
        ("It rose 5 per cent.", "5 per cent", Kind.PERCENT, "percent"),
        ("It rose 5 percent.", "5 percent", Kind.PERCENT, "percent"),
        ("It rose 5pc.", "5pc", Kind.PERCENT, "percent"),
        ("It rose 5 pct.", "5 pct", Kind.PERCENT, "percent"),
        ("It rose 2.5 percentage points.", "2.5 percentage points", Kind.PERCENTAGE_POINT, "percentage_point"),
        ("Rates rose 25 basis points.", "25 basis points", Kind.PERCENTAGE_POINT, "basis_point"),
    ],
)
def test_percent_and_points(text: str, surface: str, kind: Kind, unit: str) -> None:
    c = one(text, surface)
    assert (c.kind, c.unit) == (kind, unit)


# -- physical units -------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        ("He ran 10km.", "10km", "kilometer"),
        ("He ran 6 miles.", "6 miles", "mile"),
        ("It weighs 5kg.", "5kg", "kilogram"),
        ("It weighs 3 tonnes.", "3 tonnes", "metric_ton"),
        ("It covers 200 acres.", "200 acres", "acre"),
        ("It covers 30 hectares.", "30 hectares", "hectare"),
        ("It holds 20 litres.", "20 litres", "liter"),
        ("It holds 5 gallons.", "5 gallons", "gallon"),
        ("Winds hit 50 mph.", "50 mph", "mile / hour"),
        ("Winds hit 80 km/h.", "80 km/h", "kilometer / hour"),
        ("The plant makes 100 MW.", "100 MW", "megawatt"),
        ("It used 3 GWh.", "3 GWh", "gigawatt_hour"),
        ("It was 30C (86F) at noon.", "30C", "degree_Celsius"),
        ("It was 30C (86F) at noon.", "86F", "degree_Fahrenheit"),
        ("Water boils at 100 °C.", "100 °C", "degree_Celsius"),
        ("It is 12 sq km.", "12 sq km", "kilometer ** 2"),
        ("It is 300 square miles.", "300 square miles", "mile ** 2"),
        ("A 10-mile walk.", "10-mile", "mile"),
    ],
)
def test_units(text: str, surface: str, unit: str) -> None:
    c = one(text, surface)
    assert c.unit == unit and c.kind == Kind.PHYSICAL


def test_bare_celsius_is_a_temperature_not_coulomb() -> None:
    units = {c.unit for _, c in found("It was 30C (86F) in the shade.")}
    assert units == {"degree_Celsius", "degree_Fahrenheit"}


def test_unit_names_are_pint_canonical() -> None:
    from numcheck.extract.units import UNIT_SURFACE, UNIT_SURFACE_LOWER, pint_registry

    ureg = pint_registry()
    names = {u for u, _ in (*UNIT_SURFACE.values(), *UNIT_SURFACE_LOWER.values())}
    for name in sorted(names):
        assert str(ureg.Unit(name)) == name, name


# -- rates, durations, ages, ordinals, scores --------------------------------------------------
def test_rate_per_month() -> None:
    c = one("They could send 15,000 men a month.", "15,000")
    assert (c.per, c.kind) == ("month", Kind.RATE)


@pytest.mark.parametrize(
    ("text", "surface", "per"),
    [
        ("Oil hit $70 a barrel.", "$70", "barrel"),
        ("Staff earn £9.50 an hour.", "£9.50", "hour"),
        ("It grew 3% per year.", "3%", "year"),
        ("They pump 500 barrels per day.", "500 barrels", "day"),
        ("They process 40 cases each week.", "40", "week"),
    ],
)
def test_rates(text: str, surface: str, per: str) -> None:
    assert one(text, surface).per == per


def test_a_year_ago_is_not_a_rate() -> None:
    assert one("Sales were 500 units a year ago.", "500").per is None


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The war lasted three years.", "three years"),
        ("It was a six-year period.", "six-year"),
        ("He waited 45 minutes.", "45 minutes"),
    ],
)
def test_durations(text: str, surface: str) -> None:
    assert one(text, surface).kind == Kind.DURATION


@pytest.mark.parametrize(
    ("text", "surface", "age"),
    [
        ("The 45-year-old striker scored.", "45-year-old", 45),
        ("He died aged 45.", "aged 45", 45),
        ("Smith, 45, said it was over.", "45", 45),
        ("She is 50 years old.", "50 years old", 50),
    ],
)
def test_ages(text: str, surface: str, age: float) -> None:
    found_q = [q for q in doc_quantities(text) if q.text == surface]
    assert found_q and found_q[0].kind == Kind.AGE and found_q[0].value == age


def test_ordinals() -> None:
    assert one("She finished 21st in the race.", "21st").kind == Kind.ORDINAL


def test_scores() -> None:
    c = one("Arsenal won 3-1 at home.", "3-1")
    assert c.kind == Kind.SCORE and c.extra["score"] == (3, 1)


def test_years_are_not_counts() -> None:
    kinds = {q.text: q.kind for q in doc_quantities("The treaty was signed in 2019 and revised in 1995.")}
    assert kinds == {"2019": Kind.YEAR, "1995": Kind.YEAR}


# -- vague amounts and hedges -----------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "surface", "low", "high"),
    [
        ("Tens of thousands of troops gathered.", "Tens of thousands", 1e4, 1e5),
        ("Hundreds of thousands fled.", "Hundreds of thousands", 1e5, 1e6),
        ("Dozens were hurt.", "Dozens", 12, 120),
        ("Hundreds were hurt.", "Hundreds", 100, 1000),
        ("Thousands marched.", "Thousands", 1000, 10000),
        ("Several thousand marched.", "Several thousand", 3000, 9000),
        ("A handful stayed.", "A handful", 2, 10),
        ("A few came.", "A few", 2, 6),
        ("Millions of people watched.", "Millions", 1e6, 1e7),
    ],
)
def test_vague_amounts(text: str, surface: str, low: float, high: float) -> None:
    c = one(text, surface)
    assert c.vague and c.value is None and (c.low, c.high) == (low, high)


@pytest.mark.parametrize(
    ("text", "surface", "hedge", "low", "high"),
    [
        ("Some 50,000 troops came.", "50,000", "some", 45_000, 55_000),
        ("About 50,000 troops came.", "50,000", "about", 45_000, 55_000),
        ("Nearly 50,000 troops came.", "50,000", "nearly", 45_000, 50_000),
        ("More than 100 families left.", "100", "more than", 100, math.inf),
        ("At least 20 died.", "20", "at least", 20, math.inf),
        ("Up to 30 died.", "30", "up to", 0, 30),
        ("Fewer than 40 died.", "40", "fewer than", 0, 40),
        ("As many as 50 died.", "50", "as many as", 0, 50),
        ("Over 60 died.", "60", "over", 60, math.inf),
        ("An estimated 2,000 died.", "2,000", "an estimated", 1500, 2500),
        ("It was 50 or more.", "50 or more", "or more", 50, math.inf),
    ],
)
def test_hedges(text: str, surface: str, hedge: str, low: float, high: float) -> None:
    c = one(text, surface)
    assert c.hedge == hedge
    assert (c.low, c.high) == (pytest.approx(low), pytest.approx(high) if math.isfinite(high) else high)


def test_rounding_intervals() -> None:
    assert (one("It was 3.2% higher.", "3.2%").low, one("It was 3.2% higher.", "3.2%").high) == (
        pytest.approx(3.15),
        pytest.approx(3.25),
    )
    c = one("They sent 11,000 troops.", "11,000")
    assert c.low < 11_000 < c.high and c.high - c.low <= 200
    exact = one("They sent 11,350 troops.", "11,350")
    assert exact.low == exact.high == 11_350
    assert one("Some 50,000 troops.", "50,000").extra["step"] == 10_000


# -- ranges and changes -----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "surface", "low", "high"),
    [
        ("Between 10 and 20 people came.", "10 and 20", 10, 20),
        ("The 10-20 cars burned.", "10-20", 10, 20),
        ("It took 10 to 20 days.", "10 to 20 days", 10, 20),
        ("It costs $5-10m.", "$5-10m", 4.5e6, 10.5e6),
        ("Prices rose 3 to 4 per cent.", "3 to 4 per cent", 2.5, 4.5),
        ("It took three or four years.", "three or four years", 3, 4),
    ],
)
def test_ranges(text: str, surface: str, low: float, high: float) -> None:
    c = one(text, surface)
    assert c.is_range and c.value is None
    assert c.low == pytest.approx(low, rel=0.06) and c.high == pytest.approx(high, rel=0.06)


def test_from_a_to_b_is_two_quantities() -> None:
    text = "Revenue fell from $5m to $4m."
    a, b = one(text, "$5m"), one(text, "$4m")
    assert (a.extra["change_role"], b.extra["change_role"]) == ("from", "to")
    assert (a.value, b.value) == (5e6, 4e6)


def test_from_to_shares_the_scale() -> None:
    text = "Output rose from 5 to 10 million tonnes."
    assert one(text, "5").value == 5e6


def test_by_and_to() -> None:
    text = "The index rose 19 cents to $2.24."
    assert one(text, "19 cents").extra["change_role"] == "by"
    assert one(text, "$2.24").extra["change_role"] == "to"


def test_change_direction() -> None:
    assert one("Sales rose 5% last year.", "5%").extra["direction"] == "up"
    assert one("Sales fell 5% last year.", "5%").extra["direction"] == "down"
    assert one("It was a 10% drop.", "10%").extra["direction"] == "down"


# -- not quantities -------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The Boeing 737 Max was grounded.",
        "Two F-16 jets flew over.",
        "The G7 met in Italy.",
        "Cases of COVID-19 rose.",
        "Call 020 7946 0958 for help.",
        "Call 555-1234 now.",
        "He lives at 10 Downing Street.",
        "Update to version 3.2.1 today.",
        "The new iPhone 15 is out.",
        "Article 50 was triggered.",
        "The A380 landed.",
        "Many Windows 10 users complained.",
        "His 4G phone broke.",
    ],
)
def test_not_quantities(text: str) -> None:
    amounts = [s for s, c in found(text) if c.kind not in (Kind.DATE, Kind.YEAR, Kind.TIME)]
    assert amounts == [] or amounts == ["Two"], amounts


# -- the seed article ---------------------------------------------------------------------------
def test_seed_figures(seed_path) -> None:  # type: ignore[no-untyped-def]
    from numcheck.source import read_path

    qs = analyse(read_path(str(seed_path))).quantities
    source = seed_path.read_text(encoding="utf-8")
    by_text = {}
    for q in qs:
        assert source[q.span.start : q.span.end] == q.span.text
        by_text.setdefault(q.text, []).append(q)
    assert by_text["50,000"][0].hedge == "some"
    assert by_text["11,000"][0].value == 11_000
    assert len(by_text["10,000"]) == 2
    assert by_text["15,000"][0].per == "month"
    tens = by_text["Tens of thousands"][0]
    assert tens.vague and (tens.low, tens.high) == (1e4, 1e5)


@pytest.mark.parametrize("text", ["It was 5", "Costs rose to 12", "Total: $5", "a third", "5 -", "between 3 and", "from 5 to"])
def test_figures_at_the_end_of_a_sentence(text: str) -> None:
    extract_sentence(text)


def test_long_tail_units_from_quantulum3() -> None:
    assert one("The tank holds 40 kilolitres.", "40 kilolitres").unit == "meter ** 3"


@pytest.mark.parametrize(
    ("text", "surface", "kind", "unit", "value"),
    [
        ("He won the 60m hurdles title.", "60m", Kind.PHYSICAL, "meter", 60),
        ("The app has 14m customers.", "14m", Kind.COUNT, None, 14e6),
        ("It took a 475m euro hit.", "475m euro", Kind.MONEY, "EUR", 475e6),
        ("The dividend is 70 euro cents.", "70 euro cents", Kind.MONEY, "EUR", 0.7),
        ("A quarter of a million people fled.", "A quarter of a million", Kind.COUNT, None, 250_000),
        ("She ran it in 31:45 flat.", "31:45", Kind.DURATION, "minute", 31.75),
        ("Kick-off is at 1500 GMT.", "1500 GMT", Kind.TIME, None, None),
        ("It was the third time.", "third", Kind.ORDINAL, None, 3),
        ("Wasps 31-37 Leicester", "31-37", Kind.SCORE, None, None),
        ("They were level at 2-2.", "2-2", Kind.SCORE, None, None),
    ],
)
def test_news_readings(text: str, surface: str, kind: Kind, unit: str | None, value: float | None) -> None:
    c = one(text, surface)
    assert (c.kind, c.unit) == (kind, unit)
    if value is not None:
        assert c.value == pytest.approx(value)


def test_names_are_not_money() -> None:
    assert all(c.kind != Kind.MONEY for _, c in found("Rapper 50 Cent topped the chart."))


def test_added_up_to_is_a_total() -> None:
    assert one("Exports added up to 22bn yen.", "22bn yen").hedge is None


def test_rounded_figures_do_not_take_units_from_a_restatement() -> None:
    assert one("The total rose from 20 to 21, or 8%.", "21").unit is None


@pytest.mark.parametrize(
    ("text", "surface", "low", "high"),
    [
        ("It fines between $50-100,000.", "$50-100,000", 49_500, 105_000),
        ("Between three and four million requests came.", "three and four million", 2.5e6, 4.5e6),
        ("The 1924-5 tourists won.", "1924-5", 1924, 1925),
        ("Classes for 16 to 17-year-olds.", "16 to 17-year-olds", 16, 17),
    ],
)
def test_more_ranges(text: str, surface: str, low: float, high: float) -> None:
    c = one(text, surface)
    assert c.is_range and (c.low, c.high) == (pytest.approx(low), pytest.approx(high))


@pytest.mark.parametrize("text", ["Wales took a 33-8 lead.", "He won 3-6 6-4 7-6."])
def test_scores_in_runs_and_rugby(text: str) -> None:
    assert {c.kind for _, c in found(text)} == {Kind.SCORE}


def test_an_inverted_to_is_not_a_range() -> None:
    text = "Its value fell from a peak of $120bn to $4.6bn."
    assert one(text, "$120bn").extra["change_role"] == "from"
    assert not any(c.is_range for _, c in found("Lords ruled by an eight to one majority."))


def test_aircraft_variants_are_names() -> None:
    assert spans("It ordered 70 Boeing 737-800 planes.") == ["70"]


def test_from_to_keeps_small_figures() -> None:
    assert one("It grew from 5 to 10,000 members.", "5").value == 5


def test_by_and_to_for_counts_of_different_sizes() -> None:
    text = "Unemployment fell by 12,000 to 1.4 million."
    assert one(text, "12,000").extra["change_role"] == "by"
    assert one(text, "1.4 million").extra["change_role"] == "to"
    assert one("It rose by 5 to 10%.", "5 to 10%").is_range


def test_hyphenated_rate() -> None:
    assert one("A 2.5p-per-litre duty.", "2.5p").per == "litre"


@pytest.mark.parametrize(
    ("text", "surface", "unit", "value"),
    [
        ("He is 6ft 4in tall.", "6ft 4in", "inch", 76),
        ("He weighs 11st 4lb.", "11st 4lb", "pound", 158),
        ("It took 2 hours 30 minutes.", "2 hours 30 minutes", "minute", 150),
    ],
)
def test_compound_measures(text: str, surface: str, unit: str, value: float) -> None:
    c = one(text, surface)
    assert (c.unit, c.value) == (unit, value)


def test_degrees_beside_a_temperature() -> None:
    assert one("It was 30 degrees (86F) in Seville.", "30 degrees").unit == "degree_Celsius"
    assert one("A 30 degree angle.", "30 degree").unit == "degree"


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [("It is 3×10⁸ m/s.", "3×10⁸ m/s", 3e8), ("About 6.02 x 10^23 atoms.", "6.02 x 10^23", 6.02e23)],
)
def test_scientific_notation(text: str, surface: str, value: float) -> None:
    assert one(text, surface).value == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "surface", "kind", "low", "high"),
    [
        ("A man in his early 40s.", "40s", Kind.AGE, 40, 49),
        ("Music of the 80s.", "80s", Kind.YEAR, 1980, 1989),
        ("Sales in the 1990s.", "1990s", Kind.YEAR, 1990, 1999),
        ("A ban for the under-18s.", "18s", Kind.AGE, 0, 18),
        ("A payment for the over-70s.", "70s", Kind.AGE, 70, math.inf),
    ],
)
def test_decades_and_age_groups(text: str, surface: str, kind: Kind, low: float, high: float) -> None:
    c = one(text, surface)
    assert (c.kind, c.low, c.high) == (kind, low, high)


def test_model_plurals_are_not_seconds() -> None:
    assert spans("Sales of PlayStation 2s rose.") == []
    assert one("He ran 9.58s.", "9.58s").unit == "second"


def test_suspended_compounds_share_the_last_word() -> None:
    text = "It offers four-, five- and six-cylinder engines."
    assert one(text, "four").extra["noun"] == one(text, "six").extra["noun"]
    assert one("A 10-, 20- or 30-mile walk.", "10").unit == "mile"
