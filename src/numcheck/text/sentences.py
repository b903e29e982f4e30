"""Sentence splitting for news text (first cut: terminal punctuation within each paragraph)."""

from __future__ import annotations

import re

from numcheck.source.document import SourceDocument
from numcheck.text.context import Sentence

_BOUNDARY = re.compile(r"""(?<=[.!?])["”’']?\s+(?=["“‘']?[A-Z0-9])""")


def split_sentences(doc: SourceDocument) -> list[Sentence]:
    """Sentences of every paragraph block, in order."""
    out: list[Sentence] = []
    for p, (b0, b1) in enumerate(doc.blocks):
        head = doc.headline is not None and (b0, b1) == doc.headline
        start = b0
        text = doc.prose[b0:b1]
        for m in _BOUNDARY.finditer(text):
            end = b0 + m.start()
            out.append(Sentence(len(out), p, start, end, head))
            start = b0 + m.end()
        if start < b1:
            out.append(Sentence(len(out), p, start, b1, head))
    return out
