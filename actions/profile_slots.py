"""Turn one user message into slot updates for the profile (used by the form and by corrections)."""
from __future__ import annotations

import re
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
    is_plain_teaching,
    is_vague,
    mentions_side_entry_or_earlier_work,
    names_what_energises,
    worry_about_work,
    stage_from_answer,
)
from actions.suggestions import LESS_TEACHING
from actions.text import normalize

# Intents that are not an answer to the form's question: the form steps aside for them.
ALWAYS_INTERRUPT = {
    "stop_form", "restart_orientation", "forget_me", "request_summary", "choose_role", "help", "bot_challenge",
    "goodbye", "thank", "greet", "out_of_scope", "other_language", "ask_domains", "ask_stages", "ask_growth_paths",
    "ask_transition_questions", "ask_side_entry", "ask_rules", "ask_privacy",
}
QUESTION_INTERRUPT = {"ask_domain_info", "ask_role_info"}
# A privacy question names what happens to the chat; "puzzels, data, alles automatiseren" does not.
_PRIVACY_WORDS = re.compile(
    r"\b(privacy|gegevens|opgeslagen|opslaan|slaan|bewaar\w*|lees|leest|lezen|meelezen|meekijken|avg|wis\w*"
    r"|verwijder\w*|anoniem|vertrouwelijk|herkenbaar|ziet|zien|blijft|tussen ons|doorgestuurd|gedeeld|delen)\b")
# These always step aside, even when the message also holds an answer: the user wants something else now.
FIRM_INTERRUPT = {
    "stop_form", "restart_orientation", "forget_me", "ask_privacy", "request_summary", "bot_challenge", "goodbye",
}


def is_interruption(tracker: Tracker, updates: Optional[Dict[str, Any]] = None) -> bool:
    """The message is not an answer to the form's question, and a rule should answer it instead.

    A statement that answers the question asked counts as an answer whatever the classifier made of it
    ("leraar in het vo" taken for a rules question, "jonge koks leren koken" for out of scope).
    """
    intent = intent_of(tracker)
    text = user_text(tracker)
    requested = tracker.get_slot("requested_slot")
    if text and not looks_like_question(text):
        # It answers the question, or the question was already asked again with a hint: a statement now is
        # the answer, so the form can move on instead of asking a third time.
        answers = bool(updates) and requested in updates
        hinted = requested in (tracker.get_slot("followup_asked") or [])
        firm = intent in FIRM_INTERRUPT and not (intent == "ask_privacy" and not _PRIVACY_WORDS.search(text.lower()))
        if intent == "stop_form" and requested == "tasks" and updates and updates.get("tasks"):
            firm = False  # "verder niks" answers "what else do you do", it does not stop the chat
        if not firm and (answers or hinted):
            return False
        if LESS_TEACHING.search(text.lower()):
            return False  # "ik wil niet meer voor de klas" is about the work, not about stopping this chat
    if intent in ALWAYS_INTERRUPT:
        return True
    return intent in QUESTION_INTERRUPT and looks_like_question(text)


MIN_WORDS_ABOUT_SELF = 8


def tells_about_self(text: str, matcher: Matcher) -> bool:
    """A message with facts about the user's own work ("docent wiskunde sinds 2018, zit in de MR ...").

    Asked with it ("wat zijn mijn opties?"), the orientation answers better than a general text: it
    reads those facts and suggests from them.
    """
    norm = normalize(text)
    if len(norm.split()) < MIN_WORDS_ABOUT_SELF or not re.search(r"\b(ik|mijn|m'n)\b", norm):
        return False  # "ik kies mentor" is a choice, not a story
    update = extract_profile(text, matcher, None)
    facts = [update.audience, update.stage, update.sector, update.tasks, update.passions]
    return sum(1 for fact in facts if fact) >= 2


def tells_story_first(tracker: Tracker, matcher: Matcher) -> bool:
    """Before any suggestions, the latest message tells about the user's own work: the orientation should
    read it, whatever question it ends with. Once the orientation runs, a question in the middle of it
    ("kan ik ook iets buiten de school doen naast het lesgeven?") is answered; the form then asks on."""
    return (not tracker.get_slot("directions") and not tracker.active_loop_name
            and tells_about_self(user_text(tracker), matcher))


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


# Saying who you are in so many words: "ik ben eigenlijk zij-instromer", "ik zit op de pabo".
_SELF_STATEMENT = re.compile(
    r"\bik ben (eigenlijk |toch |nog |ook |dus )?(een )?(zij-?instromer|zij instromer|student|pabo-?student|stagiair|lio'?er)\b"
    r"|\bik (zit|studeer) (nog )?(op|aan|in) (de |het )?(pabo|lerarenopleiding|alo|opleiding)\b|\bik studeer\b"
)

_RECONSIDERS = re.compile(r"\b(eigenlijk|toch|bedoel\w*|liever|nee)\b")

# After one retry with a hint the form moves on with these, so a user who cannot answer is never stuck.
AUDIENCE_WHEN_UNCLEAR = "leraar"
STAGE_UNKNOWN = "onbekend"


def answer_not_understood(tracker: Tracker, requested: Optional[str]) -> Dict[str, Any]:
    """Slot updates when a message gave nothing for the form: ask again once with a hint, then move on.

    Rasa's form rejects a turn that sets no slot, and with no rule to answer it the assistant falls back
    again and again; so this always sets something. A button for the form itself ("Wat past bij mij?")
    (empty text) only repeats the current question; "ok" or "hmm" counts as not understood.
    """
    asked: List[str] = list(tracker.get_slot("followup_asked") or [])
    if requested is None:
        return {}
    text = user_text(tracker).strip()
    if not text:  # a button such as "Wat past bij mij?": the question again, no hint
        return {"followup_asked": asked}
    if requested not in asked:
        return {"followup_asked": asked + [requested]}
    if requested == "audience":
        return {"audience": AUDIENCE_WHEN_UNCLEAR}
    if requested == "stage":
        return {"stage": STAGE_UNKNOWN}
    return {requested: text}


def _merge_text(old: Optional[str], new: str) -> str:
    if not old or normalize(new) in normalize(old):
        return new if not old else old
    return f"{old}, {new}"


_GRADUATED = re.compile(r"\b(afgestudeerd|diploma|klaar met (de|mijn) (studie|opleiding|traject)|bevoegd)\b")


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
    # "ik ben eigenlijk zij-instromer": saying who you are about yourself replaces what was assumed.
    said_of_self = specific and _SELF_STATEMENT.search(normalize(text))
    # "alleen lesgeven nu" from a side-entrant or student says they teach, not that they stopped being one.
    keeps_specific = (audience == "leraar" and tracker.get_slot("audience") in ("zij_instromer", "student")
                      and not correcting and not _GRADUATED.search(normalize(text)))
    if audience and (may_set("audience") or said_of_self) and not keeps_specific:
        slots["audience"] = audience
    stage = _stage_from_entities(tracker) or update.stage
    if stage and not may_set("stage"):
        stage = None
    # A short answer to the stage question ("6", "sinds 2019"), or a message that starts the form with it.
    # Also "22 jaar al" to the question who you are: the years are kept, who you are is asked again.
    short_answer = requested == "audience" and not tracker.get_slot("stage") and len(text.split()) <= 5
    if stage is None and (requested == "stage" or short_answer
                          or (requested is None and intent_of(tracker) == "share_stage")):
        stage = stage_from_answer(text)
    if stage is None and slots.get("audience") == "student" and not tracker.get_slot("stage"):
        stage = "in_opleiding"
    if stage:
        slots["stage"] = stage
    # The sector said first stays unless corrected: "bouwcoördinator onderbouw" later does not make a
    # kleuterjuf a vo teacher, "eigenlijk wil ik naar het basisonderwijs" does change it.
    if update.sector and (correcting or not tracker.get_slot("sector") or _RECONSIDERS.search(normalize(text))):
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
        if slot == "passions" and worry_about_work(text) and not names_what_energises(value):
            continue  # "ik loop op mijn tandvlees" is heard, but is no answer to what gives energy
        if (slot == "tasks" and requested != "tasks" and not correcting and not nothing_extra
                and is_plain_teaching(value, matcher)):
            continue  # "ik ben docent biologie": what you do besides teaching is still to be asked
        # What you do now may be plain ("stage in groep 4"); what gives energy needs a little more to go on.
        # Earlier work is never too thin: "ik was 10 jaar verpleegkundige" says what a side-entrant brings.
        earlier_work = slot == "tasks" and mentions_side_entry_or_earlier_work(value)
        if not nothing_extra and not earlier_work and is_vague(value, matcher, 3 if slot == "tasks" else 4):
            if requested != slot:
                continue  # unasked and too thin to use: leave it
            if slot not in asked:
                slots["followup_asked"] = slots.get("followup_asked", asked) + [slot]  # one example, no guess
                continue
        old = tracker.get_slot(slot) if requested != slot else None
        slots[slot] = _merge_text(old, value)
    if LESS_TEACHING.search(text.lower()) and not looks_like_question(text):
        # Wanting to teach less is what the suggestions must know, whatever question was asked.
        current = slots.get("passions") or tracker.get_slot("passions")
        slots["passions"] = _merge_text(current, text) if current else text
    return slots
