"""Modality and time markers, each scoped to the clause it governs.

Marker strings (stable; rules test for them):

``hypothetical``
    A supposed situation: "imagine (that)", "suppose", "what if", "if", "unless", "in the
    event of", "were to", "assuming", an inverted condition opening the sentence ("Had the
    vote passed, …", "Were prices to fall, …"), counterfactuals ("would/could/might have"),
    and "would" outside reported speech. Scope: the
    sentence part between strong boundaries (``;``, ", but", ", while", ", whereas",
    ", although", ", though", ", yet"), so "If talks fail, prices would hit $100, but they
    stood at $80" marks $100 and not $80.
``forecast``
    A prediction, plan or possibility: "will", "'ll", "shall", "could", "may", "might",
    "expects to", "is expected to", "forecast", "predicts", "projected", "plans to", "aims
    to", "intends to", "hopes to", "is set to", "is going to", "is due to (do)", "likely to",
    "on course/track to", "poised to", and "would" in reported speech ("he said prices would
    rise"). Scope: the clause (strong boundaries plus ", and", ", which", ", who", ", when",
    ", after", ", before", ", as", ":").
``estimate``
    "estimated", "estimates", "an estimated", "reckons", "calculated". Scope: the clause.
``initially``
    The first or an earlier report of a figure: "initially", "originally", "at first",
    "first reported", "earlier", "previously", "early reports". Scope: the clause. "earlier"
    after a period compares periods and is not marked ("up from £350m a year earlier", "against
    280 a week earlier"); "Two days earlier, police had said 12" is.
``later``
    A later report: "later", "subsequently", "since then". Scope: the clause.
``update``
    A figure stated as the current state of a changing count: "has since", "as of (Monday)",
    "revised", "updated", "latest figures/toll/count/estimate", "now stands at", "now totals",
    "the toll rose/climbed". Scope: the clause.

A speech verb can add a marker to the statement it introduces ("predicted that" → forecast,
"estimated that" → estimate); that marker lives on the :class:`~numcheck.text.context.Voice`,
not here. One marker comes only from speech verbs:

``denied``
    The speaker denies the statement ("The airline denied that 300 flights were cancelled"):
    the figure is what the speaker disputes, not what it claims.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from numcheck.text.context import Mark, Sentence

_STRONG = re.compile(
    r";|,\s+(?:but|while|whereas|although|though|yet)\b|\s[–—-]\s+but\b|\bbut\s+(?=\w+\s+(?:is|are|was|were|has|have|had)\b)"
)
_WEAK = re.compile(r",\s+(?:and|which|who|when|after|before|as|with)\b|:\s")

_R = re.IGNORECASE
_PATTERNS: list[tuple[re.Pattern[str], str, bool]] = [
    # (pattern, marker, strong scope)
    (
        re.compile(r"\b(?:imagine|suppose|supposing|assuming|hypothetically)\b|\bwhat if\b|\bin the event (?:of|that)\b", _R),
        "hypothetical",
        True,
    ),
    (re.compile(r"\b(?:if|unless)\b|\b(?:were|was) to\b", _R), "hypothetical", True),
    (re.compile(r"\bwould\b|\w'd\b", _R), "hypothetical", False),
    (
        re.compile(
            r"\b(?:will|shall|could|might|won't|wo n't)\b|\w'll\b|(?-i:\bmay\b)"
            r"|\b(?:expects?|expected|expecting) (?:to|that)\b|\b(?:is|are|was|were|be|being) expected\b"
            r"|\b(?:expects?|expecting) (?:[\w'’-]+ ){1,3}?to (?!the\b|a\b|an\b)\w"
            r"|\bforecasts?\b|\bforecasting\b|\bpredict(?:s|ed|ing|ions?)?\b|\bprojected\b|\bprojections?\b"
            r"|\b(?:plans?|planned|planning|aims?|aimed|aiming|intends?|intended|hopes?|hoped|hoping) to\b"
            r"|\b(?:is|are|was|were|be) (?:set|going|poised|likely|unlikely|due) to (?!the\b|a\b|an\b|its?\b|their\b|his\b|her\b)"
            r"|\bon (?:course|track) to\b",
            _R,
        ),
        "forecast",
        False,
    ),
    (re.compile(r"\b(?:an |the )?estimated\b|\bestimates?\b|\breckons?\b|\bcalculated\b", _R), "estimate", False),
    (
        re.compile(r"\b(?:initially|originally|previously|earlier)\b|\bat first\b|\bfirst reported\b|\bearly reports?\b", _R),
        "initially",
        False,
    ),
    (re.compile(r"\b(?:later|subsequently)\b|\bsince then\b", _R), "later", False),
    (
        re.compile(
            r"\b(?:has|have|had) since\b|\bas of\b|\brevised\b|\bupdated\b"
            r"|\blatest (?:figures?|toll|count|tally|estimates?|data|numbers?)\b"
            r"|\bnow (?:stands?|stood|totals?|numbers?)\b"
            r"|\b(?:toll|tally|count) (?:has |had )?(?:rose|risen|climbed|increased|jumped)\b",
            _R,
        ),
        "update",
        False,
    ),
    # counterfactuals: "would have", "could have" (never a forecast)
    (re.compile(r"\b(?:would|could|might|should)(?:n't|\s+not)?\s+have\b", _R), "hypothetical", False),
    # an inverted condition opening the sentence: "Had the vote passed, …", "Were prices to fall, …"
    (re.compile(r"(?:Had|Were|Should)\s+[A-Za-z]+\b(?=[^,?]*,)"), "hypothetical", True),
]
# Words before "if" that make it an indirect question, not a condition ("asked if").
_NOT_CONDITIONAL = re.compile(
    r"\b(?:ask|asked|asking|asks|see|seeing|know|knows|knew|decide|decided|determine|check|checking|wonder|wondered|unclear|clear|whether|sure)\s+$",
    _R,
)
_NOT_WILL = re.compile(r"\b(?:the|a|free|good|political|his|her|their|its|own|ill)\s+$", _R)
_NOT_EXPECTED = re.compile(r"\b(?:than|as)\s+$", _R)
_PAST_SPEECH = re.compile(
    r"\b(?:said|told|added|warned|claimed|argued|insisted|predicted|believed|thought|feared|expected|announced|stated|explained"
    r"|saying|adding|insisting|warning|claiming|arguing|explaining|noting|telling)\b",
    _R,
)


# First words of each pattern: a sentence is scanned word by word and a pattern is tried
# only where one of its first words stands (much faster than one big alternation).
_FIRST_WORDS = [
    "imagine suppose supposing assuming hypothetically what in",
    "if unless were was",
    "would",
    "will shall could might won't wo may expects expect expected expecting is are was were be being forecast forecasts "
    "forecasting predict predicts predicted predicting prediction predictions projected projection projections plan plans "
    "planned planning aim aims aimed aiming intend intends intended hope hopes hoped hoping on",
    "an the estimated estimates estimate reckon reckons calculated",
    "initially originally previously earlier at first early",
    "later subsequently since",
    "has have had as revised updated latest now toll tally count",
    "would could might should",
    "had were should",
]
_TRIGGERS: dict[str, list[int]] = {}
for _i, _words in enumerate(_FIRST_WORDS):
    for _w in _words.split():
        _TRIGGERS.setdefault(_w, []).append(_i)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")
_HAVE = re.compile(r"(?:n't|\s+not)?\s+have\b")
_THAN = re.compile(r"\s+than\b")
# "earlier" after a period compares periods ("up from £350m a year earlier", "the same quarter a
# year earlier", "against 300 a week earlier"); it reports an earlier figure only when no
# comparison word precedes and the period is short ("Two days earlier, police had said 12").
_PERIOD_BEFORE = re.compile(
    r"\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|several|some|few|\d+|the)\s+"
    r"(?:(?:full|calendar|financial|fiscal)\s+)?(?P<unit>years?|months?|quarters?|weeks?|days?|decades?|seasons?|"
    r"half|period|fortnight)\s+$",
    _R,
)
_COMPARISON_BEFORE = re.compile(r"\b(?:from|with|against|versus|vs|than|compared|up|down)\b", _R)


def _candidates(text: str) -> Iterator[tuple[re.Match[str], int]]:
    """(match, pattern index) for every marker found in a sentence, in order."""
    for w in _WORD.finditer(text):
        low = w.group().lower()
        found = _TRIGGERS.get(low)
        if found is None:
            if ("'" in low or "’" in low) and low[-2:] in ("ll", "'d", "’d"):
                yield w, (3 if low.endswith("ll") else 2)
            continue
        for i in found:
            m = _PATTERNS[i][0].match(text, w.start())
            if m:
                yield m, i


def _period_comparison(head: str) -> bool:
    period = _PERIOD_BEFORE.search(head)
    if period is None:
        return False
    unit = period["unit"].lower()
    return not unit.startswith(("day", "week", "fortnight")) or bool(_COMPARISON_BEFORE.search(head, 0, period.start()))


def find_marks(prose: str, sentences: list[Sentence] | tuple[Sentence, ...]) -> list[Mark]:
    """Marker spans of every sentence, in document order."""
    out: list[Mark] = []
    for s in sentences:
        out.extend(sentence_marks(prose, s.start, s.end))
    return out


def sentence_marks(prose: str, start: int, end: int) -> list[Mark]:
    """Marker spans of one sentence ``prose[start:end]`` (offsets in prose coordinates)."""
    text = prose[start:end]
    strong: list[tuple[int, int]] | None = None
    weak: list[tuple[int, int]] = []
    found: dict[tuple[int, int, str], None] = {}
    for m, index in _candidates(text):
        _, name, wide = _PATTERNS[index]
        word = m.group().lower()
        if index == len(_PATTERNS) - 1 and text[: m.start()].strip(" “\"‘'("):
            continue  # the inversion must open the sentence
        if index == 2 and _HAVE.match(text, m.end()):
            continue  # "would have": a counterfactual, marked by its own pattern
        head = text[max(0, m.start() - 30) : m.start()]
        if word in ("if", "unless") and _NOT_CONDITIONAL.search(head):
            continue
        if word in ("will", "may") and _NOT_WILL.search(head):
            continue
        if name == "forecast" and word.startswith("expected") and _NOT_EXPECTED.search(head):
            continue
        if word in ("earlier", "later") and _THAN.match(text, m.end()):
            continue
        if word == "earlier" and _period_comparison(text[max(0, m.start() - 60) : m.start()]):
            continue  # "up from £350m a year earlier"
        if strong is None:
            strong = _segments(text, _STRONG, [(0, len(text))])
            weak = _segments(text, _WEAK, strong)
        a, b = _scope(strong if wide else weak, m.start())
        marker = name
        if name == "hypothetical" and index == 2 and _PAST_SPEECH.search(text):
            marker = "forecast"  # "he said troops would arrive": future in the past
        found[(start + a, start + b, marker)] = None
    return [Mark(a, b, n) for a, b, n in sorted(found)]


def _segments(text: str, pattern: re.Pattern[str], within: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for a, b in within:
        cut = a
        for m in pattern.finditer(text, a, b):
            if m.start() > cut:
                out.append((cut, m.start()))
            cut = m.start()
        out.append((cut, b))
    return out


def _scope(segments: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    for a, b in segments:
        if a <= pos < b:
            return a, b
    return segments[-1]
