"""Sentence splitting for news text.

Each paragraph block is split at terminal punctuation (``.``, ``!``, ``?``, ``…``), optionally
followed by closing quotes or brackets, then white space, then something that can start a
sentence (a capital, a figure, an opening quote or bracket). A full stop does not end the
sentence after a title (``Mr``, ``Dr``, ``St``, ``Gen``), an initial (``George W. Bush``),
``No.``/``Jan.`` before a figure, a company or other abbreviation before a lower-case word,
or a dotted acronym (``U.S.``, ``a.m.``) unless a usual sentence opener follows. A question
or exclamation closed by a quote and followed by a short attribution (``“Why?” Mr Lee asked.``)
stays one sentence. A headline is one sentence whether or not it ends with a full stop.
Decimals never split (no white space follows their point).
"""

from __future__ import annotations

import re

from numcheck.source.document import SourceDocument
from numcheck.text.context import Sentence
from numcheck.text.lexicon import (
    NUMBER_ABBREVIATIONS,
    OTHER_ABBREVIATIONS,
    SENTENCE_STARTERS,
    SPEECH_VERBS,
    TITLE_ABBREVIATIONS,
)

_BOUNDARY = re.compile(r"""(?P<punct>[.!?…]+)(?P<close>["”’'»)\]]*)(?P<space>\s+)(?=(?P<next>["“‘'«(\[]?[\w$£€]))""")
_WORD_BEFORE = re.compile(r"(?:^|[\s(\"“‘'«\[—–-])(?P<word>[\w.&'’-]*)$")
_NEXT_WORD = re.compile(r"""["“‘'«(\[]?(?P<word>[\w$£€][\w'’.-]*)""")
_SENTENCE_END = re.compile(r"[.!?…]")


def split_sentences(doc: SourceDocument) -> list[Sentence]:
    """Sentences of every paragraph block, in order."""
    out: list[Sentence] = []
    for p, (b0, b1) in enumerate(doc.blocks):
        head = doc.headline is not None and (b0, b1) == doc.headline
        if head:
            out.append(Sentence(len(out), p, b0, b1, True))
            continue
        for s, e in split_text(doc.prose[b0:b1]):
            out.append(Sentence(len(out), p, b0 + s, b0 + e, False))
    return out


def split_text(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences of one paragraph."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        if not _is_boundary(text, m):
            continue
        end = m.start("space")
        if end > start:
            spans.append((start, end))
        start = m.end()
    tail = text[start:].rstrip()
    if tail.strip():
        spans.append((start, start + len(tail)))
    return spans


def _is_boundary(text: str, m: re.Match[str]) -> bool:
    punct, close = m["punct"], m["close"]
    nxt = _NEXT_WORD.match(text, m.end())
    next_word = nxt["word"] if nxt else ""
    next_first = next_word[:1]
    if punct == "." and not close:
        before = _WORD_BEFORE.search(text, 0, m.start())
        word = before["word"] if before else ""
        bare = word.rstrip(".").lower()
        if bare in TITLE_ABBREVIATIONS:
            return False
        if bare in NUMBER_ABBREVIATIONS and next_first.isdigit():
            return False
        if bare in OTHER_ABBREVIATIONS and (next_first.islower() or next_first.isdigit()):
            return False
        if len(word) == 1 and word.isupper():  # an initial: "George W. Bush"
            return False
        if "." in word.strip("."):  # a dotted acronym: "U.S.", "a.m."
            return next_word.lower().rstrip(".,") in SENTENCE_STARTERS
    if next_first.islower():
        return False
    if punct[-1] in "?!" and close:
        # “Why?” Mr Lee asked. — a short attribution continues the sentence.
        rest = text[m.end() :]
        stop = _SENTENCE_END.search(rest)
        clause = rest[: stop.start()] if stop else rest
        words = clause.split()
        if len(words) <= 8 and any(w.lower().strip(",") in SPEECH_VERBS for w in words):
            return False
    return True
