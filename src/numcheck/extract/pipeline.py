"""Extraction entry point (first cut: plain numerals, percentages and money with scales)."""

from __future__ import annotations

import re

from numcheck.model import Kind, Quantity
from numcheck.source.document import SourceDocument
from numcheck.text.context import TextContext

_NUM = re.compile(
    r"(?P<cur>[$£€])?(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s?(?P<scale>bn|m|k|million|billion)?\b(?P<pct>%| per ?cent)?"
)
_SCALES = {"k": 1e3, "m": 1e6, "million": 1e6, "bn": 1e9, "billion": 1e9}
_CURRENCY = {"$": "USD", "£": "GBP", "€": "EUR"}


def extract_quantities(doc: SourceDocument, ctx: TextContext) -> list[Quantity]:
    """All quantities of a document, in order of position."""
    out: list[Quantity] = []
    for sent in ctx.sentences:
        text = doc.prose[sent.start : sent.end]
        for m in _NUM.finditer(text):
            value = float(m["num"].replace(",", "")) * _SCALES.get(m["scale"] or "", 1)
            kind, unit = Kind.NUMBER, None
            if m["cur"]:
                kind, unit = Kind.MONEY, _CURRENCY[m["cur"]]
            elif m["pct"]:
                kind, unit = Kind.PERCENT, "percent"
            ps, pe = sent.start + m.start(), sent.start + m.end()
            out.append(
                Quantity(
                    span=doc.span(ps, pe),
                    prose_start=ps,
                    prose_end=pe,
                    value=value,
                    low=value,
                    high=value,
                    kind=kind,
                    unit=unit,
                    sentence=sent.index,
                    paragraph=sent.paragraph,
                    source=ctx.source_at(ps),
                    markers=ctx.markers_at(ps),
                )
            )
    return out
