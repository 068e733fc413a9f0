"""Building blocks of every reply: text with buttons, Dutch lists, quotes and bold role names.

The web chat shows **text between double asterisks** in bold, lines starting with "- " or "1. " as lists,
and keeps line breaks; any other channel shows the same text plainly.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Dict, List, Sequence

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
    """A button whose payload triggers an intent (with entities); clicking it is the same as typing its title."""
    payload = f"/{intent}" + (json.dumps(entities, ensure_ascii=False) if entities else "")
    return {"title": title, "payload": payload}


def answer_button(title: str, answer: str = "") -> Dict[str, str]:
    """A button that answers a question in words: its payload is read like a typed message."""
    return {"title": title, "payload": answer or title}


def role_buttons(roles: Sequence, intent: str = "choose_role", limit: int = 6) -> List[Dict[str, str]]:
    return [button(role.name, intent, role=role.id) for role in list(roles)[:limit]]


def main_buttons() -> List[Dict[str, str]]:
    return [
        button("Wat past bij mij?", "start_orientation"),
        button("De vier domeinen", "ask_domains"),
        button("De vier vragen bij een nieuwe rol", "ask_transition_questions"),
        button("Zij-instromen", "ask_side_entry"),
    ]


def bold(text: str) -> str:
    return f"**{text}**"


def join(names: Sequence[str]) -> str:
    names = list(names)
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " en " + names[-1]


def join_or(parts: Sequence[str]) -> str:
    parts = list(parts)
    return ", ".join(parts[:-1]) + " of " + parts[-1] if len(parts) > 1 else "".join(parts)


def quotes(reasons: Sequence[str]) -> str:
    """The user's words, each once ("'toetscoördinator'", not "'Toetscoördinator' en 'toetscoördinator'")."""
    seen, unique = set(), []
    for reason in reasons:
        if reason.lower() not in seen:
            seen.add(reason.lower())
            unique.append(reason)
    return join([f"'{r}'" for r in unique])


def lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text and not text[:2].isupper() else text


def upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]
