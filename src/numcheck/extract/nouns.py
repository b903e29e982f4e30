"""Small English noun lexicon: lemmas of plurals, function words, and demonyms of places.

No model, no download: a table of irregular plurals and a few suffix rules are enough for the
counted nouns of news text ("troops" → troop, "men" → man, "people" → person, "casualties" →
casualty). ``demonym("North Korea")`` gives "north korean" so that "troops from North Korea"
and "North Korean troops" carry the same qualifier.
"""

from __future__ import annotations

import re


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


IRREGULAR: dict[str, str] = {
    "men": "man",
    "women": "woman",
    "people": "person",
    "persons": "person",
    "children": "child",
    "feet": "foot",
    "teeth": "tooth",
    "mice": "mouse",
    "geese": "goose",
    "oxen": "ox",
    "police": "police",
    "staff": "staff",
    "personnel": "personnel",
    "cattle": "cattle",
    "sheep": "sheep",
    "deer": "deer",
    "fish": "fish",
    "aircraft": "aircraft",
    "spacecraft": "spacecraft",
    "crew": "crew",
    "data": "datum",
    "media": "media",
    "news": "news",
    "series": "series",
    "species": "species",
    "means": "means",
    "headquarters": "headquarters",
    "lives": "life",
    "wives": "wife",
    "knives": "knife",
    "wolves": "wolf",
    "halves": "half",
    "leaves": "leaf",
    "thieves": "thief",
    "shelves": "shelf",
    "loaves": "loaf",
    "calves": "calf",
    "selves": "self",
    "elves": "elf",
    "criteria": "criterion",
    "phenomena": "phenomenon",
    "analyses": "analysis",
    "crises": "crisis",
    "theses": "thesis",
    "bases": "base",
    "cases": "case",
    "houses": "house",
    "horses": "horse",
    "nurses": "nurse",
    "courses": "course",
    "causes": "cause",
    "purposes": "purpose",
    "responses": "response",
    "expenses": "expense",
    "licenses": "license",
    "licences": "licence",
    "releases": "release",
    "increases": "increase",
    "decreases": "decrease",
    "businesses": "business",
    "buses": "bus",
    "viruses": "virus",
    "bonuses": "bonus",
    "campuses": "campus",
    "censuses": "census",
    "movies": "movie",
    "cookies": "cookie",
    "zombies": "zombie",
    "employees": "employee",
    "refugees": "refugee",
    "detainees": "detainee",
    "trainees": "trainee",
    "goalies": "goalie",
    "rookies": "rookie",
    "troops": "troop",
    "gas": "gas",
}

# Words that end in "s" but are not plural nouns (or are function words).
NOT_PLURAL: frozenset[str] = _words(
    """
    is was has does goes says this thus its his hers ours yours theirs whereas unless always
    perhaps besides across towards afterwards as us plus minus bus gas less unless yes news
    series species means politics economics physics mathematics athletics statistics
    various previous serious famous dangerous numerous enormous obvious anonymous
    """
)

# Function words and frequent verbs that end a noun phrase.
STOP: frozenset[str] = _words(
    """
    a an the this that these those some any each every all both either neither no
    and or but nor so yet for of in on at by to from with within without into onto upon
    over under above below between among across through during before after since until
    about around against along beside near off out up down per via than as like
    is are was were be been being am has have had having do does did will would shall
    should can could may might must not n't also still just only even already ever never
    who whom whose which what when where why how there here then it its they them their
    theirs he him his she her we us our you your i me my mine
    said says say told tells according reported reports claimed claims believe believes
    including included while whereas if unless because although though though
    more most less least fewer many much few several other another such same
    """
)

# Modifiers before a counted noun that make the figure an increment or a remainder.
INCREMENT: frozenset[str] = frozenset({"more", "extra", "additional", "further", "another", "new", "fresh"})
REMAINDER: frozenset[str] = frozenset({"other", "remaining", "rest", "last", "first", "next", "final"})

PRONOUNS_PLURAL: frozenset[str] = frozenset({"them", "those", "these", "whom", "which", "us", "you"})

_COUNTRIES: dict[str, str] = {
    "afghanistan": "afghan",
    "albania": "albanian",
    "algeria": "algerian",
    "america": "american",
    "argentina": "argentine",
    "armenia": "armenian",
    "australia": "australian",
    "austria": "austrian",
    "azerbaijan": "azerbaijani",
    "bangladesh": "bangladeshi",
    "belarus": "belarusian",
    "belgium": "belgian",
    "bolivia": "bolivian",
    "bosnia": "bosnian",
    "brazil": "brazilian",
    "britain": "british",
    "great britain": "british",
    "bulgaria": "bulgarian",
    "burma": "burmese",
    "cambodia": "cambodian",
    "canada": "canadian",
    "chile": "chilean",
    "china": "chinese",
    "colombia": "colombian",
    "congo": "congolese",
    "croatia": "croatian",
    "cuba": "cuban",
    "cyprus": "cypriot",
    "czech republic": "czech",
    "denmark": "danish",
    "egypt": "egyptian",
    "england": "english",
    "eritrea": "eritrean",
    "estonia": "estonian",
    "ethiopia": "ethiopian",
    "europe": "european",
    "finland": "finnish",
    "france": "french",
    "georgia": "georgian",
    "germany": "german",
    "ghana": "ghanaian",
    "greece": "greek",
    "haiti": "haitian",
    "hungary": "hungarian",
    "iceland": "icelandic",
    "india": "indian",
    "indonesia": "indonesian",
    "iran": "iranian",
    "iraq": "iraqi",
    "ireland": "irish",
    "israel": "israeli",
    "italy": "italian",
    "jamaica": "jamaican",
    "japan": "japanese",
    "jordan": "jordanian",
    "kazakhstan": "kazakh",
    "kenya": "kenyan",
    "korea": "korean",
    "north korea": "north korean",
    "south korea": "south korean",
    "kosovo": "kosovan",
    "kuwait": "kuwaiti",
    "latvia": "latvian",
    "lebanon": "lebanese",
    "libya": "libyan",
    "lithuania": "lithuanian",
    "malaysia": "malaysian",
    "mali": "malian",
    "mexico": "mexican",
    "moldova": "moldovan",
    "mongolia": "mongolian",
    "morocco": "moroccan",
    "myanmar": "burmese",
    "nepal": "nepalese",
    "netherlands": "dutch",
    "holland": "dutch",
    "new zealand": "new zealander",
    "nigeria": "nigerian",
    "norway": "norwegian",
    "pakistan": "pakistani",
    "palestine": "palestinian",
    "peru": "peruvian",
    "philippines": "filipino",
    "poland": "polish",
    "portugal": "portuguese",
    "romania": "romanian",
    "russia": "russian",
    "rwanda": "rwandan",
    "saudi arabia": "saudi",
    "scotland": "scottish",
    "serbia": "serbian",
    "slovakia": "slovak",
    "slovenia": "slovenian",
    "somalia": "somali",
    "south africa": "south african",
    "spain": "spanish",
    "sri lanka": "sri lankan",
    "sudan": "sudanese",
    "sweden": "swedish",
    "switzerland": "swiss",
    "syria": "syrian",
    "taiwan": "taiwanese",
    "thailand": "thai",
    "tunisia": "tunisian",
    "turkey": "turkish",
    "uganda": "ugandan",
    "ukraine": "ukrainian",
    "uk": "british",
    "united kingdom": "british",
    "us": "american",
    "usa": "american",
    "united states": "american",
    "venezuela": "venezuelan",
    "vietnam": "vietnamese",
    "wales": "welsh",
    "yemen": "yemeni",
    "zimbabwe": "zimbabwean",
    "chad": "chadian",
    "niger": "nigerien",
    "senegal": "senegalese",
    "cameroon": "cameroonian",
    "angola": "angolan",
    "mozambique": "mozambican",
    "namibia": "namibian",
    "botswana": "botswanan",
    "zambia": "zambian",
    "malawi": "malawian",
    "tanzania": "tanzanian",
    "sierra leone": "sierra leonean",
    "liberia": "liberian",
    "guinea": "guinean",
    "ivory coast": "ivorian",
    "gabon": "gabonese",
    "burundi": "burundian",
    "south sudan": "south sudanese",
    "oman": "omani",
    "qatar": "qatari",
    "bahrain": "bahraini",
    "united arab emirates": "emirati",
    "uae": "emirati",
    "singapore": "singaporean",
    "tibet": "tibetan",
    "bhutan": "bhutanese",
    "laos": "laotian",
    "ecuador": "ecuadorian",
    "uruguay": "uruguayan",
    "paraguay": "paraguayan",
    "costa rica": "costa rican",
    "panama": "panamanian",
    "honduras": "honduran",
    "guatemala": "guatemalan",
    "nicaragua": "nicaraguan",
    "el salvador": "salvadoran",
    "dominican republic": "dominican",
    "puerto rico": "puerto rican",
    "chechnya": "chechen",
    "kurdistan": "kurdish",
    "kyrgyzstan": "kyrgyz",
    "tajikistan": "tajik",
    "turkmenistan": "turkmen",
    "uzbekistan": "uzbek",
    "montenegro": "montenegrin",
    "macedonia": "macedonian",
    "north macedonia": "macedonian",
    "luxembourg": "luxembourgish",
    "malta": "maltese",
    "madagascar": "malagasy",
    "mauritania": "mauritanian",
    "benin": "beninese",
    "togo": "togolese",
    "burkina faso": "burkinabe",
    "djibouti": "djiboutian",
    "fiji": "fijian",
    "papua new guinea": "papua new guinean",
    "gaza": "gazan",
    "hong kong": "hong konger",
    "northern ireland": "northern irish",
}

# Demonym forms, including people-nouns ("Britons", "Scots"), mapped to the canonical demonym.
_DEMONYMS: dict[str, str] = {v: v for v in _COUNTRIES.values()}
_DEMONYMS.update(
    {
        "briton": "british",
        "brit": "british",
        "scot": "scottish",
        "dane": "danish",
        "finn": "finnish",
        "pole": "polish",
        "swede": "swedish",
        "turk": "turkish",
        "spaniard": "spanish",
        "frenchman": "french",
        "englishman": "english",
        "irishman": "irish",
        "welshman": "welsh",
        "dutchman": "dutch",
        "kiwi": "new zealander",
        "argentinian": "argentine",
        "burmese": "burmese",
        "philippine": "filipino",
        "u.s.": "american",
        "kurd": "kurdish",
        "arab": "arab",
        "palestinian": "palestinian",
        "israeli": "israeli",
    }
)


def demonym(name: str) -> str | None:
    """The canonical demonym of a place or demonym ("North Korea"/"North Koreans" → "north korean")."""
    key = re.sub(r"\s+", " ", name.strip().lower().removeprefix("the "))
    if key in _COUNTRIES:
        return _COUNTRIES[key]
    if key in _DEMONYMS:
        return _DEMONYMS[key]
    single = lemma(key) if " " not in key else " ".join([*key.split()[:-1], lemma(key.split()[-1])])
    return _DEMONYMS.get(single)


_MEN_PLURAL = re.compile(r"(?!(?:speci|abdo|regi|sta|ger|ley|hy)men$)[a-z]{3,}men")


def is_plural(word: str) -> bool:
    """Whether a lowercase word looks like a plural noun."""
    if word in IRREGULAR:
        return IRREGULAR[word] != word or word in {"police", "staff", "personnel", "cattle", "crew"}
    if word in NOT_PLURAL or word in STOP or len(word) < 3:
        return False
    if _MEN_PLURAL.fullmatch(word):
        return True  # "fishermen", "firemen", "crewmen"
    if not word.endswith("s") or word.endswith(("ss", "us", "is", "ous", "'s", "’s")):
        return False
    return word.isalpha() or "-" in word


def lemma(word: str) -> str:
    """The singular, lowercase form of a noun (a plural is reduced by table and suffix rules)."""
    w = word.lower().strip(".’'")
    if w in IRREGULAR:
        return IRREGULAR[w]
    if not is_plural(w):
        return w
    if _MEN_PLURAL.fullmatch(w):
        return w[:-3] + "man"
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("sses", "shes", "ches", "xes", "zes")):
        return w[:-2]
    if w.endswith("oes") and w not in {"shoes", "canoes"}:
        return w[:-2]
    return w[:-1]
