"""The orientation form: validation (reading everything a message says) and its questions."""
from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions import replies
from actions.conversation import send, user_text
from actions.knowledge_actions import ActionTransitionQuestions, about_a_new_role
from actions.matching import get_matcher
from actions.profile import worry_about_work
from actions.profile_slots import answer_not_understood, is_interruption, profile_updates
from actions.role_lookup import loosely_chosen_role
from actions.lexicon import looks_like_gibberish


def _introduce_if_first(dispatcher: CollectingDispatcher, tracker: Tracker) -> None:
    """A user who opens with "hoi, ik ben juf in groep 7" still hears who they are talking to."""
    if not any(event.get("event") == "bot" for event in tracker.events):
        send(dispatcher, replies.Reply(replies.INTRODUCTION))


def _hear_worry(dispatcher: CollectingDispatcher, tracker: Tracker) -> None:
    """Doubt or distress about the work is answered first, once of each kind per conversation."""
    kind = worry_about_work(user_text(tracker))
    if kind is None:
        return
    note = replies.WORRY_NOTES[kind]
    if any(event.get("event") == "bot" and event.get("text") == note for event in tracker.events):
        return
    send(dispatcher, replies.worry_heard(kind))


class ActionAskRephrase(Action):
    """Low confidence: ask to rephrase, unless the message speaks of doubt or distress, which is heard instead
    ("eerlijk gezegd loop ik op mijn tandvlees" is often unclear to the classifier, never to the user)."""

    def name(self) -> Text:
        return "action_ask_rephrase"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        if worry_about_work(user_text(tracker)):
            _hear_worry(dispatcher, tracker)
            if not tracker.active_loop_name:
                send(dispatcher, replies.Reply("Wil je kijken wat je energie geeft? Dan denk ik met je mee.",
                                               [replies.button("Ja, kijk wat bij mij past", "start_orientation")]))
            return []
        if _unsure_between_help_and_the_four_questions(tracker):
            # Answered here, so the dialogue goes on as after any rephrase request.
            return await ActionTransitionQuestions().run(dispatcher, tracker, domain)
        dispatcher.utter_message(response="utter_ask_rephrase")
        return []


def _unsure_between_help_and_the_four_questions(tracker: Tracker) -> bool:
    """"wat moet ik regelen" after choosing a role: the classifier hesitates between the four questions and
    another intent (help), the words ("regelen", "leidinggevende") do not."""
    ranking = [r.get("name") for r in (tracker.latest_message.get("intent_ranking") or [])
               if r.get("name") != "nlu_fallback"][:2]
    return "ask_transition_questions" in ranking and about_a_new_role(user_text(tracker))


_FACT_SLOTS = ("audience", "sector", "passions", "tasks")


def _just_noted_other_facts(tracker: Tracker) -> bool:
    """The latest message filled a profile fact, though not the one asked."""
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            return False
        if event.get("event") == "slot" and event.get("name") in _FACT_SLOTS and event.get("value"):
            return True
    return False


def _retrying(tracker: Tracker, slot: str) -> bool:
    """The user answered this question before and it was not understood (or too vague)."""
    return slot in (tracker.get_slot("followup_asked") or []) and tracker.get_slot("requested_slot") == slot


class ValidateOrientationForm(Action):
    """Fills every profile slot the latest message speaks to, not only the one asked for."""

    def name(self) -> Text:
        return "validate_orientation_form"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        requested = tracker.get_slot("requested_slot")
        if looks_like_gibberish(user_text(tracker)):
            return []  # "jkjkjkjk" answers nothing: the form rejects it and the rephrase rule asks again
        _hear_worry(dispatcher, tracker)
        if requested is None and loosely_chosen_role(tracker):
            return []  # a choice among the suggestions ("die met de leerlijnen lijkt me wat"), not a new fact
        updates = profile_updates(tracker, get_matcher(), requested)
        # While the form is being started (also by an action handing over a story full of facts), the message
        # is what started it: read it, whatever question it ends with.
        starting = not tracker.active_loop_name and requested is None
        if not starting and is_interruption(tracker, updates):
            return []  # the form rejects, and a rule answers the question instead
        if requested and requested not in updates and not worry_about_work(user_text(tracker)):
            # Other facts are kept, but the question asked still gets one hint and then a default.
            updates = {**updates, **answer_not_understood(tracker, requested)}
        return [SlotSet(slot, value) for slot, value in updates.items()]


class ActionAskAudience(Action):
    def name(self) -> Text:
        return "action_ask_audience"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        _introduce_if_first(dispatcher, tracker)
        send(dispatcher, replies.ask_audience(retry=_retrying(tracker, "audience")))
        return []


class ActionAskStage(Action):
    def name(self) -> Text:
        return "action_ask_stage"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        _introduce_if_first(dispatcher, tracker)
        send(dispatcher, replies.ask_stage(tracker.get_slot("audience"), retry=_retrying(tracker, "stage"),
                                           noted=_just_noted_other_facts(tracker)))
        return []


class ActionAskPassions(Action):
    def name(self) -> Text:
        return "action_ask_passions"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        _introduce_if_first(dispatcher, tracker)
        if _retrying(tracker, "passions"):
            send(dispatcher, replies.ask_for_example("passions", tracker.get_slot("audience")))
        else:
            send(dispatcher, replies.ask_passions(tracker.get_slot("audience")))
        return []


class ActionAskTasks(Action):
    def name(self) -> Text:
        return "action_ask_tasks"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        _introduce_if_first(dispatcher, tracker)
        if _retrying(tracker, "tasks"):
            send(dispatcher, replies.ask_for_example("tasks", tracker.get_slot("audience")))
        else:
            send(dispatcher, replies.ask_tasks(tracker.get_slot("audience")))
        return []
