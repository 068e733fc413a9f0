"""Build real rasa_sdk Trackers and run actions with a real CollectingDispatcher."""
import asyncio
from pathlib import Path
from typing import Any, Dict, Iterable, List, Optional

import yaml
from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

DOMAIN = yaml.safe_load((Path(__file__).resolve().parent.parent / "domain.yml").read_text(encoding="utf-8"))
PROFILE_SLOT_NAMES = [name for name in DOMAIN["slots"]]


def entity(name: str, value: str, text: Optional[str] = None, start: Optional[int] = None) -> Dict[str, Any]:
    item = {"entity": name, "value": value}
    if text is not None:
        item.update({"start": start or 0, "end": (start or 0) + len(text)})
    return item


def make_tracker(
    text: str = "",
    intent: Optional[str] = None,
    entities: Iterable[Dict[str, Any]] = (),
    slots: Optional[Dict[str, Any]] = None,
    active_loop: Optional[str] = None,
    sender_id: str = "test-sender",
    first_turn: bool = False,
    last_bot_messages: Iterable[Dict[str, Any]] = (),
) -> Tracker:
    """A tracker mid-conversation (the assistant already spoke once, or said `last_bot_messages`: dispatcher
    messages with their buttons), or at its very first turn."""
    all_slots = {name: None for name in PROFILE_SLOT_NAMES}
    all_slots["requested_slot"] = None
    all_slots.update(slots or {})
    latest = {"text": text, "intent": {"name": intent, "confidence": 0.95}, "entities": list(entities)}
    loop = {"name": active_loop} if active_loop else {}
    events = [] if first_turn else [{"event": "bot", "text": "Hoi!"}]
    events += [{"event": "bot", "text": m.get("text"), "data": {"buttons": m.get("buttons") or []}}
               for m in last_bot_messages]
    return Tracker(sender_id, all_slots, latest, events, False, None, loop, "action_listen")


def run_action(action: Action, tracker: Tracker):
    """(dispatcher, events) after running the action like the action server does."""
    dispatcher = CollectingDispatcher()
    events = asyncio.run(action.run(dispatcher, tracker, DOMAIN))
    return dispatcher, events


def texts(dispatcher: CollectingDispatcher) -> str:
    return "\n".join(m.get("text") or "" for m in dispatcher.messages)


def buttons(dispatcher: CollectingDispatcher) -> List[Dict[str, str]]:
    return [b for m in dispatcher.messages for b in (m.get("buttons") or [])]


def slot_events(events) -> Dict[str, Any]:
    return {e["name"]: e["value"] for e in events if e.get("event") == "slot"}
