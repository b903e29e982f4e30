"""Direct quotes: curly and straight double quotes, with nested single quotes.

A quote runs from its opening mark to its closing mark. News style continues a quote over
paragraphs: a paragraph that opens a quote without closing it goes on in the next paragraph,
which opens again with a quote mark; such a chain is one :class:`Quote` with several
``pieces``. A quote left open at a paragraph end whose next paragraph does not reopen ends at
the paragraph end. Single quotes (``‘…’`` or ``'…'``) inside a double quote are nested quotes;
outside one they count only when they open after a space and close before a non-letter, so
that apostrophes (``Seoul’s``, ``don't``, ``soldiers’``) are never taken for quotes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_OPEN_DOUBLE = "“«"
_CLOSE_DOUBLE = "”»"
_MARKS = re.compile("[\"“”«»‘’']")
_OPENERS_BEFORE = " \t\n([{—–-:/"  # characters after which a straight quote opens


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct quote in prose coordinates: ``start``/``end`` include the marks."""

    start: int
    end: int
    pieces: tuple[tuple[int, int], ...]  # (start, end) per paragraph, marks included
    depth: int = 0  # 0 for a double quote, 1 for a quote nested in it
    closed: bool = True

    @property
    def inner(self) -> tuple[int, int]:
        return self.start + 1, (self.end - 1 if self.closed else self.end)


def find_quotes(prose: str, blocks: tuple[tuple[int, int], ...] | list[tuple[int, int]]) -> list[Quote]:
    """All quotes of a document (outer ones and nested ones), sorted by start."""
    out: list[Quote] = []
    pending: list[tuple[int, int]] = []  # pieces of a quote continued from earlier paragraphs
    for b0, b1 in blocks:
        text = prose[b0:b1]
        lead = len(text) - len(text.lstrip())
        cont = bool(pending) and lead < len(text) and _opens_double(text, lead)
        if pending and not cont:
            out.append(_unclosed(prose, pending))
            pending = []
        outer, nested, open_at = _scan_block(text, b0)
        out.extend(nested)
        for i, (s, e) in enumerate(outer):
            if i == 0 and cont:
                pending.append((s, e))
                out.append(_make(pending, closed=True))
                pending = []
            else:
                out.append(_make([(s, e)], closed=True))
        if open_at is not None:
            if cont and not outer:
                pending.append((b0 + open_at, b1))
            else:
                pending = [(b0 + open_at, b1)]
    if pending:
        out.append(_unclosed(prose, pending))
    out.sort(key=lambda q: (q.start, q.depth))
    return out


_SENTENCE_END = re.compile(r"""[.!?]["”’']?\s+(?=["“‘']?[A-Z])""")


def _unclosed(prose: str, pieces: list[tuple[int, int]]) -> Quote:
    """A quote never closed: news style continues it to the paragraph end, but a lone unclosed
    mark (a typo) must not swallow the narration after it, so a single-piece quote stops at the
    end of the sentence it opens."""
    if len(pieces) == 1:
        a, b = pieces[0]
        m = _SENTENCE_END.search(prose, a + 1, b)
        if m:
            return _make([(a, m.start() + 1)], closed=False)
    return _make(pieces, closed=False)


def _make(pieces: list[tuple[int, int]], *, closed: bool) -> Quote:
    return Quote(pieces[0][0], pieces[-1][1], tuple(pieces), 0, closed)


def _opens_double(text: str, i: int) -> bool:
    c = text[i]
    return c in _OPEN_DOUBLE or (c == '"' and i + 1 < len(text) and not text[i + 1].isspace())


def _scan_block(text: str, base: int) -> tuple[list[tuple[int, int]], list[Quote], int | None]:
    """Closed outer quotes, nested quotes, and where an unclosed outer quote opens."""
    outer: list[tuple[int, int]] = []
    nested: list[Quote] = []
    open_at: int | None = None
    single_at: int | None = None
    n = len(text)
    for mark in _MARKS.finditer(text):
        i = mark.start()
        c = text[i]
        prev = text[i - 1] if i else " "
        nxt = text[i + 1] if i + 1 < n else " "
        if c in _OPEN_DOUBLE or c in _CLOSE_DOUBLE or c == '"':
            if open_at is None:
                if c in _CLOSE_DOUBLE:
                    continue  # a stray closing mark
                if c == '"' and nxt.isspace() and i:
                    continue  # a stray straight quote (inches, a typo)
                open_at = i
                single_at = None
            else:
                if c in _OPEN_DOUBLE or (c == '"' and prev.isspace() and not nxt.isspace() and nxt not in ".,;:!?"):
                    # a quote reopened without being closed ("“A. “B.”"): the first ends here
                    outer.append((base + open_at, base + i))
                    open_at = i
                    single_at = None
                    continue
                outer.append((base + open_at, base + i + 1))
                open_at = None
                single_at = None
        elif c in "‘'" and single_at is None and (prev in _OPENERS_BEFORE or prev in '“"') and nxt.isalnum():
            if c == "'" and prev.isalnum():
                continue
            single_at = i
        elif c in "’'" and single_at is not None and not nxt.isalpha() and not prev.isspace():
            if prev in "sS" and nxt == " " and _more_single_closers(text, i + 1, open_at):
                continue  # a plural possessive ("the soldiers’ families") before the real close
            nested.append(
                Quote(base + single_at, base + i + 1, ((base + single_at, base + i + 1),), 1 if open_at is not None else 0)
            )
            single_at = None
    return outer, nested, open_at


def _more_single_closers(text: str, j: int, open_at: int | None) -> bool:
    """Whether another closing single quote follows before the enclosing double quote ends."""
    for k in range(j, len(text)):
        c = text[k]
        if c in _CLOSE_DOUBLE or (c == '"' and open_at is not None):
            return False
        if c in "’'" and (k + 1 == len(text) or not text[k + 1].isalpha()) and not text[k - 1].isspace():
            return True
    return False
