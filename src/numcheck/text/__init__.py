"""The text layer: paragraphs, sentences, quotes, who said what, and modality markers."""

from numcheck.text.context import Sentence, TextContext, Voice, analyse_text

__all__ = ["Sentence", "TextContext", "Voice", "analyse_text"]
