"""Format equivalence: the same article as plain text, Markdown, HTML and .docx gives the same figures.

    python benchmarks/formats.py [--sample 200] [--docx] [--show 10]

Each BBC article is rendered four ways — plain text (title line, then paragraphs), Markdown
(``# title``, paragraphs soft-wrapped at 72 columns, Markdown characters escaped, ``&`` and
``<`` as character references, some words emphasised), HTML (``<h1>`` and ``<p>``, escaped,
non-ASCII as numeric references) and, with --docx, a Word file — and every rendering must
yield the same quantities (prose text, value, interval, kind, unit) and the same findings
(rule and evidence values). Every span must also slice its source exactly. Differences point
at reader bugs (or at wrapping-sensitive heuristics) and are printed.
"""

from __future__ import annotations

import argparse
import html
import io
import json
import re
import sys
import textwrap
import time
from pathlib import Path
from typing import Any

from numcheck.engine import check_document
from numcheck.model import Report
from numcheck.source import read_bytes, read_text
from numcheck.source.document import SourceDocument

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "bbc_news_2225" / "bbc_news.jsonl"
_MD_SPECIAL = re.compile(r"([\\`*_\[\]!|~])")
_MD_LINE_START = re.compile(r"^(\s*)(?:(#|>|[-+*]\s|=+\s*$|-+\s*$)|\d+([.)])\s)")


def as_markdown(title: str, paragraphs: list[str]) -> str:
    def esc(text: str) -> str:
        text = _MD_SPECIAL.sub(r"\\\1", text.replace("&", "&amp;").replace("<", "&lt;"))
        return re.sub(r"\b(profits?|said)\b", r"*\1*", text)  # some emphasis to strip

    out = [f"# {esc(title)}", ""]
    for p in paragraphs:
        for line in textwrap.wrap(esc(p), 72, break_long_words=False, break_on_hyphens=False):
            m = _MD_LINE_START.match(line)
            at = None if m is None else m.start(3) if m.group(3) else m.end(1)
            out.append(line if at is None else line[:at] + "\\" + line[at:])
        out.append("")
    return "\n".join(out)


def as_html(title: str, paragraphs: list[str]) -> str:
    def esc(text: str) -> str:
        return html.escape(text, quote=False).encode("ascii", "xmlcharrefreplace").decode()

    body = "\n".join(f"<p>{esc(p)}</p>" for p in paragraphs)
    return f"<!DOCTYPE html>\n<html><head><title>Site</title></head>\n<body>\n<h1>{esc(title)}</h1>\n{body}\n</body></html>\n"


def as_docx(title: str, paragraphs: list[str]) -> bytes:
    import docx

    d = docx.Document()
    d.add_paragraph(title, style="Title")
    for p in paragraphs:
        d.add_paragraph(p)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def signature(doc: SourceDocument, report: Report) -> tuple[list[Any], list[Any]]:
    quantities = [
        (" ".join(doc.prose[q.prose_start : q.prose_end].split()), q.value, q.low, q.high, str(q.kind), q.unit)
        for q in report.quantities
    ]
    findings = [(f.rule, tuple((e.value, e.unit) for e in f.evidence)) for f in report.findings]
    return quantities, findings


def exact(doc: SourceDocument, report: Report) -> list[str]:
    bad = [f"quantity {q.text!r}" for q in report.quantities if doc.source[q.start : q.end] != q.text]
    bad += [
        f"evidence {e.span.text!r}"
        for f in report.findings
        for e in f.evidence
        if doc.source[e.span.start : e.span.end] != e.span.text
    ]
    return bad


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=DEFAULT)
    ap.add_argument("--sample", type=int, default=200, help="about this many articles (0: all)")
    ap.add_argument("--docx", action="store_true", help="also compare .docx renderings (slower)")
    ap.add_argument("--ids", default="", help="comma-separated article ids to check (default: the sample)")
    ap.add_argument("--show", type=int, default=10, help="print at most this many differences")
    args = ap.parse_args()
    if not args.corpus.is_file():
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return 2
    records = [json.loads(line) for line in args.corpus.read_text(encoding="utf-8").splitlines()]
    records = [r for r in records if not r.get("duplicate_of")]
    if args.ids:
        records = [r for r in records if r["id"] in set(args.ids.split(","))]
    elif args.sample:
        records = records[:: max(1, len(records) // args.sample)]
    differ: dict[str, int] = {}
    inexact = 0
    shown = 0
    t0 = time.perf_counter()
    for rec in records:
        paragraphs = [" ".join(p.split()) for p in rec["text"].split("\n\n") if p.strip()]
        title = " ".join(rec["title"].split())
        renderings: dict[str, SourceDocument] = {
            "text": read_text("\n".join([title, *paragraphs]) + "\n", "text", rec["id"]),
            "markdown": read_text(as_markdown(title, paragraphs), "markdown", rec["id"] + ".md"),
            "html": read_text(as_html(title, paragraphs), "html", rec["id"] + ".html"),
        }
        if args.docx:
            renderings["docx"] = read_bytes(as_docx(title, paragraphs), "docx", rec["id"] + ".docx")
        sigs = {}
        for fmt, doc in renderings.items():
            report = check_document(doc)
            problems = exact(doc, report)
            if problems:
                inexact += 1
                print(f"{doc.path}: inexact spans: {problems[:3]}")
            sigs[fmt] = signature(doc, report)
        for fmt, sig in sigs.items():
            if fmt == "text" or sig == sigs["text"]:
                continue
            differ[fmt] = differ.get(fmt, 0) + 1
            if shown < args.show:
                shown += 1
                for what, a, b in (("quantities", sigs["text"][0], sig[0]), ("findings", sigs["text"][1], sig[1])):
                    only_text = [x for x in a if x not in b]
                    only_fmt = [x for x in b if x not in a]
                    if only_text or only_fmt:
                        print(f"{rec['id']} {fmt} {what}: text only {only_text[:4]}  {fmt} only {only_fmt[:4]}")
                    elif a != b:
                        print(f"{rec['id']} {fmt} {what}: same items in another order")
    secs = time.perf_counter() - t0
    print(f"\narticles: {len(records)}  seconds: {secs:.1f}  inexact renderings: {inexact}")
    for fmt in ("markdown", "html", "docx"):
        if fmt in differ or (fmt != "docx" or args.docx):
            print(f"  {fmt}: {differ.get(fmt, 0)} articles differ from plain text")
    return 0


if __name__ == "__main__":
    sys.exit(main())
