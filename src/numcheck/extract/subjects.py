"""The thing counted and its qualifiers ("11,000 North Korean troops" → troop; north korean).

Owned by the same-measure work (issue 5). Interface used by the extraction pipeline:
``find_subject(prose, sentence_start, sentence_end, start, end)`` with prose offsets of the
sentence and of the quantity; returns a :class:`Subject` or ``None``.

What is read, all with a small lexicon (:mod:`numcheck.extract.nouns`), no model:

- the noun phrase after the figure, skipping modifiers ("11,000 North Korean troops"; "15,000
  men a month" is a rate: flag ``rate:month``);
- "of" phrases: "tens of thousands of troops" (the noun itself), "11,000 of them" and "500 of
  the workers" (a part of something named before: flag ``partitive``; a pronoun is resolved to
  the nearest plural noun before it, in the sentence or the one before);
- qualifiers after the noun: "troops from North Korea" → "north korean" (demonyms and place
  names share one form), "from both countries" → "(several)";
- demonyms as nouns: "2,000 North Koreans" → person; north korean;
- "the 11,000" with no noun: the earlier mention of the same figure gives the subject
  (flag ``definite``);
- a noun before the figure when none follows: "the death toll stood at 250" (person), "a crowd
  of 40,000" (spectator), "the number of refugees is 12,000" (flag ``before``);
- words before the figure: "another 5,000" (``increment``), "the remaining 200"
  (``remainder``), "a total of 900" (``total``), "the 11,000" (``definite``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from numcheck.extract.nouns import (
    INCREMENT,
    PRONOUNS_PLURAL,
    REMAINDER,
    STOP,
    demonym,
    is_plural,
    lemma,
)


@dataclass(frozen=True, slots=True)
class Subject:
    """A counted noun, normalised (lemma, lower case), with its qualifiers and where it stands."""

    noun: str
    qualifiers: tuple[str, ...] = ()
    start: int = -1  # prose span of the noun phrase, or -1 when resolved from an antecedent
    end: int = -1
    antecedent: bool = False  # resolved through "of them", "the 11,000", ...
    # partitive ("own-qualifier" when the part names its own: "11,000 of them from North Korea"),
    # definite, increment, remainder, total, rate:<unit>
    flags: tuple[str, ...] = ()
    phrase_end: int = -1  # prose end of everything read after the figure (noun, "of them", "from X")

    @property
    def rate(self) -> str | None:
        """The time unit of a rate ("month" in "15,000 men a month"), or ``None``."""
        for f in self.flags:
            if f.startswith("rate:"):
                return f[5:]
        return None


_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’.\-]*[A-Za-z]|[A-Za-z]|\d[\d,.]*\d|\d|[^\sA-Za-z\d]")
_SCALE = frozenset({"thousand", "thousands", "million", "millions", "billion", "billions", "hundred", "hundreds", "trillion"})
_DETERMINERS = frozenset({"the", "its", "their", "his", "her", "our", "your", "these", "those", "all", "my"})
_TIME_UNITS = {
    "second": "second",
    "minute": "minute",
    "hour": "hour",
    "day": "day",
    "night": "day",
    "week": "week",
    "fortnight": "fortnight",
    "month": "month",
    "quarter": "quarter",
    "year": "year",
    "annum": "year",
    "season": "season",
    "decade": "decade",
}
_RATE_ADVERBS = {"daily": "day", "weekly": "week", "monthly": "month", "annually": "year", "yearly": "year", "hourly": "hour"}
_SEVERAL = frozenset(
    {"both", "all", "several", "many", "various", "other", "two", "three", "four", "five", "six", "seven", "eight", "nine"}
    | {"ten", "dozens", "hundreds", "numerous", "multiple"}
)
_PLACE_NOUNS = frozenset(
    {"nation", "country", "state", "side", "region", "province", "city", "town", "village", "community", "party"}
    | {"group", "tribe", "continent", "territory", "island", "county", "district", "camp"}
)
_MONTHS = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november"}
    | {"december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
)
_NOT_NOUN_SUFFIX = ("ly",)
_UNITS_AFTER = frozenset({"per", "percent", "pc", "%", "pct"})


@dataclass(frozen=True, slots=True)
class _Tok:
    text: str
    start: int
    end: int

    @property
    def low(self) -> str:
        return self.text.lower()

    @property
    def word(self) -> bool:
        return self.text[0].isalpha()

    @property
    def cap(self) -> bool:
        return self.text[0].isupper()


def _tokens(prose: str, start: int, end: int) -> list[_Tok]:
    return [_Tok(m.group(), start + m.start(), start + m.end()) for m in _TOKEN.finditer(prose[start:end])]


def find_subject(prose: str, sentence_start: int, sentence_end: int, start: int, end: int) -> Subject | None:
    """The subject of the quantity at ``prose[start:end]``, or ``None`` when nothing is counted."""
    return _find(prose, sentence_start, sentence_end, start, end, depth=0)


def _find(prose: str, s0: int, s1: int, start: int, end: int, depth: int) -> Subject | None:
    if end < len(prose) and prose[end : end + 1] in "-‑" and end + 1 < len(prose) and prose[end + 1].isalpha():
        if prose[end + 1 : end + 7].lower() == "strong":  # "a 5,000-strong force": the force has 5,000 members
            toks = _tokens(prose, end + 7, max(end + 7, s1))
            sub = _noun_phrase(toks, 0, (), True)
            k = next((n for n, t in enumerate(toks) if sub is not None and t.end == sub.end), -1)
            if sub is not None and sub.noun in _COLLECTIVE and k + 1 < len(toks) and toks[k + 1].low == "of":
                sub = _noun_phrase(toks, k + 2, (), False) or sub  # "a 5,000-strong force of Chadian soldiers"
            if sub is not None:
                return Subject(
                    _COLLECTIVE.get(sub.noun, sub.noun), sub.qualifiers, sub.start, sub.end, False, ("strong",), sub.phrase_end
                )
        return None  # "50-year-old", "10-page": the figure modifies the noun, it does not count it
    toks = _tokens(prose, end, max(end, s1))
    pre = _before_flags(prose, s0, start)
    i = 0
    while i < len(toks) and toks[i].low in _SCALE:
        i += 1
    if i < len(toks) and toks[i].low in _UNITS_AFTER:
        return None
    flags = list(pre)
    if i < len(toks) and toks[i].low == "of" and i + 1 < len(toks):
        nxt = toks[i + 1]
        if nxt.low in PRONOUNS_PLURAL:
            ante = _antecedent(prose, s0, start)
            if ante is None:
                return None
            quals, j, extra = _post_modifiers(toks, i + 2)
            phrase_end = toks[j - 1].end if j > i + 2 else nxt.end
            return Subject(
                ante.noun,
                _merge(ante.qualifiers, quals),
                -1,
                -1,
                True,
                _merge(tuple(flags), ("partitive", *(("own-qualifier",) if quals else ()), *extra)),
                phrase_end,
            )
        if nxt.low in _DETERMINERS:
            flags.append("partitive")
            i += 2
        elif nxt.word:
            i += 1
    figure = prose[start:end].strip().lower()
    plain = figure.replace(",", "").replace(".", "")
    # a singular head only after one, or after money and scaled figures ("a £4.5m contract")
    singular = figure in {"1", "one", "a", "an", "single"} or (any(c.isdigit() for c in plain) and not plain.isdigit())
    sub = _noun_phrase(toks, i, tuple(flags), singular)
    if sub is not None:
        return sub
    sub = _noun_before(prose, s0, start, tuple(flags))
    if sub is not None:
        return sub
    if "definite" in flags and depth == 0:
        sub = _definite(prose, s0, start, end)
        if sub is None:  # "30 applicants, fewer than the 45 last year": the noun is left out
            ante = _antecedent(prose, s0, start, same_sentence=True)
            if ante is not None:
                sub = Subject(ante.noun, ante.qualifiers, -1, -1, True, (*flags, "elided"), end)
        return sub
    return None


_COLLECTIVE = {
    "crowd": "spectator",
    "audience": "spectator",
    "workforce": "staff",
    "army": "troop",
    "force": "troop",
    "garrison": "troop",
    "contingent": "troop",
    "population": "resident",
    "toll": "person",
}
_LINK = r"(?:of|at|to|was|is|stood\s+at|stands\s+at|now\s+stands\s+at|numbered|numbers|totalled|totals|reached|put\s+at)"
_BEFORE_COLLECTIVE = re.compile(rf"\b(?P<noun>{'|'.join(_COLLECTIVE)})\s+{_LINK}\s+$", re.IGNORECASE)
_BEFORE_NUMBER_OF = re.compile(
    rf"\bnumber\s+of\s+(?:[a-z\-]+\s+){{0,2}}?(?P<noun>[a-z\-]+)(?:\s+(?:killed|injured|dead|arrested|missing|affected))?"
    rf"\s+(?:has\s+|had\s+)?{_LINK}\s+$",
    re.IGNORECASE,
)


def _noun_before(prose: str, s0: int, start: int, flags: tuple[str, ...]) -> Subject | None:
    """A noun that stands before the figure: "the death toll stood at 250", "a crowd of 40,000",
    "the number of refugees is 12,000"."""
    before = prose[max(s0, start - 80) : start]
    m = _BEFORE_NUMBER_OF.search(before)
    base = start - len(before)
    if m and is_plural(m["noun"].lower()):
        return Subject(lemma(m["noun"]), (), base + m.start(), base + m.end("noun"), False, (*flags, "before"), start)
    m = _BEFORE_COLLECTIVE.search(before)
    if m:
        noun = _COLLECTIVE[m["noun"].lower()]
        return Subject(noun, (), base + m.start(), base + m.end("noun"), False, (*flags, "before"), start)
    return None


def _before_flags(prose: str, s0: int, start: int) -> tuple[str, ...]:
    words = [t.low for t in _tokens(prose, max(s0, start - 40), start) if t.word][-3:]
    flags: list[str] = []
    if not words:
        return ()
    last = words[-1]
    if last in INCREMENT or words[-2:] in (["a", "further"], ["an", "extra"], ["an", "additional"]):
        flags.append("increment")
    if last in REMAINDER:
        flags.append("remainder")
    if last == "total" or words[-2:] == ["total", "of"] or last == "all":
        flags.append("total")
    if last in {"the", "these", "those"} or (len(words) >= 2 and words[-2] == "the" and last in REMAINDER):
        flags.append("definite")
    return tuple(flags)


def _noun_phrase(toks: list[_Tok], i: int, flags: tuple[str, ...], singular: bool = True) -> Subject | None:
    """Read modifiers and the head noun from ``toks[i]`` on.

    The head is the first plural noun; a singular head ("one soldier", "a £4.5m contract") is
    read only when ``singular`` (a plain number above one counts a plural: "36,000 saw ..." has
    a verb after it, not a noun)."""
    run: list[_Tok] = []
    j = i
    while j < len(toks) and len(run) < 6:
        t = toks[j]
        if t.word and t.low not in STOP and not t.low.endswith(_NOT_NOUN_SUFFIX):
            run.append(t)
            j += 1
            continue
        # coordinated proper modifiers: "Russian, North Korean troops", "British and American troops"
        if run and run[-1].cap and t.text in {",", "and"} and j + 1 < len(toks) and toks[j + 1].cap and toks[j + 1].word:
            run.append(t)
            j += 1
            continue
        break
    if not run:
        return None
    head = None
    for k, t in enumerate(run):
        if t.word and is_plural(t.low):
            head = k
            while head + 1 < len(run) and run[head + 1].word and is_plural(run[head + 1].low):
                head += 1
            break
    if head is None:
        if len(run) > 3 or not singular:
            return None
        head = 0
        while head + 1 < len(run) and not run[head].low.endswith(("ed", "ing")) and not run[head + 1].cap:
            head += 1
        if run[head].low.endswith(("ed", "ing")) or not run[head].word:
            return None
    mods = run[:head]
    noun_tok = run[head]
    noun = lemma(noun_tok.low)
    if noun in {"loss", "cut"} and mods and lemma(mods[-1].low) in {"job", "post", "role"}:
        noun, mods = "job", mods[:-1]  # "1,200 job losses" counts jobs
    quals: list[str] = []
    if noun_tok.cap:  # a demonym as the noun: "2,000 North Koreans" → person, north korean
        caps = 0
        while caps < len(mods) and mods[len(mods) - 1 - caps].cap and mods[len(mods) - 1 - caps].word:
            caps += 1
        for c in range(caps, -1, -1):
            dem = demonym(" ".join([*(t.text for t in mods[len(mods) - c :]), noun_tok.text]))
            if dem:
                mods = mods[: len(mods) - c]
                noun = "person"
                quals.append(dem)
                break
    quals.extend(_qualifiers(mods))
    post, k, extra = _post_modifiers(toks, i + head + 1)
    quals.extend(post)
    phrase_end = toks[k - 1].end if k > i + head + 1 else noun_tok.end
    start = run[0].start
    return Subject(noun, _merge((), tuple(quals)), start, noun_tok.end, False, _merge(flags, extra), phrase_end)


def _qualifiers(mods: list[_Tok]) -> list[str]:
    """Modifiers as qualifiers: runs of capitalised words become one name (a demonym if known)."""
    out: list[str] = []
    name: list[str] = []

    def flush() -> None:
        if name:
            text = " ".join(name)
            out.append(demonym(text) or text.lower())
            name.clear()

    for t in mods:
        if not t.word:
            flush()
            continue
        if t.cap:
            name.append(t.text)
        else:
            flush()
            if t.low not in INCREMENT and t.low not in REMAINDER:
                out.append(t.low)
    flush()
    return [q for q in out if q not in {"and", ","}]


def _post_modifiers(toks: list[_Tok], j: int) -> tuple[list[str], int, tuple[str, ...]]:
    """Qualifiers and flags read after the noun: "from North Korea", "a month"."""
    quals: list[str] = []
    flags: list[str] = []
    start = j
    if j < len(toks) and toks[j].low in {"from", "in"}:
        prep = toks[j].low
        k = j + 1
        if k < len(toks) and toks[k].low == "the":
            k += 1
        several = k < len(toks) and (toks[k].low in _SEVERAL or toks[k].text[0].isdigit())
        if several and k + 1 < len(toks) and lemma(toks[k + 1].low) in _PLACE_NOUNS:
            quals.append("(several)")
            j = k + 1
            while j < len(toks) and toks[j].word and toks[j].low not in STOP:
                j += 1
        else:
            names: list[str] = []
            cur: list[str] = []
            while k < len(toks) and ((toks[k].cap and toks[k].word) or (cur and toks[k].text in {",", "and"})):
                if toks[k].text in {",", "and"}:
                    names.append(" ".join(cur))
                    cur = []
                else:
                    cur.append(toks[k].text)
                k += 1
            if cur:
                names.append(" ".join(cur))
            names = [n for n in names if n and n.lower() not in _MONTHS]
            if names:
                for n in names:
                    d = demonym(n)
                    quals.append(d if (d and prep == "from") else f"{prep} {n.lower()}")
                j = k
    if j < len(toks):
        t = toks[j]
        if t.low in _RATE_ADVERBS:
            flags.append(f"rate:{_RATE_ADVERBS[t.low]}")
            j += 1
        elif t.low in {"a", "an", "per", "each", "every"} and j + 1 < len(toks):
            unit = _TIME_UNITS.get(lemma(toks[j + 1].low))
            if unit:
                flags.append(f"rate:{unit}")
                j += 2
    return quals, max(j, start), tuple(flags)


def _antecedent(prose: str, s0: int, start: int, same_sentence: bool = False) -> Subject | None:
    """The nearest plural noun phrase before ``start`` (this sentence, else about one sentence back)."""
    for lo in (s0,) if same_sentence else (s0, max(0, s0 - 400)):
        toks = _tokens(prose, lo, start)
        for k in range(len(toks) - 1, -1, -1):
            t = toks[k]
            if t.word and not t.cap and is_plural(t.low) and t.low not in STOP:
                m = k
                while m > 0 and toks[m - 1].word and toks[m - 1].low not in STOP and not toks[m - 1].low.endswith("ly"):
                    m -= 1
                quals = _qualifiers(toks[m:k])
                return Subject(lemma(t.low), tuple(quals), t.start, t.end, True)
        if lo == 0:
            break
    return None


def _definite(prose: str, s0: int, start: int, end: int) -> Subject | None:
    """ "the 11,000 were ...": the subject of the same figure written earlier in the document."""
    figure = prose[start:end]
    if not figure.strip():
        return None
    pos = prose.rfind(figure, 0, s0)
    while pos >= 0:
        before_ok = pos == 0 or not prose[pos - 1].isalnum()
        after = pos + len(figure)
        after_ok = after >= len(prose) or not prose[after].isalnum()
        if before_ok and after_ok:
            s = prose.rfind("\n", 0, pos) + 1
            e = prose.find("\n", after)
            sub = _find(prose, s, e if e >= 0 else len(prose), pos, after, depth=1)
            if sub is not None:
                return Subject(sub.noun, sub.qualifiers, -1, -1, True, ("definite",), end)
        pos = prose.rfind(figure, 0, pos)
    return None


def _merge(a: tuple[str, ...], b: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    out: list[str] = []
    for x in (*a, *b):
        if x not in out:
            out.append(x)
    return tuple(out)
