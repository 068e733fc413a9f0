"""Read a profile from what a user types: audience, sector, stage, passions, tasks.

One message may carry several parts at once ("ik ben mentor, 8 jaar docent en
vind lesmateriaal maken leuk"); each is picked out, so the form never asks
again for what was already said. Clauses are split on punctuation and
conjunctions and labelled as passion (energy words) or task (what you do now,
or did before for side-entrants).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import List, Optional

from actions.matching import Matcher
from actions.text import analyse, normalize

_NUMBER_WORDS = {
    "een": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8, "negen": 9,
    "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14, "vijftien": 15, "zestien": 16,
    "zeventien": 17, "achttien": 18, "negentien": 19, "twintig": 20, "vijfentwintig": 25, "dertig": 30,
    "veertig": 40, "half": 0, "anderhalf": 1,
}

_ZIJ_INSTROMER = re.compile(
    r"\bzij ?(in)?stro|\bzijinstro|carriere ?switch|omschol|overstap|\bom te scholen|uit het bedrijfsleven"
    r"|\bwil (graag )?(leraar|docent|leerkracht) worden|\bwil (graag )?(les ?geven|voor de klas)\b|\bwerkte (\w+ ){0,4}(als|bij|in)\b|\bgewerkt als\b"
    r"|\bvorige (baan|werk|beroep)|\bhiervoor (werkte|was)|\bwas (\w+ ){0,3}(jaar )?(ingenieur|verpleegkundige|accountant|manager|monteur|consultant|programmeur|jurist|kok|onderzoeker)"
)
# Earlier work outside education: "ik kom uit de ict", "15 jaar developer geweest".
_OUTSIDE_WORK = re.compile(
    r"\bik kom (uit|van) (de|het)\b|\bkom uit (de|het) (zorg|ict|techniek|bouw|horeca|bedrijfsleven|industrie|logistiek|retail)\b"
    r"|\b(developer|programmeur|ict'?er|verpleegkundige|verpleger|accountant|boekhouder|politieagent|agent bij de politie"
    r"|militair|ingenieur|engineer|monteur|kok|chef|jurist|advocaat|journalist|consultant|apotheker|fysiotherapeut"
    r"|piloot|chauffeur|elektricien|timmerman|verkoper|marketeer|hr[- ]adviseur|logopedist|vormgever|ontwerper"
    r"|marinier|soldaat|defensie|controller|postdoc|onderzoeker|wetenschapper|\w*analist|architect|arts|dokter"
    r"|psycholoog|maatschappelijk werker|jeugdzorg|kapper|bakker|ondernemer|freelancer|zzp'?er|hotelmanager"
    r"|manager|receptionist|econoom|bankier|makelaar|tandarts|dierenarts|laborant|secretaresse|muzikant|acteur)\b"
)
_STUDENT = re.compile(
    r"\bstudent|\bpabo-?student|\bpabo\b|\blerarenopleiding|\blio\b|\balo\b|\bstudeer|\bstage (loop|lopen)|\bloop stage|\bin opleiding\b"
    r"|\b(eerste|tweede|derde|vierde|1e|2e|3e|4e) ?jaars\b|\bulo\b|\bmaster ?opleiding|\beducatieve (master|minor)"
    r"|\b(eerste|tweede|derde|vierde|1e|2e|3e|4e) jaar (van |op |aan )?(de |het )?(pabo|opleiding|lerarenopleiding|alo|hbo|master)"
)
_TEACHER = re.compile(
    # Compounds count: gymleraar, kleuterjuf, muziekdocent, groepsleerkracht, vakdocent.
    r"\b(\w*(leraar|lerares|docent|leerkracht|juf)|meester (van |in )?(groep|de klas|de bovenbouw|de onderbouw)|onderwijzer|invaller|invalkracht|voor de klas"
    r"|geef (\w+ ){0,4}les|lesgeven"
    # "ik geef engels in 2 havo", "ik geef wiskunde aan de bovenbouw"
    r"|geef (\w+ ){1,2}(in|aan|op) (de |het |een )?(\d|groep|klas|havo|vwo|vmbo|mbo|brugklas|bovenbouw|onderbouw"
    r"|middenbouw|school|leerlingen|studenten|kleuters|kinderen)"
    r"|mentor|sectieleider|sectievoorzitter|werk (op|in|bij) (een|de|het) (school|basisschool|mbo|vmbo|havo))"
)
_SECTORS = (
    ("po", re.compile(r"\b(po|basisschool|basisonderwijs|primair|groep \d|groep (een|twee|drie|vier|vijf|zes|zeven|acht)|pabo"
                      r"|kleuter\w*|bovenbouw po|sbo|juf|groepsleerkracht|combinatie ?groep|combinatie ?klas|ib'?er|intern begeleider)\b")),
    ("mbo", re.compile(r"\b(mbo|roc|beroepsonderwijs|middelbaar beroeps\w*|bbl|bol|slb'?er|slb|bpv\w*"
                       r"|studieloopbaanbegeleid\w*)\b")),
    ("vo", re.compile(r"\b(vo|havo|vwo|vmbo|atheneum|gymnasium|middelbare school|voortgezet\w*|lyceum|mavo|praktijkonderwijs|praktijkschool)\b")),
)
_TEACHING_CONTEXT = r"(voor de klas|\bik sta\b|docent|leraar|lerares|leerkracht|juf|in het onderwijs|lesgeven|les geven|\bles\b|op school)"
# Years with only these words around them count as teaching years unless earlier work is mentioned.
_WEAK_CONTEXT = r"\b(werkzaam|ervaring|aan het werk|bezig|werk)\b"
_YEARS = re.compile(r"\b(\d{1,2}|" + "|".join(_NUMBER_WORDS) + r") ?(jaar|jr|jaren)\b")
_STAGE_WORDS = (
    ("in_opleiding", re.compile(r"\b(in opleiding|student|pabo|lerarenopleiding|lio|stagiair|stage|studeer)\b")),
    ("meester", re.compile(r"\b(meesterschap|expert|senior|zeer ervaren|heel ervaren|meester(?! van groep))\b")),
    ("startend", re.compile(
        r"\b(starter|startend|beginnend|beginner|net (begonnen|afgestudeerd|klaar|gestart)|pas (begonnen|afgestudeerd|gestart)"
        r"|(vorig jaar|onlangs|kort geleden|afgelopen (jaar|zomer)|(een|1|2|twee) jaar geleden) afgestudeerd"
        r"|eerste jaar|1e jaar|tweede jaar|2e jaar|ik ben (een )?nieuwe? (docent|leraar|leerkracht)|groen"
        r"|sinds (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
        r"|deze zomer|dit schooljaar|kort)|dit (school)?jaar (begonnen|gestart)|(nu )?een (half )?jaar(?! of))\b")),
    ("ervaren", re.compile(r"\b(ervaren|jaren ervaring|al (heel )?lang|lange tijd|veel ervaring|tientallen jaren)\b")),
)
_PASSION_CUES = re.compile(
    r"\b(leuk|leukst|energie|passie|graag|hou van|houd van|blij|enthousiast|interessant|interesse|boei|boeit"
    r"|trekt me|trekken me|mooi|mooist|plezier|geniet|droom|ambitie|zou (ik )?willen|wil (ik )?graag|lijkt me"
    r"|spreekt me aan|spreken me aan|uitdaging|motiveert|inspireert|voldoening|warm (voor|van)|fijn|gaaf|vet|tof"
    r"|word ik|krijg ik|kick|hart ligt|affiniteit|ik vind|vind ik)\b"
)
# A wish is no current task: "ik wil teamleider worden" must not be quoted as what you do now.
_WISH = re.compile(r"\b(wil\b[^,.]{0,40}\bworden|wil (later|ooit|eigenlijk|best)|ambieer|(door)?groeien naar)\b")
_TASK_CUES = re.compile(
    r"\b(ik ben|ben ik|ik doe|ik geef|geef ik|ik heb|naast|momenteel|nu|op dit moment|zit in|zit ik|coordineer|begeleid|organiseer"
    r"|werk als|werk ik|taak|taken|verantwoordelijk|ik was|werkte|gewerkt|ervaring als|achtergrond|vorige|hiervoor|mijn stage|stage)\b"
)
# A student's "stage in 2 vwo" as the answer to what they do: teaching on their internship, nothing besides.
_ONLY_INTERNSHIP = re.compile(
    r"^(ik )?((loop|doe|heb|zit) )?(nu |alleen |gewoon |vooral )?(mijn |m'n )?(lio[ -]?)?stage( lopen)?"
    r"( (in|op|bij|aan) [\w' -]{1,30})?$")
_NOTHING_EXTRA = re.compile(
    r"^(nee |verder |ok |oke )*(niks|niets|geen|nog niks|nog niets|nee)\b|\bverder (niks|niets|geen)\b|\bgeen (extra |andere )?(taken|taak|rollen|rol)\b"
    r"|\b(alleen|gewoon|enkel|vooral|puur)\b.{0,15}\b(les ?geven|lesgeven|les|lessen|voor de klas|mijn vak)\b"
)
_NOT_YET_TEACHING = re.compile(
    r"\b(nog niet|nog geen|niet voor de klas|ga (nog )?beginnen|moet nog beginnen|nog in opleiding|begin pas"
    r"|begin (in|na|over|vanaf) (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november"
    r"|december|de zomer|het nieuwe schooljaar))\b")
# Not in front of a class yet: "ik begin in januari als zij-instromer", "ik moet nog beginnen".
_STARTS_LATER = re.compile(
    r"\b(begin pas|ga (nog |pas )?beginnen|moet nog beginnen|sta nog niet voor de klas|nog niet voor de klas"
    r"|begin (in|na|over|vanaf|per) (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november"
    r"|december|de zomer|de zomervakantie|het nieuwe schooljaar|volgend schooljaar|volgend jaar|\d+ (weken|maanden)))\b")
_MONTHS = re.compile(r"\b(\d{1,2}|een paar|paar|enkele|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf) ?"
                     r"(maand|maanden|mnd|week|weken|dagen)\b|\bhalf jaar\b")
_SINCE_YEAR = re.compile(r"\bsinds (19[6-9]\d|20\d\d)\b")
_EARLIER_WORK = re.compile(r"\b(werkte|gewerkt|vroeger|hiervoor|vorige|daarvoor|was (\w+ ){0,3}(als|bij)|ik was|geweest)\b")
_CLAUSE_SPLIT = re.compile(r"[.;!?]|:(?=\s)|,|\b(en|maar|want|terwijl|daarnaast|verder|ook)\b", re.IGNORECASE)


@dataclass
class ProfileUpdate:
    """What one message says about the user; None where it says nothing."""

    audience: Optional[str] = None
    sector: Optional[str] = None
    stage: Optional[str] = None
    years: Optional[int] = None
    passions: Optional[str] = None
    tasks: Optional[str] = None
    excluded_roles: List[str] = field(default_factory=list)
    nothing_extra: bool = False  # "alleen lesgeven": an answer, with no extra tasks


def says_nothing_extra(text: str) -> bool:
    """'alleen lesgeven', 'niks', 'stage in 2 vwo': nothing besides teaching (as an answer to what you do)."""
    norm = normalize(text or "")
    return bool(_NOTHING_EXTRA.search(norm) or _ONLY_INTERNSHIP.match(norm))


def mentions_side_entry_or_earlier_work(text: str) -> bool:
    """Side entry or work before teaching ("zij-instroom", "ik werkte als", "mijn achtergrond", "hiervoor")."""
    norm = normalize(text)
    return bool(_ZIJ_INSTROMER.search(norm) or _EARLIER_WORK.search(norm)
                or re.search(r"\b(achtergrond|eerdere? (werk|baan))\b", norm))


def detect_audience(text: str) -> Optional[str]:
    norm = normalize(text)
    if re.search(r"\bzij ?(in)?stro|\bzijinstro", norm):
        return "zij_instromer"
    graduated = re.search(r"\bafgestudeerd\b", norm)
    # Years of teaching or "ik ben docent" outweigh a word like "stage" or "pabo-studenten" elsewhere in it.
    teaching_now = _TEACHER.search(norm) and (
        teaching_years(text) or re.search(r"\bik ben (\w+ ){0,2}\w*(docent|leraar|leerkracht|juf)\b", norm))
    if _STUDENT.search(norm) and not _supervises_students(norm) and not graduated and not teaching_now:
        return "student"
    if _ZIJ_INSTROMER.search(norm):
        return "zij_instromer"
    # "sta nog niet voor de klas": not a teacher yet, so who it is stays open.
    teacher = _TEACHER.search(norm) and not _NOT_YET_TEACHING.search(norm)
    if _OUTSIDE_WORK.search(norm) and (not teacher or _EARLIER_WORK.search(norm)):
        return "zij_instromer"
    if teacher:
        return "leraar"
    return None


# Doubt or distress about the work itself: heard and named before the questions go on.
_DISTRESS = re.compile(
    r"\b(opgebrand|burn-?out|overspannen|uitgeput|op ?geraakt|ziek ?gemeld|ziek thuis|kapot van|huil\w*"
    r"|slaap (heel )?slecht|lig wakker|zit (er )?(helemaal )?doorheen|gaat (het )?niet (meer )?goed met mij"
    r"|(ben|voel me) (echt |helemaal |compleet )?op(?=\s*[.!,]|$)|echt op|helemaal op|\d+ (weken|maanden) thuis"
    r"|thuis (geweest|gezeten)|verzuip\w*|overleef\w*|hou (het|dit) niet vol|niet of ik het volhoud"
    r"|(heb|had) (helemaal |echt )?geen energie( meer)?|zit (helemaal |echt )?stuk|trek (het|dit) niet( meer)?"
    r"|kan (het )?(echt )?niet meer(?!\s+\w+en\b)|uitgeblust|(op|loop op) (mijn|m'?n) tandvlees|leeggezogen|ben leeg)\b")
_DOUBT = re.compile(
    r"\b(twijfel\w*|onzeker|weet (het )?niet (meer )?of ik|weet (\w+ )?niet (meer |zo goed |goed |precies )?wat ik wil|zit niet lekker|vastgelopen"
    r"|vast gelopen|uitgekeken|sleur|valt (me|mij) (zwaar|tegen)|zwaar|geen plezier meer|geen zin meer|klaar mee"
    r"|niet meer leuk|worstel\w*|volhoud|gezakt|voor gek|weet niet of (de |het |dit )?\w+ (wel )?(iets )?voor mij)\b")


def worry_about_work(text: str) -> Optional[str]:
    """'distress', 'doubt' or None: how the message speaks about the work."""
    norm = normalize(text)
    if _DISTRESS.search(norm):
        return "distress"
    return "doubt" if _DOUBT.search(norm) else None


def detect_sector(text: str) -> Optional[str]:
    norm = normalize(text)
    for sector, pattern in _SECTORS:
        if pattern.search(norm):
            return sector
    return None


def teaching_years(text: str) -> Optional[int]:
    """Years in teaching, when the text ties a number of years to teaching ("sinds 2015" counts too)."""
    norm = normalize(text)
    since = _SINCE_YEAR.search(norm)
    if since and re.search(_TEACHING_CONTEXT, norm):
        return max(date.today().year - int(since.group(1)), 0)
    around = re.search(r"\b(een )?jaar of (\d{1,2})\b", norm)  # "een jaar of 9"
    if around and re.search(_TEACHING_CONTEXT, norm):
        return int(around.group(2))
    # Per clause, so "ik was 10 jaar monteur en sta nu 2 jaar voor de klas" gives 2.
    clauses = [c for c in re.split(r",|;|\.|\b(?:en|maar)\b", norm) if c and c.strip()]
    for context_ok in (
        lambda c: re.search(_TEACHING_CONTEXT, c),
        lambda c: re.search(_WEAK_CONTEXT, c) and not _EARLIER_WORK.search(c),
    ):
        for clause in clauses:
            match = min(_YEARS.finditer(clause), key=lambda m: not m.group(1).isdigit(), default=None)
            if match and context_ok(clause) and not _EARLIER_WORK.search(clause):
                raw = match.group(1)
                return int(raw) if raw.isdigit() else _NUMBER_WORDS[raw]
    # "leerkracht groep 6 en ict-coördinator, 7 jaar": the years stand apart from the teaching words.
    raw_clauses = re.split(r"[,;.!?]|\b(?:en|maar)\b", (text or "").lower())
    alone = [c for c in raw_clauses if c and re.fullmatch(r"\s*(al |nu |sinds |ruim |bijna )*(\d{1,2}) ?(jaar|jr|jaren)( al| nu)?\s*", c)]
    if alone and re.search(_TEACHING_CONTEXT, norm) and not _EARLIER_WORK.search(norm):
        return int(re.search(r"\d{1,2}", alone[0]).group())
    return None


def stage_from_years(years: int) -> str:
    # The publication ties no years to stages; the first years are the induction phase.
    return "startend" if years <= 3 else "ervaren"


def _supervises_students(norm: str) -> bool:
    """'ik begeleid stagiairs van de pabo': about students, not being one."""
    return bool(
        re.search(r"\b(begeleid\w*|coach\w*|werkplekbegeleider|schoolopleider|opleid\w*|mentor)\b.{0,40}\b(stagiair\w*|student\w*|pabo|lerarenopleiding|lio|lio'?ers?)\b", norm)
        or re.search(r"\b(mijn|de|onze) (studenten|stagiairs?|student)\b|\bstagiairs\b", norm)
        or re.search(r"\bles (aan|voor)\b.{0,40}\bin opleiding\b", norm)
        or re.search(r"\b(studenten|stagiairs?)\b.{0,20}\b(te )?(help\w*|begeleid\w*|coach\w*|opleiden|ondersteun\w*)\b", norm)
    )


def detect_stage(text: str, audience: Optional[str] = None) -> Optional[str]:
    norm = normalize(text)
    for stage, pattern in _STAGE_WORDS:
        if stage == "in_opleiding" and (_supervises_students(norm) or re.search(r"\bafgestudeerd\b", norm)):
            continue
        if pattern.search(norm):
            return stage
    if _STARTS_LATER.search(norm) and not re.search(r"\bsta (nu |al )?\d+", norm):
        # A graduate starts as a starter; a side-entrant's or student's path to the class is still training.
        return "startend" if audience == "leraar" else "in_opleiding"
    years = teaching_years(text)
    if years is not None:
        return stage_from_years(years)
    if _MONTHS.search(norm) and re.search(_TEACHING_CONTEXT, norm) and not _EARLIER_WORK.search(norm):
        return "startend"  # "ik sta nu 4 maanden voor de klas"
    if audience == "student":
        return "in_opleiding"
    return None


def stage_from_answer(text: str) -> Optional[str]:
    """Stage from a short answer to "how long do you teach?": '6', 'sinds 2019', 'nog niet'."""
    norm = normalize(text)
    years = teaching_years(text)
    if years is not None:
        return stage_from_years(years)
    if _EARLIER_WORK.search(norm):
        return None  # "ik werkte 15 jaar als hr-adviseur": years, but not in teaching
    since = _SINCE_YEAR.search(norm)
    if since:
        return stage_from_years(max(date.today().year - int(since.group(1)), 0))
    if _MONTHS.search(norm):
        return "startend"  # "4 maanden", "een paar weken": not years
    if re.search(r"\b(per|in de|elke) (week|maand)\b", norm):
        return None  # "ik werk nog 1 dag per week in het ziekenhuis": how much, not how long
    digits = re.search(r"\b(\d{1,2})\b", norm)
    if digits:
        return stage_from_years(int(digits.group(1)))
    words = re.search(r"\b(" + "|".join(_NUMBER_WORDS) + r") (jaar|jaren|jr)\b", norm)
    if words:
        return stage_from_years(_NUMBER_WORDS[words.group(1)])
    if _NOT_YET_TEACHING.search(norm):
        return "in_opleiding"
    if re.search(r"\b(lang|jaren|jaaaren|eeuwig)\b", norm):
        return "ervaren"
    return None


def _clauses(text: str) -> List[str]:
    parts = [p.strip() for p in _CLAUSE_SPLIT.split(text) if p and p.strip()]
    return [p for p in parts if normalize(p) not in {"en", "maar", "want", "terwijl", "daarnaast", "verder", "ook"}]


# A clause about what the user wants from this chat, not about their work: "wil weten welke kant ik op kan".
_ABOUT_THE_CONVERSATION = re.compile(
    r"\b(wil (graag )?weten|weet (nog )?niet|welke kant|wat (ik|je) (kan|kunt) (worden|doen)|wat past|kun je|kan je"
    r"|help me|advies|tips?|(wil )?kijken wat|wat ik nog kan|wat (er )?mogelijk is|mijn opties|wat zijn de opties)\b"
)


def _is_only_profile_facts(clause: str) -> bool:
    """'ik ben 8 jaar docent', 'ik zit op de pabo': says who, not what."""
    norm = normalize(clause)
    stripped = re.sub(
        r"\b(ik|ben|zit|sta|al|nu|sinds|op|de|het|een|in|aan|bij|als|jaar|jaren|voor|klas|school|werk|was"
        r"|docent|leraar|lerares|leerkracht|juf|student|pabo|lerarenopleiding|starter|startend|ervaren|zij ?instromer"
        r"|zijinstromer|net|begonnen|afgestudeerd|po|vo|mbo|havo|vwo|vmbo|basisschool|onderwijs|groep|\d+"
        r"|van|eerste|tweede|derde|vierde|laatste|1e|2e|3e|4e|jaars|opleiding|lio|lio-jaar|mijn"
        r"|hoi|hallo|hey|hee|goedemorgen|goedemiddag|goedenavond|dag"
        # chat filler around a fact: "oke dus ik ben in opleiding", "correctie: ik sta pas 3 jaar"
        r"|ok|oke|okee|oké|okay|dus|correctie|verbetering|pas|nog|eigenlijk|toch|maar|even|ja|nee|hoor|wel|verder"
        r"|sorry|oeps|nou|zeg|gewoon)\b",
        " ",
        norm,
    )
    stripped = re.sub(r"\b(" + "|".join(_NUMBER_WORDS) + r")\b", " ", stripped)
    return not stripped.strip()


def split_passions_tasks(text: str, matcher: Matcher, requested_slot: Optional[str] = None):
    """(passions, tasks) parts of a message, each None when absent."""
    passions: List[str] = []
    tasks: List[str] = []
    previous: Optional[str] = None
    for clause in _clauses(text):
        norm = normalize(clause)
        label: Optional[str] = None
        wish = _WISH.search(norm) and not _ABOUT_THE_CONVERSATION.search(norm)
        if _PASSION_CUES.search(norm) or wish:
            label = "passions"
        elif _TASK_CUES.search(norm) or matcher.match(clause).roles:
            label = "tasks" if requested_slot != "passions" else "passions"
        if label is None:
            label = previous or requested_slot
        if (_is_only_profile_facts(clause) or _ABOUT_THE_CONVERSATION.search(norm)) and not (_PASSION_CUES.search(norm) or wish):
            previous = label
            continue
        if label == "passions":
            passions.append(clause)
        elif label == "tasks":
            tasks.append(clause)
        previous = label
    return (", ".join(passions) or None, ", ".join(tasks) or None)


def names_what_energises(text: str) -> bool:
    return bool(_PASSION_CUES.search(normalize(text or "")))


def negated_roles(text: str, matcher: Matcher) -> List[str]:
    """Roles the user says they no longer have or want ("ik ben geen mentor meer"); a whole domain turned down
    ("ik wil niks meer met collega's") turns down its roles."""
    result = matcher.match(text)
    roles = [hit.id for hit in result.negated_roles]
    for hit in result.negated_domains:
        roles += [r.id for r in matcher.knowledge.roles_by(domain=hit.id) if r.id not in roles]
    return roles


def extract_profile(text: str, matcher: Matcher, requested_slot: Optional[str] = None) -> ProfileUpdate:
    """Everything one message says about the user."""
    text = (text or "").strip()
    update = ProfileUpdate()
    if not text:
        return update
    update.audience = detect_audience(text)
    update.sector = detect_sector(text)
    update.years = teaching_years(text)
    update.stage = detect_stage(text, update.audience)
    update.excluded_roles = negated_roles(text, matcher)
    if requested_slot == "tasks" and says_nothing_extra(text):
        update.nothing_extra = True
        update.tasks = text
        return update
    update.passions, update.tasks = split_passions_tasks(text, matcher, requested_slot)
    return update


# What a teacher says to say they teach: "ik ben docent biologie op een havo", "ik geef engels in 2 havo".
_PLAIN_TEACHING = re.compile(r"\b(\w*(docent|leraar|lerares|leerkracht|juf)|meester|geef|les|lesgeven|onderwijs)\b")
_MORE_THAN_TEACHING = re.compile(r"\b(ook|naast|daarnaast|verder|bovendien|coordin\w*|werkgroep|commissie|team|sectie"
                                 r"|organiseer|begeleid\w*|regel|taak|taken)\b")


def is_plain_teaching(text: Optional[str], matcher: Matcher) -> bool:
    """Only that you teach (a subject, a class, a school): the question what you do besides teaching is still open."""
    norm = normalize(text or "")
    return bool(norm and _PLAIN_TEACHING.search(norm) and not _MORE_THAN_TEACHING.search(norm)
                and not any(hit.score >= 2.0 for hit in matcher.match(text).roles))  # a role named outright


def is_vague(text: Optional[str], matcher: Matcher, min_content_words: int = 4) -> bool:
    """Too little to go on: nothing matches and there are hardly any content words."""
    if not text:
        return True
    tokens = analyse(text)
    result = matcher.match(text, tokens)
    if result.roles or result.domains:
        return False
    content = [t for t in tokens if not t.is_stop and not t.is_break and len(t.key) > 2]
    return len(content) < min_content_words
