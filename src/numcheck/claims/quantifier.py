"""Quantifiers ("most", "a majority", "almost all", "a minority", "all", "none", "half") bound
to the part and the whole they describe.

Forms read (part P, whole N; in fixed slots of one sentence unless said otherwise):

- "most of the 300 members — 120 of them — ..." / "most of the 300 members (120) ..."
- "most (120) of the 300 members" / "of the 300 members, most — 120 — ..."
- "a majority of MPs — 290 of the 646 — ..."
- "120 of the 300 members, a majority, ..." / "120 out of 300, most of them, ..."
- "most voters (45%) ..." / "a majority — 45% — ..." (a share: the whole is 100%), but not
  "(45% of the electorate)" nor "most of the rest — 30% —" (shares of another whole);
- "all 23 miners were rescued" against "21 of the 23 miners were rescued" or "only 21 miners
  were rescued" in the same or a later sentence (same verb; same noun, or none nearby).

A quantifier about another whole than the one stated next to it is not bound, and neither is
a negated or hypothetical one.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace

from numcheck.claims.wording import above, clause_bounds, is_measure, modal, negated, quantities_by_sentence
from numcheck.engine import Analysis
from numcheck.model import Kind, Quantity

# (low, high) bounds on part/whole that each quantifier allows; open ends are exclusive.
BANDS: dict[str, tuple[float, float]] = {
    "most": (0.5, 1.0),
    "majority": (0.5, 1.0),
    "more than half": (0.5, 1.0),
    "almost all": (0.75, 1.0),
    "minority": (0.0, 0.5),
    "less than half": (0.0, 0.5),
    "few": (0.0, 0.5),
    "all": (1.0, 1.0),
    "none": (0.0, 0.0),
    "half": (0.4, 0.6),
}

_Q = (
    r"(?P<q>(?:almost|nearly|virtually|practically)\s+(?:all|every)|the\s+(?:vast|overwhelming|great)\s+majority|"
    r"(?:a|the)\s+(?:clear\s+|slim\s+|narrow\s+|small\s+|large\s+|big\s+|comfortable\s+)?majority|"
    r"(?:a|the)\s+(?:small\s+)?minority|most|(?:more|over|less|fewer|under)\s+than\s+half|(?:over|under)\s+half|"
    r"only\s+a\s+(?:few|handful)|half|all|none|every\s+one|each)"
)
_SUB_WHOLE = re.compile(r"\s+of\s+(?:the\s+)?(?:rest|remainder|remaining|others|them|those|these|whom|which)\b", re.IGNORECASE)
_Q_NP_APPOS = re.compile(rf"\b{_Q}\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){{0,3}}?[\w'’-]+\s*(?:[—–(,]|\s-)\s*", re.I)
_PART_OF_WHOLE_AT = re.compile(r"\s*(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+|these\s+|those\s+)?", re.IGNORECASE)
_Q_HINT = re.compile(r"\b(?:most|majority|minority|half|all|none|every|each|few|handful)\b", re.IGNORECASE)
_Q_OF_WHOLE = re.compile(
    rf"\b{_Q}\s+(?:of\s+)?(?:the|its|their|these|those|his|her|our)?\s*(?:(?:the\s+)?[\w-]+['’]s\s+)?(?=[$£€]?\d)",
    re.IGNORECASE,
)
_Q_APPOS = re.compile(rf"\s*[,(–—-]\s*{_Q}(?:\s+of\s+(?:them|those|these|whom|which|the\s+total))?\s*[,)–—-]", re.IGNORECASE)
_PART_APPOS = re.compile(
    r"\s*(?:[a-z'’-]+\s+){0,3}?[a-z'’-]*\s*(?:[(–—]|\s-|,)\s*(?:or\s+|just\s+|only\s+|some\s+|about\s+|around\s+)?",
    re.IGNORECASE,
)
# The part closes its apposition: "— 120 of them —", ", 120 of them,", "(120)"; not "120 of them by post".
_OF_THEM = re.compile(r"\s*(?:of\s+(?:them|those|these|whom))?\s*(?:[,;:)–—]|\s-\s|$)", re.IGNORECASE)
_Q_PAREN_OF = re.compile(rf"\b{_Q}\s*\(\s*", re.IGNORECASE)
_PAREN_OF_TAIL = re.compile(r"\s*\)\s*(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+|these\s+|those\s+)?", re.IGNORECASE)
_OF_WHOLE_FIRST = re.compile(r"\b[Oo]f\s+(?:the\s+|its\s+|their\s+|these\s+|those\s+)?(?=[$£€]?\d)")
_THEN_Q = re.compile(rf"(?:\s+[\w'’-]+){{0,3}}\s*,\s*{_Q}\s*(?:[—–(]|\s-\s|,)\s*", re.IGNORECASE)
_CLOSE = re.compile(r"\s*(?:of\s+(?:them|those|these|whom)\s*)?(?:[—–),]|\s-\s)")
# "a minority of tenants, 640 of the 1,000 surveyed,": a participle or noun may close the whole
_CLOSE_NP = re.compile(r"(?:(?:\s+[a-z][a-z'’-]*){0,2}|\s+(?:who|that|which)\s+[^,;:()–—\d]{1,40}?)\s*(?:[—–),]|\s-\s)")
_PART_OF_WHOLE = re.compile(r"^\s*(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+|these\s+|those\s+)?$", re.IGNORECASE)
# "21 were rescued by helicopter": a qualified subset, not a count of all that were rescued.
_QUALIFIED = re.compile(
    r"\s*(?:by|on|in|at|from|after|before|within|during|through|using|via|when|while|with|without|alive|unhurt|unharmed|"
    r"uninjured|safely|so\s+far|"
    r"yet|initially|first|later|overnight|today|yesterday)\b",
    re.IGNORECASE,
)
_ALL_N = re.compile(r"\b(?P<q>all|every\s+one|each)\s+(?:the\s+|of\s+the\s+)?(?=[\w$£€])", re.IGNORECASE)
_VERB_AFTER = re.compile(
    r"\s*(?P<noun>[a-z]+(?:\s+[a-z]+)??\s+)??(?:(?:were|was|have\s+been|had\s+been|are|have|had)\s+(?P<verb>[a-z]{3,})|"
    r"(?P<verb2>[a-z]+ed|(?![a-z]*(?:men|dren|zen)\b)[a-z]+en))\b",
    re.I,
)


def band_of(word: str) -> tuple[str, tuple[float, float]]:
    """The normalised quantifier and its band of allowed shares."""
    w = " ".join(word.lower().split())
    if w in ("all", "every one", "each"):
        key = "all"
    elif w.endswith("minority"):
        key = "minority"
    elif w.startswith(("almost", "nearly", "virtually", "practically")) or w.endswith(("vast majority", "overwhelming majority")):
        key = "almost all"
    elif w.endswith("majority") or w == "most" or w.startswith(("more than half", "over half", "over than half")):
        key = "majority" if "majority" in w else ("most" if w == "most" else "more than half")
    elif w.startswith(("less than half", "fewer than half", "under half", "under than half")):
        key = "less than half"
    elif w.startswith("only a"):
        key = "few"
    else:
        key = w
    return key, BANDS[key]


@dataclass(frozen=True, slots=True)
class QuantifierClaim:
    """A quantifier word with the part and whole it describes (``whole`` None: a share in %)."""

    start: int
    end: int
    word: str
    key: str
    part: Quantity
    whole: Quantity | None
    asserted: bool = True
    form: str = "apposition"  # or "elsewhere": "all 23 ..." against a count in another sentence

    def share_bounds(self) -> tuple[float, float]:
        """The interval of part/whole the figures allow."""
        if self.whole is None:
            return self.part.low / 100, self.part.high / 100
        lo = self.part.low / self.whole.high if self.whole.high > 0 else 0.0
        hi = self.part.high / self.whole.low if self.whole.low > 0 else float("inf")
        return lo, hi


def quantifiers(analysis: Analysis) -> tuple[QuantifierClaim, ...]:
    """Quantifier claims with their part and whole, in document order."""
    prose = analysis.doc.prose
    by_sentence = quantities_by_sentence(q for q in analysis.quantities if is_measure(q))
    apposed = _apposed_counts(analysis)
    out: list[QuantifierClaim] = []
    for sent in analysis.text.sentences:
        qs = sorted(by_sentence.get(sent.index, []) + apposed.get(sent.index, []), key=lambda q: q.prose_start)
        if not qs or not _Q_HINT.search(prose, sent.start, sent.end):
            continue
        # "most of the 300 members — 120 of them —" / "most of the 300 (120)"
        for m in _Q_OF_WHOLE.finditer(prose, sent.start, sent.end):
            whole = next((q for q in qs if q.prose_start >= m.end() and q.prose_start <= m.end() + 4), None)
            if whole is None or whole.unit == "percent":
                continue
            part = _apposed_part(prose, qs, whole, sent.end) or _vote_count(prose, qs, whole, sent.end)
            if part is not None and part.unit == whole.unit:
                out.append(_claim(prose, sent, m, part, whole))
            elif part is not None and part.unit == "percent":  # "most of the 300 members (40%)"
                out.append(_claim(prose, sent, m, part, None))
        # "120 of the 300 members, a majority," / "45% — most —"
        for i, q in enumerate(qs):
            whole = None
            tail_from = q
            if q.unit != "percent":
                nxt = qs[i + 1] if i + 1 < len(qs) else None
                if nxt is None or not _PART_OF_WHOLE.match(prose[q.prose_end : nxt.prose_start]) or nxt.unit != q.unit:
                    continue
                whole, tail_from = nxt, nxt
            tail = prose[tail_from.prose_end : sent.end]
            noun = re.match(r"\s*(?:[a-z-]+\s*){0,2}?(?=[,(–—-])", tail)
            skip = noun.end() if noun else 0
            m = _Q_APPOS.match(prose, tail_from.prose_end + skip, sent.end)
            if m is None:
                continue
            out.append(_claim(prose, sent, m, q, whole))
        # "most (120) of the 300 members"
        at = {q.prose_start: q for q in qs}
        for m in _Q_PAREN_OF.finditer(prose, sent.start, sent.end):
            part = at.get(m.end())
            tail = _PAREN_OF_TAIL.match(prose, part.prose_end, sent.end) if part else None
            whole = at.get(tail.end()) if tail else None
            if part is not None and whole is not None and part.unit == whole.unit:
                out.append(_claim(prose, sent, m, part, whole))
        # "a majority of MPs - 290 of the 646 - backed"
        for m in _Q_NP_APPOS.finditer(prose, sent.start, sent.end):
            part = at.get(m.end())
            link = _PART_OF_WHOLE_AT.match(prose, part.prose_end, sent.end) if part else None
            whole = at.get(link.end()) if link else None
            if part is None or whole is None or part.unit != whole.unit:
                continue
            if not (_CLOSE.match(prose, whole.prose_end, sent.end) or _CLOSE_NP.match(prose, whole.prose_end, sent.end)):
                continue
            out.append(_claim(prose, sent, m, part, whole))
        # "of the 300 members, most — 120 — voted"
        for m in _OF_WHOLE_FIRST.finditer(prose, sent.start, sent.end):
            whole = at.get(m.end())
            qm = _THEN_Q.match(prose, whole.prose_end, sent.end) if whole else None
            part = at.get(qm.end()) if qm else None
            if part is None or part.unit != whole.unit or not _CLOSE.match(prose, part.prose_end, sent.end):
                continue
            out.append(_claim(prose, sent, qm, part, whole))
        # "most voters (45%)": the share apposed to the quantified phrase
        for m in re.finditer(rf"\b{_Q}\b", prose[sent.start : sent.end], re.IGNORECASE):
            s = sent.start + m.start()
            e = sent.start + m.end()
            if _SUB_WHOLE.match(prose, e, sent.end):
                continue  # "most of the rest - 30% -": a share of a part, not of everyone
            for q in qs:
                if q.unit != "percent" or q.prose_start < e:
                    continue
                gap = prose[e : q.prose_start]
                if re.fullmatch(
                    r"\s*(?:of\s+(?:the\s+)?)?(?:[a-z-]+\s*){0,3}(?:[(–—-]|,)\s*(?:or\s+)?",
                    gap,
                    re.I,
                ) and _OF_THEM.match(prose, q.prose_end, sent.end):  # "(45%)", not "(45% of the electorate)"
                    mm = re.match(_Q, prose[s:e], re.IGNORECASE)
                    if mm:
                        out.append(_claim(prose, sent, _Shift(mm, s), q, None))
                break
    out.extend(_all_versus_count(analysis, by_sentence))
    seen: set[tuple[int, int]] = set()
    uniq = []
    for c in sorted(out, key=lambda c: (c.start, c.part.prose_start)):
        if (c.start, c.part.prose_start) not in seen:
            seen.add((c.start, c.part.prose_start))
            uniq.append(c)
    return tuple(uniq)


class _Shift:
    """A match-like view of a regex match shifted by ``base`` (for matches on a substring)."""

    def __init__(self, m: re.Match[str], base: int) -> None:
        self.m, self.base = m, base

    def start(self, g: str = "q") -> int:
        return self.base + self.m.start(g)

    def end(self, g: str = "q") -> int:
        return self.base + self.m.end(g)

    def __getitem__(self, g: str) -> str:
        return self.m[g]


def _apposed_counts(analysis: Analysis) -> dict[int, list[Quantity]]:
    """Bare figures set off by commas or parentheses after a plural noun or a quantifier ("the
    60 councillors, 28, voted", "most (120) of"), which an extractor may read as ages ("Smith,
    28,"): here they are counts of that noun."""
    prose = analysis.doc.prose
    out: dict[int, list[Quantity]] = {}
    for q in analysis.quantities:
        if (
            q.kind == Kind.AGE
            and q.value is not None
            and re.search(rf"(?:\b[a-z]+s|\b{_Q})\s*[,(]\s*$", prose[max(0, q.prose_start - 30) : q.prose_start], re.I)
            and re.fullmatch(r"\d[\d,]*", q.text.strip())
        ):
            out.setdefault(q.sentence, []).append(replace(q, kind=Kind.COUNT, unit=None))
    return out


def _apposed_part(prose: str, qs: list[Quantity], whole: Quantity, s_end: int) -> Quantity | None:
    """The part set next to a quantified whole: "— 120 of them —", "(120)", ", 120 of whom"."""
    for q in qs:
        if q.prose_start <= whole.prose_end:
            continue
        gap = prose[whole.prose_end : q.prose_start]
        if not _PART_APPOS.fullmatch(gap) or re.search(r"\b(?:and|or|but|while|than|from|to|by|with|of)\b[^,(–—-]*$", gap):
            return None
        after = prose[q.prose_end : s_end]
        return q if _OF_THEM.match(after) else None
    return None


_FOR = r"backed|supported|approved|endorsed|favoured|favored|voted\s+(?:for|yes|in\s+favour)"
_AGAINST = r"opposed|rejected|voted\s+(?:against|no)"
# "most of the 300 members backed the plan: 120 voted yes and 180 no"
_VOTE_VERB = re.compile(
    rf"(?:\s+[\w'’-]+){{0,3}}?\s+(?:(?P<for>{_FOR})|(?P<against>{_AGAINST}))\b[^:;.\d]{{0,60}}?:\s*"
    r"(?:(?:some|about|around|nearly|almost|just|only)\s+)?",
    re.IGNORECASE,
)
_VOTE_SIDE = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:(?:voted|said|backed|chose)\s+)?(?:(?P<for>yes|for\b|in\s+favour)|(?P<against>no|against))\b",
    re.IGNORECASE,
)


def _vote_count(prose: str, qs: list[Quantity], whole: Quantity, s_end: int) -> Quantity | None:
    """The count after a colon that states how many of the whole took the side the quantified
    verb names: "backed the strike: 1,150 voted yes" (not "voted: 120 for", where all voted)."""
    v = _VOTE_VERB.match(prose, whole.prose_end, s_end)
    if v is None:
        return None
    part = next((q for q in qs if q.prose_start == v.end()), None)
    side = _VOTE_SIDE.match(prose, part.prose_end, s_end) if part else None
    if side is None or bool(side["for"]) != bool(v["for"]):
        return None
    return part


def _claim(prose: str, sent, m, part: Quantity, whole: Quantity | None) -> QuantifierClaim:
    word = m["q"]
    key, _ = band_of(word)
    clause = clause_bounds(prose, sent.start, sent.end, m.start("q"))
    cond = modal(prose, clause[0], m.start("q")) or negated(prose, clause[0], m.start("q"))
    return QuantifierClaim(m.start("q"), m.end("q"), word, key, part, whole, not cond)


def _all_versus_count(analysis: Analysis, by_sentence: dict[int, list[Quantity]]) -> list[QuantifierClaim]:
    """ "all 23 miners were rescued" against "21 of the 23 miners were rescued" or "only 21 miners
    were rescued" in the article (the same verb, the same noun or none, no qualifier like "by boat")."""
    prose = analysis.doc.prose
    alls: list[tuple[int, int, Quantity, str, str, int]] = []  # start, end, whole, noun, verb, sentence
    parts: list[tuple[Quantity, Quantity | None, str, str]] = []  # part, stated whole, noun, verb
    wholes: set[int] = set()
    for sent in analysis.text.sentences:
        qs = by_sentence.get(sent.index, [])
        for m in _ALL_N.finditer(prose, sent.start, sent.end):
            n = next((q for q in qs if q.prose_start == m.end()), None)
            if n is None:
                continue
            wholes.add(id(n))
            v = _VERB_AFTER.match(prose, n.prose_end, sent.end)
            if (
                v
                and not negated(prose, sent.start, m.start("q"))
                and not negated(prose, sent.start, (v.start("verb") if v["verb"] else v.start("verb2")))
            ):
                alls.append((m.start("q"), m.end("q"), n, _noun(v["noun"]), _verb_key(prose, v, sent.end), sent.index))
        for a, b in itertools.pairwise(qs):
            if _PART_OF_WHOLE.match(prose[a.prose_end : b.prose_start]):
                wholes.add(id(b))
                v = _VERB_AFTER.match(prose, b.prose_end, sent.end)
                if v and not _QUALIFIED.match(prose, _outcome_end(prose, v, sent.end), sent.end):
                    parts.append((a, b, _noun(v["noun"]), _verb_key(prose, v, sent.end)))
    if not alls:
        return []
    stated = {id(p) for p, _, _, _ in parts}
    for q in analysis.quantities:
        if id(q) in wholes or id(q) in stated or not is_measure(q) or q.unit is not None:
            continue
        s = analysis.text.sentences[q.sentence]
        v = _VERB_AFTER.match(prose, q.prose_end, s.end)
        lead = prose[max(s.start, q.prose_start - 12) : q.prose_start]
        if (
            v
            and not _QUALIFIED.match(prose, v.end(), s.end)
            and not negated(prose, s.start, q.prose_start)
            and not re.search(r"\b(?:all|of|another|further|more|other)\s+$", lead, re.I)
        ):
            parts.append((q, None, _noun(v["noun"]), _verb_key(prose, v, s.end)))
    out = []
    spans = [(start, n.prose_end) for start, _, n, _, _, _ in alls]
    for start, end, n, noun, verb, sent_index in alls:
        for part, whole, pnoun, pverb in parts:
            # a stated whole ("21 of the 23 miners") may use a synonym; a bare count the same verb
            same = pverb.split("|")[0] == verb.split("|")[0] if whole is not None else pverb.split("|")[1] == verb.split("|")[1]
            if not same or part is n or not above(n, part) or any(a <= part.prose_start < b for a, b in spans):
                continue
            if whole is not None and whole.value != n.value:
                continue
            if whole is None and not ((pnoun and pnoun == noun) or (not pnoun and 0 < part.sentence - sent_index <= 2)):
                continue
            form = "apposition" if part.sentence == n.sentence else "elsewhere"
            out.append(QuantifierClaim(start, end, prose[start:end], "all", part, n, True, form))
            break
    return out


# Verbs (with a particle) that tell the same outcome: "rescued" and "brought to the surface".
_SAME_OUTCOME = (
    (
        "rescue",
        re.compile(
            r"(?:rescued|saved|freed|(?:airlifted|winched|taken|led)\s+to\s+safety|"
            r"brought\s+(?:out|to\s+safety|to\s+the\s+surface|ashore|down|up)|"
            r"pulled\s+(?:out|free|clear|alive)|led\s+(?:out|to\s+safety)|got\s+out)\b",
            re.IGNORECASE,
        ),
    ),
    ("kill", re.compile(r"(?:killed|dead|died)\b", re.IGNORECASE)),
    ("injure", re.compile(r"(?:injured|hurt|wounded)\b", re.IGNORECASE)),
)


def _outcome_end(prose: str, v: re.Match[str], end: int) -> int:
    """Where the verb phrase of a count ends ("brought to the surface", "rescued")."""
    start = v.start("verb") if v["verb"] else v.start("verb2")
    for _, pattern in _SAME_OUTCOME:
        m = pattern.match(prose, start, end)
        if m:
            return m.end()
    return v.end()


def _verb_key(prose: str, v: re.Match[str], end: int) -> str:
    """The verb of a count ("were rescued") and the outcome family it shares with its synonyms
    ("rescue|rescued"; the verb alone when it has no family)."""
    verb = (v["verb"] or v["verb2"]).lower()
    start = v.start("verb") if v["verb"] else v.start("verb2")
    for key, pattern in _SAME_OUTCOME:
        if pattern.match(prose, start, end):
            return f"{key}|{verb}"
    return f"{verb}|{verb}"


def _noun(words: str | None) -> str:
    """The head noun of a short noun phrase, without a plural -s ("miners" → "miner")."""
    if not words:
        return ""
    w = words.split()[-1].lower()
    return w[:-1] if w.endswith("s") and not w.endswith("ss") else w
