"""Build real rasa_sdk Trackers and run actions with a real CollectingDispatcher.

`make_tracker` builds a tracker mid-conversation; `play` runs one whole user turn the way the servers do:
the message is read in its context and its intent set right (what bot/runtime/message_reading.py does in the
Rasa server), the profile update runs (what action_extract_slots does), then the action the rules pick for
the intent (data/rules.yml) answers.
"""
import asyncio
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, Iterable, List, Optional

import yaml
from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import knowledge_actions, orientation_actions, privacy_actions, profile_actions
from actions.context import context_from
from actions.reading import read
from actions.rerouting import route

ROOT = Path(__file__).resolve().parent.parent
DOMAIN = yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))
PROFILE_SLOT_NAMES = [name for name in DOMAIN["slots"]]
LIST_SLOTS = {name for name, spec in DOMAIN["slots"].items() if spec.get("type") == "list"}


def entity(name: str, value: str, text: Optional[str] = None, start: Optional[int] = None) -> Dict[str, Any]:
    item = {"entity": name, "value": value}
    if text is not None:
        item.update({"start": start or 0, "end": (start or 0) + len(text)})
    return item


def _slot_values(slots: Optional[Dict[str, Any]]) -> Dict[str, Any]:
    values = {name: None for name in PROFILE_SLOT_NAMES}
    values["requested_slot"] = None
    for name, value in (slots or {}).items():
        # Tests may write a list slot as one phrase.
        values[name] = [value] if name in LIST_SLOTS and isinstance(value, str) else value
    return values


def make_tracker(
    text: str = "",
    intent: Optional[str] = None,
    entities: Iterable[Dict[str, Any]] = (),
    slots: Optional[Dict[str, Any]] = None,
    active_loop: Optional[str] = None,
    sender_id: str = "test-sender",
    first_turn: bool = False,
    last_bot_messages: Iterable[Dict[str, Any]] = (),
    reading: Optional[Dict[str, Any]] = None,
) -> Tracker:
    """A tracker mid-conversation (the assistant already spoke once, or said `last_bot_messages`: dispatcher
    messages with their buttons), or at its very first turn, with `text` as the latest user message."""
    latest = {"text": text, "intent": {"name": intent, "confidence": 0.95}, "entities": list(entities)}
    if reading is not None:
        latest["reading"] = reading
    loop = {"name": active_loop} if active_loop else {}
    events = [] if first_turn else [{"event": "bot", "text": "Hoi!"}]
    events += [{"event": "bot", "text": m.get("text"), "data": {"buttons": m.get("buttons") or []}}
               for m in last_bot_messages]
    events.append({"event": "user", "text": text, "parse_data": latest})
    return Tracker(sender_id, _slot_values(slots), latest, events, False, None, loop, "action_listen")


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


# --- one whole turn ----------------------------------------------------------------------------------------

ACTIONS = {cls().name(): cls for module in (profile_actions, orientation_actions, knowledge_actions, privacy_actions)
           for cls in vars(module).values()
           if isinstance(cls, type) and issubclass(cls, Action) and cls.__module__ == module.__name__
           and not cls.__name__.startswith("_")}


def _rule_actions() -> Dict[str, List[str]]:
    """For each intent outside the form, the actions its rule runs (data/rules.yml)."""
    rules = yaml.safe_load((ROOT / "data" / "rules.yml").read_text(encoding="utf-8"))["rules"]
    found: Dict[str, List[str]] = {}
    for rule in rules:
        if rule.get("condition"):
            continue
        steps = rule["steps"]
        intents = [s["intent"] for s in steps[:1] if "intent" in s] or \
                  [o["intent"] for s in steps[:1] for o in s.get("or", []) if "intent" in o]
        actions = [s["action"] for s in steps[1:] if "action" in s]
        for intent in intents:
            found.setdefault(intent, actions)
    return found


RULE_ACTIONS = _rule_actions()


@dataclass
class Turn:
    intent: str  # after the rerouting
    reading: Dict[str, Any]
    tracker: Tracker  # after the profile update
    events: List[Dict[str, Any]]  # every event the turn's actions returned
    dispatcher: CollectingDispatcher = field(default_factory=CollectingDispatcher)

    @property
    def text(self) -> str:
        return texts(self.dispatcher)

    @property
    def buttons(self) -> List[Dict[str, str]]:
        return buttons(self.dispatcher)

    @property
    def slots(self) -> Dict[str, Any]:
        return {**self.tracker.slots, **slot_events(self.events)}


def play(text: str, intent: str = "nlu_fallback", slots: Optional[Dict[str, Any]] = None,
         active_loop: Optional[str] = None, last_bot_messages: Iterable[Dict[str, Any]] = (),
         entities: Iterable[Dict[str, Any]] = (), action: Optional[str] = None, first_turn: bool = False) -> Turn:
    """One user turn: read and route the message, update the profile, run `action` or the rule's custom action
    for the routed intent. `intent` is what the classifier said."""
    before = make_tracker(text, intent, entities, slots, active_loop, first_turn=first_turn,
                          last_bot_messages=last_bot_messages)
    context = context_from(before.slots, before.events, active_loop, includes_message=True)
    reading = read(text, context)
    routed = route(intent, reading, context)
    all_entities = [e for e in entities if e["entity"] not in routed.entities]
    all_entities += [{"entity": k, "value": v, "extractor": "MessageReading"} for k, v in routed.entities.items()]
    tracker = make_tracker(text, routed.intent, all_entities, slots, active_loop, first_turn=first_turn,
                           last_bot_messages=last_bot_messages, reading=reading.as_dict())
    _, update = run_action(profile_actions.ActionUpdateProfile(), tracker)
    tracker.slots.update(slot_events(update))
    tracker.events.extend(update)
    turn = Turn(routed.intent, reading.as_dict(), tracker, list(update))
    names = [action] if action else [name for name in RULE_ACTIONS.get(routed.intent, []) if name in ACTIONS][:1]
    for name in names:
        events = asyncio.run(ACTIONS[name]().run(turn.dispatcher, tracker, DOMAIN))
        turn.events.extend(events)
    return turn
