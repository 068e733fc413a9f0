"""Glue between Rasa trackers and the pure logic: the reading of the latest message, the context it was
written in, the profile from the slots, and sending replies."""
from __future__ import annotations

from typing import Any, Dict, Iterable, List, Optional

from rasa_sdk import Tracker
from rasa_sdk.events import FollowupAction
from rasa_sdk.executor import CollectingDispatcher

from actions.context import Context, context_from
from actions.knowledge import Role, get_knowledge
from actions.profile import Profile
from actions.reading import Reading, read
from actions.replies import Reply


def send(dispatcher: CollectingDispatcher, replies: Iterable[Reply] | Reply) -> None:
    if isinstance(replies, Reply):
        replies = [replies]
    for reply in replies:
        if reply.buttons:
            dispatcher.utter_message(text=reply.text, buttons=reply.buttons)
        else:
            dispatcher.utter_message(text=reply.text)


def context_of(tracker: Tracker) -> Context:
    """The context the latest message was written in."""
    return context_from(tracker.slots, tracker.events, tracker.active_loop_name, includes_message=True)


def reading_of(tracker: Tracker) -> Reading:
    """The reading the Rasa server made of the latest message (bot/runtime/message_reading.py); read here only
    when it is missing (a model without that component)."""
    latest = tracker.latest_message or {}
    reading = Reading.from_dict(latest.get("reading"))
    if reading is None:
        reading = read(latest.get("text") or "", context_of(tracker))
    return reading


def slots_set_this_turn(tracker: Tracker) -> Dict[str, Any]:
    """Slots set since the latest user message (by the profile update)."""
    found: Dict[str, Any] = {}
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            break
        if event.get("event") == "slot":
            found.setdefault(event.get("name"), event.get("value"))
    return found


def profile_of(tracker: Tracker) -> Profile:
    return Profile.from_slots(tracker.slots)


def intent_of(tracker: Tracker) -> Optional[str]:
    return ((tracker.latest_message or {}).get("intent") or {}).get("name")


def user_text(tracker: Tracker) -> str:
    """What the user typed; empty for button payloads such as '/choose_role{...}'."""
    text = (tracker.latest_message or {}).get("text") or ""
    return "" if text.startswith("/") else text


def entity_values(tracker: Tracker, entity: str) -> List[str]:
    values: List[str] = []
    for item in (tracker.latest_message or {}).get("entities") or []:
        if item.get("entity") == entity and item.get("value") is not None and str(item["value"]) not in values:
            values.append(str(item["value"]))
    return values


def entity_texts(tracker: Tracker, entity: str) -> List[str]:
    """The words the user typed for an entity (before synonym mapping)."""
    text = user_text(tracker)
    return [text[item["start"]:item["end"]] for item in (tracker.latest_message or {}).get("entities") or []
            if item.get("entity") == entity and item.get("start") is not None and text]


def directions_of(tracker: Tracker) -> List[Dict[str, Any]]:
    value = tracker.get_slot("directions")
    return value if isinstance(value, list) else []


def suggested_roles(tracker: Tracker) -> List[Role]:
    roles = get_knowledge().roles
    ids = [rid for d in directions_of(tracker) for rid in d.get("roles", [])]
    return [roles[rid] for rid in dict.fromkeys(ids) if rid in roles]


def chosen_role(tracker: Tracker) -> Optional[Role]:
    return get_knowledge().roles.get(tracker.get_slot("chosen_role") or "")


def bot_said(tracker: Tracker, text: str) -> bool:
    return any(event.get("event") == "bot" and event.get("text") == text for event in tracker.events)


def introduce_if_first(dispatcher: CollectingDispatcher, tracker: Tracker) -> None:
    """A user who opens with "hoi, ik ben juf in groep 7" still hears who they are talking to."""
    from actions.replies.orientation import INTRODUCTION

    if not any(event.get("event") == "bot" for event in tracker.events):
        send(dispatcher, Reply(INTRODUCTION))


def orientation_goes_on(tracker: Tracker, reading: Reading) -> List[Dict[str, Any]]:
    """A question that came with a story about the user's own work ("3e jaars pabo, stage in groep 6, ik ontwerp
    graag lessen. Welke keuzemodule past daarbij?") is answered; then the orientation reads that story on."""
    if tracker.active_loop_name or directions_of(tracker) or reading.profile_fact_count() < 2:
        return []
    return [FollowupAction("orientation_form")]
