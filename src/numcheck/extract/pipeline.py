"""Extraction entry point: every quantity of a document, sentence by sentence.

The fast layer (:mod:`numcheck.extract.parse`) finds figures with a tokenizer and word lists;
dates, years, times and ages come from :func:`numcheck.extract.dates.find_dates` (which wins
where both see the same words), the counted noun from :func:`numcheck.extract.subjects.find_subject`.
Neither pint nor quantulum3 is imported here.

Intervals (``low``/``high``): a stated figure is not a point.

* Rounding. Decimals and scaled figures mean ± half their last digit ("3.2%" = [3.15, 3.25],
  "$4m" = [3.5m, 4.5m], "£1.3bn" = [1.25bn, 1.35bn]). A figure with trailing zeros is taken as
  rounded one digit finer than it could be ("50,000" = [49,500, 50,500], "11,000" =
  [10,950, 11,050], "30%" = [29.5, 30.5]); a whole count, duration or age with fewer than two
  trailing zeros is exact ("11,350 troops", "50 people", "three years"). ``extra["step"]`` is
  the place of the last written digit (10,000 for "50,000"), for rules that want to read a
  round figure more loosely. Treat touching intervals as disjoint ("3%" = [2.5, 3.5] and
  "4%" = [3.5, 4.5] differ): the ends are half-open in spirit.
* Hedges. "about/some/around/roughly/an estimated/perhaps": ± max(step/2, 10%) ("some 50,000" =
  [45,000, 55,000]); "nearly/almost/close to/just under": [value − that, value]; "just over":
  [value, value + that]; "more than/over/above/at least/or more": [value, ∞]; "up to/as many
  as/at most/fewer than/less than/under": [0, value] (−∞ for temperatures and negatives).
  ``hedge`` is the phrase, ``extra["hedge_type"]`` one of ``~ ~< ~> > >= < <=``.
* Vague amounts (``vague=True``, ``value=None``): "a couple" = 2 ([2, 3]), "a few" = [2, 6],
  "several" = [3, 9], "a handful" = [2, 10] (times a following scale: "several thousand" =
  [3,000, 9,000]); plural powers are [X, 10X]: "tens of" = [10, 100], "dozens" = [12, 120],
  "scores of" = [20, 200], "hundreds" = [100, 1,000], "thousands" = [1,000, 10,000],
  "millions" = [1e6, 1e7]; "tens of thousands" = [10,000, 100,000], "hundreds of millions" =
  [1e8, 1e9]. ``extra["vague_few"]`` marks "a few/several/a handful" without a scale.
* Ranges ("between 10 and 20", "10-20", "10 to 20", "$5-10m"): one quantity, ``is_range=True``,
  ``value=None``, ``low``/``high`` the ends with their rounding, ``extra["range"]`` the two
  figures as written. "from A to B" gives two quantities with ``extra["change_role"]`` "from"
  and "to"; "rose 10p to 250p" (a change word or "by" right before) gives "by" and "to".
  "A or B" is a range only for close small figures ("three or four years").
* Dates, times and other non-amounts have ``low=-inf``, ``high=inf`` unless a value applies.
* Spans cover the figure with its currency, scale and unit ("$4m", "10 km", "Tens of
  thousands"); a hedge before the figure ("some") is in ``hedge``, not in the span.

Kinds: ``money`` (ISO code), ``percent``/``percentage-point`` (``percent``, ``percentage_point``,
``basis_point``), ``physical`` (pint unit), ``duration`` (pint time unit; "31:45" in minutes),
``rate`` (a count with ``per``: "15,000 men a month"; money and units keep their kind and get
``per``), ``age`` ("45-year-old", "aged 45", "Smith, 45,"), ``year``/``date``/``time``,
``ordinal`` ("21st", "the third"), ``score`` ("won 3-1", "Wasps 31-37 Leicester"), ``count``
(a bare figure with a counted noun) and ``number`` (a bare figure). Not quantities: phone
numbers, codes ("020", "1111-2222"), versions ("3.2.1", "version 3"), model and product
names ("Boeing 737", "F-16", "G7", "iPhone 11", "Doom 3 was"), labels ("Article 50",
"exit 436"), street numbers ("10 Downing Street"), "9/11", betting odds.

Other ``extra`` keys: ``direction`` ("up"/"down" from a change verb: "rose 5%"), ``noun``
(the words after a bare count, as written: "troops"), ``ratio`` ((1, 4) for "one in four"),
``score`` ((3, 1)), ``multiplier`` ("three times", "five-fold", "twice"),
``dimension`` (pint dimension tag of a physical unit), ``scale``,
``mantissa``, ``decimals``, ``trailing``, ``digits``, ``minor`` (pence, cents), ``parts``
("3 dollars 50 cents"), ``unit_from_list`` ("5, 10 and 20 euros"), ``years``/``decade`` (year
ranges), ``minutes``/``seconds`` (race times), ``age_apposition``, date parts (year, month,
day, weekday, hour, minute), ``subject_detail`` (the full :class:`Subject` behind ``subject``
and ``qualifiers``, so the claims layer need not look for it again).
"""

from __future__ import annotations

from typing import Any

from numcheck.extract.dates import find_dates
from numcheck.extract.parse import INF, Candidate, parse_sentence
from numcheck.extract.subjects import find_subject
from numcheck.model import Kind, Quantity
from numcheck.source.document import SourceDocument
from numcheck.text.context import TextContext

_EXTRA_KEEP = (
    "change_role", "direction", "noun", "ratio", "score", "dimension", "scale", "mantissa", "step", "decimals",
    "trailing", "hedge_type", "range", "years", "decade", "year", "month", "day", "weekday", "hour", "minute",
    "born", "inverted", "minor", "age_apposition", "vague_few", "unit_from_list", "minutes", "seconds", "parts", "multiplier",
)  # fmt: skip


#: Kinds that count nothing: no subject is looked for.
_NOT_AMOUNTS = frozenset({Kind.DATE, Kind.YEAR, Kind.TIME, Kind.ORDINAL, Kind.SCORE, Kind.AGE})


def _extra(c: Candidate) -> tuple[tuple[str, Any], ...]:
    return tuple((k, c.extra[k]) for k in _EXTRA_KEEP if k in c.extra and c.extra[k] is not None)


def _date_candidates(text: str) -> list[Candidate]:
    out = []
    for m in find_dates(text):
        v = m.value
        lo, hi = (v, v) if v is not None else (-INF, INF)
        unit = "year" if m.kind == Kind.AGE else None
        out.append(Candidate(m.start, m.end, v, lo, hi, m.kind, unit, extra=dict(m.parts())))
    return out


def extract_sentence(text: str) -> list[Candidate]:
    """Quantities of one sentence (offsets into ``text``), dates from ``find_dates`` first."""
    dates = _date_candidates(text)
    found = parse_sentence(text)
    if dates:
        found = [c for c in found if not any(c.start < d.end and d.start < c.end for d in dates)]
        found = sorted([*found, *dates], key=lambda c: (c.start, c.end))
    return found


def extract_quantities(doc: SourceDocument, ctx: TextContext) -> list[Quantity]:
    """All quantities of a document, in order of position."""
    out: list[Quantity] = []
    prose = doc.prose
    for sent in ctx.sentences:
        text = prose[sent.start : sent.end]
        for c in extract_sentence(text):
            ps, pe = sent.start + c.start, sent.start + c.end
            subject = find_subject(prose, sent.start, sent.end, ps, pe) if c.kind not in _NOT_AMOUNTS else None
            kind = c.kind
            if subject is not None and kind == Kind.NUMBER:
                kind = Kind.COUNT
            out.append(
                Quantity(
                    span=doc.span(ps, pe),
                    prose_start=ps,
                    prose_end=pe,
                    value=c.value,
                    low=c.low,
                    high=c.high,
                    kind=kind,
                    unit=c.unit,
                    hedge=c.hedge,
                    vague=c.vague,
                    is_range=c.is_range,
                    per=c.per,
                    subject=subject.noun if subject else None,
                    qualifiers=subject.qualifiers if subject else (),
                    sentence=sent.index,
                    paragraph=sent.paragraph,
                    source=ctx.source_at(ps),
                    markers=ctx.markers_at(ps),
                    extra=_extra(c) + ((("subject_detail", subject),) if subject else ()),
                )
            )
    return out
