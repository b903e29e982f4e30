"""Word ``.docx`` files (needs the optional extra ``numcheck[docx]``, i.e. python-docx).

A .docx is a zip of XML, so it has no text offsets of its own. numcheck's *source text* of a
.docx is its paragraphs in document order (body paragraphs, and the paragraphs of table cells
row by row; tracked insertions kept and deletions dropped), joined with ``\\n``: offsets, lines
and columns in reports refer to that text, so line N is the N-th paragraph (a manual line break
inside a paragraph also starts a line). Every non-empty paragraph is a block. The headline is
the first paragraph in the ``Title`` style when there is one (paragraphs before it are not
checked), else the first non-empty paragraph when more follow. The date is the document's core
property ``created``, when set.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterator
from typing import Any

from numcheck.errors import InputError
from numcheck.source.document import ProseBuilder, SourceDocument, trim

_TEMPLATE_CREATED = dt.datetime(2013, 12, 23, 23, 15)


# Parts of a paragraph that are not its visible text: properties, deleted text (tracked
# changes), field codes, note and comment marks, text boxes (their own paragraphs) and the
# fallback copy of alternate content.
_NOT_TEXT = {
    "pPr", "rPr", "del", "moveFrom", "delText", "instrText", "footnoteReference", "endnoteReference",
    "commentReference", "annotationRef", "txbxContent", "Fallback",
}  # fmt: skip


def _text(element: Any) -> str:
    """The visible text of a ``w:p`` as the document reads with tracked changes accepted."""
    out: list[str] = []

    def walk(el: Any) -> None:
        for child in el.iterchildren():
            if not isinstance(child.tag, str):  # XML comments, processing instructions
                continue
            name = child.tag.rsplit("}", 1)[-1]
            if name in _NOT_TEXT:
                continue
            if name == "t":
                out.append(child.text or "")
            elif name == "tab":
                out.append("\t")
            elif name in ("br", "cr"):
                out.append("\n")
            elif name == "noBreakHyphen":
                out.append("-")
            else:
                walk(child)

    walk(element)
    return "".join(out)


def _paragraphs(document: Any) -> Iterator[tuple[str, str]]:
    """(text, style name) of every paragraph, in body order, table cells included."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    def walk(parent: Any, element: Any) -> Iterator[tuple[str, str]]:
        for child in element.iterchildren():
            tag = child.tag.rsplit("}", 1)[-1]
            if tag == "p":
                p = Paragraph(child, parent)
                style = p.style.name if p.style is not None else ""
                yield _text(child), style or ""
            elif tag == "tbl":
                table = Table(child, parent)
                for row in table.rows:
                    seen: list[Any] = []
                    for cell in row.cells:
                        if any(cell._tc is tc for tc in seen):  # a merged cell repeats
                            continue
                        seen.append(cell._tc)
                        yield from walk(cell, cell._tc)
            elif tag == "sdt":  # content controls wrap ordinary paragraphs
                content = next((c for c in child.iterchildren() if c.tag.endswith("}sdtContent")), None)
                if content is not None:
                    yield from walk(parent, content)

    yield from walk(document, document.element.body)


def read_docx(data: bytes, path: str = "<bytes>", date: str | None = None) -> SourceDocument:
    """Read a .docx file's bytes into a source document."""
    try:
        import docx
    except ImportError:
        raise InputError(f"{path}: reading .docx needs python-docx (pip install 'numcheck[docx]')") from None
    try:
        document = docx.Document(io.BytesIO(data))
        paragraphs = [(text.replace("\r\n", "\n").replace("\r", "\n"), style) for text, style in _paragraphs(document)]
        created = document.core_properties.created
    except Exception as exc:  # python-docx raises many kinds (zip, XML, missing parts)
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise InputError(f"{path}: not a readable .docx file ({reason})") from None
    source = "\n".join(text for text, _ in paragraphs)
    if not source.strip():
        raise InputError(f"{path}: document has no text")
    builder = ProseBuilder(source)
    builder.copy(0, len(source))
    prose, segments = builder.build()
    blocks: list[tuple[int, int]] = []
    styles: list[str] = []
    pos = 0
    for text, style in paragraphs:
        t = trim(prose, pos, pos + len(text))
        if t is not None:
            blocks.append(t)
            styles.append(style.lower())
        pos += len(text) + 1
    headline = None
    if "title" in styles:
        first = styles.index("title")
        blocks = blocks[first:]
        headline = blocks[0]
    elif len(blocks) > 1:
        headline = blocks[0]
    title = " ".join(prose[headline[0] : headline[1]].split()) if headline else None
    # python-docx's blank template carries a fixed creation time: it says nothing about the draft.
    if created is not None and created.replace(tzinfo=None) == _TEMPLATE_CREATED:
        created = None
    when = date or (created.date().isoformat() if created is not None else None)
    return SourceDocument(path, "docx", source, prose, segments, tuple(blocks), title, when, headline)
