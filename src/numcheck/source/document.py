"""The source document: original text, line index, prose view and the offset map between them.

Readers (plain text, Markdown, HTML, docx) build a :class:`SourceDocument` through a
:class:`ProseBuilder`, copying source stretches verbatim (identity segments), replacing a
stretch by other text (an entity ``&euro;`` → ``€``), or inserting separators that have no
source (a newline between HTML blocks). Positions are never found by searching text again:
every prose offset maps to a source offset through the segments.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from numcheck.model import Span


@dataclass(frozen=True, slots=True)
class Segment:
    """``prose[prose_start:prose_start+prose_len]`` stands for ``source[source_start:+source_len]``.

    Identity segments have equal lengths and map character by character; a replacement maps
    its whole prose stretch onto its whole source stretch; an insertion has ``source_len == 0``.
    """

    prose_start: int
    prose_len: int
    source_start: int
    source_len: int

    @property
    def identity(self) -> bool:
        return self.prose_len == self.source_len


class ProseBuilder:
    """Accumulates the prose view and its segments for one source text."""

    def __init__(self, source: str) -> None:
        self.source = source
        self._parts: list[str] = []
        self._segments: list[Segment] = []
        self._len = 0

    @property
    def length(self) -> int:
        return self._len

    def last_char(self) -> str:
        return self._parts[-1][-1] if self._parts and self._parts[-1] else ""

    def copy(self, start: int, end: int) -> None:
        """Copy ``source[start:end]`` verbatim."""
        if end <= start:
            return
        last = self._segments[-1] if self._segments else None
        if (
            last is not None
            and last.identity
            and last.prose_start + last.prose_len == self._len
            and last.source_start + last.source_len == start
        ):
            self._segments[-1] = Segment(
                last.prose_start, last.prose_len + end - start, last.source_start, last.source_len + end - start
            )
        else:
            self._segments.append(Segment(self._len, end - start, start, end - start))
        self._parts.append(self.source[start:end])
        self._len += end - start

    def replace(self, text: str, start: int, end: int) -> None:
        """Put ``text`` in the prose for ``source[start:end]`` (an entity, a soft break...)."""
        if not text:
            return
        if text == self.source[start:end]:
            self.copy(start, end)
            return
        self._segments.append(Segment(self._len, len(text), start, end - start))
        self._parts.append(text)
        self._len += len(text)

    def insert(self, text: str, at: int) -> None:
        """Insert ``text`` (whitespace separators) that has no source, located at ``at``."""
        self.replace(text, at, at) if text else None

    def build(self) -> tuple[str, tuple[Segment, ...]]:
        return "".join(self._parts), tuple(self._segments)


def trim(prose: str, start: int, end: int) -> tuple[int, int] | None:
    """``(start, end)`` without surrounding whitespace; ``None`` when nothing is left."""
    while start < end and prose[start].isspace():
        start += 1
    while end > start and prose[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def line_starts_of(text: str) -> tuple[int, ...]:
    """Offsets where each line starts; ``\\n``, ``\\r\\n`` and a lone ``\\r`` end a line."""
    starts = [0]
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c == "\n":
            starts.append(i + 1)
        elif c == "\r":
            if i + 1 < n and text[i + 1] == "\n":
                i += 1
            starts.append(i + 1)
        i += 1
    return tuple(starts)


@dataclass(frozen=True)
class SourceDocument:
    """One input, read: the source text, its prose view, the map between them, and metadata.

    ``blocks`` are the prose spans of the paragraphs (headline first when there is one), as
    the reader of the format sees them; ``headline`` is the prose span of the headline.
    """

    path: str
    format: str
    source: str
    prose: str
    segments: tuple[Segment, ...]
    blocks: tuple[tuple[int, int], ...]
    title: str | None = None
    date: str | None = None
    headline: tuple[int, int] | None = None
    line_starts: tuple[int, ...] = field(default=(), repr=False)
    _seg_starts: tuple[int, ...] = field(default=(), repr=False)
    _block_starts: tuple[int, ...] = field(default=(), repr=False)

    def __post_init__(self) -> None:
        if not self.line_starts:
            object.__setattr__(self, "line_starts", line_starts_of(self.source))
        object.__setattr__(self, "_seg_starts", tuple(s.prose_start for s in self.segments))
        object.__setattr__(self, "_block_starts", tuple(b[0] for b in self.blocks))

    # -- offsets -------------------------------------------------------------------------
    def _segment(self, pos: int) -> Segment | None:
        i = bisect.bisect_right(self._seg_starts, pos) - 1
        if i < 0:
            return self.segments[0] if self.segments else None
        return self.segments[i]

    def source_start(self, pos: int) -> int:
        """Source offset where the prose character at ``pos`` begins."""
        seg = self._segment(pos)
        if seg is None:
            return 0
        if seg.identity:
            return seg.source_start + min(pos - seg.prose_start, seg.prose_len)
        return seg.source_start

    def source_end(self, pos: int) -> int:
        """Source offset just after the prose character at ``pos - 1``."""
        if pos <= 0:
            return self.source_start(0)
        seg = self._segment(pos - 1)
        if seg is None:
            return 0
        if seg.identity:
            return seg.source_start + min(pos - seg.prose_start, seg.prose_len)
        return seg.source_start + seg.source_len

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a source offset, columns in code points."""
        i = bisect.bisect_right(self.line_starts, offset) - 1
        return i + 1, offset - self.line_starts[i] + 1

    def span(self, prose_start: int, prose_end: int) -> Span:
        """The source :class:`Span` of a prose stretch."""
        start = self.source_start(prose_start)
        end = max(start, self.source_end(prose_end))
        line, column = self.position(start)
        return Span(start, end, line, column, self.source[start:end])

    def source_span(self, start: int, end: int) -> Span:
        """A :class:`Span` straight from source offsets."""
        line, column = self.position(start)
        return Span(start, end, line, column, self.source[start:end])

    def paragraph_of(self, prose_pos: int) -> int:
        """Index of the block holding a prose position (0 is the headline when there is one)."""
        return max(0, bisect.bisect_right(self._block_starts, prose_pos) - 1)
