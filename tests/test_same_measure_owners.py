"""Possessive owners, sites and change nouns in same-measure linking (NC101-NC104)."""

from __future__ import annotations

import pytest

import numcheck
from numcheck.config import Config

NC1 = Config(select=("NC1",))
HEAD = "Council news in brief\n"


def codes(text: str) -> list[str]:
    """Every NC1 finding, info notes included (two sources disagreeing is a note)."""
    return [f.rule for f in numcheck.check(HEAD + text, config=NC1).findings]


@pytest.mark.parametrize(
    "text",
    [
        "The club employs 340 staff, the report said.\nIts rival's 430 staff were given a bonus.",
        "The museum employs 340 staff, the report said.\nThe council's 430 staff were given a bonus.",
        "The college employs 120 lecturers.\nThe university's 210 lecturers went on strike.",
        "The club employs 340 staff.\nThe club's rival's 430 staff were given a bonus.",
    ],
)
def test_another_owner_does_not_link(text: str) -> None:
    assert codes(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The health board employs 3,400 nurses, the report said.\nA spokesman said the board's 4,300 nurses were tired.",
        "The council employs 1,200 staff.\nUnions said the council's 2,100 staff were angry.",
        "The health board employs 3,400 nurses.\nThe board's 4,300 nurses were tired.",
        "The factory employs 2,400 people.\nUnions said the plant's 4,200 workers were shocked.",
    ],
)
def test_the_same_owner_links(text: str) -> None:
    assert codes(text) != []


@pytest.mark.parametrize(
    "text",
    [
        "The firm will cut 300 jobs at its Leeds plant.\nStaff were told on Monday.\n"
        "Unions said the 200 job losses at the Hull depot were a blow.",
        "The firm will cut 300 jobs at its Leeds plant.\nStaff were told on Monday.\n"
        "Unions said the 200 job losses at the Hull plant were a blow.",
        "The chain employs 450 staff at its Bristol store.\nIt opened in 2001.\nThe 540 staff at the Cardiff store were moved.",
        "The firm will cut 300 jobs at the company's York site.\nStaff were told on Monday.\n"
        "Unions said the 200 job losses at its Derby site were a blow.",
    ],
)
def test_another_site_does_not_link(text: str) -> None:
    assert codes(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The firm will cut 300 jobs at its Leeds plant.\nStaff were told on Monday.\n"
        "Unions said the 200 job losses at the Leeds plant were a blow.",
        "The firm will cut 300 jobs at its Leeds plant.\nStaff were told on Monday.\n"
        "Unions said the 200 job losses at the plant were a blow.",
    ],
)
def test_the_same_site_links(text: str) -> None:
    assert codes(text) != []


BOARD = "The health board employs 3,400 nurses.\nIt runs six hospitals.\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "A spokesman said the board's 4,300 nurses would receive the pay rise in April.",
        "A spokesman said the board's 4,300 nurses would receive a pay increase in April.",
        "A spokesman said the board's 4,300 nurses would receive the annual pay rise in April.",
        "A spokesman said the board's 4,300 nurses would receive the board's pay rise in April.",
    ],
)
def test_a_change_noun_in_another_phrase_does_not_hide_a_mismatch(sentence: str) -> None:
    assert codes(BOARD + sentence) != []


@pytest.mark.parametrize(
    "sentence",
    [
        "The number of nurses at the board rose to 4,300.",
        "The board's nurses have increased to 4,300.",
        "The total rise took the board's nurses to 4,300.",
        "After a rise in recruitment, the board now has 4,300 nurses.",
    ],
)
def test_a_change_of_the_count_still_marks_it_changed(sentence: str) -> None:
    assert codes(BOARD + sentence) == []
