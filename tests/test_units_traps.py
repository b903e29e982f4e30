"""NC3 on news-style pairs: ranges, compound feet/inches, differences, unrelated brackets (traps), and slips."""

from __future__ import annotations

import pytest

import numcheck
from numcheck.config import Config

CASES = [
    ("NC301", "The route is 10km, the equivalent of about 3 miles."),
    ("", "The route is 10km, the equivalent of about 6 miles."),
    ("NC301", "The route is 10km, which is about 3 miles."),
    ("", "The route is 10km, which is 3 miles shorter than the old one."),
    ("", "He ran 10km or 3 miles further than planned, or about 5km, or 3 miles more."),
    ("", "The 100m (328ft) tower overlooks the 200m sprint track."),
    ("", "Temperatures of 5C-10C (41F-50F) are expected, and 30-40C (86-104F) inland."),
    ("", "Winds of 70-80mph (110-130km/h) battered the coast."),
    ("", "The boat carried 2.5 tonnes (2.5 tons) of fish."),
    ("", "He weighs 12 stone (76kg) and is 5 feet 10 inches (1.78m) tall."),
    ("", "One in 10 (10%) of people, and 1 in 4 (25%)."),
    ("", "Drink 2 litres (3.5 pints) a day, or a pint (568ml) at least."),
    ("", "The meal has 1,000 calories (4,184kJ); the car 100 kW (134hp)."),
    ("", "The climbers reached 8,000ft (2,400m) on day three."),
    ("", "It was -40C (-40F) in the town."),
    ("", "Temperatures are expected to rise by 1.5C (2.7F), well below 2C (3.6F) above pre-industrial levels."),
    ("", "It was 30 degrees Celsius (86 degrees Fahrenheit) in the shade."),
    ("", "It costs £5 (€6) and sold 2m (1.5m last year) phones."),
    ("", "The company, which employs 5,000 (2,000 in the UK), grew."),
    ("", "The 5km (3.1-mile) route passes 10 (of 12) villages."),
    ("NC301", "The 5km (5-mile) route passes 10 villages."),
    ("NC301", "The 5ft 10in (1.5m) striker scored."),
    ("NC301", "The river is 300 miles (300km) long."),
    ("NC301", "It was 35C (35F) in the town."),
    ("NC301", "The blaze destroyed 1,000 acres (1,000 hectares)."),
    ("NC301", "Winds of 70-80mph (70-80km/h) battered the coast."),
]


@pytest.mark.parametrize(("expect", "text"), CASES)
def test_case(expect: str, text: str) -> None:
    fired = {f.rule for f in numcheck.check(text, config=Config(select=("NC3",)), date="2026-11-25").findings}
    assert (expect in fired) if expect else not fired, fired
