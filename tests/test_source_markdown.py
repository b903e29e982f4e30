"""Markdown reader: what is prose, what is dropped, blocks, headline, front matter, exact spans."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from numcheck.cli import main
from numcheck.source import read_text


def md(text: str):
    return read_text(text, "markdown")


def block_texts(text: str) -> list[str]:
    doc = md(text)
    return [doc.prose[a:b] for a, b in doc.blocks]


def prose_of(text: str) -> str:
    return " ".join(" ".join(block_texts(text)).split())


DRAFT = """\
---
title: "Some 50,000 troops to attack"
date: 2024-11-02
slug: draft-2024-99
---

# Some 50,000 troops to attack

Some 50,000 troops &ndash; 11,000 of them from *North Korea* &ndash; are set to
take part, says [the report](https://example.com/2024/11/report-123).

```python
total = 12345 + 678
```

Run `count --since 2023` to see the 4,200 records. <!-- check the 777 figure -->
More at https://example.org/stats/2022/88 and <https://x.com/555>.
"""


def test_draft_quantities_only_from_prose(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "draft.md"
    path.write_text(DRAFT, encoding="utf-8")
    assert main(["quantities", str(path), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    (f,) = data["files"]
    assert f["format"] == "markdown" and f["title"] == "Some 50,000 troops to attack" and f["date"] == "2024-11-02"
    lines = DRAFT.splitlines()
    texts = []
    for q in f["quantities"]:
        assert DRAFT[q["start"] : q["end"]] == q["text"]
        line = lines[q["line"] - 1]
        assert line[q["column"] - 1 :].startswith(q["text"].split("\n")[0])
        texts.append((q["line"], q["text"]))
    found = " ".join(t for _, t in texts)
    for leaked in ("12345", "678", "2023", "777", "2022", "88", "555", "123", "99"):
        assert leaked not in found.replace(",", ""), (leaked, texts)
    # Title (front matter, line 2), heading (line 7), body (lines 9-10), prose after code (line 16).
    for line in (2, 7, 9):
        assert any(ln == line and "50,000" in t for ln, t in texts), (line, texts)
    assert any(line == 9 and "11,000" in t for line, t in texts)
    assert any(line == 16 and "4,200" in t for line, t in texts)
    title_q = next(q for q in f["quantities"] if q["line"] == 2)
    assert title_q["column"] + title_q["text"].index("50,000") == lines[1].index("50,000") + 1


def test_front_matter_title_is_the_headline_and_heading_is_body() -> None:
    doc = md(DRAFT)
    assert doc.headline == doc.blocks[0]
    assert doc.prose[doc.blocks[0][0] : doc.blocks[0][1]] == "Some 50,000 troops to attack"
    span = doc.span(*doc.blocks[0])
    assert span.line == 2 and DRAFT[span.start : span.end] == "Some 50,000 troops to attack"
    assert doc.prose[doc.blocks[1][0] : doc.blocks[1][1]] == "Some 50,000 troops to attack"  # the # heading, as body
    assert doc.date == "2024-11-02"


def test_atx_and_setext_heading_as_headline() -> None:
    assert md("# Up 5%\n\nBody 5%.\n").title == "Up 5%"
    assert md("Up 5%\n=====\n\nBody 5%.\n").title == "Up 5%"
    assert md("## Sub 5%\n\nBody 5%.\n").headline is None
    assert md("Intro 4.\n\n# Late 5%\n").headline is None  # a heading after the lead is not the headline
    assert md("# Only 5%\n").headline is None  # a lone heading is all body


def test_front_matter_variants() -> None:
    assert md("---\ntitle: 'It''s 5%'\n---\nBody.\n").title == "It's 5%"
    assert md('---\ntitle: "A \\"5\\" b"   # comment\n---\nBody.\n').title == 'A "5" b'
    assert md("---\ntitle: Plain 5 # comment\ndate: '2024-02-30'\n---\nBody.\n").title == "Plain 5"
    assert md("---\ntitle: Plain 5\ndate: '2024-02-30'\n---\nBody.\n").date is None  # not a real date
    assert md("---\ntitle: >-\n  Folded\n  5 title\ndate: 2024-11-02T10:00:00Z\n---\nBody.\n").title == "Folded 5 title"
    assert md('+++\ntitle = "Toml 5"\ndate = 2024-11-02\n+++\nBody.\n').date == "2024-11-02"
    assert md("---\nno closing\n\nBody.\n").title is None
    # Two thematic breaks around prose are not front matter.
    assert block_texts("---\nSome 5 people came.\n---\nMore 6.\n") == ["Some 5 people came.", "More 6."]
    doc = md("---\r\ntitle: Crlf 5\r\n---\r\nBody 6.\r\n")
    assert doc.title == "Crlf 5" and doc.span(*doc.blocks[0]).text == "Crlf 5"
    assert read_text("---\ndate: 2024-11-02\n---\nBody.\n", "markdown", date="2025-01-01").date == "2025-01-01"


def test_title_escapes_map_to_their_source() -> None:
    src = '---\ntitle: "caf\\u00e9 \\"50\\""\n---\nBody.\n'
    doc = md(src)
    assert doc.title == 'café "50"'
    a, b = doc.headline or (0, 0)
    span = doc.span(a + doc.prose[a:b].index("50"), a + doc.prose[a:b].index("50") + 2)
    assert span.text == "50"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a `b 5` c", "a c"),
        ("a ``b ` 5`` c", "a c"),
        ("a `unclosed 5", "a `unclosed 5"),
        ("a <!-- 5 --> c", "a c"),
        ("a <!-- 5\nstill 6 --> c", "a c"),
        ("see [the 5 report](http://x.com/6 'title 7') now", "see the 5 report now"),
        ("see [the 5 report][r] now\n\n[r]: http://x.com/6", "see the 5 report now"),
        ("see [the 5 report] now\n\n[the 5 report]: http://x.com/6", "see the 5 report now"),
        ("see [undefined 5] now", "see [undefined 5] now"),
        ("[Update]: the toll rose to 5.", "[Update]: the toll rose to 5."),  # not a link reference definition
        ("an ![image 5](img/6.png) here", "an here"),
        ("note[^7] here\n\n[^7]: The 5 note.", "note here The 5 note."),
        ("go to https://x.com/6/7. Then 5", "go to . Then 5"),
        ("www.x.org/66 and 5", "and 5"),
        ("mail ann6@x.com or <bob7@x.com> 5", "mail or 5"),
        ("a <span class='x6'>5</span> b", "a 5 b"),
        ("a <b>5</b>,000 b", "a 5,000 b"),
        ("100m<sup>2</sup> and 5%<sup>1</sup> and H<sub>2</sub>O", "100m² and 5%¹ and H₂O"),
        ("a <code>6</code> b <script>var x = 7</script> c", "a b c"),
        ("**50** and __60__ and *7*", "50 and 60 and 7"),
        ("snake_case_5 and 5 * 3 and 2*3 and ~5", "snake_case_5 and 5 * 3 and 2*3 and ~5"),
        ("~~old 5~~ new 6", "old 5 new 6"),
        ("\\*not emphasis\\* \\$5", "*not emphasis* $5"),
        ("&euro;5 &amp; &#8364;6 &#x20AC;7 &bogus; &amp", "€5 & €6 €7 &bogus; &amp"),
        ("# Heading 5 #\n\nBody.", "Heading 5 Body."),
        ("> quoted 5\n> more 6", "quoted 5 more 6"),
        ("- item 5\n- item 6\n  lazy 7", "item 5 item 6 lazy 7"),
        ("1. first 5\n2) second 6", "first 5 second 6"),
        ("Para 5.\n\n    indented 6\n\nPara 7.", "Para 5. Para 7."),
        ("```\nfenced 6\n```\nafter 5", "after 5"),
        ("~~~~\nfenced 6\n~~~\nstill 6\n~~~~\nafter 5", "after 5"),
        ("```\nunclosed 6", ""),
        ("<script>\nvar a = 6;\n\nb = 7\n</script>\nafter 5", "after 5"),
        ("| y | n |\n|---|--:|\n| 2020 | 5 |", "; y ; n ; ; 2020 ; 5 ;"),
        ("a\n***\nb", "a b"),
        ("- item\n\n    # heading in item 5", "item heading in item 5"),  # indented under the item, not code
        ("` \n> > deep 5\n\\`6\\`", "` deep 5 `6`"),  # a deeper quote starts a new block
        ("> quoted\n3. three 5", "quoted three 5"),  # a list item is not a lazy continuation of a quote
        ("| x |\n|---|\n| y 5 |\nrow 6\n3. item 7", "; x ; ; y 5 ; row 6 item 7"),  # GFM table rows
        ("- [ ] task 5\n- [x] done 6", "task 5 done 6"),
        ('a {{< figure src="x7.png" >}} b {% include n8.html %} c {{ page.n9 }} 5', "a b c 5"),
        ("a {{ unclosed 5", "a {{ unclosed 5"),
        ("Para\n---\n", "Para"),
    ],
)
def test_inline_and_block_constructs(text: str, expected: str) -> None:
    assert prose_of(text) == expected


def test_blocks_are_paragraphs_items_and_headings() -> None:
    text = "# Head 1\n\nFirst line 2\nwraps here 3.\n\n- item 4\n- item 5\n\n> quote 6\n\nLast 7.\n"
    assert block_texts(text) == ["Head 1", "First line 2 wraps here 3.", "item 4", "item 5", "quote 6", "Last 7."]


def test_ordered_item_interrupts_paragraph_only_from_one() -> None:
    assert block_texts("The year was\n2024. It rained.") == ["The year was 2024. It rained."]
    assert block_texts("Steps:\n1. first") == ["Steps:", "first"]


def test_raw_html_block_tags_split_blocks() -> None:
    assert block_texts("<table><tr><td>2020</td><td>5,000</td></tr></table>\n\nAfter 6.") == ["2020", "5,000", "After 6."]
    assert block_texts("Intro 4.<p>Para 5.</p>") == ["Intro 4.", "Para 5."]


def test_dropped_constructs_keep_words_apart() -> None:
    assert prose_of("5`code`6") == "5 6"
    assert prose_of("5<!--x-->6") == "5 6"
    assert prose_of("5<img src=x>6") == "5 6"
    assert prose_of("5<em>6</em>") == "56"  # inline formatting tags are transparent


def test_entity_maps_to_its_whole_reference() -> None:
    src = "Costs &euro;5m here, not &#8364;6m.\n"
    doc = md(src)
    i = doc.prose.index("€5m")
    assert doc.span(i, i + 3).text == "&euro;5m"
    j = doc.prose.index("€6m")
    assert doc.span(j, j + 3).text == "&#8364;6m"


def test_crlf_lines_and_columns() -> None:
    src = "# Head\r\n\r\nLine one 5\r\nline two 66.\r\n"
    doc = md(src)
    i = doc.prose.index("66")
    span = doc.span(i, i + 2)
    assert (span.line, span.column, span.text) == (4, 10, "66")
    assert src[span.start : span.end] == "66"


def test_bom_is_dropped_before_offset_zero() -> None:
    doc = read_text("\ufeff# Head\n\nBody 5.\n", "markdown")
    assert doc.source.startswith("# Head") and doc.title == "Head"
