"""HTML: the visible article text, mapped exactly back to the source.

A small tokenizer (comments, declarations, tags, text) walks the source once, so every text
character keeps its source offset. Dropped: comments, ``<!DOCTYPE>``, processing instructions,
the contents of ``script style template noscript textarea iframe pre code svg math select nav
footer button``, of elements marked ``hidden`` or ``aria-hidden="true"``, and of ``<head>``
(except ``<title>``). Block elements (``p div li h1-h6 tr td blockquote``...)
end a block, and so do two ``<br>`` in a row (one is a line break inside the block); inline ones
(``a b em span sup``...) are transparent; any other tag (``img``) is a word break. Character
references, with or without ``;`` (``&amp`` ``&euro;`` ``&#8364;``), are decoded; each decoded
character maps onto its whole reference.

Headline: the first ``<h1>``; what comes before it (site furniture) is kept out of the blocks.
Without an ``<h1>`` the ``<title>`` is the headline. Date: ``<meta
property="article:published_time">`` (or ``itemprop="datePublished"``), else the first ``<time
datetime>``.
"""

from __future__ import annotations

import datetime as dt
import html
import re

from numcheck.source.document import ProseBuilder, SourceDocument, trim
from numcheck.source.entities import SCRIPTS, match_reference

_MARKUP = re.compile(
    r"<!--.*?(?:--!?>|\Z)"  # comment
    r"|<!\[CDATA\[.*?(?:\]\]>|\Z)"
    r"|<[!?][^>]*(?:>|\Z)"  # doctype, processing instruction, bogus comment
    r"|<(/?)([A-Za-z][A-Za-z0-9:-]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>",
    re.DOTALL,
)
_MAX_TAG = 8192  # a tag (with quoted attribute values) longer than this is text
_ATTR = re.compile(r"([^\s\"'=<>/]+)(?:\s*=\s*(\"[^\"]*\"|'[^']*'|[^\s>]+))?")
_RAW_TEXT = {"script", "style", "textarea", "xmp", "iframe", "noembed", "noframes", "noscript", "template", "plaintext"}
_SKIP = {"pre", "code", "svg", "math", "select", "nav", "head", "object", "kbd", "samp", "footer", "button"}
_HIDDEN = re.compile(r"""(?:^|\s)(?:hidden(?=[\s=/]|$)|aria-hidden\s*=\s*["']?true)""", re.IGNORECASE)
_BLOCK = {
    "address", "article", "aside", "blockquote", "body", "br", "caption", "center", "dd", "details", "dialog", "div",
    "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
    "hgroup", "hr", "html", "li", "main", "ol", "p", "section", "summary", "table", "tbody", "td", "tfoot", "th",
    "thead", "tr", "ul", "legend", "option", "title", "menu", "dir", "frameset", "frame",
}  # fmt: skip
_INLINE = {
    "a", "abbr", "b", "bdi", "bdo", "big", "cite", "data", "del", "dfn", "em", "font", "i", "ins", "label", "mark",
    "q", "s", "small", "span", "strike", "strong", "sub", "sup", "time", "tt", "u", "var", "wbr", "nobr",
}  # fmt: skip
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"}
_PUBLISHED = {"article:published_time", "datepublished", "date", "pubdate", "publish-date", "dc.date", "dcterms.created"}


def _attrs(text: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for m in _ATTR.finditer(text):
        value = m.group(2) or ""
        if value[:1] in "\"'":
            value = value[1:-1]
        out.setdefault(m.group(1).lower(), html.unescape(value))
    return out


def _hidden(attrs: str) -> bool:
    """An element a reader does not see: ``hidden`` or ``aria-hidden="true"``."""
    return "hidden" in attrs.lower() and _HIDDEN.search(attrs) is not None


def _date_of(value: str | None) -> str | None:
    m = re.match(r"\s*(\d{4}-\d{2}-\d{2})", value or "")
    if not m:
        return None
    try:
        return dt.date.fromisoformat(m.group(1)).isoformat()
    except ValueError:
        return None


class _Reader:
    def __init__(self, source: str) -> None:
        self.source = source
        self.b = ProseBuilder(source)
        self.raw: list[tuple[int, int, str]] = []  # (prose start, prose end, kind)
        self.block_start: int | None = None
        self.kind = "body"
        self.stack: list[str] = []  # open block elements
        self.meta_date: str | None = None
        self.time_date: str | None = None
        self.last_gt = source.rfind(">")
        self.br_at: int | None = None  # source offset just after the last <br>
        self.scripts: list[str] = []  # open <sup>/<sub>

    # -- blocks ----------------------------------------------------------------------------
    def boundary(self) -> None:
        if self.block_start is not None:
            self.raw.append((self.block_start, self.b.length, self.kind))
            self.block_start = None

    def text(self, start: int, end: int) -> None:
        """Emit source text with its character references decoded."""
        source = self.source
        if self.block_start is None:
            if not source[start:end].strip():
                return
            if self.b.length:
                self.b.insert("\n\n", start)
            self.block_start = self.b.length
            self.kind = self.stack[-1] if self.stack else "body"
        i = start
        while True:
            amp = source.find("&", i, end)
            if amp < 0:
                self.copy(i, end)
                return
            ref = match_reference(source, amp, end, legacy=True)
            if ref is None:
                self.copy(i, amp + 1)
                i = amp + 1
                continue
            self.copy(i, amp)
            self.b.replace(ref[0], amp, ref[1])
            i = ref[1]

    def copy(self, start: int, end: int) -> None:
        """Copy source text; digits inside ``<sup>``/``<sub>`` become super/subscript characters."""
        if self.scripts and start < end:
            chunk = self.source[start:end]
            self.b.replace(chunk.translate(SCRIPTS[self.scripts[-1]]), start, end)
        else:
            self.b.copy(start, end)

    def space(self, at: int) -> None:
        last = self.b.last_char()
        if self.block_start is not None and last and not last.isspace():
            self.b.insert(" ", at)

    # -- tags ------------------------------------------------------------------------------
    def open_block(self, name: str) -> None:
        self.boundary()
        if name not in _VOID:
            self.stack.append(name)

    def close_block(self, name: str) -> None:
        self.boundary()
        if name in self.stack:
            while self.stack and self.stack.pop() != name:
                pass

    def meta(self, name: str, attrs: dict[str, str]) -> None:
        if name == "meta":
            key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
            if key in _PUBLISHED and self.meta_date is None:
                self.meta_date = _date_of(attrs.get("content"))
        elif name == "time" and self.time_date is None:
            self.time_date = _date_of(attrs.get("datetime"))
            if attrs.get("itemprop", "").lower() == "datepublished" and self.meta_date is None:
                self.meta_date = self.time_date

    def run(self) -> None:
        source, n = self.source, len(self.source)
        pos = 0
        skip: list[str] = []  # open skipped elements (their contents are not prose)
        while pos < n:
            lt = source.find("<", pos)
            if lt < 0:
                lt = n
            if lt > pos and not skip:
                self.text(pos, lt)
            if lt >= n:
                break
            m = self.markup(lt)
            if m is None:
                if not skip:
                    self.text(lt, lt + 1)
                pos = lt + 1
                continue
            pos = m.end()
            name = (m.group(2) or "").lower()
            if not name:
                self.space(lt)  # comment or declaration: a word break
                continue
            closing = bool(m.group(1))
            if not closing:
                self.meta(name, _attrs(m.group(3)))
            if not closing and name in _RAW_TEXT:
                self.space(lt)
                close = re.compile(rf"</{name}(?=[\s/>])[^>]*>|\Z", re.IGNORECASE).search(source, pos)
                pos = close.end() if close else n
                continue
            if skip and name in _BLOCK and name != "title":
                # A block tag ends an unclosed <head>, and closes an unclosed inline <code>/<kbd>/<samp>.
                if not closing and skip[0] == "head":
                    skip.clear()
                elif closing and skip[-1] in ("code", "kbd", "samp") and name not in skip:
                    while skip and skip[-1] in ("code", "kbd", "samp"):
                        skip.pop()
            if skip:
                if not closing and name == skip[-1] and name not in _VOID:
                    skip.append(name)
                elif closing and name == skip[-1]:
                    skip.pop()
                elif not closing and name == "title" and skip == ["head"]:
                    pos = self.title(pos)
                continue
            if not closing and name == "title":
                pos = self.title(pos)
                continue
            hidden = not closing and name not in _VOID and _hidden(m.group(3))
            if not closing and (name in _SKIP or hidden) and not m.group(3).rstrip().endswith("/"):
                self.space(lt)
                skip.append(name)
                continue
            if name == "br":
                # One <br> is a line break inside the block; two in a row end it.
                if self.br_at is not None and not source[self.br_at : lt].strip():
                    self.boundary()
                elif self.block_start is not None:
                    self.b.insert("\n", lt)
                self.br_at = pos
                continue
            if name in SCRIPTS:
                if not closing:
                    self.scripts.append(name)
                elif name in self.scripts:
                    del self.scripts[len(self.scripts) - 1 - self.scripts[::-1].index(name) :]
            if name in _BLOCK:
                self.scripts.clear()
                self.close_block(name) if closing else self.open_block(name)
            elif name not in _INLINE:
                self.space(lt)
        self.boundary()

    def markup(self, lt: int) -> re.Match[str] | None:
        """The comment, declaration or tag at ``lt``; tried up to the next ``>`` first, so a
        stray ``<`` costs little (quoted attribute values may hold ``>``: then a bounded retry)."""
        gt = self.source.find(">", lt) if lt < self.last_gt else -1
        if gt < 0:
            return _MARKUP.match(self.source, lt) if self.source.startswith("<!", lt) else None
        m = _MARKUP.match(self.source, lt, gt + 1)
        if m is None and ("'" in self.source[lt:gt] or '"' in self.source[lt:gt] or self.source.startswith("<!", lt)):
            m = _MARKUP.match(self.source, lt, min(len(self.source), lt + _MAX_TAG))
        return m

    def title(self, pos: int) -> int:
        """``<title>`` holds text only (references decoded); it becomes a ``title`` block."""
        close = re.compile(r"</title(?=[\s/>])[^>]*>|\Z", re.IGNORECASE).search(self.source, pos)
        assert close is not None
        self.boundary()
        self.stack.append("title")
        self.text(pos, close.start())
        self.close_block("title")
        return close.end()


_SITE_SUFFIX = re.compile(r"\s+[|–—-]\s+[^|–—\d]{1,40}$")


def _without_site_name(prose: str, span: tuple[int, int]) -> tuple[int, int]:
    """A ``<title>`` without its site-name suffix: "Troops mass on border | Daily Example"."""
    m = _SITE_SUFFIX.search(prose, span[0], span[1])
    if m is None or len(prose[m.start() : span[1]].split()) > 6 or m.start() - span[0] < 10:
        return span
    return span[0], m.start()


def read_html(source: str, path: str = "<string>", date: str | None = None) -> SourceDocument:
    """Read an HTML page or fragment into a source document."""
    reader = _Reader(source)
    reader.run()
    prose, segments = reader.b.build()
    spans = [(t, kind) for s, e, kind in reader.raw if (t := trim(prose, s, e)) is not None]
    headline = None
    h1 = next((i for i, (_, kind) in enumerate(spans) if kind == "h1"), None)
    if h1 is not None:
        spans = spans[h1:]
        headline = spans[0][0]
    else:
        spans_no_title = [sp for sp in spans if sp[1] != "title"]
        if spans and spans[0][1] == "title" and len(spans_no_title) == len(spans) - 1:
            headline = _without_site_name(prose, spans[0][0])
            spans[0] = (headline, "title")
        else:
            spans = spans_no_title
    spans = [sp for i, sp in enumerate(spans) if sp[1] != "title" or (headline is not None and i == 0)]
    title = " ".join(prose[headline[0] : headline[1]].split()) if headline else None
    return SourceDocument(
        path,
        "html",
        source,
        prose,
        segments,
        tuple(sp for sp, _ in spans),
        title,
        date or reader.meta_date or reader.time_date,
        headline,
    )
