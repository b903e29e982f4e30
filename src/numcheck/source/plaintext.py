"""Plain text: the prose view is the source itself; the first non-blank line is the headline.

A line break ends a paragraph when a blank line follows, when the line ends a sentence (or is
the headline), when the line is longer than any hard wrap (a one-paragraph-per-line text), when
the next line starts a list item (``-``, ``*``, ``•``, ``1.``), or when a short line (well under
the text's wrap width) without closing punctuation is followed by a capitalised line, as a
subheading is. Otherwise it is a soft wrap inside a paragraph.
"""

from __future__ import annotations

import re

from numcheck.source.document import ProseBuilder, SourceDocument

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
_ENDS_PARAGRAPH = re.compile(r"""[.!?:;"”’'»)\]]\s*$""")
_BULLET = re.compile(r"\s*(?:[-*+•·–—]|\d{1,2}[.)])\s")
_STARTS_CAPITAL = re.compile(r"""\s*["“‘'«(\[]?[A-Z\d]""")
_DIRECTIVE_LINE = re.compile(r"^[ \t]*numcheck-(?:disable|enable)[^\r\n]*", re.MULTILINE)
SHORT_LINE = 0.6  # a line shorter than this share of the wrap width is not a soft wrap
MAX_WRAP = 120  # no one hard-wraps prose wider than this: a longer line is a whole paragraph


def blocks_from_lines(text: str, offset: int = 0, *, first_is_headline: bool = True) -> list[tuple[int, int]]:
    """Paragraph spans (relative to ``offset``) of plain lines of prose."""
    lines = [(m.start(), m.group().rstrip("\r\n")) for m in _LINE.finditer(text) if m.group()]
    width = max((n for _, line in lines if (n := len(line.strip())) <= MAX_WRAP), default=0)
    blocks: list[tuple[int, int]] = []
    start: int | None = None
    end = 0
    for i, (pos, line) in enumerate(lines):
        if not line.strip():
            if start is not None:
                blocks.append((start, end))
                start = None
            continue
        lead = len(line) - len(line.lstrip())
        trail = len(line.rstrip())
        if start is None:
            start = pos + lead
        end = pos + trail
        following = lines[i + 1][1] if i + 1 < len(lines) else ""
        if (
            _ENDS_PARAGRAPH.search(line)
            or (first_is_headline and not blocks)
            or len(line.strip()) > MAX_WRAP
            or _BULLET.match(following)
            or (len(line.strip()) < SHORT_LINE * width and _STARTS_CAPITAL.match(following))
        ):
            blocks.append((start, end))
            start = None
    if start is not None:
        blocks.append((start, end))
    return [(offset + s, offset + e) for s, e in blocks]


def read_plaintext(source: str, path: str = "<string>", date: str | None = None) -> SourceDocument:
    """Read plain text; the first non-blank line is the headline when more lines follow."""
    builder = ProseBuilder(source)
    pos = 0
    for m in _DIRECTIVE_LINE.finditer(source):  # suppression directives are not prose
        builder.copy(pos, m.start())
        builder.replace(" " * (m.end() - m.start()), m.start(), m.end())
        pos = m.end()
    builder.copy(pos, len(source))
    prose, segments = builder.build()
    blocks = tuple(blocks_from_lines(prose))
    # The first line is the headline when more prose follows it; a one-line text is all body.
    headline = blocks[0] if len(blocks) > 1 else None
    title = prose[headline[0] : headline[1]] if headline else None
    return SourceDocument(path, "text", source, prose, segments, blocks, title, date, headline)
