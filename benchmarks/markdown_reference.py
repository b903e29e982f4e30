"""Differential check of the Markdown reader against a CommonMark reference (markdown-it-py).

    pip install markdown-it-py   # not a numcheck dependency; only for this check
    python benchmarks/markdown_reference.py [--examples 3000]

Generated Markdown documents (the fragments of tests/test_spans_property.py: prose with numbers,
code, comments, links, images, lists, quotes, tables, headings...) are read twice: by numcheck's
Markdown reader, and by rendering them with markdown-it-py (CommonMark + GFM tables and
strikethrough) and reading the HTML with numcheck's HTML reader. The figures a reader sees must
be the same. Differences by design are excluded: bare URLs, e-mail addresses, footnotes and
template tags (numcheck drops them; CommonMark shows them), and raw HTML blocks (CommonMark shows
the Markdown inside them unparsed).
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--examples", type=int, default=3000)
    args = ap.parse_args()
    try:
        from markdown_it import MarkdownIt
    except ImportError:
        print("needs markdown-it-py: pip install markdown-it-py", file=sys.stderr)
        return 2
    from hypothesis import HealthCheck, assume, given, settings
    from hypothesis import strategies as st

    import test_spans_property as gen
    from numcheck.source import read_text

    md = MarkdownIt("commonmark").enable("table").enable("strikethrough")
    not_commonmark = ("https://", "www.", "@example", "[^", "<https", "{{", "{%")
    fragments = [f for f in gen.MD_PROSE + gen.MD_SKIPPED if not any(x in f for x in not_commonmark)]
    blocks = [*gen.MD_BLOCKS, *EXTRA_BLOCKS]

    def numbers(texts: list[str]) -> list[str]:
        return re.findall(r"\d+(?:[,.]\d+)*", " ".join(" ".join(texts).split()))

    @st.composite
    def docs(draw: st.DrawFn) -> str:
        parts = draw(st.lists(st.sampled_from(fragments + blocks), min_size=1, max_size=30))
        seps = draw(st.lists(st.sampled_from(gen.SEPARATORS), min_size=len(parts), max_size=len(parts)))
        return "".join(p + s for p, s in zip(parts, seps, strict=True)) + "\n\n[r9]: https://example.com/9\n"

    @settings(max_examples=args.examples, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(docs())
    def compare(text: str) -> None:
        assume(not any(t.type == "html_block" for t in md.parse(text)))
        mine = read_text(text, "markdown")
        html = md.render(text).replace("<h1>", "<h2>").replace("</h1>", "</h2>")  # keep text before a heading
        ref = read_text(html, "html")
        got = numbers([mine.prose[a:b] for a, b in mine.blocks])
        want = numbers([ref.prose[a:b] for a, b in ref.blocks])
        assert got == want, f"\n{text!r}\nnumcheck: {got}\nCommonMark: {want}\n{html}"

    compare()
    print(f"{args.examples} documents: numcheck's Markdown reader sees the same figures as CommonMark")
    return 0


EXTRA_BLOCKS = [
    "\n  - nested 51\n",
    "\n\n    code 92\n",
    "\n\n\tcode 93\n",
    "\n> ```\n> q 94\n> ```\n",
    "\n- item\n\n  ```\n  c 95\n  ```\n",
    "\n- item\n\n    # heading in item 57\n",
    "\n1) ord 52\n",
    "\n3. three 53\n",
    "\n* star 54\n",
    "\n+ plus 55\n",
    "\n> > deep 56\n",
    "\n   # indented heading 58\n",
    "\n\n    # not a heading 96\n",
    "\n<!-- c 97 -->after 59\n",
    "\nText 60\n---\n",
    "\n***\n",
    "\n| x 61 |\n|---|\n| y 62 |\n",
    "\n- [link 63](http://x/98)\n",
    "\n`` 64 `` 65\n",
    "\\`66\\`",
    "&#35; 67",
    "`",
    "``",
    "***bold 68***",
]

if __name__ == "__main__":
    sys.exit(main())
