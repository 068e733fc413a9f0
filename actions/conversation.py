"""Glue between Rasa trackers and the pure logic: profile from slots, sending replies."""
from __future__ import annotations

import re
from typing import Any, Dict, Iterable, List, Optional

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.knowledge import STAGE_IDS
from actions.replies import Reply
from actions.suggestions import Profile

PROFILE_SLOTS = ("audience", "sector", "stage", "passions", "tasks", "excluded_roles", "followup_asked")
_QUESTION_WORDS = re.compile(r"^\s*(wat|hoe|welke|welk|wie|waar|waarom|wanneer|kan|kun|mag|is|zijn|vertel|leg|uitleg|info)\b", re.I)


def send(dispatcher: CollectingDispatcher, replies: Iterable[Reply] | Reply) -> None:
    if isinstance(replies, Reply):
        replies = [replies]
    for reply in replies:
        if reply.buttons:
            dispatcher.utter_message(text=reply.text, buttons=reply.buttons)
        else:
            dispatcher.utter_message(text=reply.text)


def profile_from(tracker: Tracker) -> Profile:
    return Profile(
        audience=tracker.get_slot("audience"),
        # "onbekend": the user could not say; suggestions then do not filter on stage.
        stage=tracker.get_slot("stage") if tracker.get_slot("stage") in STAGE_IDS else None,
        passions=tracker.get_slot("passions"),
        tasks=tracker.get_slot("tasks"),
        sector=tracker.get_slot("sector"),
        excluded_roles=tuple(tracker.get_slot("excluded_roles") or ()),
    )


def user_text(tracker: Tracker) -> str:
    """What the user typed; empty for button payloads such as '/choose_role{...}'."""
    text = (tracker.latest_message or {}).get("text") or ""
    return "" if text.startswith("/") else text


def intent_of(tracker: Tracker) -> Optional[str]:
    return ((tracker.latest_message or {}).get("intent") or {}).get("name")


def entity_values(tracker: Tracker, entity: str) -> List[str]:
    values: List[str] = []
    for item in (tracker.latest_message or {}).get("entities") or []:
        if item.get("entity") == entity and item.get("value") is not None:
            value = str(item["value"])
            if value not in values:
                values.append(value)
    return values


def entity_texts(tracker: Tracker, entity: str) -> List[str]:
    """The words the user typed for an entity (before synonym mapping)."""
    text = (tracker.latest_message or {}).get("text") or ""
    found = []
    for item in (tracker.latest_message or {}).get("entities") or []:
        if item.get("entity") == entity and item.get("start") is not None and not text.startswith("/"):
            found.append(text[item["start"] : item["end"]])
    return found


def looks_like_question(text: str) -> bool:
    return "?" in text or bool(_QUESTION_WORDS.search(text))


def directions_slot(tracker: Tracker) -> List[Dict[str, Any]]:
    value = tracker.get_slot("directions")
    return value if isinstance(value, list) else []
