"""Answers from the Beroepsbeeld: the domains, one domain or role, the stages, ways to grow, the four
questions in general, side entry, and the rules the publication does not give."""
from __future__ import annotations

from typing import List, Optional, Sequence

from actions.knowledge import Domain, Knowledge, Role
from actions.replies.common import (STAGE_FITS, Reply, bold, button, join, join_or, lower_first, quotes,
                                    role_buttons)

ASK_ELSEWHERE = (
    "Over regels zoals bevoegdheden, salaris of toelatingseisen zeg ik niets: daar geeft het beroepsbeeld geen "
    "regels voor. Vraag ze na bij je leidinggevende, HR van je school of de lerarenopleiding."
)
MANAGEMENT_NOTE = (
    "Leidinggeven, als teamleider of directeur, is een ander beroep dan leraar. Het beroepsbeeld gaat over groeien "
    "in het beroep van leraar, niet uit het beroep. Als ervaren leraar kun je wel meedenken en meesturen, "
    "bijvoorbeeld als sectieleider of over schoolbeleid. Wil je echt leidinggevende worden? Bespreek het met je "
    "leidinggevende of HR."
)


def framing(k: Knowledge, key: str) -> str:
    """One of the publication's own framing sentences (knowledge/framing), or nothing when it is absent."""
    item = (getattr(k, "framing", None) or {}).get(key)
    return getattr(item, "text", item) or "" if item else ""


def domains_overview(k: Knowledge) -> Reply:
    lines = ["Het beroepsbeeld kent vier domeinen waarin je als leraar kunt groeien:"]
    for number, domain in enumerate(k.domains.values(), start=1):
        core = " (de kern: hier werkt elke leraar)" if domain.core else ""
        lines.append(f"{number}. {domain.name}{core}")
    lines.append("In elk domein groei je van in opleiding naar startend, ervaren en meester.")
    lines.extend(note for note in (framing(k, "inspiration"), framing(k, "growth_in_profession")) if note)
    lines.append("Over welk domein wil je meer weten?")
    buttons = [button(d.name, "ask_domain_info", domain=d.id) for d in k.domains.values()]
    return Reply("\n".join(lines), buttons)


def domain_info(k: Knowledge, domain: Domain) -> Reply:
    roles = k.roles_by(domain=domain.id)
    lines = [f"{bold(domain.name)}: {domain.explanation}"]
    if domain.levels:
        lines.append(f"Dat kan op verschillende niveaus: {join(domain.levels)}.")
    if roles:
        lines.append(f"Voorbeelden van rollen: {join([r.name for r in roles[:6]])}.")
    buttons = [button(r.name, "ask_role_info", role=r.id) for r in roles[:3]]
    buttons.append(button("Wat past bij mij?", "start_orientation"))
    return Reply("\n".join(lines), buttons)


def unknown_domain(k: Knowledge) -> Reply:
    return Reply("Welk domein bedoel je? Kies er een:",
                 [button(d.name, "ask_domain_info", domain=d.id) for d in k.domains.values()])


def core_domain(k: Knowledge) -> Reply:
    core = k.domains["leren_leerlingen"]
    return Reply(f"De kern is {core.name.lower()}: daar werkt elke leraar. Je kunt dat combineren met de andere drie "
                 "domeinen; welk domein daarnaast voor jou belangrijk wordt, hangt af van wat je energie geeft.",
                 [button("Wat past bij mij?", "start_orientation")])


def role_info(k: Knowledge, role: Role, asked: str = "") -> Reply:
    """One role; `asked` is what the user called it, named when the knowledge files it under another name."""
    if role.outside_school:
        where = "Dit is een rol buiten de school, naast of na je werk als leraar."
    else:
        where = f"Deze rol hoort bij het domein {lower_first(k.domains[role.domain].name)}."
    lines = [f"{bold(role.name)}: {role.explanation}", where,
             f"Past vooral als je {join_or([STAGE_FITS[s] for s in role.stages])}."]
    if asked and asked.lower() not in role.name.lower() and len(asked) > 3:
        lines.insert(0, f"Je vroeg naar {asked}: dat valt hier onder {role.name}.")
    if role.id in k.hidden_roles:
        lines.append("Let op: je school biedt deze rol niet aan.")
    buttons = [button("Vier vragen voor deze rol", "choose_role", role=role.id),
               button("Wat past bij mij?", "start_orientation")]
    return Reply("\n".join(lines), buttons)


def unknown_role(query: str, closest: Sequence[Role], management: bool = False) -> Reply:
    asked = f"'{query}' " if query else ""
    if management:
        # "wat doet een teamleider": not a teacher role; the leading parts of teacher roles are offered.
        return Reply(f"Een rol {asked}ken ik niet uit het beroepsbeeld. {MANAGEMENT_NOTE}\n"
                     "Als leraar kun je wel mee sturen, bijvoorbeeld zo:", role_buttons(closest, "ask_role_info"))
    if closest:
        return Reply(f"Een rol {asked}ken ik niet uit het beroepsbeeld. Bedoel je misschien een van deze?",
                     role_buttons(closest, "ask_role_info"))
    return Reply(f"Een rol {asked}ken ik niet uit het beroepsbeeld. Noem je de rol nog eens, of bekijk eerst de domeinen?",
                 [button("De vier domeinen", "ask_domains")])


def management_note(suggested: Sequence[Role] = ()) -> Reply:
    return Reply(MANAGEMENT_NOTE, role_buttons(suggested))


def stages_overview(k: Knowledge) -> Reply:
    lines = ["In elk domein groei je door vier fases:"]
    for stage in k.stages.values():
        lines.append(f"- {stage.name}: {stage.explanation}")
    lines.append("Het gaat om wat je kunt en hoe je je ontwikkelt, niet om een aantal jaren.")
    if framing(k, "identity"):
        lines.append(framing(k, "identity"))
    if k.new_role_note:
        lines.append(k.new_role_note)
    return Reply("\n".join(lines), [button("Wat past bij mij?", "start_orientation")])


def one_stage(stage) -> Reply:
    """One stage, when the user asks about that one ("en meester?")."""
    return Reply(f"{bold(stage.name)}: {stage.explanation}\n{stage.support}",
                 [button("Alle fases", "ask_stages"), button("Wat past bij mij?", "start_orientation")])


def one_transition_question(question) -> Reply:
    """One of the four questions, when the user asks about that one ("wat betekent facilitering?")."""
    lines = [f"{bold(question.name)}: {question.title}", "Dit kun je je leidinggevende vragen:"]
    lines += [f"- {q}" for q in question.questions_for_manager[:3]]
    return Reply("\n".join(lines), [button("Alle vier de vragen", "ask_transition_questions")])


def growth_paths_overview(k: Knowledge, suggested: Sequence[Role] = (), outside: bool = False) -> Reply:
    """The ways to grow; with suggestions already given, those are named, and asked about work outside the
    classroom, the roles outside school too."""
    lines = ["Je kunt op verschillende manieren groeien, zonder het lesgeven los te laten:"]
    for path in k.growth_paths.values():
        lines.append(f"- {path.name}: {path.explanation}")
    if outside:
        names = [r.name for r in k.roles.values() if r.outside_school]
        lines.append(f"Buiten de klas of de school kan bijvoorbeeld: {join(names[:4])}.")
    for key in ("growth_in_profession", "school_policy"):
        note = framing(k, key)
        if note:
            lines.append(note)
    if suggested:
        lines.append(f"Voor jou noemde ik al: {join([r.name for r in suggested[:4]])}.")
        return Reply("\n".join(lines), role_buttons(suggested))
    return Reply("\n".join(lines), [button("Wat past bij mij?", "start_orientation"),
                                    button("De vier domeinen", "ask_domains")])


def roles_for_what_was_asked(k: Knowledge, roles: Sequence[Role], words: Sequence[str]) -> Reply:
    """"onderzoek doen, kan dat ook als leerkracht?": yes, in these roles, beside teaching."""
    lines = [f"Ja, dat kan, naast het lesgeven. Bij {quotes(words[:2])} passen deze rollen:"]
    lines += [f"- {bold(role.name)}" + (f" ({k.domains[role.domain].name.lower()})" if role.domain in k.domains
                                        else " (buiten de school)") for role in roles]
    lines.append("Wil je weten wat een rol inhoudt? Kies hem hieronder.")
    return Reply("\n".join(lines), role_buttons(roles, "ask_role_info"))


def _general_questions(k: Knowledge, student: bool = False) -> List[str]:
    def example(q) -> str:
        return (q.questions_for_student or q.questions_for_manager)[0] if student else q.questions_for_manager[0]
    return [f"{n}. {bold(q.name)}: {q.title} Bijvoorbeeld: \"{example(q)}\""
            for n, q in enumerate(k.questions.values(), start=1)]


def transition_questions_general(k: Knowledge, suggested: Sequence[Role] = (), audience: Optional[str] = None) -> Reply:
    student = audience == "student"
    who = "je stagebegeleider, je slb'er of je opleider" if student else "je leidinggevende"
    lines = [f"Bij elke nieuwe rol spelen vier vragen. Bespreek ze met {who}:", *_general_questions(k, student)]
    lines.extend(note for note in (framing(k, "shared_task"), framing(k, "recognition")) if note)
    lines.append("Kies je een rol, dan maak ik de vragen concreet voor die rol.")
    if suggested:
        return Reply("\n".join(lines), role_buttons(suggested))
    return Reply("\n".join(lines), [button("Wat past bij mij?", "start_orientation")])


def transition_questions_unknown_role(k: Knowledge, asked: str, closest: Sequence[Role]) -> Reply:
    """'Wat moet ik regelen als ik leescoördinator wil worden?': honest about the role, the questions still hold."""
    text = "\n".join([f"De rol '{asked}' ken ik niet uit het beroepsbeeld. Deze vier vragen spelen wel bij elke "
                      "nieuwe rol. Bespreek ze met je leidinggevende:", *_general_questions(k)])
    if closest:
        text += "\nLijkt je rol op een van deze? Dan maak ik de vragen concreet."
        return Reply(text, role_buttons(closest, "choose_role"))
    return Reply(text, [button("Wat past bij mij?", "start_orientation")])


def side_entry(k: Knowledge, ask_background: bool = True, brought: Sequence = ()) -> Reply:
    """Side entry in general; `ask_background` False when the user already told (or is telling) it. `brought`:
    the roles their earlier work points at, each with their words (suggestions.RoleChoice)."""
    core = k.domains["leren_leerlingen"]
    lines = [f"Als zij-instromer begin je in de kern van het vak: {core.name.lower()}."]
    if brought:
        said = list(dict.fromkeys(q for choice in brought for q in choice.reasons))
        lines.append(f"Je eerdere werk past bij rollen als {join([bold(c.role.name) for c in brought])} (je noemde "
                     f"{quotes(said[:2])}). Daar kun je op voortbouwen als je het lesgeven goed in de vingers hebt.")
    lines += [f"- {tip}" for tip in k.audiences["zij_instromer"].advice[1:3]]
    if ask_background:
        lines.append("Vertel je wat je eerder deed? Dan laat ik zien waar dat past.")
    lines.append(ASK_ELSEWHERE)
    buttons = [button("Ja, kijk wat bij mij past", "start_orientation")] if ask_background else []
    return Reply("\n".join(lines), buttons)


def study_advice(k: Knowledge, suggested: Sequence[Role]) -> Reply:
    """A student asks what to try on placement, which keuzemodule or school: the publication's advice (§2)."""
    lines = ["Daar helpt het beroepsbeeld je zo bij:"]
    lines += [f"- {tip}" for tip in k.audiences["student"].advice[1:]]
    if suggested:
        lines.append(f"Kijk daarbij vooral naar de rollen die ik noemde, zoals {join([r.name for r in suggested[:2]])}.")
    lines.append("Welke keuzemodules, stageplekken en opleidingsscholen er zijn, weet je opleiding of je slb'er.")
    return Reply("\n".join(lines))


def rules_elsewhere(topics: Sequence[str], role: Optional[Role]) -> Reply:
    """Salary, bevoegdheden, admission: the publication gives no rules, so say who can answer."""
    lines = ["Daar geeft het beroepsbeeld geen regels voor, en ik wil je niets verkeerds vertellen."]
    if "salary" in topics:
        lines.append("Over salaris, schalen, toelagen, taakuren en regelingen zoals verlof gaat de cao en je school: "
                     "vraag het je leidinggevende of HR (P&O).")
    if "admission" in topics or "qualification" in topics or "salary" not in topics:
        lines.append("Over bevoegdheden, toelating en opleidingseisen weet de lerarenopleiding het precies; "
                     "je leidinggevende of HR kan ook helpen.")
    if role:
        lines.append(f"Wat het beroepsbeeld wel zegt: erkenning voor een rol als {role.name} kan formeel zijn, "
                     "informeel door collega's en leidinggevenden, of via salaris.")
        if "erkenning" in role.hints:
            lines.append(role.hints["erkenning"])
    return Reply("\n".join(lines), [button("De vier vragen bij een nieuwe rol", "ask_transition_questions")])


def stop_teaching_note() -> Reply:
    return Reply(
        "Dat is een grote vraag, en goed dat je hem stelt. Stoppen hoeft niet meteen: misschien kun je minder lesgeven, "
        "een andere rol nemen of een tijd buiten de school werken. Wat kan, hangt af van je school: praat erover met je "
        "leidinggevende, en voel je je opgebrand, ook met de bedrijfsarts. Ik kijk graag met je mee wat je energie geeft.",
        [button("Kijk wat bij mij past", "start_orientation")])
