"""The text layer: paragraphs, sentences, quotes, who said what, and modality markers.

Modules: ``sentences`` (news-aware splitting), ``quotes`` (direct quotes over paragraphs),
``attribution`` (speech verbs, speakers, outlets, bases; voices), ``speakers`` (speaker
strings and follow-ups), ``markers`` (hypothetical/forecast/time markers with clause scope),
``lexicon`` (word lists), ``context`` (the result and its lookups).
"""

from numcheck.text.context import Mark, Sentence, TextContext, Voice, analyse_text

__all__ = ["Mark", "Sentence", "TextContext", "Voice", "analyse_text"]
