"""All Dutch wording the actions send, in one place: short, je-vorm, plain (B1).

Each function returns a Reply (text plus optional buttons) or a list of them;
the actions only send what these functions build.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence

from actions.knowledge import Domain, Knowledge, Role
from actions.matching import merge_quotes
from actions.suggestions import Direction, Profile, Suggestions
from actions.text import normalize

_SALARY = re.compile(r"\b(verdien\w*|salaris\w*|schaal|schalen|lb|lc|ld|toelage|betaal\w*|loon|cao|taakuren|uren|uur|vakantiedagen"
                     r"|functiemix|betaald|geld|\w*regeling|bapo|\w*verlof|pensioen\w*)\b")
_ADMISSION = re.compile(r"\b(bevoegd\w*|toelat\w*|eisen|eis|voorwaarden?|diploma|assessment|zij instroomtraject|lerarenbeurs|opleiding|pdg)\b")


_QUALIFICATION = re.compile(
    r"\b(pdg|pedagogisch didactisch getuigschrift|bevoegdheid|bevoegdheden|eerstegraads bevoegdheid"
    r"|tweedegraads bevoegdheid|onderwijsbevoegdheid|lesbevoegdheid|getuigschrift|educatieve minor)\b")


def names_a_qualification(text: str) -> bool:
    return bool(_QUALIFICATION.search(normalize(text or "")))


def mentions_pay(text: str) -> bool:
    """Salary, scales, hours or arrangements such as leave: the cao's, not the publication's."""
    return bool(_SALARY.search(normalize(text or "")))


def mentions_rules(text: str) -> bool:
    """Does the user ask about salary, bevoegdheden or admission, which the publication gives no rules for?"""
    norm = normalize(text or "")
    return bool(_SALARY.search(norm) or _ADMISSION.search(norm)
                and re.search(r"\b(nodig|eisen|regels|mag|moet|voorwaarden?|zonder|extra)\b", norm))


def rules_elsewhere(text: str, role: Optional[Role]) -> Reply:
    norm = normalize(text or "")
    lines = ["Daar geeft het beroepsbeeld geen regels voor, en ik wil je niets verkeerds vertellen."]
    if _SALARY.search(norm):
        lines.append("Over salaris, schalen, toelagen, taakuren en regelingen zoals verlof gaat de cao en je school: "
                     "vraag het je leidinggevende of HR (P&O).")
    if _ADMISSION.search(norm) or not _SALARY.search(norm):
        lines.append("Over bevoegdheden, toelating en opleidingseisen weet de lerarenopleiding het precies; je leidinggevende of HR kan ook helpen.")
    if role:
        lines.append(f"Wat het beroepsbeeld wel zegt: erkenning voor een rol als {role.name} kan formeel zijn, informeel of via salaris.")
        if "erkenning" in role.hints:
            lines.append(role.hints["erkenning"])
    return Reply("\n".join(lines), [button("Vragen voor mijn leidinggevende", "ask_transition_questions")])


ASK_ELSEWHERE = (
    "Over regels zoals bevoegdheden, salaris of toelatingseisen zeg ik niets: die verschillen per school en "
    "opleiding. Vraag ze na bij je leidinggevende, HR van je school of de lerarenopleiding."
)
AUDIENCE_LABELS = {"leraar": "leraar", "student": "student aan een lerarenopleiding", "zij_instromer": "zij-instromer"}
SECTOR_LABELS = {"po": "primair onderwijs", "vo": "voortgezet onderwijs", "mbo": "mbo"}
STAGE_LABELS = {"in_opleiding": "in opleiding", "startend": "startend", "ervaren": "ervaren", "meester": "meester/expert"}
# "Past vooral als je ..." for the stages a role suits.
STAGE_FITS = {"in_opleiding": "nog in opleiding bent", "startend": "net begint", "ervaren": "ervaren bent",
              "meester": "meesterschap hebt"}
KIND_LABELS = {"verdiepen": "Verdiepen", "verbreden": "Verbreden", "buiten_school": "Buiten de school",
               "op_termijn": "Op termijn"}


@dataclass
class Reply:
    text: str
    buttons: List[Dict[str, str]] = field(default_factory=list)


def button(title: str, intent: str, **entities: str) -> Dict[str, str]:
    payload = f"/{intent}" + (json.dumps(entities, ensure_ascii=False) if entities else "")
    return {"title": title, "payload": payload}


def main_buttons() -> List[Dict[str, str]]:
    return [
        button("Wat past bij mij?", "start_orientation"),
        button("De vier domeinen", "ask_domains"),
        button("Vragen voor mijn leidinggevende", "ask_transition_questions"),
        button("Zij-instromen", "ask_side_entry"),
    ]


def _join(names: Sequence[str]) -> str:
    names = list(names)
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " en " + names[-1]


def _quotes(reasons: Sequence[str]) -> str:
    return _join([f"'{r}'" for r in reasons])


def role_label(role: Role) -> str:
    return role.name


# --- knowledge answers ------------------------------------------------------


def domains_overview(k: Knowledge) -> Reply:
    lines = ["Het beroepsbeeld kent vier domeinen waarin je als leraar kunt groeien:"]
    for number, domain in enumerate(k.domains.values(), start=1):
        core = " (de kern: hier werkt elke leraar)" if domain.core else ""
        lines.append(f"{number}. {domain.name}{core}")
    lines.append("In elk domein groei je van in opleiding naar startend, ervaren en meester. Over welk domein wil je meer weten?")
    buttons = [button(d.name, "ask_domain_info", domain=d.id) for d in k.domains.values()]
    return Reply("\n".join(lines), buttons)


def domain_info(k: Knowledge, domain: Domain) -> Reply:
    roles = k.roles_by(domain=domain.id)
    lines = [f"{domain.name}: {domain.explanation}"]
    if domain.levels:
        lines.append(f"Dat kan op verschillende niveaus: {_join(domain.levels)}.")
    if roles:
        lines.append(f"Voorbeelden van rollen: {_join([r.name for r in roles[:6]])}.")
    buttons = [button(r.name, "ask_role_info", role=r.id) for r in roles[:3]]
    buttons.append(button("Wat past bij mij?", "start_orientation"))
    return Reply("\n".join(lines), buttons)


def unknown_domain(k: Knowledge) -> Reply:
    return Reply(
        "Welk domein bedoel je? Kies er een:",
        [button(d.name, "ask_domain_info", domain=d.id) for d in k.domains.values()],
    )


def _join_or(parts: Sequence[str]) -> str:
    parts = list(parts)
    return ", ".join(parts[:-1]) + " of " + parts[-1] if len(parts) > 1 else "".join(parts)


def role_info(k: Knowledge, role: Role, asked: str = "") -> Reply:
    """One role; `asked` is what the user called it, named when the knowledge files it under another name."""
    if role.outside_school:
        where = "Dit is een rol buiten de school, naast of na je werk als leraar."
    else:
        where = f"Deze rol hoort bij het domein {k.domains[role.domain].name}."
    lines = [f"{role.name}: {role.explanation}", where, f"Past vooral als je {_join_or([STAGE_FITS[s] for s in role.stages])}."]
    if asked and asked.lower() not in role.name.lower() and len(asked) > 3:
        lines.insert(0, f"Je vroeg naar {asked}: dat valt hier onder {role.name}.")
    if role.id in k.hidden_roles:
        lines.append("Let op: je school biedt deze rol niet aan.")
    buttons = [
        button("Vier vragen voor deze rol", "choose_role", role=role.id),
        button("Wat past bij mij?", "start_orientation"),
    ]
    return Reply("\n".join(lines), buttons)


def unknown_role(query: str, closest: Sequence[Role], management: bool = False) -> Reply:
    asked = f"'{query}' " if query else ""
    if management:
        # "wat doet een teamleider": not a teacher role; the leading parts of teacher roles are offered.
        text = (f"Een rol {asked}ken ik niet uit het beroepsbeeld. {MANAGEMENT_NOTE}\n"
                "Als leraar kun je wel mee sturen, bijvoorbeeld zo:")
        return Reply(text, [button(r.name, "ask_role_info", role=r.id) for r in closest])
    if closest:
        text = f"Een rol {asked}ken ik niet uit het beroepsbeeld. Bedoel je misschien een van deze?"
        return Reply(text, [button(r.name, "ask_role_info", role=r.id) for r in closest])
    return Reply(
        f"Een rol {asked}ken ik niet uit het beroepsbeeld. Noem je de rol nog eens, of bekijk eerst de domeinen?",
        [button("De vier domeinen", "ask_domains")],
    )


def stages_overview(k: Knowledge) -> Reply:
    lines = ["In elk domein groei je door vier fases:"]
    for stage in k.stages.values():
        lines.append(f"- {stage.name}: {stage.explanation}")
    if k.new_role_note:
        lines.append(k.new_role_note)
    return Reply("\n".join(lines), [button("Wat past bij mij?", "start_orientation")])


def one_stage(stage) -> Reply:
    """One stage, when the user asks about that one ("en meester?")."""
    return Reply(f"{stage.name}: {stage.explanation}\n{stage.support}",
                 [button("Alle fases", "ask_stages"), button("Wat past bij mij?", "start_orientation")])


def one_transition_question(question) -> Reply:
    """One of the four questions, when the user asks about that one ("wat betekent facilitering?")."""
    lines = [f"{question.name}: {question.title}", "Dit kun je je leidinggevende vragen:"]
    lines += [f"- {q}" for q in question.questions_for_manager[:3]]
    return Reply("\n".join(lines), [button("Alle vier de vragen", "ask_transition_questions")])


# Leading a school or team is another profession; the publication describes growing as a teacher.
_MANAGEMENT = re.compile(r"\b(directeur|adjunct-directeur|adjunct|schoolleider|teamleider|manager|leidinggevende worden"
                         r"|directie|rector|conrector|afdelingsleider|locatieleider|bestuurder|management)\b")


def wants_management(text: str) -> bool:
    return bool(_MANAGEMENT.search(normalize(text or "")))


def management_note(suggested: Sequence[Role] = ()) -> Reply:
    return Reply(MANAGEMENT_NOTE, [button(r.name, "choose_role", role=r.id) for r in suggested[:6]])


MANAGEMENT_NOTE = (
    "Leidinggeven, als teamleider of directeur, is een ander beroep dan leraar. Het beroepsbeeld gaat over "
    "groeien als leraar, dus daar zegt het niets over. Wil je die kant op? Bespreek het met je leidinggevende of HR."
)


def growth_paths_overview(k: Knowledge, suggested: Sequence[Role] = (), outside: bool = False) -> Reply:
    """The ways to grow; with suggestions already given, those are named, and asked about work outside the
    classroom, the roles outside school too."""
    lines = ["Je kunt op verschillende manieren groeien, zonder het lesgeven los te laten:"]
    for path in k.growth_paths.values():
        lines.append(f"- {path.name}: {path.explanation}")
    if outside:
        names = [r.name for r in k.roles.values() if r.outside_school]
        lines.append(f"Buiten de klas of de school kan bijvoorbeeld: {_join(names[:4])}.")
    if suggested:
        lines.append(f"Voor jou noemde ik al: {_join([r.name for r in suggested[:4]])}.")
        return Reply("\n".join(lines), [button(r.name, "choose_role", role=r.id) for r in suggested[:6]])
    return Reply("\n".join(lines), [button("Wat past bij mij?", "start_orientation"), button("De vier domeinen", "ask_domains")])


def transition_questions_unknown_role(k: Knowledge, asked: str, closest: Sequence[Role]) -> Reply:
    """'Wat moet ik regelen als ik leescoördinator wil worden?': honest about the role, the questions still hold."""
    general = transition_questions_general(k)
    lines = general.text.split("\n")[1:-1]
    text = "\n".join([f"De rol '{asked}' ken ik niet uit het beroepsbeeld. Deze vier vragen spelen wel bij elke nieuwe "
                      "rol. Bespreek ze met je leidinggevende:", *lines])
    if closest:
        text += "\nLijkt je rol op een van deze? Dan maak ik de vragen concreet."
        return Reply(text, [button(r.name, "ask_transition_questions", role=r.id) for r in closest])
    return Reply(text, [button("Wat past bij mij?", "start_orientation")])


def transition_questions_general(k: Knowledge, suggested: Sequence[Role] = ()) -> Reply:
    lines = ["Bij elke nieuwe rol spelen vier vragen. Bespreek ze met je leidinggevende:"]
    for number, question in enumerate(k.questions.values(), start=1):
        lines.append(f"{number}. {question.name}: {question.title} Bijvoorbeeld: \"{question.questions_for_manager[0]}\"")
    lines.append("Kies je een rol, dan maak ik de vragen concreet voor die rol.")
    if suggested:
        return Reply("\n".join(lines), [button(r.name, "choose_role", role=r.id) for r in suggested[:6]])
    return Reply("\n".join(lines), [button("Wat past bij mij?", "start_orientation")])


def side_entry(k: Knowledge, ask_background: bool = True) -> Reply:
    """Side entry in general; `ask_background` False when the user already told (or is telling) it."""
    core = k.domains["leren_leerlingen"]
    audience = k.audiences["zij_instromer"]
    lines = [
        f"Als zij-instromer begin je in de kern van het vak: {core.name.lower()}.",
        "Je eerdere werk neem je mee. Het past vaak bij een ander domein, zoals organiseren, onderwijs ontwikkelen of collega's coachen.",
        *(f"- {tip}" for tip in audience.advice[1:3]),
    ]
    if ask_background:
        lines.append("Vertel je wat je eerder deed? Dan laat ik zien waar dat past.")
    lines.append(ASK_ELSEWHERE)
    buttons = [button("Ja, kijk wat bij mij past", "start_orientation")] if ask_background else []
    return Reply("\n".join(lines), buttons)


# --- the orientation conversation ---------------------------------------------


NOT_UNDERSTOOD = "Dat begreep ik niet helemaal. "
NOTED_BUT_ASKING_AGAIN = "Dank je, dat neem ik mee. "
# The first thing the assistant says when a conversation opens straight with facts instead of a greeting.
INTRODUCTION = (
    "Hoi! Ik ben Loopbaanwijzer, een chatbot op basis van het beroepsbeeld voor de leraar. "
    "Je naam heb ik niet nodig, en met 'vergeet mij' wis je alles."
)


def ask_audience(retry: bool = False) -> Reply:
    return Reply(
        (NOT_UNDERSTOOD if retry else "") + "Wie ben je? Dan laat ik mijn tips beter bij je passen.",
        [
            button("Leraar", "share_background", audience="leraar"),
            button("Student lerarenopleiding of pabo", "share_background", audience="student"),
            button("Zij-instromer", "share_background", audience="zij_instromer"),
        ],
    )


def ask_stage(audience: Optional[str], retry: bool = False, noted: bool = False) -> Reply:
    """`noted`: the answer told something else ("ik werk nog 1 dag per week in het ziekenhuis"), which was kept."""
    prefix = NOTED_BUT_ASKING_AGAIN if retry and noted else NOT_UNDERSTOOD if retry else ""
    text = prefix + (
        "Sta je al voor de klas, en hoe lang? Typ het gerust, bijvoorbeeld '2 jaar'."
        if audience == "zij_instromer"
        else "Hoe lang werk je al in het onderwijs? Kies of typ het, bijvoorbeeld '6 jaar'."
    )
    return Reply(
        text,
        [
            button("Ik ben nog in opleiding", "share_stage", stage="in_opleiding"),
            button("Startend (eerste jaren)", "share_stage", stage="startend"),
            button("Ervaren", "share_stage", stage="ervaren"),
            button("Expert of meester", "share_stage", stage="meester"),
        ],
    )


def ask_passions(audience: Optional[str]) -> Reply:
    if audience == "student":
        text = "Wat vind je het leukst aan je opleiding of je stage? Waar krijg je energie van?"
    elif audience == "zij_instromer":
        text = "Waar krijg je energie van, in je werk van vroeger of nu in het onderwijs?"
    else:
        text = "Waar krijg je energie van in je werk? Noem gerust een paar dingen."
    return Reply(text)


def ask_tasks(audience: Optional[str]) -> Reply:
    if audience == "student":
        return Reply("Wat doe je nu op je stage, en wat interesseert je buiten het lesgeven?")
    if audience == "zij_instromer":
        return Reply("Wat voor werk deed je hiervoor? Noem ook wat je daarin vooral deed.")
    return Reply(
        "Wat doe je nu naast lesgeven? Denk aan taken of rollen, zoals mentor of in een werkgroep.",
        [button("Alleen lesgeven", "share_tasks")],
    )


def ask_for_example(slot: str, audience: Optional[str] = None) -> Reply:
    if slot == "tasks":
        detail = {
            "student": "Wat doe je op je stage, of wat vind je interessant naast het lesgeven?",
            "zij_instromer": "Wat deed je vooral in je vorige werk?",
        }.get(audience or "", "Welke taak of rol heb je naast het lesgeven?")
        return Reply(f"Kun je een voorbeeld geven? {detail}")
    return Reply("Kun je een voorbeeld geven? Bijvoorbeeld: 'ik vind het leuk om lessen te ontwerpen' of 'ik help graag nieuwe collega's'.")


# A single word like this says where someone works, not why a role fits: "je noemde 'mbo'" explains nothing.
TOO_GENERIC_TO_QUOTE = {"po", "vo", "mbo", "hbo", "havo", "vwo", "vmbo", "school", "klas", "les", "lessen", "tijd",
                        "werk", "onderwijs"}


def _current_line(k: Knowledge, suggestions: Suggestions, profile: Profile) -> str:
    names = [k.domains[d].name for d in suggestions.current_domains]
    if profile.audience == "student":
        return f"Je leert nu vooral in de kern van het vak: {names[0].lower()}."
    if profile.audience == "zij_instromer":
        line = f"Lesgeven blijft de kern van je werk: {names[0].lower()}."
        specific = {d: [x for x in q if x.lower() not in TOO_GENERIC_TO_QUOTE] for d, q in suggestions.experience.items()}
        fits = [f"{k.domains[d].name.lower()} (je noemde {_quotes(q)})" for d, q in specific.items() if q]
        if fits:
            line += f"\nJe eerdere werk past bij: {_join(fits)}."
        return line
    extra = ""
    if suggestions.current_roles:
        extra = f" (je noemde {_quotes(_current_quotes(suggestions))})"
    return f"Je werkt nu in: {_join(names)}{extra}."


def _current_quotes(suggestions: Suggestions) -> List[str]:
    quotes: List[str] = []
    for domain, reasons in suggestions.domain_reasons.items():
        quotes.extend(r for r in reasons if r not in quotes)
    return quotes[:3]


SECTOR_NAMES = {"po": "po", "vo": "vo", "mbo": "mbo"}


def _name_for(role: Role, profile: Profile) -> str:
    """The role's name, with where it exists when that is not everywhere and the user's sector is unknown."""
    if profile.sector or set(SECTOR_NAMES) <= set(role.sectors):
        return role.name
    return f"{role.name} (in {_join([SECTOR_NAMES[s] for s in role.sectors if s in SECTOR_NAMES])})"


def _direction_text(k: Knowledge, number: int, direction: Direction, profile: Profile) -> str:
    names = _join([_name_for(c.role, profile) for c in direction.roles])
    if direction.kind == "buiten_school":
        head = f"{number}. Buiten de school: {names}."
    elif direction.kind == "op_termijn":
        head = f"{number}. Op termijn, met meer ervaring: {names}."
    else:
        domain = k.domains[direction.domain].name
        verb = "Verdiepen in" if direction.kind == "verdiepen" else "Verbreden naar"
        head = f"{number}. {verb} {domain.lower()}: {names}."
    unique = [q for q in merge_quotes([], [r for c in direction.roles for r in c.reasons] or direction.reasons)
              if q.lower() not in TOO_GENERIC_TO_QUOTE]
    if direction.kind == "op_termijn":
        said = f"je noemde {_quotes(unique[:3])}. " if unique else ""
        why = f"Waarom: {said}Deze rol hoort bij ervaren leraren: iets om over een paar jaar op te pakken."
    elif unique and all(c.shares_expertise for c in direction.roles):
        why = f"Waarom: je noemde {_quotes(unique[:2])}; die kennis kun je verder brengen."
    elif unique:
        why = f"Waarom: je noemde {_quotes(unique[:3])}."
    elif direction.kind == "buiten_school":
        why = "Waarom: je wilt minder voor de klas staan; buiten de school zet je je ervaring anders in."
    elif direction.kind == "verdiepen":
        why = f"Waarom: dit is een logische volgende stap als je {STAGE_LABELS.get(profile.stage or '', 'leraar')} bent."
    else:
        why = "Waarom: dit domein heb je nog niet verkend, en deze rollen passen bij je fase."
    return f"{head}\n{why}"


WORRY_NOTES = {
    "doubt": "Fijn dat je dat eerlijk zegt. Twijfelen hoort erbij. Laten we samen kijken wat je energie geeft: "
             "daar begint het.",
    "distress": "Wat naar dat het zo zwaar is. Praat er ook over met je leidinggevende, de vertrouwenspersoon of "
                "de bedrijfsarts: zij kunnen je echt helpen. Ik kijk intussen graag met je mee.",
}


def worry_heard(kind: str) -> Reply:
    return Reply(WORRY_NOTES[kind])


STOP_TEACHING_NOTE = (
    "Dat is een grote vraag, en goed dat je hem stelt. Stoppen hoeft niet meteen: je kunt ook minder lesgeven, "
    "een andere rol nemen of een tijd buiten de school werken. Praat erover met je leidinggevende, en voel je je "
    "opgebrand, ook met de bedrijfsarts. Ik kijk graag met je mee wat je energie geeft."
)

NO_NEW_ROLE_NEEDED = (
    "Een nieuwe rol hoeft nu niet. Eerst gaat het om lesgeven zelf, de kern van het vak. Vraag je school om "
    "begeleiding, bijvoorbeeld een coach of maatje voor starters. Wil je later verder kijken, dan denk ik graag mee."
)

LESS_TEACHING_NOTE = (
    "Je zegt dat je minder voor de klas wilt staan. Dat mag je serieus nemen. Lesgeven blijft de kern van het "
    "beroep, maar je kunt je tijd verschuiven naar andere taken, of een tijd buiten de school werken. "
    "Voel je je opgebrand? Praat er dan ook over met je leidinggevende of de bedrijfsarts."
)


def suggestions_replies(k: Knowledge, suggestions: Suggestions, profile: Profile) -> List[Reply]:
    replies = [Reply(LESS_TEACHING_NOTE)] if suggestions.less_teaching else []
    if wants_management(profile.passions or ""):
        replies.append(Reply(MANAGEMENT_NOTE))  # "ik wil teamleider worden": said plainly, then the teacher roles
    replies.append(Reply(_current_line(k, suggestions, profile)))
    if not suggestions.directions:
        replies.append(Reply("Ik vond nog geen richting die goed past. Vertel je iets meer over wat je energie geeft?"))
        return replies
    lines = ["Hier zie ik kansen voor je:"]
    for number, direction in enumerate(suggestions.directions, start=1):
        lines.append(_direction_text(k, number, direction, profile))
    replies.append(Reply("\n\n".join(lines)))
    if profile.audience == "student":
        replies.append(Reply(
            "Tip voor je opleiding: loop eens mee met een leraar die zo'n rol heeft, kijk of er een keuzemodule "
            "over is, en let erop bij welke scholen je solliciteert: welke rollen kun je daar later oppakken?"
        ))
    elif profile.audience == "zij_instromer":
        replies.append(Reply(
            "Je eerdere werk is waardevol. Eerst leer je lesgeven, de kern van het vak; daarna kun je je ervaring "
            "inzetten in andere domeinen. Vraag je opleiding en je school ook wat ze van je ervaring erkennen."
        ))
    buttons = [button(c.role.name, "choose_role", role=c.role.id) for d in suggestions.directions for c in d.roles][:6]
    replies.append(Reply("Welke rol spreekt je aan? Dan geef ik je de vier vragen voor je leidinggevende.", buttons))
    return replies


def best_fit(role: Role, reasons: Dict[str, List[str]], suggested: Sequence[Role],
             for_now: Optional[Role] = None) -> Reply:
    """The suggestion the user's words point at most; with `for_now` when that one is a step for later."""
    quotes = [q for q in reasons.get(role.id, []) if q.lower() not in TOO_GENERIC_TO_QUOTE]
    why = f", omdat je {_quotes(quotes[:2])} noemde" if quotes else ""
    later = f" Dat is wel iets voor later; voor nu past {for_now.name} goed bij je fase." if for_now else ""
    return Reply(
        f"Naar wat je vertelde past {role.name} het best{why}.{later} Maar kies vooral wat jou energie geeft: "
        "daar groei je het meest in.",
        [button(r.name, "choose_role", role=r.id) for r in suggested[:6]],
    )


def same_suggestions(roles: Sequence[Role], fitting: Sequence[Role] = ()) -> Reply:
    """New words that change nothing: say whether they fit what was offered or point nowhere new."""
    if fitting:
        why = f"Dat past bij wat ik al noemde: {_join([role_label(r) for r in fitting])}."
    else:
        why = "Ik zie daarin geen andere rol dan de rollen die ik al noemde, dus mijn tips blijven hetzelfde."
    return Reply(
        f"Dank je, ik heb het erbij gezet. {why} "
        "Welke rol spreekt je aan? Of vertel wat je nog meer energie geeft.",
        [button(r.name, "choose_role", role=r.id) for r in roles[:6]],
    )


def offered_roles_again(roles: Sequence[Role]) -> Reply:
    return Reply(
        f"Naar wat je vertelde zie ik deze rollen voor je, nu of later: {_join([r.name for r in roles[:6]])}. "
        "Kies er een, dan krijg je de vier vragen voor je leidinggevende. Of vraag wat een rol inhoudt.",
        [button(r.name, "choose_role", role=r.id) for r in roles[:6]],
    )


def only_teaching_now(roles: Sequence[Role]) -> Reply:
    """'alleen lesgeven nu' after the suggestions: fine, and nothing to add to the profile."""
    return Reply(
        "Helder, nu vooral lesgeven. Dat is de kern van het vak en een goede basis. De rollen die ik noemde "
        "zijn ideeën voor ernaast of voor later. Spreekt er een je aan?",
        [button(r.name, "choose_role", role=r.id) for r in roles[:6]],
    )


def hint_fits(hint: str, audience: Optional[str]) -> bool:
    """A hint written for students ("Als student kun je ...") is not shown to a teacher."""
    return audience == "student" or not hint.lower().startswith("als student kun")


def four_questions(k: Knowledge, role: Role, audience: Optional[str]) -> List[Reply]:
    who = {
        "student": "je stagebegeleider of je opleiding",
        "zij_instromer": "je leidinggevende en je opleiding",
    }.get(audience or "", "je leidinggevende")
    replies = [Reply(f"Mooi, {role.name}. Dit zijn de vier vragen om met {who} te bespreken:")]
    for number, question in enumerate(k.questions.values(), start=1):
        lines = [f"{number}. {question.name}: {question.title}"]
        lines.extend(f"- {q}" for q in question.questions_for_manager[:3])
        if question.id in role.hints and hint_fits(role.hints[question.id], audience):
            lines.append(f"Voor deze rol: {role.hints[question.id]}")
        for note in k.notes_for(role.id, question.id):
            lines.append(f"Op jouw school: {note}")
        replies.append(Reply("\n".join(lines)))
    if k.new_role_note and not role.outside_school:
        replies.append(Reply("Bedenk: in een nieuwe rol ben je even weer beginner. Vraag daarom om een goede start."))
    replies.append(Reply(ASK_ELSEWHERE, [button("Zet het op een rij", "request_summary")]))
    return replies


def ready_now(role: Role, stage: Optional[str]) -> Reply:
    """Whether the chosen role suits the user's stage now, from the stages the knowledge gives it."""
    fits = _join_or([STAGE_FITS[s] for s in role.stages])
    if stage in role.stages or (stage == "meester" and "ervaren" in role.stages):
        line = f"Ja, {role.name} past bij je fase. Bespreek met je leidinggevende hoe je kunt beginnen."
    else:
        line = (f"{role.name} past vooral als je {fits}. Je kunt wel klein beginnen: meelopen met iemand die het "
                "al doet, of een klein stukje oppakken. Vraag je leidinggevende wat nu al kan.")
    hint = role.hints.get("toelating")
    return Reply(f"{line}\n{hint}" if hint else line)


def restarted() -> Reply:
    return Reply("Goed, we beginnen opnieuw. Wat je eerder vertelde, gebruik ik niet meer.")


def core_domain(k: Knowledge) -> Reply:
    core = k.domains["leren_leerlingen"]
    return Reply(f"De kern is {core.name.lower()}: daar werkt elke leraar, elke dag. De andere drie domeinen "
                 "bouwen daarop voort; welk domein voor jou het belangrijkst wordt, hangt af van wat je energie geeft.",
                 [button("Wat past bij mij?", "start_orientation")])


def study_advice(k: Knowledge, suggested: Sequence[Role]) -> Reply:
    """A student asks which keuzemodule or school: the publication's advice for students (§2)."""
    lines = ["Daar helpt het beroepsbeeld je zo bij:"]
    lines += [f"- {tip}" for tip in k.audiences["student"].advice[1:]]
    if suggested:
        lines.append(f"Kijk daarbij vooral naar de rollen die ik noemde, zoals {_join([r.name for r in suggested[:2]])}.")
    lines.append("Welke keuzemodules en stagescholen er zijn, weet je opleiding of je slb'er.")
    return Reply("\n".join(lines))


def privacy_info(retention_hours: float) -> Reply:
    hours = f"{retention_hours:g} uur"
    return Reply(
        "Goede vraag. Zo ga ik met dit gesprek om:\n"
        "- Je naam heb ik niet nodig. Het gesprek hangt aan een willekeurige code, niet aan jou.\n"
        f"- Ik bewaar het alleen zodat we verder kunnen praten. Na {hours} zonder berichten wis ik het.\n"
        "- Je leidinggevende kan het niet teruglezen, en wat je typt komt niet in de logboeken.\n"
        "- Met 'vergeet mij' wis je alles meteen.",
        [button("Vergeet mij", "forget_me"), button("Wat past bij mij?", "start_orientation")],
    )


SORRY_NOT_UNDERSTOOD = (
    "Sorry, dan heb ik je niet goed begrepen. Probeer het eens in andere woorden, of kies hieronder wat je zoekt."
)


def what_i_know(profile: Profile, chosen: Optional[Role]) -> Reply:
    """Everything this conversation keeps about the user, in their words: nothing more is stored."""
    lines = []
    if profile.audience:
        lines.append(f"- Je bent {AUDIENCE_LABELS[profile.audience]}"
                     + (f" in het {SECTOR_LABELS.get(profile.sector, profile.sector)}" if profile.sector else "") + ".")
    if profile.stage in STAGE_LABELS:
        lines.append(f"- Je fase: {STAGE_LABELS[profile.stage]}.")
    if profile.passions:
        lines.append(f"- Je krijgt energie van: {profile.passions}")
    if profile.tasks:
        lines.append(f"- Wat je nu doet of deed: {profile.tasks}")
    if chosen:
        lines.append(f"- De rol die je koos: {chosen.name}.")
    if not lines:
        return Reply("Ik weet nog niets van je: je hebt nog niets over jezelf verteld. Je naam vraag ik ook niet.",
                     [button("Wat past bij mij?", "start_orientation")])
    return Reply("Dit weet ik van je, uit dit gesprek:\n" + "\n".join(lines)
                 + "\nMeer niet, en je naam ken ik niet. Met 'vergeet mij' wis je het meteen.",
                 [button("Vergeet mij", "forget_me"), button("Zet het op een rij", "request_summary")])


def confirm_forget() -> Reply:
    return Reply(
        "Wil je dat ik alles van dit gesprek wis? Klik dan op 'Ja, wis alles'. Bedoelde je iets anders, "
        "dan gaan we gewoon verder.",
        [button("Ja, wis alles", "forget_me")],
    )


def forgotten() -> Reply:
    return Reply("Ik heb alles van dit gesprek gewist. Je kunt opnieuw beginnen wanneer je wilt.")


def correction_done() -> Reply:
    return Reply("Dank je, ik heb het aangepast.")


def corrected_same_suggestions(roles: Sequence[Role]) -> Reply:
    return Reply("Dank je, ik heb het aangepast. Mijn tips blijven hetzelfde. Welke rol spreekt je aan?",
                 [button(r.name, "choose_role", role=r.id) for r in roles[:6]])


def ask_correction() -> Reply:
    return Reply("Wat klopt er niet? Vertel het me, bijvoorbeeld 'ik ben geen mentor meer' of 'ik sta 8 jaar voor de klas'.")


def pick_a_role(suggested: Sequence[Role]) -> Reply:
    return Reply("Fijn! Welke rol spreekt je het meest aan? Dan krijg je de vier vragen voor je leidinggevende.",
                 [button(r.name, "choose_role", role=r.id) for r in suggested])


def unknown_choice(suggested: Sequence[Role]) -> Reply:
    if suggested:
        return Reply("Welke rol bedoel je? Kies er een:", [button(r.name, "choose_role", role=r.id) for r in suggested])
    return Reply("Welke rol bedoel je? Noem de rol, of laten we eerst kijken wat bij je past.",
                 [button("Wat past bij mij?", "start_orientation")])


def summary(k: Knowledge, profile: Profile, directions: Sequence[dict], chosen: Optional[Role]) -> str:
    """A plain-text conversation preparation for the jaargesprek (reads well when copied)."""
    lines = ["Gespreksvoorbereiding voor je jaargesprek", ""]
    about = []
    if profile.audience:
        about.append(f"Ik ben {AUDIENCE_LABELS[profile.audience]}")
    if profile.sector:
        about.append(f"in het {SECTOR_LABELS.get(profile.sector, profile.sector)}")
    if profile.stage:
        about.append(f"(fase: {STAGE_LABELS[profile.stage]})")
    if about:
        lines.append("Over mij: " + " ".join(about) + ".")
    if profile.passions:
        lines.append(f"Hier krijg ik energie van: {profile.passions}")
    if profile.tasks:
        lines.append(f"Wat ik nu doe of deed: {profile.tasks}")
    if directions:
        lines += ["", "Richtingen om te groeien:"]
        for direction in directions:
            roles = [k.roles[r].name for r in direction.get("roles", []) if r in k.roles]
            if direction.get("kind") in ("buiten_school", "op_termijn"):
                head = KIND_LABELS[direction["kind"]]
            else:
                domain = k.domains.get(direction.get("domain") or "")
                head = f"{KIND_LABELS.get(direction.get('kind'), '')} ({domain.name if domain else ''})"
            reasons = merge_quotes([], [q for rs in (direction.get("reasons") or {}).values() for q in rs])
            why = f" - omdat ik {_quotes(reasons[:3])} noemde" if reasons else ""
            lines.append(f"- {head}: {_join(roles)}{why}")
    if chosen:
        lines += ["", f"Gekozen rol: {chosen.name}", f"Wat je doet: {chosen.explanation}", "", "Vragen voor mijn leidinggevende:"]
        for question in k.questions.values():
            lines.append(f"{question.name} - {question.title}")
            lines.extend(f"  - {q}" for q in question.questions_for_manager[:3])
            if question.id in chosen.hints and hint_fits(chosen.hints[question.id], profile.audience):
                lines.append(f"  - Let op: {chosen.hints[question.id]}")
            for note in k.notes_for(chosen.id, question.id):
                lines.append(f"  - Op school: {note}")
    if len(lines) <= 2:
        return ""
    lines += ["", "Gemaakt met Loopbaanwijzer, op basis van 'Een beroepsbeeld voor de leraar' (2017)."]
    return "\n".join(lines)


def empty_summary() -> Reply:
    return Reply(
        "Ik heb nog niets om samen te vatten. Zullen we eerst kijken wat bij je past?",
        [button("Wat past bij mij?", "start_orientation")],
    )
