"""The orientation conversation after the form: suggestions, choosing a role, summary, corrections."""
import re
from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActiveLoop, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions import replies
from actions.conversation import PROFILE_SLOTS, directions_slot, looks_like_question, profile_from, send, user_text
from actions.knowledge import Role, get_knowledge
from actions.matching import get_matcher
from actions.profile import says_nothing_extra
from actions.profile_slots import profile_updates, tells_story_first
from actions.role_lookup import loose_candidates, loosely_chosen_role, mentioned_role, resolve_role, suggested_roles
from actions.suggestions import Advisor


def suggest(dispatcher: CollectingDispatcher, tracker: Tracker, overrides: Optional[Dict[str, Any]] = None,
            corrected: bool = False) -> List[Dict]:
    """Send the directions for the profile (with `overrides` applied) and remember them.

    `corrected`: the user corrected a fact; that is acknowledged in the same message as the outcome.
    """
    chosen = loosely_chosen_role(tracker) if directions_slot(tracker) else None
    if chosen is not None:
        # "dat ict ding lijkt me wel wat" after the suggestions: a choice, not a new fact about you.
        return choose(dispatcher, tracker, chosen)
    if not corrected and which_fits_best(dispatcher, tracker):
        return []
    advice = study_choice_advice(tracker)
    if advice and directions_slot(tracker):
        send(dispatcher, advice)  # "welke keuzemodule past daarbij?" is a question, not a new fact
        return []
    profile = profile_from(tracker)
    for slot, value in (overrides or {}).items():
        if hasattr(profile, slot):
            setattr(profile, slot, tuple(value) if slot == "excluded_roles" else value)
    # After the suggestions, what the user adds is a reaction to them and weighs a little more.
    focus = user_text(tracker) if directions_slot(tracker) else ""
    suggestions = Advisor(get_knowledge(), get_matcher()).suggest(profile, focus)
    directions = [d.as_slot() for d in suggestions.directions]
    if directions and directions == directions_slot(tracker):
        # Something added after the suggestions that changes nothing: no second copy of the same list.
        offered = [c.role for d in suggestions.directions for c in d.roles]
        named = {h.id for h in get_matcher().match(focus).roles} if focus else set()
        if corrected:
            send(dispatcher, replies.corrected_same_suggestions(offered))
        elif says_nothing_extra(focus):
            send(dispatcher, replies.only_teaching_now(offered))
        elif looks_like_question(focus):
            # "wat kan ik later worden?" is no new fact to add: the roles already offered are the answer.
            send(dispatcher, replies.offered_roles_again(offered))
        else:
            send(dispatcher, replies.same_suggestions(offered, [r for r in offered if r.id in named]))
        return []
    if corrected:
        send(dispatcher, replies.correction_done())
    send(dispatcher, replies.suggestions_replies(get_knowledge(), suggestions, profile))
    return [SlotSet("directions", directions)]


# A student's choices within the training or where to apply: the publication gives advice for that.
_STUDY_CHOICE = re.compile(
    r"\b(keuze ?modules?|keuzevak\w*|minor|solliciteren|sollicit\w*|welke scholen?|stageschool|stageplek|"
    r"opleidingsschool|afstudeer\w*|grote of (een )?kleine school)\b")


def study_choice_advice(tracker: Tracker) -> Optional[replies.Reply]:
    text = user_text(tracker).lower()
    if not _STUDY_CHOICE.search(text) or tracker.get_slot("audience") not in (None, "student"):
        return None
    return replies.study_advice(get_knowledge(), suggested_roles(tracker))


_WHICH_FITS_BEST = re.compile(
    r"\b(welke|wat) (past|passen) (nu |dan )?(het )?(best|beste|meest)|\bwat raad je (me |mij )?aan"
    r"|\bwelke (zou|moet) (jij|ik) (kiezen|nemen)|\bwelke is (het )?(best|beste)")


def which_fits_best(dispatcher: CollectingDispatcher, tracker: Tracker) -> bool:
    """"Welke past nu het best?" after the suggestions: the first one, and why; the choice stays theirs."""
    if not directions_slot(tracker) or not _WHICH_FITS_BEST.search(user_text(tracker).lower()):
        return False
    roles = get_knowledge().roles
    # (role, its reasons, for later?) in the order suggested; the first one the user's words point at fits best.
    ranked = [(roles[r], d.get("reasons") or {}, d.get("kind") == "op_termijn")
              for d in directions_slot(tracker) for r in d.get("roles", []) if r in roles]
    if not ranked:
        return False
    with_words = [item for item in ranked if item[1].get(item[0].id)]
    role, reasons, later = (with_words or ranked)[0]
    now = next((item[0] for item in ranked if not item[2]), None) if later else None
    send(dispatcher, replies.best_fit(role, reasons, suggested_roles(tracker), for_now=now))
    return True


def choose(dispatcher: CollectingDispatcher, tracker: Tracker, role: Role) -> List[Dict]:
    """The four questions for the chosen role, remembered for the summary."""
    send(dispatcher, replies.four_questions(get_knowledge(), role, tracker.get_slot("audience")))
    return [SlotSet("chosen_role", role.id)]


class ActionSuggestDirections(Action):
    def name(self) -> Text:
        return "action_suggest_directions"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        return suggest(dispatcher, tracker)


class ActionChooseRole(Action):
    """The user picks a role: by button, by name, or by position ('de tweede')."""

    def name(self) -> Text:
        return "action_choose_role"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        if tells_story_first(tracker, get_matcher()):
            # A first message full of facts that names a role ("zit in de MR en ben sectievoorzitter, wat
            # zijn mijn opties?") is not a choice: there is nothing to choose from yet.
            return [FollowupAction("orientation_form")]
        if which_fits_best(dispatcher, tracker):
            return []
        role = resolve_role(tracker)
        if role is None:
            # Several suggestions fit the words ("coachen"): offer those. Words that fit a role not among the
            # suggestions ("coachen lijkt me wat" after other tips): offer that role first, then the suggestions.
            suggested = suggested_roles(tracker)
            fitting = loose_candidates(user_text(tracker), suggested)
            if not fitting:
                knowledge = get_knowledge()
                named = [knowledge.roles[h.id] for h in get_matcher().match(user_text(tracker)).roles[:2]]
                fitting = named + [r for r in suggested if r not in named]
            send(dispatcher, replies.unknown_choice(fitting or suggested))
            return []
        return choose(dispatcher, tracker, role)


_RESUME = re.compile(r"\b(verder|doorgaan|door gaan|ga (maar )?door|de vragen|weer beginnen)\b")


_READY_NOW = re.compile(r"\b(nu al|nu meteen|nu direct|meteen al|al meteen|nu ook al|alvast)\b")


def answer_ready_now(dispatcher: CollectingDispatcher, tracker: Tracker) -> bool:
    """"Kan ik dat nu al doen?" about the chosen role: what the knowledge says about the stages it suits."""
    role = get_knowledge().roles.get(tracker.get_slot("chosen_role") or "")
    if role is None or not _READY_NOW.search(user_text(tracker).lower()):
        return False
    send(dispatcher, replies.ready_now(role, tracker.get_slot("stage")))
    return True


class ActionAffirm(Action):
    """A yes. After the suggestions it may also name one ("ja, dat ict ding lijkt me wel wat")."""

    def name(self) -> Text:
        return "action_affirm"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        if not directions_slot(tracker) and _RESUME.search(user_text(tracker).lower()):
            # "ok toch maar verder" after pausing the questions: pick them up where they stopped.
            return [FollowupAction("orientation_form")]
        if answer_ready_now(dispatcher, tracker):
            return []
        chosen = loosely_chosen_role(tracker, needs_cue=False) if directions_slot(tracker) else None
        if chosen is not None:
            return choose(dispatcher, tracker, chosen)
        suggested = suggested_roles(tracker)
        if suggested and not tracker.get_slot("chosen_role"):
            send(dispatcher, replies.pick_a_role(suggested))
            return []
        dispatcher.utter_message(response="utter_next_step")
        return []


_ASKS_FOR_SUMMARY = re.compile(
    r"\b(rij|rijtje|samenvat\w*|samengevat|overzicht\w*|op papier|print\w*|download\w*|opslaan|kopie|kopieer\w*"
    r"|lijst\w*|bij elkaar|gespreksvoorbereiding|jaargesprek|mail\w*|meenemen|alles|resultaat|uitkomst|conclusie"
    r"|wat hebben we|wat heb ik)\b")


class ActionSummary(Action):
    def name(self) -> Text:
        return "action_summary"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        knowledge = get_knowledge()
        text = user_text(tracker)
        if text and not _ASKS_FOR_SUMMARY.search(text.lower()):
            # A bare "teamleider" was once taken for "zet het op een rij": a role named is a choice.
            role = mentioned_role(tracker)
            if role:
                return choose(dispatcher, tracker, role)
            if replies.wants_management(text):
                send(dispatcher, replies.management_note(suggested_roles(tracker)))
                return []
        chosen = knowledge.roles.get(tracker.get_slot("chosen_role") or "")
        text = replies.summary(knowledge, profile_from(tracker), directions_slot(tracker), chosen)
        if not text:
            send(dispatcher, replies.empty_summary())
            return []
        dispatcher.utter_message(text=text, json_message={"summary": text, "filename": "gespreksvoorbereiding.txt"})
        return []


_STOP_TEACHING = re.compile(
    r"\b(stoppen|stop|kappen|ophouden) (ik )?(met|in) (het |de )?(onderwijs|les ?geven|lesgeven|vak|klas|leraar|docent|werk)"
    r"|\buit het onderwijs\b|\bander (werk|beroep|vak)\b")


_NOTHING_MORE = re.compile(r"^\s*(nee,?\s*|ok,?\s*|verder\s*)*(niks|niets|nee|dat was het|dat is alles)\b")


class ActionStopForm(Action):
    def name(self) -> Text:
        return "action_stop_form"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        if _STOP_TEACHING.search(user_text(tracker).lower()):
            # "moet ik gewoon stoppen met het onderwijs?" is about the work, not about this chat.
            send(dispatcher, replies.Reply(replies.STOP_TEACHING_NOTE))
            return [FollowupAction("orientation_form")] if tracker.active_loop_name else []
        suggested = suggested_roles(tracker)
        if suggested and not tracker.active_loop_name and _NOTHING_MORE.match(user_text(tracker).lower()):
            # "verder niks" after the suggestions: nothing to add, not "stop this chat".
            send(dispatcher, replies.pick_a_role(suggested))
            return []
        dispatcher.utter_message(response="utter_form_stopped")
        return [ActiveLoop(None), SlotSet("requested_slot", None)]


class ActionRestartOrientation(Action):
    def name(self) -> Text:
        return "action_restart_orientation"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        send(dispatcher, replies.restarted())
        slots = [*PROFILE_SLOTS, "directions", "chosen_role", "requested_slot"]
        return [ActiveLoop(None)] + [SlotSet(slot, None) for slot in slots]


class ActionCorrectProfile(Action):
    """'Nee, ik ben geen mentor meer': update the profile and, when complete, the directions."""

    def name(self) -> Text:
        return "action_correct_profile"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        updates = profile_updates(tracker, get_matcher(), None)
        updates.pop("followup_asked", None)
        if not updates:
            send(dispatcher, replies.ask_correction())
            return []
        events = [SlotSet(slot, value) for slot, value in updates.items()]
        if directions_slot(tracker):
            return events + suggest(dispatcher, tracker, updates, corrected=True)
        send(dispatcher, replies.correction_done())
        return events
