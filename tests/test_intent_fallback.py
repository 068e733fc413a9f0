"""The fallback treats intents that lead to the same step as one."""
from rasa.shared.nlu.training_data.message import Message

from bot.runtime.intent_fallback import GroupedFallbackClassifier

PROFILE = ["start_orientation", "share_passion", "share_tasks", "share_stage", "share_background"]


def _fallback():
    config = {**GroupedFallbackClassifier.get_default_config(), "threshold": 0.3, "ambiguity_threshold": 0.05,
              "intent_groups": [PROFILE]}
    return GroupedFallbackClassifier(config)


def _message(ranking):
    ranking = [{"name": name, "confidence": confidence} for name, confidence in ranking]
    return Message(data={"text": "x", "intent": ranking[0], "intent_ranking": ranking})


def test_facts_spread_over_the_profile_intents_are_not_ambiguous():
    message = _message([("share_passion", 0.28), ("share_tasks", 0.26), ("share_stage", 0.2), ("ask_rules", 0.1)])
    assert _fallback().process([message])[0].get("intent")["name"] == "share_passion"


def test_two_intents_that_lead_elsewhere_are_still_ambiguous():
    message = _message([("ask_rules", 0.40), ("ask_transition_questions", 0.38), ("share_tasks", 0.1)])
    assert _fallback().process([message])[0].get("intent")["name"] == "nlu_fallback"


def test_a_profile_intent_close_to_an_intent_outside_its_group_is_ambiguous():
    message = _message([("share_background", 0.31), ("ask_side_entry", 0.30), ("greet", 0.1)])
    assert _fallback().process([message])[0].get("intent")["name"] == "nlu_fallback"


def test_low_confidence_everywhere_still_falls_back():
    message = _message([("share_tasks", 0.12), ("share_stage", 0.1), ("help", 0.09)])
    assert _fallback().process([message])[0].get("intent")["name"] == "nlu_fallback"
