"""Attribution of quotes and reported speech (first cut: everything is narration)."""

from __future__ import annotations

from numcheck.source.document import SourceDocument
from numcheck.text.context import Sentence, TextContext


def attribute(doc: SourceDocument, sentences: list[Sentence]) -> TextContext:
    """Build the text context: sentences plus the voices (quotes, reported speech) in them."""
    return TextContext(tuple(sentences), ())
