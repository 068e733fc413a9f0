"""Which role does the user mean: named, typed with a typo, or by its place among the suggestions."""
import re
from typing import List, Optional

from rasa_sdk import Tracker

from actions.conversation import directions_slot, entity_texts, entity_values, looks_like_question, user_text
from actions.knowledge import Role, get_knowledge
from actions.matching import NAME_WEIGHT, get_matcher

_ROLE_QUESTION = re.compile(
    r"^(wat|wie|hoe)\s+(doet|is|zijn|houdt|betekent|word|wordt|werkt)\s+(je\s+als\s+|een\s+|de\s+|het\s+)?(?P<what>.+?)"
    r"(\s+(in|inhoud|precies|eigenlijk|zoal|dan))*\s*\??$",
    re.I,
)


_POSSESSIVE = r"\b(mijn|m'n|je|jouw|onze|ons|hun|haar|zijn)\s+"


def _addressed(text: str, words: str) -> bool:
    """'aan mijn stagebegeleider vragen': a person the user talks about, not a role they ask about."""
    return bool(words) and re.search(_POSSESSIVE + re.escape(words.lower()), text.lower()) is not None


def mentioned_role(tracker: Tracker) -> Optional[Role]:
    """The role the latest message names: entity first, then the matcher on the text."""
    knowledge = get_knowledge()
    text = user_text(tracker)
    typed = entity_texts(tracker, "role")
    if not any(_addressed(text, words) for words in typed):
        for value in entity_values(tracker, "role") + typed:
            role = knowledge.roles.get(value) or knowledge.role(value)
            if role:
                return role
    if text:
        for hit in get_matcher().match(text).roles[:3]:
            if hit.score >= NAME_WEIGHT * 0.8 and not any(_addressed(text, quote) for quote in hit.evidence):
                return knowledge.roles[hit.id]
    return None


_ORDINALS = {
    "eerste": 0, "1": 0, "1e": 0, "tweede": 1, "2": 1, "2e": 1, "derde": 2, "3": 2, "3e": 2,
    "vierde": 3, "4": 3, "vijfde": 4, "5": 4, "laatste": -1, "bovenste": 0, "onderste": -1,
}


def suggested_roles(tracker: Tracker) -> List[Role]:
    knowledge = get_knowledge()
    ids = [rid for d in directions_slot(tracker) for rid in d.get("roles", [])]
    return [knowledge.roles[rid] for rid in ids if rid in knowledge.roles]


# Words that make a message about one of the suggestions a choice ("dat ict ding lijkt me wel wat").
_CHOICE_CUE = re.compile(
    r"\b(lijkt|spreekt|trekt|kies|neem|pak|ga (ik )?voor|doe maar|doe die|die van|dat van|die met|dat met|"
    r"die rol|dat ding|die lijkt|wordt het|wil ik wel|past het best|het meest|het leukst|interessant)\b")

_NEGATION = re.compile(r"\b(niet|geen|nooit|liever niet)\b")


def loose_candidates(text: str, suggested: List[Role]) -> List[Role]:
    """The suggested roles the text points at in its own words ('leerlijnen', 'dat ict ding').

    Only the roles on offer count, so one loose word is enough; equal matches all come back, for the
    user to pick from.
    """
    if not text or not suggested:
        return []
    on_offer = {r.id: r for r in suggested}
    hits = [h for h in get_matcher().match(text).roles if h.id in on_offer]
    if not hits:
        return []
    best = max(h.score for h in hits)
    return [on_offer[h.id] for h in hits if h.score >= best * 0.75]


def loosely_chosen_role(tracker: Tracker, needs_cue: bool = True) -> Optional[Role]:
    """After the suggestions: a statement that picks exactly one of them in loose words."""
    text = user_text(tracker)
    if not text or looks_like_question(text) or _NEGATION.search(text.lower()):
        return None  # "die met de mr spreekt me niet aan" is no choice
    if needs_cue and not _CHOICE_CUE.search(text.lower()):
        return None
    candidates = loose_candidates(text, suggested_roles(tracker))
    return candidates[0] if len(candidates) == 1 else None


def roles_just_offered(tracker: Tracker) -> List[Role]:
    """The roles on the buttons of the assistant's last turn (a domain's roles, one role's info), in order."""
    knowledge = get_knowledge()
    events = list(tracker.events)
    # The latest user event is the message being answered; the turn before it is what the user saw.
    latest_user = max((i for i, e in enumerate(events) if e.get("event") == "user"), default=len(events))
    roles: List[Role] = []
    for event in reversed(events[:latest_user]):
        if event.get("event") == "user":
            break
        if event.get("event") != "bot":
            continue
        for button in reversed((event.get("data") or {}).get("buttons") or []):
            match = re.search(r'"role":\s*"([^"]+)"', button.get("payload") or "")
            role = knowledge.roles.get(match.group(1)) if match else None
            if role and role not in roles:
                roles.insert(0, role)
    return roles


# "die wil ik", "dat lijkt me wat": pointing at what was just shown.
_POINTING = re.compile(r"\b(die|dat|deze|dit|daar|daarvoor)\b")


def resolve_role(tracker: Tracker) -> Optional[Role]:
    """The role meant: named in the message, by its place in the list just shown or among the suggestions
    ('de tweede'), pointed at right after its explanation ('die wil ik'), or in loose words that fit one of
    the suggestions ('die met de leerlijnen')."""
    role = mentioned_role(tracker)
    if role is not None:
        return role
    text = user_text(tracker).lower()
    offered = roles_just_offered(tracker)
    listed = offered if len(offered) > 1 else suggested_roles(tracker)
    for word in re.findall(r"\w+", text):
        if word in _ORDINALS and _ORDINALS[word] < len(listed):
            return listed[_ORDINALS[word]]
    if len(offered) == 1 and _POINTING.search(text) and len(text.split()) <= 8:
        return offered[0]
    candidates = loose_candidates(user_text(tracker), suggested_roles(tracker))
    return candidates[0] if len(candidates) == 1 else None


def asked_role_text(tracker: Tracker) -> str:
    texts = entity_texts(tracker, "role")
    if texts:
        return texts[0]
    match = _ROLE_QUESTION.match(user_text(tracker).strip())
    return match.group("what").strip(" ?") if match else ""


# Generic heads of Dutch role compounds: in "leescoördinator" the part before the head says what it is about.
_ROLE_HEAD = re.compile(
    r"(co[öo]rdinator|specialist|expert|deskundige|coach|begeleider|leider|trekker|functionaris|adviseur|"
    r"consulent|ambassadeur|docent|leraar|juf|meester)$")
# Shorter than this, the part before the head says too little to look up ("ib").
_MIN_TOPIC = 3


def _roles_for(words: str) -> List[Role]:
    knowledge = get_knowledge()
    return [knowledge.roles[h.id] for h in get_matcher().match(words).roles[:3]] if words else []


def _roles_with_keyword_starting(prefix: str) -> List[Role]:
    """'lees' -> the roles with 'leesbevordering' or 'leesplezier' among their keywords."""
    if len(prefix) < 4:
        return []
    return [r for r in get_knowledge().roles.values()
            if any(word.startswith(prefix) for keyword in r.keywords for word in keyword.split())]


def closest_known_roles(asked: str, text: str = "", n: int = 3) -> List[Role]:
    """Known roles closest to a role the knowledge does not have, for an honest "ken ik niet" with options.

    By meaning first (the words of the name, then the topic before a generic head such as 'coördinator'),
    and only then by spelling, which would make "leescoördinator" look like "excursies coördineren".
    """
    words = " ".join(re.findall(r"[\w'-]+", (asked or "").lower()))
    found: List[Role] = []

    def add(roles: List[Role]) -> None:
        found.extend(r for r in roles if r not in found)

    add(_roles_for(words))
    topic = _ROLE_HEAD.sub("", words.replace(" ", "").replace("-", "")) if _ROLE_HEAD.search(words) else ""
    if len(topic) >= _MIN_TOPIC:
        add(_roles_for(topic + "en"))  # "pest" -> "pesten", "reken" -> "rekenen"
        add(_roles_for(topic))
        if not found:
            add(_roles_with_keyword_starting(topic))
    if not found and words:
        add(get_knowledge().closest_roles(words, n))
    if not found and text:
        add(_roles_for(text))
    return found[:n]


# "als ik leescoördinator wil worden", "om teamleider te worden", "voor de rol van conrector".
_WISHED_ROLE = re.compile(
    r"\b(?:als ik|om|wil|ga|zou)\s+(?:graag\s+)?(?:een\s+|de\s+)?(?P<a>[\w'-]{4,})\s+(?:wil\s+|zou\s+|ga\s+)?(?:te\s+)?"
    r"(?:worden|word|wordt|starten)\b"
    r"|\brol (?:van|als)\s+(?:een\s+)?(?P<b>[\w'-]{4,})")
_NOT_A_ROLE = {"beter", "leraar", "docent", "meester", "juf", "ervaren", "startend", "iets", "wat", "ook", "eerst",
               "later", "misschien", "eigenlijk", "echt", "weer", "verder", "zelf"}


def wished_role_text(text: str) -> str:
    """The role the user wants to move to, in their own words; empty when they name none."""
    match = _WISHED_ROLE.search((text or "").lower())
    if not match:
        return ""
    words = match.group("a") or match.group("b")
    return "" if words in _NOT_A_ROLE else words
