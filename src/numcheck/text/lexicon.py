"""Word lists of the text layer: abbreviations, speech verbs, titles, outlets, pronouns.

Kept as plain frozensets so that the rules reading them stay simple; every list is lower case
unless it says otherwise.
"""

from __future__ import annotations


def words(text: str) -> frozenset[str]:
    """The white-space separated words of ``text``."""
    return frozenset(text.split())


# -- sentence splitting ----------------------------------------------------------------------
# A full stop after one of these never ends a sentence (case-insensitive, without the dot).
TITLE_ABBREVIATIONS = words("""mr mrs ms dr st prof gen col lt sgt capt cpt maj adm cmdr rev sen rep gov supt insp det
    pres sr jr messrs mme mlle hon rt brig cpl pte fr sra sr dep""")
# A full stop after one of these does not end a sentence when a figure follows ("No. 10", "Jan. 5").
NUMBER_ABBREVIATIONS = words("""no nos vol p pp fig art ch sec op jan feb mar apr jun jul aug sep sept oct nov dec""")
# A full stop after one of these does not end a sentence before a lower-case word or a figure.
OTHER_ABBREVIATIONS = words("""inc ltd co corp plc llc bros vs v etc approx est ca cf al dept univ assn ave rd blvd mt ft
    tel ext govt intl natl""")
# Words that usually start a sentence: after "U.S." or "a.m." they mean the sentence ended.
SENTENCE_STARTERS = words("""the a an he she it they we i this that these those there but and yet so however
    in on at for if when while after before as since his her its their our my mr mrs ms dr""")

# -- attribution -----------------------------------------------------------------------------
# Verbs that introduce a statement (past, present, and the bare form after "will"/"did").
SPEECH_VERBS = words("""said says say told tells tell added adds explained explains stated states noted notes
    warned warns claimed claims insisted insists argued argues announced announces reported
    reports estimated estimates predicted predicts forecast forecasts suggested suggests
    admitted admits confirmed confirms acknowledged acknowledges revealed reveals wrote writes
    tweeted tweets replied replies responded responds continued continues
    concluded concludes disclosed discloses alleged alleges maintained maintains emphasised
    emphasized emphasises emphasizes stressed stresses asserted asserts
    observed observes remarked remarks conceded concedes cautioned cautions
    predicted projected projects calculated calculates reckoned reckons believes believed
    told asked asks denied denies deny quoted estimate predict warn insist argue admit
    confirm believe fear suggest reckon found finds showed shows show suggests""")
# Verbs that attribute only with a that-clause ("Officials estimate that …", "A study found
# that …"): without one they are nouns or other verbs ("the estimate", "found the body").
THAT_ONLY_VERBS = words(
    "estimate predict warn insist argue admit confirm believe fear suggest reckon found finds showed shows show"
)
# Head nouns of descriptions that name a person ("a Ukrainian commander", "the engineer").
PERSON_NOUNS = words("""commander analyst official officials spokesman spokeswoman spokesperson minister
    secretary worker director officer engineer resident driver farmer researcher economist coach
    mayor governor leader chief president expert doctor teacher head author owner general man
    woman source diplomat councillor treasurer chair chairman chairwoman witness passenger member
    manager employee nurse soldier pilot lawyer judge prosecutor professor scientist activist
    campaigner executive founder captain player striker boss survivor victim mother father son
    daughter wife husband student pupil parent citizen voter fan neighbour neighbor colleague
    friend relative commentator observer strategist adviser advisor consultant pollster
    organiser organizer trader banker investor negotiator envoy ambassador senator lawmaker mp
    politician candidate surgeon paramedic firefighter constable detective inspector sergeant
    superintendent medic guard volunteer fighter commissioner chancellor premier king queen
    prince princess pope bishop priest imam rabbi fisherman fishermen promoter builder baker
    shopkeeper landlord tenant miner sailor carpenter plumber electrician chef waiter cleaner
    singer actor actress writer artist musician photographer journalist reporter editor
    broadcaster presenter comedian producer designer architect historian lecturer academic
    scholar principal headteacher vicar pastor monk nun mechanic cyclist runner athlete
    swimmer boxer golfer goalkeeper defender midfielder winger referee umpire jockey trainer
    rider entrepreneur businessman businesswoman shopper customer consumer patient carer
    retiree pensioner veteran refugee migrant villager shepherd grower winemaker brewer butcher
    spokesmen spokeswomen official insider aide staffer clerk agent broker dealer lender
    landowner householder homeowner motorist commuter traveller holidaymaker tourist
    mum dad grandmother grandfather boy girl teenager child fly-half scrum-half full-back flanker prop
    hooker skipper keeper centre-back midwife librarian accountant pharmacist dentist vet surveyor
    technician programmer developer chemist physicist biologist ecologist geologist psychologist
    psychiatrist therapist counsellor cook nanny caretaker steward stewardess conductor""")
# Speech verbs whose statement is itself a forecast or an estimate.
VERB_MARKERS = {
    "predicted": "forecast",
    "predicts": "forecast",
    "forecast": "forecast",
    "forecasts": "forecast",
    "projected": "forecast",
    "projects": "forecast",
    "estimated": "estimate",
    "estimates": "estimate",
    "calculated": "estimate",
    "calculates": "estimate",
    "reckoned": "estimate",
    "reckons": "estimate",
    "denied": "denied",
    "denies": "denied",
    "deny": "denied",
    "estimate": "estimate",
    "reckon": "estimate",
    "predict": "forecast",
}

PRONOUNS = {
    "he": ("m", False),
    "she": ("f", False),
    "they": (None, True),
    "it": (None, False),
    "i": (None, False),
    "we": (None, True),
}

# Capitalised words that belong to a title, not to the name after it ("Secretary of State Antony Blinken").
TITLE_WORDS = words("""president vice prime minister secretary state foreign defence defense home chancellor
    exchequer chief executive officer director general governor senator representative
    congressman congresswoman mayor judge justice commissioner ambassador spokesman
    spokeswoman spokesperson chairman chairwoman chair professor king queen prince princess
    pope archbishop bishop cardinal colonel lieutenant major captain sergeant admiral
    commander marshal field inspector detective superintendent constable head leader deputy
    assistant attorney health education finance trade interior culture transport energy
    environment treasury economy agriculture labour labor justice police army navy air force
    shadow opposition party interim acting former first lady lord minister's chief
    gen col lt sgt capt maj adm cmdr supt insp det sen rep gov pres brig cpl
    mp mep mps coach manager striker boss captain editor correspondent analyst""")
# Honorifics that stay part of the name ("Mr Putin", "Dr Jane Smith").
HONORIFICS = words("mr mrs ms miss dr sir dame lord lady prof mx")
FEMALE_HONORIFICS = words("mrs ms miss dame lady")
MALE_HONORIFICS = words("mr sir lord")

# Words that may sit lower-case inside a proper name ("Institute for the Study of War").
NAME_PARTICLES = words("of for the and de da di van von der den bin al la le du del y")

# News organisations. A STRONG name anywhere in a phrase makes it an outlet ("the BBC's Today
# programme"); OUTLETS and OUTLET_WORDS count as the last capitalised word of a phrase that
# has an article or another capitalised word ("The Times", "Sky News", not "Liam Fox").
STRONG_OUTLETS = words("""bbc cnn afp reuters bloomberg npr pbs cbs nbc msnbc itv rte cbc dpa efe ansa tass
    ria novosti interfax xinhua yonhap kyodo nhk upi axios buzzfeed huffpost newsweek wsj nyt
    jazeera spiegel monde figaro bild pravda izvestia kommersant asahi yomiuri haaretz
    politico matin liberation pais mundo corriere repubblica stampa zeit welt faz nikkei mainichi
    lequipe gazzetta marca cnbc zdf ard orf rai rtl svt nrk yle ctv""")
OUTLETS = words("""ap abc fox sky vox vice forbes fortune time economist guardian telegraph independent
    observer times ft""")
OUTLET_WORDS = words("""times post news journal guardian telegraph independent observer herald tribune mail
    express mirror gazette chronicle radio tv television magazine newspaper daily weekly
    programme podcast sunday press""")
# Last words that name an outlet only after an article ("The Sun", "the Evening Standard").
WEAK_OUTLET_WORDS = words("""sun star standard record review economist channel network show today wire
    bulletin program""")
# Audiences that are not outlets ("told reporters", "told parliament").
AUDIENCES = words("""reporters journalists parliament mps congress senate lawmakers legislators
    the house commons lords court jury judge delegates supporters crowd audience members
    staff employees workers investors shareholders analysts students conference meeting
    committee council assembly press journalists inquiry hearing tribunal rally summit forum
    panel briefing colleagues friends police officers investigators gathering listeners
    viewers readers interviewers lunch dinner event convention seminar symposium pupils fans
    congregation voters residents parents customers clients doctors mourners party""")
# Leading words to drop from a speaker phrase.
LEADING_DROP = words("""but and also however meanwhile now then yet still so earlier later separately adding saying noting
    instead indeed moreover furthermore nonetheless nevertheless""")
