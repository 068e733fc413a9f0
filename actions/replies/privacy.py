"""What happens with the conversation: who can read it, how long it is kept, what is known, deleting."""
from __future__ import annotations

from typing import Optional

from actions.knowledge import Role
from actions.profile import Profile
from actions.replies.common import AUDIENCE_LABELS, SECTOR_LABELS, STAGE_LABELS, Reply, button, join

SORRY_NOT_UNDERSTOOD = (
    "Sorry, dan heb ik je niet goed begrepen. Probeer het eens in andere woorden, of kies hieronder wat je zoekt."
)


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


def what_i_know(profile: Profile, chosen: Optional[Role]) -> Reply:
    """Everything this conversation keeps about the user, in their words: nothing more is stored."""
    lines = []
    if profile.audience:
        where = f" in het {SECTOR_LABELS.get(profile.sector, profile.sector)}" if profile.sector else ""
        lines.append(f"- Je bent {AUDIENCE_LABELS[profile.audience]}{where}.")
    elif profile.sector:
        lines.append(f"- Je werkt in het {SECTOR_LABELS.get(profile.sector, profile.sector)}.")
    if profile.years is not None:
        lines.append(f"- Je werkt {profile.years} jaar in het onderwijs.")
    if profile.stage in STAGE_LABELS:
        lines.append(f"- Je fase: {STAGE_LABELS[profile.stage]}.")
    if profile.teaching:
        lines.append(f"- Wat je geeft: {'; '.join(profile.items('teaching'))}")
    elif profile.subjects:
        lines.append(f"- Je vak: {join(profile.items('subjects'))}.")
    for label, name in (("Je krijgt energie van", "passions"), ("Wat je nu doet", "tasks"),
                        ("Wat je eerder deed", "earlier_work"), ("Wat je wilt", "wishes"),
                        ("Wat je wilt", "management_wishes")):
        if profile.items(name):
            lines.append(f"- {label}: {'; '.join(profile.items(name))}")
    if chosen:
        lines.append(f"- De rol die je koos: {chosen.name}.")
    if not lines:
        return Reply("Ik weet niets van je: je hebt nog niets over jezelf verteld, of het is gewist. Je naam vraag ik "
                     "ook niet.", [button("Wat past bij mij?", "start_orientation")])
    return Reply("Dit weet ik van je, uit dit gesprek:\n" + "\n".join(lines)
                 + "\nMeer niet, en je naam ken ik niet. Met 'vergeet mij' wis je het meteen.",
                 [button("Vergeet mij", "forget_me"), button("Zet het op een rij", "request_summary")])


def confirm_forget() -> Reply:
    return Reply("Wil je dat ik alles van dit gesprek wis? Klik dan op 'Ja, wis alles'. Bedoelde je iets anders, "
                 "dan gaan we gewoon verder.", [button("Ja, wis alles", "forget_me")])


def forgotten() -> Reply:
    return Reply("Ik heb alles van dit gesprek gewist. Ik weet nu niets meer van je. Je kunt opnieuw beginnen "
                 "wanneer je wilt.", [button("Opnieuw beginnen", "start_orientation")])
