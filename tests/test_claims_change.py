"""The change claims API (numcheck.claims.change), read by the arithmetic and comparison rules."""

from __future__ import annotations

from numcheck.claims.change import Change, changes, split_changes
from numcheck.engine import Analysis, analyse
from numcheck.source import read_text


def _analysis(text: str) -> Analysis:
    return analyse(read_text(text, "text"))


def _changes(text: str) -> tuple[Analysis, tuple[Change, ...]]:
    a = _analysis(text)
    return a, a.claim(changes)


def _t(a: Analysis, span: tuple[int, int] | None) -> str | None:
    return None if span is None else a.doc.prose[span[0] : span[1]]


def test_from_to_and_to_from() -> None:
    a, (c,) = _changes("Profits rose 76% to $1.13bn from $639m.")
    assert (c.old.text, c.new.text, c.percent.text) == ("$639m", "$1.13bn", "76%")  # type: ignore[union-attr]
    assert c.direction == 1 and c.direction_word == "rose" and _t(a, c.direction_span) == "rose"
    a, (c,) = _changes("Sales fell from 500 to 400, a drop of 20%.")
    assert (c.old.text, c.new.text, c.percent.text) == ("500", "400", "20%")  # type: ignore[union-attr]
    assert c.direction == -1 and c.direction_word == "fell"


def test_no_direction_word() -> None:
    _, (c,) = _changes("The limit was set from 40 to 60 by the council.")
    assert c.direction == 0 and c.direction_word is None and c.stated is None


def test_stated_sizes() -> None:
    _, (c,) = _changes("Membership grew by 250 from 1,800 to 2,300.")
    assert c.amount is not None and c.amount.text == "250" and c.percent is None
    _, (c,) = _changes("The rate rose three percentage points from 6% to 9%.")
    assert c.points is not None or c.percent is None
    a, (c,) = _changes("Output more than doubled from 40 to 95.")
    assert c.multiple == 2.0 and c.multiple_hedge == "more than" and _t(a, c.multiple_span) == "more than doubled"
    _, (c,) = _changes("The herd was halved, from 800 to 400.")
    assert c.multiple == 0.5
    a, (c,) = _changes("Exports fell by a third to 80 from 120.")
    assert c.fraction is not None and abs(c.fraction - 1 / 3) < 1e-9 and _t(a, c.fraction_span) == "a third"


def test_old_value_forms() -> None:
    _, (c,) = _changes("Pre-tax profits increased by 35% to £54m (2003: £40m).")
    assert (c.old.text, c.new.text) == ("£40m", "£54m")
    _, (c,) = _changes("Net income surged 30% to $2.1bn, compared with $1.6bn a year earlier.")
    assert (c.old.text, c.new.text) == ("$1.6bn", "$2.1bn")


def test_intervals_and_borrowed_scale() -> None:
    a, (c,) = _changes("The audience grew from 5 to 6 million.")
    assert c.old_scale == 1e6 or c.old.value == 5e6  # borrowed here or by extraction
    lo, hi = c.old_iv(a.doc.prose).lo, c.old_iv(a.doc.prose).hi
    assert lo <= 5e6 <= hi
    new = c.new_iv(a.doc.prose)
    assert new.lo <= 6e6 <= new.hi


def test_ranging_and_non_changes() -> None:
    _, (c,) = _changes("Prices ranging from £15 to £40 are on offer.")
    assert c.ranging
    _, found = _changes("The firm grew from 2003 to 2005.")
    assert found == ()
    _, found = _changes("He flew from London to Paris on 5 May.")
    assert found == ()


def test_two_changes_in_one_sentence() -> None:
    _, found = _changes("The deficit fell to £1.9bn from £2.1bn, while the surplus rose to £2.7bn from £2.5bn.")
    assert [(c.old.text, c.new.text, c.direction) for c in found] == [("£2.1bn", "£1.9bn", -1), ("£2.5bn", "£2.7bn", 1)]


def test_restated_old_value() -> None:
    a, (c,) = _changes("Profits rose to $6m, up 25% on last year's $4m.")
    assert (c.old.text, c.new.text, c.percent.text, c.direction) == ("$4m", "$6m", "25%", 1)  # type: ignore[union-attr]
    assert _t(a, c.direction_span) == "up"
    _, (c,) = _changes("The number fell to 400, down 100 from 500.")
    assert (c.old.text, c.new.text, c.amount.text, c.direction) == ("500", "400", "100", -1)  # type: ignore[union-attr]


def test_split_changes_are_separate_from_changes() -> None:
    a = _analysis("Sales were £4m in 2003. In 2004 they rose 25% to £6m.")
    assert a.claim(changes) == ()
    (c,) = a.claim(split_changes)
    assert (c.old.text, c.new.text, c.percent.text) == ("£4m", "£6m", "25%")  # type: ignore[union-attr]
    assert c.direction == 1 and c.direction_word == "rose" and c.sentence == 1


def test_a_pair_with_its_own_verb_takes_no_stated_change() -> None:
    _, (c,) = _changes("Sales rose 5% even as the number of stores fell from 120 to 110.")
    assert c.percent is None and c.direction_word == "fell"
