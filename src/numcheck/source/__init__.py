"""Reading inputs into :class:`SourceDocument` values: decoding, format detection, readers."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from numcheck.errors import InputError
from numcheck.source.document import SourceDocument
from numcheck.source.plaintext import read_plaintext

__all__ = ["EXTENSIONS", "FORMATS", "SourceDocument", "decode", "format_for_path", "read_bytes", "read_path", "read_text"]

EXTENSIONS: dict[str, str] = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".docx": "docx",
}
FORMATS = ("text", "markdown", "html", "docx")
MAX_BYTES = 50_000_000  # a draft is a few kB; anything this big is not an article (or is /dev/zero)
_ALIASES = {"txt": "text", "plain": "text", "md": "markdown", "htm": "html"}


def _reader(fmt: str) -> Callable[[str, str, str | None], SourceDocument]:
    if fmt == "text":
        return read_plaintext
    if fmt == "markdown":
        from numcheck.source.markdown import read_markdown

        return read_markdown
    if fmt == "html":
        from numcheck.source.html import read_html

        return read_html
    raise InputError(f"unknown format {fmt!r} (expected one of: {', '.join(FORMATS)})")


def format_for_path(path: str) -> str:
    """The input format a file name implies; plain text when the extension is unknown."""
    return EXTENSIONS.get(os.path.splitext(path)[1].lower(), "text")


def read_text(text: str, fmt: str = "text", path: str = "<string>", date: str | None = None) -> SourceDocument:
    """Read a decoded string in the given format (``text``, ``markdown`` or ``html``)."""
    fmt = _ALIASES.get(fmt, fmt)
    if fmt == "docx":
        raise InputError(f"{path}: .docx input must be read from a file or bytes")
    if text.startswith("\ufeff"):
        text = text[1:]
    return _reader(fmt)(text, path, date)


def decode(data: bytes, path: str) -> str:
    """Decode UTF-8 (a BOM is dropped); refuse binary or undecodable input with a clear error."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(f"{path}: is UTF-16 text; numcheck reads UTF-8 (save the file as UTF-8)")
    if b"\x00" in data[:8192]:
        raise InputError(f"{path}: looks like a binary file, not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        bad = data[exc.start : exc.start + 1]
        raise InputError(f"{path}: not valid UTF-8 (line {line}, byte {exc.start}: {bad!r}); numcheck reads UTF-8") from None
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        raise InputError(f"{path}: file is empty")
    return text


def read_bytes(data: bytes, fmt: str = "text", path: str = "<bytes>", date: str | None = None) -> SourceDocument:
    """Read a file's bytes in the given format (a .docx needs its bytes, other formats are UTF-8 text)."""
    if _ALIASES.get(fmt, fmt) == "docx":
        from numcheck.source.docx import read_docx

        return read_docx(data, path, date)
    return read_text(decode(data, path), fmt, path, date)


def read_path(
    path: str | os.PathLike[str], fmt: str | None = None, date: str | None = None, display: str | None = None
) -> SourceDocument:
    """Read a file from disk (never written to); the format comes from the extension unless given."""
    p = Path(path)
    name = display or str(path)
    fmt = fmt or format_for_path(str(p))
    try:
        with p.open("rb") as fh:
            data = fh.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise InputError(f"{name}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{name}: is a directory") from None
    except OSError as exc:
        raise InputError(f"{name}: cannot read ({exc.strerror or exc})") from None
    if len(data) > MAX_BYTES:
        raise InputError(f"{name}: file is too large (over {MAX_BYTES // 1_000_000} MB); is it really an article?")
    return read_bytes(data, fmt, name, date)
