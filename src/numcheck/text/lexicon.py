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
    confirm believe fear suggest reckon found finds showed shows show suggests understands
    understand learned learnt testified testifies""")
# Verbs that attribute only with a news organisation as subject ("The BBC understands (that) …",
# "Sky News has learned …"): with anyone else they are not speech ("he understands the risk").
OUTLET_ONLY_VERBS = words("understands understand learned learnt")
# Verbs that attribute only with a that-clause ("Officials estimate that …", "A study found
# that …"): without one they are nouns or other verbs ("the estimate", "found the body").
THAT_ONLY_VERBS = words("""estimate predict warn insist argue admit confirm believe fear suggest reckon found finds
    showed shows show testified testifies""")
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
    psychiatrist therapist counsellor cook nanny caretaker steward stewardess conductor international
    forward youngster star champion winner rookie newcomer debutant all-rounder batsman batter bowler
    spinner sprinter hurdler skier skater gymnast climber sailor rower jumper thrower cricketer footballer
    tennis-player novelist poet playwright filmmaker director-general lifeguard defendant accused
    claimant appellant applicant""")
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
    lequipe gazzetta marca cnbc zdf ard orf rai rtl svt nrk yle ctv semafor propublica mediapart meduza
    vedomosti unian hromadske suspilne ukrinform anadolu hurriyet ynet maariv yedioth caixin scmp
    bernama rappler newshub rnz univision telemundo folha estadao estadão clarin clarín infobae
    kathimerini aftonbladet expressen politiken berlingske handelsblatt tagesspiegel süddeutsche
    nzz srf rtbf ndtv vnexpress euractiv euronews breitbart newsmax mediaite marketwatch techcrunch
    espn talksport lbc bfmtv tf1 rfi tvn24 news24 firstpost newsday buzzfeed bbc's cnn's""")
# News organisations named by one word that is also an ordinary word or name ("Wired", "Variety"):
# an outlet only as the one spoken to ("told Wired", "in an interview with Variety").
OBJECT_OUTLETS = words("""wired vox slate salon variety deadline billboard mint stern focus punch tempo
    insider quartz stat kicker vice fox sky time fortune forbes ap pa afp upi ani pti efe ansa nos vrt
    lbc rt sputnik gazeta""")
OUTLETS = words("""ap abc fox sky vox vice forbes fortune time economist guardian telegraph independent
    observer times ft""")
OUTLET_WORDS = words("""times post news journal guardian telegraph independent observer herald tribune mail
    express mirror gazette chronicle radio tv television magazine newspaper daily weekly
    programme podcast sunday press zeitung gazeta gazzetta krant courant nachrichten noticias
    diario dagblad avis tidende sanomat inquirer examiner courier dispatch bulletin sentinel
    argus echo advertiser recorder enquirer register""")
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
    congregation voters residents parents customers clients doctors mourners party bundestag
    dail dáil knesset duma rada oireachtas storting riksdag sejm majlis senedd holyrood stormont
    cabinet inquest coroner magistrates""")
# Leading words to drop from a speaker phrase.
LEADING_DROP = words("""but and also however meanwhile now then yet still so earlier later separately adding saying noting
    instead indeed moreover furthermore nonetheless nevertheless""")

# Common given names whose bearer is usually a woman or a man (lower case), so that "he" and
# "she" can skip a person of the other gender ("Clara Dunn … He said" → not Clara Dunn). Names
# used for both (Alex, Sam, Jordan, Jean, Andrea, Robin, Kim) are in neither list.
FEMALE_NAMES = words("""mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa
    margaret betty sandra ashley dorothy kimberly emily donna michelle carol amanda melissa deborah
    stephanie rebecca laura sharon cynthia kathleen amy shirley angela helen anna brenda pamela
    nicole emma samantha katherine christine debra rachel catherine carolyn janet ruth maria heather
    diane virginia julie joyce victoria olivia kelly christina lauren joan evelyn judith megan
    cheryl hannah jacqueline martha gloria teresa ann sara madison frances kathryn janice
    abigail alice judy sophia grace denise amber doris marilyn danielle beverly isabella theresa
    diana natalie brittany charlotte marie kayla alexis lori julia clara claire chloe ella lucy
    sophie amelia isla ava mia poppy freya ellie zoe holly jade katie gemma kirsty leanne nicola
    joanne tracey tracy wendy yvonne sue jane jo kate kathy caroline harriet rosa rose eleanor
    fiona gillian alison alexandra anne annie beatrice bridget carmen cecilia daisy edith elena
    eva faye florence georgia hazel imogen irene iris ivy jasmine jenny jill josephine karin
    katarina lena lily lina louise lucia lydia mabel maggie marion martina matilda maya melanie
    mila miriam molly monica nadia naomi nina nora paula pauline penelope phoebe priscilla
    rebekah rita roberta rosie sabrina sally sheila sonia stella susanna suzanne sylvia tamara
    tina ursula valerie vanessa vera veronica viola vivian wanda yasmin yolanda zara angelina
    angelique annette antonia ayesha aisha fatima fatma leila layla mariam maryam noor amina
    priya anjali deepa divya lakshmi meera neha pooja sunita kavita shreya ananya svetlana olga
    natasha tatiana irina yulia oksana ludmila galina marta agnieszka katarzyna małgorzata ewa
    magdalena ines beatriz marisol lucia sofia valentina camila gabriela mariana daniela carla
    francesca giulia chiara alessandra federica elisa silvia ingrid astrid sigrid birgit ulrike
    angela angelika heike sabine claudia petra monika brigitte helga ilse greta hanna johanna
    leonie mei ling yan xiu hui yuki yoko keiko akiko naoko hana sakura ji-woo min-ji
    kamala hillary liz esther lilian marian jennifer heather amber nia siân sian cerys ffion bethan
    rhian catrin mairead siobhan aoife niamh roisin saoirse orla sinead""")
# Given names borne by women and men alike: never taken for an occupation before a name.
UNISEX_NAMES = words("""jean alex sam jordan andrea robin kim chris pat leslie lesley francis taylor morgan
    jamie casey charlie drew jesse kelly lee ashley sasha nikita eden rowan riley avery quinn
    dana jo toni terry mel val""")
MALE_NAMES = words("""james john robert michael william david richard joseph thomas charles christopher daniel
    matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald
    edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon
    benjamin ben frank gregory raymond samuel patrick jack dennis jerry tyler aaron jose adam nathan
    henry douglas zachary peter kyle ethan walter noah jeremy christian keith roger terry gerald
    harold sean austin carl arthur lawrence dylan jesse bryan joe billy bruce gabriel logan albert
    willie alan juan wayne elijah randy roy vincent ralph eugene russell bobby mason philip louis
    harry oliver charlie alfie freddie archie oscar leo theo toby luke liam callum connor owen rhys
    dafydd gareth ieuan iwan huw emyr jamie craig darren dean gavin graham ian neil nigel
    martin simon stuart trevor colin barry derek keith malcolm clive geoffrey hugh hamish angus
    fergus alistair alasdair euan ewan ross murray duncan rory declan niall ciaran eoin seamus
    fintan padraig cormac diarmuid donal tom tim tony nick rob bob bill jim mike dave steve pete
    matt dan andy chris phil ed fred jon jonny ahmed mohammed muhammad mohamed ali omar hassan
    hussein ibrahim yusuf youssef khalid mahmoud mustafa karim tariq imran faisal abdul abdullah
    hamza bilal rahul amit arjun vikram sanjay rajesh ravi suresh vijay anil sunil ashok ramesh
    narendra manmohan rajiv vladimir sergei sergey dmitry dmitri alexei alexander alexandr andrei
    andriy volodymyr oleksandr oleksiy mykola yuri yury igor ivan nikolai pavel mikhail boris
    viktor valery gennady piotr pawel krzysztof tomasz marek jan jakub lukasz wojciech karl klaus
    hans jürgen jurgen wolfgang helmut gerhard dieter uwe olaf friedrich heinz markus stefan
    thorsten lars sven erik nils anders magnus bjorn björn henrik jens pedro pablo carlos luis
    miguel javier alejandro diego fernando jorge manuel rafael sergio antonio francisco alberto
    roberto giovanni giuseppe marco luca matteo lorenzo francesco alessandro massimo mario luigi
    paolo enrico emmanuel francois françois jacques pierre philippe olivier nicolas thierry
    laurent didier yves hiroshi takeshi kenji shinzo fumio yoshihide
    recep binyamin yair naftali victor hector spencer hunter parker carter homer jasper casper lester
    chester xavier julian damian adrian sebastian fabian florian maximilian cristian kristian norman
    herman roman oscar conor salvador nestor gregor tudor dorian killian kilian osman usman suleiman
    rahman othman sherman
    emmanuel olaf joe barack donald keir rishi boris kwame kofi nelson jacob cyril uhuru william
    elon jeff sundar satya warren""")
