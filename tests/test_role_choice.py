"""Choosing one of the suggested roles in loose words, after the suggestions were given."""
import pytest
from actions.forms import ValidateOrientationForm
from actions.orientation_actions import ActionAffirm, ActionChooseRole, ActionSuggestDirections
from tracker_factory import buttons, make_tracker, run_action, slot_events, texts

PROFILE = {
    "audience": "leraar",
    "stage": "ervaren",
    "passions": "nieuwe dingen uitproberen met digitale middelen en lessen ontwerpen",
    "tasks": "ik geef wiskunde in de onderbouw",
}
DIRECTIONS = [
    {"kind": "verdiepen", "domain": "leren_leerlingen", "roles": ["ict_didactiek", "expert_rekendidactiek"],
     "reasons": {}},
    {"kind": "verbreden", "domain": "onderwijs_ontwikkelen", "roles": ["leerlijnen_ontwikkelen", "lesson_study"],
     "reasons": {}},
    {"kind": "verbreden", "domain": "collegas_ondersteunen", "roles": ["coach_nieuwe_collegas", "coach_lof"],
     "reasons": {}},
]
AFTER_SUGGESTIONS = {**PROFILE, "directions": DIRECTIONS}


def _chosen(events):
    return slot_events(events).get("chosen_role")


def test_a_loose_word_for_a_suggested_role_is_a_choice():
    tracker = make_tracker("die met de leerlijnen", "choose_role", slots=AFTER_SUGGESTIONS)
    dispatcher, events = run_action(ActionChooseRole(), tracker)
    assert _chosen(events) == "leerlijnen_ontwikkelen"
    assert "Toelating" in texts(dispatcher)


def test_a_yes_that_names_a_suggestion_gives_its_four_questions():
    tracker = make_tracker("ja dat ict ding lijkt me wel wat", "affirm", slots=AFTER_SUGGESTIONS)
    dispatcher, events = run_action(ActionAffirm(), tracker)
    assert _chosen(events) == "ict_didactiek"
    text = texts(dispatcher)
    assert "ICT-didactiek" in text and "Facilitering" in text


def test_a_plain_yes_after_the_suggestions_asks_which_role():
    tracker = make_tracker("ja", "affirm", slots=AFTER_SUGGESTIONS)
    dispatcher, events = run_action(ActionAffirm(), tracker)
    assert _chosen(events) is None
    assert "Welke rol" in texts(dispatcher)
    assert {b["payload"] for b in buttons(dispatcher)} >= {'/choose_role{"role": "lesson_study"}'}


def test_a_yes_without_suggestions_asks_what_next():
    dispatcher, events = run_action(ActionAffirm(), make_tracker("ja graag", "affirm"))
    assert events == []
    assert dispatcher.messages[0]["response"] == "utter_next_step"


def test_words_that_fit_two_suggestions_offer_those_two():
    tracker = make_tracker("coachen", "choose_role", slots=AFTER_SUGGESTIONS)
    dispatcher, events = run_action(ActionChooseRole(), tracker)
    assert _chosen(events) is None
    payloads = {b["payload"] for b in buttons(dispatcher)}
    assert payloads == {'/choose_role{"role": "coach_nieuwe_collegas"}', '/choose_role{"role": "coach_lof"}'}


def test_a_choice_said_as_a_wish_after_the_suggestions_is_not_stored_as_energy():
    tracker = make_tracker("die leerlijnen lijkt me wel wat", "share_passion", slots=AFTER_SUGGESTIONS,
                           active_loop="orientation_form")
    _, events = run_action(ValidateOrientationForm(), tracker)
    assert "passions" not in slot_events(events)
    dispatcher, events = run_action(ActionSuggestDirections(), tracker)
    assert _chosen(events) == "leerlijnen_ontwikkelen"
    assert "Ondersteuning" in texts(dispatcher)


def test_new_energy_after_the_suggestions_is_still_new_information():
    tracker = make_tracker("ik word ook blij van de mr", "share_passion", slots=AFTER_SUGGESTIONS,
                           active_loop="orientation_form")
    _, events = run_action(ValidateOrientationForm(), tracker)
    assert "MR" in slot_events(events)["passions"] or "mr" in slot_events(events)["passions"]
    _, events = run_action(ActionSuggestDirections(), make_tracker(
        "ik word ook blij van de mr", "share_passion",
        slots={**AFTER_SUGGESTIONS, "passions": PROFILE["passions"] + ", ik word ook blij van de mr"}))
    assert _chosen(events) is None


def test_new_words_that_fit_the_suggestions_are_said_to_fit_them():
    first, events = run_action(ActionSuggestDirections(), make_tracker("", slots=PROFILE))
    directions = slot_events(events)["directions"]
    top_role = directions[0]["roles"][0]
    assert top_role == "ict_didactiek"
    again, events = run_action(ActionSuggestDirections(), make_tracker(
        "digitale middelen in de les blijf ik het leukst vinden", "share_passion",
        slots={**PROFILE, "directions": directions}))
    assert events == []
    assert "Dat past bij wat ik al noemde: Specialist ICT-didactiek" in texts(again)


def test_new_words_that_point_nowhere_say_the_tips_stay():
    _, events = run_action(ActionSuggestDirections(), make_tracker("", slots=PROFILE))
    directions = slot_events(events)["directions"]
    again, _ = run_action(ActionSuggestDirections(), make_tracker(
        "ik hou ook van koken", "share_passion", slots={**PROFILE, "directions": directions}))
    assert "geen andere rol" in texts(again)


def test_going_on_after_pausing_the_questions_resumes_the_form():
    tracker = make_tracker("ok toch maar verder", "affirm", slots={"audience": "leraar", "stage": "startend"})
    dispatcher, events = run_action(ActionAffirm(), tracker)
    assert events == [{"event": "followup", "timestamp": None, "name": "orientation_form"}]
    assert dispatcher.messages == []


def test_turning_a_suggestion_down_is_no_choice():
    tracker = make_tracker("die met de leerlijnen spreekt me niet aan", "share_passion", slots=AFTER_SUGGESTIONS)
    _, events = run_action(ActionSuggestDirections(), tracker)
    assert _chosen(events) is None


FACTS_AND_A_ROLE = ("hoi ik ben 31, docent wiskunde havo/vwo sinds 2018, zit in de MR en ben sectievoorzitter. "
                    "wat zijn mijn opties?")


def test_a_first_message_full_of_facts_starts_the_orientation_instead_of_a_choice():
    dispatcher, events = run_action(ActionChooseRole(), make_tracker(FACTS_AND_A_ROLE, "choose_role"))
    assert events == [{"event": "followup", "timestamp": None, "name": "orientation_form"}]
    assert dispatcher.messages == []


def test_a_growth_question_with_facts_about_yourself_starts_the_orientation():
    from actions.knowledge_actions import ActionGrowthPaths

    _, events = run_action(ActionGrowthPaths(), make_tracker(
        "ik ben 12 jaar juf in groep 6 en ib'er, welke kanten kan ik op?", "ask_growth_paths"))
    assert events == [{"event": "followup", "timestamp": None, "name": "orientation_form"}]
    dispatcher, events = run_action(ActionGrowthPaths(), make_tracker(
        "welke kanten kan je op als leraar?", "ask_growth_paths"))
    assert events == [] and "verdiepen" in texts(dispatcher).lower()


def test_naming_a_role_without_suggestions_still_gives_its_questions():
    dispatcher, events = run_action(ActionChooseRole(), make_tracker("ik kies mentor", "choose_role"))
    assert _chosen(events) == "mentor"


def test_a_correction_that_changes_nothing_gets_one_reply():
    from actions.orientation_actions import ActionCorrectProfile

    _, events = run_action(ActionSuggestDirections(), make_tracker("", slots=PROFILE))
    directions = slot_events(events)["directions"]
    tracker = make_tracker("nee, ik geef geen wiskunde maar natuurkunde", "correct_profile",
                           slots={**PROFILE, "directions": directions})
    dispatcher, _ = run_action(ActionCorrectProfile(), tracker)
    text = texts(dispatcher)
    assert text.count("Dank je") == 1


def test_which_fits_best_names_the_first_suggestion_and_why():
    _, events = run_action(ActionSuggestDirections(), make_tracker("", slots=PROFILE))
    directions = slot_events(events)["directions"]
    tracker = make_tracker("welke past nu het best?", "choose_role", slots={**PROFILE, "directions": directions})
    dispatcher, events = run_action(ActionChooseRole(), tracker)
    assert events == []
    assert texts(dispatcher).startswith("Naar wat je vertelde past Specialist ICT-didactiek het best, omdat je")
    assert buttons(dispatcher)


def test_facts_taken_for_a_transition_question_start_the_orientation():
    from actions.knowledge_actions import ActionTransitionQuestions

    full = FACTS_AND_A_ROLE.replace("wat zijn", "ik wil over een paar jaar teamleider worden. wat zijn")
    _, events = run_action(ActionTransitionQuestions(), make_tracker(full, "ask_transition_questions"))
    assert events == [{"event": "followup", "timestamp": None, "name": "orientation_form"}]
    dispatcher, events = run_action(ActionTransitionQuestions(), make_tracker(
        "ik ben 8 jaar docent en mentor, wat moet ik regelen als ik coach word?", "ask_transition_questions"))
    assert events == [] and "Toelating" in texts(dispatcher)


def test_loose_words_for_a_role_outside_the_suggestions_offer_that_role_first():
    without_coaches = {**PROFILE, "directions": DIRECTIONS[:2]}
    tracker = make_tracker("coachen lijkt me wat", "choose_role", slots=without_coaches)
    dispatcher, events = run_action(ActionChooseRole(), tracker)
    assert _chosen(events) is None
    offered = [b["payload"] for b in buttons(dispatcher)]
    assert {'/choose_role{"role": "coach_nieuwe_collegas"}', '/choose_role{"role": "coach_lof"}'} == set(offered[:2])
    assert '/choose_role{"role": "lesson_study"}' in offered


def test_nothing_more_after_the_suggestions_asks_which_role_instead_of_stopping():
    from actions.orientation_actions import ActionStopForm

    dispatcher, events = run_action(ActionStopForm(), make_tracker("verder niks", "stop_form", slots=AFTER_SUGGESTIONS))
    assert events == [] and "Welke rol" in texts(dispatcher)
    dispatcher, _ = run_action(ActionStopForm(), make_tracker("stop maar", "stop_form", slots=AFTER_SUGGESTIONS))
    assert dispatcher.messages[0]["response"] == "utter_form_stopped"


def test_more_about_a_role_you_hold_takes_that_expertise_further():
    profile = {"audience": "leraar", "stage": "ervaren", "sector": "po", "passions": "liedjes en spelletjes",
               "tasks": "ik ben leerkracht groep 4, tto / tweetalig"}
    _, events = run_action(ActionSuggestDirections(), make_tracker("", slots=profile))
    directions = slot_events(events)["directions"]
    added = "ik ben ook nt2 contactpersoon voor de nieuwkomers"
    dispatcher, events = run_action(ActionSuggestDirections(), make_tracker(
        added, "share_tasks", slots={**profile, "tasks": profile["tasks"] + ", " + added, "directions": directions}))
    assert "directions" in slot_events(events)
    assert "die kennis kun je verder brengen" in texts(dispatcher)


def test_which_fits_best_names_the_later_role_the_words_point_at_and_one_for_now():
    side_entrant = {"audience": "zij_instromer", "stage": "startend", "sector": "vo",
                    "passions": "trainingen geven aan volwassenen",
                    "tasks": "ik was trainer bij een bank, nu net begonnen als docent economie"}
    _, events = run_action(ActionSuggestDirections(), make_tracker("", slots=side_entrant))
    directions = slot_events(events)["directions"]
    assert directions[-1]["kind"] == "op_termijn"
    tracker = make_tracker("welke past het beste bij mij?", "choose_role", slots={**side_entrant, "directions": directions})
    dispatcher, _ = run_action(ActionChooseRole(), tracker)
    text = texts(dispatcher)
    assert text.startswith("Naar wat je vertelde past Trainer op studiedagen en conferenties het best, omdat je")
    assert "iets voor later; voor nu past" in text


def test_a_bare_role_name_taken_for_the_summary_is_a_choice():
    from actions.orientation_actions import ActionSummary

    tracker = make_tracker("sectieleider", "request_summary", slots=AFTER_SUGGESTIONS)
    dispatcher, events = run_action(ActionSummary(), tracker)
    assert _chosen(events) == "sectieleider" and "Gespreksvoorbereiding" not in texts(dispatcher)


def test_a_management_wish_taken_for_the_summary_gets_the_honest_note():
    from actions.orientation_actions import ActionSummary

    dispatcher, events = run_action(ActionSummary(), make_tracker("teamleider", "request_summary", slots=AFTER_SUGGESTIONS))
    assert events == [] and "ander beroep dan leraar" in texts(dispatcher)
    assert buttons(dispatcher)  # the suggested roles stay one click away
    dispatcher, _ = run_action(ActionSummary(), make_tracker("zet het op een rij", "request_summary", slots=AFTER_SUGGESTIONS))
    assert "Gespreksvoorbereiding" in texts(dispatcher)


def test_a_students_study_question_after_the_suggestions_gets_the_advice_for_students():
    student = {"audience": "student", "stage": "in_opleiding", "passions": "gym geven en buiten spelen",
               "tasks": "stage in groep 5, help bij de sportdag", "directions": DIRECTIONS}
    dispatcher, events = run_action(ActionSuggestDirections(), make_tracker("welke keuzemodule past daarbij?",
                                                                             "start_orientation", slots=student))
    assert events == [] and "keuzemodule" in texts(dispatcher) and "ik heb het erbij gezet" not in texts(dispatcher)


def test_a_management_wish_is_named_honestly_in_the_suggestions():
    teacher = {**PROFILE, "passions": "ik wil eigenlijk teamleider worden, mensen in beweging krijgen"}
    dispatcher, _ = run_action(ActionSuggestDirections(), make_tracker("", slots=teacher))
    assert "ander beroep dan leraar" in texts(dispatcher) and "Hier zie ik kansen voor je" in texts(dispatcher)


def test_can_i_do_that_now_answers_from_the_stages_of_the_chosen_role():
    slots = {"audience": "zij_instromer", "stage": "startend", "chosen_role": "trainer_scholing"}
    dispatcher, events = run_action(ActionAffirm(), make_tracker("kan ik dat nu al doen?", "affirm", slots=slots))
    text = texts(dispatcher)
    assert events == [] and "Trainer op studiedagen en conferenties past vooral als je ervaren bent" in text
    assert "klein beginnen" in text
    slots = {"audience": "leraar", "stage": "ervaren", "chosen_role": "trainer_scholing"}
    text = texts(run_action(ActionAffirm(), make_tracker("kan ik dat nu al doen?", "affirm", slots=slots))[0])
    assert text.startswith("Ja, Trainer op studiedagen en conferenties past bij je fase")


def _reaction_to_the_real_suggestions(text, intent):
    """The suggestions for PROFILE as the assistant gives them, then the user's reaction to them."""
    _, events = run_action(ActionSuggestDirections(), make_tracker("", slots=PROFILE))
    directions = slot_events(events)["directions"]
    return run_action(ActionSuggestDirections(), make_tracker(text, intent, slots={**PROFILE, "directions": directions}))


def test_only_teaching_after_the_suggestions_is_fine_and_adds_nothing():
    dispatcher, events = _reaction_to_the_real_suggestions("alleen lesgeven nu", "share_tasks")
    text = texts(dispatcher)
    assert events == []
    assert "nu vooral lesgeven" in text and "kern van het vak" in text
    assert "erbij gezet" not in text
    assert buttons(dispatcher)


def _role_info_messages(question):
    from actions.knowledge_actions import ActionRoleInfo

    return run_action(ActionRoleInfo(), make_tracker(question, "ask_role_info"))[0].messages


@pytest.mark.parametrize("reaction", ["die wil ik", "die lijkt me wel wat", "ja, dat wil ik wel"])
def test_pointing_at_the_role_just_explained_chooses_it(reaction):
    shown = _role_info_messages("wat houdt expert werkplekleren in?")
    dispatcher, events = run_action(ActionChooseRole(), make_tracker(
        reaction, "choose_role", slots=AFTER_SUGGESTIONS, last_bot_messages=shown))
    assert _chosen(events) == "expert_werkplekleren"
    assert "Toelating" in texts(dispatcher)


def test_an_ordinal_counts_in_the_list_just_shown_not_in_the_earlier_suggestions():
    from actions.knowledge_actions import ActionDomainInfo

    shown = run_action(ActionDomainInfo(), make_tracker(
        "welke rollen horen bij ontwikkelen van onderwijs?", "ask_domain_info",
        [{"entity": "domain", "value": "onderwijs_ontwikkelen"}]))[0].messages
    listed = [b["title"] for b in shown[-1]["buttons"]]
    _, events = run_action(ActionChooseRole(), make_tracker(
        "de tweede", "choose_role", slots=AFTER_SUGGESTIONS, last_bot_messages=shown))
    from actions.knowledge import get_knowledge

    assert get_knowledge().roles[_chosen(events)].name == listed[1]


def test_a_question_after_the_suggestions_is_answered_not_added_to_the_profile():
    dispatcher, events = _reaction_to_the_real_suggestions("wat kan ik later worden", "start_orientation")
    text = texts(dispatcher)
    assert events == [] and "erbij gezet" not in text
    assert "zie ik deze rollen voor je" in text and buttons(dispatcher)
