"""Which role does the user mean: named, typed with a typo, or by its place among the suggestions."""
import re
from typing import List, Optional

from rasa_sdk import Tracker

from actions.conversation import directions_slot, entity_texts, entity_values, user_text
from actions.knowledge import Role, get_knowledge
from actions.matching import NAME_WEIGHT, get_matcher

_ROLE_QUESTION = re.compile(
    r"^(wat|wie|hoe)\s+(doet|is|zijn|houdt|betekent|word|wordt|werkt)\s+(je\s+als\s+|een\s+|de\s+|het\s+)?(?P<what>.+?)"
    r"(\s+(in|inhoud|precies|eigenlijk|zoal|dan))*\s*\??$",
    re.I,
)


def mentioned_role(tracker: Tracker) -> Optional[Role]:
    """The role the latest message names: entity first, then the matcher on the text."""
    knowledge = get_knowledge()
    for value in entity_values(tracker, "role") + entity_texts(tracker, "role"):
        role = knowledge.roles.get(value) or knowledge.role(value)
        if role:
            return role
    text = user_text(tracker)
    if text:
        hits = get_matcher().match(text).roles
        if hits and hits[0].score >= NAME_WEIGHT * 0.8:
            return knowledge.roles[hits[0].id]
    return None


_ORDINALS = {
    "eerste": 0, "1": 0, "1e": 0, "tweede": 1, "2": 1, "2e": 1, "derde": 2, "3": 2, "3e": 2,
    "vierde": 3, "4": 3, "vijfde": 4, "5": 4, "laatste": -1, "bovenste": 0, "onderste": -1,
}


def suggested_roles(tracker: Tracker) -> List[Role]:
    knowledge = get_knowledge()
    ids = [rid for d in directions_slot(tracker) for rid in d.get("roles", [])]
    return [knowledge.roles[rid] for rid in ids if rid in knowledge.roles]


def resolve_role(tracker: Tracker) -> Optional[Role]:
    """The role meant: named in the message, or by its place among the suggestions ('de tweede')."""
    role = mentioned_role(tracker)
    suggested = suggested_roles(tracker)
    if role is None and suggested:
        for word in re.findall(r"\w+", user_text(tracker).lower()):
            if word in _ORDINALS and _ORDINALS[word] < len(suggested):
                return suggested[_ORDINALS[word]]
    return role


def asked_role_text(tracker: Tracker) -> str:
    texts = entity_texts(tracker, "role")
    if texts:
        return texts[0]
    match = _ROLE_QUESTION.match(user_text(tracker).strip())
    return match.group("what").strip(" ?") if match else ""
