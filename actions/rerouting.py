"""What a message really asks for: the one place where a misread intent is set right.

The intent classifier decides what to answer from the words alone, and in a chat that is often wrong in
ways the reading of the message (actions/reading.py) and the conversation (actions/context.py) make plain:
"Hoi! Ik ben juf van groep 6 ..." is no greeting to answer with a greeting, "begin opnieuw en vergeet mij"
must delete, "de tweede" picks a role from the list just shown, a typed "Alleen lesgeven" is the button.
`route` takes the classifier's intent with the reading and the context and returns the intent to answer,
with the reason, so every correction is one rule here and can be tested. The Rasa server applies it right
after the classifier (bot/runtime/message_reading.py), so rules, stories and the form see the right intent.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Dict, Optional

from actions.context import Context
from actions.reading import Reading

# The intents that start (or answer) the orientation form: one rule leads from each to the form.
ORIENTATION_INTENTS = frozenset({"start_orientation", "share_passion", "share_tasks", "share_stage",
                                 "share_background"})
# Intents whose answer is not about the user: a message full of facts about the user taken for one of these was
# misread (a greeting, thanks or a privacy question around a story about the work).
NOT_ABOUT_THE_USER = frozenset({"greet", "thank", "nlu_fallback", "out_of_scope", "bot_challenge", "help", "affirm",
                                "deny", "other_language", "ask_privacy", "ask_rules", "ask_side_entry", "ask_domains",
                                "ask_domain_info", "ask_role_info", "ask_stages", "ask_growth_paths",
                                "ask_transition_questions", "request_summary", "goodbye", "stop_form", "choose_role",
                                "correct_profile"})
# Questions with an answer of their own; a message that asks one keeps it, whatever facts it also gives.
KNOWLEDGE_QUESTIONS = frozenset({"ask_domains", "ask_domain_info", "ask_role_info", "ask_stages", "ask_growth_paths",
                                 "ask_transition_questions", "ask_side_entry", "ask_rules", "ask_privacy",
                                 "bot_challenge", "help", "out_of_scope"})


@dataclass
class Route:
    intent: str
    entities: Dict[str, Any] = field(default_factory=dict)
    reason: str = ""  # why the classifier's intent was set aside; empty when it was kept

    @property
    def changed(self) -> bool:
        return bool(self.reason)


def route(intent: Optional[str], reading: Reading, context: Context) -> Route:
    """The intent to answer this message with (and entities a typed button label carries)."""
    intent = intent or "nlu_fallback"
    requests = reading.requests
    if reading.button is not None:
        button_intent = reading.button.get("intent")
        if reading.text and button_intent and button_intent != intent:
            return Route(button_intent, dict(reading.button.get("entities") or {}), "typed button label")
        return Route(intent)
    if not reading.text:
        return Route(intent)
    if requests.wants_something_new and intent not in ("ask_growth_paths", "ask_domains", "ask_domain_info"):
        return _changed(intent, "correct_profile", "the roles shown are known ground: something new")
    if requests.forget_topic:
        return _changed(intent, "correct_profile", "forget what was said about one topic, not the conversation")
    if requests.delete:
        return _changed(intent, "forget_me", "privacy words win: a delete word")
    if intent == "forget_me" and not requests.delete:
        # Deleting is final: without a delete word the forget-me action asks first (see privacy_actions).
        return Route(intent)
    if intent == "correct_profile" and not reading.facts and requests.options and context.has_profile:
        # "nee dat bedoel ik niet, wat kan ik nog meer?": not a correction of a fact but a wish for other options.
        return _changed(intent, "start_orientation", "asks for other options, corrects no fact")
    if requests.what_is_known:
        return _changed(intent, "ask_privacy", "asks what the assistant knows of the user")
    if requests.restart and intent not in ("restart_orientation",) and not requests.question:
        return _changed(intent, "restart_orientation", "asks to start over")
    if requests.frustrated and intent not in ("help",):
        return _changed(intent, "help", "frustration: apologise and say what is possible")
    if requests.stop_teaching and intent in ("stop_form", "goodbye", "nlu_fallback", "out_of_scope"):
        return _changed(intent, "ask_growth_paths", "about stopping with teaching, not with this chat")
    choice = _choice(intent, reading, context)
    if choice:
        return choice
    if requests.four_questions and requests.question and intent in ("help", "nlu_fallback", "out_of_scope", "ask_rules",
                                                                    "ask_growth_paths", "ask_role_info", "affirm"):
        return _changed(intent, "ask_transition_questions", "asks for the four questions by name")
    if requests.study_choice and context.audience in (None, "student") and intent not in ORIENTATION_INTENTS:
        return _changed(intent, "ask_growth_paths", "a student's own question about the training or applying")
    if requests.study_choice and context.audience in (None, "student") and requests.question:
        return _changed(intent, "ask_growth_paths", "a student's own question in the middle of telling")
    if requests.nothing_more and context.has_suggestions and intent in ("stop_form", "deny", "goodbye"):
        return _changed(intent, "affirm", "nothing to add after the suggestions: pick a role")
    if requests.summary and intent in ("nlu_fallback", "affirm", "out_of_scope", "help") and not requests.question:
        return _changed(intent, "request_summary", "summary words")
    if intent == "request_summary" and not requests.summary and requests.roles_named:
        # A bare "teamleider" was once taken for "zet het op een rij": a role named is about that role.
        target = "choose_role" if requests.roles_named[0] in context.suggested_roles else "ask_role_info"
        return _changed(intent, target, "a role named, no summary words", {"role": requests.roles_named[0]})
    if requests.management and not requests.summary and reading.profile_fact_count() == 0 and intent in (
            "request_summary", "nlu_fallback", "out_of_scope", "choose_role", "affirm", "share_passion", "share_tasks"):
        return _changed(intent, "ask_role_info", "a leading role named: leading is another profession")
    if requests.ready_now and context.chosen_role and intent in ("affirm", "ask_transition_questions", "nlu_fallback",
                                                                  "ask_role_info", "ask_stages"):
        return _changed(intent, "ask_role_info", "whether the chosen role suits now", {"role": context.chosen_role})
    if requests.ready_now and requests.question and context.has_suggestions and not context.chosen_role \
            and not requests.choice and intent in ("affirm", "ask_transition_questions", "nlu_fallback", "ask_role_info",
                                                   "ask_stages", "help", "out_of_scope", "ask_growth_paths", "choose_role",
                                                   "start_orientation"):
        return _changed(intent, "choose_role", "which suggestions suit now and which later")
    if requests.named_stage and requests.question and intent in ("ask_privacy", "nlu_fallback", "out_of_scope", "help",
                                                                 "bot_challenge", "ask_growth_paths"):
        return _changed(intent, "ask_stages", "a question about one of the stages")
    if requests.most_important and intent in ("out_of_scope", "nlu_fallback", "ask_domains"):
        return _changed(intent, "ask_domain_info", "which domain matters most: the core", {"domain": "leren_leerlingen"})
    away = requests.coming_back or (requests.abroad and context.audience in ("leraar", "student"))
    if away and intent in ("ask_side_entry", "ask_growth_paths", "nlu_fallback") and context.audience != "zij_instromer":
        return _changed(intent, "ask_role_info", "a teacher or student asking about leaving and coming back",
                        {"role": "circulaire_loopbaan"})
    if requests.roles_named and not reading.facts and not requests.question and context.has_suggestions \
            and intent not in ("choose_role", "ask_role_info", "ask_transition_questions", "ask_rules", "correct_profile"):
        # "Leraaronderzoeker" typed after the suggestions, a role not among them: what it is, with its four questions.
        return _changed(intent, "ask_role_info", "a role's name typed after the suggestions",
                        {"role": requests.roles_named[0]})
    told = _tells_about_self(intent, reading, context)
    if told:
        return told
    if intent == "nlu_fallback" and requests.about_a_new_role and context.chosen_role:
        return _changed(intent, "ask_transition_questions", "what to arrange for the chosen role")
    return Route(intent)


def _changed(old: str, new: str, reason: str, entities: Optional[Dict[str, Any]] = None) -> Route:
    return Route(new, entities or {}) if old == new else Route(new, entities or {}, reason)


def _choice(intent: str, reading: Reading, context: Context) -> Optional[Route]:
    """A role picked by name, position, pointing or description; or "welke past het best?"."""
    requests = reading.requests
    if requests.best_fit and context.has_suggestions:
        return _changed(intent, "choose_role", "which suggestion fits best")
    role = requests.choice
    if not role:
        return None
    how = requests.choice_how
    offered = set(context.offered_roles) | set(context.suggested_roles)
    picks = (
        how in ("position", "pointer", "label")
        or (how == "name" and requests.choice_cue)
        or (how == "name" and role in offered and not requests.question and reading.profile_fact_count() == 0)
        or (how == "words" and requests.choice_cue)
    )
    if not picks:
        return None
    if how == "name" and not (offered or context.chosen_role) and reading.profile_fact_count() >= 2:
        return None  # a first story that names a role ("ik ben docent ict ... dat wil ik houden") chooses nothing
    if requests.question and how == "position":
        # "vertel meer over de tweede": about that role, not a choice of it
        return _changed(intent, "ask_role_info", "a question about a role by its place in the list", {"role": role})
    if requests.question and intent in KNOWLEDGE_QUESTIONS:
        return None  # "wat doet een mentor?" asks about the role
    return _changed(intent, "choose_role", f"a role chosen by {how}", {"role": role})


def _tells_about_self(intent: str, reading: Reading, context: Context) -> Optional[Route]:
    """A message that tells about the user's own work belongs to the orientation, whatever the classifier
    made of the words around it ("hoi, ...", "bedankt! ik ben trouwens ...")."""
    requests = reading.requests
    facts = reading.profile_fact_count()
    if intent in ORIENTATION_INTENTS or intent in ("restart_orientation", "forget_me"):
        return None
    if intent == "correct_profile" and (context.has_profile or facts == 0):
        return None  # a correction of what was said; with nothing said yet it is a story about the work
    if intent == "choose_role" and (context.offered_roles or context.has_suggestions or context.chosen_role
                                    or reading.requests.choice_how == "name" and facts == 0
                                    or requests.choice_cue and facts <= 1):
        return None  # a choice among the roles shown, or "ik kies mentor", "doe maar coach"
    if requests.options and (facts or context.has_profile):
        return _changed(intent, "start_orientation", "asks what fits, with facts to go on")
    if facts == 0:
        return None
    if requests.question and intent in KNOWLEDGE_QUESTIONS and facts < 2:
        return None  # "ik ben mentor, wat doet een schoolopleider?": the question is answered; the fact is kept
    if requests.question and intent in KNOWLEDGE_QUESTIONS and not requests.options:
        return None
    if intent in NOT_ABOUT_THE_USER:
        correction = requests.correction and context.has_profile and not context.active_loop
        return _changed(intent, "correct_profile" if correction else "share_background",
                        "a correction of what was said" if correction else "facts about the user's own work")
    return None
