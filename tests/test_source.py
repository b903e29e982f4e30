"""Plain text reading, the offset map, and bad input through the CLI (one line on stderr, exit 2)."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from numcheck.errors import InputError
from numcheck.source import decode, format_for_path, read_path, read_text
from numcheck.source.document import ProseBuilder, SourceDocument, line_starts_of


def blocks(text: str) -> list[str]:
    doc = read_text(text)
    return [doc.prose[a:b] for a, b in doc.blocks]


# -- plain text ----------------------------------------------------------------------------------
def test_first_line_is_headline_when_more_follow() -> None:
    doc = read_text("Head 5\nBody 5.\n")
    assert doc.title == "Head 5" and doc.headline == doc.blocks[0]
    assert read_text("Only one line 5.").headline is None


def test_soft_wraps_join_and_paragraphs_split() -> None:
    text = (
        "Headline here\n"
        "The first paragraph is wrapped at a fixed width so that the\n"
        "sentence continues on the next line with 5 people.\n"
        "\n"
        "Key figures\n"
        "A second paragraph follows the short subheading line above it.\n"
        "- 5 apples\n"
        "- 6 pears\n"
        "1. first item\n"
    )
    assert blocks(text) == [
        "Headline here",
        "The first paragraph is wrapped at a fixed width so that the\nsentence continues on the next line with 5 people.",
        "Key figures",
        "A second paragraph follows the short subheading line above it.",
        "- 5 apples",
        "- 6 pears",
        "1. first item",
    ]


def test_a_line_longer_than_any_wrap_is_a_paragraph() -> None:
    long = (
        "This paragraph was written on one line, as most editors do, "
        "and it runs well past any hard wrap width that a writer would set HEAD TO HEAD"
    )
    assert blocks(f"Head\n{long}\n16th in the league\n") == ["Head", long, "16th in the league"]


def test_crlf_counts_both_characters() -> None:
    src = "Head\r\nBody 5.\r\nMore 66.\r\n"
    doc = read_text(src)
    i = doc.prose.index("66")
    span = doc.span(i, i + 2)
    assert span.start == src.index("66") and (span.line, span.column) == (3, 6)
    assert line_starts_of("a\r\nb\rc\nd") == (0, 3, 5, 7)


def test_bom_dropped_before_offset_zero() -> None:
    assert decode("\ufeffHead\nBody 5.".encode(), "x.txt") == "Head\nBody 5."
    assert read_text("\ufeffHead\nBody 5.").source == "Head\nBody 5."


def test_format_for_path() -> None:
    assert [format_for_path(p) for p in ("a.MD", "b.markdown", "c.htm", "d.HTML", "e.docx", "f.txt", "g")] == [
        "markdown",
        "markdown",
        "html",
        "html",
        "docx",
        "text",
        "text",
    ]


def test_format_aliases() -> None:
    assert read_text("# T\n\nx", "md").format == "markdown"
    assert read_text("<p>x</p>", "htm").format == "html"
    assert read_text("x", "txt").format == "text"


def test_unknown_format_is_an_input_error() -> None:
    with pytest.raises(InputError, match="unknown format"):
        read_text("x", "rtf")
    with pytest.raises(InputError, match="docx"):
        read_text("x", "docx")


# -- the offset map ------------------------------------------------------------------------------
def test_builder_maps_copies_replacements_and_insertions() -> None:
    src = "a &euro;5 b"
    b = ProseBuilder(src)
    b.copy(0, 2)
    b.replace("€", 2, 8)
    b.copy(8, 9)
    b.insert(" ", 9)
    b.copy(9, 11)
    prose, segs = b.build()
    doc = SourceDocument("x", "text", src, prose, segs, ((0, len(prose)),))
    assert prose == "a €5  b"
    assert doc.span(2, 4).text == "&euro;5"
    assert doc.span(3, 4).text == "5"
    assert doc.span(4, 5).text == ""  # an inserted separator has no source
    assert doc.span(6, 7).text == "b"
    assert doc.paragraph_of(5) == 0


# -- bad input through the CLI -------------------------------------------------------------------
def run(*args: str, stdin: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "numcheck", *args], input=stdin, capture_output=True, timeout=120, cwd=cwd, check=False
    )


def _snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {str(p): (p.read_bytes(), p.stat().st_mtime_ns) for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("empty.md", b"", "file is empty"),
        ("blank.txt", b" \n\r\n\t", "file is empty"),
        ("binary.html", b"\x89PNG\r\n\x1a\n\x00\x00", "binary"),
        ("latin1.txt", "Head\nCaf\xe9 5".encode("latin-1"), "not valid UTF-8 (line 2, byte 8"),
        ("bom-only.md", b"\xef\xbb\xbf\n", "file is empty"),
        ("utf16.txt", "Head\nBody 5.".encode("utf-16"), "UTF-16"),
        ("bad.docx", b"not a zip", "not a readable .docx"),
    ],
)
def test_bad_file_one_line_exit_2_others_checked(tmp_path: Path, name: str, data: bytes, message: str) -> None:
    (tmp_path / name).write_bytes(data)
    good = tmp_path / "good.md"
    good.write_text("# Head\n\nSome 50 people.\n", encoding="utf-8")
    before = _snapshot(tmp_path)
    r = run("check", str(tmp_path / name), str(good), "--format", "json")
    assert r.returncode == 2
    err = r.stderr.decode()
    assert err.count("\n") == 1 and name in err and message in err and "Traceback" not in err
    data_out = json.loads(r.stdout)
    assert [f["path"] for f in data_out["files"]] == [str(good)]
    assert data_out["errors"][0]["path"] == str(tmp_path / name) and message in data_out["errors"][0]["message"]
    assert _snapshot(tmp_path) == before


def test_missing_file_and_empty_folder(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / ".hidden.md").write_text("# x\n\n5\n", encoding="utf-8")
    (tmp_path / "empty" / "notes.rtf").write_text("5", encoding="utf-8")
    r = run("quantities", str(tmp_path / "nope.md"), str(tmp_path / "empty"))
    assert r.returncode == 2
    lines = r.stderr.decode().splitlines()
    assert len(lines) == 2 and "nope.md: no such file" in lines[0] and "no file to check" in lines[1]


def test_text_output_on_errors_is_still_a_summary(tmp_path: Path) -> None:
    r = run("check", str(tmp_path / "nope.txt"))
    assert r.returncode == 2 and b"1 error" in r.stdout


def test_stdin_with_input_format() -> None:
    r = run("quantities", "-", "--input-format", "markdown", "--format", "json", stdin=b"# Head\n\nIt cost `9` $4m.\n")
    assert r.returncode == 0
    (f,) = json.loads(r.stdout)["files"]
    assert f["format"] == "markdown" and f["title"] == "Head"
    assert all("9" not in q["text"] for q in f["quantities"])


def test_stdin_docx() -> None:
    docx = pytest.importorskip("docx")
    d = docx.Document()
    d.add_paragraph("Head 5")
    d.add_paragraph("Body with 50 people.")
    buf = io.BytesIO()
    d.save(buf)
    r = run("quantities", "-", "--input-format", "docx", "--format", "json", stdin=buf.getvalue())
    assert r.returncode == 0, r.stderr
    (f,) = json.loads(r.stdout)["files"]
    assert f["format"] == "docx" and f["path"] == "-" and f["title"] == "Head 5"


def test_stdin_bad_bytes() -> None:
    r = run("check", "-", stdin=b"\xff\xfe\x00")
    assert r.returncode == 2 and b"<stdin>" in r.stderr and b"Traceback" not in r.stderr


def test_too_large_or_endless_input(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import numcheck.source as source

    monkeypatch.setattr(source, "MAX_BYTES", 1000)
    big = tmp_path / "big.txt"
    big.write_bytes(b"Head\n" + b"Some 5 people. " * 100)
    with pytest.raises(InputError, match="too large"):
        read_path(big)
    if Path("/dev/zero").exists():
        with pytest.raises(InputError, match="too large"):
            read_path("/dev/zero")


def test_read_path_never_writes(tmp_path: Path) -> None:
    p = tmp_path / "a.md"
    p.write_text("# Head\n\nBody 5.\n", encoding="utf-8")
    os.chmod(p, 0o444)
    before = _snapshot(tmp_path)
    read_path(p)
    assert _snapshot(tmp_path) == before


@pytest.mark.parametrize(
    ("fmt", "text"),
    [
        ("markdown", "[" * 20000),
        ("markdown", "[a](" * 5000),
        ("markdown", '[a](b "' * 5000),
        ("markdown", "`` ` " * 5000),
        ("markdown", "%" * 20000 + "@x.y"),
        ("markdown", "*_" * 20000),
        ("markdown", "> - " * 5000),
        ("html", "<a " * 20000),
        ("html", '<a "' * 20000),
        ("html", "<!-- x " * 20000),
        ("html", "&amp" * 20000),
        ("text", "5 " * 50000),
    ],
)
def test_pathological_input_is_linear_enough(fmt: str, text: str) -> None:
    start = time.perf_counter()
    read_text(text, fmt)
    assert time.perf_counter() - start < 2.0
