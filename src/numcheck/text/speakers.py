"""Speaker phrases: split into name and description, format, and follow across a document.

Speaker string form (what :attr:`numcheck.model.Source.speaker` holds):

- a name with a description: ``Name (description)``, e.g. ``George Barros (Institute for the
  Study of War analyst)``, ``Antony Blinken (Secretary of State)``; a leading article of the
  description is dropped (``Jane Doe (analyst at the bank)``);
- a name alone: ``Mr Putin``, ``Amazon``;
- a description alone, as written, with a leading article in lower case: ``a Ukrainian
  commander``, ``US officials``, ``the defence ministry``.

A later mention of the same speaker reuses the first one's entity, so every figure of one
speaker carries the same string (the fullest name and the first description seen): a surname
or honorific plus surname (``Barros``, ``Mr Blinken``), a definite description sharing a head
noun (``the unnamed commander`` → ``a Ukrainian commander``), or a pronoun (``he``, ``she``,
``they``, ``it``) → the latest speaker that fits. Gender comes from honorifics and from lists of
common given names (:data:`~numcheck.text.lexicon.FEMALE_NAMES`), so "he" skips "Clara Dunn".
An acronym refers back to the body that introduced it ("the Office for Budget Responsibility
(OBR)" … "the OBR"), and an epithet to the person just named ("the Kenyan", "the 28-year-old").
A capitalised agent noun before a name is an occupation ("Beekeeper Owen Pryce").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from numcheck.text.lexicon import (
    AUDIENCES,
    FEMALE_HONORIFICS,
    FEMALE_NAMES,
    HONORIFICS,
    LEADING_DROP,
    MALE_HONORIFICS,
    MALE_NAMES,
    NAME_PARTICLES,
    OBJECT_OUTLETS,
    OUTLET_WORDS,
    OUTLETS,
    PERSON_NOUNS,
    PRONOUNS,
    STRONG_OUTLETS,
    TITLE_WORDS,
    UNISEX_NAMES,
    WEAK_OUTLET_WORDS,
    words,
)

_ORG_WORDS = words("""street house palace hall whitehall kremlin motors airlines airways holdings industries
    systems technologies telecom communications energy foods pharmaceuticals electronics entertainment
    networks partners capital securities insurance stores brands bancorp petroleum steel mining dynamics
    electric mills atomics
    ministry department bank company institute university council agency office service
    police army government group inc ltd corp plc association federation commission committee
    union party club authority board court foundation organisation organization fund trust
    centre center network programme program league society report study survey statement
    firm spokesman spokeswoman spokesperson""")
_ORG_HEADS = words("""ministry department bank company institute university council agency office service
    police army government group association federation commission committee union party club
    authority board court foundation organisation organization fund trust centre center
    network league report study survey statement firm military kremlin pentagon""")
_GOVERNMENT_WORDS = words("""pentagon kremlin whitehall congress senate parliament assembly house chamber
    cabinet treasury fed bundesbank mint met nations union states republic kingdom community
    inquiry tribunal hearing panel summit conference forum administration regime campaign family
    families team side squad crowd people public government""")
# "state broadcaster CCTV", "the Russian news agency Interfax", "Germany's Bild newspaper" is not this
_OUTLET_DESCRIPTOR = re.compile(
    r"(?:(?:[Tt]he|[Aa])\s+)?(?:[\w-]+\s+){0,2}(?:broadcaster|newspaper|news\s+agency|news\s+site|tabloid|daily|weekly|"
    r"TV\s+channel|channel|website|news\s+outlet|outlet|magazine|radio\s+station|station|paper|show|programme|podcast)"
    r"\s+(?=[A-Z0-9])"
)
_GENERIC_OUTLETS = words("programme program newspaper magazine media television tv radio broadcaster podcast show")
_VERBS = words("""has had have is was were are said says gave made took told saw went came got put set cut
    kept left lost won paid sold bought brought built began became fell rose grew spent sent held ran met
    found chose gives makes takes plans wants faces expects""")
_PERSON_PARTICLES = words("de da di van von der den bin bint ibn al la le du del dos das y")
_COMMON = words("""police authorities people investigator authority source critic union officer expert
    prosecutors prosecutor rescuer rescuers organisers medics staff crew team government""")
_FOREIGN_ARTICLES = words("Le La Les El Il Der Die Das De Het")
_PREPOSITIONS = words("at of for from in with on to by about under")
_ARTICLES = words("a an the")
_DESCRIBED_NAME = re.compile(r"([a-z][\w-]*(?:\s+[a-z][\w-]*){0,3})\s+(the\s+[A-Z][\w&’'-]*(?:\s+[A-Z][\w&’'-]*){0,4})")
_ACRONYM = re.compile(r"(?:[Tt]he\s+)?([A-Z][A-Z0-9&]{1,7})")
_DOCUMENTS = words("""data figures report study survey poll statement research statistics analysis documents records
    results evidence estimates""")
_POSSESSIVES = words("his her their its our my your")
# Epithets that name a person just mentioned ("the Kenyan", "the 28-year-old", "the Briton").
_EPITHET = re.compile(
    r"(?:(?:former|veteran|young|experienced)\s+)?"
    r"(?:\d+-year-old|[A-Z][a-z]+(?:an|ian|ese|ish|i|ch)|Briton|Scot|Swede|Dane|Pole|Finn|Turk|Greek|Swiss|Thai"
    r"|[A-Z][a-z]+man|[A-Z][a-z]+woman|Kiwi|Aussie)"
)
# Modifiers of a role that never name the role ("the former …", "a senior …").
_MODIFIERS = words("former senior junior new old top local acting interim outgoing incoming retired ex one")
_TOKEN = re.compile(r"[^\s,]+")


@lru_cache(maxsize=8192)
def _bare(token: str) -> str:
    """Lower case, without a possessive ending or full stops: "Seoul’s" → "seoul"."""
    if token.endswith(("'s", "’s")):
        token = token[:-2]
    elif token.endswith(("'", "’")):
        token = token[:-1]
    return token.strip(".").lower()


def _cap(token: str) -> bool:
    return token[:1].isupper() or token[:1].isdigit()


@lru_cache(maxsize=8192)
def is_outlet(phrase: str) -> bool:
    """Whether a noun phrase names a news organisation ("The Times", "CNN", "the BBC's Today programme")."""
    if "," in phrase:
        return False
    words = _TOKEN.findall(phrase)
    tokens = [_bare(w) for w in words if _bare(w) and _bare(w) not in _ARTICLES]
    if not tokens or len(tokens) > 7:
        return False
    if tokens[-1] in _GENERIC_OUTLETS and len(tokens) <= 3:
        return True
    described = _OUTLET_DESCRIPTOR.match(phrase)
    if described and all(_cap(w) for w in _TOKEN.findall(phrase[described.end() :])):
        return True  # "state broadcaster CCTV", "the tabloid Bild", "news agency Tasnim"
    lower = [_bare(w) for w in words if not _cap(w)]
    if any(
        w not in _ARTICLES and w not in ("of", "and", "on") and w not in _GENERIC_OUTLETS and w not in OUTLET_WORDS for w in lower
    ):
        return False
    caps = [w for w in words if _cap(w)]
    if not caps:
        return False
    if any(_bare(w) in STRONG_OUTLETS for w in caps):
        return True
    last = _bare(caps[-1])
    article = _bare(words[0]) == "the"
    if len(caps) >= 2 and any(_bare(w) in OUTLET_WORDS for w in caps[1:]) and _bare(caps[0]) not in TITLE_WORDS:
        return True  # "the Financial Times Deutschland", "New York Post"
    weak = last in OUTLETS or last in WEAK_OUTLET_WORDS
    return (weak and article) or (last in OUTLET_WORDS and (article or len(caps) >= 2))


def is_outlet_object(phrase: str) -> bool:
    """An outlet as the one spoken to ("told Le Parisien", "speaking to Die Welt"): also names
    opening with a foreign article, which as a subject would more often be a person ("Le Pen")."""
    words = _TOKEN.findall(phrase)
    foreign = len(words) >= 2 and words[0] in _FOREIGN_ARTICLES and all(_cap(w) for w in words[1:])
    if foreign or is_outlet(phrase):
        return True
    caps = words[1:] if words and words[0].lower() == "the" else words
    if len(caps) == 1 and _cap(caps[0]) and _bare(caps[0]) in (OBJECT_OUTLETS | OUTLETS | STRONG_OUTLETS):
        return True  # "told Wired", "told AP"
    # "told the Baltimore Banner": a name of two or more capitalised words after "the" that is
    # no body, audience, title or place of government
    return (
        len(words) >= 3
        and words[0] == "the"
        and len(caps) <= 4
        and all(_cap(w) and not w.isupper() for w in caps)
        and not any(
            _bare(w) in _ORG_WORDS
            or _bare(w) in _ORG_HEADS
            or _bare(w) in AUDIENCES
            or _bare(w) in TITLE_WORDS
            or _bare(w) in PERSON_NOUNS
            or _bare(w) in _GOVERNMENT_WORDS
            for w in caps
        )
    )


def clean_outlet(phrase: str) -> str:
    """An outlet name as shown: leading lower-case "the" dropped ("the BBC" → "BBC"), and a
    description before the name ("state broadcaster CCTV" → "CCTV")."""
    phrase = phrase.strip(" ,.;:")
    described = _OUTLET_DESCRIPTOR.match(phrase)
    if described and described.end() < len(phrase):
        return phrase[described.end() :]
    return phrase[4:] if phrase.startswith("the ") else phrase


def is_audience(phrase: str) -> bool:
    words = [w.lower() for w in _TOKEN.findall(phrase)]
    return bool(words) and (
        words[-1] in AUDIENCES
        or words[0] in ("him", "her", "them", "us", "me", "a", "an")
        or words[-1] in ("him", "her", "them", "us", "me")
    )


@lru_cache(maxsize=8192)
def common_noun(word: str) -> bool:
    """Whether a word is a common noun for people ("Investigators", "Police", "officials")."""
    b = _bare(word)
    return b in PERSON_NOUNS or b in _COMMON or (b.endswith("s") and (b[:-1] in PERSON_NOUNS or b[:-1] in _COMMON))


_OCCUPATION_END = re.compile(r"(?:er|or|ist|ian|eer|man|woman|wife|keeper|smith|wright|ier|ess)$")


@lru_cache(maxsize=8192)
def occupation(word: str, following: str) -> bool:
    """Whether a capitalised word before a name is an occupation, not a first name: a person noun
    ("Midwife Alison Crewe") or an agent-noun ending on a word that is not a given name ("Beekeeper
    Owen Pryce", "Sommelier Luca Bianchi")."""
    b = _bare(word)
    if not _cap(word) or not _cap(following) or b in HONORIFICS or b in FEMALE_NAMES or b in MALE_NAMES or b in UNISEX_NAMES:
        return False
    if common_noun(word):
        return True
    if len(b) < 5:
        return False  # a short unknown word is more often a first name ("Ard Jan Vetham")
    return bool(_OCCUPATION_END.search(b))  # not "before a given name": "Shani Rhys James"


@lru_cache(maxsize=8192)
def _is_person_name(part: str) -> bool:
    words = _TOKEN.findall(part)
    if not 1 <= len(words) <= 5:
        return False
    if common_noun(words[0]) or (len(words) >= 3 and occupation(words[0], words[1])):
        return False  # "Fisherman Tom Bryce", "Beekeeper Owen Pryce"; a surname may be a noun ("Robin Cook")
    if not _cap(words[0]) or not _cap(words[-1]):
        return False
    if any(not _cap(w) and w.lower() not in _PERSON_PARTICLES for w in words):
        return False
    if any(_bare(w) in _ORG_WORDS for w in words) or is_outlet(part):
        return False
    core = [w for w in words if _bare(w) not in HONORIFICS]
    if not core or any(_bare(w) in TITLE_WORDS for w in core[:-1]):
        return False
    return not any(w.endswith(("'s", "’s", "'", "’")) for w in words)


def _is_proper(part: str) -> bool:
    """A proper name of any kind ("Castleford Energy", "Age Concern"): capitalised words only."""
    words = _TOKEN.findall(part)
    return 1 <= len(words) <= 5 and all(_cap(w) or w in ("of", "for", "and", "&") for w in words) and _cap(words[0])


@lru_cache(maxsize=8192)
def split_name(part: str) -> tuple[str | None, str | None]:
    """(name, description) of one phrase: "Secretary of State Antony Blinken" → name, title.

    A post-modifier stays with the description: "Commander Yuri Lasko of the 42nd Brigade" →
    ("Yuri Lasko", "Commander of the 42nd Brigade").
    """
    words = _TOKEN.findall(part)
    if not words:
        return None, None
    name, desc = _split_name(part)
    if name and len(name.split()) >= 2:
        return name, desc  # "State Administration of Taxation head Xie Xuren": the name ends the phrase
    for k in range(1, len(words) - 1):
        if words[k] in ("of", "at", "from", "with") and _cap(words[k - 1]):
            name, desc = _split_name(" ".join(words[:k]))
            if name and not (len(name.split()) == 1 and _bare(name) in _DOCUMENTS):
                post = " ".join(words[k:])
                return name, f"{desc} {post}" if desc else post
            break
    return _split_name(part)


def _split_name(part: str) -> tuple[str | None, str | None]:
    words = _TOKEN.findall(part)
    if _is_person_name(part):
        return part.strip(), None
    if (
        2 <= len(words) <= 3
        and _bare(words[0]) in ("police", "transport", "network", "sport", "historic", "visit")
        and all(_cap(w) and _bare(w) not in TITLE_WORDS and not common_noun(w) for w in words[1:])
    ):
        return None, part.strip()  # "Police Scotland", "Transport Scotland": one body's name
    described = _DESCRIBED_NAME.fullmatch(part.strip())
    if described:
        return described.group(2), described.group(1)  # "industry body the SMMT"
    i = len(words)
    while i > 0:
        w = words[i - 1]
        if not _cap(w) or w.endswith(("'s", "’s", "'", "’")):
            break
        b = _bare(w)
        last = i == len(words)  # a surname may be a title or a noun ("Mervyn King", "Robin Cook")
        if not last and (
            (b in TITLE_WORDS and b not in HONORIFICS)
            or (i == 1 and (common_noun(w) or (len(words) >= 3 and occupation(w, words[1]))))
        ):
            break
        i -= 1
    run = words[i:]
    core = [w for w in run if _bare(w) not in HONORIFICS and _bare(w) not in _PERSON_PARTICLES]
    if len(core) > 3 and i > 0:
        # "Chief Executive of the National Grid System Operator Fintan Slye": a name has at most
        # three words (an initial aside), the capitalised words before it belong to the title
        keep = 3 if len(run) >= 3 and re.fullmatch(r"[A-Z]\.?", run[-2]) else 2
        i = len(words) - keep
        run = words[i:]
    if not run or i == 0 or not any(_bare(w) not in HONORIFICS for w in run):
        return None, part.strip()
    if any(_bare(w) in _ORG_WORDS for w in run) or any(w[:1].isdigit() for w in run):
        return None, part.strip()
    before = words[i - 1]
    if _bare(before) in NAME_PARTICLES or _bare(before) in _PREPOSITIONS:
        return None, part.strip()
    single = len(run) == 1 and not (_bare(before) in TITLE_WORDS or _bare(run[0]) in HONORIFICS)
    if len(run) == 1 and _bare(before) in _MODIFIERS:
        return None, part.strip()  # "the former Scotland (international)": a modifier, not a title
    if single and not (before.islower() and before not in _ARTICLES):
        return None, part.strip()  # "the Russian" stays whole; "analyst Smith" is a name
    name = " ".join(run)
    desc = " ".join(words[:i])
    if i == 1 and words[0].endswith(("'s", "’s", "'", "’")):
        return name, re.sub(r"(?:'s|’s|'|’)$", "", words[0])  # "Ladbrokes' Warren Lush" → Warren Lush (Ladbrokes)
    return name, desc


@lru_cache(maxsize=8192)
def parse_speaker(phrase: str) -> tuple[str | None, str | None]:
    """(name, description) of a speaker phrase, appositives included.

    "Institute for the Study of War analyst, George Barros" → ("George Barros", "Institute
    for the Study of War analyst"); "a researcher at X, Jane Doe" likewise; "Jane Doe, an
    analyst at X" → ("Jane Doe", "analyst at X").
    """
    parts = [p.strip() for p in _COMMA.split(phrase) if p.strip() and not _AGE.fullmatch(p.strip())]
    parts = [p for p in parts if p.isupper() or not _NOT_APPOSITIVE.match(p)]  # "WHO" is a name
    if not parts:
        return None, None
    if len(parts) >= 2:
        parts = [p for p in parts if not _NO_DESC.match(p)] or parts
    if len(parts) >= 2:
        names = [p for p in parts if _is_person_name(p)]
        if not names:
            for p in parts:
                name, post = split_name(p)
                if name and post and len(name.split()) >= 2 and re.match(r"(?:of|at|from)\s", post):
                    # "The study's lead author, Dr Maya Fernandes of the University of Bristol"
                    others = [q for q in parts if q is not p and not _NO_DESC.match(q)]
                    return name, (others[0] if others else post)
        if len(names) >= 2:
            return names[0], None  # a list of people ("Gardener, Darren Campbell, …"), not an apposition
        if names:
            name = names[0]
            descs = [p for p in parts if p is not name and not _NO_DESC.match(p)]
            return name, descs[0] if descs else None
        proper = [p for p in parts if _is_proper(p)]
        if proper:
            name, title = split_name(proper[0])  # "President Viktor Yushchenko, elected in …"
            descs = [p for p in parts if p is not proper[0] and not _NO_DESC.match(p)]
            if name and title:
                return name, title
            return proper[0], descs[0] if descs else None
        parts = parts[:1]
    return split_name(parts[0])


_NOT_APPOSITIVE = re.compile(
    r"(?i)(?:who|which|whose|whom|in|on|at|during|after|before|with|asked|when|while|as|if|but|and)\b"
    r"|[A-Za-z]+ing\s+(?:on|to|in|at|with|for|from|about|after|as|by)\b"
    r"|[a-z]+ed\s+(?:in|on|at|by|to|as|for|last|this|from)\b"
)
_COMMA = re.compile(r",(?!\d{3}\b)")  # not the comma of a figure ("2,000 adults")
# "Mary Flynn, 64, a retired nurse"; "Sen. Maria Lopez, D-Nev.," (a US party and state)
_AGE = re.compile(r"(?:aged\s+)?\d{1,3}|[DRI]-[A-Z][A-Za-z.]*")
_NO_DESC = re.compile(r"(?i)(?:one|some|many|all|each|both|two|three|several|most|none)\s+of\s+(?:them|these|those|us)$")


def _strip_article(desc: str) -> str:
    words = desc.split(" ", 1)
    if len(words) == 2 and words[0].lower() in _ARTICLES:
        return words[1]
    if len(words) == 2 and words[0] in ("Its", "His", "Her", "Their", "Our"):
        return words[0].lower() + " " + words[1]  # "Its chairman, Rob Hext," → "its chairman"
    return desc


def format_speaker(name: str | None, desc: str | None) -> str | None:
    """The speaker string (see the module docstring)."""
    if name and desc:
        desc = re.sub(r"(?<=s)['’]$", "", _strip_article(desc))  # "The Conservatives' Raj Mehta"
        return f"{name} ({desc})"
    if name:
        return name
    if desc:
        first, _, rest = desc.partition(" ")
        if first in ("A", "An", "The") and rest:
            return f"{first.lower()} {rest}"
        second = rest.split(" ", 1)[0] if rest else ""
        if first[:1].isupper() and first[1:].islower() and common_noun(first) and not second[:1].isupper():
            return desc[:1].lower() + desc[1:]  # "Investigators", "Hospital bosses" (sentence-initial capital)
        return desc
    return None


def heads(desc: str | None) -> set[str]:
    """Lower-case content words of a description that a follow-up may reuse ("commander")."""
    if not desc:
        return set()
    out: set[str] = set()
    for w in _TOKEN.findall(desc):
        b = _bare(w)
        if (
            w.islower()
            and b not in _ARTICLES
            and b not in _PREPOSITIONS
            and b not in NAME_PARTICLES
            and b not in _MODIFIERS
            and w not in _POSSESSIVES
            and len(b) > 2
        ):
            out.add(b[:-1] if b.endswith("s") and not b.endswith("ss") else b)
    return out


@dataclass(eq=False)
class Entity:
    """One speaker of a document; follow-ups refer to it."""

    name: str | None
    desc: str | None
    outlet: str | None = None
    plural: bool = False
    gender: str | None = None
    org: bool = False

    @property
    def speaker(self) -> str | None:
        return format_speaker(self.name, self.desc)

    @property
    def person(self) -> bool | None:
        """True for a person, False for an organisation or document, None when unknown."""
        if self.org:
            return False
        if self.name:
            words = self.name.split()
            return True if len(words) >= 2 or _bare(words[0]) in HONORIFICS else None
        h = heads(self.desc) | {w.lower() for w in (self.desc or "").split()}
        if h & PERSON_NOUNS or {x + "s" for x in h} & PERSON_NOUNS:
            return True
        return None

    @property
    def surname(self) -> str | None:
        if not self.name:
            return None
        words = [w for w in self.name.split() if _bare(w) not in HONORIFICS]
        return _bare(words[-1]) if words else None


def name_gender(name: str) -> str | None:
    """ "f" or "m" from an honorific or a common given name ("Ms Roth", "Clara Dunn"), else None."""
    words = name.split()
    first = _bare(words[0])
    if first in FEMALE_HONORIFICS:
        return "f"
    if first in MALE_HONORIFICS:
        return "m"
    if len(words) >= 2 and first not in HONORIFICS:
        if first in FEMALE_NAMES:
            return "f"
        if first in MALE_NAMES:
            return "m"
    return None


def _other_first_name(a: str, b: str | None) -> bool:
    """Two full names with one surname but different first names ("Azmat Begg", "Moazzam Begg")."""
    fa = [_bare(w) for w in a.split() if _bare(w) not in HONORIFICS]
    fb = [_bare(w) for w in (b or "").split() if _bare(w) not in HONORIFICS]
    if fa and fb and (fa == fb[-len(fa) :] or fb == fa[-len(fb) :]):
        return False  # "Mr Saumarez Smith" after "Charles Saumarez Smith": a two-word surname
    return len(fa) >= 2 and len(fb) >= 2 and fa[0] != fb[0]


class Registry:
    """The speakers of one document, in order of last mention."""

    def __init__(self) -> None:
        self.entities: list[Entity] = []
        self.last_outlet: str | None = None  # for "the newspaper reported"
        self.last_resolved: Entity | None = None
        # people who are the subject of a narration sentence: (sentence start, entity)
        self.subjects: list[tuple[int, Entity]] = []
        self.pending: Callable[[], None] | None = None

    def _touch(self, e: Entity) -> Entity:
        self.entities.remove(e)
        self.entities.append(e)
        self.last_resolved = e
        return e

    def defer(self, action: Callable[[], None]) -> None:
        """Register a sentence's subject later: after an appended "…, they said" is resolved
        (which refers back past it), before any other speaker phrase."""
        self.pending = action

    def flush(self) -> None:
        action, self.pending = self.pending, None
        if action is not None:
            action()

    def resolve(self, phrase: str, *, appended: bool = False) -> Entity | None:
        """The entity a speaker phrase refers to, created when it is new."""
        phrase = clean_phrase(phrase)
        if not phrase:
            return None
        low = phrase.lower()
        if low in PRONOUNS:
            if not appended:
                self.flush()
            return self._pronoun(low)
        self.flush()
        name, desc = parse_speaker(phrase)
        if name is None and desc is None:
            return None
        acronym = _ACRONYM.fullmatch(phrase)
        if acronym:
            for e in reversed(self.entities):
                full = f"{e.name or ''} {e.desc or ''}".strip()
                if f"({acronym.group(1)})" not in full:
                    continue
                # "the Office for Budget Responsibility (OBR)" … "The OBR said"; but "a spokesman for
                # the International Atomic Energy Agency (IAEA)" … "The IAEA" is the agency
                org = re.search(
                    r"(?:the\s+)?(?:[A-Z][\w’'&.-]*\s+(?:(?:of|for|and|the|on|in)\s+)*)+\(" + acronym.group(1) + r"\)", full
                )
                before = full[: org.start()] if org else ""
                if org is None or not (set(before.lower().split()) & (PERSON_NOUNS | TITLE_WORDS)):
                    return self._touch(e)
                return self.resolve(org.group())
        if name:
            sur = (
                _bare([w for w in name.split() if _bare(w) not in HONORIFICS][-1])
                if any(_bare(w) not in HONORIFICS for w in name.split())
                else None
            )
            for e in reversed(self.entities):
                if e.surname and sur and e.surname == sur and not _other_first_name(name, e.name):
                    if len(name.split()) > len((e.name or "").split()) and _bare(name.split()[0]) not in HONORIFICS:
                        e.name = name
                    if desc and (not e.desc or (desc.startswith(e.desc) and len(desc) > len(e.desc))):
                        e.desc = desc
                    if e.gender is None:
                        e.gender = name_gender(name)
                    return self._touch(e)
            gender = name_gender(name)
            org = any(_bare(w) in _ORG_WORDS for w in name.split()) or (name.isupper() and len(name) <= 6)
            head = _bare(desc.split()[-1]) if desc else ""
            plural = bool(desc) and head.endswith("s") and not head.endswith("ss") and common_noun(head)
            return self._new(Entity(name, desc, plural=plural, gender=gender, org=org))  # "Walker Brothers, the builders"
        assert desc is not None
        words = desc.split()
        definite = words[0].lower() in ("the", "this", "that", "these", "those")
        h = heads(desc)
        proper = {w for w in words[1:] if _cap(w)}
        if definite and h:
            for e in reversed(self.entities):
                if proper and _bare(words[-1]) in _DOCUMENTS and not proper <= set(f"{e.desc or ''} {e.name or ''}".split()):
                    continue  # "The Mail on Sunday survey" is not "the Mori survey"
                if heads(e.desc) & h or (e.name is None and e.desc and e.desc.lower() == desc.lower()):
                    if e.name is None and e.desc and desc.lower().startswith(e.desc.lower()) and len(desc) > len(e.desc):
                        e.desc = desc  # "the chief" seen first, then "the chief constable"
                    return self._touch(e)
        elif definite:
            for e in reversed(self.entities):
                if e.desc and e.desc.lower() == desc.lower():
                    return self._touch(e)
        if definite and _EPITHET.fullmatch(" ".join(words[1:])):
            # "the Kenyan", "the 28-year-old": news style for the person just named
            for e in list(reversed(self.entities))[:3]:
                if e.person and e.name and not e.plural:
                    return self._touch(e)
        cut = next((k for k, w in enumerate(words) if k and w in _PREPOSITIONS), len(words))
        last = _bare(words[cut - 1])  # the head before a post-modifier: "Scientists at Imperial College"
        plural = (last.endswith("s") and not last.endswith("ss")) or last in ("police", "people")
        org = bool({_bare(w) for w in words} & _ORG_HEADS) or (
            len(words) == 1 and words[0][:1].isupper() and _bare(words[0]) not in PERSON_NOUNS
        )
        return self._new(Entity(None, desc, plural=plural, org=org))

    def _new(self, e: Entity) -> Entity:
        self.entities.append(e)
        self.last_resolved = e
        return e

    def mention_org(self, name: str) -> None:
        """A one-word name in narration ("Boeing apologised"): a later "it" may refer to it."""
        for e in reversed(self.entities):
            if e.name and (e.name == name or e.surname == _bare(name)):
                self._touch(e)
                return
        self._new(Entity(name, None, org=True))

    def mention(self, phrase: str) -> None:
        """A sentence subject in narration ("Mayor Jane Holt opened the bridge", "The company
        did not say"): a later "she" or "it" may refer to it."""
        words = phrase.split()
        if len(words) < 2 or (words[0] not in ("The", "This", "That") and sum(w[:1].isupper() for w in words) < 2):
            return  # a mention needs a name of two words, a title and a name, or a definite description
        if "," in phrase:
            if parse_speaker(phrase)[0]:
                self.resolve(phrase)  # "The company's finance director, Joan Pryce, spoke …"
            return
        name, desc = split_name(phrase)
        if any(not _cap(w) and _bare(w) not in TITLE_WORDS and _bare(w) not in PERSON_NOUNS for w in phrase.split()) and name:
            return  # not a plain subject: "Asked if Mr Blunkett …"
        if name:
            lower = [_bare(w) for w in (desc or "").split() if not _cap(w)]
            honorific = _bare(name.split()[0]) in HONORIFICS
            titled = (
                bool(desc)
                and all(w in TITLE_WORDS or w in PERSON_NOUNS for w in lower)
                and (any(_bare(w) in TITLE_WORDS or _bare(w) in PERSON_NOUNS for w in (desc or "").split()))
            )
            if titled:
                self.resolve(phrase)
            elif honorific:
                self.resolve(name)
            elif not desc and 2 <= len(name.split()) <= 3 and not any(c.isdigit() for c in name):
                self.resolve(name)  # "Gordon Brown has outlined …"
        elif not name and desc and desc.split()[0].lower() in ("the", "this", "that"):
            words = desc.split()
            for k in range(2, len(words) + 1):  # "The education minister disputed" → "The education minister"
                head = _bare(words[k - 1])
                single = head[:-3] + "y" if head.endswith("ies") else head[:-1] if head.endswith("s") else head
                following = _bare(words[k]) if k < len(words) else ""
                if following in PERSON_NOUNS or following in _ORG_HEADS:
                    continue  # "The chief constable": take the whole compound
                if {head, single} & (_ORG_HEADS | PERSON_NOUNS | _COMMON):
                    self.resolve(" ".join(words[:k]))
                    return
            for k in range(2, len(words)):  # "The bakery chain gave …": the words before a verb
                if _bare(words[k]) in _VERBS or _bare(words[k]).endswith("ed"):
                    self.resolve(" ".join(words[:k]))
                    return

    def _pronoun(self, pronoun: str) -> Entity | None:
        gender, plural = PRONOUNS[pronoun]
        if pronoun in ("he", "she"):
            # a person named lately wins over a name that may be a place or a firm ("Kyiv said")
            # when that name was never called "he" or "she"
            for e in list(reversed(self.entities))[:3]:
                if e.person is True and not e.plural and (not e.gender or e.gender == gender):
                    e.gender = gender
                    return self._touch(e)
                if e.person is None and e.gender == gender:
                    return self._touch(e)
                if e.person is None and e.name and not e.org:
                    break  # a surname alone ("Read said"): likely the person meant
        for e in reversed(self.entities):
            if pronoun in ("he", "she"):
                if e.plural or e.person is False or (e.gender and e.gender != gender):
                    continue
                e.gender = gender
                return self._touch(e)
            if pronoun == "it":
                if not e.plural and e.person is not True and e.gender is None:
                    return self._touch(e)
                continue
            if pronoun in ("they", "we"):
                if e.plural or e.person is False:
                    return self._touch(e)
                continue
        if pronoun == "it" and self.last_outlet:
            return None  # "The Financial Times reported … It said …": the outlet (see the caller)
        # an unresolved pronoun stays as written
        return self._new(Entity(None, pronoun, plural=plural, gender=gender, org=pronoun == "it"))


_TRAILING = re.compile(
    r"(?:\s+(?:has|have|had|also|previously|earlier|later|once|repeatedly|reportedly|recently|then|further|"
    r"would|will|did|does|do|publicly|privately|separately|again|had|already|long|always|now|never|"
    r"subsequently|just|first|initially|originally|told|quickly|today|yesterday|herself|himself|themselves|meanwhile|however|though|too|instead|later|published|released|issued))+$",
    re.IGNORECASE,
)


_TRAILING_LY = re.compile(r"(?<=\w)\s+(?:[a-z]+ly)$")
_LY_NOUNS = words("""family assembly supply ally rally daily weekly monthly quarterly yearly anomaly monopoly
    homily reply lily belly jelly bully fly butterfly dragonfly italy july""")
_LEADING_TIME = re.compile(
    r"^(?:(?:In|During)\s+(?:a|an|the|his|her|their|its)\s+(?:[\w’'-]+\s+){0,3}"
    r"(?:interview|statement|speech|letter|article|report|post|broadcast|address|briefing|video|message)(?=\s+[A-Z])|(?:(?:a|an|one|two|three|four|five|six|some|several|\d+)\s+)?(?:minutes?|hours?|days?|weeks?|months?|years?)"
    r"\s+(?:later|earlier|after|before)"
    r"|the\s+(?:next|following|same)\s+(?:day|week|month|year|morning|evening)"
    r"|(?:last|this|next|earlier|later)\s+(?:week|month|year|weekend|night|morning|summer|winter|spring|autumn)"
    r"|(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|today|now|then)\s+",
    re.IGNORECASE,
)


_TRAILING_TIME = re.compile(
    r"\s+(?:on\s+)?(?:(?:last|this|on)\s+(?:week|month|year|weekend)|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|yesterday|today)$",
    re.IGNORECASE,
)


def clean_phrase(phrase: str) -> str:
    """A speaker phrase without leading conjunctions and time words or trailing auxiliaries."""
    phrase = phrase.strip(" ,;:\u2013\u2014-\x00")
    if re.search(r"[a-z]{2}\.$", phrase):
        phrase = phrase[:-1]  # the sentence's full stop: "…, says its founder, Grace Obi."
    phrase = _LEADING_TIME.sub("", phrase)
    phrase = _TRAILING_TIME.sub("", phrase)
    phrase = _TRAILING.sub("", phrase).strip(" ,")
    ly = _TRAILING_LY.search(phrase)
    if ly and ly.group().strip().lower() not in _LY_NOUNS:
        phrase = phrase[: ly.start()]  # "Conti immediately told …"
    words = phrase.split(" ")
    while words and words[0].lower().strip(",") in LEADING_DROP:
        words = words[1:]
    return " ".join(words).strip(" ,")
