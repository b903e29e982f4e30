"""Markdown: the prose a reader sees, mapped exactly back to the source.

What is read: YAML (``---``) or TOML (``+++``) front matter for ``title`` and ``date``;
paragraphs (soft-wrapped lines joined into one block), headings, list items, block quotes,
table rows and footnote texts, each its own block. What is dropped: front matter other than the
title, fenced and indented code, inline code, HTML comments and raw HTML tags (the text between
tags is kept; ``<script>``/``<style>``/``<pre>``/``<code>`` contents are dropped), autolinks,
bare URLs and e-mail addresses, link targets (the link text is kept), images, footnote
references, link reference definitions, emphasis markers, list bullets and task boxes, quote
markers, the ``#`` of headings, and template tags or shortcodes (``{{< x >}}``, ``{% x %}``).
Backslash escapes and character references (``&amp;`` ``&euro;`` ``&#8364;``) are decoded; a
decoded character maps onto its whole source reference.

The headline (block 0) is the front matter ``title`` when there is one: its prose comes from
the title's own characters in the front matter, so figures in it have exact spans there, and a
first ``#`` heading is then ordinary body text. Without a title, a level-1 heading (ATX ``#`` or
setext ``===``) that comes before any other block is the headline and gives the title.

Where a construct is dropped between words, a space is inserted (it has no source) so the
numbers of adjacent words never fuse; line breaks inside a block become spaces.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from dataclasses import dataclass, field

from numcheck.source.document import ProseBuilder, SourceDocument, trim
from numcheck.source.entities import SCRIPTS, match_reference

# -- block level ---------------------------------------------------------------------------
_LINE = re.compile(r"([^\r\n]*)(\r\n|\r|\n|$)")
_QUOTE = re.compile(r" {0,3}> ?")
_FENCE = re.compile(r"( {0,3})(`{3,}|~{3,})(.*)$")
_ATX = re.compile(r" {0,3}(#{1,6})(?=[ \t]|$)[ \t]*")
_ATX_CLOSE = re.compile(r"(?:^|[ \t]+)#+[ \t]*$")
_SETEXT = re.compile(r" {0,3}(=+|-+)[ \t]*$")
_BREAK = re.compile(r" {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$")
_BULLET = re.compile(r"( {0,3})([-+*]|(\d{1,9})[.)])([ \t]+|$)")
_TASK = re.compile(r"\[[ xX]\][ \t]+")
_STARTS_BLOCK = re.compile(r" {0,3}(?:[-+*][ \t]+\S|\d{1,9}[.)][ \t]+\S|#{1,6}(?:[ \t]|$)|`{3,}|~{3,}|<!--|(?:[-*_][ \t]*){3,}$)")
_REFDEF = re.compile(r" {0,3}\[([^\]\^][^\]]*)\]:[ \t]*(?:<[^>\n]*>|\S+)(?:[ \t]+(?:\"[^\"]*\"|'[^']*'|\([^)]*\)))?[ \t]*$")
_FOOTDEF = re.compile(r" {0,3}\[\^[^\]\s]+\]:[ \t]*")
_TABLE_DELIM = re.compile(r"[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$")
_RAW_OPEN = re.compile(r" {0,3}<(script|pre|style|textarea)(?=[\s>]|$)", re.IGNORECASE)
_HTML_BLOCK = re.compile(
    r" {0,3}</?(?:address|article|aside|blockquote|body|caption|center|dd|details|dialog|div|dl|dt|fieldset|figcaption|"
    r"figure|footer|form|h[1-6]|head|header|hr|html|iframe|legend|li|main|menu|nav|ol|p|section|summary|table|tbody|"
    r"td|tfoot|th|thead|title|tr|ul)(?=[\s/>]|$)",
    re.IGNORECASE,
)

# -- inline level --------------------------------------------------------------------------
_ASCII_PUNCT = set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
_AUTOLINK = re.compile(r"<(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*|[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9.-]+)>")
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s\"'=<>`]+))?)*\s*/?>")
_BARE_URL = re.compile(
    r"(?<![\w@/.])(?:(?:https?|ftp)://|www\.)[^\s<>\[\]]*[^\s<>\[\].,:;!?\"')*_~]"
    r"|(?<![\w.%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"
)
# "(destination 'title')" of an inline link: <...> or a run without spaces (one level of
# balanced parentheses), then an optional quoted or parenthesised title.
_DESTINATION = re.compile(
    r"""\([ \t\n]*(?:<(?:[^<>\n\\]|\\.)*>|(?:[^\s()\\]|\\.|\((?:[^\s()\\]|\\.)*\))*)"""
    r"""(?:[ \t\n]+(?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|\((?:[^()\\]|\\.)*\)))?[ \t\n]*\)""",
    re.DOTALL,
)
_SKIP_CONTENT = {"script", "style", "pre", "code", "template", "noscript", "kbd", "samp"}
_SPLIT_TAGS = {
    "address", "article", "blockquote", "caption", "dd", "div", "dt", "figcaption", "h1", "h2", "h3", "h4", "h5",
    "h6", "hr", "li", "ol", "p", "section", "table", "td", "th", "tr", "ul",
}  # fmt: skip
_INLINE_TAGS = {
    "a", "abbr", "b", "bdi", "bdo", "cite", "data", "del", "dfn", "em", "font", "i", "ins", "mark", "q", "s",
    "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr",
}  # fmt: skip


@dataclass
class _Block:
    """A leaf block: content ranges (one per physical line) in source offsets."""

    kind: str  # paragraph | heading | item | row | title
    level: int = 0
    ranges: list[tuple[int, int, int]] = field(default_factory=list)  # (start, end, line_end)
    depth: int = 0  # block quote nesting


def _indent(text: str) -> int:
    col = 0
    for c in text:
        if c == " ":
            col += 1
        elif c == "\t":
            col += 4 - col % 4
        else:
            break
    return col


def _width(text: str) -> int:
    """The column after ``text`` (tabs stop every 4 columns)."""
    col = 0
    for c in text:
        col += 4 - col % 4 if c == "\t" else 1
    return col


def _lstrip_pos(source: str, start: int, end: int) -> int:
    while start < end and source[start] in " \t":
        start += 1
    return start


def _rstrip_pos(source: str, start: int, end: int) -> int:
    while end > start and source[end - 1] in " \t":
        end -= 1
    return end


# -- front matter ----------------------------------------------------------------------------
# A line of YAML or TOML front matter: blank, comment, indented continuation, list item, key, table.
_FM_LINE = re.compile(r"[ \t]*$|[ \t]*#|[ \t]+\S|-[ \t]|[\w\"'.-]+[ \t]*[:=]|\[")
_FM_KEY = re.compile(r"([A-Za-z_][\w-]*)[ \t]*[:=][ \t]*")


def _date_of(value: str) -> str | None:
    m = re.match(r"\s*[\"']?(\d{4}-\d{2}-\d{2})", value)
    if not m:
        return None
    try:
        return dt.date.fromisoformat(m.group(1)).isoformat()
    except ValueError:
        return None


def _front_matter(source: str, lines: list[tuple[int, int, int]]) -> tuple[int, list[tuple[str, int, int]], str | None]:
    """Lines consumed by front matter, the title as pieces ``(text, start, end)``, and the date."""
    if not lines:
        return 0, [], None
    first = source[lines[0][0] : lines[0][1]].rstrip()
    if first not in ("---", "+++"):
        return 0, [], None
    closers = ("---", "...") if first == "---" else ("+++",)
    close = next((i for i in range(1, len(lines)) if source[lines[i][0] : lines[i][1]].rstrip() in closers), None)
    if close is None or not all(_FM_LINE.match(source, ls, le) for ls, le, _ in lines[1:close]):
        return 0, [], None
    title: list[tuple[str, int, int]] = []
    date = None
    i = 1
    while i < close:
        s, e, _ = lines[i]
        m = _FM_KEY.match(source, s, e)
        i += 1
        if not m or m.start() != s:
            continue
        key = m.group(1).lower()
        vs, ve = m.end(), _rstrip_pos(source, m.end(), e)
        if key == "date" or (key in ("published", "publishdate", "pubdate") and date is None):
            date = _date_of(source[vs:ve]) or date
        elif key == "title" and not title:
            value = source[vs:ve]
            if value[:1] in "|>" and re.fullmatch(r"[|>][+-]?[0-9]?\s*(?:#.*)?", value):
                # Block scalar: the following more-indented lines, folded into one line.
                while i < close and (
                    _indent(source[lines[i][0] : lines[i][1]]) > 0 or not source[lines[i][0] : lines[i][1]].strip()
                ):
                    ls, le, _ = lines[i]
                    cs, ce = _lstrip_pos(source, ls, le), _rstrip_pos(source, ls, le)
                    if cs < ce:
                        if title:
                            title.append((" ", title[-1][2], title[-1][2]))
                        title.append((source[cs:ce], cs, ce))
                    i += 1
            else:
                title = _scalar(source, vs, ve)
    return close + 1, title, date


def _scalar(source: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """A one-line YAML/TOML scalar as pieces of decoded text with their source extent."""
    q = source[start:end][:1]
    if q in ("'", '"'):
        pieces: list[tuple[str, int, int]] = []
        i = start + 1
        while i < end:
            c = source[i]
            if c == q:
                if q == "'" and source[i + 1 : i + 2] == "'":
                    pieces.append(("'", i, i + 2))
                    i += 2
                    continue
                break
            if q == '"' and c == "\\" and i + 1 < end:
                m = re.match(r"\\(?:u([0-9a-fA-F]{4})|x([0-9a-fA-F]{2})|U([0-9a-fA-F]{8})|(.))", source[i:end])
                if m:
                    code = m.group(1) or m.group(2) or m.group(3)
                    char = m.group(4)
                    ch = chr(int(code, 16)) if code else {"n": " ", "t": " ", "_": "\u00a0", "0": ""}.get(char, char)
                    if ch:
                        pieces.append((ch, i, i + m.end()))
                    i += m.end()
                    continue
            pieces.append((c, i, i + 1))
            i += 1
        return pieces
    # Plain scalar: a trailing comment (" #...") is not part of it.
    m = re.search(r"[ \t]#", source[start:end])
    if m:
        end = _rstrip_pos(source, start, start + m.start())
    return [(source[start:end], start, end)] if start < end else []


# -- block structure ---------------------------------------------------------------------------
def _blocks(source: str, lines: list[tuple[int, int, int]], first: int) -> tuple[list[_Block], set[str]]:
    blocks: list[_Block] = []
    refs: set[str] = set()
    cur: _Block | None = None
    fence: tuple[str, int] | None = None
    raw_close: str | None = None  # a comment or <script>-like block runs until this text
    list_indent = -1  # content column of the innermost list item, -1 outside lists
    table = False
    blank_before = True

    def end() -> None:
        nonlocal cur
        if cur is not None and cur.ranges:
            blocks.append(cur)
        cur = None

    for ls, le, eol in lines[first:]:
        # Container prefixes: block quote markers are dropped.
        s, depth = ls, 0
        while m := _QUOTE.match(source, s, le):
            s, depth = m.end(), depth + 1
        text = source[s:le]
        if cur is not None and fence is None and raw_close is None:
            if depth > cur.depth:
                end()  # a deeper block quote starts a new block
            elif depth < cur.depth and _STARTS_BLOCK.match(text):
                end()  # outside the quote, only plain text continues its paragraph (lazily)
        if fence is not None:
            m = _FENCE.match(text)
            if m and m.group(2)[0] == fence[0] and len(m.group(2)) >= fence[1] and not m.group(3).strip():
                fence = None
            continue
        if raw_close is not None:
            if raw_close in text.lower():
                raw_close = None
            continue
        if not text.strip():
            end()
            table = False
            blank_before = True
            continue
        indent = _indent(text)
        lazy = cur is not None and cur.kind in ("paragraph", "item")
        if 0 <= indent < list_indent and (_STARTS_BLOCK.match(text) or not lazy):
            list_indent = -1  # a line left of the item's content ends the list, unless it continues a paragraph
        in_list = list_indent >= 0 and (indent >= list_indent or not blank_before)
        if list_indent >= 0 and not in_list:
            list_indent = -1
        base = list_indent if in_list else 0
        if not lazy and indent - base >= 4:
            end()  # indented code
            blank_before = False
            continue
        blank_before = False
        if base and indent >= base:
            # Inside a list item: block structure is read relative to the item's content column.
            k = 0
            while k < len(text) and _width(text[: k + 1]) <= base and text[k] in " \t":
                k += 1
            s, text = s + k, text[k:]
        if (m := _FENCE.match(text)) and not (m.group(2)[0] == "`" and "`" in m.group(3)):
            end()
            fence = (m.group(2)[0], len(m.group(2)))
            continue
        stripped = text.lstrip(" \t")
        if stripped.startswith("<!--"):
            end()
            close = stripped.find("-->", 4)
            if close < 0:
                raw_close = "-->"
                continue
            if not stripped[close + 3 :].strip():
                continue
        if m := _RAW_OPEN.match(text):
            end()
            closing = f"</{m.group(1).lower()}>"
            if closing not in text.lower():
                raw_close = closing
            continue
        if cur is not None and cur.kind == "paragraph" and len(cur.ranges) >= 1 and (m := _SETEXT.match(text)):
            cur.kind, cur.level = "heading", 1 if m.group(1)[0] == "=" else 2
            end()
            continue
        if _BREAK.match(text):
            end()
            continue
        if m := _ATX.match(text):
            end()
            cs = s + m.end()
            ce = _rstrip_pos(source, cs, le)
            close = _ATX_CLOSE.search(source[cs:ce])
            if close:
                ce = _rstrip_pos(source, cs, cs + close.start())
            blocks.append(_Block("heading", len(m.group(1)), [(cs, ce, eol)]))
            continue
        if m := _REFDEF.match(text):
            end()
            refs.add(_label(m.group(1)))
            continue
        header = cur is not None and cur.kind == "paragraph" and "|" in source[cur.ranges[-1][0] : cur.ranges[-1][1]]
        if header and "|" in text and "-" in text and _TABLE_DELIM.match(text):
            assert cur is not None
            row = _Block("row", depth=cur.depth, ranges=[cur.ranges.pop()])
            end()  # the paragraph's earlier lines, if any
            blocks.append(row)  # its last line is the table's header row
            table = True
            continue
        if table and not _STARTS_BLOCK.match(text) and not _HTML_BLOCK.match(text):
            # A table runs until a blank line or another block; every line in it is a row.
            end()
            cs = _lstrip_pos(source, s, le)
            blocks.append(_Block("row", 0, [(cs, _rstrip_pos(source, cs, le), eol)]))
            continue
        table = False
        if m := _FOOTDEF.match(text):
            end()
            cur = _Block("item", depth=depth)
            cs = s + m.end()
            cur.ranges.append((cs, _rstrip_pos(source, cs, le), eol))
            continue
        m = _BULLET.match(text)
        if m and (m.group(4) or not lazy) and text[m.end() :].strip():
            number = m.group(3)
            in_paragraph = cur is not None and cur.kind == "paragraph"
            if not (in_paragraph and number is not None and number != "1"):
                end()
                list_indent = _width(text[: m.end()]) if m.group(4) else indent + len(m.group(2)) + 1
                cur = _Block("item", depth=depth)
                cs = _lstrip_pos(source, s + m.end(), le)
                if (t := _TASK.match(source, cs, le)) is not None:
                    cs = t.end()
                cur.ranges.append((cs, _rstrip_pos(source, cs, le), eol))
                continue
        if _HTML_BLOCK.match(text):
            end()
        cs = _lstrip_pos(source, s, le)
        ce = _rstrip_pos(source, cs, le)
        if cur is None:
            cur = _Block("paragraph", depth=depth)
        cur.ranges.append((cs, ce, eol))
    end()
    return blocks, refs


def _label(text: str) -> str:
    return " ".join(text.split()).casefold()


# -- inline ------------------------------------------------------------------------------------
class _Inline:
    """Emits one block's inline content into the builder.

    The block's lines are joined into a virtual string ``v`` (one ``\\n`` between lines);
    ``_src`` maps a virtual offset back to the source.
    """

    def __init__(self, source: str, block: _Block, builder: ProseBuilder, refs: set[str]) -> None:
        self.source = source
        self.b = builder
        self.refs = refs
        self.row = block.kind == "row"
        self.ranges = block.ranges
        parts: list[str] = []
        self.vstarts: list[int] = []
        pos = 0
        for s, e, _ in block.ranges:
            self.vstarts.append(pos)
            parts.append(source[s:e])
            pos += e - s + 1
        self.v = "\n".join(parts)
        self._pairs: dict[int, int] | None = None
        self.scripts: list[str] = []  # open <sup>/<sub>: digits become super/subscript characters
        self.splits: list[int] = []  # prose offsets where raw HTML block tags split the block

    def _locate(self, p: int) -> tuple[int, bool]:
        """(range index, is the separator after it) of a virtual offset."""
        lo, hi = 0, len(self.vstarts) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.vstarts[mid] <= p:
                lo = mid
            else:
                hi = mid - 1
        s, e, _ = self.ranges[lo]
        return lo, p - self.vstarts[lo] >= e - s

    def _src(self, p: int) -> int:
        i, sep = self._locate(p)
        s, e, _ = self.ranges[i]
        return e if sep else s + p - self.vstarts[i]

    def copy(self, a: int, b: int) -> None:
        while a < b:
            i, sep = self._locate(a)
            s, e, eol = self.ranges[i]
            if sep:
                self.b.replace(" ", e, eol)
                a += 1
                continue
            stop = min(b, self.vstarts[i] + e - s)
            sa = s + a - self.vstarts[i]
            if self.row and "|" in self.source[sa : s + stop - self.vstarts[i]]:
                for k in range(a, stop):
                    src = s + k - self.vstarts[i]
                    if self.source[src] == "|":
                        self.b.replace(";", src, src + 1)
                    else:
                        self.b.copy(src, src + 1)
            elif self.scripts:
                chunk = self.source[sa : s + stop - self.vstarts[i]]
                self.b.replace(chunk.translate(SCRIPTS[self.scripts[-1]]), sa, s + stop - self.vstarts[i])
            else:
                self.b.copy(sa, s + stop - self.vstarts[i])
            a = stop

    def space(self, p: int) -> None:
        """Keep words apart where a construct was dropped."""
        last = self.b.last_char()
        if last and not last.isspace():
            self.b.insert(" ", self._src(p))

    def run(self) -> None:
        v, n = self.v, len(self.v)
        urls = {m.start(): m.end() for m in _BARE_URL.finditer(v)}
        drops: dict[int, int] = {}  # link tails "](url)" to skip when reached
        i = plain = 0

        def flush(upto: int) -> None:
            if plain < upto:
                self.copy(plain, upto)

        while i < n:
            c = v[i]
            j = None  # where plain text resumes after a handled construct
            if i in drops:
                flush(i)
                j = drops.pop(i)
            elif i in urls:
                flush(i)
                self.space(i)
                j = urls[i]
            elif c == "\\" and i + 1 < n and (v[i + 1] in _ASCII_PUNCT or v[i + 1] == "\n"):
                flush(i)
                self.copy(i + 1, i + 2)
                j = i + 2
            elif c == "`":
                k = i
                while k < n and v[k] == "`":
                    k += 1
                close = re.compile(rf"(?<!`){'`' * (k - i)}(?!`)").search(v, k)
                if close:
                    flush(i)
                    self.space(i)
                    j = close.end()
                else:
                    i = k
                    continue
            elif c == "<":
                j = self._angle(i, flush)
            elif c == "!" and i + 1 < n and v[i + 1] == "[":
                tail = self._link_tail(i + 1)
                if tail is not None:
                    flush(i)
                    self.space(i)
                    j = tail[1]
            elif c == "[":
                if m := re.compile(r"\[\^[^\]\s]+\]").match(v, i):
                    flush(i)
                    j = m.end()
                else:
                    tail = self._link_tail(i)
                    if tail is not None:
                        flush(i)
                        drops[tail[0]] = tail[1]
                        j = i + 1
            elif c == "{" and v.startswith(("{{", "{%"), i):
                close = v.find("}}" if v[i + 1] == "{" else "%}", i + 2)
                if close >= 0:  # a template tag or shortcode: {{< figure >}}, {% include %}
                    flush(i)
                    self.space(i)
                    j = close + 2
            elif c == "&":
                ref = match_reference(v, i)
                if ref is not None:
                    flush(i)
                    self.b.replace(ref[0], self._src(i), self._src(ref[1] - 1) + 1)
                    j = ref[1]
            elif c in "*_~":
                k = i
                while k < n and v[k] == c:
                    k += 1
                before = v[i - 1] if i else " "
                after = v[k] if k < n else " "
                keep = (
                    (before.isspace() and after.isspace())
                    or (c == "_" and before.isalnum() and after.isalnum())
                    or (c == "*" and before.isdigit() and after.isdigit())
                    or (c == "~" and k - i == 1)
                )
                if not keep:
                    flush(i)
                    j = k
                else:
                    i = k
                    continue
            if j is None:
                i += 1
                continue
            i = plain = j
        flush(n)

    def _angle(self, i: int, flush) -> int | None:  # type: ignore[no-untyped-def]
        v = self.v
        if v.startswith("<!--", i):
            close = v.find("-->", i + 4)
            flush(i)
            self.space(i)
            return len(v) if close < 0 else close + 3
        if m := _AUTOLINK.match(v, i):
            flush(i)
            self.space(i)
            return m.end()
        if m := _TAG.match(v, i):
            flush(i)
            name = m.group(2).lower()
            if name in SCRIPTS:
                if not m.group(1):
                    self.scripts.append(name)
                elif name in self.scripts:
                    self.scripts.remove(name)
            if name in _SPLIT_TAGS and self.b.length:
                self.b.insert("\n\n", self._src(i))  # raw HTML blocks and cells are paragraphs of their own
                self.splits.append(self.b.length)
            elif name not in _INLINE_TAGS:
                self.space(i)
            if not m.group(1) and name in _SKIP_CONTENT and not m.group().endswith("/>"):
                close = re.compile(rf"</{name}\s*>", re.IGNORECASE).search(v, m.end())
                return close.end() if close else len(v)
            return m.end()
        return None

    def _brackets(self) -> dict[int, int]:
        """Matching ``[`` → ``]`` offsets of the block, found once (backslash escapes skipped)."""
        if self._pairs is None:
            pairs: dict[int, int] = {}
            stack: list[int] = []
            v, k = self.v, 0
            while k < len(v):
                c = v[k]
                if c == "\\":
                    k += 2
                    continue
                if c == "[":
                    stack.append(k)
                elif c == "]" and stack:
                    pairs[stack.pop()] = k
                k += 1
            self._pairs = pairs
        return self._pairs

    def _link_tail(self, i: int) -> tuple[int, int] | None:
        """For ``[`` at ``i`` that opens a link: (offset of its ``]``, end of the link)."""
        v, n = self.v, len(self.v)
        close = self._brackets().get(i)
        if close is None:
            return None
        if close + 1 < n and v[close + 1] == "(":
            m = _DESTINATION.match(v, close + 1)
            return (close, m.end()) if m else None
        if close + 1 < n and v[close + 1] == "[":
            end = v.find("]", close + 2)
            if end >= 0 and (end == close + 2 or _label(v[close + 2 : end]) in self.refs):
                return close, end + 1
            return None
        if _label(v[i + 1 : close]) in self.refs:
            return close, close + 1
        return None


# -- the reader ---------------------------------------------------------------------------------
def read_markdown(source: str, path: str = "<string>", date: str | None = None) -> SourceDocument:
    """Read Markdown (CommonMark and GFM tables, footnotes, front matter) into a source document."""
    lines = [(m.start(1), m.end(1), m.end()) for m in _LINE.finditer(source) if m.end() > m.start() or m.start() < len(source)]
    first, title_pieces, fm_date = _front_matter(source, lines)
    builder = ProseBuilder(source)
    raw: list[tuple[int, int, str, int]] = []  # (prose start, prose end, kind, level)

    def open_block(at: int) -> int:
        if builder.length:
            builder.insert("\n\n", at)
        return builder.length

    if title_pieces:
        start = open_block(title_pieces[0][1])
        for text, s, e in title_pieces:
            builder.replace(text, s, e) if s < e else builder.insert(text, s)
        raw.append((start, builder.length, "title", 0))
    blocks, refs = _blocks(source, lines, first)
    for block in blocks:
        start = open_block(block.ranges[0][0])
        inline = _Inline(source, block, builder, refs)
        inline.run()
        cuts = [start, *inline.splits, builder.length]
        raw.extend((a, b, block.kind, block.level) for a, b in itertools.pairwise(cuts))
    prose, segments = builder.build()

    spans: list[tuple[tuple[int, int], str, int]] = []
    for s, e, kind, level in raw:
        t = trim(prose, s, e)
        if t is not None:
            spans.append((t, kind, level))
    headline = None
    title = None
    if (spans and spans[0][1] == "title") or (spans and spans[0][1] == "heading" and spans[0][2] == 1 and len(spans) > 1):
        headline = spans[0][0]
    if headline is not None:
        title = " ".join(prose[headline[0] : headline[1]].split())
    return SourceDocument(
        path, "markdown", source, prose, segments, tuple(sp for sp, _, _ in spans), title, date or fm_date, headline
    )
