"""Properties of extraction: exact spans, ordered intervals, determinism across hash seeds."""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from numcheck.engine import analyse
from numcheck.extract.pipeline import extract_sentence
from numcheck.source import read_text

WORDS = [
    "some", "about", "nearly", "more than", "up to", "at least", "fewer than", "as many as", "between", "and",
    "to", "from", "-", "–", "troops", "people", "a", "month", "per", "year", "years", "of", "them", "tens",
    "thousands", "hundreds", "dozens", "a third", "one in four", "three", "eleven", "thousand", "million", "bn",
    "m", "k", "%", "per cent", "percentage points", "$", "£", "€", "US$", "km", "miles", "30C", "(86F)", "mph",
    "rose", "fell", "won", "3-1", "aged", "45-year-old", "Boeing", "737", "F-16", "in", "2019", "June", ",", ".",
    "½", "−5", "1,000", "1.5", "50,000", "11,000", "10,000", "15,000", "12,34,567", "Smith", "the", "or",
]  # fmt: skip
NUMBERS = st.one_of(
    st.integers(min_value=-(10**7), max_value=10**9).map(lambda n: f"{n:,}"),
    st.integers(min_value=0, max_value=10**6).map(str),
    st.floats(min_value=0, max_value=1e6, allow_nan=False).map(lambda x: f"{x:.2f}"),
)
TOKENS = st.one_of(st.sampled_from(WORDS), NUMBERS)
SENTENCES = st.lists(TOKENS, min_size=1, max_size=14).map(" ".join)
SEPARATORS = st.sampled_from([" ", "", "\u00a0", "\u2009", "-", "/"])


@st.composite
def glued(draw: st.DrawFn) -> str:
    parts = draw(st.lists(TOKENS, min_size=1, max_size=10))
    out = parts[0]
    for p in parts[1:]:
        out += draw(SEPARATORS) + p
    return out


def check_quantities(text: str) -> None:
    for c in extract_sentence(text):
        assert 0 <= c.start < c.end <= len(text)
        assert c.low <= c.high or (math.isnan(c.low) and math.isnan(c.high))
        if c.value is not None:
            assert c.low <= c.value <= c.high, (text, text[c.start : c.end], c)
        else:
            assert c.vague or c.is_range or c.kind.value in ("date", "time", "year", "score", "age", "number")


@settings(max_examples=120, deadline=None)
@given(SENTENCES)
def test_intervals_are_ordered(text: str) -> None:
    check_quantities(text)


@settings(max_examples=120, deadline=None)
@given(glued())
def test_glued_tokens_never_crash(text: str) -> None:
    check_quantities(text)


@settings(max_examples=60, deadline=None)
@given(st.lists(SENTENCES, min_size=1, max_size=4), st.sampled_from(["text", "markdown"]))
def test_spans_are_source_slices(sentences: list[str], fmt: str) -> None:
    source = "Headline 5\n" + "\n\n".join(s + "." for s in sentences)
    quantities = analyse(read_text(source, fmt)).quantities
    for q in quantities:
        assert source[q.span.start : q.span.end] == q.span.text
        assert q.low <= q.high or math.isnan(q.low)
    assert [q.prose_start for q in quantities] == sorted(q.prose_start for q in quantities)


@settings(max_examples=60, deadline=None)
@given(SENTENCES)
def test_same_input_same_output(text: str) -> None:
    first = [(c.start, c.end, c.value, c.low, c.high, c.kind, c.unit) for c in extract_sentence(text)]
    again = [(c.start, c.end, c.value, c.low, c.high, c.kind, c.unit) for c in extract_sentence(text)]
    assert first == again


def test_json_is_identical_under_any_hash_seed(seed_path) -> None:  # type: ignore[no-untyped-def]
    outputs = set()
    for seed in ("0", "1", "42", "12345"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        run = subprocess.run(
            [sys.executable, "-m", "numcheck", "quantities", str(seed_path), "--format", "json"],
            capture_output=True,
            env=env,
            check=True,
        )
        json.loads(run.stdout)
        outputs.add(run.stdout)
    assert len(outputs) == 1
