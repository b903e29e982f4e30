"""Parts and wholes: "Of the 50 victims, 30 were women and 25 men", "70 nurses, 40 doctors and 30
porters — 140 staff in all", "45% yes, 40% no and the remaining 20% undecided", and rates over
a period against a total ("2,000 a day for a week, 20,000 in all").

API (claim builders, ``analysis.claim(f)``):

- :func:`part_wholes` → :class:`PartWhole`: listed ``parts`` (one or more quantities) of a
  ``whole``; ``exhaustive`` when the text says the parts make up the whole (a total, "in all",
  a colon list, "made up of"), else the parts may only not exceed it;
- :func:`percent_lists` → :class:`PercentList`: percentages of one whole listed together,
  with ``remainder`` set when the last one is "the rest"/"the remaining";
- :func:`rate_totals` → :class:`RateTotal`: a rate, a period and a stated total.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from numcheck.claims.arith import Iv, bounds, family, sentence_quantities, usable, written
from numcheck.claims.change import DOWN_WORDS, UP_WORDS
from numcheck.claims.lexicon_nouns import PEOPLE
from numcheck.claims.ratio import OWNER, fractions_in
from numcheck.model import Kind, Quantity

if TYPE_CHECKING:
    from numcheck.engine import Analysis


@dataclass(frozen=True, slots=True)
class PartWhole:
    """``parts`` of ``whole``; ``cue`` is the wording that ties them (``of the``, ``in all``...)."""

    parts: tuple[Quantity, ...]
    whole: Quantity
    exhaustive: bool
    cue: str
    sentence: int


_WORD = r"[A-Za-z][A-Za-z'’-]*"
_DET = r"(?:the|its|their|his|her|our|these|those|all|a\s+total\s+of)"
# words that stop a list of parts ("to" and "a" may stand in one: "250 were taken to a school and 200…")
_LIST_NP_BAD = re.compile(
    r"\b(?:of|for|by|with|than|per|each|every|into|over|under|after|before|since|during|"
    r"between|about|around|up|down|rose|risen|fell|fallen|rise|fall|increased?|decreased?|grew|cut|jumped|dropped|"
    r"while|whereas|but|including|against|compared|aged|worth|costing|"
    r"last|this|next|year|years|month|months|week|weeks|day|days|or)\b",
    re.I,
)
_PREP = re.compile(
    r"\b(?:of|for|to|by|with|than|per|a|an|each|every|into|over|under|after|before|since|during|"
    r"between|about|around|up|down|rose|fell|while|whereas|but|including|against|compared|aged|worth|costing|"
    r"last|this|next|year|years|month|months|week|weeks|day|days|or)\b",
    re.I,
)
_OVERLAP = re.compile(r"\b(?:also|both|as\s+well|too|either|overlap\w*|some\s+of\s+whom|more\s+than\s+one)\b", re.I)
_LOC = re.compile(r"\s+(?:in|at|from|on)\s+(?:the\s+)?[A-Z]")
_NP_BREAK = re.compile(r"\b(?:of|than|per|to|by|and|but|while|or|each|every|a|an)\b", re.I)
_LIST_SEP = re.compile(
    rf"^(?P<np>(?:\s+{_WORD}){{0,6}}?)\s*(?P<sep>,\s+and\s+|,\s+|\s+and\s+|\s+plus\s+)"
    rf"(?:another\s+|a\s+further\s+|(?P<pre>(?:{_WORD}\s+){{1,3}}?))?[$£€¥]?$",
    re.I,
)
_OF_THE = re.compile(rf"\b(?:of|among|out\s+of)\s+{_DET}\s+[$£€¥]?$", re.I)
_LEAD_WHOLE = re.compile(rf"(?:^|[,;:]\s*)\s*(?:of|out\s+of|among)\s+(?:{_DET}\s+)?[$£€¥]?$", re.I)
_N_OF_N_GAP = re.compile(rf"^\s*(?:out\s+)?of\s+(?:{_DET}\s+|{OWNER})?[$£€¥]?$", re.I)
_TOTAL_AFTER = re.compile(
    r"^\s*(?:,\s*|\s*[—–]\s*|\s+-\s+|\s*\(\s*)?(?:(?:making|a\s+total\s+of|totalling|totaling|or|for|and)\s+)?(?:a\s+total\s+of\s+)?$",
    re.I,
)
_TOTAL_WORDS_AFTER = re.compile(r"^\s*(?:\w+\s+){0,2}?(?:in\s+all|in\s+total|altogether|overall|combined|all\s+told)\b", re.I)
_TOTAL_BEFORE = re.compile(r"\b(?:a\s+total\s+of|totalling|totaling|making|in\s+all|in\s+total)\s+[$£€¥]?$", re.I)
_EXHAUSTIVE_AFTER_WHOLE = re.compile(
    rf"^(?P<np>(?:\s+{_WORD}){{0,4}}?)\s*(?::\s*(?P<after>(?:{_WORD}\s+){{0,3}}?)|,?\s+(?:made\s+up\s+of|comprising|consisting\s+of|split\s+between|"
    r"divided\s+between|divided\s+into|split\s+into|broken\s+down\s+into|(?:were|was|is|are)\s+made\s+up\s+of|"
    r"comprised|comprise|comprises|consisted\s+of|consists\s+of|consist\s+of)\s+)[$£€¥]?$",
    re.I,
)
_WERE_OR_DASH_AFTER_WHOLE = re.compile(
    rf"^(?P<np>(?:\s+{_WORD}){{0,4}}?)\s*(?:\s(?:were|are)\s+|\s*[—–]\s*|\s+-\s+)[$£€¥]?$",
    re.I,
)
_NOUN_AFTER = re.compile(
    r"\s+(?!(?:and|or|to|in|on|at|of|for|from|by|per|a|an|the|years?|months?|weeks?|days?|hours?|per\s*cent|percent)\b)"
    r"[A-Za-z][a-z]+"
)
_INCLUDING_AFTER_WHOLE = re.compile(
    rf"^(?P<np>(?:\s+{_WORD}){{0,4}}?)\s*(?:,\s*|\s+)(?:including|included|include|includes|among\s+them|of\s+which|of\s+whom|with)\s+[$£€¥]?$",
    re.I,
)
_CHANGEY = re.compile(
    r"\b(?:rose|rise|risen|fell|fall|fallen|up|down|increase[ds]?|decrease[ds]?|grew|growth|jump(?:ed)?|drop(?:ped)?|"
    r"declined?|cut|gain(?:ed)?|lost|higher|lower|more|less|fewer|than|compared|from|to|by|per|a|each|every|average|rate)\s*$",
    re.I,
)


def _countish(q: Quantity) -> bool:
    return family(q)[0] in {"count", "money"} and q.per is None


def _fraction_spans(text: str, offset: int) -> list[tuple[int, int]]:
    return [(f.start, f.end) for f in fractions_in(text, offset)]


# a number that names a group ("in Year 7", "Ward 4", "Platform 2"): part of a label, not a figure
_LABEL_NUMBER = re.compile(
    r"(?<=[a-z] )(?P<w>[A-Z][a-z]+|(?:option|question|route|platform|ward|year|grade|class|stage|level|group|zone|room|gate|"
    r"terminal|junction|division|tier|phase|section|chapter|article|clause|category|band|team|pool|box|block|lot|item))\s+(?P<n>\d{1,3}|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve)\b"
    r"(?![.,]\d|\s*%)"
)


# "25 voted for the plan and 20 against": the sides of one vote, not a preposition breaking the list
_VOTE_SIDE = re.compile(r"\bvot(?:ed|e|es|ing)\s+(?:for|against|in\s+favou?r\s+of)\b", re.I)


_LABEL_BEFORE = re.compile(
    r"(?:\b(?:option|question|route|platform|ward|year|grade|class|stage|level|group|zone|room|gate|"
    r"terminal|junction|division|tier|phase|section|chapter|article|clause|category|band|team|pool|box|block|lot|item))\s+$",
    re.I,
)


def _is_label(prose: str, q: Quantity) -> bool:
    """ "option 1", "Year 7": a number that names a group, not a figure."""
    return bool(re.fullmatch(r"\d{1,3}", prose[q.prose_start : q.prose_end])) and bool(
        _LABEL_BEFORE.search(prose[max(0, q.prose_start - 16) : q.prose_start])
    )


def _mask_label(m: re.Match[str]) -> str:
    return m["w"] + "x" * (len(m.group(0)) - len(m["w"]))


def _lists(prose: str, qs: list[Quantity], s0: int) -> list[list[Quantity]]:
    """Runs of figures of one kind joined by list separators ("30 women, 25 men and 5 children")."""
    runs: list[list[Quantity]] = []
    cur: list[Quantity] = []
    for q in qs:
        if cur:
            prev = cur[-1]
            m = _LIST_SEP.match(_LABEL_NUMBER.sub(_mask_label, prose[prev.prose_end : q.prose_start]))
            whole_like = bool(
                _OF_THE.search(prose[max(0, prev.prose_start - 14) : prev.prose_start])
                or _LEAD_WHOLE.search(prose[s0 : prev.prose_start])
            )
            ok = m and not whole_like and not _LIST_NP_BAD.search(_VOTE_SIDE.sub(" ", m["np"] + " " + (m["pre"] or "")))
            ok = ok and ("and" in m["sep"] or "plus" in m["sep"] or len(m["np"].split()) <= 4)
            if ok and m["np"].strip() and _LOC.match(prose, q.prose_end) and not _LOC.search(m["np"]):
                ok = False  # "64 homes, 40 in Ashford and 30 in Kingsnorth": the first is the whole
            if ok and family(prev) == family(q) and _countish(q):
                cur.append(q)
                continue
            if len(cur) >= 2:
                runs.append(cur)
            cur = []
        if _countish(q):
            cur = [q]
    if len(cur) >= 2:
        runs.append(cur)
    return runs


def part_wholes(analysis: Analysis) -> tuple[PartWhole, ...]:
    """Every part/whole relation the text states, in document order."""
    prose = analysis.doc.prose
    by_sentence = sentence_quantities(analysis)
    out: list[PartWhole] = []
    sentences = analysis.text.sentences
    for si, sent in enumerate(sentences):
        text = prose[sent.start : sent.end]
        fr = _fraction_spans(text, sent.start)
        qs = [
            q
            for q in by_sentence.get(sent.index, [])
            if usable(prose, q) and not any(a <= q.prose_start < b for a, b in fr) and not _is_label(prose, q)
        ]
        runs = _lists(prose, qs, sent.start)
        in_run = {id(q) for r in runs for q in r}
        # "n of the N": a single part of a whole
        for a, b in itertools.pairwise(qs):
            if _countish(a) and _countish(b) and family(a) == family(b) and _N_OF_N_GAP.match(prose[a.prose_end : b.prose_start]):
                if re.search(r"\b(?:by|to|from|than|up|down)\s+$", prose[max(0, a.prose_start - 8) : a.prose_start], re.I):
                    continue
                if id(a) in in_run:
                    continue
                out.append(PartWhole((a,), b, False, "of", sent.index))
        # "Of the 50 victims, 60 were women" / "Out of 80 applicants, 95 were accepted"
        for a, b in itertools.pairwise(qs):
            lead = prose[sent.start : a.prose_start]
            if (
                _countish(a)
                and family(a) == family(b)
                and id(b) not in in_run
                and _LEAD_WHOLE.search(lead)
                and re.match(rf"^(?:\s+{_WORD}){{0,6}}\s*,\s*$", prose[a.prose_end : b.prose_start])
                and not _PREP.search(prose[a.prose_end : b.prose_start])
                and not re.match(r"\s*(?:of|in|on|per|a|each|%|per\s*cent)\b", prose[b.prose_end : b.prose_end + 10])
            ):
                out.append(PartWhole((b,), a, False, "of the", sent.index))
        out.extend(_instalments(prose, qs, sent.index))
        for run in runs:
            if _OVERLAP.search(prose[run[0].prose_start : sent.end]):
                continue  # "12 use the euro and 20 are also in Nato": groups that may overlap are not parts
            if _predicates_differ(prose, run, sent.end):
                continue  # "12 use the euro and 20 are in Nato": each group has its own predicate
            pw = _whole_for_run(prose, qs, run, sent.index)
            if pw is None:
                pw = _whole_in_previous(prose, analysis, by_sentence, si, run)
            if pw is not None:
                out.append(pw)
    return tuple(out)


_COPULA = {"is", "are", "was", "were", "be", "been", "being", "'re", "’re"}
_AUX = {"have", "has", "had", "will", "would", "could", "can", "may", "might", "should", "did", "do", "does", "must"}
_OBJ_DET = re.compile(r"(?:a|an|the|its|their|his|her|our|no|some|any|more|fewer|at|in|on|to|from|for|as|by)$", re.I)
_NOT_VERB = re.compile(
    r"(?:and|or|but|of|in|at|on|to|from|for|by|with|per|a|an|the|more|fewer|less|other|others|of|each|were|are|was|is|"
    r"people|men|women|children|adults|percent|per\s*cent|[A-Z].*)$"
)


def _predicate(prose: str, q: Quantity, end: int) -> str | None:
    """The verb right after a listed part ("12 *use* the euro", "20 *are* in Nato"), or None when the
    part is a bare noun phrase ("30 women") or its predicate is elided ("and 25 men")."""
    words = re.findall(r"[A-Za-z'’]+|[,;:.]", prose[q.prose_end : min(end, q.prose_end + 40)])
    if not words or not words[0][0].isalpha():
        return None
    w = words[0].lower()
    if w in _COPULA:
        nxt = words[1].lower() if len(words) > 1 else ""
        # "15 were rescued": an outcome (like "10 died"), not a category ("are women")
        return (
            "~event"
            if re.fullmatch(
                r"[a-z]+ed|hurt|shot|held|lost|found|caught|left|taken|given|beaten|stolen|broken|driven|chosen|hidden|"
                r"thrown|drawn|sent|kept|sold|bought|brought|built|struck|stuck|bitten|slain|seen|known",
                nxt,
            )
            else "be"
        )
    if w in _AUX:
        nxt = words[1].lower() if len(words) > 1 and words[1][0].isalpha() else ""
        if nxt in {"been", "be"}:
            return "be"
        if nxt and not _OBJ_DET.match(nxt):
            return _lemma(nxt)
        return "have" if w in {"have", "has", "had"} else w
    # a verb is followed by its object or complement: "12 use the euro", "25 run a youth academy"
    nxt = words[1] if len(words) > 1 else ""
    if nxt and _OBJ_DET.match(nxt) and not _NOT_VERB.match(words[0]) and not _CHANGEY.search(words[0]):
        # "voted for" / "voted against": alternatives of one choice, not separate predicates
        return _lemma(w) + (_side(words) if _PREP_COMPLEMENT.match(nxt) else "")
    # no counted noun, and a lower-case word that is not a preposition: a verb ("120 *work* part-time")
    if q.subject is None and re.fullmatch(r"[a-z][a-z'’-]+", words[0]) and not _NOT_VERB.match(w) and not _SMALL_WORD.match(w):
        if not nxt or nxt in {",", ";", ".", ":"} or nxt.lower() in {"and", "or", "but", "while"}:
            return "~event"  # "10 died": an outcome with no complement
        return _lemma(w) + (_side(words) if _PREP_COMPLEMENT.match(nxt) else "")
    return None


def _side(words: list[str]) -> str:
    """ "+for", "+against"; "to" takes its verb ("+to cut"): the side of a choice a predicate names."""
    nxt = words[1].lower()
    return "+" + (f"to {words[2].lower()}" if nxt == "to" and len(words) > 2 else nxt)


_SMALL_WORD = re.compile(
    r"(?:at|in|on|to|from|for|against|as|by|into|over|under|after|before|since|during|between|about|around|up|down|off|out|"
    r"aged|each|per|than|more|less|fewer|so|too|also|only|just|then|now|later|still|all|both|either|neither|"
    r"percent|million|billion|thousand|hundred|bn|m|k|times|points?|years?|months?|weeks?|days?|hours?)$",
    re.I,
)


_PREP_COMPLEMENT = re.compile(r"(?:at|in|on|to|from|for|as|by)$", re.I)


def _lemma(w: str) -> str:
    for suf in ("ied", "ed", "es", "s"):
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            return w[: -len(suf)]
    return w


def _singular(w: str) -> str:
    w = w.lower()
    irregular = {"children": "child", "men": "man", "women": "woman", "people": "person", "females": "female", "males": "male"}
    return irregular.get(w, w[:-1] if w.endswith("s") and not w.endswith("ss") else w)


def _same_verb_repeated(prose: str, run: list[Quantity], end: int) -> bool:
    """ "20 play football and 18 play the piano": the same verb written again after each part, with
    complements that do not split one group (unlike "18 involved children and 15 involved adults")."""
    heads, comps = [], []
    for q in run:
        words = re.findall(r"[A-Za-z'’]+", prose[q.prose_end : min(end, q.prose_end + 40)])
        if len(words) < 2:
            return False
        heads.append(words[0].lower())
        comp = words[2] if words[1].lower() in {"the", "a", "an"} and len(words) > 2 else words[1]
        comps.append(_singular(comp))
    if len(set(heads)) != 1 or heads[0] in _COPULA or _NOT_VERB.match(heads[0]) or _CHANGEY.search(heads[0]):
        return False
    if _PREP_COMPLEMENT.match(comps[0]) or comps[0] in {"against", "yes", "no"}:
        return False  # "voted for ... voted against"
    return not any(set(comps) <= p for p in _PARTITIONS)


def _predicates_differ(prose: str, run: list[Quantity], end: int) -> bool:
    """Parts with their own, different predicates describe groups that may overlap; so do parts
    with the same ordinary verb and its own object ("18 run a team and 25 run a shop"). Only a
    shared copula ("30 were women and 25 were men") or an elided one keeps them exclusive."""
    preds = [p for q in run if (p := _predicate(prose, q, end)) is not None]
    if len(preds) < 2:
        return _same_verb_repeated(prose, run, end)
    verbs = {p.split("+")[0] for p in preds}
    sides = [p.split("+")[1] for p in preds if "+" in p]
    if len(sides) != len(set(sides)):
        return True  # "voted for it in May and voted for it in June": the same predicate again
    if verbs == {"~event"}:
        return False  # "15 were rescued and 10 died": outcomes of one event
    if len(verbs) > 1:
        return True
    if verbs == {"be"} or sides:
        return False
    return _same_verb_repeated(prose, run, end) or not _bare_complements_split(prose, run, end)


def _bare_complements_split(prose: str, run: list[Quantity], end: int) -> bool:
    """ "18 involved children and 15 involved adults": the same verb with complements from one partition."""
    comps = set()
    for q in run:
        words = re.findall(r"[A-Za-z'’]+", prose[q.prose_end : min(end, q.prose_end + 40)])
        if len(words) < 2:
            return False
        comps.add(_singular(words[2] if words[1].lower() in {"the", "a", "an"} and len(words) > 2 else words[1]))
    return any(comps <= p for p in _PARTITIONS)


_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_OVER_YEARS = re.compile(
    r"^(?P<mid>(?:\s+[\w'’-]+){0,5}?)\s+over\s+(?:the\s+(?:next|coming|following|past|last)\s+)?"
    r"(?P<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+(?P<u>years|months|weeks|days)\s*(?:,\s*(?:with|including)|:|—|–|\s-)\s+[$£€¥]?$",
    re.I,
)
_SLOT_AFTER = re.compile(
    r"^\s+(?:(?:this|next|last)\s+(?:year|month|week)|(?:in|for|during)\s+(?:the\s+)?(?:(?:first|second|third|fourth|fifth|final|last)\s+"
    r"(?:year|month|week|day)|(?:year|month|week|day)\s+(?:one|two|three|four|five|\d))|(?:in|for)\s+(?:19|20)\d\d(?:-\d\d)?|"
    r"the\s+(?:year|month)\s+after|the\s+(?:following|next|final)\s+(?:year|month|week)|thereafter)\b",
    re.I,
)
_SLOT_SEP = re.compile(r"^\s*(?:,\s*and\s+|,\s*|\s+and\s+|;\s*)(?:another\s+|a\s+further\s+)?[$£€¥]?$", re.I)


def _instalments(prose: str, qs: list[Quantity], sent: int) -> list[PartWhole]:
    """ "£9m over three years, with £2m this year, £3m next year and £2m in the third year": one
    figure per period of a multi-period total, which must add up to it when every period is given."""
    out = []
    for i, whole in enumerate(qs):
        if not _countish(whole):
            continue
        nxt = qs[i + 1 :]
        if not nxt:
            continue
        m = _OVER_YEARS.match(prose[whole.prose_end : nxt[0].prose_start])
        if not m or re.search(r"\d", m["mid"]):
            continue
        n_word = m["n"].lower()
        n = int(n_word) if n_word.isdigit() else _NUMBER_WORDS[n_word]
        parts: list[Quantity] = []
        for q in nxt:
            if family(q) != family(whole) or not _countish(q):
                break
            slot = _SLOT_AFTER.match(prose[q.prose_end : q.prose_end + 40])
            if not slot:
                break
            if parts:
                gap_start = parts[-1].prose_end + (_SLOT_AFTER.match(prose[parts[-1].prose_end :]).end())  # type: ignore[union-attr]
                if not _SLOT_SEP.match(prose[gap_start : q.prose_start]):
                    break
            parts.append(q)
        if len(parts) >= 2:
            out.append(PartWhole(tuple(parts), whole, len(parts) == n, "in all", sent))
    return out


_SAID_ASIDE = re.compile(
    r",\s*(?:[A-Za-z][\w'’-]*\s+){1,4}?(?:said|says|added|confirmed|reported|believes?|believed|estimated?)\s*,\s*$", re.I
)


def _whole_for_run(prose: str, qs: list[Quantity], run: list[Quantity], sent: int) -> PartWhole | None:
    first, last = run[0], run[-1]
    if any(_CHANGEY.search(prose[max(0, q.prose_start - 14) : q.prose_start]) for q in run):
        return None
    before = [q for q in qs if q.prose_end <= first.prose_start]
    after = [q for q in qs if q.prose_start >= last.prose_end]
    # "Of the 50 victims, 30 were women and 25 men"
    if before:
        w = before[-1]
        if family(w) == family(first) and _OF_THE.search(prose[max(0, w.prose_start - 14) : w.prose_start]):
            gap = prose[w.prose_end : first.prose_start]
            gap = _SAID_ASIDE.sub(",", gap)  # "Of the 50 victims, police said, 30 were…"
            if re.match(rf"^(?:\s+{_WORD}){{0,6}}\s*,\s*$", gap) and not _PREP.search(gap.replace(",", " ")):
                return PartWhole(tuple(run), w, False, "of the", sent)
        gap = prose[w.prose_end : first.prose_start]
        if family(w) == family(first):
            m = _EXHAUSTIVE_AFTER_WHOLE.match(gap)
            if m and not _NP_BREAK.search(m["np"] + " " + (m["after"] or "")):
                return PartWhole(tuple(run), w, True, gap.strip(), sent)
            m = _INCLUDING_AFTER_WHOLE.match(gap)
            if m and not _NP_BREAK.search(m["np"]):
                return PartWhole(tuple(run), w, False, "including", sent)
            # "The 20-strong squad has 12 forwards and 10 backs"
            m = re.match(
                rf"^-strong(?:\s+{_WORD}){{1,3}}?\s+(?:has|have|had|includes?|included|comprises?|contains?)\s+$", gap, re.I
            )
            if m and all(_NOUN_AFTER.match(prose, q.prose_end) for q in run):
                return PartWhole(tuple(run), w, False, "strong", sent)
            # "The 50 victims were 30 women and 25 men" / "50 people died — 30 women and 25 men"
            m = _WERE_OR_DASH_AFTER_WHOLE.match(gap)
            if m and not _NP_BREAK.search(m["np"]) and all(_NOUN_AFTER.match(prose, q.prose_end) for q in run):
                return PartWhole(tuple(run), w, False, "apposition", sent)
            # "The storm damaged 64 homes, 40 in Ashford and 30 in Kingsnorth": a breakdown after a comma
            m = re.match(rf"^(?P<np>(?:\s+{_WORD}){{1,8}}?)\s*,\s*$", gap)
            if (
                m
                and not _NP_BREAK.search(m["np"])
                and not re.search(r"\b(?:including|include|includes|included|with|while|but)\b", m["np"], re.I)
                and not _CHANGEY.search(prose[max(0, w.prose_start - 14) : w.prose_start])
                and all(re.match(r"\s+(?:in|at|from|on)\s+(?:the\s+)?[A-Z]", prose[q.prose_end : q.prose_end + 20]) for q in run)
            ):
                return PartWhole(tuple(run), w, False, "breakdown", sent)
    # "30 women and 25 men, a total of 50" / "... — 50 in all" / "... among the 50 victims"
    if after:
        w = after[0]
        gap = prose[last.prose_end : w.prose_start]
        m = re.match(rf"^(?P<np>(?:\s+{_WORD}){{0,4}}?)\s+(?:among|of|out\s+of)\s+{_DET}\s+[$£€¥]?$", gap, re.I)
        if m and family(w) == family(first) and not _PREP.search(m["np"]) and _countish(w):
            return PartWhole(tuple(run), w, False, "among", sent)
        m = re.match(rf"^(?P<np>(?:\s+{_WORD}){{0,4}}?)(?P<rest>\s*(?:,|[—–(]|\s-\s).*)$", gap, re.S)
        if m and family(w) == family(first) and not _PREP.search(m["np"]):
            rest = m["rest"]
            tail = prose[w.prose_end : w.prose_end + 40]
            if _TOTAL_BEFORE.search(rest) or (_TOTAL_AFTER.match(rest) and _TOTAL_WORDS_AFTER.match(tail)):
                return PartWhole(tuple(run), w, True, "in all", sent)
    return None


_ELIDED_START = re.compile(
    r"^\s*(?:(?:of|among)\s+(?:these|them|those|the\s+total|whom|which)\s*,?"
    r"|(?:of|among)\s+(?:the|those)\s+[a-z]+(?:\s+[a-z]+)?\s*(?:,|\s+(?:were|was|are|is)\b))\s*",
    re.I,
)
_LEAD_HEDGE = re.compile(r"\s*(?:(?:about|around|some|nearly|almost|roughly|just|only|another|more\s+than|over)\s+)?", re.I)
_BARE_SUBJECT = re.compile(r"^\s*(?:are|were|was|is|had|have|came|come|work|worked|live|lived|died|survived)\b", re.I)


def _whole_in_previous(
    prose: str, analysis: Analysis, by_sentence: dict[int, list[Quantity]], si: int, run: list[Quantity]
) -> PartWhole | None:
    """A list opening a sentence that refers back to a whole stated just before ("70 are nurses")."""
    sent = analysis.text.sentences[si]
    first = run[0]
    lead = prose[sent.start : first.prose_start]
    elided = bool(_ELIDED_START.fullmatch(lead))
    bare = bool(_LEAD_HEDGE.fullmatch(lead)) and bool(_BARE_SUBJECT.match(prose[first.prose_end : first.prose_end + 12]))
    if not (elided or bare):
        return _whole_before_semicolon(prose, by_sentence, sent.index, run) or _breakdown_of_previous(
            prose, analysis, by_sentence, si, run
        )
    if si == 0:
        return None
    prev = analysis.text.sentences[si - 1]
    if prev.paragraph != sent.paragraph and not elided:
        return None
    cands = [
        q
        for q in by_sentence.get(prev.index, [])
        if usable(prose, q)
        and family(q) == family(first)
        and _countish(q)
        and re.search(
            rf"\b(?:the|its|their|all|total\s+of|has|have|had|employs|employed|some|about|around|nearly|almost)\s+(?:{_WORD}\s+)?$",
            prose[max(prev.start, q.prose_start - 30) : q.prose_start],
            re.I,
        )
    ]
    prev_qs = [q for q in by_sentence.get(prev.index, []) if usable(prose, q) and _countish(q) and family(q) == family(first)]
    subsets = [a for a, b in itertools.pairwise(prev_qs) if _N_OF_N_GAP.match(prose[a.prose_end : b.prose_start])]
    people = len(prev_qs) == 1 and prev_qs[0].subject in PEOPLE
    if bare and not cands and people and _bare_complements_split(prose, run, sent.end):
        cands = prev_qs  # "The crash killed 14 people. Nine were adults and seven were children."
    if elided and len(subsets) == 1:
        cands = subsets  # "120 of the 1,100 pupils were absent. Of those absent, 70…": the subset is the whole
    if elided and not cands:
        cands = [q for q in by_sentence.get(prev.index, []) if usable(prose, q) and family(q) == family(first) and _countish(q)][
            -1:
        ]
    if len(cands) != 1:
        return None
    return PartWhole(tuple(run), cands[0], False, "of them" if elided else "antecedent", sent.index)


# groups that split people into non-overlapping kinds ("31 adults and 27 children")
_PARTITIONS = (
    frozenset({"adult", "child"}),
    frozenset({"man", "woman"}),
    frozenset({"boy", "girl"}),
    frozenset({"man", "woman", "child"}),
    frozenset({"male", "female"}),
)
_ATTRIBUTION_LEAD = re.compile(
    r"^\s*(?:(?:[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,4}\s+(?:said|says|added|confirmed|reported|told\s+[\w ]{1,30}?))\s+(?:that\s+)?)?"
    r"(?:(?:about|around|some|nearly|almost|only|just)\s+)?[$£€¥]?$"
)
# the parts are said to be in the group ("were on board"), not to have done something ("were questioned")
_STATE_AFTER = re.compile(
    r"^\s*(?:were|are|was|had\s+been|have\s+been)\s+(?:(?:all|also|still)\s+)?"
    r"(?:on\s+board|aboard|among\s+(?:them|the)|inside|in\s+the\s+(?:group|party|crowd|building|vehicle|coach|bus|boat|plane|car))\b",
    re.I,
)
# "The council will spend £40m. Roads will get £18m, schools £15m…": a budget shared out
_BUDGET_BEFORE = re.compile(
    r"\b(?:spend|spends|spent|spending|budget|budgeted|allocate[sd]?|invest|invests|invested|investment|fund|funding|"
    r"package|pot|grant|award(?:ed)?|set\s+aside|earmark(?:ed)?)\b[^.;\d]{0,30}$",
    re.I,
)
_SHARE_OUT_LEAD = re.compile(
    r"\b(?:will\s+get|gets|got|will\s+receive|receives?|received|will\s+go\s+to|goes\s+to|went\s+to|"
    r"(?:will\s+be|is|are|was|were)\s+(?:allocated|given|spent\s+on))\s+[$£€¥]?$",
    re.I,
)
_PURPOSE_AFTER = re.compile(r"\s+(?:on|for|to)\s+(?!(?:the\s+)?(?:next|this|last|coming)\b)", re.I)
_OTHER_TIME = re.compile(
    r"\b(?:last|previous|next|this|each|every|a|per)\s+(?:year|month|week|quarter)\b|\b(?:19|20)\d\d\b|"
    r"\b(?:over|across|during|for)\s+(?:the\s+(?:next|coming|following|past)\s+)?\w+\s+(?:years|months|decades)\b",
    re.I,
)


def _breakdown_of_previous(
    prose: str, analysis: Analysis, by_sentence: dict[int, list[Quantity]], si: int, run: list[Quantity]
) -> PartWhole | None:
    """A breakdown in the sentence after its whole, with no word pointing back: people split by a
    closed partition ("carrying 52 passengers. Police said 31 adults and 27 children were on
    board") or a budget shared out ("will spend £40m. Roads will get £18m, schools £15m…")."""
    if si == 0:
        return None
    sent, prev = analysis.text.sentences[si], analysis.text.sentences[si - 1]
    first = run[0]
    lead = prose[sent.start : first.prose_start]
    prev_qs = [q for q in by_sentence.get(prev.index, []) if usable(prose, q) and _countish(q) and family(q) == family(first)]
    if len(prev_qs) != 1 or _OTHER_TIME.search(prose[sent.start : sent.end]):
        return None
    whole = prev_qs[0]
    subjects = {q.subject for q in run}
    if (
        family(first)[0] == "count"
        and _ATTRIBUTION_LEAD.match(lead)
        and any(subjects == p for p in _PARTITIONS)
        and whole.subject in PEOPLE
        and _STATE_AFTER.match(_after_noun(prose, run[-1]))
    ):
        return PartWhole(tuple(run), whole, False, "antecedent", sent.index)
    if (
        family(first)[0] == "money"
        and _SHARE_OUT_LEAD.search(lead)
        and _BUDGET_BEFORE.search(prose[max(prev.start, whole.prose_start - 40) : whole.prose_start])
        and prev.paragraph == sent.paragraph
        and not _PURPOSE_AFTER.match(prose, whole.prose_end)
    ):  # "will spend £40m on roads": a purpose already given, the next sentence is not its breakdown
        return PartWhole(tuple(run), whole, False, "antecedent", sent.index)
    return None


def _after_noun(prose: str, q: Quantity) -> str:
    """The text after a figure and its noun ("27 children| were on board")."""
    m = re.match(r"\s*[A-Za-z'’-]+", prose[q.prose_end : q.prose_end + 40])
    return prose[q.prose_end + (m.end() if m else 0) : q.prose_end + 60]


def _whole_before_semicolon(
    prose: str, by_sentence: dict[int, list[Quantity]], sent: int, run: list[Quantity]
) -> PartWhole | None:
    """ "The 120 staff work here; 70 are nurses, 40 doctors and 30 porters"."""
    first = run[0]
    lead = prose[max(0, first.prose_start - 3) : first.prose_start]
    if not re.search(r"[;:]\s*$", lead) or not _BARE_SUBJECT.match(prose[first.prose_end : first.prose_end + 12]):
        return None
    cands = [
        q
        for q in by_sentence.get(sent, [])
        if q.prose_end <= first.prose_start
        and usable(prose, q)
        and family(q) == family(first)
        and _countish(q)
        and re.search(
            rf"\b(?:the|its|their|all|total\s+of|has|have|had|employs|employed|some|about|around|nearly|almost)\s+(?:{_WORD}\s+)?$",
            prose[max(0, q.prose_start - 30) : q.prose_start],
            re.I,
        )
    ]
    return PartWhole(tuple(run), cands[0], False, "antecedent", sent) if len(cands) == 1 else None


# --- percentages of one whole -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PercentList:
    """Percentages listed as shares of one whole; ``remainder`` when the last is "the rest";
    ``complete`` when the text presents the list as the whole breakdown (a remainder, or
    "split as follows:", "divided between")."""

    items: tuple[Quantity, ...]
    remainder: bool
    sentence: int
    complete: bool = False


_COMPLETE_BEFORE = re.compile(
    r"\b(?:split|divided|broken\s+down|allocated|shared\s+out|apportioned|distributed)\b[^.;\d]{0,30}?"
    r"(?::|\bbetween\b|\bas\s+follows\b|\binto\b)[^.;\d]{0,30}$",
    re.I,
)
_P_SEP = re.compile(
    rf"^(?P<np>(?:\s+{_WORD}){{0,5}}?)\s*(?P<sep>,\s+and\s+|,\s+while\s+|,\s+with\s+|,\s+|\s+and\s+|\s+while\s+|;\s+)"
    rf"(?P<pre>(?:{_WORD}\s+){{0,5}}?)(?P<rest>(?:the\s+)?(?:remaining|rest|other|final|last)\s+(?:(?:at|on|with)\s+)?)?$",
    re.I,
)
_P_NP_BAD = re.compile(
    r"\b(?:to|by|than|rose|fell|up|down|increase|decrease|growth|rise|fall|more|less|higher|lower|"
    r"year|years|month|months|quarter|week|annual|annually|rate|rates|inflation|interest|each|respectively|"
    r"chance|probability|likely|turnout|stake|share|shares|owned|owns|own|tax|vat|discount|off|margin|points?|"
    r"compared|compares|versus|ago|earlier|previously|before|last|since|then|now|today)\b",
    re.I,
)
_MULTI_ANSWER = re.compile(
    r"\b(?:more than one|multiple|could choose|could pick|could give|could select|allowed to|several answers|"
    r"each|respectively|both|either|also|too|as well)\b",
    re.I,
)
# a note in a neighbouring sentence that the question allowed several answers ("Respondents could
# choose more than one answer"): stricter than the in-sentence cue, which also takes "each"/"both"
_MULTI_ANSWER_NOTE = re.compile(
    r"\b(?:more\s+than\s+one|multiple\s+(?:answers?|choices?|responses?|options?|selections?)|"
    r"(?:could|can|were\s+able\s+to|were\s+allowed\s+to|may|might)\s+(?:choose|pick|select|give|name|tick|list|cite|mention)"
    r"\s+(?:up\s+to|several|multiple|as\s+many|any\s+number|\w+\s+or\s+more)|"
    r"several\s+(?:answers|choices|responses|options|priorities|reasons|issues)|add\s+up\s+to\s+more\s+than\s+100|"
    r"\b(?:top|up\s+to|their|the|any)\s+(?:two|three|four|five|2|3|4|5)\s+(?:\w+\s+)?(?:worries|concerns|priorities|issues|"
    r"reasons|choices|answers|options|preferences|picks|favourites|things)|"
    r"(?:choose|pick|name|select|list|give|tick)\s+(?:their\s+)?(?:two|three|four|five|several|all\s+that|any|every)\b|"
    r"(?:do|does|will)\s+not\s+(?:add|sum|total)\s+(?:up\s+)?to\s+100)",
    re.I,
)
_P_BEFORE_BAD = re.compile(
    r"\b(?:by|up|down|rose|fell|of|to|from|than|at|increase|decrease|interest|rate|inflation|growth|tax|vat|a|an|another)"
    r"\s+(?:(?:about|around|nearly|almost|over|under|some|roughly|approximately|more\s+than|less\s+than|just|only)\s+)?$",
    re.I,
)


def percent_lists(analysis: Analysis) -> tuple[PercentList, ...]:
    """Runs of percentages that read as shares of one whole ("45% yes, 40% no and 15% unsure")."""
    prose = analysis.doc.prose
    by_sentence = sentence_quantities(analysis)
    out: list[PercentList] = []
    sents = analysis.text.sentences
    for si, sent in enumerate(sents):
        qs = [
            q
            for q in by_sentence.get(sent.index, [])
            if q.kind == Kind.PERCENT
            and q.value is not None
            and not q.is_range
            and q.detail("ratio") is None
            and not _is_label(prose, q)
        ]
        if len(qs) < 2:
            continue
        text = prose[sent.start : sent.end]
        if _MULTI_ANSWER.search(text):
            continue
        near = [
            n
            for j, n in enumerate(sents[max(0, si - 6) : si + 7], max(0, si - 6))
            if abs(j - si) <= 2 or n.paragraph == sent.paragraph
        ]  # the note may come before or after the list, in the paragraph or next to it
        if any(_MULTI_ANSWER_NOTE.search(prose[n.start : n.end]) for n in near):
            continue  # the note may come before or after the list
        split_s = bool(_COMPLETE_BEFORE.search(prose[max(sent.start, qs[0].prose_start - 60) : qs[0].prose_start]))
        cur: list[Quantity] = [qs[0]]
        remainder = False
        runs: list[tuple[list[Quantity], bool]] = []
        for q in qs[1:]:
            prev = cur[-1]
            m = _P_SEP.match(_LABEL_NUMBER.sub(_mask_label, prose[prev.prose_end : q.prose_start]))
            restated = m is not None and not (m["np"].strip() or m["pre"].strip() or m["rest"])  # "a quarter, 22%,"
            words = m["np"] + " " + m["pre"] if m else ""
            words = re.sub(r"\b(?:making|makes?|made|taking|takes?|took)\s+up\b", " ", words, flags=re.I)
            if split_s:
                words = re.sub(r"^\s*(?:to|for|on)\s", " ", words, flags=re.I)  # "split: 40% to schools, 30% to…"
            if m and not restated and not _P_NP_BAD.search(words) and q.detail("ratio") is None:
                cur.append(q)
                remainder = bool(m["rest"])
                continue
            runs.append((cur, remainder))
            cur, remainder = [q], False
        runs.append((cur, remainder))
        for run, rem in runs:
            if len(run) < 2:
                continue
            split = bool(_COMPLETE_BEFORE.search(prose[max(sent.start, run[0].prose_start - 60) : run[0].prose_start]))
            poll = bool(_POLL.search(prose[sent.start : sent.end]))
            if any(_share_like_bad(prose, q, sent.start, i == 0, split, poll) for i, q in enumerate(run)) or not _one_whole(
                prose, run
            ):
                continue
            complete = rem or split
            out.append(PercentList(tuple(run), rem, sent.index, complete))
    return tuple(out)


_OF_TARGET = re.compile(r"\s+of\s+(?:(?:the|all|its|their|those|these)\s+)?(?P<w>[\w'’-]+(?:\s+[\w'’-]+){0,2})", re.I)


def _one_whole(prose: str, run: list[Quantity]) -> bool:
    """Shares "of" something name one whole: the same one each time, or once at the start or end."""
    targets = [(i, m["w"].lower()) for i, q in enumerate(run) if (m := _OF_TARGET.match(prose, q.prose_end))]
    if not targets:
        return True
    if len({w for _, w in targets}) > 1:
        return False
    return len(targets) == len(run) or (len(targets) == 1 and targets[0][0] in (0, len(run) - 1))


_CHANGE_VERB_BEFORE = re.compile(
    rf"\b(?:{UP_WORDS}|{DOWN_WORDS}|shed|sheds|shedding|lose|loses|losing|added|adds|gaining|slid|slipped|sank)\s+"
    r"(?:by\s+)?(?:(?:about|around|nearly|almost|over|some|roughly|more\s+than|just|another|a\s+further)\s+)?$",
    re.I,
)


_POLL = re.compile(r"\b(?:polls?|survey|opinion|ballot|vote|voters|support|election|party|parties|candidates?)\b", re.I)


def _share_like_bad(prose: str, q: Quantity, s0: int, first: bool, split: bool = False, poll: bool = False) -> bool:
    """A percentage that reads as a change, a rate or a share of something else."""
    before = prose[max(s0, q.prose_start - 20) : q.prose_start]
    after = prose[q.prose_end : q.prose_end + 30]
    if poll and re.search(r"(?:^|\s)[A-Z][\w'’-]*\s+(?:was\s+|is\s+|were\s+|are\s+)?(?:on|at)\s*$", before):
        before = ""  # "Labour at 38%, the Conservatives at 35%": shares of a poll
    if first and re.search(r"\b(?:stood|stands|standing|was|were|is|are|on)\s+at\s*$", before, re.I):
        before = ""  # "support stood at 38%, with 35% for…"
    if _CHANGE_VERB_BEFORE.search(before):
        return True  # "Elan lost 70% while its partner shed 43%": changes, not shares
    if _P_BEFORE_BAD.search(before) and not re.search(r"\b(?:remaining|rest|other)(?:\s+(?:at|on|with))?\s*$", before, re.I):
        return True
    if re.match(r"\s*for\s+(?!\d)(?:the\s+)?[A-Za-z]", after) and not re.match(
        r"\s*for\s+(?:the\s+)?(?:year|month|quarter|first|second|period)", after, re.I
    ):
        return False  # "35% for the Greens"
    if re.match(r"\s*in\s+(?:favou?r|support)\b", after, re.I):
        return False
    if split and re.match(r"\s*(?:to|for|on)\s+(?!\d)", after, re.I):
        return False  # "split as follows: 40% to schools, 30% to hospitals…"
    return bool(
        re.match(
            r"\s*(?:in|on|for|to|by|higher|lower|more|less|up|down|rise|increase|fall|drop|cut|a\s+year|annually|per)\b",
            after,
            re.I,
        )
    )


# --- rates over a period against a total ----------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RateTotal:
    """``rate`` per ``per`` unit over ``period`` (in ``per`` units, an interval) against ``total``."""

    rate: Quantity
    per: str
    period: Iv
    period_text: str
    period_span: tuple[int, int]
    total: Quantity
    sentence: int


_PER = re.compile(r"^\s*(?:[A-Za-z]+\s+){0,2}?(?:a|an|per|each|every)\s+(?P<u>hour|day|week|month|year)\b", re.I)
_UNIT_WORDS = {"hour": 1 / 24, "day": 1.0, "week": 7.0, "fortnight": 14.0, "month": 30.44, "year": 365.25, "decade": 3652.5}
_NUMWORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
}
_N = r"\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty"
# "for a week", "over the past 10 days", "during the first week", "in an eight-hour shift"
_PERIOD_BODY = (
    r"(?:(?:for|over|in|during|across|throughout)\s+|(?=last\s+(?:week|fortnight|month)\b))"
    r"(?:the\s+(?:past|last|next|following)\s+|a\s+period\s+of\s+|"
    r"(?P<the>the|its|their|last)\s+(?:(?!(?:\d|hours?|days?|weeks?|months?|years?))[\w-]+\s+)?(?=(?:hour|day|week|fortnight|month|year|decade)\b)|"
    r"an?\s+(?=[\w]+-(?:hour|day|week|month|year)))?"
    rf"(?P<n>{_N})?\s*-?\s*"
    r"(?P<u>hours?|days?|weeks?|fortnights?|months?|years?|decades?)\b"
)
_PERIOD = re.compile(rf"^(?P<pre>\s*(?:[A-Za-z]+\s+){{0,4}}?){_PERIOD_BODY}", re.I)
_PERIOD_ANY = re.compile(rf"\b{_PERIOD_BODY}", re.I)
# a rate restated over a period or as another rate: "400 an hour, or 3,200 in an eight-hour shift",
# "£50 a week, or £2,600 a year"
_RESTATE_GAP = re.compile(
    r"^(?:\s+(?:to|for|at|in|into|across|from|on)\s+(?:[A-Za-z][\w'’-]*\s*){1,4}?)?\s*(?:,\s*|\s*\(\s*|\s*[—–]\s*|\s+-\s+)(?:or|that\s+is|i\.e\.|equivalent\s+to|the\s+equivalent\s+of|which\s+is|"
    r"meaning|making)?\s*(?:(?:about|around|some|roughly|nearly|almost|more\s+than|over|just\s+over|just\s+under)\s+)?[$£€¥]?$",
    re.I,
)
_RATE_TOTAL_CUE = re.compile(r"\b(?:in\s+all|in\s+total|altogether|all\s+told|a\s+total\s+of|totalling|totaling|overall)\b", re.I)


def rate_totals(analysis: Analysis) -> tuple[RateTotal, ...]:
    """ "2,000 a day for a week, 20,000 in all": a rate, its period and a total, in one or two sentences."""
    prose = analysis.doc.prose
    by_sentence = sentence_quantities(analysis)
    out: list[RateTotal] = []
    sents = analysis.text.sentences
    for si, sent in enumerate(sents):
        qs = [q for q in by_sentence.get(sent.index, []) if usable(prose, q)]
        for i, q in enumerate(qs):
            if family(q)[0] not in {"count", "money", "physical"} and q.kind != Kind.RATE:
                continue
            tail = prose[q.prose_end : sent.end]
            pm = _PER.match(tail)
            per = (q.per or (pm["u"] if pm else "")).lower().rstrip("s")
            if per not in _UNIT_WORDS:
                continue
            restated = _restated_rate(prose, qs, i, q, per, sent.index)
            if restated is not None:
                out.append(restated)
                continue
            after_per = q.prose_end + (pm.end() if pm else 0)
            period_m = _PERIOD.match(prose[after_per : sent.end])
            base_at = after_per
            if not period_m or re.search(r"\d", period_m["pre"]):
                # "Over the past 10 days the centre took 300 calls a day"
                window0 = max(sent.start, q.prose_start - 80)
                found = list(_PERIOD_ANY.finditer(prose[window0 : q.prose_start]))
                if not found or any(window0 + found[-1].end() <= x.prose_start < q.prose_start for x in qs):
                    continue
                period_m, base_at = found[-1], window0
            if period_m["n"] is None and period_m["the"] is None:
                continue  # "for hours": no count of periods
            unit = period_m["u"].lower().rstrip("s")
            days = _period_days(period_m)
            period = Iv(days / _UNIT_WORDS[per], days / _UNIT_WORDS[per])
            if unit == "month" or per == "month":
                period = period.widen(0.05)
            pspan = (base_at + period_m.start("n" if period_m["n"] else "u"), base_at + period_m.end())
            later = [x for x in qs[i + 1 :] if x.prose_start >= max(pspan[1], q.prose_end)]
            if si + 1 < len(sents) and sents[si + 1].paragraph == sent.paragraph:
                later += [x for x in by_sentence.get(sents[si + 1].index, []) if usable(prose, x)]
            for t in later:
                if t.per or t.kind == Kind.RATE or not _same_base(q, t):
                    continue
                ctx = prose[max(0, t.prose_start - 25) : t.prose_end + 30]
                if _RATE_TOTAL_CUE.search(ctx):
                    out.append(RateTotal(q, per, period, period_m.group(0).strip(), pspan, t, sent.index))
                    break
    return tuple(out)


# how many of one rate's periods make the other's, allowing working days and hours ("£100 a day, or
# £500 a week"); pairs not listed (an hourly wage as a yearly one) are too loose to check
_CONDITION_AFTER = re.compile(r"\s*(?:,\s*)?(?:for|with|if|when|on|under|using|via|by)\b", re.I)
_PER_TO_PER = {
    ("hour", "day"): Iv(7.0, 24.0),
    ("hour", "week"): Iv(35.0, 168.0),
    ("day", "week"): Iv(5.0, 7.0),
    ("day", "fortnight"): Iv(10.0, 14.0),
    ("day", "month"): Iv(20.0, 31.0),
    ("day", "year"): Iv(220.0, 366.0),
    ("week", "fortnight"): Iv(2.0, 2.0),
    ("week", "month"): Iv(4.0, 4.43),
    ("week", "year"): Iv(52.0, 52.18),
    ("month", "year"): Iv(12.0, 12.0),
    ("year", "decade"): Iv(10.0, 10.0),
}


def _period_days(m: re.Match[str]) -> float:
    n_word = (m["n"] or "one").lower()
    n = float(n_word) if n_word.isdigit() else float(_NUMWORDS[n_word])
    return n * _UNIT_WORDS[m["u"].lower().rstrip("s")]


def _restated_rate(prose: str, qs: list[Quantity], i: int, q: Quantity, per: str, sent: int) -> RateTotal | None:
    """ "400 bottles an hour, or 3,200 in an eight-hour shift" / "£50 a week, or £2,600 a year"."""
    if i + 1 >= len(qs):
        return None
    t = qs[i + 1]
    pm = _PER.match(prose[q.prose_end : t.prose_start])
    gap_start = q.prose_end + (pm.end() if pm else 0)
    same = _same_base(q, t) or family(q) == family(t) or (q.kind == t.kind == Kind.RATE and q.unit == t.unit)
    if not same or not _RESTATE_GAP.match(prose[gap_start : t.prose_start]):
        return None
    tper = _PER.match(prose[t.prose_end : t.prose_end + 40])
    if t.per or tper:
        per2 = (t.per or (tper["u"] if tper else "")).lower().rstrip("s")
        if per2 not in _UNIT_WORDS or per2 == per:
            return None
        start = t.prose_end + (tper.start("u") if tper else 0)
        m2 = re.search(rf"\b(?:a|an|per|each|every)\s+{per2}s?\b", prose[t.prose_end : t.prose_end + 40], re.I)
        span = (t.prose_end + m2.start(), t.prose_end + m2.end()) if m2 else (start, start)
        iv = _PER_TO_PER.get((per, per2))
        if iv is None or (m2 and _CONDITION_AFTER.match(prose, t.prose_end + m2.end())):
            return None  # "£5 a day, or £20 a week for a season ticket": another tariff, not the same rate
        return RateTotal(q, per, iv, prose[span[0] : span[1]] or f"a {per2}", span, t, sent)
    pm2 = _PERIOD.match(prose[t.prose_end : t.prose_end + 60])
    if not pm2 or re.search(r"\d", pm2["pre"]) or len(pm2["pre"].split()) > 1 or (pm2["n"] is None and pm2["the"] is None):
        return None
    if t.per or t.kind == Kind.RATE:
        return None
    k = _period_days(pm2) / _UNIT_WORDS[per]
    iv = Iv(k, k).widen(0.05) if "month" in (per, pm2["u"].lower()) else Iv(k, k)
    span = (t.prose_end + (pm2.start("n") if pm2["n"] else pm2.start("u")), t.prose_end + pm2.end())
    return RateTotal(q, per, iv, pm2.group(0).strip(), span, t, sent)


def _same_base(rate: Quantity, total: Quantity) -> bool:
    """A rate of counts (or money) and a total of the same."""
    if rate.kind == Kind.RATE:
        return total.unit == rate.unit and family(total)[0] in {"count", "money", "physical"}
    return family(rate) == family(total)


def total_of(prose: str, parts: tuple[Quantity, ...]) -> Iv:
    """The interval of the sum of the parts."""
    total = Iv(0.0, 0.0)
    for p in parts:
        total = total + bounds(prose, p)
    return total


def describe_sum(prose: str, parts: tuple[Quantity, ...]) -> str:
    return " + ".join(written(prose, p) for p in parts)
