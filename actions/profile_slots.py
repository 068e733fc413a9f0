"""Turn one user message into slot updates for the profile (used by the form and by corrections)."""
from __future__ import annotations

from typing import Any, Dict, List, Optional

from rasa_sdk import Tracker

from actions.conversation import (
    entity_values,
    intent_of,
    looks_like_question,
    user_text,
)
from actions.knowledge import AUDIENCE_IDS, STAGE_IDS
from actions.matching import Matcher
from actions.profile import (
    detect_audience,
    detect_stage,
    extract_profile,
    is_vague,
    stage_from_answer,
)
from actions.text import normalize

# Intents that are not an answer to the form's question: the form steps aside for them.
ALWAYS_INTERRUPT = {
    "stop_form", "restart_orientation", "forget_me", "request_summary", "choose_role", "help", "bot_challenge",
    "goodbye", "thank", "greet", "out_of_scope", "other_language", "ask_domains", "ask_stages", "ask_growth_paths",
    "ask_transition_questions", "ask_side_entry", "ask_rules",
}
QUESTION_INTERRUPT = {"ask_domain_info", "ask_role_info"}


def is_interruption(tracker: Tracker) -> bool:
    intent = intent_of(tracker)
    if intent in ALWAYS_INTERRUPT:
        return True
    return intent in QUESTION_INTERRUPT and looks_like_question(user_text(tracker))


def _audience_from_entities(tracker: Tracker) -> Optional[str]:
    for value in entity_values(tracker, "audience"):
        if value in AUDIENCE_IDS:
            return value
        found = detect_audience(value) or ("leraar" if normalize(value) in {"leraar", "docent", "leerkracht", "juf"} else None)
        if found:
            return found
    return None


def _stage_from_entities(tracker: Tracker) -> Optional[str]:
    for value in entity_values(tracker, "stage"):
        if value in STAGE_IDS:
            return value
        found = detect_stage(value)
        if found:
            return found
    return None


def _merge_text(old: Optional[str], new: str) -> str:
    if not old or normalize(new) in normalize(old):
        return new if not old else old
    return f"{old}, {new}"


def profile_updates(tracker: Tracker, matcher: Matcher, requested: Optional[str]) -> Dict[str, Any]:
    """Slot values this message gives; an empty dict when it gives none."""
    text = user_text(tracker)
    update = extract_profile(text, matcher, requested)
    slots: Dict[str, Any] = {}

    # While the form waits for another answer, who you are and how long you teach only change when still
    # empty or corrected: an aside in a passions answer is no new fact about you. Said on its own, it counts.
    correcting = intent_of(tracker) == "correct_profile"

    def may_set(slot: str) -> bool:
        return correcting or requested in (slot, None) or not tracker.get_slot(slot)

    # The text says more than a single entity: "ik kom uit de zorg en wil leraar worden" is a side-entrant.
    specific = update.audience if update.audience in ("student", "zij_instromer") else None
    audience = specific or _audience_from_entities(tracker) or update.audience
    if audience and may_set("audience"):
        slots["audience"] = audience
    stage = _stage_from_entities(tracker) or update.stage
    if stage and not may_set("stage"):
        stage = None
    if stage is None and requested == "stage":
        stage = stage_from_answer(text)
    if stage is None and slots.get("audience") == "student" and not tracker.get_slot("stage"):
        stage = "in_opleiding"
    if stage:
        slots["stage"] = stage
    if update.sector:
        slots["sector"] = update.sector

    excluded = list(tracker.get_slot("excluded_roles") or [])
    new_excluded = [r for r in update.excluded_roles if r not in excluded]
    if new_excluded:
        slots["excluded_roles"] = excluded + new_excluded

    asked: List[str] = list(tracker.get_slot("followup_asked") or [])
    if requested in ("audience", "stage") and requested not in slots and text:
        # Not understood: ask again, once with a hint, instead of letting the form fall over.
        slots["followup_asked"] = asked + [requested] if requested not in asked else asked
    for slot in ("passions", "tasks"):
        value = getattr(update, slot)
        if not value:
            continue
        nothing_extra = slot == "tasks" and update.nothing_extra
        # What you do now may be plain ("stage in groep 4"); what gives energy needs a little more to go on.
        if not nothing_extra and is_vague(value, matcher, 3 if slot == "tasks" else 4):
            if requested != slot:
                continue  # unasked and too thin to use: leave it
            if slot not in asked:
                slots["followup_asked"] = slots.get("followup_asked", asked) + [slot]  # one example, no guess
                continue
        old = tracker.get_slot(slot) if requested != slot else None
        slots[slot] = _merge_text(old, value)
    return slots
