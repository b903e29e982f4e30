"""Currencies and physical units as news writes them, mapped to ISO codes and pint unit names.

Unit names are pint's canonical spellings (``str(ureg.Unit(name)) == name``; a test checks
this), so rules can hand them to pint for dimensions and conversions. pint itself is imported
only by :func:`pint_registry`, never on the extraction hot path. The surface forms cover what
news writes (and quantulum3 misreads: "$4m" is money with a scale, "30C" a temperature, "25k" a
count); :mod:`numcheck.extract._unit_data` adds the rest of quantulum3's surface forms.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from numcheck.extract import _unit_data


def _split(text: str) -> list[str]:
    return text.split()


#: Currency symbols before the figure. Two-token prefixes ("US$", "A$") are keyed by their text.
CURRENCY_PREFIX: dict[str, str] = {
    "$": "USD", "US$": "USD", "U.S.$": "USD", "USD": "USD", "A$": "AUD", "AU$": "AUD", "AUD": "AUD",
    "C$": "CAD", "CA$": "CAD", "CAD": "CAD", "NZ$": "NZD", "NZD": "NZD", "HK$": "HKD", "HKD": "HKD",
    "S$": "SGD", "SGD": "SGD", "R$": "BRL", "NT$": "TWD", "M$": "MXN", "£": "GBP", "GBP": "GBP", "€": "EUR",
    "EUR": "EUR", "¥": "JPY", "JPY": "JPY", "CN¥": "CNY", "CNY": "CNY", "RMB": "CNY", "₹": "INR", "Rs": "INR",
    "INR": "INR", "₩": "KRW", "KRW": "KRW", "₽": "RUB", "RUB": "RUB", "₦": "NGN", "NGN": "NGN", "₪": "ILS",
    "ILS": "ILS", "CHF": "CHF", "ZAR": "ZAR", "SEK": "SEK", "NOK": "NOK", "DKK": "DKK",
    "PLN": "PLN", "TRY": "TRY", "₺": "TRY", "AED": "AED", "SAR": "SAR", "KES": "KES", "BTC": "BTC", "₿": "BTC", "元": "CNY",
    "RM": "MYR", "MYR": "MYR", "Y=": "JPY", "Rp": "IDR", "₱": "PHP", "Tk": "BDT", "฿": "THB",
    "MX$": "MXN", "Mex$": "MXN", "₴": "UAH", "₸": "KZT", "₼": "AZN", "₾": "GEL", "₡": "CRC", "₭": "LAK", "₮": "MNT",
    "₲": "PYG", "₵": "GHS", "₫": "VND", "៛": "KHR",
}  # fmt: skip
#: Currency symbols that are never anything else (safe with a space before the figure).
STRONG_SYMBOLS = frozenset("$£€¥₹₩₽₦₪₺₿₱฿元₴₸₼₾₡₭₮₲₵₫៛")
#: Prefixes that need the figure attached or are upper-case codes.
ATTACHED_ONLY = frozenset({"RM", "Rs", "Rp", "Tk"})

#: Currency words and codes after the figure; keys are lower case word tuples.
CURRENCY_AFTER: dict[tuple[str, ...], str] = {
    ("dollars",): "USD", ("dollar",): "USD", ("us", "dollars"): "USD", ("u.s.", "dollars"): "USD",
    ("american", "dollars"): "USD", ("australian", "dollars"): "AUD", ("canadian", "dollars"): "CAD",
    ("new", "zealand", "dollars"): "NZD", ("hong", "kong", "dollars"): "HKD", ("singapore", "dollars"): "SGD",
    ("taiwan", "dollars"): "TWD", ("pounds", "sterling"): "GBP", ("sterling",): "GBP", ("pounds",): "GBP",
    ("pound",): "GBP", ("quid",): "GBP", ("euros",): "EUR", ("euro",): "EUR", ("yen",): "JPY", ("yuan",): "CNY",
    ("renminbi",): "CNY", ("rupees",): "INR", ("rupee",): "INR", ("roubles",): "RUB", ("rubles",): "RUB",
    ("rouble",): "RUB", ("ruble",): "RUB", ("francs",): "CHF", ("swiss", "francs"): "CHF", ("pesos",): "MXN",
    ("won",): "KRW", ("shekels",): "ILS", ("shekel",): "ILS", ("lira",): "TRY", ("rand",): "ZAR",
    ("naira",): "NGN", ("kronor",): "SEK", ("krona",): "SEK", ("kroner",): "NOK", ("danish", "crowns"): "DKK",
    ("crowns",): "DKK", ("zloty",): "PLN", ("ringgit",): "MYR", ("baht",): "THB", ("dirhams",): "AED",
    ("dirham",): "AED", ("riyals",): "SAR", ("riyal",): "SAR", ("rupiah",): "IDR", ("bitcoin",): "BTC",
    ("bitcoins",): "BTC", ("usd",): "USD", ("gbp",): "GBP", ("eur",): "EUR", ("jpy",): "JPY", ("cny",): "CNY",
    ("aud",): "AUD", ("cad",): "CAD", ("chf",): "CHF", ("inr",): "INR", ("hkd",): "HKD", ("sgd",): "SGD",
    ("nzd",): "NZD", ("btc",): "BTC", ("rmb",): "CNY", ("us",): "USD", ("turkish", "lira"): "TRY", ("indian", "rupees"): "INR",
    ("mexican", "pesos"): "MXN", ("japanese", "yen"): "JPY", ("chinese", "yuan"): "CNY", ("russian", "roubles"): "RUB",
    ("russian", "rubles"): "RUB", ("south", "african", "rand"): "ZAR", ("brazilian", "reais"): "BRL", ("reais",): "BRL",
    ("danish", "kroner"): "DKK", ("swedish", "kronor"): "SEK", ("norwegian", "kroner"): "NOK", ("egyptian", "pounds"): "EGP",
    ("saudi", "riyals"): "SAR", ("pakistani", "rupees"): "PKR", ("nigerian", "naira"): "NGN", ("kenyan", "shillings"): "KES",
    ("shillings",): "KES",
    ("rials",): "IRR", ("rial",): "IRR", ("dinars",): "DZD", ("hryvnias",): "UAH", ("hryvnia",): "UAH", ("forint",): "HUF",
}  # fmt: skip
#: Minor units: ("cents", 0.01 of the major currency). "50p" is 0.5 GBP.
MINOR_AFTER: dict[tuple[str, ...], tuple[str, float]] = {
    ("cents",): ("USD", 0.01), ("cent",): ("USD", 0.01), ("pence",): ("GBP", 0.01), ("p",): ("GBP", 0.01),
    ("sen",): ("MYR", 0.01), ("euro", "cents"): ("EUR", 0.01), ("euro", "cent"): ("EUR", 0.01),
    ("kopecks",): ("RUB", 0.01), ("paise",): ("INR", 0.01),
}  # fmt: skip

PERCENT_AFTER: dict[tuple[str, ...], str] = {
    ("%",): "percent", ("per", "cent"): "percent", ("percent",): "percent", ("pct",): "percent",
    ("pc",): "percent", ("per", "centage", "points"): "percentage_point", ("percentage", "points"): "percentage_point",
    ("percentage", "point"): "percentage_point", ("percentage", "-", "point"): "percentage_point",
    ("percentage", "-", "points"): "percentage_point", ("pp",): "percentage_point", ("ppt",): "percentage_point",
    ("ppts",): "percentage_point", ("basis", "points"): "basis_point", ("basis", "point"): "basis_point",
    ("basis", "-", "point"): "basis_point", ("bps",): "basis_point", ("bp",): "basis_point",
}  # fmt: skip

# Dimension tags: length mass area volume speed energy power temperature time data frequency
# pressure force torque angle electric other.
_U: list[tuple[str, str, str]] = [
    # surface forms (space separated tokens; case-sensitive if the first char is upper or a symbol), unit, dim
    ("km|kms|kilometre|kilometres|kilometer|kilometers|klicks", "kilometer", "length"),
    ("m|metre|metres|meter|meters", "meter", "length"),
    ("cm|centimetre|centimetres|centimeter|centimeters", "centimeter", "length"),
    ("mm|millimetre|millimetres|millimeter|millimeters", "millimeter", "length"),
    ("μm|µm|micrometre|micrometres|micrometer|micrometers|micron|microns", "micrometer", "length"),
    ("nm|nanometre|nanometres|nanometer|nanometers", "nanometer", "length"),
    ("mile|miles|mi", "mile", "length"),
    ("nautical mile|nautical miles", "nautical_mile", "length"),
    ("ft|foot|feet", "foot", "length"),
    ("inch|inches|″", "inch", "length"),
    ("yard|yards|yd|yds", "yard", "length"),
    ("light year|light years|light - year|light - years|light-year|light-years", "light_year", "length"),
    ("kg|kgs|kilogram|kilograms|kilogramme|kilogrammes|kilo|kilos", "kilogram", "mass"),
    ("g|gram|grams|gramme|grammes", "gram", "mass"),
    ("mg|milligram|milligrams", "milligram", "mass"),
    ("μg|µg|mcg|microgram|micrograms", "microgram", "mass"),
    ("dm|decimetre|decimetres|decimeter|decimeters", "decimeter", "length"),
    ("tonne|tonnes|metric ton|metric tons|t", "metric_ton", "mass"),
    ("ton|tons", "ton", "mass"),
    ("lb|lbs|pound|pounds", "pound", "mass"),
    ("oz|ounce|ounces", "ounce", "mass"),
    ("stone|st", "stone", "mass"),
    ("carat|carats", "carat", "mass"),
    ("sq km|square kilometre|square kilometres|square kilometer|square kilometers|km2|km²|sq. km", "kilometer ** 2", "area"),
    ("sq mi|square mile|square miles|sq miles|sq. miles", "mile ** 2", "area"),
    ("sq m|square metre|square metres|square meter|square meters|m2|m²|sqm", "meter ** 2", "area"),
    ("sq ft|square foot|square feet|sq. ft|sq. ft.|sqft", "foot ** 2", "area"),
    ("acre|acres", "acre", "area"),
    ("hectare|hectares|ha", "hectare", "area"),
    ("l|L|litre|litres|liter|liters", "liter", "volume"),
    ("ml|mL|millilitre|millilitres|milliliter|milliliters", "milliliter", "volume"),
    ("cl|centilitre|centilitres", "centiliter", "volume"),
    ("gallon|gallons|gal", "gallon", "volume"),
    ("pint|pints", "pint", "volume"),
    ("barrel|barrels|bbl", "oil_barrel", "volume"),
    ("cubic metre|cubic metres|cubic meter|cubic meters|m3|m³", "meter ** 3", "volume"),
    ("cubic feet|cubic foot|cu ft", "foot ** 3", "volume"),
    ("mph|miles per hour|miles an hour|mile per hour|miles - per - hour|miles-per-hour", "mile / hour", "speed"),
    (
        "km/h|kmh|kph|km / h|km/hr|km / hr|kilometres per hour|kilometers per hour|kilometres an hour|kilometers an hour",
        "kilometer / hour",
        "speed",
    ),
    ("m/s|metres per second|meters per second|metres a second", "meter / second", "speed"),
    ("knot|knots|kn|kt|kts", "knot", "speed"),
    ("mpg|miles per gallon|miles to the gallon", "mile / gallon", "fuel"),
    ("W|watt|watts", "watt", "power"),
    ("kW|KW|kilowatt|kilowatts", "kilowatt", "power"),
    ("MW|megawatt|megawatts", "megawatt", "power"),
    ("GW|gigawatt|gigawatts", "gigawatt", "power"),
    ("TW|terawatt|terawatts", "terawatt", "power"),
    ("hp|horsepower|bhp|brake horsepower", "horsepower", "power"),
    ("PS", "metric_horsepower", "power"),
    ("Wh|watt hour|watt hours|watt-hour|watt-hours", "watt_hour", "energy"),
    (
        "kWh|KWh|kwh|kilowatt hour|kilowatt hours|kilowatt-hour|kilowatt-hours|kilowatt - hour|kilowatt - hours",
        "kilowatt_hour",
        "energy",
    ),
    ("MWh|megawatt hour|megawatt hours|megawatt-hour|megawatt-hours|megawatt - hours", "megawatt_hour", "energy"),
    ("GWh|gigawatt hour|gigawatt hours|gigawatt-hours|gigawatt - hours", "gigawatt_hour", "energy"),
    ("TWh|terawatt hour|terawatt hours|terawatt-hours", "terawatt_hour", "energy"),
    ("J|joule|joules", "joule", "energy"),
    ("kJ|kilojoule|kilojoules", "kilojoule", "energy"),
    ("cal|calorie|calories|kcal|kilocalorie|kilocalories", "kilocalorie", "energy"),
    ("mAh", "milliampere_hour", "charge"),
    (
        "°C|° C|ºC|degrees Celsius|degrees celsius|degree Celsius|degrees C|degrees centigrade|Celsius|C|celsius|celcius|"
        "centigrade|deg C|deg c|deg. C|degrees c|degree c|° Celsius|° celsius|º Celsius",
        "degree_Celsius",
        "temperature",
    ),
    (
        "°F|° F|ºF|degrees Fahrenheit|degrees fahrenheit|degree Fahrenheit|degrees F|Fahrenheit|F|fahrenheit|farenheit|"
        "degrees farenheit|deg F|deg f|deg. F|degrees f|degree f|° Fahrenheit|° fahrenheit|º Fahrenheit",
        "degree_Fahrenheit",
        "temperature",
    ),
    ("degree|degrees|°|º|deg", "degree", "angle"),
    ("rad|radian|radians", "radian", "angle"),
    ("tsp|teaspoon|teaspoons", "teaspoon", "volume"),
    ("tbsp|tablespoon|tablespoons", "tablespoon", "volume"),
    ("kelvin|kelvins", "kelvin", "temperature"),
    ("GB|gigabyte|gigabytes|gig|gigs", "gigabyte", "data"),
    ("MB|megabyte|megabytes", "megabyte", "data"),
    ("TB|terabyte|terabytes", "terabyte", "data"),
    ("KB|kB|kilobyte|kilobytes", "kilobyte", "data"),
    ("Mbps|Mb/s|megabits per second|megabit|megabits", "megabit / second", "data"),
    ("Gbps|Gb/s|gigabits per second", "gigabit / second", "data"),
    ("Hz|HZ|hertz", "hertz", "frequency"),
    ("kHz|kilohertz", "kilohertz", "frequency"),
    ("MHz|megahertz", "megahertz", "frequency"),
    ("GHz|gigahertz", "gigahertz", "frequency"),
    ("rpm|RPM|revolutions per minute", "revolutions_per_minute", "frequency"),
    ("Pa|pascal|pascals", "pascal", "pressure"),
    ("kPa", "kilopascal", "pressure"),
    ("GPa|gigapascal|gigapascals", "gigapascal", "pressure"),
    ("psi", "pound_force_per_square_inch", "pressure"),
    ("bar|bars", "bar", "pressure"),
    ("mb|millibar|millibars|hPa", "millibar", "pressure"),
    ("Nm|newton metres|newton meters|newton-metres", "meter * newton", "torque"),
    ("lb-ft|lb - ft|pound-feet|pound - feet|lb ft", "foot * force_pound", "torque"),
    ("N|newton|newtons", "newton", "force"),
    ("V|volt|volts", "volt", "electric"),
    ("kV|kilovolt|kilovolts", "kilovolt", "electric"),
    ("A|amp|amps|ampere|amperes", "ampere", "electric"),
    ("dB|decibel|decibels", "decibel", "sound"),
    ("ppm|parts per million", "ppm", "ratio"),
    ("ppb|parts per billion", "ppb", "ratio"),
    ("s|sec|secs|second|seconds", "second", "time"),
    ("ms|millisecond|milliseconds", "millisecond", "time"),
    ("min|mins|minute|minutes", "minute", "time"),
    ("h|hr|hrs|hour|hours", "hour", "time"),
    ("day|days", "day", "time"),
    ("week|weeks|wk|wks", "week", "time"),
    ("fortnight|fortnights", "fortnight", "time"),
    ("month|months", "month", "time"),
    ("year|years|yr|yrs", "year", "time"),
    ("decade|decades", "decade", "time"),
    ("century|centuries", "century", "time"),
    ("millennium|millennia", "millennium", "time"),
]

#: Forms that are units only when attached to the digits ("30C", "5m", "100g", "10s").
ATTACHED_UNITS = frozenset({"C", "F", "m", "g", "t", "s", "h", "l", "L", "A", "N", "V", "W", "J", "in.", "°", "º", "st",
                            "T", "ms", "mb", "mi", "kn", "kt", "P", "Pa", "rad", "ha", "cal", "bar", "min", "yd", "gal", "″",
                            "gig"})  # fmt: skip

UNIT_SURFACE: dict[tuple[str, ...], tuple[str, str]] = {}
UNIT_SURFACE_LOWER: dict[tuple[str, ...], tuple[str, str]] = {}
for _forms, _unit, _dim in _U:
    for _form in _forms.split("|"):
        _key = tuple(re.findall(r"\d+|[^\W\d_]+|\S", _form))
        if _form[0].isupper() or not _form[0].isalpha() or len(_form) <= 2:
            UNIT_SURFACE[_key] = (_unit, _dim)
        else:
            UNIT_SURFACE_LOWER[tuple(w.lower() for w in _key)] = (_unit, _dim)
# The long tail from quantulum3's unit list (generated by _gen_unit_data.py); the table above wins.
for _form, (_unit, _dim) in _unit_data.UNITS.items():
    _key = tuple(re.findall(r"\d+|[^\W\d_]+|\S", _form))
    _low = tuple(w.lower() for w in _key)
    if _key in UNIT_SURFACE or _low in UNIT_SURFACE_LOWER:
        continue
    if _form.islower() and len(_form) > 3 and any(ch.isalpha() for ch in _form):
        UNIT_SURFACE_LOWER[_low] = (_unit, _dim)
    else:
        UNIT_SURFACE[_key] = (_unit, _dim)
        if _form in _unit_data.ATTACHED:
            ATTACHED_UNITS = ATTACHED_UNITS | {_form}
UNIT_MAX_LEN = max(len(k) for k in (*UNIT_SURFACE, *UNIT_SURFACE_LOWER))

#: Time units after "a", "per", "each", "every" or "/" that make a rate ("15,000 a month").
PER_TIME = {
    "second": "second", "minute": "minute", "min": "minute", "hour": "hour", "hr": "hour", "h": "hour",
    "day": "day", "night": "night", "week": "week", "fortnight": "fortnight", "month": "month",
    "year": "year", "yr": "year", "annum": "year", "decade": "decade", "century": "century", "quarter": "quarter",
    "season": "season", "semester": "semester", "term": "term", "weekend": "weekend",
}  # fmt: skip
#: Other denominators accepted after "a"/"an" ("$70 a barrel"); after "per" any word is accepted.
PER_THINGS = frozenset(
    _split(
        "person head barrel share litre liter gallon kilo kilogram kg tonne ton pound ounce unit ticket "
        "household pupil student patient passenger game match visit trip room seat capita mile kilometre "
        "km gram pint bottle pack packet bag box copy piece item dose pill vehicle car"
    )
)


@cache
def pint_registry() -> Any:
    """pint's default unit registry, built once on first use (costs about half a second)."""
    import pint

    ureg = pint.UnitRegistry()
    ureg.define("ppb = 1e-9 = parts_per_billion")  # pint has ppm but not ppb
    return ureg
