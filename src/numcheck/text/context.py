"""The result of the text layer, in prose coordinates, and the function that builds it.

The later stages ask three questions of a prose offset: ``sentence_at`` (which sentence, and
its paragraph), ``source_at`` (who states it: narration, or a quoted or paraphrased speaker
with outlet and basis) and ``markers_at`` (modality and time markers of its sentence, its
clause and its voice; the strings are listed in :mod:`numcheck.text.markers`).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from numcheck.model import NARRATION, Source
from numcheck.source.document import SourceDocument


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence in prose coordinates; ``paragraph`` indexes ``SourceDocument.blocks``."""

    index: int
    paragraph: int
    start: int
    end: int
    is_headline: bool = False
    markers: tuple[str, ...] = ()  # modality and time markers for the whole sentence


@dataclass(frozen=True, slots=True)
class Voice:
    """A prose stretch stated by someone other than the narrator (a quote or reported speech).

    A quote's voice includes its marks (and spans paragraphs when the quote continues); a
    paraphrase's voice is the reported statement ("the troops were …" after "he said").
    Voices may nest (a quote inside a paraphrase); :meth:`TextContext.voice_at` gives the
    innermost. ``markers`` come from the speech verb ("predicted" → ``forecast``).
    """

    start: int
    end: int
    source: Source
    markers: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Mark:
    """A modality or time marker and the clause it governs (see :mod:`numcheck.text.markers`)."""

    start: int
    end: int
    name: str


@dataclass(frozen=True)
class TextContext:
    """Sentences and voices of one document, with lookups by prose offset."""

    sentences: tuple[Sentence, ...]
    voices: tuple[Voice, ...] = ()
    marks: tuple[Mark, ...] = ()  # clause-scoped markers, sorted by start
    _starts: tuple[int, ...] = field(default=(), repr=False)
    _voice_starts: tuple[int, ...] = field(default=(), repr=False)
    _mark_starts: tuple[int, ...] = field(default=(), repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_starts", tuple(s.start for s in self.sentences))
        object.__setattr__(self, "_voice_starts", tuple(v.start for v in self.voices))
        object.__setattr__(self, "_mark_starts", tuple(m.start for m in self.marks))

    def sentence_at(self, pos: int) -> Sentence | None:
        i = bisect.bisect_right(self._starts, pos) - 1
        if i < 0:
            return None
        s = self.sentences[i]
        return s if pos <= s.end else None

    def voice_at(self, pos: int) -> Voice | None:
        """The innermost voice covering ``pos`` (voices are sorted by start; nested ones later)."""
        i = bisect.bisect_right(self._voice_starts, pos) - 1
        while i >= 0:
            v = self.voices[i]
            if v.start <= pos < v.end:
                return v
            i -= 1
        return None

    def source_at(self, pos: int) -> Source:
        v = self.voice_at(pos)
        return v.source if v else NARRATION

    def markers_at(self, pos: int) -> tuple[str, ...]:
        """Markers governing ``pos``: its sentence's, its clause's, and its voice's."""
        s = self.sentence_at(pos)
        v = self.voice_at(pos)
        out = list(s.markers if s else ())
        lo = s.start if s else 0
        i = bisect.bisect_right(self._mark_starts, pos)
        found = []
        while i > 0 and self.marks[i - 1].start >= lo:  # a mark never spans sentences
            i -= 1
            mark = self.marks[i]
            if pos < mark.end:
                found.append(mark.name)
        for name in reversed(found):
            if name not in out:
                out.append(name)
        for m in v.markers if v else ():
            if m not in out:
                out.append(m)
        return tuple(out)


def analyse_text(doc: SourceDocument) -> TextContext:
    """Split the prose into sentences and attribute every stretch to its source."""
    from numcheck.text.attribution import attribute
    from numcheck.text.sentences import split_sentences

    sentences = split_sentences(doc)
    return attribute(doc, sentences)
