"""The text layer: sentences, quotes, markers, speakers, and the seed article's attributions."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from numcheck.model import Source
from numcheck.source.plaintext import read_plaintext
from numcheck.text import analyse_text
from numcheck.text.markers import sentence_marks
from numcheck.text.quotes import find_quotes
from numcheck.text.sentences import split_text
from numcheck.text.speakers import Registry, format_speaker, is_outlet, parse_speaker


def _sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in split_text(text)]


# -- sentences -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mr Smith and Dr. Jones met. They agreed.", ["Mr Smith and Dr. Jones met.", "They agreed."]),
        ("He lives at No. 10 Downing St. and works there.", ["He lives at No. 10 Downing St. and works there."]),
        ("Growth was 2.5 per cent. It was 3.1 in 2023.", ["Growth was 2.5 per cent.", "It was 3.1 in 2023."]),
        ("George W. Bush spoke on Jan. 5 at 3 p.m. local time.", ["George W. Bush spoke on Jan. 5 at 3 p.m. local time."]),
        ("Talks in the U.S. ended. The U.S. Senate met.", ["Talks in the U.S. ended.", "The U.S. Senate met."]),
        ("Prices rose at Acme Inc. and its rivals.", ["Prices rose at Acme Inc. and its rivals."]),
        ("“Why now?” Mr Lee asked. Nobody replied.", ["“Why now?” Mr Lee asked.", "Nobody replied."]),
        ("“We won.” The crowd cheered.", ["“We won.”", "The crowd cheered."]),
        ("“It is over,” she said. “We go home.”", ["“It is over,” she said.", "“We go home.”"]),
        ("Wait... and see.", ["Wait... and see."]),
    ],
)
def test_sentences(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected


def test_headline_without_full_stop_is_one_sentence() -> None:
    doc = read_plaintext("Fire at mill. Hundreds flee\n\nA fire broke out. Crews came.")
    ctx = analyse_text(doc)
    assert [doc.prose[s.start : s.end] for s in ctx.sentences] == [
        "Fire at mill. Hundreds flee",
        "A fire broke out.",
        "Crews came.",
    ]
    assert ctx.sentences[0].is_headline and ctx.sentences[0].paragraph == 0


# -- quotes ----------------------------------------------------------------------------------
def _quotes(text: str) -> list[tuple[str, int]]:
    doc = read_plaintext(text)
    return [(doc.prose[q.start : q.end], q.depth) for q in find_quotes(doc.prose, doc.blocks)]


def test_quotes_curly_straight_nested_and_apostrophes() -> None:
    text = 'H\n\n“They said ‘no’ to Seoul’s plan,” he said. "Fine," she replied. The soldiers’ pay rose.'
    assert _quotes(text) == [("“They said ‘no’ to Seoul’s plan,”", 0), ("‘no’", 1), ('"Fine,"', 0)]


def test_quote_continues_over_paragraphs() -> None:
    doc = read_plaintext("H\n\n“First part.\n\n“Second part.”\n\nNarration.")
    quotes = find_quotes(doc.prose, doc.blocks)
    assert len(quotes) == 1
    q = quotes[0]
    assert doc.prose[q.start : q.end] == "“First part.\n\n“Second part.”" and len(q.pieces) == 2


def test_quote_reopened_without_close_starts_a_new_quote() -> None:
    text = 'H\n\nHe added: "We will not. We never have. "We would say no to 40 more," he said.'
    assert [t for t, _ in _quotes(text)] == ['"We will not. We never have. ', '"We would say no to 40 more,"']


def test_unclosed_quote_typo_stops_at_its_sentence() -> None:
    doc = read_plaintext('H\n\nShe said: "We will give the money. Later that day 150 people came.')
    (q,) = find_quotes(doc.prose, doc.blocks)
    assert doc.prose[q.start : q.end] == '"We will give the money.'


def test_unclosed_quote_ends_with_its_paragraph() -> None:
    doc = read_plaintext("H\n\n“Open without close, and more\n\nNarration after.")
    (q,) = find_quotes(doc.prose, doc.blocks)
    assert doc.prose[q.start : q.end] == "“Open without close, and more" and not q.closed


# -- markers ---------------------------------------------------------------------------------
def _marks(text: str) -> list[tuple[str, str]]:
    return [(m.name, text[m.start : m.end].strip(" ,")) for m in sentence_marks(text, 0, len(text))]


def test_markers_are_scoped_to_their_clause() -> None:
    text = "If talks fail, fares would rise 9%, but they fell 2% last year."
    marks = _marks(text)
    assert ("hypothetical", "If talks fail, fares would rise 9%") in marks
    assert all("fell" not in span for _, span in marks)


def test_marker_kinds() -> None:
    assert {n for n, _ in _marks("The toll was initially 12 and has since risen to 15.")} >= {"initially", "update"}
    assert {n for n, _ in _marks("Imagine that 10,000 troops leave.")} == {"hypothetical"}
    assert {n for n, _ in _marks("The firm plans to hire 200 staff.")} == {"forecast"}
    assert {n for n, _ in _marks("He said prices would rise.")} == {"forecast"}
    assert _marks("Sales were better than expected in May.") == []
    assert _marks("She asked if 40 buses came.") == []
    assert _marks("It happened in May.") == []
    assert {n for n, _ in _marks("Had the vote passed, 500 jobs would have been saved, he said.")} == {"hypothetical"}
    assert {n for n, _ in _marks("Were prices to fall, 30 firms could fail.")} >= {"hypothetical"}
    assert _marks("Had you heard of it?") == []


def test_markers_do_not_leak_across_sentences() -> None:
    doc = read_plaintext("H\n\nThe firm will hire 500 people. It hired 320 this year.")
    ctx = analyse_text(doc)
    assert "forecast" in ctx.markers_at(doc.prose.index("500"))
    assert "forecast" not in ctx.markers_at(doc.prose.index("320"))


# -- speakers --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("phrase", "speaker"),
    [
        ("Institute for the Study of War analyst, George Barros", "George Barros (Institute for the Study of War analyst)"),
        ("Secretary of State Antony Blinken", "Antony Blinken (Secretary of State)"),
        ("a researcher at the Centre for Cities, Jane Doe", "Jane Doe (researcher at the Centre for Cities)"),
        ("Jane Doe, an analyst at Nordbank", "Jane Doe (analyst at Nordbank)"),
        ("Russian President Vladimir Putin", "Vladimir Putin (Russian President)"),
        ("A Ukrainian commander", "a Ukrainian commander"),
        ("the Ministry of Defence", "the Ministry of Defence"),
        ("Mr Putin", "Mr Putin"),
        ("US officials", "US officials"),
        ("Police", "police"),
        ("John Major", "John Major"),
        ("Ladbrokes' Warren Lush", "Warren Lush (Ladbrokes)"),
        ("Commander Yuri Lasko of the 42nd Brigade", "Yuri Lasko (Commander of the 42nd Brigade)"),
        ("One of them, Castleford Energy", "Castleford Energy"),
    ],
)
def test_speaker_form(phrase: str, speaker: str) -> None:
    assert format_speaker(*parse_speaker(phrase)) == speaker


def test_outlets() -> None:
    for outlet in ("CNN", "The Times", "the BBC's Today programme", "Sky News", "AFP", "state media", "The Economist"):
        assert is_outlet(outlet), outlet
    for other in ("reporters", "the court", "Mr Smith", "Economist at the bank", "the ministry"):
        assert not is_outlet(other), other


def test_follow_ups() -> None:
    r = Registry()
    barros = r.resolve("Institute for the Study of War analyst, George Barros")
    commander = r.resolve("A Ukrainian commander")
    assert r.resolve("the unnamed commander") is commander
    assert r.resolve("Mr Barros") is barros
    assert r.resolve("he") is barros  # the latest singular person: Barros was touched last
    officials = r.resolve("US officials")
    assert r.resolve("they") is officials


def test_describe() -> None:
    assert Source().describe() == "narration"
    assert Source("quote", "George Barros (ISW analyst)", "The Times").describe() == "George Barros (ISW analyst), to The Times"
    assert Source("paraphrase", None, "Reuters").describe() == "according to Reuters"
    assert Source("paraphrase", "Antony Blinken", None, "US intelligence").describe() == "Antony Blinken, citing US intelligence"
    assert Source("quote").describe() == "unattributed quote"


# -- the seed article ------------------------------------------------------------------------
def test_seed_attributions(seed_path) -> None:
    doc = read_plaintext(seed_path.read_text(encoding="utf-8"), str(seed_path))
    ctx = analyse_text(doc)
    prose = doc.prose

    def at(phrase: str) -> Source:
        return ctx.source_at(prose.index(phrase))

    assert at("11,000 of them") == Source()
    brigades = at("three full-blooded brigades,")
    assert (brigades.kind, brigades.speaker, brigades.outlet) == ("quote", "a Ukrainian commander", "CNN")
    for phrase in ("10,000 soldiers”", "15,000 men a month"):
        src = at(phrase)
        assert src.speaker == "George Barros (Institute for the Study of War analyst)" and src.outlet == "The Times"
    blinken = at("the North Korean soldiers are equipped")
    assert blinken.speaker == "Antony Blinken (Secretary of State)" and blinken.basis == "US intelligence"
    imagine = prose.index("10,000 soldiers from the second line")
    assert ctx.source_at(imagine).speaker == "a Ukrainian commander"
    assert "hypothetical" in ctx.markers_at(imagine)
    assert "hypothetical" not in ctx.markers_at(prose.index("three full-blooded brigades a significant"))
    officials = at("they believe North Korea")
    assert (officials.speaker, officials.outlet) == ("US officials", "The Times")
    assert at("“breakthrough document”") == Source()


def test_text_layer_is_fast(seed_path) -> None:
    doc = read_plaintext(seed_path.read_text(encoding="utf-8") * 5)
    analyse_text(doc)
    t0 = time.perf_counter()
    analyse_text(doc)
    assert time.perf_counter() - t0 < 0.25  # ~5 seed articles; a few ms each on a shared machine


def _voice(text: str, phrase: str) -> Source:
    doc = read_plaintext(text)
    return analyse_text(doc).source_at(doc.prose.index(phrase))


def test_headline_attribution() -> None:
    assert _voice("Ministers say 5,000 jobs at risk\n\nUnions met on Monday.", "5,000").speaker == "ministers"
    assert _voice("Costs to double, says watchdog\n\nThe report came out.", "double").speaker == "watchdog"
    assert _voice("House prices up 2% says Halifax\n\nPrices rose.", "2%").speaker == "Halifax"
    # ambiguous headline verbs are not speech
    assert _voice("Insurance claims 'over $10bn'\n\nThe storm hit.", "10bn") == Source()
    # a headline quote does not take the body's first attribution
    src = _voice("Club 'to sell 40 players'\n\nThe chairman, Tim Bell, said the club was healthy.", "40")
    assert src.speaker is None


def test_outlet_is_carried_forward_not_backward() -> None:
    text = "H\n\nMs Lowe said 30 staff had left.\n\nMs Lowe later told the BBC that 12 more would go.\n\nShe said 5 had returned."
    assert _voice(text, "30").outlet is None
    assert _voice(text, "12").outlet == "BBC"
    assert _voice(text, "5 had").outlet == "BBC"


# -- robustness --------------------------------------------------------------------------------
_PIECES = [
    "said",
    "told",
    "CNN",
    "The Times",
    "he",
    "she",
    "they",
    "Mr Lee",
    "Dr. Ann Bo",
    "according to",
    "Reuters",
    "10,000",
    "3.5%",
    "if",
    "would",
    "initially",
    "later",
    "“",
    "”",
    '"',
    "'",
    "‘",
    "’",
    ",",
    ".",
    ":",
    ";",
    "—",
    "?",
    "!",
    "\n\n",
    "\n",
    "Imagine",
    "that",
    "the analyst",
    "citing",
    "US intelligence",
    "U.S.",
    "No.",
    "Jan.",
]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=60))
def test_any_text_gives_consistent_context(pieces: list[str]) -> None:
    text = " ".join(pieces)
    doc = read_plaintext(text)
    ctx = analyse_text(doc)
    n = len(doc.prose)
    for s in ctx.sentences:
        assert 0 <= s.start <= s.end <= n
    for v in ctx.voices:
        assert 0 <= v.start <= v.end <= n and v.source.kind in ("quote", "paraphrase")
    assert [v.start for v in ctx.voices] == sorted(v.start for v in ctx.voices)
    for m in ctx.marks:
        assert 0 <= m.start <= m.end <= n
    for pos in range(0, n, 7):
        ctx.source_at(pos)
        ctx.markers_at(pos)
