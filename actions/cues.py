"""The Dutch cue words the assistant reads messages with, in one place.

Every pattern here is matched against `normalize(text)` (actions/text.py): lower case, no accents, hyphens,
slashes and underscores as spaces, apostrophes dropped ("ib'er" -> "iber", "zij-instromer" ->
"zij instromer", "collega's" -> "collegas"). Only actions/reading.py, actions/rerouting.py and the intent
classifier's feature words (bot/runtime/intent_features.py) use them: everything else works on the reading.
Names say what a pattern recognises; a comment says why where it is not obvious.
"""
from __future__ import annotations

import re

from actions.normalize import normalize

# --- numbers, months, durations ---------------------------------------------------------------

NUMBER_WORDS = {
    "een": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8, "negen": 9,
    "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14, "vijftien": 15, "zestien": 16,
    "zeventien": 17, "achttien": 18, "negentien": 19, "twintig": 20, "vijfentwintig": 25, "dertig": 30,
    "veertig": 40, "half": 0, "anderhalf": 1,
}
_NUMBER = r"(\d{1,2}|" + "|".join(NUMBER_WORDS) + r")"
MONTH_NAMES = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
               "november", "december")
_MONTH = "(" + "|".join(MONTH_NAMES) + ")"

YEARS = re.compile(_NUMBER + r" ?(jaar|jr|jaren)\b")
YEARS_IN_PHRASE = re.compile(r"\b" + _NUMBER + r" ?(jaar|jr|jaren)\b", re.I)  # in the user's own words
NUMBER_WORD = re.compile(r"\b(" + "|".join(NUMBER_WORDS) + r")\b")
YEARS_AROUND = re.compile(r"\b(een )?jaar of (\d{1,2})\b")  # "een jaar of 9"
# "ik ben 52", "52 jaar oud", "mijn leeftijd": how old, not how long in teaching.
AGE = re.compile(r"^(ik ben|ben ik|ik word|ik ben al)\s+(\d{2})(\s+jaar)?(\s+oud)?$|\b\d{2}\s+jaar\s+oud\b"
                 r"|\b(leeftijd|jarig)\b")
SINCE_YEAR = re.compile(r"\bsinds (19[6-9]\d|20\d\d)\b")
MONTHS_OR_WEEKS = re.compile(r"\b(\d{1,2}|een paar|paar|enkele|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf) ?"
                             r"(maand|maanden|mnd|week|weken|dagen)\b|\bhalf jaar\b")
# "1 dag per week in het ziekenhuis": how much, not how long.
PER_PERIOD = re.compile(r"\b(per|in de|elke) (week|maand)\b")
YEARS_ALONE = re.compile(r"\s*(al |nu |sinds |ruim |bijna )*(\d{1,2}) ?(jaar|jr|jaren)( al| nu)?\s*")
LONG_TIME = re.compile(r"\b(lang|jaren|jaaaren|eeuwig)\b")

# Word ends that make a compound mean something else than its first part: "natuurkunde" is no kind of
# "natuur", "buitenland" no kind of "buiten".
NEW_MEANING_HEADS = ("kunde", "land")

# --- clauses, negation, questions ----------------------------------------------------------------

# Clauses split on punctuation and conjunctions; "ook", "verder" or "dus" inside a clause do not split it
# ("ik ben ook bouwcoördinator").
CLAUSE_SPLIT = re.compile(r"[.;!?]+|:(?=\s)|,|\b(?:en|maar|want|terwijl|omdat)\b", re.I)
CONNECTIVES = frozenset({"en", "maar", "want", "terwijl", "daarnaast", "verder", "ook", "omdat", "dus"})
# Words that turn a clause around: "ik ben geen mentor meer", "niet leuk".
# Separable verb prefixes: "samen te werken" is "samenwerken", "mee te denken" is "meedenken".
SEPARABLE_PREFIXES = frozenset("samen mee op uit in af door over voor aan bij terug na om vast weg toe".split())
NEGATION_WORDS = frozenset({"niet", "geen", "nooit", "niks", "niets", "nee", "nimmer", "allerminst"})
NEGATION = re.compile(r"\b(" + "|".join(sorted(NEGATION_WORDS)) + r")\b")
# Tokens that end a clause, for the scope of a negation in the matcher.
CLAUSE_BREAK_TOKENS = frozenset({",", ".", ";", "!", "?", ":", "en", "maar", "want", "terwijl", "omdat"})
# The word after a negation that makes it praise: "niet alleen X maar ook Y", "niets leuker dan X".
_PRAISE = frozenset({"leuker", "mooier", "fijner", "liever", "beter", "gaver", "interessanter"})
NOT_A_NEGATION_AFTER = {"niet": frozenset({"alleen", "enkel", "slechts"}), "niets": _PRAISE, "niks": _PRAISE,
                        "nooit": frozenset({"meer"})}
# "niet alleen X maar ook Y" and "niets leuker dan X" say yes; "nooit meer" is still no.
NOT_A_NEGATION = re.compile(r"\b(niet (alleen|enkel|slechts)|(niks|niets) (leuker|mooier|fijner|liever|beter|gaver)"
                            r"|geen idee|nee hoor|niet zo lang|niks mis)\b")
QUESTION_STARTS = frozenset(
    "wat hoe welke welk waarom wanneer waar wie kan kun kunnen mag moet is zijn heb hebben ben wordt word zou "
    "zouden klopt telt geldt bestaat hoort werkt waarmee waardoor hoeveel vertel leg krijg krijgt ga gaat verdien "
    "verdient heeft weet snap past helpt betekent levert kost duurt zit sta wil".split()
)
_QUESTION_CLAUSE_SPLIT = re.compile(r"[,;:.!]| en | maar ")


# After a verb that can open a question ("kan", "ben", "heb"), one of these makes it one: "kan ik ...", "is dat
# ...". Without it the clause goes on about the user: "ik begeleid stagiairs en ben 12 jaar juf".
QUESTION_SUBJECTS = frozenset("ik je jij u we wij ze zij hij het dat dit er die deze men jullie mijn een de".split())
QUESTION_PREPOSITIONS = frozenset("uit in bij met voor van op naar over aan door tot".split())
# Words around a role's name that add nothing to it: "de toetscoördinator dan", "ok, leraaronderzoeker".
AROUND_A_NAME = frozenset("de het een dan die deze rol graag toch maar ok oke oké ja nou hmm eh uh".split())
# A question about the words just before it: "onderzoek doen, kan dat ook?", "een bijbaan, mag dat?".
POINTS_BACK_IN_A_QUESTION = re.compile(
    r"^(en |maar )?(kan|kun|is|past|mag|lukt|werkt|gaat|hoe zit|hoe werkt|hoe gaat|wat vind je van|kan ik|mag ik"
    r"|kun je|zou) ?(je |ik |jij )?(dat|dit|het|zoiets|zo iets)\b")
QUESTION_LEADS = frozenset("en maar dus of oke ok oké nou".split())
SUBORDINATE_SUBJECTS = frozenset("ik mij me je jij u we wij ze zij hij men jullie".split())
WH_WORDS = frozenset("wat hoe welke welk waarom wanneer waar wie waarmee waardoor hoeveel hoelang".split())


def is_question(text: str) -> bool:
    """A question mark, or a clause that starts like a Dutch question ("kan ik ...", ", hoe doe ik dat")."""
    if "?" in (text or ""):
        return True
    for clause in _QUESTION_CLAUSE_SPLIT.split((text or "").lower()):
        words = clause.split()
        while len(words) > 1 and words[0] in QUESTION_LEADS:
            words = words[1:]  # "en wat doe ik als ...", "maar hoe zit het met ..."
        if len(words) > 1 and words[0] in QUESTION_PREPOSITIONS and words[1] in WH_WORDS:
            words = words[1:]  # "uit welke onderdelen bestaat ...", "in welke fase zit je ..."
        if not words or words[0] not in QUESTION_STARTS:
            continue
        if words[0] in WH_WORDS and len(words) > 1 and words[1] in SUBORDINATE_SUBJECTS:
            # The subject right after the question word is the word order of a clause, not of a question:
            # "wat ik leuk vind is voorlezen", "toetsen maken, hoe je eerlijk beoordeelt" ("hoe beoordeel je").
            continue
        if words[0] in WH_WORDS or words[0] in ("vertel", "leg") or (len(words) > 1 and words[1] in QUESTION_SUBJECTS):
            return True
    return False


# The intent classifier's feature words for the shape of a message (bot/runtime/intent_features.py), on
# lower-case text: a statement about oneself, a wish, a year, a duration.
SELF_STATEMENT = re.compile(
    r"\bik (ben|heb|werk|geef|doe|zit|sta|begeleid|coördineer|coordineer|was|had|deed|werkte|gaf|zat|studeer|volg)\b")
WISH_SHAPE = re.compile(r"\b(ik wil|ik zou|ik zoek|ik ga|laten we|ik denk erover)\b")
YEAR = re.compile(r"\b(19|20)\d\d\b")
DURATION = re.compile(
    r"\b\d+\s*(jaar|jr|maanden|maand)\b"
    r"|\b(een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twintig|dertig)\s+jaar\b")

# A message that only repeats a suggestion back ("praktijkleren?") before pushing back on it.
ECHO_QUESTION = re.compile(r"^\s*([\w' -]{3,60})\?")
GREETING = re.compile(r"^(hoi|hallo|hey|hee|hi|hai|goedemorgen|goedemiddag|goedenavond|dag|hoihoi|yo|goeiemorgen|"
                      r"goeiemiddag|beste)\b")
FILLER = re.compile(
    r"^((hoi|hallo|hey|hee|hi|hai|dag|goedemorgen|goedemiddag|goedenavond|ok|oke|okee|okay|nou|dus|ja|jawel|nee|"
    r"eigenlijk|toch|trouwens|verder|ook|en|maar|want|correctie|verbetering|sorry|oeps|zeg|even|hmm+|uhm*|eh+|"
    r"tja|goed|prima|ik denk|ik bedoel|nog iets|overigens|wacht|wacht even|o|oh|ah)\b\s*)+")

# --- who the facts are about -----------------------------------------------------------------------

# Another person the user talks about: what follows is about them ("mijn stagiaire van de pabo").
OTHER_PERSON = re.compile(
    r"\b(mijn|m(ij)?n|onze|ons|de|een|die|deze|haar|zijn|hun|twee|drie|\d+)\s+(nieuwe\s+|eerste\s+|jonge\s+)?"
    r"(collega|collegas|duo ?collega|lio ?student(en)?|lio ?stagiair\w*|stagiair|stagiaire|stagiairs|stagiaires|student"
    r"|studenten|lio(er|ers)?|pabo ?student(en)?|zij ?instromer(s)?|partner|vriend|vriendin|zoon|dochter|broer|zus"
    r"|moeder|vader|buurvrouw|buurman|leerling(en)?)\b"
    # A job title is someone else's only with a possessive: "mijn stagebegeleider", not "ik ben een juf".
    r"|\b(mijn|m(ij)?n|onze|haar|zijn|hun)\s+(man|vrouw|leidinggevende|teamleider|directeur|schoolleider|mentor|coach"
    r"|begeleider|stagebegeleider|werkplekbegeleider|schoolopleider|opleider|slber|docent|juf|meester)\b")
# Starts with someone else as the subject: "hij is ...", "mijn collega werkt ...".
OTHER_SUBJECT = re.compile(
    r"^(hij|zij(?! ?(in)?stro)|ze|(mijn|mn) (collega|partner|man|vrouw|vriend|vriendin|zoon|dochter|stagiair|stagiaire"
    r"|duo ?collega|leidinggevende|teamleider|directeur|moeder|vader|stagebegeleider|werkplekbegeleider|begeleider"
    r"|schoolopleider|opleider|slber|mentor|docent|juf|meester))\b")
SELF_WORDS = re.compile(r"\b(ik|mij|me|mijn|m(ij)?n|mezelf|mijzelf)\b")
# "ik begeleid stagiairs van de pabo": about students, not being one.
SUPERVISES_STUDENTS = re.compile(
    r"\b(begeleid\w*|coach\w*|werkplekbegeleider|schoolopleider|opleid\w*|mentor|heb|krijg)\b.{0,40}"
    r"\b(stagiair\w*|student\w*|pabo|lerarenopleiding|lio|lioers?)\b"
    r"|\b(mijn|de|onze|een) (studenten|stagiairs?|stagiaires?|student|lio\w*)\b|\bstagiairs\b"
    r"|\bles (aan|voor)\b.{0,40}\bin opleiding\b"
    r"|\b(studenten|stagiairs?|stagiaires?)\b.{0,20}\b(te )?(help\w*|begeleid\w*|coach\w*|opleiden|ondersteun\w*)\b")

# --- who the user is ----------------------------------------------------------------------------------

SIDE_ENTRY = re.compile(
    r"\bzij ?(in)?stro\w*|\bzijinstro\w*|carriere ?switch|omschol\w*|\boverstap\w*|\bom te scholen|uit het bedrijfsleven"
    r"|\bwil (graag )?(leraar|docent|leerkracht|juf|meester) worden|\bwil (graag )?(les ?geven|voor de klas)\b")
SIDE_ENTRY_SAID = re.compile(r"\bzij ?(in)?stro\w*|\bzijinstro\w*")
EARLIER_WORK = re.compile(r"\b(werkte|gewerkt|vroeger|hiervoor|vorige|daarvoor|was (\w+ ){0,3}(als|bij)|ik was|geweest"
                          r"|kom (uit|van) (de|het)|eerder (werk|beroep|baan))\b")
EARLIER_WORK_WORDS = re.compile(r"\b(achtergrond|eerdere? (werk|baan|beroep)|vorige? (baan|werk|beroep))\b")
STUDENT = re.compile(
    r"\bstudent\w*|\bpabo ?student|\bpabo\b|\blerarenopleiding|\blio\b|\balo\b|\bstudeer\w*|\bstage (loop|lopen)"
    r"|\bloop stage|\bin opleiding\b|\bstagiair(e)?\b"
    r"|\b(eerste|tweede|derde|vierde|1e|2e|3e|4e) ?jaars\b|\bulo\b|\bmaster ?opleiding|\beducatieve (master|minor)"
    r"|\b(eerste|tweede|derde|vierde|1e|2e|3e|4e) jaar (van |op |aan )?(de |het )?(pabo|opleiding|lerarenopleiding|alo"
    r"|hbo|master)")
TEACHER = re.compile(
    # Compounds count: gymleraar, kleuterjuf, muziekdocent, groepsleerkracht, vakdocent.
    r"\b(\w*(leraar|lerares|docent|docente|leerkracht|juf)|meester (van |in )?(groep|de klas|de bovenbouw|de onderbouw)"
    r"|onderwijzer|invaller|invalkracht|voor de klas|geef (\w+ ){0,4}les|lesgeven"
    r"|geef (\w+ ){1,2}(in|aan|op) (de |het |een )?(\d|groep|klas|havo|vwo|vmbo|mbo|brugklas|bovenbouw|onderbouw"
    r"|middenbouw|school|leerlingen|studenten|kleuters|kinderen)"
    r"|mentor|sectieleider|sectievoorzitter|werk (op|in|bij) (een|de|het) (school|basisschool|mbo|vmbo|havo)"
    r"|(mijn|in) (groep|klas) \d|werk (\w+ ){0,3}in groep \d|duobaan)")
TEACHER_SAID = re.compile(r"\bik ben (\w+ ){0,2}\w*(docent|leraar|lerares|leerkracht|juf)\b")
GRADUATED = re.compile(r"\b(afgestudeerd|diploma|klaar met (de|mijn) (studie|opleiding|traject)|bevoegd)\b")
NOT_YET_TEACHING = re.compile(
    r"\b(nog niet|nog geen|niet voor de klas|ga (nog )?beginnen|moet nog beginnen|nog in opleiding|begin pas"
    r"|begin (in|na|over|vanaf) (" + "|".join(MONTH_NAMES) + r"|de zomer|het nieuwe schooljaar))\b")
# Not in front of a class yet: "ik begin in januari als zij-instromer", "ik moet nog beginnen".
STARTS_LATER = re.compile(
    r"\b(begin pas|ga (nog |pas )?beginnen|moet nog beginnen|sta nog niet voor de klas|nog niet voor de klas"
    r"|begin (in|na|over|vanaf|per) (" + "|".join(MONTH_NAMES) + r"|de zomer|de zomervakantie|het nieuwe schooljaar"
    r"|volgend schooljaar|volgend jaar|\d+ (weken|maanden)))\b")
STANDS_FOR_CLASS_YEARS = re.compile(r"\bsta (nu |al )?\d+")
# Saying who you are in so many words: "ik ben eigenlijk zij-instromer", "ik zit op de pabo".
SELF_AUDIENCE_STATEMENT = re.compile(
    r"\bik ben (eigenlijk |toch |nog |ook |dus |gewoon )?(een )?(zij ?instromer|student|pabo ?student|stagiair|lioer"
    r"|leraar|docent|leerkracht|juf|lerares)\b"
    r"|\bik (zit|studeer) (nog )?(op|aan|in) (de |het )?(pabo|lerarenopleiding|alo|opleiding)\b|\bik studeer\b")
AUDIENCE_WORDS = {
    "leraar": re.compile(r"^(leraar|docent|docente|leerkracht|juf|meester|lerares|teacher)$"),
    "student": re.compile(r"^(student\w*|pabo ?student|stagiair\w*|lioer|student lerarenopleiding( of pabo)?)$"),
    "zij_instromer": re.compile(r"^(zij ?instromer|zijinstromer)$"),
}
NEGATED_AUDIENCE = re.compile(
    r"\b(ben|zijn|was) (helemaal |echt |toch |dus |al lang )?(geen|niet|nooit) (meer )?(een )?"
    r"(?P<what>zij ?instromer|student|pabo ?student|stagiair\w*|leraar|docent|leerkracht|juf)\b")

SECTORS = (
    ("po", re.compile(r"\b(po|basisschool|basisonderwijs|primair|groep \d|gr \d|groep (een|twee|drie|vier|vijf|zes|zeven|"
                      r"acht)|pabo|kleuter\w*|sbo|juf|groepsleerkracht|combinatie ?groep|combinatie ?klas|iber"
                      r"|intern begeleider|basisscholen)\b")),
    ("mbo", re.compile(r"\b(mbo|roc|beroepsonderwijs|middelbaar beroeps\w*|bbl|bol|slber|slb|bpv\w*"
                       r"|studieloopbaanbegeleid\w*)\b")),
    ("vo", re.compile(r"\b(vo|havo|vwo|vmbo|atheneum|gymnasium|middelbare school|voortgezet\w*|lyceum|mavo"
                      r"|praktijkonderwijs|praktijkschool|brugklas|\d (havo|vwo|vmbo|mavo|gym))\b")),
)
# "ik ben docent biologie", "ik geef engels in 2 havo": the subject taught (subjects themselves live in knowledge).
TEACHING_CONTEXT = re.compile(r"(voor de klas|\bik sta\b|docent|leraar|lerares|leerkracht|juf|in het onderwijs|lesgeven"
                              r"|lesgeef|lesgaf|lesgegeven|les geven|\bles\b|op school|\bgeef\b|\bmentor\b|\bgroep \d"
                              r"|\bmijn klas\b|duobaan|\bop (deze|dezelfde|onze|mijn|een|de|het) (\w+ )?school\b)")
WEAK_TEACHING_CONTEXT = re.compile(r"\b(werkzaam|ervaring|aan het werk|bezig|werk)\b")

STAGE_WORDS = (
    ("in_opleiding", re.compile(r"\b(in opleiding|student|pabo|lerarenopleiding|lio|stagiair|stage|studeer)\b")),
    # "meester (van) groep 8" is a primary teacher, not the stage.
    ("meester", re.compile(r"\b(meesterschap|expert|senior|zeer ervaren|heel ervaren"
                           r"|meester(?! ((van|in|op) )?(groep|gr|de klas|de bovenbouw|de onderbouw|\d)))\b")),
    ("startend", re.compile(
        r"\b(starter|startend|beginnend|beginner|net (begonnen|afgestudeerd|klaar|gestart)|pas (begonnen|afgestudeerd"
        r"|gestart)|(vorig jaar|onlangs|kort geleden|afgelopen (jaar|zomer)|(een|1|2|twee) jaar geleden) afgestudeerd"
        r"|eerste jaar|1e jaar|tweede jaar|2e jaar|ik ben (een )?nieuwe? (docent|leraar|leerkracht)|groen"
        r"|sinds (" + "|".join(MONTH_NAMES) + r"|deze zomer|dit (school)?jaar|kort)|dit (school)?jaar (begonnen|gestart)"
        r"|(nu )?een (half )?jaar(?! of))\b")),
    ("ervaren", re.compile(r"\b(ervaren|jaren ervaring|al (heel )?lang|lange tijd|veel ervaring|tientallen jaren)\b")),
)

# --- what gives energy, what you do, what you want ---------------------------------------------------

ENERGY = re.compile(
    r"\b(leuk|leukst|leukste|energie|passie|graag|hou van|houd van|blij|enthousiast|interessant|interesse|boei|boeit"
    r"|trekt me|trekken me|mooi|mooist|plezier|geniet|droom|ambitie|zou (ik )?willen|wil (ik )?graag|lijkt me"
    r"|spreekt me aan|spreken me aan|uitdaging|motiveert|inspireert|voldoening|warm (voor|van)|fijn|gaaf|vet|tof"
    r"|word ik|krijg ik|kick|hart ligt|affiniteit|ik vind|vind ik|dol op|gek op|helemaal into|zin in|liever|heerlijk"
    r"|genieten|prachtig|geweldig|fantastisch|favoriet|top|super leuk|superleuk|het mooiste|het leukste)\b")
# A wish is no current task: "ik wil teamleider worden" must not be quoted as what you do now.
WISH = re.compile(r"\b(wil\b[^,.]{0,40}\bworden|wil (later|ooit|eigenlijk|best)|ambieer|(door)?groeien naar"
                  r"|zou (graag )?\w+ willen worden|wil (graag )?(meer|iets) met|wil (juist |liever |graag |eigenlijk )?(minder|meer))\b")
TASK = re.compile(
    r"\b(ik ben|ben ik|ik doe|ik geef|geef ik|ik heb|naast|momenteel|nu|op dit moment|zit in|zit ik|coordineer|begeleid"
    r"|organiseer|werk als|werk ik|taak|taken|verantwoordelijk|ik was|werkte|gewerkt|ervaring als|achtergrond|vorige"
    r"|hiervoor|mijn stage|stage|doe ik|regel)\b")
# Task words that say nothing about a task by themselves: "ik ben weg", "ik heb een vraag".
WEAK_TASK_WORDS = frozenset({"ik ben", "ben ik", "ik heb", "nu", "naast", "momenteel", "op dit moment"})
# "alleen lesgeven", "niks", "verder niks": an answer to what you do besides teaching, with nothing in it.
# Said anywhere: no tasks besides teaching ("verder heb ik geen extra taken", "verder alleen lesgeven").
NO_EXTRA_TASKS = re.compile(
    r"\bverder (niks|niets|geen)\b|\bgeen (extra |andere )?(taken|taak|rollen|rol)\b"
    r"|^(verder |daarnaast )?(alleen|gewoon|enkel) (les ?geven|lesgeven|lessen)$"
    r"|\b(verder|daarnaast|naast)\b.{0,15}\b(alleen|gewoon|enkel)\b.{0,10}\b(les ?geven|lesgeven|lessen)\b")
# As the answer to what you do besides teaching: also a bare "niks" or "nee".
NOTHING_EXTRA = re.compile(
    r"^(nee |verder |ok |oke |eh |uhm )*(niks|niets|geen|nog niks|nog niets|nee|nope)"
    r"( (hoor|verder|anders|extra|meer|eigenlijk|nog|niet|bijzonders|speciaals|taken|rollen))*$|\bverder (niks|niets|geen)\b"
    r"|\bgeen (extra |andere )?(taken|taak|rollen|rol)\b"
    r"|" + r"\b(alleen|gewoon|enkel|vooral|puur)\b.{0,15}\b(les ?geven|lesgeven|les|lessen|voor de klas|mijn vak|stage)\b")
# "ik geef alleen les": only teaching, also when asked what gives energy (then it is no energy).
ONLY_TEACHING = re.compile(r"\b(alleen|enkel|puur)\b.{0,15}\b(les ?geven|lesgeven|les|lessen|voor de klas)\b")
INTERNSHIP = re.compile(r"\b(stage|stageschool|stageklas|lio ?stage)\b")
# A student's "stage in 2 vwo" as the answer to what they do: teaching on their internship, nothing besides.
ONLY_INTERNSHIP = re.compile(
    r"^(ik )?((loop|doe|heb|zit) )?(nu |alleen |gewoon |vooral )?(mijn |mn )?(lio ?)?stage( lopen)?"
    r"( (in|op|bij|aan) [\w -]{1,30})?$")
# Saying only that you teach (a subject, a class, a school): what you do besides is still open.
PLAIN_TEACHING = re.compile(r"\b(\w*(docent|leraar|lerares|leerkracht|juf)|meester|geef|les|lesgeven|onderwijs)\b")
MORE_THAN_TEACHING = re.compile(r"\b(ook|naast|daarnaast|verder|bovendien|coordin\w*|werkgroep|commissie|team|sectie"
                                r"|organiseer|begeleid\w*|regel|taak|taken)\b")
# A clause about this chat, not about the work: "ik wil weten welke kant ik op kan".
ABOUT_THE_CONVERSATION = re.compile(
    r"\b(wil (graag )?weten|weet (nog )?niet wat|welke kant|wat (ik|je) (kan|kunt) (worden|doen)|wat past|kun je|kan je"
    r"|help me|advies|tips?|(wil )?kijken wat|wat ik nog kan|wat (er )?mogelijk is|mijn opties|wat zijn de opties"
    r"|ben benieuwd|benieuwd"
    # Thanks and remarks about this chat: "fijn dat je even meekeek", "dit helpt me", "genoeg vragen voor nu".
    r"|(fijn|leuk|goed|top|mooi|handig|prettig|tof|fijn om te horen) (dat|hoe) (je|jij|u)|(dit|dat|je|jij) helpt"
    r"|helpt me|(deze|die|je|jouw|genoeg|al die) vragen|(een )?andere vraag|eerst een vraag"
    r"|stoppen met (dit|deze|het|de|je|jouw)|^(ik wil )?(stop|stoppen|pauze|ophouden|genoeg)( maar| even| eventjes| nu"
    r"| hier| ermee| voor nu| voor vandaag)*$"
    r"|dit gesprek|het gesprek)\b")
STRIKE_OUT = re.compile(r"\b(streep\b.*\bdoor|doorstrepen|doorgestreept|schrap\w*)\b")
# The things a delete order can be about that are the conversation itself, not one fact in it.
DATA_OBJECT = re.compile(r"\b(mij|me|alles|gegevens|data|gesprek|chat|dit|wat ik|mijn (gegevens|data|info"
                         r"\w*|verhaal|antwoorden|berichten))\b")
# Words that say who someone is or how long, nothing about the work itself ("ik ben 8 jaar docent").
ONLY_PROFILE_WORDS = re.compile(
    r"\b(ik|ben|zit|sta|al|nu|sinds|op|de|het|een|in|aan|bij|als|jaar|jaren|voor|klas|school|werk|was"
    r"|docent|leraar|lerares|leerkracht|juf|student|pabo|lerarenopleiding|starter|startend|ervaren|zij ?instromer"
    r"|zijinstromer|net|begonnen|afgestudeerd|po|vo|mbo|havo|vwo|vmbo|basisschool|onderwijs|groep|gr|\d+|er|daar|hier"
    r"|van|eerste|tweede|derde|vierde|laatste|1e|2e|3e|4e|jaars|opleiding|lio|lio jaar|mijn|mn|alo|ulo|hbo|pabo"
    r"|hoi|hallo|hey|hee|hi|goedemorgen|goedemiddag|goedenavond|dag"
    r"|ok|oke|okee|okay|dus|correctie|verbetering|pas|nog|eigenlijk|toch|maar|even|ja|nee|hoor|wel|verder"
    r"|sorry|oeps|nou|zeg|gewoon|trouwens|primair|voortgezet|basisonderwijs|middelbare|werkzaam|bezig|ongeveer"
    r"|ruim|bijna|zo|iets|lang|kort|zelf|ook|dit|schooljaar|cursusjaar|" + "|".join(MONTH_NAMES) + r")\b")
# Changing your mind or correcting: "eigenlijk", "toch liever", "ik bedoel", "klopt niet".
CORRECTION = re.compile(r"\b(eigenlijk (toch|liever|wil|ben|werk|geef|zit|sta|doe|heb|ik|geen|niet|meer|al)|ben eigenlijk|toch (liever|niet|geen|wel)"
                        r"|bedoel\w*|liever|correctie|verbetering|klopt niet|niet juist|niet waar|foutje|vergis\w*|typfout"
                        r"|ik zei|sorry|(was|is|waren|zijn) eigenlijk)\b|^(nee|wacht)\b")

# --- how the work feels ----------------------------------------------------------------------------------

DISTRESS = re.compile(
    r"\b(opgebrand|burn ?out|overspannen|uitgeput|op ?geraakt|ziek ?gemeld|ziek thuis|kapot van|huil\w*"
    r"|slaap (heel )?slecht|lig wakker|zit (er )?(helemaal )?doorheen|gaat (het )?niet (meer )?goed met mij"
    r"|(ben( ik)?|voel( ik)? me) (echt |helemaal |compleet |een beetje |eerlijk gezegd |best |wel )*op(?=\s*$|\s+(en|maar)\b)"
    r"|echt op|helemaal op|(word|ben|raak) (\w+ ){0,2}moe van (alles|het werk|mijn werk|lesgeven|school)|doodmoe|uitgeput"
    r"|\d+ (weken|maanden) thuis"
    r"|thuis (geweest|gezeten)|verzuip\w*|overleef\w*|hou (het|dit) niet vol|niet of ik het volhoud"
    r"|(heb|had) (helemaal |echt )?geen energie( meer)?|zit (helemaal |echt )?stuk|trek (het|dit) niet( meer)?"
    r"|kan (het )?(echt )?niet meer(?!\s+\w+en\b)|uitgeblust|(op|loop op) (mijn|mn) tandvlees|leeggezogen|ben leeg"
    r"|wordt (me|mij) (allemaal |echt |gewoon )?te veel|te veel geworden|groeit me boven het hoofd)\b")
DOUBT = re.compile(
    r"\b(twijfel\w*|onzeker|weet (het )?niet (meer )?of ik|weet (\w+ )?niet (meer |zo goed |goed |precies )?wat ik wil"
    r"|zit niet lekker|vastgelopen|vast gelopen|uitgekeken|sleur|valt (me|mij) (zwaar|tegen)|zwaar|geen plezier meer"
    r"|geen zin meer|klaar mee|niet meer leuk|worstel\w*|volhoud|gezakt|voor gek"
    r"|weet niet of (de |het |dit )?\w+ (wel )?(iets )?voor mij)\b")
# "ik wil niet meer voor de klas", "minder lesgeven", "ik ben opgebrand": a wish to teach less.
LESS_TEACHING = re.compile(
    r"\b(niet meer|minder|niet langer|weg uit|weg van)\b.{0,25}\b(voor de klas|les ?geven|lessen|de klas|klas uit)\b"
    # "ik wil uit de klas", but not "energie uit de praktijk naar de klas brengen"
    r"|\b(wil|wilde|zou|ga|moet)\b.{0,20}\buit (de klas|het onderwijs)\b|\bde klas uit\b"
    r"|\b(opgebrand|burn ?out|uitgeblust|overspannen|op ?geraakt)\b"
    r"|\bstop(pen)? met (het )?(les ?geven|voor de klas staan)\b")
# "moet ik gewoon stoppen met het onderwijs?": about the work, not about this chat.
STOP_TEACHING = re.compile(
    r"\b(stoppen|stop|kappen|ophouden) (ik )?(met|in) (het |de )?(onderwijs|les ?geven|lesgeven|vak|klas|leraar|docent|werk)"
    r"|\buit het onderwijs\b|\bander (werk|beroep|vak)\b")
# Leading a school or team is another profession; the publication describes growing as a teacher.
MANAGEMENT = re.compile(r"\b(directeur|adjunct directeur|adjunct|schoolleider|teamleider|manager|leidinggevende worden"
                        r"|directie|rector|conrector|afdelingsleider|locatieleider|bestuurder|management)\b")

# --- requests -------------------------------------------------------------------------------------------

# Words that say "delete it". Deleting is final, so without one of them (or the confirm button) the assistant
# asks first. "nog niks op school" was once taken for "vergeet mij" and wiped a conversation.
DELETE = re.compile(
    r"\b(vergeet\w*|vergeten|vergetel\w*|wis|wissen|wist|gewist|uitwissen|verwijder\w*|verwijdr\w*|delete\w*|deleten"
    r"|forget|erase|remove|weg ?gooien|gooi\b.*\bweg|haal\b.*\bweg|weg ?halen|weg ?doen|weg ermee|mag weg|moet weg"
    r"|moeten weg|opruimen|schoon\b.*\bop|prullenbak|ruim\b.*\bop|schoon ?vegen|leeg ?maken|vernietig\w*|schrap\w*"
    r"|uit (je|het|jullie) systeem|intrekken|trek\b.*\bin|verdwijn\w*)\b")
# Words that are about storing (a privacy question, or with a "don't" a request to delete).
STORAGE = re.compile(r"\b(onthoud\w*|onthouden|geheugen|opslaan|opslag|sla\b.*\bop|opgeslagen|bewaar\w*|bewaren|bewaard"
                     r"|achter ?laten|laat\b.*\bachter|sporen|spoor|in een database|hou\b.*\bniet bij|bijhouden)\b")
# A question about deleting ("wordt dit gewist?", "hoe lang bewaar je dit?") is no order to delete now.
DELETE_AS_POLICY_QUESTION = re.compile(
    r"\b(wordt|worden|word|is|zijn|wanneer|hoe lang|hoelang|automatisch|na hoeveel|gebeurt|kan ik|hoe kan ik"
    r"|mag ik|moet ik)\b")
# A request in question form is still a request: "kun je alles wissen?", "wil je dit verwijderen?".
POLITE_REQUEST = re.compile(r"\b(kun|kan|wil|zou) (je|jij|u)\b|\bgraag\b|\bmaar\b|\bnu\b|\bmeteen\b|\balsjeblieft\b"
                            r"|\bplease\b|\bsvp\b|\bgraag\b")
PRIVACY = re.compile(
    r"\b(privacy|gegevens|opgeslagen|opslaan|slaan|bewaar\w*|lees|leest|lezen|meelezen|meekijken|avg|wis|wissen|gewist"
    r"|verwijder\w*|anoniem|vertrouwelijk|herkenbaar|ziet|zien|blijft|tussen ons|doorgestuurd|gedeeld|delen)\b")
# "wat weet je nu van mij?": the user may see what is kept about them, in their own words.
WHAT_IS_KNOWN = re.compile(
    r"\b(wat|hoeveel) (weet|ken) (je|jij) (nu |allemaal |al |eigenlijk |nog )*(van|over) (mij|me)\b"
    r"|\bwat heb je (allemaal |nu |nog )*(van|over) (mij|me) (opgeslagen|bewaard|onthouden|genoteerd)"
    r"|\bwat (staat|is) er (allemaal |nog )?(van|over) (mij|me) (opgeslagen|bewaard)"
    r"|\bwat (heb|weet) je (nog )?(van|over) (mij|me)\b")
RESTART = re.compile(r"\b(begin|beginnen|start|starten|opnieuw beginnen|nog een keer|nog eens) (maar )?(opnieuw|overnieuw"
                     r"|van voor af aan|vanaf het begin)\b|\bopnieuw (beginnen|starten)\b|\breset\b|\bvan voren af aan\b"
                     r"|\bnieuw gesprek\b")
SUMMARY = re.compile(
    r"\b(rij|rijtje|samenvat\w*|samengevat|overzicht\w*|op papier|print\w*|download\w*|kopie|kopieer\w*"
    r"|lijst\w*|bij elkaar|gespreksvoorbereiding|jaargesprek|lob gesprek|mail\w*|meenemen|mee te nemen|resultaat"
    r"|uitkomst|conclusie"
    r"|wat hebben we|wat heb ik)\b")
# Words that make a message about one of the suggestions a choice ("dat ict ding lijkt me wel wat").
CHOICE = re.compile(
    r"\b(lijkt|spreekt|trekt|kies|gekozen|neem|pak|ga (ik )?voor|doe maar|doe die|die van|dat van|die met|dat met|"
    r"die rol|dat ding|die lijkt|wordt het|wil ik wel|wil ik|past het best|het meest|het leukst|interessant|voorkeur"
    r"|liever|(die|dat|deze) doe ik|ik wil (die|dat|deze)|die is het|dat is het|die dan|dat dan|die wil|deze wil|vier vragen voor)\b"
    r"|^((oke|ok|goed|nou|prima|ja) )?dan (toch |maar )?(de |het )?\w+")  # "oke, dan sectieleider"
# A plain yes: the answer to a yes-question offered with a "Ja, ..." button is that button.
PLAIN_YES = re.compile(r"^(ja|jawel|ja graag|graag|ok|oke|okee|okay|prima|goed|doe maar|yes|jazeker|zeker|is goed|top"
                       r"|ja hoor|ja doe maar|ja please|jep|yep|klopt)( (hoor|graag|dank je|dankje|please|prima|maar))*$")
# A clause that gives energy but names nothing: "dat vind ik het leukst", "en dat doe ik graag" points back.
POINTS_BACK = re.compile(r"^(en )?(dat|dit)( \w+){0,10}$")
# Words that say nothing about what a clause is about: "ik krijg er ook wel veel energie van".
NO_CONTENT_WORDS = frozenset("ik je er ook wel echt heel erg veel van door bij dat dit het die deze daar daarvan "
                             "hiervan zo best nog altijd wat een de mij me mijn en maar energie krijg word vind haal "
                             "doe geeft geven gaat gaan is".split())
# "ik wil juist minder regelen": less of some work (not less teaching, which LESS_TEACHING reads).
LESS_OF = re.compile(r"\b(minder|niet meer zo ?veel)\b")
# Choosing in so many words, also before anything was offered: "ik kies mentor", "ik ga voor schoolopleider".
EXPLICIT_CHOICE = re.compile(r"\b(ik kies|kies ik|gekozen|ik neem|ga (ik )?voor|vier vragen voor|die rol wil ik)\b")
# Pointing at what was just shown: "die wil ik", "dat lijkt me wat".
POINTING = re.compile(r"\b(die|dat|deze|dit|daar|daarvoor|diegene|hem|die rol)\b")
ORDINALS = {
    "eerste": 0, "1": 0, "1e": 0, "tweede": 1, "2": 1, "2e": 1, "derde": 2, "3": 2, "3e": 2,
    "vierde": 3, "4": 3, "vijfde": 4, "5": 4, "zesde": 5, "6": 5, "laatste": -1, "bovenste": 0, "onderste": -1,
}
# "de tweede", "nummer 2", "optie 3": a position in a list; a bare number ("2") only as the whole message.
ORDINAL = re.compile(r"\b(de|het|die|deze|nummer|nr|optie|keuze|rol)\s+(eerste|tweede|derde|vierde|vijfde|zesde|laatste|bovenste"
                     r"|onderste|1e|2e|3e|4e|1|2|3|4|5|6)\b|^(eerste|tweede|derde|vierde|vijfde|zesde|laatste|1e|2e|3e|4e"
                     r"|1|2|3|4|5|6)( (graag|maar|dan|die|rol|optie))?$")
WHICH_FITS_BEST = re.compile(
    r"\b(welke|wat) (past|passen) (nu |dan |er )?(het )?(best|beste|meest)|\bwat raad je (me |mij )?aan"
    r"|\bwelke (zou|moet) (jij|ik) (kiezen|nemen)|\bwelke is (het )?(best|beste)|\bwelke (raad|adviseer) je")
READY_NOW = re.compile(r"\b(nu al|nu meteen|nu direct|meteen al|al meteen|nu ook al|alvast)\b")
ASKS_FOR_OPTIONS = re.compile(
    r"\b(wat past (er )?(bij|voor) (mij|me)|wat (kan|kun) ik (nog |later |allemaal )?(worden|doen|kiezen)|mijn opties"
    r"|wat zijn (de|mijn) (opties|mogelijkheden)|welke (rollen|richting|kant)|wat raad je|waar (kan|kun) ik (naartoe|groeien)"
    r"|hoe (kan|kun) ik (verder )?groeien|wat (zou|kan) bij mij passen|geef (me )?(tips|advies|suggesties)"
    r"|kijk (eens )?wat bij mij past|wat (zijn|heb je) (voor )?(tips|suggesties)|welke (kanten|richtingen|mogelijkheden)"
    r"|wat (kan|kun) ik (nog|allemaal|verder)\b)\b")
# A student's choices within the training or where to apply: the publication gives advice for that.
STUDY_CHOICE = re.compile(
    r"\b(keuze ?modules?|keuzevak\w*|minor|solliciteren|sollicit\w*|welke scholen?|stageschool|stageplek|stage plek"
    r"|opleidingsschool|afstudeer\w*|grote of (een )?kleine school|specialisatie\w*|specialiseren|specialiseer\w*"
    r"|(op|tijdens) (mijn|de) stage\b.{0,40}"
    r"(uitproberen|proberen|oefenen|doen|leren)|stage (al )?(uitproberen|proberen))\b")
# "ok toch maar verder" after pausing the questions: pick them up where they stopped.
RESUME = re.compile(r"\b(verder|doorgaan|door gaan|ga (maar )?door|de vragen|weer beginnen)\b")
NOTHING_MORE = re.compile(r"^\s*(nee\s*|ok\s*|oke\s*|verder\s*)*(niks|niets|nee|dat was het|dat is alles)"
                          r"( (meer|hoor|verder|bedankt|dank je|dankje|toe te voegen))*\s*$")
# "jij snapt er niks van": an apology first, then what the assistant can do.
FRUSTRATED = re.compile(
    r"\b(snap\w* (er |het )?(ook |echt |helemaal )?(niks|niets|geen bal)|begrijp\w* (er |me |mij |het )?(ook |echt )?(niks|niets|niet)|slaat nergens op"
    r"|(domme|stomme|waardeloze|nutteloze) (bot|chatbot|robot)|waardeloos|nutteloos|irritant|je luistert niet)\b")
# The user turns a suggestion down: "nee, dat past niet bij mij", "niks voor mij".
PUSH_BACK = re.compile(
    r"\b(past niet|niks voor mij|niets voor mij|niet voor mij|spreekt me (helemaal |echt )?niet aan"
    r"|lijkt me (helemaal |echt |totaal |echt helemaal |dus )?(niks|niets|niet)|geen zin in|hoeft niet|liever niet"
    r"|nee dank\w*|zeker niet|echt niet|absoluut niet|niet mijn ding|trekt me (helemaal |echt )?niet)\b")
# After the suggestions: "dat doe ik allemaal al", "ik zoek iets nieuws": the roles shown are known ground.
WANTS_SOMETHING_NEW = re.compile(
    r"\b(iets nieuws|wat nieuws|iets anders|niks nieuws|niets nieuws|(doe|ben|heb|ken|deed) ik (toch |allemaal |eigenlijk )*al"
    r"|wat ik (nu )?(toch |allemaal |eigenlijk )*al doe|doe ik (nu )?(toch |allemaal )?al|al (mijn|m'n|mn) ding)\b")
COMING_BACK = re.compile(r"\b(terug ?komen|terugkom\w*|terugkeren|terugkeer|weer (in)?stromen|herintre\w*)\b")
ABROAD = re.compile(r"\b(buitenland|in het buitenland)\b")
OUTSIDE_THE_CLASSROOM = re.compile(
    r"\b(anders dan|naast|buiten) (het )?(voor de klas|de klas|lesgeven|les geven|het onderwijs|onderwijs|school)\b"
    r"|\bniet (meer )?voor de klas\b")
MOST_IMPORTANT = re.compile(r"\b(belangrijkst\w*|de kern|welk domein is het meest)\b")
# "welke fases zijn er, van startend tot meester": the user wants all of them.
ASKS_FOR_ALL = re.compile(r"\b(welke|alle|allemaal|overzicht|verschil|fases|fasen|vragen zijn)\b")
STAGE_NAMES = {
    "in_opleiding": r"in opleiding", "startend": r"start\w*|beginn\w*", "ervaren": r"ervaren",
    "meester": r"meester\w*|expert",
}
QUESTION_NAMES = {
    "toelating": r"toelat\w*|toegelaten", "ondersteuning": r"ondersteun\w*", "facilitering": r"facilit\w*",
    "erkenning": r"erkenn\w*|erkend",
}
# Words that show a question really is about preparing a new role with the manager.
# "welke vier vragen moet ik stellen": the publication's four questions, asked for by name.
FOUR_QUESTIONS = re.compile(r"\b(vier|4) (vragen|punten)\b")
ABOUT_A_NEW_ROLE = re.compile(
    r"\b(regel\w*|vragen|vraag|leidinggevende|toelating|ondersteuning|facilit\w*|erkenning|bespreken|gesprek"
    r"|nieuwe rol|als ik \w+ word)\b")

# --- the user's words, tidied ----------------------------------------------------------------------------------

# Leading and trailing words that only frame a fact: "ik vind X echt leuk" -> "X".
PHRASE_LEAD = re.compile(
    r"^((ik\s+)?(merk|denk|weet|voel|zie|geloof|besef)\s+(wel\s+|nu\s+|steeds\s+|echt\s+)*dat\s+)?"
    r"(wat\s+ik\s+(nog\s+|wel\s+|echt\s+|vooral\s+|het\s+|zelf\s+)*(leuk|leukst|fijn|mooi|mooist|gaaf|tof)\w*\s+"
    r"(vind|vond)\s+(is|zijn|was|waren)\s+)?"
    r"(zelf\s+)?((ik|je|wij|we)\s+)?(zelf\s+)?((vind|vond|hou|houd|krijg|word|ben|zit|doe|heb|wil|zou|geef|begeleid|werk|sta)\b)?\s*"
    r"(ik\s+)?"
    r"(het\s+|echt\s+|heel\s+|erg\s+|super\s+|ook\s+|graag\s+|vooral\s+|nu\s+|momenteel\s+|er\s+|zelf\s+|daarnaast\s+"
    r"|meer\s+|juist\s+|nog\s+)*"
    r"((het\s+)?(leuk|leuker|leukst|leukste|fijn|mooi|mooist|mooiste|gaaf|tof|interessant|belangrijk|heerlijk|geweldig)"
    r"\s+((vind|vond)\s+)?(om\s+|aan\s+|dat\s+)?)?"
    r"((energie|blij|enthousiast)\s+(van|door|bij)\s+|van\s+|gek op\s+|dol op\s+|(graag\s+)?)", re.I)
PHRASE_TAIL = re.compile(
    r"(\s+(vind ik|vond ik|doe ik|is|zijn|lijkt me|lijkt mij|spreekt me aan|klinkt|klinkt me))?"
    r"(\s+(echt|heel|erg|super|best|wel|ook|zo|het|eigenlijk|het meest|het leukst|het allerleukst))*"
    r"(\s+(leuk|leuker|leukst|fijn|gaaf|mooi|tof|vet|interessant|geweldig|prachtig|het leukste|graag|wat)"
    r"(\s+(om\s+te\s+doen|aan|om|wel))?)?(\s+(vind|vond|doe|deed))?\s*[!.?]*$", re.I)


# How a story about what you teach starts, before the subject and the school: "ben sinds dit schooljaar
# zij-instromer natuurkunde op een havo" keeps "natuurkunde op een havo".
_SINCE = (r"((sinds|vanaf)\s+(dit\s+|kort\s+|vorig\s+|" + "|".join(m + r"\s+" for m in MONTH_NAMES) + r")?"
          r"(schooljaar\s+|jaar\s+)?|nu\s+|al\s+|net\s+|zelf\s+|momenteel\s+)")
TEACHING_LEAD = re.compile(
    r"^((ik|en)\s+)?" + _SINCE + r"*((ben|werk|sta|geef)(\s+ik)?\s+)?" + _SINCE + r"*(zij-?\s?instromer\s+)?(als\s+)?",
    re.I)
CHAT_FILLER_LEAD = re.compile(
    r"^((hoi|hallo|hey|hee|ok|oke|okee|nou|dus|ja|nee|eigenlijk|toch|trouwens|en|maar|ook|verder|sorry|oeps|haha|hmm+|wacht)"
    r"\b[\s,]*)+", re.I)
# A subject said as what you teach: "docent geschiedenis", "ik geef engels", "ik doe geschiedenis hoor".
# "ik ben Sanne", "ik heet Joost": a name, which the assistant neither needs nor keeps.
NAME_INTRO = re.compile(r"^(ik heet|mijn naam is|ik ben) (?P<name>\w+)$")
TEACHES = re.compile(r"\b(\w*(docent|leraar|lerares|leerkracht|juf)|geef|geeft|doe|vak|vakken|les in|sectie|bevoegd"
                     r"|lerarenopleiding|opleiding|studeer|studie)\b")


# Where or whom someone teaches: "juf van groep 6", "docent op een havo", "mbo niveau 2".
TEACHING_DETAIL = re.compile(r"\b(groep|gr|klas|klassen|havo|vwo|vmbo|mbo|mavo|atheneum|gymnasium|lyceum|school"
                             r"|basisschool|onderbouw|bovenbouw|middenbouw|brugklas|niveau|kleuters|roc)\b")
# A class named by its number: "groep 4", "klas 3", "2e klas".
CLASS_TAUGHT = re.compile(r"\b(groep|gr|klas|leerjaar) ?\d\b|\b\d ?e? (klas|groep)\b")
# Words that mark the work someone does now at school, apart from what a side-entrant did before.
NOW = re.compile(r"\b(nu|momenteel|op dit moment|naast|op school|in de klas|dit jaar|inmiddels|sinds)\b")
# "ik doe geschiedenis hoor": words around a subject that say no more than that you teach it.
SUBJECT_FRAME = re.compile(r"\b(ik|doe|geef|heb|hoor|dus|gewoon|vooral|het|vak|de|en)\b")
# "ik ben geen mentor meer": a task no longer done (not a role turned down).
NO_LONGER = re.compile(r"\b(ben|doe|heb|zit)\b.*\b(geen|niet)\b.*\bmeer\b|\bniet meer\b")
# "vergeet wat ik over mijn klassen zei", "wis het stuk over mijn bijbaan": one topic goes, not the conversation.
_SAID = r"(?:heb |had )?(?:zei|zeg|zegde|gezegd|vertelde|vertel|verteld|schreef|schrijf|geschreven|noemde|noem|genoemd)(?: heb| had)?"
FORGET_TOPIC = re.compile(
    r"\b(?:vergeet|vergeten|wis|wissen|verwijder\w*|schrap\w*|haal)\b.*?"
    r"\b(?:wat ik (?:" + _SAID + r" )?(?:over|van|bij|met|omtrent) |het (?:stuk|deel|gedeelte|stukje|verhaal) (?:over|van|met) "
    r"|dat (?:stuk |deel )?(?:over|van|met) |alles (?:over|van|met) |de dingen over )"
    r"(?P<topic>.+?)(?: " + _SAID + r")?(?: (?:maar|alsjeblieft|graag|even|weer|hoor|weg|please|svp))*$")
# Topics that are the user or the conversation as a whole: "vergeet alles over mij" deletes everything.
WHOLE_CONVERSATION_TOPIC = re.compile(r"^(?:mij|me|mezelf|mijzelf|ons gesprek|dit gesprek|het gesprek|deze chat|werk|baan"
                                      r"|loopbaan|carriere|leven|situatie|gegevens|data|alles|mij zelf)$")
TOPIC_FILLER = frozenset("mijn mn m'n de het een die dat dit deze mijne ook nog en of".split())
# Where a kept phrase falls apart into parts ("slb'er van twee klassen en daarnaast bpv-begeleider").
PHRASE_PARTS = re.compile(r",|;|\s+(?:en|maar|ook|daarnaast|en daarnaast|en ook)\s+(?:daarnaast\s+|ook\s+)?", re.I)
# A topic about how long: the years and the stage go with it.
YEARS_TOPIC = re.compile(r"\b(jaar|jaren|hoe lang|hoelang|ervaring|fase|startend|ervaren)\b")


def forget_topic(norm: str) -> str:
    """The topic of an order to forget part of what was said; "" for none (or for all of it)."""
    found = FORGET_TOPIC.search(norm)
    if not found:
        return ""
    words = [w for w in found.group("topic").split() if w not in TOPIC_FILLER]
    topic = " ".join(words).strip(" ,.!?")
    if not topic or WHOLE_CONVERSATION_TOPIC.match(topic):
        return ""
    return topic


# "vergeet dat niet": no order to delete; "sla dit niet op": one, with a storage word.
DONT_DELETE = re.compile(r"\b(vergeet|wis|verwijder)\w*\s+((dat|dit|het|mij|me|alsjeblieft|maar)\s+)?(niet|nooit)\b"
                         r"|\b(niet|nooit)\s+(vergeten|wissen|verwijderen)\b")
DONT_STORE = re.compile(r"\b(onthoud|bewaar|sla)\w*\b.{0,20}\b(niet|niks|niets)\b")
NOT_WORDS = re.compile(r"\b(niet|niks|niets|nooit|geen)\b")

# --- rules the publication does not give -----------------------------------------------------------

SALARY = re.compile(r"\b(verdien\w*|salaris\w*|schaal|schalen|lb|lc|ld|toelage|betaal\w*|loon|cao|taakuren|uren|uur"
                    r"|vakantiedagen|functiemix|betaald|geld|\w*regeling|bapo|\w*verlof|pensioen\w*)\b")
ADMISSION = re.compile(r"\b(bevoegd\w*|toelat\w*|eisen|eis|voorwaarden?|diploma|assessment|zij instroomtraject"
                       r"|lerarenbeurs|opleiding|pdg)\b")
RULE_QUESTION = re.compile(r"\b(nodig|eisen|regels|mag|moet|voorwaarden?|zonder|extra)\b")
QUALIFICATION = re.compile(
    r"\b(pdg|pedagogisch didactisch getuigschrift|bevoegdheid|bevoegdheden|eerstegraads bevoegdheid"
    r"|tweedegraads bevoegdheid|onderwijsbevoegdheid|lesbevoegdheid|getuigschrift|educatieve minor)\b")
# "als ik leescoordinator wil worden", "om teamleider te worden", "voor de rol van conrector".
WISHED_ROLE = re.compile(
    r"\b(?:als ik|om|wil|ga|zou)\s+(?:graag\s+)?(?:een\s+|de\s+)?(?P<a>[\w-]{4,})\s+(?:wil\s+|zou\s+|ga\s+)?(?:te\s+)?"
    r"(?:worden|word|wordt|starten)\b"
    r"|\brol (?:van|als)\s+(?:een\s+)?(?P<b>[\w-]{4,})")
# Words in the names of several domains, which do not say which domain is meant ("onderwijs", "leren").
GENERIC_DOMAIN_WORDS = frozenset("onderwijs ondersteunen leren helpen groeien leerlingen".split())
NOT_A_ROLE = frozenset({"beter", "leraar", "docent", "meester", "juf", "ervaren", "startend", "iets", "wat", "ook",
                        "eerst", "later", "misschien", "eigenlijk", "echt", "weer", "verder", "zelf"})
ROLE_QUESTION = re.compile(
    r"^(wat|wie|hoe)\s+(doet|is|zijn|houdt|betekent|word|wordt|werkt)\s+(je\s+als\s+|een\s+|de\s+|het\s+)?(?P<what>.+?)"
    r"(\s+(in|inhoud|precies|eigenlijk|zoal|dan))*\s*\??$")
# "aan mijn stagebegeleider vragen": a person the user talks about, not a role they ask about.
POSSESSIVE = r"\b(mijn|mn|je|jouw|onze|ons|hun|haar|zijn)\s+"
# Generic heads of Dutch role compounds: in "leescoordinator" the part before the head says what it is about.
ROLE_HEAD = re.compile(r"(coordinator|specialist|expert|deskundige|coach|begeleider|leider|trekker|functionaris"
                       r"|adviseur|consulent|ambassadeur|docent|leraar|juf|meester)$")


def has(pattern: re.Pattern, text: str) -> bool:
    """Does the normalised text match the cue?"""
    return bool(pattern.search(normalize(text or "")))
