"""HTML reader: visible text only, blocks, headline, date, entities with exact spans."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from numcheck.cli import main
from numcheck.source import read_text


def html(text: str):
    return read_text(text, "html")


def block_texts(text: str) -> list[str]:
    doc = html(text)
    return [" ".join(doc.prose[a:b].split()) for a, b in doc.blocks]


PAGE = """\
<!DOCTYPE html>
<html><head><title>Site | Troops 50,000</title>
<meta property="article:published_time" content="2024-11-02T10:00:00Z">
<script>var n = 12345; if (a < 6) {}</script><style>.x { width: 777px }</style></head>
<body><nav><a href="/1">Home 1</a> <a href="/2">News 2</a></nav>
<h1>Some 50,000 troops</h1>
<p>Some 50,000 troops &ndash; 11,000 of them &ndash; cost &euro;5m&nbsp;a day &amp 3 <b>more</b>.<!-- 888 --></p>
<pre>99 99</pre><p>Code <code>4321</code> aside, <a href="https://x.com/2022/55">the 4,200 records</a>.</p>
<ul><li>15 people<li>20% rate</ul>
</body></html>
"""


def test_page_blocks_headline_and_date() -> None:
    doc = html(PAGE)
    assert doc.title == "Some 50,000 troops"
    assert doc.date == "2024-11-02"
    assert doc.headline == doc.blocks[0]
    assert block_texts(PAGE) == [
        "Some 50,000 troops",
        "Some 50,000 troops – 11,000 of them – cost €5m a day & 3 more.",
        "Code aside, the 4,200 records.",
        "15 people",
        "20% rate",
    ]
    for leaked in ("12345", "777", "888", "99", "4321", "2022", "55"):
        assert leaked not in doc.prose
    assert "Home" not in " ".join(block_texts(PAGE)) and "Site" not in " ".join(block_texts(PAGE))


def test_quantities_json_spans(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    assert main(["quantities", str(path), "--format", "json"]) == 0
    (f,) = json.loads(capsys.readouterr().out)["files"]
    assert f["format"] == "html" and f["date"] == "2024-11-02"
    lines = PAGE.splitlines()
    texts = [q["text"] for q in f["quantities"]]
    for q in f["quantities"]:
        assert PAGE[q["start"] : q["end"]] == q["text"]
        assert lines[q["line"] - 1][q["column"] - 1 :].startswith(q["text"].split("\n")[0])
    assert any("&euro;5m" in t for t in texts), texts
    assert any("4,200" in t for t in texts)


def test_title_is_headline_without_h1() -> None:
    doc = html("<html><head><title>Up 5% &amp; more</title></head><body><p>Body 5%.</p></body></html>")
    assert doc.title == "Up 5% & more" and doc.headline == doc.blocks[0]
    assert html("<p>Just 5.</p><p>And 6.</p>").headline is None
    assert (
        html("<title>Troops 5,000 mass on border | The Daily Example</title><p>Body.</p>").title == "Troops 5,000 mass on border"
    )
    assert html("<title>Score 2 - 1</title><p>Body.</p>").title == "Score 2 - 1"


def test_content_before_h1_is_not_checked() -> None:
    assert block_texts("<div>Menu 7</div><h1>Head 5</h1><p>Body 6.</p>") == ["Head 5", "Body 6."]


def test_time_datetime_gives_the_date() -> None:
    assert html("<p>On <time datetime='2024-03-05'>Tuesday</time> 5 fell.</p>").date == "2024-03-05"
    assert html("<p><time datetime='soon'>x</time></p>").date is None
    assert read_text("<meta name='date' content='2024-01-02'><p>x</p>", "html", date="2025-01-01").date == "2025-01-01"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("<p>a 5<br>b 6</p>", ["a 5 b 6"]),
        ("<p>a 5<br><br>b 6</p>", ["a 5", "b 6"]),
        ("<p>5<img src=x>6</p>", ["5 6"]),
        ("<p>5<em>6</em></p>", ["56"]),
        ("<table><tr><td>2020</td><td>5,000</td></tr></table>", ["2020", "5,000"]),
        ("<p>a < b and 5 > 3</p>", ["a < b and 5 > 3"]),
        ("<p>&copy2024 &#128; &#0; &#x110000;</p>", ["©2024 € \ufffd \ufffd"]),
        ("<p>x<!-- unterminated 9", ["x"]),
        ("<p>x</p><script>unterminated 9", ["x"]),
        ("<p>x <code>9 <p>still code 9</code> y</p>", ["x y"]),
        ("<p>x <code>9</p><p>y 5</p>", ["x", "y 5"]),  # an unclosed <code> ends with its block
        ("<head><title>T</title><p>implied body 5</p>", ["T", "implied body 5"]),
        ("<P CLASS=x>Upper 5</P><SCRIPT>9</SCRIPT>", ["Upper 5"]),
        ("<p title='a > 9'>quoted attr 5</p>", ["quoted attr 5"]),
        ("<p>a 5<span hidden>9</span> <div aria-hidden='true'>9</div></p><footer>© 2019</footer>", ["a 5"]),
        ("<p data-hidden='x'>shown 5</p><p class=unhidden>shown 6</p>", ["shown 5", "shown 6"]),
        ("<p>100m<sup>2</sup>, up 5%<sup>1</sup>, the 5<sup>th</sup>, CO<sub>2</sub></p>", ["100m², up 5%¹, the 5th, CO₂"]),
        ("<p>x<sup>1<p>y 5</p>", ["x¹", "y 5"]),  # an unclosed <sup> ends with its block
    ],
)
def test_constructs(text: str, expected: list[str]) -> None:
    assert block_texts(text) == expected


def test_entity_span_covers_the_reference() -> None:
    src = "<p>cost &euro;5m or &#8364;6m or &pound7m</p>"
    doc = html(src)
    for want, ref in (("€5m", "&euro;5m"), ("€6m", "&#8364;6m"), ("£7m", "&pound7m")):
        i = doc.prose.index(want)
        assert doc.span(i, i + 3).text == ref


def test_crlf_positions() -> None:
    src = "<h1>Head</h1>\r\n<p>Line one\r\nline two 66.</p>\r\n"
    doc = html(src)
    i = doc.prose.index("66")
    span = doc.span(i, i + 2)
    assert (span.line, span.column, span.text) == (3, 10, "66")
