"""The .docx reader: paragraphs as lines, headline, date, and clear errors."""

from __future__ import annotations

import datetime as dt
import io
import json
import sys
from pathlib import Path

import pytest

from numcheck.cli import main
from numcheck.errors import InputError
from numcheck.source import read_path
from numcheck.source.docx import read_docx

docx = pytest.importorskip("docx")


def make_docx(
    *paragraphs: tuple[str, str | None], created: dt.datetime | None = None, table: list[list[str]] | None = None
) -> bytes:
    d = docx.Document()
    for text, style in paragraphs:
        d.add_paragraph(text, style=style)
    if table:
        t = d.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, cell in enumerate(row):
                t.cell(r, c).text = cell
    if created is not None:
        d.core_properties.created = created
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_paragraphs_are_lines_and_blocks() -> None:
    data = make_docx(("Some 50,000 troops", "Title"), ("Body: 11,000 of them.", None), ("", None), ("Last 10,000.", None))
    doc = read_docx(data, "a.docx")
    assert doc.source == "Some 50,000 troops\nBody: 11,000 of them.\n\nLast 10,000."
    assert doc.format == "docx" and doc.title == "Some 50,000 troops" and doc.headline == doc.blocks[0]
    assert [doc.prose[a:b] for a, b in doc.blocks] == ["Some 50,000 troops", "Body: 11,000 of them.", "Last 10,000."]
    i = doc.prose.index("10,000")
    span = doc.span(i, i + 6)
    assert (span.line, span.column, span.text) == (4, 6, "10,000")


def test_title_style_wins_and_earlier_paragraphs_are_not_checked() -> None:
    data = make_docx(("KICKER 7", None), ("Head 5", "Title"), ("Body 5.", None))
    doc = read_docx(data, "a.docx")
    assert doc.title == "Head 5"
    assert [doc.prose[a:b] for a, b in doc.blocks] == ["Head 5", "Body 5."]


def test_first_paragraph_is_headline_without_title_style() -> None:
    doc = read_docx(make_docx(("Head 5", None), ("Body 5.", None)), "a.docx")
    assert doc.title == "Head 5"
    assert read_docx(make_docx(("Only 5.", None)), "a.docx").headline is None


def test_tracked_changes_fields_and_notes() -> None:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    d = docx.Document()
    d.add_paragraph("Head")
    p = d.add_paragraph("Troops: ")
    runs = (
        '<w:ins w:id="1" w:author="a"><w:r><w:t xml:space="preserve">5,000 </w:t></w:r></w:ins>'
        '<w:del w:id="2" w:author="a"><w:r><w:delText>4,000 </w:delText></w:r></w:del>'
        '<w:r><w:t>came</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r>'
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE 7 </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:tab/><w:t>x</w:t><w:br/><w:t>y</w:t></w:r>'
    )
    for el in parse_xml(f"<w:p {nsdecls('w')}>{runs}</w:p>"):
        p._p.append(el)
    buf = io.BytesIO()
    d.save(buf)
    doc = read_docx(buf.getvalue(), "a.docx")
    assert doc.source == "Head\nTroops: 5,000 came\tx\ny"


def test_tables_are_read_cell_by_cell() -> None:
    doc = read_docx(make_docx(("Head", None), table=[["2020", "5,000"], ["2021", "6,000"]]), "a.docx")
    assert doc.source.split("\n") == ["Head", "2020", "5,000", "2021", "6,000"]


def test_created_date() -> None:
    doc = read_docx(make_docx(("Head", None), ("Body.", None), created=dt.datetime(2024, 11, 2, 9, 30)), "a.docx")
    assert doc.date == "2024-11-02"
    assert read_docx(make_docx(("Head", None), ("Body.", None)), "a.docx").date is None  # python-docx's template date
    assert read_docx(make_docx(("Head", None)), "a.docx", date="2025-01-01").date == "2025-01-01"


def test_unreadable_and_empty_docx() -> None:
    with pytest.raises(InputError, match=r"bad\.docx: not a readable \.docx"):
        read_docx(b"PK\x03\x04 not really a zip", "bad.docx")
    with pytest.raises(InputError, match=r"e\.docx: document has no text"):
        read_docx(make_docx(("", None)), "e.docx")


def test_missing_python_docx_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "docx", None)
    with pytest.raises(InputError, match=r"numcheck\[docx\]"):
        read_docx(b"", "x.docx")


def test_cli_reads_docx_and_reports_bad_ones(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = tmp_path / "good.docx"
    good.write_bytes(make_docx(("Head 50,000", None), ("Some 50,000 troops came.", None)))
    (tmp_path / "bad.docx").write_bytes(b"garbage")
    assert main(["quantities", str(tmp_path), "--format", "json"]) == 2
    out = capsys.readouterr()
    data = json.loads(out.out)
    assert [f["path"] for f in data["files"]] == [str(good)]
    assert data["files"][0]["format"] == "docx"
    source = read_path(good).source
    for q in data["files"][0]["quantities"]:
        assert source[q["start"] : q["end"]] == q["text"]
    assert "bad.docx" in out.err and "Traceback" not in out.err and len(out.err.strip().splitlines()) == 1
