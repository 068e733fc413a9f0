"""Roles the knowledge does not have ("leescoördinator", "pestcoördinator"): the closest known ones, by meaning
first and only then by spelling, for an honest "ken ik niet" with options."""
import re
from typing import List

from actions import cues
from actions.knowledge import Role, get_knowledge
from actions.matching import get_matcher
from actions.normalize import normalize

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
    words = " ".join(re.findall(r"[\w'-]+", normalize(asked or "")))
    found: List[Role] = []

    def add(roles: List[Role]) -> None:
        found.extend(r for r in roles if r not in found)

    add(_roles_for(words))
    topic = cues.ROLE_HEAD.sub("", words.replace(" ", "").replace("-", "")) if cues.ROLE_HEAD.search(words) else ""
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
