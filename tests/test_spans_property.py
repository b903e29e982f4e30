"""Positions are sacred: generated Markdown/HTML/plain documents keep exact spans.

For every input format: the offset map is well formed, every quantity and every finding
evidence slices the source to exactly its text, lines and columns agree with offsets, and
constructs that are not prose (code, comments, URLs, link targets, tags) never reach the prose
view. Everything goes through the public API, so it tests whatever the extractor produces.
"""

from __future__ import annotations

import io
import string

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import numcheck
from numcheck.source import read_text
from numcheck.source.document import SourceDocument

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Prose fragments never contain the digit 9; skipped constructs always do. So "9" in the prose
# view means a construct leaked into it.
NUMBERS = ["50,000", "11,000", "10,000", "3.5%", "$4m", "£1.2bn", "€30", "15,000 a month", "Tens of thousands", "2024", "1.5km"]
WORDS = ["troops", "Zürich", "naïve", "中文", "😀 emoji", "people", "rose", "to", "from", "Ukraine’s", "«quoted»", "the", "a"]
ENTITIES = ["&amp;", "&euro;", "&#8364;", "&#x20AC;", "&nbsp;", "&copy;", "&mdash;", "&lt;", "&bogus;", "& alone"]
MD_PROSE = [
    *NUMBERS,
    *WORDS,
    *ENTITIES,
    "**50**",
    "*emphasis*",
    "_under_",
    "snake_case",
    "\\*",
    "\\$5",
    "~2,000",
    "5 * 3",
    "a.",
    "b!",
]
MD_SKIPPED = [
    "`code 9`",
    "``code ` 99``",
    "<!-- 9 hidden -->",
    "https://example.com/2019/9",
    "www.example.org/p9",
    "<https://x.com/99>",
    "joe9@example.com",
    "[link text](https://example.com/9 'title 9')",
    "[ref text][r9]",
    "![alt 9](img/9.png)",
    "[^9]",
    '<span data-n="9">',
    "</span>",
    "<code>9</code>",
]
MD_BLOCKS = [
    "\n\n```\nfenced 9\n```\n\n",
    "\n\n~~~python\nx = 99\n~~~\n\n",
    "\n\nParagraph.\n\n    indented 9\n\n",
    "\n\n<!--\nmulti 9\nline\n-->\n\n",
    "\n\n<script>\nvar a = 9;\n</script>\n\n",
    "\n\n[r9]: https://example.com/9\n\n",
    "\n# Heading ",
    "\n## Sub ",
    "\n- item ",
    "\n1. first ",
    "\n> quoted ",
    "\n\n| a | b |\n|---|---|\n| 5 | 6 |\n\n",
    "\nSetext\n===\n",
    "\n\n---\n\n",
]
SEPARATORS = [" ", " ", " ", "\n", "\r\n", "\n\n", "\r\n\r\n", "\t"]
HTML_PROSE = [
    *NUMBERS,
    *WORDS,
    *ENTITIES,
    "&amp",
    "&euro",
    "<b>",
    "</b>",
    "<em>50</em>",
    "<p>",
    "</p>",
    "<br>",
    "<li>",
    "<h2>",
    "</h2>",
    "m<sup>2</sup>",
    "5%<sup>1</sup>",
    "CO<sub>2</sub>",
    "<sup>",
]
HTML_SKIPPED = [
    "<script>var a = 9 < 10;</script>",
    "<style>.a9 { width: 9px }</style>",
    "<pre>99</pre>",
    "<code>9</code>",
    "<!-- 9 -->",
    "<img alt='9' src='9.png'>",
    '<a href="/9">link</a>',
    "<template><p>9</p></template>",
    "<noscript>9</noscript>",
    "<!DOCTYPE html>",
    "<nav>menu 9</nav>",
]


def _bad_examples() -> list[str]:
    """Texts that fire rules (each rule's own bad examples), so findings' evidence is tested too."""
    from numcheck.rules.base import examples_of
    from numcheck.rules.registry import all_rules

    return sorted({e.text for rule in all_rules().values() for e in examples_of(rule, "bad") if "9" not in e.text})


BAD = _bad_examples()
bad_examples = st.lists(st.sampled_from(BAD), max_size=2) if BAD else st.just([])

separators = st.sampled_from(SEPARATORS)


def _join(parts: list[str], seps: list[str]) -> str:
    return "".join(p + s for p, s in zip(parts, seps, strict=False))


@st.composite
def markdown_docs(draw: st.DrawFn, *, with_skipped: bool = True) -> str:
    pool = MD_PROSE + (MD_SKIPPED if with_skipped else [])
    parts = draw(st.lists(st.one_of(st.sampled_from(pool), st.sampled_from(MD_BLOCKS)), min_size=1, max_size=40))
    seps = draw(st.lists(separators, min_size=len(parts), max_size=len(parts)))
    body = _join(parts, seps) + "\n\n".join(["", *draw(bad_examples)]) + "\n\n[r9]: https://example.com/9\n"
    if draw(st.booleans()):
        title = draw(
            st.sampled_from(["Some 50,000 troops", '"Quoted: 11,000 \\"x\\""', "'It''s 3.5%'", "|\n  Folded 10,000\n  title"])
        )
        nl = draw(st.sampled_from(["\n", "\r\n"]))
        body = nl.join(["---", f"title: {title}", "id: 99", "date: 2024-11-02", "---", "", body])
    if draw(st.booleans()):
        body = "\r\n".join(body.split("\n"))  # CRLF everywhere (a lone \r\r\n stays odd on purpose)
    return body


@st.composite
def html_docs(draw: st.DrawFn) -> str:
    parts = draw(st.lists(st.sampled_from(HTML_PROSE + HTML_SKIPPED), min_size=1, max_size=40))
    seps = draw(st.lists(separators, min_size=len(parts), max_size=len(parts)))
    body = _join(parts, seps) + "".join(f"<p>{t}</p>" for t in draw(bad_examples))
    head = draw(st.sampled_from(["", "<title>Page 50,000</title>", "<head><title>T 11,000</title><meta content='9'></head>"]))
    h1 = draw(st.sampled_from(["", "<h1>Some 50,000 troops</h1>"]))
    return f"{head}{h1}{body}"


@st.composite
def plain_docs(draw: st.DrawFn) -> str:
    parts = draw(st.lists(st.sampled_from([*NUMBERS, *WORDS, "a.", "said:", "“quote 5.”"]), min_size=1, max_size=40))
    seps = draw(st.lists(separators, min_size=len(parts), max_size=len(parts)))
    return "\n".join([_join(parts, seps), *draw(bad_examples)])


SCRIPT_CHARS = set("⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎")


# -- invariants ------------------------------------------------------------------------------
def _positions(source: str, offset: int) -> tuple[int, int]:
    """1-based line and column of an offset, computed independently of SourceDocument."""
    line, start, i = 1, 0, 0
    while i < offset:
        c = source[i]
        if c == "\r" and i + 1 < len(source) and source[i + 1] == "\n" and i + 1 < offset:
            i += 1
            c = "\n"
        if c in "\r\n":
            line, start = line + 1, i + 1
        i += 1
    return line, offset - start + 1


def assert_well_formed(doc: SourceDocument) -> None:
    source, prose = doc.source, doc.prose
    pos, src = 0, 0
    for seg in doc.segments:
        assert seg.prose_start == pos, "segments must tile the prose view"
        assert seg.prose_len > 0 and seg.source_len >= 0
        assert seg.source_start >= src, "segments must follow source order"
        assert seg.source_start + seg.source_len <= len(source)
        piece = prose[seg.prose_start : seg.prose_start + seg.prose_len]
        stretch = source[seg.source_start : seg.source_start + seg.source_len]
        if seg.source_len == 0:
            assert not piece.strip(), f"only separators may be inserted, got {piece!r}"
        elif seg.identity and piece != stretch:
            assert all(a == b or a in " ;" or a in SCRIPT_CHARS for a, b in zip(piece, stretch, strict=True)), (piece, stretch)
        elif not seg.identity:
            assert stretch[:1] in ("&", "\\", "'", "") or not piece.strip(), (piece, stretch)
        pos += seg.prose_len
        src = seg.source_start + seg.source_len
    assert pos == len(prose)
    last = 0
    for b0, b1 in doc.blocks:
        assert last <= b0 < b1 <= len(prose)
        assert prose[b0:b1] == prose[b0:b1].strip()
        last = b1
    if doc.headline is not None:
        assert doc.blocks and doc.headline == doc.blocks[0]
    # Every prose stretch maps to a source span whose text is the source slice.
    for b0, b1 in doc.blocks:
        span = doc.span(b0, b1)
        assert source[span.start : span.end] == span.text
        assert (span.line, span.column) == _positions(source, span.start)


def assert_spans(text: str, fmt: str) -> None:
    doc = read_text(text, fmt)
    assert_well_formed(doc)
    report = numcheck.check(text, format=fmt, date="2024-11-02")
    source = doc.source
    for q in report.quantities:
        assert source[q.start : q.end] == q.text, q
        assert (q.span.line, q.span.column) == _positions(source, q.start)
        assert q.text.strip(), q
    for f in report.findings:
        for e in f.evidence:
            assert source[e.span.start : e.span.end] == e.span.text, (f, e)
            assert (e.span.line, e.span.column) == _positions(source, e.span.start)


# -- tests -------------------------------------------------------------------------------------
@SETTINGS
@given(markdown_docs())
@example("Some 50,000 troops &euro;5m `x 9` <!-- 9 --> https://x.com/9")
@example("---\r\ntitle: 'It''s 50,000'\r\nid: 99\r\n---\r\n\r\n# Head 11,000\r\n\r\nBody 10,000.\r\n")
def test_markdown_spans(text: str) -> None:
    assert_spans(text, "markdown")


@SETTINGS
@given(markdown_docs())
def test_markdown_skipped_constructs_never_reach_prose(text: str) -> None:
    doc = read_text(text, "markdown")
    assert "9" not in doc.prose, doc.prose


@SETTINGS
@given(html_docs())
@example("<h1>50,000</h1><p>a &euro;5m &amp 3 <script>9</script></p>")
def test_html_spans(text: str) -> None:
    assert_spans(text, "html")
    assert "9" not in read_text(text, "html").prose


@SETTINGS
@given(plain_docs())
@example("Headline 50,000\r\nBody 11,000 troops.\r\n\r\nMore 10,000.")
def test_plain_spans(text: str) -> None:
    assert_spans(text, "text")


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=300), st.sampled_from(["text", "markdown", "html"]))
def test_arbitrary_text_never_crashes(text: str, fmt: str) -> None:
    assert_spans(text, fmt)


MARKUP = "<>&;#[]()!`*_~-=|:>\\\"' \n\r\t"


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list(MARKUP + string.ascii_letters[:6] + "0123459€")), max_size=200))
def test_markup_soup_never_crashes(text: str) -> None:
    for fmt in ("markdown", "html"):
        assert_spans(text, fmt)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(plain_docs(), st.sampled_from(["", "2020", "Table 5,000"])), min_size=1, max_size=6))
def test_docx_spans(paragraphs: list[str]) -> None:
    docx = pytest.importorskip("docx")
    from numcheck.engine import check_document
    from numcheck.source import read_bytes

    d = docx.Document()
    for text in paragraphs:
        d.add_paragraph(text.replace("\r", ""))
    buf = io.BytesIO()
    d.save(buf)
    try:
        doc = read_bytes(buf.getvalue(), "docx", "x.docx")
    except numcheck.InputError:
        assert not "".join(paragraphs).strip()
        return
    assert_well_formed(doc)
    report = check_document(doc, None, "2024-11-02")
    for q in report.quantities:
        assert doc.source[q.start : q.end] == q.text
        assert (q.span.line, q.span.column) == _positions(doc.source, q.start)
    for f in report.findings:
        for e in f.evidence:
            assert doc.source[e.span.start : e.span.end] == e.span.text


# -- the same article in every format reads the same ------------------------------------------
sentence_words = st.lists(
    st.sampled_from([*NUMBERS, *WORDS, "&", "<", "said", "£5", "#1", "*", "_x_", "[a]", "1."]), min_size=1, max_size=25
)


@SETTINGS
@given(st.lists(sentence_words, min_size=2, max_size=6), st.integers(min_value=20, max_value=80))
def test_formats_agree_on_blocks(paragraphs: list[list[str]], width: int) -> None:
    import html as html_lib
    import re
    import textwrap

    texts = [" ".join(words) + "." for words in paragraphs]
    title, body = texts[0][:-1], texts[1:]
    plain = read_text("\n".join([title, *body]), "text")

    def md_escape(text: str) -> str:
        return re.sub(r"([\\`*_\[\]!|~#])", r"\\\1", text.replace("&", "&amp;").replace("<", "&lt;"))

    md_lines = [f"# {md_escape(title)}", ""]
    for t in body:
        for line in textwrap.wrap(md_escape(t), width, break_long_words=False, break_on_hyphens=False):
            # A wrapped line must not start a list item, quote or heading.
            md_lines.append(re.sub(r"^(\d+)([.)]) ", r"\1\\\2 ", re.sub(r"^([-+>=]) ", r"\\\1 ", line)))
        md_lines.append("")
    markdown = read_text("\n".join(md_lines), "markdown")
    page = read_text(f"<h1>{html_lib.escape(title)}</h1>" + "".join(f"<p>{html_lib.escape(t)}</p>" for t in body), "html")

    def blocks(doc: SourceDocument) -> list[str]:
        return [" ".join(doc.prose[a:b].split()) for a, b in doc.blocks]

    assert blocks(markdown) == blocks(plain)
    assert blocks(page) == blocks(plain)
    assert markdown.title == plain.title == page.title


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=400), st.sampled_from([".txt", ".md", ".html", ".docx"]))
def test_arbitrary_bytes_through_the_cli(tmp_path_factory: pytest.TempPathFactory, data: bytes, suffix: str) -> None:
    import contextlib
    import json

    from numcheck.cli import main

    path = tmp_path_factory.mktemp("bytes") / f"input{suffix}"
    path.write_bytes(data)
    out = io.StringIO()
    err = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["quantities", str(path), "--format", "json", "--no-config"])
    assert code in (0, 2)
    result = json.loads(out.getvalue())
    if code == 2:
        assert len(err.getvalue().splitlines()) == 1 and str(path) in err.getvalue()
        assert result["errors"] and not result["files"]
    elif suffix != ".docx":
        text = data.decode("utf-8").removeprefix("\ufeff")
        for q in result["files"][0]["quantities"]:
            assert text[q["start"] : q["end"]] == q["text"]
    assert path.read_bytes() == data
