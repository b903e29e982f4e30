"""The thing counted and its qualifiers ("11,000 North Korean troops" → troop; North Korean).

Owned by the same-measure work (issue 5). Interface used by the extraction pipeline:
``find_subject(prose, sentence_start, sentence_end, start, end)`` with prose offsets of the
sentence and of the quantity; returns a :class:`Subject` or ``None``.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Subject:
    """A counted noun, normalised (lemma, lower case), with its qualifiers and where it stands."""

    noun: str
    qualifiers: tuple[str, ...] = ()
    start: int = -1  # prose span of the noun phrase, or -1 when resolved from an antecedent
    end: int = -1
    antecedent: bool = False  # resolved through "of them", "the 11,000", ...


def find_subject(prose: str, sentence_start: int, sentence_end: int, start: int, end: int) -> Subject | None:
    """The subject of the quantity at ``prose[start:end]`` (first cut: none)."""
    return None
