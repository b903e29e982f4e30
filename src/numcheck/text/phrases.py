"""Attribution phrases: the speech verbs of a sentence with their speaker, outlet and basis.

Works on a *masked* sentence (quotes blanked out with ``MASK`` so that quoted words never count
as attribution). :func:`sentence_phrases` finds every phrase of a sentence (see
:mod:`numcheck.text.attribution` for the patterns) and the statement spans each governs;
:func:`mention` registers a narration subject so that a later pronoun can refer to it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from numcheck.model import Source
from numcheck.text.context import Sentence
from numcheck.text.lexicon import (
    OUTLET_ONLY_VERBS,
    PERSON_NOUNS,
    SPEECH_VERBS,
    THAT_ONLY_VERBS,
    TITLE_WORDS,
    VERB_MARKERS,
    words,
)
from numcheck.text.speakers import (
    Entity,
    Registry,
    clean_outlet,
    clean_phrase,
    common_noun,
    is_audience,
    is_outlet,
    is_outlet_object,
    parse_speaker,
)

MASK = "\x00"
_WORD = re.compile(r"[A-Za-z]+")
_ACCORDING = re.compile(r"[Aa]ccording to\b")


def _speech_verbs(text: str) -> Iterator[re.Match[str]]:
    """Speech verbs and "according to" in a sentence (a word loop: faster than one big alternation)."""
    for w in _WORD.finditer(text):
        word = w.group()
        if word in SPEECH_VERBS:
            yield w
        elif word in ("according", "According"):
            m = _ACCORDING.match(text, w.start())
            if m:
                yield m


_PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being|to|not|n't|never)\s+$", re.IGNORECASE)
_DAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|weekend|month|year|morning|afternoon|evening|night)"
_PLATFORMS = r"(?:Twitter|X|Telegram|Facebook|Instagram|TikTok|YouTube|LinkedIn|Truth Social|Weibo|WeChat|social media)"
_OUTLET_NP = (
    r"(?P<o>(?:[Tt]he\s+)?(?:[A-Z0-9][\w’'.&-]*\s*)+(?:(?:'s|’s)?\s*(?:[A-Z][\w’'.&-]*\s*)*)?"
    r"(?:of\s+(?:the\s+)?(?:[A-Z][\w’'.&-]*\s*)+)?"
    r"(?:\s*(?:programme|program|show|podcast|newspaper|magazine|radio|station|channel)\b(?:\s+[A-Z0-9][\w’'.&-]*)*)?"
    r"|state (?:media|television|TV|radio|news agency)|local (?:media|radio|television|TV|newspapers?))"
)
_PLATFORM = re.compile(_PLATFORMS)
_CHANNELS = (
    r"(?:statement|interview|report|post|video|speech|letter|note|briefing|press\s+release|tweet|blog|email|op-ed|article)"
)
_ADVERBIAL = re.compile(
    r"""\s*,?\s*(?:
        (?:on|last|this|earlier|late|early|later)\s+"""
    + _DAYS
    + r"""(?:\s+(?:morning|afternoon|evening|night))?
      | (?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?
      | yesterday|today|tonight|earlier|later|recently|previously|also|again|separately|too
      | in\s+(?:a|an|the|his|her|their|its)\s+(?:written\s+)?"""
    + _CHANNELS
    + r"""(?:\s+(?:with|to|on|in|for)\s+"""
    + _OUTLET_NP.replace("(?P<o>", "(?P<o2>")
    + r""")?
      | (?:at|during)\s+(?:a|an|the)\s+(?:press|news)\s+(?:conference|briefing)
      | on\s+(?P<p>"""
    + _PLATFORMS
    + r""")
      | in\s+(?:parliament|court|the\s+Commons|Congress)
    )(?=[\s,.:;\x00]|$)""",
    re.VERBOSE,
)
_TOLD = re.compile(
    r"\s+"
    + _OUTLET_NP.replace("(?P<o>", "(?P<t>")
    + r"|\s+(?P<aud>[a-z][\w ’']*?)(?=\s+(?:that|on|in|at|after|before|it|they|he|she|there|the|this|to|[A-Z])\b|[,.:;\x00]|$)"
)
_INTRO_OUTLET = re.compile(
    r"\b(?:[Ss]peaking|[Tt]alking|[Ww]riting|[Aa]ppearing)\s+(?:to|in|on|with)\s+(?P<o>[^,\x00]+),"
    r"|\b[Ii]n\s+(?:an?|her|his|their|its)\s+(?:(?:written|emailed|exclusive|televised|recorded)\s+)?"
    r"(?:interview|statement|email|comments?|remarks|message|letter|response)\s+(?:with|to)\s+(?P<i>[^,\x00]+),"
    r"|\b(?:[Ii]n\s+(?:an?|her|his|their|its)\s+(?:(?:social\s+media|video|lengthy|brief)\s+)?(?:post|video|message|tweet|thread)"
    r"\s+)?on\s+(?P<p>" + _PLATFORMS + r"),"
)
_LATE_OUTLET = re.compile(
    r",\s*(?:speaking|talking|writing)\s+(?:to|on|in|with|in\s+an\s+interview\s+with)\s+"
    + _OUTLET_NP
    + r"(?=\s*(?:[,.;]|$|on\s|last\s|this\s|earlier\s|yesterday|today))"
)
_CITING = re.compile(
    r"(?:\b[Cc]iting|(?:^|,)\s*(?:[Bb]ased|[Dd]rawing)\s+on)\s+(?P<b>[^,;:\x00.]+?)(?=\s*(?:[,;:\x00.]|$|\s+that\b))"
)
_INVERTIBLE = words(
    "said says added adds explained explains wrote writes continued warned warns noted notes asked argued insisted"
)
_CLAUSE_CUT = words("and but or while whereas although though because since as when where which who that if so than after before")
_INTRO = re.compile(
    r"\s*(?:[A-Z][a-z]+ing|In|On|At|After|Before|During|Despite|With|For|As|But|And|However|Meanwhile|Earlier|Later|Last|This"
    r"|Since|Following|Asked|Speaking|Citing|When|While|According|If)\b"
)
_LEADING_NAME = re.compile(r"((?:[\w’'.-]+\s+){0,5}[A-Z][\w’'.-]*)(?=\s+[a-z])")
_NOT_NP = re.compile(
    r"\b(?:want|wants|is|are|was|were|be|been|being|have|has|had|do|does|did|will|would|can|could|should|must|might|may|shall)\b"
    r"|\d+(?:\.\d+)?%|\d$"
)
_ADDED_OBJECT = re.compile(
    r"\s+(?:a|an|the|his|her|their|its|another|two|three|four|five|more|fewer|over|nearly|almost|some|about|around|\d)\b",
    re.IGNORECASE,
)
_OPEN_END = re.compile(r"\b(?:of|for|the|a|an|to|in|on|at|by|with|and|or)$", re.IGNORECASE)
_CONTINUES = re.compile(r"\s*,\s*(?:adding|saying|noting|explaining|warning|insisting|arguing)\b")
# A reported statement ends at ";" or at a contrast that does not go on reporting (", but that …" does).
_STATEMENT_END = re.compile(r";|,\s+(?:but|while|whereas|although|though)\s+(?!that\b|added\b|said\b)")
_ADVERBIAL_TAIL = re.compile(
    r"\s*(?!at least|at most|as many|as much|as few|as little|in total|in all)"
    r"(?:at|in|on|during|after|before|ahead|following|while|when|as|from|last|this|earlier|yesterday|today|late|early)\b"
)
_DESC_START = re.compile(r"\s*(?:(?:a|an|the)\s+)?[a-z][\w-]*\s+(?:of|at|for|with)\b")
_HEADLINE_VERBS = words("""says say said warns warned tells told admits admitted insists predicts confirms fears
    estimates finds shows suggests believes reckons""")
# Headline verbs that need no "that" ("Study finds 1 in 3 …", "Poll suggests 60% …")
_HEADLINE_BARE = words("finds shows suggests believes reckons estimates fears")

_NEAR_QUOTE = re.compile(r"\x00[\s,]*(?:[\w’'.-]+\s+){0,6}$")
_DOCUMENT_NOUNS = words("""study report survey poll research review inquiry analysis audit investigation paper census data
    figures documents document filing filings records papers minutes statistics accounts emails transcript transcripts
    results tests images footage evidence assessment estimates projections""")
_QUOTED = re.compile(r"\s+([^,;:\x00]{2,60}?)\s+as\s+(?:saying|telling\s+\w+)(?:\s+that)?\b\s*:?")
_DASH = re.compile(r"\x00[\s,]*[—–-]+\s*([^\x00;:]{2,90}?)\s*[.!?]?\s*$")
_QUOTE_ONLY = words("continued continues replied replies responded responds")
_CLAIMED_OBJECT = re.compile(r"\s+(?:the|her|his|their|its|a|an|victory|title|\d)\b", re.IGNORECASE)
_OBJECT_VERBS = words("reported reports announced announces revealed reveals unveiled denied denies deny argued argues")
_CLAUSE_NEXT = re.compile(
    r"\s*(?:that\b|:|\x00|,|[.!?]|$)|(?:\s*,?\s*(?:on|last|this|late|early)\s+\w+"
    r"|\s+(?:yesterday|today|earlier|on\s+\w+day))+\s*(?:that\b|,|:|[.!?]|$)"
)
_LEADING_PLURAL = re.compile(r"((?:[A-Z][\w’'-]*\s+)?(?:[a-z][\w-]*\s+)?([a-z]+s))\s+(?:have|had|were|are|said|say|\w+ed)\b")
_LEADING_SINGLE = re.compile(r"([A-Z][a-z]+(?:[A-Z][a-z]+)?)\s+(?:has\s+|had\s+)?[a-z]+ed\b")
_NOT_SUBJECT = words("""The This That These Those It He She They We I There Here But And However Yesterday Today
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August
    September October November December Police Officials Analysts Experts Critics Doctors Investigators""")
_OUTLET_WORK = re.compile(
    r"(.+?)(?:'s|’s)?\s+(?:analysis|research|figures|data|estimates|calculations|survey|poll|investigation)$"
)
_VERB_END = re.compile(r"\s[a-z]+ed(?:\s+(?:off|out|up|down|away|back|aside|over))?$")
_RELATIVE_SUBJECT = re.compile(
    r"\s*([^,;:\x00]{2,80}?),\s+(?:who|whose|which)\b[^;]*,"
    r"(?:\s+(?:has|have|had|also|already|previously|later|then|now|repeatedly|recently|once|again|earlier))*\s*$"
)
_ELIDED = re.compile(r"(?:,\s*|\s)(?:but|and)\s+(?:[a-z]+ly\s+|later\s+|also\s+|then\s+)?$")
_LEADING_GROUP = re.compile(r"(Police|Officials|Investigators|Rescuers|Doctors|Firefighters|Paramedics|Prosecutors)\s+[a-z]")
_LEADING_DESC = re.compile(r"(?:The|This|That)\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)(?=\s+[a-z])")
_ANTECEDENT = re.compile(r"((?:[a-z]+\s+){0,2}(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*)$")
_LEADING_NAME_APPOSITIVE = re.compile(r"([A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3},\s+[^,]{3,60}),\s")
_LEADING_APPOSITIVE = re.compile(r"((?:The |the )?[\w’'. -]{3,60},\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3}),\s")
# A capitalised name with its title, then a lower-case word: a subject and its verb, not a description.
_CLAUSE_IN_APPOSITIVE = re.compile(r"(?:[A-Z][\w’'.-]*\s+){2,}(?:(?!of\b|for\b|at\b|and\b|in\b)([a-z][\w-]*)|and\s+([a-z]+))")
# A person named in apposition inside a sentence: "the central bank governor, Anna Roth," or
# "Anna Roth, the central bank governor,".
_OBJECT_APPOSITIVE = re.compile(
    r"(?<=\s)((?:the|its|their|his|her)\s+(?:[\w’'-]+\s+){0,4}[\w’'-]+,\s+[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,2})(?=,|\s*[.;]|$)"
    r"|(?<=\s)([A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,2},\s+(?:the|a|an|its|their)\s+(?:[\w’'-]+\s+){0,5}[\w’'-]+)(?=,|\s*[.;]|$)"
)
_BUSINESS_SUBJECT = re.compile(
    r"(?:Shares|Profits?|Sales|Revenues?|Earnings|Losses|Staff|Workers|Customers)\s+(?:in|at|of)\s+"
    r"((?:[A-Z][\w&’'.-]*\s+){0,3}[A-Z][\w&’'.-]*)(?=\s+(?:[a-z]|[A-Z][a-z]+day\b))"
)
_LEADING_LOCATED = re.compile(
    r"(([A-Z][a-z]+s)\s+(?:at|from|in|of|with)\s+(?:the\s+)?(?:[A-Z][\w’'.-]*\s+){0,4}[A-Z][\w’'.-]*)"
    r"\s+(?:have|had|were|are|[a-z]+ed)\b"
)
_COORDINATED = re.compile(
    r"[A-Z][^,;\x00]{2,60}?\s+and\s+((?:(?:Mr|Mrs|Ms|Dr|Prof|Professor|Sir|Dame|Lord|Lady)\s+)?"
    r"[A-Z][\w’'-]+\s+[A-Z][\w’'-]+)\s+(?:have|has|had|were|are|[a-z]+ed|led|met|ran|won|wrote|told|said)\b"
)
_TRAILING_AGE = re.compile(r",\s*(?:aged\s+)?\d{1,3}\s*,?\s*$")
_PRONOUNS = words("he she they it i we")
_LOWER_SUBJECT_START = words("""he she they it i we a an the this these those its his her their one some many several two three
    local police officials analysts experts economists scientists researchers authorities sources critics
    campaigners residents witnesses doctors unions officers investigators""")


@dataclass(eq=False)
class Phrase:
    """One attribution phrase in a sentence."""

    sentence: Sentence
    np_start: int
    np_end: int
    verb_start: int
    end: int  # end of the phrase (verb, outlet, adverbials, "that")
    entity: Entity | None
    outlet: str | None
    basis: str | None
    channel: bool  # the phrase names its own channel ("in a statement"): no outlet carried over
    marker: str | None
    spans: list[tuple[int, int]] = field(default_factory=list)
    carried: str | None = None  # the speaker's outlet known when this phrase was read

    def __post_init__(self) -> None:
        if self.entity is not None:
            self.carried = self.entity.outlet

    def source(self, kind: str) -> Source:
        e = self.entity
        speaker = e.speaker if e else None
        outlet = self.outlet
        if outlet is None and e is not None and not self.channel:
            outlet = self.carried
        return Source(kind, speaker, outlet, self.basis)


def mention(masked: str, s: Sentence, registry: Registry) -> None:
    """Register the subject of a sentence, then people named in apposition later in it
    ("… met the central bank governor, Anna Roth, on Tuesday"), so that a later surname or
    pronoun can refer to them. A named person as subject is kept in ``registry.subjects``: an
    unattributed quote after it is theirs."""
    registry.last_resolved = None
    _mention_subject(masked, s, registry)
    subject = registry.last_resolved
    coordinated = _COORDINATED.match(masked, s.start, s.end)
    if coordinated and parse_speaker(coordinated.group(1))[0]:
        registry.resolve(coordinated.group(1))  # "Professor Helen Marsh and Dr Peter Wynn led …"
    if subject is not None and subject.name and subject.person:
        registry.subjects.append((s.start, subject))
    for m in _OBJECT_APPOSITIVE.finditer(masked, s.start + 1, s.end):
        phrase = m.group(1) or m.group(2)
        if masked[max(s.start, m.start() - 4) : m.start()].strip().lower() == "of":
            continue  # "one of his MPs, Robert Jackson,": a part, not an apposition
        if m.group(2) and masked[max(s.start, m.start() - 2) : m.start()].strip()[-1:].isalpha():
            prev = masked[s.start : m.start()].split()
            if prev and prev[-1][:1].isupper():
                continue  # the end of a longer name ("Charles Saumarez Smith, the director")
        name, desc = parse_speaker(phrase)
        lower = set(desc.lower().split()) if desc else set()
        if (
            name
            and desc
            and len(name.split()) >= 2
            and lower & (PERSON_NOUNS | TITLE_WORDS)
            and not lower & SPEECH_VERBS
            and not _NOT_NP.search(desc)
            and not is_outlet(name)
        ):
            registry.resolve(phrase)


def _mention_subject(masked: str, s: Sentence, registry: Registry) -> None:
    business = _BUSINESS_SUBJECT.match(masked, s.start, s.end)
    if business:
        registry.mention_org(business.group(1))  # "Shares in Aldgate Foods fell …": a later "it"
        return
    appositive = _LEADING_APPOSITIVE.match(masked, s.start, s.end) or _LEADING_NAME_APPOSITIVE.match(masked, s.start, s.end)
    clause = appositive and _CLAUSE_IN_APPOSITIVE.match(appositive.group(1))
    if clause and clause.group(1) not in PERSON_NOUNS and clause.group(1) not in TITLE_WORDS:
        appositive = None  # "Finance Minister Karl Weber met the governor, Anna Roth, …": a clause
    if appositive and parse_speaker(appositive.group(1))[0]:
        registry.mention(appositive.group(1))  # "The firm's director, Joan Pryce, spoke …"
        return
    desc = _LEADING_DESC.match(masked, s.start, s.end)
    if desc:
        registry.mention(masked[s.start : desc.end(1)])  # "The education minister disputed …"
        return
    located = _LEADING_LOCATED.match(masked, s.start, s.end)
    if located and common_noun(located.group(2)):
        registry.resolve(located.group(1))  # "Scientists at Imperial College London studied …": a later "they"
        return
    plural = _LEADING_PLURAL.match(masked, s.start, s.end)
    if plural and common_noun(plural.group(2)):
        registry.resolve(plural.group(1))  # "European leaders have blamed …": a later "they"
        return
    name = _LEADING_NAME.match(masked, s.start, s.end)
    if name and len(masked[s.start : name.end(1)].split()) >= 2:
        registry.mention(_up_to_verb(masked[s.start : name.end(1)]))  # "Mayor Jane Holt opened …"
        return
    single = _LEADING_SINGLE.match(masked, s.start, s.end) or _LEADING_GROUP.match(masked, s.start, s.end)
    if single and common_noun(single.group(1)):
        registry.resolve(single.group(1))  # "Police were called …": a later "they"
    elif single and single.group(1) not in _NOT_SUBJECT:
        registry.mention_org(single.group(1))  # "Boeing apologised …": a later "it"


def _up_to_verb(phrase: str) -> str:
    """A leading name phrase cut before a lower-case word after a capitalised one that is no part of a
    title: "Judge Peter Lane jailed Marsh" → "Judge Peter Lane"; "Prime minister Tony Blair" stays."""
    words = phrase.split(" ")
    for k in range(1, len(words)):
        w = words[k]
        if (
            w[:1].islower()
            and words[k - 1][:1].isupper()
            and w not in TITLE_WORDS
            and w not in PERSON_NOUNS
            and w not in _PARTICLES
            and k >= 2
        ):
            return " ".join(words[:k])
    return phrase


_PARTICLES = words("of for and the de da di van von der den bin al la le du del y at in on")


def sentence_phrases(masked: str, s: Sentence, registry: Registry) -> list[Phrase]:
    text = masked[s.start : s.end]
    found: list[Phrase] = []
    taken = 0
    rejected: int | None = None  # the first speech verb that made no phrase ("Police reported 3 deaths")
    for m in _speech_verbs(text):
        if m.start() < taken:
            continue
        ph = (
            _according(text, m, s, registry) if m.group().lower() == "according to" else _verb_phrase(text, m, s, registry, taken)
        )
        if ph is None and not found and rejected is not None and _ELIDED.search(text, 0, m.start()) and m.group() in SPEECH_VERBS:
            # "Police initially reported 3 deaths, but later said …": the sentence's subject speaks
            subject, at = _subject(text, 0, rejected)
            subject = clean_phrase(subject) if subject else None
            entity = (
                registry.resolve(subject) if subject and (common_noun(subject.split()[-1]) or parse_speaker(subject)[0]) else None
            )
            if entity is not None:
                ph = Phrase(
                    s, s.start + at, s.start + at + len(subject or ""), s.start + m.start(),
                    s.start + _skip(text, m.end(), r"\s*(?:that\b|:)?"), entity, None, None, False, None,
                )  # fmt: skip
        if ph is None and rejected is None:
            rejected = m.start()
        if ph is None and found and _ELIDED.search(text, 0, m.start()) and m.group() in SPEECH_VERBS:
            # "Police initially reported that …, but later said …": the same speaker goes on
            prev = found[-1]
            at = s.start + m.start()
            ph = Phrase(
                s,
                at,
                at,
                at,
                s.start + _skip(text, m.end(), r"\s*(?:that\b|:)?"),
                prev.entity,
                prev.outlet,
                prev.basis,
                prev.channel,
                None,
            )
        if ph is not None:
            found.append(ph)
            if ph.outlet:
                registry.last_outlet = ph.outlet
            taken = ph.end - s.start
    if not found:
        dash = (
            _dash_attribution(text, s, registry)
            or _colon_attribution(text, s, registry)
            or _participle_attribution(text, s, registry)
        )
        if dash is not None:
            found.append(dash)
    _assign_spans(text, s, found)
    return found


_COLON = re.compile(r"\s*(?:[-–—•*]\s*)?([^:;,\x00]{2,60}?):\s*\x00")
_LABELS = words("""analysis watch live exclusive breaking update updated explainer opinion comment review video
    listen read timeline factbox profile obituary interview in pictures quiz poll""")


def _titled(desc: str | None) -> bool:
    return bool(desc) and any(w.lower() in TITLE_WORDS or common_noun(w) for w in (desc or "").split())


def _colon_attribution(text: str, s: Sentence, registry: Registry) -> Phrase | None:
    """ "Minister: ‘We will build 300,000 homes’": a speaker, a colon, then the quote (headline style)."""
    m = _COLON.match(text)
    if not m:
        return None
    phrase = re.sub(r"^(?:Said|Says|Added|Adds)\s+", "", m.group(1).strip())  # "Said Wales coach X: “…”"
    words = phrase.split()
    if len(words) > 6 or phrase.lower() in _LABELS or _NOT_NP.search(phrase) or is_outlet(phrase):
        return None
    if any(w[:1].islower() and w.lower() not in TITLE_WORDS and w.lower() not in PERSON_NOUNS for w in words[1:]):
        return None  # "Conti immediately told the director: “…”" is no speaker label
    name, desc = parse_speaker(phrase)
    if not (name or (desc and (common_noun(desc.split()[-1]) or desc.split()[-1].lower() in TITLE_WORDS))):
        return None
    if not s.is_headline and not (name and _titled(desc)):
        return None  # in the body only "Manchester City boss Kevin Keegan: “…”", not "Observes Mr Hadi: “…”"
    entity = registry.resolve(phrase)
    if entity is None:
        return None
    start = s.start + m.start(1)
    return Phrase(s, start, start + len(phrase), start, start + len(phrase), entity, None, None, False, None)


_PARTICIPLE = re.compile(
    r"\s*(?:(?:But|And|Yet|So|However|Instead),?\s+)?"
    r"(?P<s>[Hh]e|[Ss]he|[Tt]hey|[Tt]he\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*|(?:Mr|Mrs|Ms|Dr|Sir|Lord)\s+[A-Z][\w’'-]+|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})"
    r"\s+(?:is|was|were|are|has|had|have|remained|stayed|appeared|seemed|[a-z]+ed)\b[^;:\x00]*?,\s*"
    r"(?P<v>saying|adding|insisting|explaining|warning|arguing|noting|claiming)\s*(?::\s*(?=\x00)|that\b)"
)


def _participle_attribution(text: str, s: Sentence, registry: Registry) -> Phrase | None:
    """ "But he is not envious, insisting: “…”": the subject speaks through a participle."""
    m = _PARTICIPLE.match(text)
    if not m:
        return None
    entity = registry.resolve(m.group("s"))
    if entity is None:
        return None
    start = s.start + m.start("s")
    return Phrase(s, start, s.start + m.end("s"), s.start + m.start("v"), s.start + m.end(), entity, None, None, False, None)


def _dash_attribution(text: str, s: Sentence, registry: Registry) -> Phrase | None:
    """ "“We lost 200 sheep” — farmer Joe Bell, speaking to the BBC.": a quote signed after a dash."""
    m = _DASH.search(text)
    if not m:
        return None
    phrase, outlet = m.group(1), None
    channel = re.search(r",\s*(?:speaking|talking|writing)\s+(?:to|in|on)\s+(.+)$", phrase)
    if channel:
        phrase = phrase[: channel.start()]
        o = channel.group(1).strip()
        outlet = _outlet_name(o, registry) if is_outlet_object(o) else None
    words = phrase.split()
    if not words or len(words) > 8 or _NOT_NP.search(phrase):
        return None
    name, desc = parse_speaker(phrase)
    if not name and not (desc and common_noun(desc.split()[-1])):
        return None
    entity = registry.resolve(phrase)
    if entity is None:
        return None
    start = s.start + m.start(1)
    return Phrase(s, start, start + len(phrase), start, s.start + m.end(), entity, outlet, None, outlet is not None, None)


def _according(text: str, m: re.Match[str], s: Sentence, registry: Registry) -> Phrase | None:
    rest = text[m.end() :]
    np = re.match(r"\s*([^,;:\x00]+?)(?=\s*[,;:\x00]|\s*[.!?]?\s*$|\s+(?:that|which|who)\b)", rest)
    if not np:
        return None
    phrase = np.group(1).strip()
    if not phrase:
        return None
    start, end = s.start + m.end() + np.start(1), s.start + m.end() + np.end(1)
    appositive = re.match(r",\s+((?:a|an|the)\s+[^,;:\x00]{2,80}?),", rest[np.end(1) :])
    if appositive and _is_description(appositive.group(1)) and parse_speaker(phrase)[0]:
        # "According to Kai Lund, a fisheries scientist at the University of Bergen, cod …"
        phrase = f"{phrase}, {appositive.group(1)}"
        end = s.start + m.end() + np.end(1) + appositive.end(1)
    basis = None
    by = re.match(
        r"(?i)(?:a |the )?(?:new |latest )?(?:figures?|data|report|estimates?|statistics|research|analysis|survey|study|poll"
        r"|statement|letter|(?:press )?release|tally|count|calculations?|tracker|database|compilation|review"
        r"|documents?)\s+(?:from|by|of|(?:published|released|compiled|collected|gathered) by)\s+(.+)",
        phrase,
    )
    if by:
        phrase = by.group(1)
    own = _OUTLET_WORK.match(phrase)
    if own and is_outlet(own.group(1)):
        phrase = own.group(1)  # "according to BBC analysis": the outlet's own work
    if is_outlet(phrase):
        return Phrase(s, start, end, s.start + m.start(), end, None, _outlet_name(phrase, registry), basis, True, None)
    entity = registry.resolve(phrase)
    if entity is None:
        return None
    return Phrase(s, start, end, s.start + m.start(), end, entity, None, basis, True, None)


def _verb_phrase(text: str, m: re.Match[str], s: Sentence, registry: Registry, taken: int) -> Phrase | None:
    verb = m.group()
    before = text[taken : m.start()]
    if s.is_headline:
        if verb not in _HEADLINE_VERBS:
            return None  # "Wipro beats forecasts", "Disaster claims …": headline verbs are ambiguous
        tail = text[m.end() :].strip(" .!?")
        if tail and MASK not in tail and len(tail.split()) <= 2 and before.strip() and not before.rstrip().endswith(","):
            # "House prices rebound says Halifax": an inverted attribution without a comma
            inv = _inverted(text, m, s, registry)
            if inv is not None:
                return inv
    if _PASSIVE.search(before):
        return None
    bare_headline = s.is_headline and verb in _HEADLINE_BARE
    appended_end = bool(re.search(r"(?:,|\x00)\s*[^,\x00]{2,60}$", before)) and not text[m.end() :].strip(" .!?\"”’'")
    if (
        verb in THAT_ONLY_VERBS
        and not bare_headline
        and not appended_end  # "…, customs data showed."
        and not re.match(r"\s+that\b|\s*:", text[m.end() :])
    ):
        return None
    if verb == "quoted":
        return _quoted_as_saying(text, m, s, registry, taken)
    after_verb = m.end()
    # inverted: "“…,” said Jane Doe, an analyst." / "…, says the report."
    np_text, np_rel = _subject(text, taken, m.start())
    if np_text is not None and _TRAILING_AGE.search(np_text):
        np_text = _TRAILING_AGE.sub("", np_text)  # "Tom Reed, 52, said"
    if np_text is not None:
        cleaned = clean_phrase(np_text)
        np_rel += np_text.find(cleaned) if cleaned and cleaned in np_text else 0
        np_text = cleaned or None
    if verb in _INVERTIBLE and re.search(r"(?:,|\x00)\s*$", before):
        # "…, said Jane Doe" — unless the comma closes an appositive subject ("Jane Doe, an analyst, said")
        appositive = np_text is not None and "," in np_text and parse_speaker(np_text)[0] is not None
        if MASK in before[-3:] or not appositive:
            inv = _inverted(text, m, s, registry)
            if inv is not None:
                return inv
    if np_text is None or np_text[:1].isdigit() or _NOT_NP.search(np_text) or _OPEN_END.search(np_text):
        return None
    if verb in OUTLET_ONLY_VERBS and not (is_outlet(np_text) and re.match(r"\s+(?:that\s+)?[\w$£€]", text[m.end() :])):
        return None
    if _VERB_END.search(np_text):
        return None  # "The prime minister shrugged off claims …", "Mr Blair on Sunday dismissed reports …"
    if verb in ("found", "finds", "showed", "shows", "show") and not set(np_text.lower().split()) & _DOCUMENT_NOUNS:
        return None  # "A study found that …", not "Police found that …"
    if re.search(r"\bto\s+(?!the\b|a\b|an\b|[A-Z])[a-z]", np_text):
        return None  # "Dr Fox refused to discuss weekend newspaper reports"
    if re.match(r"[’'´]|\s+by\b|\s+(?:has|have|had|is|are|was|were|will|would|nothing|little|not|no)\b", text[m.end() :]):
        return None  # "member states' budgets", "the figure forecast by analysts"
    if np_text.split()[0].lower() in _PRONOUNS and len(np_text.split()) > 1:
        return None  # "He also dismissed claims …"
    if np_text in ("I", "We", "we"):
        return None  # the writer speaking in narration ("I say this as …"), not a source
    if verb in ("added", "adds") and _ADDED_OBJECT.match(text, m.end()):
        return None  # "Cole added a second goal"
    if verb in _OBJECT_VERBS and not _CLAUSE_NEXT.match(text, m.end()):
        return None  # "Diageo reported a turnover of £8.89bn": an event, not a statement
    if verb in ("claimed", "claims") and _CLAIMED_OBJECT.match(text, m.end()):
        return None  # "claimed her seventh title"
    if verb in _QUOTE_ONLY and not (_NEAR_QUOTE.search(before) or re.match(r"\s*(?::|\x00)", text[m.end() :])):
        return None  # "the sector continued to suffer"; but "“…,” he continued."
    if verb in ("asked", "asks") and re.match(
        r"\s+(?:if|whether|why|how|what|when|where|who|about|for|to|him|her|them|me|us)\b", text[m.end() :]
    ):
        return None
    # the subject must look like a speaker: short, and not a clause
    words = np_text.split()
    if not words or len(words) > 14 or MASK in np_text:
        return None
    head = words[-1].lower().strip(",")
    first = words[0].lower()
    after_quote = bool(re.search(r"\x00[\s,—–-]*$", text[:np_rel]))
    headline_tag = s.is_headline and len(words) <= 3 and bool(re.search(r",\s*$", text[:np_rel]))
    if (
        not (after_quote and len(words) <= 6)
        and not headline_tag  # "Energy bills to rise, regulator says": no article in headlines
        and words[0][:1].islower()
        and first not in _LOWER_SUBJECT_START
        and not (len(words) <= 4 and (head in PERSON_NOUNS or head in _LOWER_SUBJECT_START))
        and not (len(words) <= 4 and head in _DOCUMENT_NOUNS and appended_end)  # "…, customs data showed."
        and not (first in PERSON_NOUNS or first in TITLE_WORDS)
        and not (any(w.lower() in TITLE_WORDS or w.lower() in PERSON_NOUNS for w in words) and parse_speaker(np_text)[0])
    ):
        return None
    if re.search(r"\b(?:is|are|was|were|has|have|had)\s+\w+(?:ed|en)\b", np_text):
        return None
    outlet, channel, pos = _after_verb(text, verb, after_verb)
    if outlet == "" or (verb in ("told", "tells", "tell") and re.match(r"\s*to\s+[a-z]", text[pos:])):
        return None  # "told the party leader to focus on …" is an instruction
    basis = None
    cite = _CITING.search(text, 0)
    if cite and "iting" not in cite.group()[:8] and not (cite.start() == 0 or 0 <= cite.start() - pos <= 3):
        cite = None  # "based on" is a basis only opening the sentence or right after the verb
    if cite and (cite.end() <= np_rel or cite.start() >= after_verb or np_rel + len(np_text) <= cite.start() < m.start()):
        basis = cite.group("b").strip()
        if cite.start() >= after_verb and cite.start() - pos <= 3:
            pos = _skip(text, cite.end(), r"\s*,")
    if outlet is None:
        late = _LATE_OUTLET.search(text, pos)
        if late and is_outlet_object(late.group("o").strip()):
            outlet, channel = clean_outlet(late.group("o").strip()), True  # "…, speaking to CNN on Sunday."
    intro = _INTRO_OUTLET.search(text, 0, np_rel)
    if outlet is None and intro and intro.group("p"):
        outlet, channel = intro.group("p"), True  # "In a post on X, the senator said"
    elif outlet is None and intro:
        o = (intro.group("o") or intro.group("i")).strip()
        writing = intro.group().lower().startswith("writing in")
        if is_outlet_object(o) or (writing and o[:1].isupper() and not is_audience(o)):
            outlet, channel = clean_outlet(o), True
    if is_outlet(np_text) and np_text.lower() not in _PRONOUNS:
        # "The Times reported that …": the outlet itself speaks
        entity = None
        outlet = _outlet_name(np_text, registry)
    else:
        appended = bool(re.search(r"(?:,|\x00)\s*$", text[:np_rel]))
        entity = registry.resolve(np_text, appended=appended)
        if entity is None and np_text.lower() == "it" and registry.last_outlet:
            outlet = outlet or registry.last_outlet
        elif entity is None and np_text.lower() not in _PRONOUNS:
            return None
        if entity is not None and outlet and entity.outlet is None:
            entity.outlet = outlet
    pos = _skip(text, pos, r"\s*(?:that\b|:)?")
    np_start = s.start + np_rel
    return Phrase(
        s,
        np_start,
        np_start + len(np_text),
        s.start + m.start(),
        s.start + pos,
        entity,
        outlet,
        basis,
        channel,
        VERB_MARKERS.get(verb),
    )


_GENERIC_OUTLET = re.compile(
    r"(?i)the\s+(?:newspaper|paper|broadcaster|magazine|channel|agency|news agency|station|network|website)$"
)


def _outlet_name(phrase: str, registry: Registry) -> str:
    """An outlet as shown; "the newspaper" names the outlet last mentioned."""
    if _GENERIC_OUTLET.match(phrase.strip()) and registry.last_outlet:
        return registry.last_outlet
    return clean_outlet(phrase)


def _quoted_as_saying(text: str, m: re.Match[str], s: Sentence, registry: Registry, taken: int) -> Phrase | None:
    """ "The Guardian quoted a senior minister as saying that …": the minister, to The Guardian."""
    q = _QUOTED.match(text, m.end())
    if not q:
        return None
    source, _ = _subject(text, taken, m.start())
    outlet = _outlet_name(source, registry) if source and is_outlet(clean_phrase(source)) else None
    entity = registry.resolve(q.group(1))
    if entity is None:
        return None
    np_start = s.start + q.start(1)
    # the verb position is the speaker's: the statement follows "as saying", as after "X said"
    return Phrase(s, np_start, s.start + q.end(1), np_start, s.start + q.end(), entity, outlet, None, True, None)


def _skip(text: str, pos: int, pattern: str) -> int:
    m = re.compile(pattern).match(text, pos)
    return m.end() if m else pos


def _subject(text: str, taken: int, verb_start: int) -> tuple[str | None, int]:
    """The speaker phrase before a verb, as (text, absolute start within the sentence text)."""
    relative = _RELATIVE_SUBJECT.match(text, taken, verb_start)
    if relative:
        # "The actor, whose films include Star Wars: The Phantom Menace, said": skip the clause
        start = relative.start(1) + len(relative.group(1)) - len(relative.group(1).lstrip())
        return relative.group(1).strip() or None, start
    lo = taken
    for sep in (";", ":", MASK, "–", "—", " - "):
        k = text.rfind(sep, lo, verb_start)
        if k >= 0:
            lo = k + 1
    if " - " in text[lo:verb_start]:
        lo = text.rfind(" - ", lo, verb_start) + 3
    opened = text.rfind("(", lo, verb_start)
    if opened >= 0 and text.find(")", opened, verb_start) < 0:
        lo = opened + 1  # "(officials said)" inside brackets
    pre = text[lo:verb_start]
    trailing_comma = pre.rstrip().endswith(",")
    parts = [(mm.start() + lo, mm.group()) for mm in re.finditer(r"(?:[^,]|,(?=\d))+", pre)]
    parts = [(a, p) for a, p in parts if p.strip()]
    if not parts:
        return None, verb_start
    chosen = [parts[-1]]
    if trailing_comma and len(parts) >= 2:
        # an appositive "X, Y," before the verb; skip relative clauses
        cand = [p for p in parts if not re.match(r"\s*(?:who|which|whose|whom|citing|quoting)\b", p[1])]
        if len(cand) >= 2:
            first = cand[-2]
            conj = re.match(r"\s*(?:And|But|Yet|So|Meanwhile|However|Now)\s+", first[1])
            if conj:  # "And David Frost, director of the BCC, said"
                first = (first[0] + conj.end(), first[1][conj.end() :])
            chosen = [cand[-1]] if _INTRO.match(first[1]) else [first, cand[-1]]
        else:
            chosen = cand[-1:] or chosen
    if len(chosen) == 1 and len(parts) >= 2 and not trailing_comma and _DESC_START.match(parts[-1][1]):
        # "…, but Jane Doe, head of research at the bank says" (the closing comma is missing)
        prev_start, prev = parts[-2]
        tail = re.search(r"((?:[A-Z][\w’'.-]*\s+){1,3}[A-Z][\w’'.-]*)\s*$", prev)
        if tail and parse_speaker(tail.group(1).strip())[0]:
            a0 = prev_start + tail.start(1)
            return text[a0 : parts[-1][0] + len(parts[-1][1])].strip(" ,"), a0
    start, last = chosen[-1]
    # cut the last part back at a clause word ("…, and officials said")
    words = list(re.finditer(r"\S+", last))
    cut = 0
    cut_word = ""
    for w in words:
        if w.group() in _CLAUSE_CUT or (w.group()[:1].isupper() and w.group().lower() in _CLAUSE_CUT and w.group()[1:].islower()):
            cut, cut_word = w.end(), w.group()
    if cut and cut_word == "who" and not last[cut:].strip():
        # "… by economics minister Heizo Takenaka who said …": the antecedent speaks
        ante = _ANTECEDENT.search(last[: cut - 3].rstrip(" ,"))
        if ante:
            return ante.group(1), start + ante.start(1)
    if cut:
        start, last = start + cut, last[cut:]
    if len(chosen) == 2 and not cut:
        a0 = chosen[0][0]
        phrase = text[a0 : start + len(last)]
        return phrase.strip(" ,"), a0 + len(text[a0:]) - len(text[a0:].lstrip(" ,"))
    stripped = last.strip(" ,")
    offset = start + (len(last) - len(last.lstrip(" ,")))
    return (stripped or None), offset


def _told_person(obj: str) -> bool:
    """A person told something: "told the show's director", "told his wife", "told a friend"."""
    words = obj.split()
    return (
        2 <= len(words) <= 4
        and words[0] in ("the", "his", "her", "their", "its", "a", "an", "my", "our")
        and (words[-1] in PERSON_NOUNS or (words[-1].endswith("s") and words[-1][:-1] in PERSON_NOUNS))
    )


def _after_verb(text: str, verb: str, pos: int) -> tuple[str | None, bool, int]:
    """(outlet, channel named, position after outlet and adverbials); outlet "" rejects the verb."""
    outlet: str | None = None
    channel = False
    if verb in ("told", "tells", "tell"):
        m = _TOLD.match(text, pos)
        if not m:
            return "", False, pos
        obj = (m.group("t") or m.group("aud") or "").strip()
        if m.group("t") and is_outlet_object(obj):
            outlet, channel = clean_outlet(obj), True
            pos = m.end()
        elif m.group("t") and re.match(r"[A-Z]", obj):
            # a person or body told ("told Smith", "told Congress")
            pos = m.end()
            channel = True
        elif obj and (is_audience(obj) or obj in ("him", "her", "them", "us", "me") or _told_person(obj)):
            pos = m.end()
            channel = True
        else:
            return "", False, pos  # "tells the story of": not speech
    while True:
        m = _ADVERBIAL.match(text, pos)
        if not m or m.end() == pos:
            break
        o = m.group("o2")
        if o and _PLATFORM.fullmatch(o.strip()):
            outlet, channel = o.strip(), True  # "said in a statement on Telegram"
        elif o and is_outlet_object(o.strip()):
            outlet = clean_outlet(o.strip())
            channel = True
        elif m.group("p"):
            outlet = outlet or m.group("p")
            channel = True
        elif re.search(
            r"statement|interview|report|post|video|speech|letter|note|briefing|release|tweet|blog|email|conference|parliament|court|Commons|Congress",
            m.group(),
        ):
            channel = True
        pos = m.end()
    # "speaking to CNN" / "in an interview with CNN" after the verb
    m = re.match(r"\s*,?\s*(?:speaking|talking)\s+(?:to|on|with)\s+" + _OUTLET_NP, text[pos:])
    if m and is_outlet_object(m.group("o").strip()):
        outlet, channel = clean_outlet(m.group("o").strip()), True
        pos += m.end()
    return outlet, channel, pos


def _inverted(text: str, m: re.Match[str], s: Sentence, registry: Registry) -> Phrase | None:
    rest = text[m.end() :]
    np = re.match(
        r"\s+((?!(?:that|it|to|in|on|at|this|there)\b)\w[^;:\x00]*?)(?=\s*[.!?]?\s*$|\s*[;:\x00]|,\s+(?:adding|saying|noting|who|which)\b)",
        rest,
    )
    if not np:
        return None
    phrase = np.group(1)
    spoken = re.search(r",\s*(?:speaking|talking)\s+(?:to|on|with)\s+(.+)$", phrase)
    spoken_outlet = None
    if spoken:
        o = spoken.group(1).strip(" .")
        spoken_outlet = _outlet_name(o, registry) if is_outlet_object(o) else None
        phrase = phrase[: spoken.start()]  # "said Dana Wu, the founder, speaking to CNBC"
    cut = re.search(
        r"\s+(?:on|last|this)\s+"
        + _DAYS
        + r"|\s+(?:yesterday|today|earlier|later)\b|\s+in\s+(?:a|an)\s+\w+"
        + r"|\s+(?:at|during)\s+(?:a|an|the)\s+(?:press|news)|\s+on\s+"
        + _PLATFORMS,
        phrase,
    )
    if cut:
        phrase = phrase[: cut.start()]
    parts = [p for p in phrase.split(", ") if not re.fullmatch(r"(?:aged\s+)?\d{1,3}", p.strip())]
    if len(parts) >= 2 and not _is_description(parts[1]):
        # "Then, says Mr Kotamaraja, the blogging world found out.": the name alone speaks
        phrase = parts[0]
    phrase = phrase.strip(" ,")
    if re.search(r"\w{2}\.$", phrase):
        phrase = phrase[:-1]  # "…, says its founder, Grace Obi."
    if not phrase or len(phrase.split()) > 16 or phrase[:1].isdigit():
        return None
    if re.search(r"\b(?:is|are|was|were|has|have|had|would|will|could|can|may|might)\b", phrase):
        return None
    start = s.start + m.end() + np.start(1)
    full_end = s.start + m.end() + np.end(1)
    end = start + len(phrase) if phrase != np.group(1).strip(" ,") and len(parts) >= 2 and not spoken else full_end
    if is_outlet(phrase):
        return Phrase(
            s, start, start + len(phrase), s.start + m.start(), end, None, _outlet_name(phrase, registry), None, True, None
        )
    entity = registry.resolve(phrase)
    if entity is None:
        return None
    outlet, channel, _ = _after_verb(text[: m.end()] + text[np.end(1) + m.end() :], m.group(), m.end())
    if spoken_outlet:
        outlet, channel = spoken_outlet, True
    return Phrase(
        s,
        start,
        start + len(phrase),
        s.start + m.start(),
        end,
        entity,
        outlet or None,
        None,
        channel,
        VERB_MARKERS.get(m.group()),
    )


def _is_description(part: str) -> bool:
    """Whether an appositive describes a person ("an analyst at Nordbank", "chief economist")."""
    words = part.split()
    bare = {w.lower().strip(",.'’") for w in words}
    if not words or len(words) > 12 or _NOT_NP.search(part):
        return False
    if re.search(r"\b[a-z]+ed\b", part) and not bare & PERSON_NOUNS:
        return False  # "…, said Mr Lee, surprised by the result": not a description ("a retired nurse" is)
    return (
        bool(bare & PERSON_NOUNS)
        or bool(bare & TITLE_WORDS)
        or bool(bare & {"of", "at", "for", "with"})
        or words[0][:1].isupper()
        or (len(words) > 1 and words[0].lower() in ("a", "an", "the") and words[1][:1].isupper())
    )


def _assign_spans(text: str, s: Sentence, phrases: list[Phrase]) -> None:
    """The statement spans of each phrase of one sentence."""
    bound = s.start
    for i, ph in enumerate(phrases):
        nxt = phrases[i + 1].np_start if i + 1 < len(phrases) else s.end
        first = min(ph.np_start, ph.verb_start)
        after = text[ph.end - s.start : nxt - s.start]
        if nxt < s.end and not after.strip(" ,:") and ph.end < nxt + 1:
            # "told the court that he warned Mr Ebbers that …": the inner statement nests in the outer
            after, nxt = text[ph.end - s.start :], s.end
        pre = text[bound - s.start : first - s.start]
        inverted = ph.np_start > ph.verb_start
        appended = inverted or bool(re.search(r"(?:,|\x00)\s*$", pre)) or not pre.strip(" ,")
        complement = bool(after.strip(" .!?,\x00\"”’'")) and not after.lstrip().startswith(",")
        if (
            complement
            and pre.strip(" ,\x00")
            and re.search(r"(?:,|\x00)\s*$", pre)
            and not _INTRO.match(pre)
            and _ADVERBIAL_TAIL.match(after)
        ):
            # "Sales rose 4%, the company said at the Detroit motor show."
            complement = False
            after = ""
        spans: list[tuple[int, int]] = []
        if appended and not complement and pre.strip(" ,\x00"):
            semi = pre.rfind(";")
            spans.append((bound + semi + 1 if semi >= 0 else bound, first))
        # "Then, says Mr Lee, the world found out": a short lead-in, then the statement goes on
        parenthetical = inverted and len(pre.split()) <= 3 and bool(re.match(r"\s*,\s+(?!who\b|which\b|whose\b|whom\b)", after))
        if after.strip(" .!?,\x00\"”’'") and (not inverted or _CONTINUES.match(after) or parenthetical):
            lead = len(after) - len(after.lstrip(" ,"))
            stop = _STATEMENT_END.search(after, lead)
            spans.append((ph.end + lead, ph.end + stop.start() if stop else nxt))
        if text[first - s.start :].lower().startswith("according to") or (
            ph.entity is None and ph.outlet and ph.channel and "ccording" in text[ph.verb_start - s.start : ph.np_start - s.start]
        ):
            spans = [(bound, nxt)]
        ph.spans = [(a, b) for a, b in spans if b > a]
        bound = phrases[i + 1].np_start if nxt == s.end and i + 1 < len(phrases) else nxt
