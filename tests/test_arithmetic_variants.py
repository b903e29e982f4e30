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
]

LOUD = [
    ("NC202", "Asked what should change, 64% of people chose roads, 51% chose parks and 38% chose trains. Most wanted action."),
    ("NC203", "Profits rose 5% from £120m to £110m."),
    ("NC201", "Of the 50 victims, 30 were killed and 25 were injured."),
    ("NC201", "Of the 50 victims, 30 were women and 25 were men."),
    ("NC201", "Of the 120 absent pupils, 70 were in Leeds, 45 in York and 25 in Hull."),
]


@pytest.mark.parametrize("text", QUIET)
def test_quiet(text: str) -> None:
    assert fired(text) == [], (text, messages(text))


@pytest.mark.parametrize(("code", "text"), LOUD, ids=[f"{c}-{i}" for i, (c, _) in enumerate(LOUD)])
def test_loud(code: str, text: str) -> None:
    assert code in fired(text), (text, messages(text))
