"""Dates, weekdays, years, times and ages in a sentence, parsed into their parts.

Owned by the calendar work (issue 7). Interface used by the extraction pipeline:
``find_dates(text)`` returns :class:`DateMention` values with offsets into ``text``; the
pipeline turns them into quantities of kind DATE, YEAR, TIME or AGE and keeps the parts in
``Quantity.extra`` (keys: year, month, day, weekday, hour, minute, born).
"""

from __future__ import annotations

from dataclasses import dataclass

from numcheck.model import Kind


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date-like expression: ``text[start:end]`` with its parsed parts (``None`` when absent)."""

    start: int
    end: int
    kind: Kind  # DATE, YEAR, TIME or AGE
    value: float | None = None  # the year for YEAR, the age for AGE, None otherwise
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None  # 0 = Monday, as datetime.date.weekday()
    hour: int | None = None
    minute: int | None = None

    def parts(self) -> tuple[tuple[str, int], ...]:
        names = ("year", "month", "day", "weekday", "hour", "minute")
        return tuple((n, getattr(self, n)) for n in names if getattr(self, n) is not None)


def find_dates(text: str) -> list[DateMention]:
    """Every date, year, time and age in ``text`` (first cut: none)."""
    return []
