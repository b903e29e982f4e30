"""The text layer: paragraphs, sentences, quotes, who said what, and modality markers."""

from numcheck.text.context import Mark, Sentence, TextContext, Voice, analyse_text

__all__ = ["Mark", "Sentence", "TextContext", "Voice", "analyse_text"]
