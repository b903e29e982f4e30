"""NC301 on news wording beyond the canonical bracket: compound adjectives, areas, temperatures,
a bare "or", several equivalents in one bracket, a dimension word before the bracket — each slip
with its correct twin (usual rounding), and choices or comparisons that are not conversions."""

from __future__ import annotations

import pytest

import numcheck
from numcheck.config import Config

CASES = [
    (True, "A 5,000-tonne (5,900-ton) ship sank."),
    (False, "A 5,000-tonne (4,900-ton) ship sank."),
    (False, "A 5,000-tonne (5,500-ton) ship sank."),
    (True, "The road runs 120 miles (293km)."),
    (False, "The road runs 120 miles (193km)."),
    (True, "It was 75F (14C) in the shade."),
    (False, "It was 75F (24C) in the shade."),
    (True, "A 2,000 sq ft (286 sq m) flat."),
    (False, "A 2,000 sq ft (186 sq m) flat."),
    (False, "A 2,000-square-foot (186-square-metre) flat."),
    (True, "The route is 10km or 3 miles long."),
    (False, "The route is 10km or 6 miles long."),
    (True, "The route is 10km (3 miles or 4,800 yards) long."),
    (False, "The route is 10km (6.2 miles or 10,900 yards) long."),
    (True, "The tower is 300m (984ft; 500 yards) tall."),
    (True, "The tower is 300m (500 yards, 984ft) tall."),
    (False, "The tower is 300m (328 yards, 984ft) tall."),
    (True, "The pipeline is 1,200km long (about 950 miles)."),
    (False, "The pipeline is 1,200km long (about 750 miles)."),
    (True, "The town had 40mm of rain (2.6in) overnight."),
    (False, "The town had 40mm of rain (1.6in) overnight."),
    (True, "Winds of up to 100mph (60km/h) hit."),
    (False, "Winds of up to 100mph (160km/h) hit."),
    (True, "The fire destroyed 10,000 hectares (14,700 acres)."),
    (False, "The fire destroyed 10,000 hectares (24,700 acres)."),
    (True, "It reached 40 degrees Celsius (114 Fahrenheit)."),
    (False, "It reached 40 degrees Celsius (104 Fahrenheit)."),
    (True, "It fell to minus 5C (32F)."),
    (False, "It fell to minus 5C (23F)."),
    (True, "It carries 5 tonnes, or 15,000lb, of grain."),
    (False, "It carries 5 tonnes, or 11,000lb, of grain."),
    (True, "A 6ft 5in (1.76m) lock."),
    (False, "A 6ft 5in (1.96m) lock."),
    (False, "The tank holds 10 litres (2.2 gallons), and he weighs 15st (95kg)."),
    (True, "The route is 10km, about 3 miles, long."),
    (False, "The route is 10km, about 6 miles, long."),
    (True, "The route is 10km – or 3 miles – long."),
    (True, "The route is 10km (that is, 3 miles) long."),
    (False, "The route is 10km (that is, 6.2 miles) long."),
    # traps: correct conversions with the usual rounding
    (False, "The 26.2-mile (42.2km) race and a 6ft (1.8m) wall."),
    (False, "A 1 mile (1.6km) walk and a 100-mile (160km) ride."),
    (False, "It is 500 yards (457m) away, on a 1,000ft (305m) hill."),
    (False, "He weighed 20 stone (127kg) and she 9st 4lb (59kg)."),
    (False, "A 3-acre (1.2-hectare) plot."),
    (False, "It was 0C (32F) at dawn and 100F (38C) by noon; it fell to -18C (0F) that night."),
    (False, "The tank holds 1 gallon (4.5 litres), about 10 gallons (38 litres) in the US."),
    (False, "The jet cruises at 35,000ft (10,700m) at 570mph (917km/h)."),
    (False, "The reactor produces 1.6 gigawatts (1,600MW)."),
    (False, "The storm brought gusts of 90mph (145km/h) and 4in (10cm) of rain."),
    (False, "The ship is 300m (984ft) long and weighs 100,000 tonnes (98,400 tons)."),
    (False, "The 1.5-litre (2.6-pint) bottle, at 40C (104F) or more."),
    (False, "He is 5ft or 1.5m tall; the limit is 30mph or 50km/h in towns."),
    # traps: choices, comparisons, same unit
    (False, "Runners can choose 5km or 10 miles."),
    (False, "Bags of 5kg or 10lb are sold."),
    (False, "The field is 100m long or 20 yards wider than the old one."),
    (False, "Either 5km or 10 miles will do."),
    (False, "The race is 10 or 12 miles long."),
    (False, "He lifted 100kg or more; it is 2 miles or 20 minutes away."),
    (False, "Snow of 10cm or more is forecast, or 4in in places."),
    (False, "It costs £5 or $6 a day."),
    (False, "The route is 10km, about 3 miles shorter than before, and he ran 20km, about 5km a day."),
    (False, "In 10km, about 3 miles in, he fell; it is 10km, about 20 minutes, away."),
]


@pytest.mark.parametrize(("fires", "text"), CASES)
def test_variant(fires: bool, text: str) -> None:
    found = numcheck.check(text, config=Config(select=("NC3",))).findings
    assert bool(found) == fires, [f.message for f in found]
