"""The conversation about the user: the form's questions, the suggestions with their reasons, the four
questions for a chosen role, and the conversation preparation. Students hear the student version: their
questions are for the stagebegeleider, slb'er or opleider, about the placement and the programme."""
from __future__ import annotations

from typing import Dict, List, Optional, Sequence

from actions.knowledge import Knowledge, Role
from actions.profile import Profile
from actions.replies.common import (AUDIENCE_LABELS, KIND_LABELS, SECTOR_LABELS, STAGE_FITS, STAGE_LABELS, Reply,
                                    answer_button, bold, button, join, join_or, lower_first, quotes, role_buttons,
                                    upper_first)
from actions.replies.knowledge import ASK_ELSEWHERE, MANAGEMENT_NOTE, framing
from actions.suggestions import Direction, Suggestions, quotable

# The first thing the assistant says when a conversation opens straight with facts instead of a greeting.
INTRODUCTION = (
    "Hoi! Ik ben Loopbaanwijzer, een chatbot op basis van het beroepsbeeld voor de leraar. "
    "Je naam heb ik niet nodig, en met 'vergeet mij' wis je alles."
)
NOT_UNDERSTOOD = "Dat begreep ik niet helemaal. "
NOTED_BUT_ASKING_AGAIN = "Dank je, dat neem ik mee. "


def _short(phrase: str, words: int = 12) -> str:
    parts = phrase.split()
    return " ".join(parts[:words]) + ("…" if len(parts) > words else "")


def noted(changes: Dict) -> str:
    """What the latest message told, said back in short, before the next question: the user sees it was read."""
    parts = []
    if changes.get("audience") in AUDIENCE_LABELS:
        parts.append(AUDIENCE_LABELS[changes["audience"]])
    if changes.get("years") is not None:
        parts.append(f"{changes['years']} jaar in het onderwijs")
    if changes.get("subjects"):
        parts.append(join(changes["subjects"]))
    for slot, lead in (("earlier_work", "eerder: "), ("tasks", ""), ("passions", "energie van ")):
        said = [_short(lower_first(p)) for p in (changes.get(slot) or [])[-2:]]
        if said:
            parts.append(lead + join(said))
    if not parts:
        return NOTED_BUT_ASKING_AGAIN
    said = "; ".join(parts[:4])
    return f"Dank je, dat neem ik mee: {said}{'' if said.endswith('…') else '.'} "
STUDENT_ELSEWHERE = ("Over regels zoals bevoegdheden of toelatingseisen zeg ik niets: die weet je opleiding precies.")


def who_to_ask(audience: Optional[str]) -> str:
    return {
        "student": "je stagebegeleider, je slb'er of je opleider",
        "zij_instromer": "je leidinggevende en je opleiding",
    }.get(audience or "", "je leidinggevende")


# --- the form's questions ---------------------------------------------------------------------------------


def ask_audience(retry: bool = False) -> Reply:
    return Reply((NOT_UNDERSTOOD if retry else "") + "Wie ben je? Dan laat ik mijn tips beter bij je passen.", [
        button("Leraar", "share_background", audience="leraar"),
        button("Student lerarenopleiding of pabo", "share_background", audience="student"),
        button("Zij-instromer", "share_background", audience="zij_instromer"),
    ])


def ask_stage(audience: Optional[str], retry: bool = False, noted: str = "") -> Reply:
    """`noted`: what the message told besides ("ik werk nog 1 dag per week in het ziekenhuis"), said back."""
    prefix = noted or (NOT_UNDERSTOOD if retry else "")
    if audience == "zij_instromer":
        text = "Sta je al voor de klas, en hoe lang? Typ het gerust, bijvoorbeeld '2 jaar'."
    else:
        text = "Hoe lang werk je al in het onderwijs? Kies of typ het, bijvoorbeeld '6 jaar'."
    return Reply(prefix + text, [
        button("Ik ben nog in opleiding", "share_stage", stage="in_opleiding"),
        button("Startend (eerste jaren)", "share_stage", stage="startend"),
        button("Ervaren", "share_stage", stage="ervaren"),
        button("Expert of meester", "share_stage", stage="meester"),
    ])


def ask_passions(audience: Optional[str], retry: bool = False, noted: str = "") -> Reply:
    if retry:
        return Reply("Kun je een voorbeeld geven? Bijvoorbeeld: 'ik vind het leuk om lessen te ontwerpen' of "
                     "'ik help graag nieuwe collega's'.")
    prefix = noted
    if audience == "student":
        text = "Wat vind je het leukst aan je opleiding of je stage? Waar krijg je energie van?"
    elif audience == "zij_instromer":
        text = "Waar krijg je energie van, in je werk van vroeger of nu in het onderwijs?"
    else:
        text = "Waar krijg je energie van in je werk? Noem gerust een paar dingen."
    return Reply(prefix + text)


def ask_tasks(audience: Optional[str], retry: bool = False, noted: str = "") -> Reply:
    prefix = noted
    if audience == "student":
        text = ("Kun je een voorbeeld geven? Wat doe je op je stage, of wat vind je interessant naast het lesgeven?"
                if retry else "Wat doe je nu op je stage, en wat interesseert je buiten het lesgeven?")
        return Reply(prefix + text, [answer_button("Alleen lesgeven op mijn stage", "alleen lesgeven op mijn stage")])
    text = ("Kun je een voorbeeld geven? Welke taak of rol heb je naast het lesgeven?" if retry else
            "Wat doe je nu naast lesgeven? Denk aan taken of rollen, zoals mentor of in een werkgroep.")
    return Reply(prefix + text, [answer_button("Alleen lesgeven", "alleen lesgeven")])


def ask_earlier_work(retry: bool = False, noted: str = "") -> Reply:
    prefix = noted
    text = ("Kun je een voorbeeld geven? Wat deed je vooral in je vorige werk?" if retry else
            "Wat voor werk deed je hiervoor? Noem ook wat je daarin vooral deed.")
    return Reply(prefix + text)


# --- how the work feels ---------------------------------------------------------------------------------------

WORRY_NOTES = {
    "doubt": "Fijn dat je dat eerlijk zegt. Twijfelen hoort erbij. Laten we samen kijken wat je energie geeft: "
             "daar begint het.",
    "distress": "Wat naar dat het zo zwaar is. Praat er ook over met je leidinggevende, de vertrouwenspersoon of "
                "de bedrijfsarts: zij kunnen je echt helpen. Ik kijk intussen graag met je mee.",
}
NO_NEW_ROLE_NEEDED = (
    "Een nieuwe rol hoeft nu niet. Eerst gaat het om lesgeven zelf, de kern van het vak. Vraag je school om "
    "begeleiding, bijvoorbeeld een coach of maatje voor starters. Wil je later verder kijken, dan denk ik graag mee."
)
LESS_TEACHING_NOTE = (
    "Je zegt dat je minder voor de klas wilt staan. Dat mag je serieus nemen. Lesgeven blijft de kern van het "
    "beroep, maar misschien kun je tijd verschuiven naar andere taken, of een tijd buiten de school werken. Wat "
    "kan, hangt af van je school: bespreek het met je leidinggevende. Voel je je opgebrand? Praat er dan ook over "
    "met de bedrijfsarts."
)


def worry_heard(kind: str) -> Reply:
    return Reply(WORRY_NOTES[kind])


def offer_to_look(audience: Optional[str] = None) -> Reply:
    return Reply("Wil je kijken wat je energie geeft? Dan denk ik met je mee.",
                 [button("Ja, kijk wat bij mij past", "start_orientation")])


# --- suggestions -------------------------------------------------------------------------------------------


def _stage_line(profile: Profile) -> str:
    """The stage is about expertise, not years: when it was inferred from years, say so (§1.3)."""
    if not profile.stage_assumed or profile.stage not in STAGE_LABELS or profile.years is None:
        return ""
    years = f"{profile.years} jaar" if profile.years != 1 else "1 jaar"
    return (f"Je werkt {years} in het onderwijs, dus ik ga ervan uit dat je {STAGE_LABELS[profile.stage]} bent. "
            "Het gaat om wat je kunt, niet om jaren: zie je dat anders, zeg het gerust.")


def _current_line(k: Knowledge, suggestions: Suggestions, profile: Profile) -> str:
    names = [k.domains[d].name for d in suggestions.current_domains]
    if profile.audience == "student":
        return f"Je leert nu vooral in de kern van het vak: {names[0].lower()}."
    if profile.audience == "zij_instromer":
        line = f"Lesgeven blijft de kern van je werk: {names[0].lower()}."
        fits = [f"{k.domains[d].name.lower()} (je noemde {quotes(q)})" for d, q in suggestions.experience.items() if q]
        if fits:
            line += f"\nJe eerdere werk lijkt te passen bij: {join(fits)}."
        return line
    line = f"Je werkt nu in: {join([lower_first(n) for n in names])}."
    held = [k.roles[r].name for r in suggestions.current_roles if r in k.roles]
    said = list(dict.fromkeys(q for reasons in suggestions.domain_reasons.values() for q in reasons))
    if held:
        line += f" Je hebt al een rol: {join([bold(n) for n in held[:3]])}" + \
            (f" (je noemde {quotes(said[:3])})." if said else ".")
    elif said:
        line = line[:-1] + f" (je noemde {quotes(said[:3])})."
    return line


def _role_line(choice, profile: Profile, later: bool = False) -> str:
    name = bold(choice.role.name)
    if not profile.sector and set(choice.role.sectors) != {"po", "vo", "mbo"}:
        name += f" (in {join(choice.role.sectors)})"
    words = quotable(choice.reasons)
    why = f"je noemde {quotes(words[:2])}" if words else ""
    if choice.shares_expertise and words:
        why = f"je noemde {quotes(words[:2])}; die kennis kun je verder brengen"
    if later:
        why = (why + ". " if why else "") + "Deze rol hoort bij ervaren leraren: iets voor als je meer ervaring hebt"
    return f"- {name}: {why}" if why else f"- {name}"


def _direction_text(k: Knowledge, number: int, direction: Direction, profile: Profile) -> str:
    if direction.kind == "buiten_school":
        head = f"{number}. Buiten de school"
    elif direction.kind == "op_termijn":
        head = f"{number}. Op termijn, met meer ervaring"
    else:
        verb = "Verdiepen in" if direction.kind == "verdiepen" else "Verbreden naar"
        head = f"{number}. {verb} {k.domains[direction.domain].name.lower()}"
    lines = [head] + [_role_line(c, profile, later=direction.kind == "op_termijn") for c in direction.roles]
    return "\n".join(lines)


def _unexplored_question(k: Knowledge, suggestions: Suggestions) -> Optional[Reply]:
    """When the words point at one domain only: say so, and ask about the others instead of inventing tips."""
    kinds = {d.kind for d in suggestions.directions}
    if len([d for d in suggestions.directions if d.kind in ("verdiepen", "verbreden")]) != 1 or "buiten_school" in kinds:
        return None
    others = [d for d in suggestions.unexplored_domains if d != "leren_leerlingen"][:3]
    if not others:
        return None
    names = join_or([lower_first(k.domains[d].name) for d in others])
    return Reply(f"Je woorden wijzen vooral naar één richting. Trekt {names} je ook? Vertel wat je daarin leuk "
                 "vindt, dan kijk ik verder.",
                 [button(k.domains[d].name, "ask_domain_info", domain=d) for d in others])


def suggestions_replies(k: Knowledge, suggestions: Suggestions, profile: Profile,
                        management_said: bool = False, less_teaching_said: bool = False) -> List[Reply]:
    replies = [Reply(LESS_TEACHING_NOTE)] if suggestions.less_teaching and not less_teaching_said else []
    if profile.items("management_wishes") and not management_said:
        replies.append(Reply(MANAGEMENT_NOTE))  # "ik wil teamleider worden": said plainly, then the teacher roles
    stage_line = _stage_line(profile)
    replies.append(Reply(_current_line(k, suggestions, profile) + (f"\n{stage_line}" if stage_line else "")))
    if not suggestions.directions:
        replies.append(Reply(
            "Ik zie nog geen rol die echt bij je woorden past, en ik wil je niets aanpraten. Vertel je wat je "
            "energie geeft, bijvoorbeeld een taak die je graag doet? Of kies een domein om te verkennen.",
            [button(d.name, "ask_domain_info", domain=d.id) for d in k.domains.values()]))
        return replies
    lines = ["Hier zie ik kansen voor je:"]
    for number, direction in enumerate(suggestions.directions, start=1):
        lines.append(_direction_text(k, number, direction, profile))
    replies.append(Reply("\n".join(lines)))  # one message: a blank line would split it into several
    question = _unexplored_question(k, suggestions)
    if profile.audience == "student":
        replies.append(Reply("Tip voor je opleiding: kijk of er een keuzemodule bij past, vraag op je stage of je "
                             "mag meelopen met iemand in zo'n rol, en let erop bij welke scholen je solliciteert: "
                             "welke rollen kun je daar later oppakken?"))
    elif profile.audience == "zij_instromer":
        replies.append(Reply("Je eerdere werk is waardevol. Eerst leer je lesgeven, de kern van het vak. Vertel je "
                             "opleiding en je school ook wat je al kunt: bij de toelating kunnen zij daar breder naar "
                             "kijken."))
    buttons = role_buttons([c.role for d in suggestions.directions for c in d.roles])
    if question:
        replies.append(question)
    replies.append(Reply(f"Welke rol spreekt je aan? Dan geef ik je de vier vragen voor {who_to_ask(profile.audience)}.",
                         buttons))
    return replies


def best_fit(role: Role, reasons: Dict[str, List[str]], suggested: Sequence[Role],
             for_now: Optional[Role] = None) -> Reply:
    """The suggestion the user's words point at most; with `for_now` when that one is a step for later."""
    words = quotable(reasons.get(role.id, []))
    why = f", omdat je {quotes(words[:2])} noemde" if words else ""
    later = f" Dat is wel iets voor later; voor nu past {for_now.name} goed bij je fase." if for_now else ""
    return Reply(f"Naar wat je vertelde past {bold(role.name)} het best{why}.{later} Maar kies vooral wat jou energie "
                 "geeft: daar groei je het meest in.", role_buttons(suggested))


def now_and_later(now: Sequence[Role], later: Sequence[Role], suggested: Sequence[Role],
                  audience: Optional[str]) -> Reply:
    """"Wat kan ik nu al doen?" after the suggestions: which of them suit the user's stage now, which are for
    later, and that a beginner starts with the teaching itself."""
    lines = []
    if now:
        lines.append(f"Nu al passen bij je fase: {join([bold(r.name) for r in now])}.")
    if later:
        lines.append(f"Voor later, met meer ervaring: {join([bold(r.name) for r in later])}.")
    if audience in ("zij_instromer", "student") or not now:
        lines.append("Je eerste stap is lesgeven, de kern van het vak: goed worden in je eigen klas. Daarnaast kun je "
                     "nu al meelopen met een collega die zo'n rol heeft, of een klein stukje oppakken.")
    else:
        lines.append("Klein beginnen kan altijd: meelopen met een collega die de rol al heeft, of een stukje oppakken.")
    lines.append(f"Vraag {who_to_ask(audience)} wat er op jouw school nu al kan. Kies je een rol, dan krijg je de vier "
                 "vragen erbij.")
    return Reply("\n".join(lines), role_buttons(suggested))


def same_suggestions(roles: Sequence[Role], fitting: Sequence[Role] = ()) -> Reply:
    """New words that change nothing: say whether they fit what was offered or point nowhere new."""
    if fitting:
        why = f"Dat past bij wat ik al noemde: {join([r.name for r in fitting])}."
    else:
        why = "Ik zie daarin geen andere rol dan de rollen die ik al noemde."
    return Reply(f"Dank je, dat neem ik mee. {why} Welke rol spreekt je aan? Of vertel wat je nog meer energie geeft.",
                 role_buttons(roles))


def offered_roles_again(roles: Sequence[Role]) -> Reply:
    return Reply(f"Naar wat je vertelde zie ik deze rollen voor je, nu of later: {join([r.name for r in roles[:6]])}. "
                 "Kies er een, dan krijg je de vier vragen erbij. Of vraag wat een rol inhoudt.", role_buttons(roles))


def only_teaching_now(roles: Sequence[Role]) -> Reply:
    """'alleen lesgeven nu' after the suggestions: fine, and nothing to add to the profile."""
    return Reply("Helder, nu vooral lesgeven. Dat is de kern van het vak en een goede basis. De rollen die ik noemde "
                 "zijn ideeën voor ernaast of voor later. Spreekt er een je aan?", role_buttons(roles))


# --- the four questions for a role ---------------------------------------------------------------------------


def _hint_fits(hint: str, audience: Optional[str]) -> bool:
    """A hint written for students ("Als student kun je ...") is for students only, and the other way round."""
    for_students = hint.lower().startswith("als student")
    return for_students if audience == "student" else not for_students


def four_questions(k: Knowledge, role: Role, audience: Optional[str]) -> List[Reply]:
    student = audience == "student"
    if student:
        intro = (f"Mooi, {bold(role.name)}. Als student kun je nu al verkennen of deze rol bij je past. Deze vier vragen "
                 f"kun je bespreken met {who_to_ask(audience)}:")
    else:
        intro = f"Mooi, {bold(role.name)}. Dit zijn de vier vragen om met {who_to_ask(audience)} te bespreken:"
    replies = [Reply(intro)]
    for number, question in enumerate(k.questions.values(), start=1):
        lines = [f"{number}. {bold(question.name)}: {question.title}"]
        asks = question.questions_for_student if student and question.questions_for_student else \
            question.questions_for_manager[:3]
        lines.extend(f"- {q}" for q in asks)
        if question.id in role.hints and _hint_fits(role.hints[question.id], audience):
            lines.append(f"Voor deze rol: {role.hints[question.id]}")
        if not student:
            lines.extend(f"Op jouw school: {note}" for note in k.notes_for(role.id, question.id))
            if question.id == "erkenning" and framing(k, "recognition"):
                lines.append(framing(k, "recognition"))
        replies.append(Reply("\n".join(lines)))
    if k.new_role_note and not role.outside_school and not student:
        replies.append(Reply("Bedenk: in een nieuwe rol ben je even weer beginner. Vraag daarom om een goede start."))
    closing = STUDENT_ELSEWHERE if student else ASK_ELSEWHERE
    note = "" if student else framing(k, "ownership")
    replies.append(Reply(closing + (f"\n{note}" if note else ""), [button("Zet het op een rij", "request_summary")]))
    return replies


def ready_now(role: Role, stage: Optional[str]) -> Reply:
    """Whether the chosen role suits the user's stage now, from the stages the knowledge gives it."""
    fits = join_or([STAGE_FITS[s] for s in role.stages])
    if stage in role.stages or (stage == "meester" and "ervaren" in role.stages):
        line = f"Ja, {role.name} past bij je fase. Bespreek met je leidinggevende hoe je kunt beginnen."
    else:
        line = (f"{role.name} past vooral als je {fits}. Je kunt wel klein beginnen: meekijken bij iemand die het "
                "al doet, of een klein stukje oppakken. Vraag je leidinggevende wat nu al kan.")
    hint = role.hints.get("toelating")
    return Reply(f"{line}\n{hint}" if hint else line, [button("Vier vragen voor deze rol", "choose_role", role=role.id)])


# --- choices, corrections, restarts -----------------------------------------------------------------------------


def pick_a_role(suggested: Sequence[Role], audience: Optional[str] = None) -> Reply:
    return Reply(f"Fijn! Welke rol spreekt je het meest aan? Dan krijg je de vier vragen voor {who_to_ask(audience)}.",
                 role_buttons(suggested))


def unknown_choice(candidates: Sequence[Role]) -> Reply:
    if candidates:
        return Reply("Welke rol bedoel je? Kies er een:", role_buttons(candidates))
    return Reply("Welke rol bedoel je? Noem de rol, of laten we eerst kijken wat bij je past.",
                 [button("Wat past bij mij?", "start_orientation")])


def restarted() -> Reply:
    return Reply("Goed, we beginnen opnieuw. Wat je eerder vertelde, gebruik ik niet meer.")


def correction_done(what: str = "") -> Reply:
    return Reply(f"Dank je, ik heb het aangepast{': ' + what if what else ''}.")


def something_new() -> Reply:
    return Reply("Je zoekt iets nieuws, niet wat je al doet. Dan laat ik die rollen weg en kijk ik verder.")


def nothing_new_left() -> Reply:
    return Reply("Je zoekt iets nieuws. Met wat je me vertelde zie ik geen andere rollen meer. Kijk eens welk "
                 "domein je trekt, of vertel waar je nog meer energie van krijgt.",
                 [button("De vier domeinen", "ask_domains"), button("Wat past bij mij?", "start_orientation")])


def forgot(topic: str, removed: bool) -> Reply:
    """After "vergeet wat ik over mijn klassen zei": what went, and that the rest stays."""
    if not removed:
        return Reply(f"Over '{topic}' had ik niets bewaard. De rest van ons gesprek blijft staan; met 'vergeet mij' "
                     "wis je alles.")
    return Reply(f"Goed, wat je over '{topic}' zei, ben ik vergeten. De rest van ons gesprek blijft staan.")


def corrected_same_suggestions(roles: Sequence[Role]) -> Reply:
    return Reply("Dank je, ik heb het aangepast. Mijn tips blijven hetzelfde. Welke rol spreekt je aan?",
                 role_buttons(roles))


def ask_correction() -> Reply:
    return Reply("Wat klopt er niet? Vertel het me, bijvoorbeeld 'ik ben geen mentor meer' of 'ik sta 8 jaar voor de klas'.")


def audience_denied() -> Reply:
    return Reply("Sorry, dan had ik dat verkeerd. Wat past wel bij je?", ask_audience().buttons)


def rejected(names: Sequence[str]) -> Reply:
    return Reply(f"Helder, dan laat ik {join(names)} voortaan weg.")


# --- the conversation preparation --------------------------------------------------------------------------------

SUMMARY_TITLES = {
    "student": "Voorbereiding voor je LOB-gesprek",
    "zij_instromer": "Gespreksvoorbereiding voor je leidinggevende en je opleiding",
}


def _bullets(items: Sequence[str]) -> List[str]:
    return [f"- {upper_first(item)}" for item in items]


def summary(k: Knowledge, profile: Profile, directions: Sequence[dict], chosen: Optional[Role]) -> str:
    """A plain-text preparation for the talk with the manager (a student's LOB-gesprek): statements about the
    user in their key words, never their questions, distress, rejected items or replaced facts."""
    student = profile.audience == "student"
    lines = [SUMMARY_TITLES.get(profile.audience or "", "Gespreksvoorbereiding voor je jaargesprek"), ""]
    about = []
    if profile.audience:
        about.append(f"Ik ben {AUDIENCE_LABELS[profile.audience]}")
    if profile.sector:
        about.append(f"in het {SECTOR_LABELS.get(profile.sector, profile.sector)}")
    if profile.years is not None and profile.audience != "student":
        about.append(f"en werk {profile.years} jaar in het onderwijs")
    if profile.stage in STAGE_LABELS:
        about.append(f"(fase: {STAGE_LABELS[profile.stage]})")
    if about:
        lines.append("Over mij: " + " ".join(about) + ".")
    if profile.teaching:
        lines.append(f"Mijn lesgeven: {'; '.join(profile.items('teaching'))}.")
    elif profile.subjects:
        lines.append(f"Mijn vak: {join(profile.items('subjects'))}.")
    sections = (("Hier krijg ik energie van:", profile.items("passions")),
                ("Wat ik nu doe naast het lesgeven:" if not student else "Wat ik doe op mijn stage:",
                 profile.items("tasks")),
                ("Wat ik eerder deed:", profile.items("earlier_work")),
                ("Wat ik wil:", profile.items("wishes") + profile.items("management_wishes")))
    for title, items in sections:
        if items:
            lines += ["", title, *_bullets(items)]
    if directions:
        lines += ["", "Richtingen om te groeien:"]
        for direction in directions:
            roles = [k.roles[r].name for r in direction.get("roles", []) if r in k.roles]
            if direction.get("kind") in ("buiten_school", "op_termijn"):
                head = KIND_LABELS[direction["kind"]]
            else:
                domain = k.domains.get(direction.get("domain") or "")
                head = f"{KIND_LABELS.get(direction.get('kind'), '')} ({lower_first(domain.name) if domain else ''})"
            lines.append(f"- {head}: {join(roles)}")
    if chosen:
        asks_title = "Vragen voor mijn stagebegeleider, slb'er of opleider:" if student else \
            "Vragen voor mijn leidinggevende:"
        lines += ["", f"Gekozen rol: {chosen.name}", f"Wat je doet: {chosen.explanation}", "", asks_title]
        for question in k.questions.values():
            lines.append(f"{question.name}: {question.title}")
            asks = question.questions_for_student if student and question.questions_for_student else \
                question.questions_for_manager[:3]
            lines.extend(f"  - {q}" for q in asks)
            if question.id in chosen.hints and _hint_fits(chosen.hints[question.id], profile.audience):
                lines.append(f"  - Let op: {chosen.hints[question.id]}")
            if not student:
                lines.extend(f"  - Op school: {note}" for note in k.notes_for(chosen.id, question.id))
    if len(lines) <= 2:
        return ""
    closing = framing(k, "school_policy") or ""
    lines += ["", "Gemaakt met Loopbaanwijzer, op basis van 'Een beroepsbeeld voor de leraar' (2017)."
              + (f" {closing}" if closing else "")]
    return "\n".join(lines)


def empty_summary() -> Reply:
    return Reply("Ik heb nog niets om samen te vatten. Zullen we eerst kijken wat bij je past?",
                 [button("Wat past bij mij?", "start_orientation")])
