"""The counted noun and its qualifiers (extract/subjects.py) and the noun lexicon (extract/nouns.py)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from numcheck.extract.nouns import demonym, is_plural, lemma
from numcheck.extract.subjects import Subject, find_subject


def subject(sentence: str, figure: str, context: str = "") -> Subject | None:
    """The subject of ``figure`` (its first occurrence) in ``sentence``, after optional ``context``."""
    prose = f"{context} {sentence}" if context else sentence
    s0 = len(prose) - len(sentence)
    m = re.search(re.escape(figure), prose[s0:])
    assert m, figure
    return find_subject(prose, s0, len(prose), s0 + m.start(), s0 + m.end())


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("troops", "troop"),
        ("men", "man"),
        ("people", "person"),
        ("casualties", "casualty"),
        ("soldiers", "soldier"),
        ("employees", "employee"),
        ("businesses", "business"),
        ("lives", "life"),
        ("staff", "staff"),
        ("news", "news"),
        ("boxes", "box"),
    ],
)
def test_lemma(word: str, expected: str) -> None:
    assert lemma(word) == expected


def test_plural_detection() -> None:
    assert is_plural("troops") and is_plural("men") and is_plural("police")
    assert not is_plural("various") and not is_plural("this") and not is_plural("glass")


@pytest.mark.parametrize(
    ("name", "expected"),
    [("North Korea", "north korean"), ("North Koreans", "north korean"), ("Britain", "british"), ("Britons", "british")],
)
def test_demonym(name: str, expected: str) -> None:
    assert demonym(name) == expected


def test_modifiers_become_qualifiers() -> None:
    s = subject("Officials said 7,000 Ethiopian troops crossed the border.", "7,000")
    assert s is not None and s.noun == "troop" and s.qualifiers == ("ethiopian",)


def test_from_place_is_the_same_qualifier_as_the_demonym() -> None:
    s = subject("About 7,000 troops from Ethiopia crossed the border.", "7,000")
    assert s is not None and s.noun == "troop" and s.qualifiers == ("ethiopian",)


def test_partitive_pronoun_takes_the_antecedent() -> None:
    s = subject("Some 20,000 fighters, 3,000 of them from Mali, joined the offensive.", "3,000")
    assert s is not None
    assert s.noun == "fighter" and s.antecedent
    assert "partitive" in s.flags and "own-qualifier" in s.flags
    assert s.qualifiers == ("malian",)


def test_partitive_pronoun_from_previous_sentence() -> None:
    s = subject("About 400 of them were released.", "400", context="Police detained hundreds of protesters on Friday.")
    assert s is not None and s.noun == "protester" and "partitive" in s.flags and "own-qualifier" not in s.flags


def test_partitive_with_determiner() -> None:
    s = subject("By Monday, 500 of the strikers had gone back to work.", "500")
    assert s is not None and s.noun == "striker" and "partitive" in s.flags


def test_vague_amount_with_of() -> None:
    s = subject("Tens of thousands of Chadian, Malian soldiers massed at the border.", "Tens of thousands")
    assert s is not None and s.noun == "soldier" and set(s.qualifiers) == {"chadian", "malian"}
    s = subject("Hundreds of troops from both countries took part.", "Hundreds")
    assert s is not None and s.qualifiers == ("(several)",)
    s = subject("Thousands of workers from the two nations applied.", "Thousands")
    assert s is not None and s.qualifiers == ("(several)",)


def test_noun_after_shipment_of() -> None:
    s = subject("It was only the first delivery of 2,500 workers.", "2,500")
    assert s is not None and s.noun == "worker"


def test_rate() -> None:
    s = subject("The plant could take in 900 men a week.", "900")
    assert s is not None and s.noun == "man" and s.rate == "week"
    s = subject("The service lost 40 staff monthly.", "40")
    assert s is not None and s.rate == "month"


def test_demonym_as_noun() -> None:
    s = subject("About 2,000 Britons were stranded.", "2,000")
    assert s is not None and s.noun == "person" and s.qualifiers == ("british",)


def test_definite_reference_without_noun() -> None:
    prose = "Rescuers found 37 miners alive. The 37 were taken to hospital."
    i = prose.rindex("37")
    s = find_subject(prose, prose.index("The 37"), len(prose), i, i + 2)
    assert s is not None and s.noun == "miner" and s.antecedent and "definite" in s.flags


def test_words_before_the_figure() -> None:
    s = subject("Another 3,000 nurses will be hired.", "3,000")
    assert s is not None and "increment" in s.flags
    s = subject("The remaining 180 workers were paid off.", "180")
    assert s is not None and "remainder" in s.flags


def test_not_counted() -> None:
    assert subject("A 45-year-old man was arrested.", "45") is None
    assert subject("Prices rose by 5 per cent.", "5") is None


def test_verb_after_noun_is_not_the_noun() -> None:
    s = subject("In all, 300 people died in the floods.", "300")
    assert s is not None and s.noun == "person"
    s = subject("Engineers said 12 bridges collapsed.", "12")
    assert s is not None and s.noun == "bridge"


_WORDS = ["the", "of", "11,000", "them", "from", "North", "Korea", "troops", "-", "–", ",", "5", "men", "a", "month", "Leeds"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=20), st.integers(0, 200), st.integers(0, 12))
def test_find_subject_never_fails(words: list[str], start: int, width: int) -> None:
    prose = " ".join(words)
    start = min(start, len(prose))
    end = min(len(prose), start + width)
    s = find_subject(prose, 0, len(prose), start, end)
    if s is not None:
        assert s.noun and s.noun == s.noun.lower()
        assert s.start == -1 or 0 <= s.start <= s.end <= len(prose)
