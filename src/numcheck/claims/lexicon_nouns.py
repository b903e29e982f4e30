"""Word lists for linking mentions of the same measure: synonym groups, predicate classes.

A *group* names what is counted, whatever the word ("troops", "soldiers", "personnel" → the
group ``troop``). A *predicate class* names what happened to the things counted ("killed",
"died", "dead" → ``death``); two mentions whose clauses say different things happened to
them ("200 killed", "300 injured") count different things.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


SYNONYMS: tuple[tuple[str, ...], ...] = (
    ("troop", "soldier", "man", "personnel", "force", "fighter", "serviceman", "servicemen", "servicewoman", "reservist",
     "conscript", "marine", "paratrooper", "infantryman"),
    ("person", "resident", "inhabitant", "individual", "citizen"),
    ("staff", "employee", "worker", "workforce", "staffer"),
    ("child", "kid", "youngster"),
    ("pupil", "student"),
    ("fan", "supporter", "spectator"),
    ("visitor", "tourist"),
    ("protester", "demonstrator", "protestor", "marcher"),
    ("refugee", "asylum-seeker"),
    ("officer", "policeman", "police"),
    ("doctor", "physician"),
    ("vehicle", "car"),
    ("plane", "aircraft", "jet"),
    ("ship", "vessel"),
    ("home", "house", "property", "dwelling"),
    ("firm", "company", "business"),
    ("casualty", "victim"),
    ("rebel", "insurgent", "militant", "guerrilla"),
    ("job", "post", "role", "position"),
    ("member", "membership"),
)  # fmt: skip

GROUP: dict[str, str] = {w: g[0] for g in SYNONYMS for w in g}

# Groups that count people: a headline figure without a noun ("Quake kills 200") counts people.
PEOPLE: frozenset[str] = _words(
    """
    troop person staff child pupil fan visitor protester refugee officer doctor casualty rebel man woman
    passenger worker miner migrant patient student teacher nurse farmer resident civilian prisoner inmate
    hostage survivor victim voter member player employee demonstrator pilgrim tourist
    fisherman sailor crewman climber walker hiker swimmer diver runner driver motorist cyclist pedestrian
    holidaymaker pensioner shopper commuter guest customer athlete competitor rider skier surfer crew
    firefighter officer police people family adult baby teenager boy girl
    """
)

# Nouns that measure time, scores or ranks rather than a stock of things: never linked.
NOT_MEASURES: frozenset[str] = _words(
    """
    year month week day hour minute second decade century time times point goal game match run wicket
    set round lap stage try minute innings over shot try mile kilometre km metre meter foot inch yard
    percent cent per pence penny pound dollar euro yen the stake lead gap margin place position
    rank spot seat-belt step step stage level grade chapter page episode series season term edition
    issue version model number item thing way case example one other
    franc rupee yuan rouble ruble peso krona krone shekel dinar rand won lira real baht ringgit dirham riyal
    tonne ton litre liter gallon barrel acre hectare mph gram kilogram kg ounce byte megabyte gigabyte pixel
    nomination appearance award medal title cap win victory defeat draw loss seat hit album single record trophy
    prize oscar grammy start assist tackle save birdie bogey eagle ace break frame test century half-century
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday
    """
)

# Generic nouns that count anything people do: linked only when their clauses say the same thing happened.
GENERIC: frozenset[str] = frozenset({"person", "man", "woman", "child", "member", "case", "incident", "unit", "job"})

#: Nouns that name what happened and so say both what is counted and the event: "23 deaths" counts
#: people who died; "300 redundancies" counts jobs cut.
EVENT_NOUNS: dict[str, tuple[str, str]] = {
    "death": ("person", "death"),
    "fatality": ("person", "death"),
    "redundancy": ("job", "jobcut"),
    "layoff": ("job", "jobcut"),
    "arrest": ("person", "arrest"),
}

PREDICATES: dict[str, str] = {}
for _cls, _list in {
    "death": "killed kill kills killing dead died die dies dying death deaths perished fatalities fatality bodies slain "
    "murdered massacred toll lives executed",
    "injury": "injured injuring wounded hurt injuries hospitalised hospitalized treated maimed",
    "arrest": "arrest arrested arrests detained detention held charged jailed custody convicted imprisoned prisoners captured",
    "missing": "missing unaccounted disappeared",
    "displaced": "evacuated displaced fled homeless evacuation flee fleeing",
    "rescue": "rescued saved airlifted",
    "closure": "close closed closing closure closures shut shutting",
    "cancel": "cancel cancelled canceled cancelling cancellation cancellations scrap scrapped scrapping",
    "finish": "finished finish finishers finisher completed",
    "employ": "employs employed employ employing workforce payroll",
    "jobcut": "go sacked sack sacking fired dismissed loss losses redundancy redundancies "
    "cut cuts cutting axed axe axing shed shedding redundant redundancies layoffs laid lose losing lost",
    "hire": "hired hire hiring recruit recruited recruiting created create creating",
    "attend": "attended attend crowd march marched protest protested gathered gather rally rallied turned watched audience "
    "demonstrated",
    "vote": "voted vote votes backed elected",
    "deploy": "deployed deploy sent send stationed based serving deployment withdraw withdrawn withdrew withdrawal "
    "shipment arrived arrive",
    "sale": "sold sell sells selling bought buy buys shipped sales",
    "damage": "destruction destroyed destroy destroys destroying damaged damage damages flattened razed flooded burned burnt "
    "gutted",
    "strike": "strike strikes striking walkout walked",
    "apply": "applied apply applications applicants",
    "sign": "signed sign signatures petition",
    "test": "tested testing",
    "vaccinate": "vaccinated vaccination jabs",
    "visit": "visited visit visits",
    "register": "registered register registration",
    "complain": "complained complaints complain",
    "trap": "trapped stranded stuck marooned",
    "infection": "infected infection infections cases diagnosed",
}.items():
    for _w in _list.split():
        PREDICATES.setdefault(_w, _cls)


def predicate(word: str) -> str | None:
    """The predicate class of a word, trying its inflections ("marches", "gathering" → attend)."""
    w = word.lower()
    if w in PREDICATES:
        return PREDICATES[w]
    for cand in (w[:-1], w[:-2], w[:-3], w[:-3] + "e", w[:-2] + "e", w[:-1] + "e"):
        if len(cand) > 2 and cand in PREDICATES:
            return PREDICATES[cand]
    return None


def agent_predicate(noun: str) -> str | None:
    """The predicate class of an agent noun made from its verb ("finisher" → finish, "voter" → vote)."""
    for suffix in ("er", "or", "r"):
        if noun.endswith(suffix) and len(noun) > len(suffix) + 2:
            stem = noun[: -len(suffix)]
            for cand in (stem, stem + "ed", stem + "d", stem[:-1] if stem[-1:] == stem[-2:-1] else ""):
                if cand in PREDICATES:
                    return PREDICATES[cand]
    return None


#: Words that place a figure in a relative time frame ("last year"): compared like years.
FRAME_WORDS: frozenset[str] = _words("last this next previous following coming past")
FRAME_UNITS: frozenset[str] = _words("year month week quarter season term decade night weekend summer winter spring autumn")

#: Words saying that a clause is about another entity ("another firm", "a rival survey").
DISTINCT_WORDS: frozenset[str] = _words("another other others rival separate different also meanwhile elsewhere")

#: Contrast sets: two clauses naming different members of one set speak of different frames.
CONTRASTS: tuple[frozenset[str], ...] = (
    _words("january february march april june july august september october november december"),
    _words("monday tuesday wednesday thursday friday saturday sunday"),
    _words("morning afternoon evening night overnight"),
    _words("first second third fourth fifth sixth final"),
    _words("men's women's boys' girls' male female"),
    _words("north south east west northern southern eastern western"),
    _words("home away"),
    _words("spring summer autumn winter"),
    _words("primary secondary"),
    _words("domestic international foreign"),
)

#: Verbs that report a figure rather than say what happened to the things counted.
REPORTING: frozenset[str] = _words(
    """
    said told reported added claimed estimated confirmed announced stated insisted explained warned suggested
    revealed showed indicated noted believed thought expected feared quoted cited published released revised
    updated calculated counted recorded registered listed described asked understood used needed based
    """
)

#: Words ending in -ed that are not verbs (or not events).
NOT_VERBS: frozenset[str] = _words("hundred red bed need speed seed united limited so-called alleged shed")

#: Possession and existence: a clause with one of these states a stock, not an event.
STOCK_WORDS: frozenset[str] = _words(
    "has have had own owns owned contains contain contained houses housed employs employ employed operates operated runs ran"
)

#: Words saying a figure changed or was revised: mentions in such clauses are not compared.
CHANGE_WORDS: frozenset[str] = _words(
    """
    initially originally earlier previously later subsequently latest revised updated
    rose risen rise rises risen increased increase grew grown climbed jumped doubled tripled halved fell fallen
    dropped declined decreased reduced swelled soared surged reached
    yesterday today tomorrow
    """
)

# Names for one organisation or site ("the factory employs", "the plant's workforce"): a possessive
# owner links to a figure whose clause names the same entity in other words.
_OWNER_SYNONYMS: tuple[tuple[str, ...], ...] = (
    ("factory", "plant", "works", "site", "facility", "mill"),
    ("company", "firm", "business", "group", "corporation", "employer"),
    ("council", "authority"),
    ("club", "team", "side"),
)
OWNER_GROUP: dict[str, str] = {w: g[0] for g in _OWNER_SYNONYMS for w in g}
