"""Same-measure linking: possessive time frames and definite back-references."""

from __future__ import annotations

import numcheck


def _codes(text: str) -> list[str]:
    return [f.rule for f in numcheck.check(text).findings]


def test_possessive_time_frame_is_another_frame() -> None:
    text = (
        "Ferry strike talks\nThe operator employs 1,200 deckhands on its routes.\nTalks resume on Monday.\n"
        "Last season's 1,600 deckhands were paid a bonus in August."
    )
    assert _codes(text) == []


def test_same_count_without_a_frame_still_conflicts() -> None:
    text = (
        "Ferry strike talks\nThe operator employs 1,200 deckhands on its routes.\nTalks resume on Monday.\n"
        "The 1,600 deckhands were paid a bonus in August."
    )
    assert "NC101" in _codes(text)


def test_definite_back_reference_has_no_tense_of_its_own() -> None:
    text = (
        "Depot to close\nThe distributor said it would cut 820 jobs at the depot.\nThe site opened in 1994.\n"
        "Local MPs criticised the 280 job losses."
    )
    assert "NC101" in _codes(text)


def test_definite_back_reference_to_another_year_stays_quiet() -> None:
    text = (
        "Depot to close\nThe distributor said it would cut 820 jobs at the depot.\nThe site opened in 1994.\n"
        "Local MPs recalled the 280 job losses of last year."
    )
    assert _codes(text) == []
