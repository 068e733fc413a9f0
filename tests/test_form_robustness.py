"""The orientation form never gets stuck: every turn either answers its question, steps aside for a
rule, asks again once with a hint, or moves on. Found by chatting with the running assistant as
teachers, students and side-entrants (a rejected turn used to repeat the fallback ten times)."""
import pytest

from actions.forms import ValidateOrientationForm
from actions.knowledge_actions import ActionListStages, ActionTransitionQuestions
from actions.privacy_actions import ActionPrivacyInfo
from actions.profile_slots import AUDIENCE_WHEN_UNCLEAR, STAGE_UNKNOWN
from actions.conversation import profile_from
from tracker_factory import buttons, entity, make_tracker, run_action, slot_events, texts


def _validate(text, intent, **slots):
    return run_action(ValidateOrientationForm(), make_tracker(text, intent, slots=slots))[1]


def test_a_statement_the_classifier_took_for_off_topic_still_answers_the_question():
    slots = slot_events(_validate("jonge koks leren hoe je een goede saus maakt", "out_of_scope",
                                  requested_slot="passions", audience="zij_instromer", stage="startend"))
    assert "koks" in slots["passions"]


def test_a_statement_taken_for_a_rules_question_still_answers_who_you_are():
    slots = slot_events(_validate("leraar in het vo", "ask_rules", requested_slot="audience"))
    assert slots["audience"] == "leraar"


def test_an_off_topic_question_inside_the_form_is_left_to_the_rules():
    assert _validate("wat voor weer wordt het morgen?", "out_of_scope", requested_slot="passions") == []


def test_a_message_that_gives_nothing_is_asked_again_once_then_the_form_moves_on():
    first = slot_events(_validate("student", "share_background", requested_slot="passions", audience="student",
                                  stage="in_opleiding"))
    assert first == {"followup_asked": ["passions"]}
    second = slot_events(_validate("student", "share_background", requested_slot="passions", audience="student",
                                   stage="in_opleiding", followup_asked=["passions"]))
    assert second["passions"] == "student"


@pytest.mark.parametrize("requested, expected", [("audience", AUDIENCE_WHEN_UNCLEAR), ("stage", STAGE_UNKNOWN)])
def test_who_you_are_and_how_long_fall_back_to_a_default_after_one_retry(requested, expected):
    slots = slot_events(_validate("pfff geen idee", "nlu_fallback", requested_slot=requested,
                                  followup_asked=[requested]))
    assert slots[requested] == expected


def test_an_unknown_stage_does_not_filter_the_suggestions():
    assert profile_from(make_tracker(slots={"stage": STAGE_UNKNOWN})).stage is None


def test_the_start_button_inside_the_form_repeats_the_question_without_a_retry():
    slots = slot_events(_validate("", "start_orientation", requested_slot="tasks", followup_asked=[]))
    assert slots == {"followup_asked": []}


def test_saying_who_you_really_are_replaces_the_earlier_answer():
    slots = slot_events(_validate("ik ben eigenlijk zij-instromer", "share_background",
                                  requested_slot="passions", audience="leraar"))
    assert slots["audience"] == "zij_instromer"


def test_earlier_work_outside_education_makes_a_side_entrant():
    slots = slot_events(_validate("ik kom uit de ict, 15 jaar developer geweest", "share_background",
                                  requested_slot="audience"))
    assert slots["audience"] == "zij_instromer"


def test_mentor_of_a_trainee_is_a_teacher_not_a_student():
    slots = slot_events(_validate("ik ben bouwcoördinator en mentor van een lio", "share_tasks",
                                  requested_slot="tasks", audience="leraar", stage="ervaren"))
    assert "audience" not in slots or slots["audience"] == "leraar"
    assert slots.get("stage") in (None, "ervaren")


def test_a_privacy_question_is_answered_and_deletes_nothing(monkeypatch):
    monkeypatch.setenv("LOOPBAANWIJZER_RETENTION_HOURS", "12")
    dispatcher, events = run_action(ActionPrivacyInfo(), make_tracker("kan mijn leidinggevende dit lezen?", "ask_privacy"))
    reply = texts(dispatcher)
    assert "12 uur" in reply and "leidinggevende kan het niet teruglezen" in reply and "vergeet mij" in reply
    assert events == []
    assert [b["title"] for b in buttons(dispatcher)][0] == "Vergeet mij"


def test_a_question_about_one_stage_explains_that_stage_only():
    reply = texts(run_action(ActionListStages(), make_tracker("en meester?", "ask_stages"))[0])
    assert reply.startswith("Meester:")
    assert "Startend:" not in reply
    overview = texts(run_action(ActionListStages(), make_tracker("welke fases zijn er?", "ask_stages"))[0])
    assert "Startend" in overview and "Meester" in overview


def test_a_question_about_one_of_the_four_questions_explains_that_one():
    reply = texts(run_action(ActionTransitionQuestions(),
                             make_tracker("wat betekent facilitering", "ask_transition_questions"))[0])
    assert reply.startswith("Facilitering:")
    assert "Toelating" not in reply and "Erkenning" not in reply


def test_suggestions_that_did_not_change_are_not_sent_again():
    from actions.orientation_actions import ActionSuggestDirections

    profile = {"audience": "leraar", "stage": "ervaren", "passions": "collega's coachen vind ik leuk",
               "tasks": "mentor van 2 havo"}
    first_dispatcher, first_events = run_action(ActionSuggestDirections(), make_tracker("", slots=profile))
    directions = slot_events(first_events)["directions"]
    assert "Hier zie ik kansen voor je" in texts(first_dispatcher)
    again, events = run_action(ActionSuggestDirections(),
                               make_tracker("ik hou ook van koken", "share_passion", slots={**profile, "directions": directions}))
    assert "Hier zie ik kansen" not in texts(again)
    assert "blijven hetzelfde" in texts(again)
    assert events == []
    assert buttons(again)


@pytest.mark.parametrize("text", ["ik zit in het derde jaar van de pabo en wil weten welke kant ik op kan",
                                  "hoi ik ben juf in groep 3"])
def test_who_you_are_and_what_you_want_from_the_chat_are_not_taken_for_your_tasks(text):
    slots = slot_events(_validate(text, "share_background", requested_slot="audience"))
    assert "tasks" not in slots and "audience" in slots


def test_a_role_asked_by_another_name_says_under_which_name_it_is_known():
    from actions.knowledge_actions import ActionRoleInfo

    tracker = make_tracker("wat doet een intern begeleider?", "ask_role_info",
                           [entity("role", "zorgcoordinator", text="intern begeleider", start=13)])
    reply = texts(run_action(ActionRoleInfo(), tracker)[0])
    assert reply.startswith("Je vroeg naar intern begeleider: dat valt hier onder Zorgcoördinator.")
    assert "Past vooral als je ervaren bent of meesterschap hebt." in reply


@pytest.mark.parametrize("intent", ["stop_form", "correct_profile", "share_passion"])
def test_wanting_to_teach_less_is_kept_for_the_suggestions_not_taken_as_stop(intent):
    events = _validate("ik wil eigenlijk niet meer voor de klas", intent, requested_slot="stage",
                       audience="leraar", followup_asked=[])
    slots = slot_events(events)
    assert slots["passions"] == "ik wil eigenlijk niet meer voor de klas"


def test_a_stage_answer_with_other_facts_still_gets_a_hint_then_a_default():
    first = slot_events(_validate("ik vind lesmateriaal ontwikkelen en collega's coachen echt heel leuk",
                                  "share_passion", requested_slot="stage", audience="zij_instromer", followup_asked=[]))
    assert first["followup_asked"] == ["stage"] and "lesmateriaal" in first["passions"]
    second = slot_events(_validate("ik was maatschappelijk werker", "share_background", requested_slot="stage",
                                   audience="zij_instromer", followup_asked=["stage"]))
    assert second["stage"] == STAGE_UNKNOWN


@pytest.mark.parametrize("answer", ["ok", "hmm"])
def test_ok_or_hmm_counts_as_not_understood(answer):
    slots = slot_events(_validate(answer, "affirm", requested_slot="tasks", audience="leraar", followup_asked=["tasks"]))
    assert slots["tasks"] == answer


def test_since_a_month_is_a_starter():
    slots = slot_events(_validate("ik sta sinds september voor de klas, nederlands op een mavo", "share_stage",
                                  requested_slot="stage", audience="zij_instromer"))
    assert slots["stage"] == "startend"


def test_a_conversation_that_opens_with_facts_still_hears_it_is_a_chatbot():
    from actions.forms import ActionAskStage

    first = texts(run_action(ActionAskStage(), make_tracker("hallo, ik ben meester in groep 7", "share_tasks",
                                                            slots={"audience": "leraar"}, first_turn=True))[0])
    assert first.startswith("Hoi! Ik ben Loopbaanwijzer, een chatbot") and "vergeet mij" in first
    later = texts(run_action(ActionAskStage(), make_tracker("ik ben juf", "share_tasks", slots={"audience": "leraar"}))[0])
    assert "chatbot" not in later


def test_after_a_hint_a_statement_taken_for_another_language_still_moves_the_form_on():
    slots = slot_events(_validate("audits, teams plannen, trainees coachen", "other_language",
                                  requested_slot="stage", audience="zij_instromer", followup_asked=["stage"]))
    assert slots["stage"] == STAGE_UNKNOWN


def test_not_teaching_yet_is_not_a_teacher():
    slots = slot_events(_validate("sta nog niet voor de klas", "share_stage", requested_slot="audience"))
    assert slots.get("audience") != "leraar"


def test_asking_about_becoming_a_director_says_the_publication_does_not_cover_it():
    from actions.knowledge_actions import ActionGrowthPaths

    reply = texts(run_action(ActionGrowthPaths(), make_tracker("en directeur worden, kan dat ook?", "ask_growth_paths"))[0])
    assert "ander beroep" in reply and "leidinggevende of HR" in reply
    assert "verdiep" in reply.lower()
    plain = texts(run_action(ActionGrowthPaths(), make_tracker("hoe kan ik groeien?", "ask_growth_paths"))[0])
    assert "ander beroep" not in plain


# --- doubt and distress ----------------------------------------------------------------------------------


def test_doubt_in_the_first_message_is_heard_before_the_questions():
    tracker = make_tracker("ik twijfel of ik wel in het onderwijs wil blijven", "start_orientation",
                           active_loop="orientation_form", first_turn=True)
    dispatcher, _ = run_action(ValidateOrientationForm(), tracker)
    assert "Twijfelen hoort erbij" in texts(dispatcher)


def test_distress_points_to_people_who_can_help():
    tracker = make_tracker("ik zit er eerlijk gezegd helemaal doorheen, slaap slecht", "share_passion",
                           active_loop="orientation_form", slots={"requested_slot": "passions"})
    text = texts(run_action(ValidateOrientationForm(), tracker)[0])
    assert "vertrouwenspersoon" in text and "bedrijfsarts" in text


@pytest.mark.parametrize("text,kind", [
    ("hoe bedoel je energie? ik heb geen energie", "distress"),
    ("ik loop op mijn tandvlees", "distress"),
    ("ik kan het echt niet meer, help", "distress"),
    ("ik kan niet meer lesgeven aan groep 8 als ik teamleider word", None),
    ("ik krijg geen energie van vergaderen", None),
])
def test_everyday_words_for_exhaustion_are_heard(text, kind):
    from actions.profile import worry_about_work

    assert worry_about_work(text) == kind


def test_a_worry_is_answered_once_and_plain_answers_get_no_note():
    from actions.replies import WORRY_NOTES

    said = make_tracker("nog steeds twijfel", "share_passion", active_loop="orientation_form",
                        slots={"requested_slot": "passions"})
    said.events.append({"event": "bot", "text": WORRY_NOTES["doubt"]})
    assert "Twijfelen" not in texts(run_action(ValidateOrientationForm(), said)[0])
    plain = make_tracker("ik geef engels in 2 havo", "share_tasks", active_loop="orientation_form",
                         slots={"requested_slot": "tasks"})
    assert texts(run_action(ValidateOrientationForm(), plain)[0]) == ""


def test_the_sector_said_first_stays_unless_corrected():
    slots = {"audience": "leraar", "sector": "po", "requested_slot": "tasks"}
    aside = make_tracker("bouwcoördinator en ik help ook bij de open dag van het vmbo", "share_tasks",
                         active_loop="orientation_form", slots=slots)
    assert "sector" not in slot_events(run_action(ValidateOrientationForm(), aside)[1])
    corrected = make_tracker("eigenlijk werk ik op een vmbo", "share_tasks", active_loop="orientation_form", slots=slots)
    assert slot_events(run_action(ValidateOrientationForm(), corrected)[1])["sector"] == "vo"


def test_years_given_to_the_question_who_you_are_are_kept():
    tracker = make_tracker("22 jaar al", "share_stage", active_loop="orientation_form",
                           slots={"requested_slot": "audience"})
    slots = slot_events(run_action(ValidateOrientationForm(), tracker)[1])
    assert slots["stage"] == "ervaren"
    assert "audience" not in slots


def test_an_answer_taken_for_a_privacy_question_without_privacy_words_is_the_answer():
    tracker = make_tracker("puzzels, data, alles automatiseren wat kan", "ask_privacy", active_loop="orientation_form",
                           slots={"audience": "zij_instromer", "stage": "startend", "requested_slot": "passions",
                                  "followup_asked": ["passions"]})
    slots = slot_events(run_action(ValidateOrientationForm(), tracker)[1])
    assert "puzzels" in slots["passions"]
    real = make_tracker("wordt dit ergens opgeslagen", "ask_privacy", active_loop="orientation_form",
                        slots={"requested_slot": "passions", "followup_asked": ["passions"]})
    assert run_action(ValidateOrientationForm(), real)[1] == []


def test_keyboard_mashing_answers_nothing_in_the_form():
    tracker = make_tracker("jkjkjkjk", "nlu_fallback", active_loop="orientation_form",
                           slots={"audience": "student", "stage": "in_opleiding", "passions": "lezen met kinderen",
                                  "requested_slot": "tasks", "followup_asked": ["tasks"]})
    assert run_action(ValidateOrientationForm(), tracker)[1] == []


def test_nothing_else_answers_the_tasks_question_and_does_not_stop():
    tracker = make_tracker("verder niks", "stop_form", active_loop="orientation_form",
                           slots={"audience": "student", "stage": "in_opleiding", "passions": "voorlezen in de klas",
                                  "requested_slot": "tasks"})
    slots = slot_events(run_action(ValidateOrientationForm(), tracker)[1])
    assert slots.get("tasks") == "verder niks"


def test_asking_whether_to_stop_teaching_is_taken_seriously_and_the_questions_go_on():
    from actions.orientation_actions import ActionStopForm

    tracker = make_tracker("moet ik gewoon stoppen met het onderwijs?", "stop_form", active_loop="orientation_form",
                           slots={"requested_slot": "passions"})
    dispatcher, events = run_action(ActionStopForm(), tracker)
    assert "leidinggevende" in texts(dispatcher) and "bedrijfsarts" in texts(dispatcher)
    assert events == [{"event": "followup", "timestamp": None, "name": "orientation_form"}]
    plain = make_tracker("laat maar, ik wil stoppen met de vragen", "stop_form", active_loop="orientation_form")
    dispatcher, events = run_action(ActionStopForm(), plain)
    assert dispatcher.messages[0]["response"] == "utter_form_stopped"


@pytest.mark.parametrize("answer,stage", [("4 maanden", "startend"), ("ik begin pas in januari", "in_opleiding"),
                                          ("een paar weken", "startend"), ("sinds 2019", "ervaren")])
def test_short_answers_to_how_long(answer, stage):
    tracker = make_tracker(answer, "share_stage", active_loop="orientation_form",
                           slots={"audience": "zij_instromer", "requested_slot": "stage"})
    assert slot_events(run_action(ValidateOrientationForm(), tracker)[1])["stage"] == stage


def test_a_story_handed_to_the_form_is_read_at_its_start():
    story = ("hoi ik ben 31, docent wiskunde havo/vwo sinds 2018, zit in de MR en ben sectievoorzitter. "
             "wat zijn mijn opties?")
    slots = slot_events(run_action(ValidateOrientationForm(), make_tracker(story, "ask_transition_questions"))[1])
    assert slots["audience"] == "leraar" and slots["sector"] == "vo" and slots["stage"] == "ervaren"
    assert "mr" in slots["tasks"].lower()


@pytest.mark.parametrize("text", ["ik ben docent biologie op een havo vwo school, al 9 jaar", "ik geef engels in 2 havo"])
def test_saying_what_you_teach_leaves_the_question_what_you_do_besides(text):
    slots = slot_events(_validate(text, "share_tasks", requested_slot="audience"))
    assert slots.get("audience") == "leraar" and "tasks" not in slots


def test_a_task_besides_teaching_said_early_is_kept():
    slots = slot_events(_validate("ik geef gym en organiseer de sportdag", "share_tasks", requested_slot="audience"))
    assert "sportdag" in slots["tasks"]


def test_plain_teaching_given_as_the_answer_to_the_tasks_question_is_kept():
    slots = slot_events(_validate("ik geef engels in 2 havo", "share_tasks", requested_slot="tasks"))
    assert slots["tasks"] == "ik geef engels in 2 havo"


def test_a_side_entrant_who_says_they_only_teach_stays_a_side_entrant():
    slots = slot_events(_validate("alleen lesgeven nu", "share_tasks", audience="zij_instromer", stage="startend",
                                  passions="trainingen geven aan volwassenen"))
    assert "audience" not in slots


def test_a_student_who_graduated_becomes_a_teacher():
    slots = slot_events(_validate("ik ben afgestudeerd en geef nu les in groep 5", "share_stage", audience="student"))
    assert slots.get("audience") == "leraar"


def test_starting_in_january_is_not_in_front_of_a_class_yet():
    slots = slot_events(_validate("ik begin in januari als zij-instromer wiskunde, daarvoor was ik data-analist",
                                  "share_background", requested_slot="audience"))
    assert slots["audience"] == "zij_instromer" and slots["stage"] == "in_opleiding"


def test_distress_is_no_answer_to_what_gives_energy():
    slots = slot_events(_validate("eerlijk gezegd loop ik op mijn tandvlees", "share_passion",
                                  requested_slot="passions", audience="leraar", stage="startend"))
    # Not "not understood" either: after the note the question comes back plainly, without a push for examples.
    assert "passions" not in slots and "followup_asked" not in slots


def test_distress_with_what_still_gives_energy_keeps_that():
    slots = slot_events(_validate("ik ben echt op, maar lessen ontwerpen geeft me nog energie", "share_passion",
                                  requested_slot="passions", audience="leraar", stage="startend"))
    assert "ontwerpen" in slots["passions"]


def test_distress_the_classifier_found_unclear_is_heard_not_met_with_rephrase():
    from actions.forms import ActionAskRephrase

    tracker = make_tracker("eerlijk gezegd loop ik op mijn tandvlees", "nlu_fallback", active_loop="orientation_form",
                           slots={"requested_slot": "passions"})
    dispatcher, events = run_action(ActionAskRephrase(), tracker)
    assert events == [] and "bedrijfsarts" in texts(dispatcher)
    assert all(m.get("response") != "utter_ask_rephrase" for m in dispatcher.messages)
    dispatcher, _ = run_action(ActionAskRephrase(), make_tracker("ik weet niet zo goed wat ik wil", "nlu_fallback"))
    assert "Twijfelen hoort erbij" in texts(dispatcher) and buttons(dispatcher)
    dispatcher, _ = run_action(ActionAskRephrase(), make_tracker("blablabla", "nlu_fallback"))
    assert dispatcher.messages[0]["response"] == "utter_ask_rephrase"


def test_meester_of_a_group_is_a_teacher_not_the_stage():
    tracker = make_tracker("meester groep 8", "ask_stages", active_loop="orientation_form",
                           slots={"requested_slot": "audience"})
    dispatcher, events = run_action(ValidateOrientationForm(), tracker)
    slots = slot_events(events)
    assert slots["audience"] == "leraar" and slots["sector"] == "po"
