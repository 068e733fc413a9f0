"""The orientation after the form: suggestions, choosing a role, the summary, corrections, stopping."""
from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActiveLoop, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.conversation import (bot_said, chosen_role, context_of, directions_of, entity_values, introduce_if_first,
                                  profile_of, reading_of, send, slots_set_this_turn, suggested_roles, user_text)
from actions.knowledge import Role, get_knowledge
from actions.matching import get_matcher
from actions.profile import PROFILE_SLOTS, Profile, apply, enough_for_suggestions
from actions.replies import orientation
from actions.replies.knowledge import MANAGEMENT_NOTE, management_note
from actions.suggestions import Advisor


def _suggestions(profile: Profile, focus: str = ""):
    return Advisor(get_knowledge(), get_matcher()).suggest(profile, focus)


def _suggestions_replies(tracker: Tracker, suggestions, profile: Profile) -> List[orientation.Reply]:
    """The suggestions; a note said earlier in the conversation (management, teaching less) is not repeated."""
    return orientation.suggestions_replies(get_knowledge(), suggestions, profile,
                                           management_said=bot_said(tracker, MANAGEMENT_NOTE),
                                           less_teaching_said=bot_said(tracker, orientation.LESS_TEACHING_NOTE))


def _send_suggestions(dispatcher: CollectingDispatcher, tracker: Tracker, suggestions, profile: Profile) -> List[Dict]:
    """Sends the suggestions and keeps them as the directions shown."""
    send(dispatcher, _suggestions_replies(tracker, suggestions, profile))
    return [SlotSet("directions", [d.as_slot() for d in suggestions.directions])]


def _four_questions(dispatcher: CollectingDispatcher, tracker: Tracker, role: Role) -> List[Dict]:
    """The four questions for the chosen role, remembered for the summary."""
    send(dispatcher, orientation.four_questions(get_knowledge(), role, tracker.get_slot("audience")))
    return [SlotSet("chosen_role", role.id)]


class ActionSuggestDirections(Action):
    """The directions for the profile; after earlier suggestions, what the user just added weighs a little more."""

    def name(self) -> Text:
        return "action_suggest_directions"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        reading = reading_of(tracker)
        profile = profile_of(tracker)
        before = directions_of(tracker)
        focus = user_text(tracker) if before else ""
        suggestions = _suggestions(profile, focus)
        directions = [d.as_slot() for d in suggestions.directions]
        if before and directions and [d["roles"] for d in directions] == [d.get("roles") for d in before]:
            # Something added after the suggestions that changes nothing: no second copy of the same list.
            roles = suggested_roles(tracker)
            if reading.of("nothing_extra"):
                send(dispatcher, orientation.only_teaching_now(roles))
            elif reading.requests.question:
                send(dispatcher, orientation.offered_roles_again(roles))  # "wat kan ik later worden?"
            else:
                named = {h.id for h in get_matcher().match(focus).roles} if focus else set()
                send(dispatcher, orientation.same_suggestions(roles, [r for r in roles if r.id in named]))
            return [SlotSet("directions", before)]  # the same roles: the suggestions shown stay as they were
        introduce_if_first(dispatcher, tracker)
        return _send_suggestions(dispatcher, tracker, suggestions, profile)


class ActionChooseRole(Action):
    """The user picks a role: by button, by name, by position ('de tweede'), by pointing or description."""

    def name(self) -> Text:
        return "action_choose_role"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        knowledge = get_knowledge()
        reading = reading_of(tracker)
        if reading.requests.best_fit and directions_of(tracker):
            send(dispatcher, _best_fit(tracker))
            return []
        if reading.requests.ready_now and directions_of(tracker) and not reading.requests.choice:
            send(dispatcher, _now_and_later(tracker))
            return []
        named = [knowledge.roles[r] for r in entity_values(tracker, "role") if r in knowledge.roles]
        chosen = reading.requests.choice
        role = named[0] if named else knowledge.roles.get(chosen or "")
        if role is None and reading.requests.management:
            # "kan ik teamleider als rol kiezen?": leading is another profession; the teacher roles with a share in it.
            leading = [knowledge.roles[r] for r in ("sectieleider", "meedenken_schoolbeleid") if r in knowledge.roles]
            send(dispatcher, management_note(leading + suggested_roles(tracker)))
            return []
        if role is None:
            # Several roles fit the words ("coachen"): offer those, then the suggestions.
            context = context_of(tracker)
            on_offer = list(dict.fromkeys(context.offered_roles + list(context.suggested_roles)))
            words = [knowledge.roles[h.id] for h in get_matcher().match(user_text(tracker)).roles[:3]]
            candidates = [r for r in words if r.id in on_offer] or words
            candidates += [knowledge.roles[r] for r in on_offer if r in knowledge.roles and knowledge.roles[r] not in candidates]
            send(dispatcher, orientation.unknown_choice(candidates[:6]))
            return []
        return _four_questions(dispatcher, tracker, role)


def _best_fit(tracker: Tracker):
    """"Welke past nu het best?": the suggestion the user's words point at most, and why; the choice stays theirs.
    When that one is for later, one for now is named too."""
    roles = get_knowledge().roles
    ranked = [(roles[r], d.get("reasons") or {}, (d.get("scores") or {}).get(r, 0.0), d.get("kind") == "op_termijn")
              for d in directions_of(tracker) for r in d.get("roles", []) if r in roles]
    ranked.sort(key=lambda item: -item[2])  # stable: equal scores keep the order shown
    role, reasons, _, later = ranked[0]
    now = next((item[0] for item in ranked if not item[3]), None) if later else None
    return orientation.best_fit(role, reasons, suggested_roles(tracker), for_now=now)


def _now_and_later(tracker: Tracker):
    """"Wat kan ik nu al doen?": the suggestions split into those for the user's stage now and those for later."""
    roles = get_knowledge().roles
    now, later = [], []
    for direction in directions_of(tracker):
        bucket = later if direction.get("kind") == "op_termijn" else now
        bucket.extend(roles[r] for r in direction.get("roles", []) if r in roles)
    return orientation.now_and_later(now, later, suggested_roles(tracker), tracker.get_slot("audience"))


class ActionAffirm(Action):
    """A yes: go on with the questions after a pause, or pick one of the suggestions."""

    def name(self) -> Text:
        return "action_affirm"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        reading = reading_of(tracker)
        suggested = suggested_roles(tracker)
        if not suggested and (reading.requests.resume or not tracker.get_slot("directions")) and profile_of(tracker).audience:
            # "ok toch maar verder" after pausing the questions: pick them up where they stopped.
            return [FollowupAction("orientation_form")]
        if suggested and not tracker.get_slot("chosen_role"):
            send(dispatcher, orientation.pick_a_role(suggested, tracker.get_slot("audience")))
            return []
        dispatcher.utter_message(response="utter_next_step")
        return []


class ActionSummary(Action):
    def name(self) -> Text:
        return "action_summary"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        knowledge = get_knowledge()
        text = orientation.summary(knowledge, profile_of(tracker), directions_of(tracker), chosen_role(tracker))
        if not text:
            send(dispatcher, orientation.empty_summary())
            return []
        dispatcher.utter_message(text=text, json_message={"summary": text, "filename": "gespreksvoorbereiding.txt"})
        return []


class ActionStopForm(Action):
    def name(self) -> Text:
        return "action_stop_form"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        dispatcher.utter_message(response="utter_form_stopped")
        return [ActiveLoop(None), SlotSet("requested_slot", None)]


class ActionRestartOrientation(Action):
    """Start over: what was told is forgotten, except what this very message tells."""

    def name(self) -> Text:
        return "action_restart_orientation"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        send(dispatcher, orientation.restarted())
        fresh = apply(Profile(), reading_of(tracker), get_matcher())
        slots = {**{slot: None for slot in (*PROFILE_SLOTS, "directions", "chosen_role", "requested_slot",
                                            "followup_asked")}, **fresh.as_slots()}
        return [ActiveLoop(None)] + [SlotSet(slot, value) for slot, value in slots.items()]


class ActionCorrectProfile(Action):
    """'Nee, ik ben geen mentor meer': the profile update applied it; say so, and update the suggestions."""

    def name(self) -> Text:
        return "action_correct_profile"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        reading = reading_of(tracker)
        profile = profile_of(tracker)
        forgotten = reading.of("forget")
        if forgotten:
            return self._forget(dispatcher, tracker, profile, forgotten[0].value)
        if reading.of("audience", negated=True) and profile.audience is None:
            send(dispatcher, orientation.audience_denied())
            return []
        if not reading.facts:
            send(dispatcher, orientation.ask_correction())
            return []
        if reading.requests.wants_something_new:
            return self._something_new(dispatcher, tracker, profile)
        if not directions_of(tracker):
            send(dispatcher, orientation.correction_done())
            return [FollowupAction("orientation_form")] if profile.audience and not tracker.active_loop_name else []
        suggestions = _suggestions(profile)
        directions = [d.as_slot() for d in suggestions.directions]
        if [d["roles"] for d in directions] == [d.get("roles") for d in directions_of(tracker)]:
            send(dispatcher, orientation.corrected_same_suggestions(suggested_roles(tracker)))
            return []
        send(dispatcher, orientation.correction_done())
        return _send_suggestions(dispatcher, tracker, suggestions, profile)

    @staticmethod
    def _something_new(dispatcher: CollectingDispatcher, tracker: Tracker, profile: Profile) -> List[Dict]:
        """"Dat doe ik allemaal al": the roles shown are left out; other directions, or the domains to explore."""
        suggestions = _suggestions(profile)
        if not any(d.roles for d in suggestions.directions):
            send(dispatcher, orientation.nothing_new_left())
            return [SlotSet("directions", [])]
        send(dispatcher, orientation.something_new())
        return _send_suggestions(dispatcher, tracker, suggestions, profile)

    @staticmethod
    def _forget(dispatcher: CollectingDispatcher, tracker: Tracker, profile: Profile, topic: str) -> List[Dict]:
        """Say what went; suggestions given before are made again without it."""
        removed = any(slot in PROFILE_SLOTS for slot in slots_set_this_turn(tracker))
        send(dispatcher, orientation.forgot(topic, removed))
        if not removed or not directions_of(tracker):
            return []
        if not enough_for_suggestions(profile):
            return [SlotSet("directions", None), FollowupAction("orientation_form")]
        return _send_suggestions(dispatcher, tracker, _suggestions(profile), profile)


class ActionAskRephrase(Action):
    """Low confidence: ask to rephrase, unless the message speaks of doubt or distress, which is heard instead
    ("eerlijk gezegd loop ik op mijn tandvlees" is often unclear to the classifier, never to the user)."""

    def name(self) -> Text:
        return "action_ask_rephrase"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        reading = reading_of(tracker)
        if reading.worry:
            if not bot_said(tracker, orientation.WORRY_NOTES[reading.worry]):
                send(dispatcher, orientation.worry_heard(reading.worry))
            if not tracker.active_loop_name:
                send(dispatcher, orientation.offer_to_look())
            return []
        dispatcher.utter_message(response="utter_ask_rephrase")
        return []
