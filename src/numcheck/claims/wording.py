"""Small helpers for reading claim words in prose: clauses, negation, modality, comparable figures.

Used by the comparison claims (direction, records, quantifiers, comparisons, rankings). All
positions are prose offsets. These helpers look only at a short window of words around a
claim word, so that a word about another clause or another figure is not read as a claim.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from numcheck.model import Kind, Quantity

# Kinds that are positions in time or labels rather than amounts: never compared as measures.
NOT_MEASURES = frozenset({Kind.DATE, Kind.YEAR, Kind.TIME, Kind.AGE, Kind.ORDINAL, Kind.SCORE})

# A clause ends at a semicolon, a colon, or a comma/dash followed by a clause-joining word.
_CLAUSE_BREAK = re.compile(
    r";|(?<!\d):|:(?!\d)|\s[–—]\s(?=(?:but|while|whereas|although|though|so|and|yet)\b)"
    r"|,?\s+(?:but|while|whereas|although|though|yet|however|meanwhile|whilst)\b"
    r"|,\s+(?:so|and|which|as|after|before|when|because|since|despite|with|who|where)\b"
)

_NEGATION = re.compile(
    r"\b(?:not|never|no\s+longer|n't|failed\s+to|fail\s+to|fails\s+to|instead\s+of|rather\s+than|without|"
    r"nor|neither|hardly|barely|refused\s+to|unable\s+to|stopped)(?<=\w)(?!\w)\s*(?:\w+\s+){0,3}$|n't\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)

_MODAL = re.compile(
    r"\b(?:could|would|might|(?-i:may)|should|must(?!-)|will|shall|'ll|can|cannot|if|unless|whether|"
    r"expects?|expected\s+to|expecting|forecast\s+to|forecasts?\s+that|(?:is|are|was|were|been)\s+forecast|predict(?:s|ed|ing)?|projected|"
    r"set\s+to|likely|unlikely|plan(?:s|ned|ning)?|aim(?:s|ed|ing)?|want(?:s|ed)?|hope(?:s|d)?|"
    r"targets?\s+(?:to|of\s+\w+ing)|targeted|threaten(?:s|ed)?|propos(?:e|es|ed|al)|intend(?:s|ed)?|seek(?:s|ing)?|sought|"
    r"need(?:s|ed)?\s+to|try(?:ing)?\s+to|tried\s+to|bid\s+to|"
    r"enough\s+to|supposed|imagine|suppose|assum(?:e|ing)|scenario|"
    r"is\s+to|are\s+to|was\s+to|were\s+to|going\s+to|ready\s+to|poised\s+to|on\s+course\s+to|"
    r"call(?:s|ed)?\s+for|urg(?:e|es|ed)|demand(?:s|ed)?|promis(?:e|es|ed)|pledg(?:e|es|ed)|vow(?:s|ed)?)\b",
    re.IGNORECASE,
)


def clause_bounds(prose: str, start: int, end: int, pos: int) -> tuple[int, int]:
    """The clause of the sentence ``prose[start:end]`` that contains ``pos``."""
    a, b = start, end
    for m in _CLAUSE_BREAK.finditer(prose, start, end):
        if m.end() <= pos:
            a = m.end()
        elif m.start() >= pos:
            b = m.start()
            break
    return a, b


def negated(prose: str, clause_start: int, word_start: int) -> bool:
    """True when the words just before a claim word negate it ("did not rise", "failed to grow")."""
    window = prose[max(clause_start, word_start - 40) : word_start]
    return bool(_NEGATION.search(window))


def modal(prose: str, clause_start: int, word_start: int) -> bool:
    """True when the clause before a claim word makes it hypothetical, a forecast or a wish."""
    window = prose[clause_start:word_start]
    return bool(_MODAL.search(window))


def is_measure(q: Quantity) -> bool:
    """A figure that can be compared as an amount (not a date, year, age, ordinal or score)."""
    if q.kind in NOT_MEASURES:
        return False
    # a bare year the extractor did not mark
    return not (q.kind == Kind.NUMBER and q.value is not None and re.fullmatch(r"1[89]\d\d|20\d\d", q.text.strip()))


def quantities_by_sentence(quantities: Iterable[Quantity]) -> dict[int, list[Quantity]]:
    """The quantities grouped by sentence index, each group in the order given."""
    out: dict[int, list[Quantity]] = {}
    for q in quantities:
        out.setdefault(q.sentence, []).append(q)
    return out


def comparable(a: Quantity, b: Quantity, *, same_subject: bool = False) -> bool:
    """Two figures measured in the same unit (both plain counts, both %, the same currency...);
    with ``same_subject``, counts of two different things are not comparable either."""
    if not (is_measure(a) and is_measure(b)):
        return False
    if (a.unit or None) != (b.unit or None):
        return False
    if a.per != b.per:
        return False
    count_like = {Kind.COUNT, Kind.NUMBER}
    if a.kind != b.kind and not (a.kind in count_like and b.kind in count_like):
        return False
    return not (same_subject and a.subject and b.subject and a.subject != b.subject and a.unit is None)


def same_measure(a: Quantity, b: Quantity) -> bool:
    """Comparable, or comparable once a rate's denominator given with only one of them is shared
    ("9.1 million passengers a year, fewer than the 7.8 million")."""
    if comparable(a, b):
        return True
    if (a.per is None) == (b.per is None):
        return False

    def plain(q: Quantity) -> Quantity:
        return replace(q, per=None, kind=Kind.COUNT if q.kind == Kind.RATE and q.unit is None else q.kind)

    return comparable(plain(a), plain(b))


def above(x: Quantity, y: Quantity) -> bool:
    """``x`` is above ``y`` in every reading of both. A rounded figure means a half-open interval
    ("3.2" is [3.15, 3.25)), so two unhedged figures whose intervals only touch are still ordered:
    "6.2bn" is above "6.1bn"."""
    if x.low > y.high:
        return True
    return (
        x.low == y.high
        and not (x.hedge or y.hedge or x.vague or y.vague)
        and x.value is not None
        and y.value is not None
        and x.value > y.value
    )


def fmt(q: Quantity) -> str:
    """The figure as written in the draft (one side of a tally "120 to 150" read as its number)."""
    text = q.text.strip()
    if not q.is_range and q.value is not None and re.fullmatch(r"[\d,.]+\s*(?:to|-|–)\s*[\d,.]+", text):
        return f"{q.value:,.10g}"
    return text


def in_span(qs: Iterable[Quantity], a: int, b: int) -> list[Quantity]:
    """Quantities lying wholly within prose ``[a, b)``, in order."""
    return [q for q in qs if q.prose_start >= a and q.prose_end <= b]


def words_between(prose: str, a: int, b: int) -> int:
    """How many words stand in ``prose[a:b]``."""
    return len(re.findall(r"[\w'’.%$£€-]+", prose[a:b]))
