"""The profile is updated from every message, whatever its intent; the orientation form asks what is missing.

`action_update_profile` is the custom slot mapping of every profile slot (domain.yml), so Rasa runs it after
each user message, before anything answers: the facts of "bedankt! ik ben trouwens geen mentor meer" are
applied even though the message is thanks. The form's validation then only decides whether its question
was answered, and which question comes next.
"""
from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActionExecutionRejected, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions import replies
from actions.conversation import (bot_said, intent_of, introduce_if_first, profile_of, reading_of, send,
                                  slots_set_this_turn, user_text)
from actions.matching import get_matcher
from actions.profile import (AUDIENCE_WHEN_UNCLEAR, PROFILE_SLOTS, STAGE_UNKNOWN, Profile, apply, changes,
                             enough_for_suggestions, question_slot_for_work)
from actions.reading import Reading
from actions.replies import orientation
from actions.replies.knowledge import MANAGEMENT_NOTE

FORM = "orientation_form"
# Intents that ask for something else than the form's question: the form steps aside, a rule answers them, and
# the form asks on afterwards. Facts in the same message are kept all the same.
INTERRUPTIONS = {
    "stop_form", "restart_orientation", "forget_me", "request_summary", "choose_role", "help", "bot_challenge",
    "goodbye", "thank", "greet", "out_of_scope", "other_language", "ask_domains", "ask_stages", "ask_growth_paths",
    "ask_transition_questions", "ask_side_entry", "ask_rules", "ask_privacy", "ask_domain_info", "ask_role_info",
}


class ActionUpdateProfile(Action):
    """Applies the reading of the latest message to the profile (run by Rasa's action_extract_slots)."""

    def name(self) -> Text:
        return "action_update_profile"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        reading = reading_of(tracker)
        if not reading.facts:
            return []
        requested = tracker.get_slot("requested_slot") if tracker.active_loop_name else None
        old = profile_of(tracker)
        new = apply(old, reading, get_matcher(), requested)
        return [SlotSet(slot, value) for slot, value in changes(old, new).items()]


_FORM_MACHINERY = {FORM, "action_listen", "action_extract_slots", "validate_orientation_form", "action_update_profile"}


def _answered_since_the_message(tracker: Tracker) -> bool:
    """A rule already answered the latest message (the form comes back after an interruption): ask on."""
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            return False
        if event.get("event") == "action" and event.get("name") not in _FORM_MACHINERY:
            return True
    return False


def next_question(profile: Profile) -> Optional[str]:
    """The slot the form asks next; None when it has what it needs. A wish ("ik wil juist meer met de studenten")
    answers what gives energy as well."""
    for slot in ("audience", "stage", "passions", question_slot_for_work(profile)):
        if getattr(profile, slot) is None and not (slot == "passions" and profile.wishes) \
                and not (slot == "tasks" and profile.audience == "student" and profile.teaching):
            return slot  # (a student who said what they teach on placement answered what they do)
    return None


class ValidateOrientationForm(Action):
    """Decides whether the form's question was answered, and which question comes next."""

    def name(self) -> Text:
        return "validate_orientation_form"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        reading = reading_of(tracker)
        profile = profile_of(tracker)
        requested = tracker.get_slot("requested_slot")
        starting = tracker.active_loop_name != FORM
        set_now = slots_set_this_turn(tracker)
        _hear_worry(dispatcher, tracker, reading)
        _hear_management_wish(dispatcher, tracker, reading)
        # Back after a rule answered the message in between: just ask on.
        resumed = not starting and _answered_since_the_message(tracker)
        if not starting and not resumed and _interrupts(tracker, reading, requested, set_now):
            return [ActionExecutionRejected(FORM)]  # a rule answers; the facts of the message are kept
        events: List[Dict] = []
        asked = list(tracker.get_slot("followup_asked") or [])
        answered = requested is not None and requested in set_now and set_now[requested] is not None
        if requested and not starting and not resumed and not answered and not reading.worry and not reading.gibberish:
            if requested not in asked and user_text(tracker):
                events.append(SlotSet("followup_asked", asked + [requested]))  # once more, with a hint
            elif user_text(tracker) or requested in asked:
                value = _default_answer(requested)
                events.append(SlotSet(requested, value))
                profile = Profile.from_slots({**tracker.slots, requested: value})
        elif reading.gibberish and not starting and not resumed:
            return []  # "jkjkjk" answers nothing: the form steps aside and the rephrase rule asks again
        elif reading.worry and not answered and not starting:
            # The worry was heard above; the form stays and asks again. Without a slot set here Rasa would reject
            # the form and fall back to "geen antwoord" after the note.
            events.append(SlotSet("followup_asked", asked))
        # "wat past bij mij?" as soon as there is something to go on: suggestions now, not more questions.
        wants_suggestions = reading.requests.options or (intent_of(tracker) == "start_orientation" and not starting)
        if wants_suggestions and enough_for_suggestions(profile):
            events += _fill_the_rest(profile)
            return events + [SlotSet("requested_slot", None)]
        return events + [SlotSet("requested_slot", next_question(profile))]


def _interrupts(tracker: Tracker, reading: Reading, requested: Optional[str], set_now: Dict[str, Any]) -> bool:
    """The message asks for something else than the question asked (a question, a role choice, a privacy
    request): a rule answers it. A statement that answers the question is an answer, whatever the intent."""
    intent = intent_of(tracker)
    if reading.worry and intent in ("out_of_scope", "nlu_fallback", "help", "thank", "greet", "affirm", "deny"):
        return False  # "ik word gewoon moe van alles": heard by the form (the worry note), not a rule's "geen antwoord"
    if reading.of("forget"):
        return True  # "vergeet wat ik over mijn klassen zei": said what went, then the question again
    if intent not in INTERRUPTIONS:
        return False
    if reading.requests.question or intent in ("stop_form", "restart_orientation", "forget_me", "choose_role",
                                               "request_summary", "goodbye"):
        return True
    return not (requested and requested in set_now)


def _default_answer(requested: str) -> Any:
    """After one retry with a hint the form moves on, so a user who cannot answer is never stuck."""
    if requested == "audience":
        return AUDIENCE_WHEN_UNCLEAR
    if requested == "stage":
        return STAGE_UNKNOWN
    return []  # asked twice, nothing usable: the suggestions go on with what else is known


def _fill_the_rest(profile: Profile) -> List[Dict]:
    """Questions not needed any more are marked answered, so the form does not come back to them."""
    events = []
    if profile.audience is None:
        events.append(SlotSet("audience", AUDIENCE_WHEN_UNCLEAR))
    if profile.stage is None:
        events.append(SlotSet("stage", STAGE_UNKNOWN))
    for slot in ("passions", question_slot_for_work(profile)):
        if getattr(profile, slot) is None:
            events.append(SlotSet(slot, []))
    return events


def _hear_management_wish(dispatcher: CollectingDispatcher, tracker: Tracker, reading: Reading) -> None:
    """"ik wil eigenlijk teamleider worden": said honestly at once, before the questions go on."""
    wants_to_lead = any(f.target == "management" for f in reading.of("wish"))
    if wants_to_lead and not bot_said(tracker, MANAGEMENT_NOTE):
        send(dispatcher, replies.Reply(MANAGEMENT_NOTE))


def _hear_worry(dispatcher: CollectingDispatcher, tracker: Tracker, reading: Reading) -> None:
    """Doubt or distress about the work is answered first, once of each kind per conversation."""
    if reading.worry and not bot_said(tracker, orientation.WORRY_NOTES[reading.worry]):
        send(dispatcher, orientation.worry_heard(reading.worry))


def _retrying(tracker: Tracker, slot: str) -> bool:
    """The user answered this question before and it was not understood (or too vague)."""
    return slot in (tracker.get_slot("followup_asked") or []) and tracker.get_slot("requested_slot") == slot


def _noted_other_facts(tracker: Tracker, slot: str) -> str:
    """What the latest message told about the user, said back before the next question ("" when nothing)."""
    set_now = {name: value for name, value in slots_set_this_turn(tracker).items()
               if name in PROFILE_SLOTS and name != slot and value}
    if not set_now or tracker.get_slot("requested_slot") != slot:
        return ""
    return orientation.noted(set_now)  # of a list slot, the phrase this message added is the last one


class _AskAction(Action):
    slot = ""

    def name(self) -> Text:
        return f"action_ask_{self.slot}"

    def question(self, tracker: Tracker, retry: bool, noted: bool) -> replies.Reply:
        raise NotImplementedError

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        introduce_if_first(dispatcher, tracker)
        retry = _retrying(tracker, self.slot)
        send(dispatcher, self.question(tracker, retry, _noted_other_facts(tracker, self.slot)))
        return []


class ActionAskAudience(_AskAction):
    slot = "audience"

    def question(self, tracker, retry, noted):
        return orientation.ask_audience(retry)


class ActionAskStage(_AskAction):
    slot = "stage"

    def question(self, tracker, retry, noted):
        return orientation.ask_stage(tracker.get_slot("audience"), retry, noted)


class ActionAskPassions(_AskAction):
    slot = "passions"

    def question(self, tracker, retry, noted):
        return orientation.ask_passions(tracker.get_slot("audience"), retry, noted)


class ActionAskTasks(_AskAction):
    slot = "tasks"

    def question(self, tracker, retry, noted):
        return orientation.ask_tasks(tracker.get_slot("audience"), retry, noted)


class ActionAskEarlierWork(_AskAction):
    slot = "earlier_work"

    def question(self, tracker, retry, noted):
        return orientation.ask_earlier_work(retry, noted)
