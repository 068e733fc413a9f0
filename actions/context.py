"""Where the conversation stands when a message arrives: what was asked, which buttons and roles were offered.

A message means more than its words: "de tweede" needs the list just shown, "6" needs the question "hoe lang
werk je al?", a typed "Alleen lesgeven" needs the button it copies. The Rasa server (the NLU component that
reads each message) and the action server build this from their own kind of tracker; both go through
`context_from`, which takes the slots and the events as plain dicts.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any, Dict, Iterable, List, Mapping, Optional

_ROLE_IN_PAYLOAD = re.compile(r'"role":\s*"([^"]+)"')


@dataclass(frozen=True)
class Context:
    requested_slot: Optional[str] = None
    active_loop: Optional[str] = None
    buttons: tuple = ()  # (title, payload) of the assistant's last turn
    suggested_roles: tuple = ()  # role ids of the suggestions, in the order shown
    chosen_role: Optional[str] = None
    audience: Optional[str] = None
    stage: Optional[str] = None
    has_profile: bool = False  # anything about the user is known
    first_turn: bool = True  # the assistant has said nothing yet

    @property
    def offered_roles(self) -> List[str]:
        """Role ids on the buttons just shown (a domain's roles, one role's info, the suggestions)."""
        found: List[str] = []
        for _, payload in self.buttons:
            match = _ROLE_IN_PAYLOAD.search(payload or "")
            if match and match.group(1) not in found:
                found.append(match.group(1))
        return found

    @property
    def has_suggestions(self) -> bool:
        return bool(self.suggested_roles)


PROFILE_FACT_SLOTS = ("audience", "sector", "stage", "subjects", "passions", "tasks", "earlier_work", "wishes")


def context_from(slots: Mapping[str, Any], events: Iterable[Mapping[str, Any]], active_loop: Optional[str],
                 includes_message: bool = True) -> Context:
    """The context in which the latest user message was written. `events` are the conversation's events as
    dicts, oldest first; with `includes_message` the last user event is that message (the action server),
    without it the message has not been added yet (the Rasa server, while parsing it)."""
    events = list(events)
    last_user = max((i for i, e in enumerate(events) if e.get("event") == "user"), default=None)
    before = events[:last_user] if includes_message and last_user is not None else events
    buttons: List[tuple] = []
    for event in reversed(before):
        if event.get("event") == "user":
            break
        if event.get("event") == "bot":
            for button in reversed((event.get("data") or {}).get("buttons") or []):
                buttons.insert(0, (str(button.get("title") or ""), str(button.get("payload") or "")))
    directions = slots.get("directions")
    suggested: List[str] = []
    if isinstance(directions, list):
        for direction in directions:
            for role_id in (direction or {}).get("roles", []) if isinstance(direction, dict) else []:
                if role_id not in suggested:
                    suggested.append(role_id)
    return Context(
        requested_slot=slots.get("requested_slot") if active_loop else None,
        active_loop=active_loop or None,
        buttons=tuple(buttons),
        suggested_roles=tuple(suggested),
        chosen_role=slots.get("chosen_role") or None,
        audience=slots.get("audience") or None,
        stage=slots.get("stage") or None,
        has_profile=any(slots.get(name) for name in PROFILE_FACT_SLOTS),
        first_turn=not any(e.get("event") == "bot" for e in before),
    )


def parse_payload(text: str) -> Optional[Dict[str, Any]]:
    """'/choose_role{"role": "mentor"}' -> {"intent": "choose_role", "entities": {"role": "mentor"}}."""
    match = re.match(r"^/(\w+)(\{.*\})?\s*$", (text or "").strip(), re.S)
    if not match:
        return None
    entities: Dict[str, Any] = {}
    if match.group(2):
        try:
            value = json.loads(match.group(2))
            entities = value if isinstance(value, dict) else {}
        except ValueError:
            entities = {}
    return {"intent": match.group(1), "entities": entities}
