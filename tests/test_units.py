"""NC301 conversion-mismatch and NC302 unit-dimension: traps, pairs, and hypothesis properties."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import numcheck
from numcheck.config import Config

NC3 = Config(select=("NC3",))


def codes(text: str) -> list[str]:
    return [f.rule for f in numcheck.check(text, config=NC3).findings]


@pytest.mark.parametrize(
    "text",
    [
        "The walk is 10km (6 miles) long.",
        "The walk is 10 kilometres (about six miles) long.",
        "The walk is 6 miles (10km) long.",
        "A 10-mile (16km) walk and a 5km (3.1-mile) run.",
        "The walk is 10km, or about six miles, long.",
        "It was 30C/86F at noon and 20C (68F) by night.",
        "Temperatures could rise by 2C (3.6F) by the end of the century.",
        "The world is now about 1.1C (2F) warmer than in 1900.",
        "A crane lifted 40 tonnes (44 tons) and a 1.5-ton (1,360kg) car.",
        "She is 5ft 6in (1.68m) tall; the baby weighed 7lb 2oz (3.2kg).",
        "The dam holds 2 billion cubic metres (70 billion cubic feet).",
        "The plant will produce 500MW (670,000hp) of power.",
        "Between 10 and 15 km (6-9 miles) of road were closed, and a 10-15km (6-9 mile) stretch reopened.",
        "The firm made $1.13bn (£600m), and its rival €2bn ($2.6bn).",
        "The 400m (1,312ft) tower and the 100m race are both in the city.",
        "A 2m (6ft) fence, 5m (16ft) poles and a 100m (330ft) mast.",
        "The 5m people (4% of the total) and 3m (2m of them children) were affected.",
        "It was 20 degrees (68F), in a 10,000-square-metre (107,600-square-foot) hall half a mile (800m) away.",
        "The route is about 10km (6 miles or so) long, and the 1,600cc (1.6-litre) engine used 5 kilowatt-hours (18 MJ).",
        "Output rose to 5m (3m tonnes), and 950 millibars (28 inches) was recorded.",
    ],
)
def test_correct_and_unrelated_pairs_are_quiet(text: str) -> None:
    assert codes(text) == []


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The walk is 10km (16 miles) long.", "NC301"),
        ("The walk is 16km (16 miles) long.", "NC301"),
        ("It was 30C (54F) at noon.", "NC301"),
        ("It was 86F (86C) at noon.", "NC301"),
        ("The farm covers 500 acres (500 hectares).", "NC301"),
        ("Sterling was at $1.50. The £10m ($25m) fee was agreed.", "NC301"),
        ("With the pound at $1.50, the £10m ($25m) fee was agreed.", "NC301"),
        ("At $1.25 to the pound, the £10m ($25m) fee was agreed.", "NC301"),
        ("It was 20 degrees (90F) at noon.", "NC301"),
        ("A 10,000-square-metre (207,600-square-foot) hall.", "NC301"),
        ("At a rate of 1.25 dollars to the pound, the £10m ($20m) fee was agreed.", "NC301"),
        ("(£1 = $1.25) The £10m ($20m) fee was agreed.", "NC301"),
        ("The car weighs 1,500kg (1,500 miles).", "NC302"),
        ("The plant produces 5MW (5 GWh).", "NC302"),
    ],
)
def test_wrong_pairs_fire(text: str, code: str) -> None:
    assert code in codes(text)


def test_message_shows_the_arithmetic_and_evidence_is_exact() -> None:
    text = "Intro line\nThe walk is 10km (3 miles) long."
    report = numcheck.check(text, config=NC3)
    (f,) = report.findings
    assert "6.21 miles" in f.message and "3 miles" in f.message
    assert [text[e.span.start : e.span.end] for e in f.evidence] == ["10km", "3 miles"]


def test_money_without_a_stated_rate_is_never_a_claim() -> None:
    assert codes("Profits rose to $1.13bn (£600m), and sales to $1bn (£900m).") == []


# --- properties -------------------------------------------------------------------------------

PAIRS = [  # (first unit, second unit, factor from first to second)
    ("km", " miles", 0.621371),
    ("m", "ft", 3.28084),
    ("kg", "lb", 2.20462),
    (" hectares", " acres", 2.47105),
    (" litres", " US gallons", 0.264172),
    ("km/h", "mph", 0.621371),
    ("mph", "km/h", 1.609344),
    (" sq km", " sq miles", 0.386102),
    ("cm", "in", 0.393701),
    (" tonnes", " tons", 1.10231),
]


def fmt3(x: float) -> str:
    """Three significant figures, written as news does (commas, no exponent)."""
    r = float(f"{x:.3g}")
    return f"{r:,.0f}" if r >= 100 else f"{r:g}"


@settings(max_examples=60, deadline=None)
@given(st.integers(1, 9999), st.sampled_from(PAIRS))
def test_random_correct_conversions_never_fire(value: int, pair: tuple[str, str, float]) -> None:
    a, b, k = pair
    b = b.replace(" US gallons", " gallons")
    assert codes(f"The figure was {value:,}{a} ({fmt3(value * k)}{b}) in all.") == []


@settings(max_examples=60, deadline=None)
@given(st.integers(1, 9999), st.sampled_from(PAIRS), st.floats(1.5, 4.0), st.booleans())
def test_random_wrong_conversions_fire(value: int, pair: tuple[str, str, float], off: float, up: bool) -> None:
    a, b, k = pair
    b = b.replace(" US gallons", " gallons")
    wrong = value * k * (off if up else 1 / off)
    assert "NC301" in codes(f"The figure was {value:,}{a} ({fmt3(wrong)}{b}) in all.")


@settings(max_examples=60, deadline=None)
@given(st.integers(-40, 60), st.booleans())
def test_random_correct_temperatures_never_fire(celsius: int, c_first: bool) -> None:
    f = round(celsius * 9 / 5 + 32)
    text = f"The reading was {celsius}C ({f}F) at noon." if c_first else f"The reading was {f}F ({celsius}C) at noon."
    assert codes(text) == []


@settings(max_examples=60, deadline=None)
@given(st.integers(-40, 60), st.integers(5, 40), st.booleans())
def test_random_wrong_temperatures_fire(celsius: int, off: int, up: bool) -> None:
    f = round(celsius * 9 / 5 + 32) + (off if up else -off)
    assert "NC301" in codes(f"The reading was {celsius}C ({f}F) at noon.")


def test_units_outside_the_table_go_through_pint() -> None:
    assert codes("The race is run over 10 furlongs (2km).") == []
    assert codes("The race is run over 10 furlongs (5km).") == ["NC301"]
    assert codes("The wreck lies 100m (200 fathoms) down.") == ["NC301"]
    assert codes("The route is 10km (3 days) long, with friends (two dogs).") == []


def test_pint_is_not_imported_for_ordinary_pairs() -> None:
    import subprocess
    import sys

    code = (
        "import sys, numcheck; numcheck.check('The walk is 10km (6 miles) long; 30C (86F). Smith, 45, spoke.');"
        "print('pint' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "False"
