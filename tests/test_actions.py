"""Every custom action, run with a real rasa_sdk Tracker and CollectingDispatcher."""
import pytest

from actions.forms import ActionAskAudience, ActionAskPassions, ActionAskStage, ActionAskTasks, ValidateOrientationForm
from actions.knowledge_actions import (
    ActionDomainInfo,
    ActionListDomains,
    ActionListStages,
    ActionRoleInfo,
    ActionSideEntry,
    ActionTransitionQuestions,
)
from actions.orientation_actions import (
    ActionChooseRole,
    ActionCorrectProfile,
    ActionRestartOrientation,
    ActionStopForm,
    ActionSuggestDirections,
    ActionSummary,
)
from actions.privacy_actions import ActionForgetMe
from tracker_factory import buttons, entity, make_tracker, run_action, slot_events, texts

TEACHER = {
    "audience": "leraar",
    "stage": "ervaren",
    "passions": "ik vind het leuk om stagiairs te begeleiden en nieuwe collega's te helpen",
    "tasks": "ik ben mentor van 3 havo",
}


# --- knowledge answers -----------------------------------------------------------


def test_list_domains_names_all_four_with_buttons():
    dispatcher, _ = run_action(ActionListDomains(), make_tracker("welke domeinen zijn er", "ask_domains"))
    text = texts(dispatcher)
    for name in (
        "Ondersteunen van het leren van leerlingen",
        "Ontwikkelen van onderwijs",
        "Organiseren van onderwijs",
        "Ondersteunen van het leren van collega's",
    ):
        assert name in text
    assert "kern" in text
    assert len(buttons(dispatcher)) == 4


def test_domain_info_from_entity_lists_levels_and_roles():
    tracker = make_tracker(
        "wat houdt onderwijs organiseren in", "ask_domain_info", [entity("domain", "onderwijs_organiseren")]
    )
    text = texts(run_action(ActionDomainInfo(), tracker)[0])
    assert "Organiseren van onderwijs" in text
    assert "landelijk" in text and "team" in text
    assert "Sectieleider" in text


def test_domain_info_without_entity_uses_the_text():
    tracker = make_tracker("vertel eens over collega's ondersteunen", "ask_domain_info")
    assert "Ondersteunen van het leren van collega's" in texts(run_action(ActionDomainInfo(), tracker)[0])


@pytest.mark.parametrize(
    "message, entities, expected_name, expected_domain",
    [
        ("wat doet een schoolopleider", [entity("role", "schoolopleider")], "Schoolopleider", "collega's"),
        ("wat is een zorgcoördinator?", [], "Zorgcoördinator", "leren van leerlingen"),
        ("wat houdt lesson study in", [], "Lesson study", "Ontwikkelen van onderwijs"),
        ("wat doe je als sectievoorzitter", [entity("role", "sectievoorzitter", "sectievoorzitter", 15)], "Sectieleider", "Organiseren van onderwijs"),
    ],
)
def test_role_info_names_role_domain_and_stages(message, entities, expected_name, expected_domain):
    dispatcher, _ = run_action(ActionRoleInfo(), make_tracker(message, "ask_role_info", entities))
    text = texts(dispatcher)
    assert expected_name in text
    assert expected_domain in text
    assert "Past vooral als je" in text
    assert any(b["payload"].startswith("/choose_role") for b in buttons(dispatcher))


def test_unknown_role_says_so_and_offers_the_closest():
    dispatcher, _ = run_action(ActionRoleInfo(), make_tracker("wat doet een teamleider?", "ask_role_info"))
    text = texts(dispatcher)
    assert "'teamleider' ken ik niet" in text
    assert any("Sectieleider" in b["title"] for b in buttons(dispatcher))


def test_unknown_role_without_any_likeness_offers_the_domains():
    dispatcher, _ = run_action(ActionRoleInfo(), make_tracker("wat doet een astronaut?", "ask_role_info"))
    assert "ken ik niet" in texts(dispatcher)
    assert buttons(dispatcher)


def test_stages_lists_the_four_stages_and_being_a_beginner_again():
    text = texts(run_action(ActionListStages(), make_tracker("welke fases zijn er", "ask_stages"))[0])
    for name in ("In opleiding", "Startend", "Ervaren", "Meester"):
        assert name.lower() in text.lower()
    assert "beginner" in text


def test_growth_paths_explain_deeper_broader_and_outside_school():
    from actions.knowledge_actions import ActionGrowthPaths

    text = texts(run_action(ActionGrowthPaths(), make_tracker("wat is het verschil tussen verdiepen en verbreden", "ask_growth_paths"))[0])
    for name in ("Verdiepen", "Verbreden", "Combineren", "Buiten de school"):
        assert name in text


def test_transition_questions_in_general():
    text = texts(run_action(ActionTransitionQuestions(), make_tracker("wat vraag ik mijn leidinggevende", "ask_transition_questions"))[0])
    for name in ("Toelating", "Ondersteuning", "Facilitering", "Erkenning"):
        assert name in text


def test_transition_questions_for_the_chosen_role_carry_its_hint():
    tracker = make_tracker("en wat vraag ik dan", "ask_transition_questions", slots={"chosen_role": "schoolopleider"})
    text = texts(run_action(ActionTransitionQuestions(), tracker)[0])
    assert "Schoolopleider" in text
    assert "VELON" in text
    assert "leidinggevende" in text


def test_side_entry_keeps_teaching_as_the_core():
    dispatcher, _ = run_action(ActionSideEntry(), make_tracker("wat kan ik met mijn ervaring als zij-instromer", "ask_side_entry"))
    text = texts(dispatcher)
    assert "zij-instromer" in text
    assert "kern" in text
    assert "leidinggevende" in text or "lerarenopleiding" in text  # points to who decides, invents no rules


# --- the form ------------------------------------------------------------------------


def test_frontloaded_message_fills_every_slot_it_speaks_to():
    tracker = make_tracker(
        "ik ben mentor, 8 jaar docent en vind lesmateriaal maken leuk", "share_tasks", active_loop="orientation_form"
    )
    slots = slot_events(run_action(ValidateOrientationForm(), tracker)[1])
    assert slots["audience"] == "leraar"
    assert slots["stage"] == "ervaren"
    assert "mentor" in slots["tasks"]
    assert "lesmateriaal" in slots["passions"]


def test_form_steps_aside_for_a_question():
    tracker = make_tracker("wat doet een schoolopleider?", "ask_role_info", slots={"requested_slot": "passions"})
    assert run_action(ValidateOrientationForm(), tracker)[1] == []


def test_an_answer_that_looks_like_a_role_question_is_still_an_answer():
    tracker = make_tracker("lesson study vind ik heel leuk", "ask_role_info", slots={"requested_slot": "passions"})
    slots = slot_events(run_action(ValidateOrientationForm(), tracker)[1])
    assert "lesson study" in slots["passions"]


def test_button_payload_fills_audience_from_entity():
    tracker = make_tracker('/share_background{"audience": "zij_instromer"}', "share_background",
                           [entity("audience", "zij_instromer")], slots={"requested_slot": "audience"})
    assert slot_events(run_action(ValidateOrientationForm(), tracker)[1])["audience"] == "zij_instromer"


def test_bare_years_answer_the_stage_question():
    tracker = make_tracker("12", "share_stage", slots={"requested_slot": "stage", "audience": "leraar"})
    assert slot_events(run_action(ValidateOrientationForm(), tracker)[1])["stage"] == "ervaren"


def test_vague_passion_gets_one_follow_up_then_is_accepted():
    first = make_tracker("weet ik niet zo", "share_passion", slots={"requested_slot": "passions"})
    slots = slot_events(run_action(ValidateOrientationForm(), first)[1])
    assert "passions" not in slots
    assert slots["followup_asked"] == ["passions"]
    asked = make_tracker("", None, slots={"requested_slot": "passions", "followup_asked": ["passions"]})
    assert "voorbeeld" in texts(run_action(ActionAskPassions(), asked)[0])
    second = make_tracker("weet ik niet zo", "share_passion", slots={"requested_slot": "passions", "followup_asked": ["passions"]})
    assert slot_events(run_action(ValidateOrientationForm(), second)[1])["passions"] == "weet ik niet zo"


def test_questions_of_the_form_fit_the_audience():
    assert len(buttons(run_action(ActionAskAudience(), make_tracker())[0])) == 3
    assert "Startend" in str(buttons(run_action(ActionAskStage(), make_tracker())[0]))
    assert "stage" in texts(run_action(ActionAskTasks(), make_tracker(slots={"audience": "student"}))[0])
    assert "vorige" in texts(run_action(ActionAskTasks(), make_tracker(slots={"audience": "zij_instromer"}))[0]) or \
        "hiervoor" in texts(run_action(ActionAskTasks(), make_tracker(slots={"audience": "zij_instromer"}))[0])


# --- suggestions, choosing, summary ---------------------------------------------------------


def test_suggestions_name_domain_roles_and_quote_the_user():
    dispatcher, events = run_action(ActionSuggestDirections(), make_tracker(slots=TEACHER))
    text = texts(dispatcher)
    assert "Verdiepen" in text and "Verbreden" in text
    assert "ondersteunen van het leren van collega's" in text
    assert "Werkplekbegeleider" in text or "Coach van nieuwe collega's" in text
    assert "je noemde 'stagiairs" in text
    directions = slot_events(events)["directions"]
    assert any(d["domain"] == "collegas_ondersteunen" for d in directions)
    assert any(b["payload"].startswith("/choose_role") for b in buttons(dispatcher))


def test_choose_role_by_button_gives_the_four_questions():
    tracker = make_tracker('/choose_role{"role": "werkplekbegeleider"}', "choose_role",
                           [entity("role", "werkplekbegeleider")], slots=TEACHER)
    dispatcher, events = run_action(ActionChooseRole(), tracker)
    text = texts(dispatcher)
    for name in ("Toelating", "Ondersteuning", "Facilitering", "Erkenning"):
        assert name in text
    assert "Werkplekbegeleider" in text
    assert "HR" in text  # rules it does not know are sent to who does
    assert slot_events(events) == {"chosen_role": "werkplekbegeleider"}


def test_choose_role_by_position_in_the_suggestions():
    directions = [{"kind": "verdiepen", "domain": "leren_leerlingen", "roles": ["zorgcoordinator", "leerlingbegeleider"], "reasons": {}}]
    tracker = make_tracker("doe maar de tweede", "choose_role", slots={**TEACHER, "directions": directions})
    _, events = run_action(ActionChooseRole(), tracker)
    assert slot_events(events) == {"chosen_role": "leerlingbegeleider"}


def test_student_gets_questions_for_the_stage_supervisor():
    tracker = make_tracker("ik kies lesson study", "choose_role", [entity("role", "lesson_study")],
                           slots={"audience": "student", "stage": "in_opleiding"})
    assert "stagebegeleider" in texts(run_action(ActionChooseRole(), tracker)[0])


def test_summary_holds_profile_directions_role_and_questions():
    directions = [{"kind": "verbreden", "domain": "collegas_ondersteunen", "roles": ["werkplekbegeleider"],
                   "reasons": {"werkplekbegeleider": ["stagiairs te begeleiden"]}}]
    tracker = make_tracker("samenvatting", "request_summary",
                           slots={**TEACHER, "directions": directions, "chosen_role": "werkplekbegeleider"})
    dispatcher, _ = run_action(ActionSummary(), tracker)
    text = texts(dispatcher)
    assert text.startswith("Gespreksvoorbereiding")
    assert "stagiairs te begeleiden" in text
    assert "Gekozen rol: Werkplekbegeleider" in text
    assert "Toelating" in text and "Erkenning" in text
    assert dispatcher.messages[0]["custom"]["summary"] == text


def test_summary_without_a_profile_says_there_is_nothing_yet():
    assert "nog niets" in texts(run_action(ActionSummary(), make_tracker("samenvatting", "request_summary"))[0])


def test_correction_after_suggestions_updates_profile_and_directions():
    directions = [{"kind": "verdiepen", "domain": "leren_leerlingen", "roles": ["zorgcoordinator"], "reasons": {}}]
    tracker = make_tracker("nee, ik ben geen mentor meer", "correct_profile", slots={**TEACHER, "directions": directions})
    dispatcher, events = run_action(ActionCorrectProfile(), tracker)
    slots = slot_events(events)
    assert slots["excluded_roles"] == ["mentor"]
    assert "aangepast" in texts(dispatcher)
    assert "directions" in slots


def test_stop_and_restart_clear_the_form():
    _, stop_events = run_action(ActionStopForm(), make_tracker("laat maar", "stop_form", active_loop="orientation_form"))
    assert any(e["event"] == "active_loop" and e["name"] is None for e in stop_events)
    _, restart_events = run_action(ActionRestartOrientation(), make_tracker("opnieuw", "restart_orientation", slots=TEACHER))
    assert all(value is None for value in slot_events(restart_events).values())
    assert "passions" in slot_events(restart_events)


def test_forget_me_restarts_and_confirms():
    dispatcher, events = run_action(ActionForgetMe(), make_tracker("vergeet mij", "forget_me", slots=TEACHER))
    assert "gewist" in texts(dispatcher)
    assert events == [{"event": "restart", "timestamp": None}]


@pytest.mark.parametrize("text", ["vergeet mij", "wis alles wat ik zei", "niks bewaren aub", "/forget_me"])
def test_a_clear_request_to_forget_deletes_at_once(text):
    from actions.privacy_actions import ActionCheckForgetMe

    dispatcher, events = run_action(ActionCheckForgetMe(), make_tracker(text, "forget_me", slots=TEACHER))
    assert events == [{"event": "followup", "timestamp": None, "name": "action_forget_me"}]
    assert texts(dispatcher) == ""


def test_a_message_only_taken_for_forget_me_asks_first_and_deletes_nothing():
    from actions.privacy_actions import ActionCheckForgetMe

    dispatcher, events = run_action(ActionCheckForgetMe(), make_tracker("nog niks op school", "forget_me", slots=TEACHER))
    assert events == []
    assert "Wil je dat ik alles van dit gesprek wis?" in texts(dispatcher)
    assert [b["payload"] for b in buttons(dispatcher)] == ["/forget_me"]


def test_every_forget_me_example_is_a_clear_request():
    """The training data and the guard agree: what the assistant learned as "forget me" deletes at once."""
    import re

    import yaml

    from actions.privacy_actions import clearly_asks_to_delete

    data = yaml.safe_load(open("data/nlu/privacy.yml", encoding="utf-8"))
    block = next(b for b in data["nlu"] if b.get("intent") == "forget_me")
    examples = [re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", line[2:]) for line in block["examples"].splitlines()
                if line.startswith("- ")]
    assert len(examples) > 100
    assert [e for e in examples if not clearly_asks_to_delete(e)] == []


# --- rules the publication does not give --------------------------------------------------


def test_salary_question_is_sent_to_manager_or_hr_without_figures():
    from actions.knowledge_actions import ActionRulesElsewhere

    tracker = make_tracker("hoeveel verdien je als schoolopleider", "ask_rules", [entity("role", "schoolopleider")])
    text = texts(run_action(ActionRulesElsewhere(), tracker)[0])
    assert "geen regels" in text
    assert "HR" in text and "leidinggevende" in text
    assert "VELON" in text  # what the publication does say about recognition for this role
    assert not any(ch.isdigit() for ch in text)  # no invented amounts or scales


def test_bevoegdheid_question_is_sent_to_the_teacher_training_institute():
    from actions.knowledge_actions import ActionRulesElsewhere

    tracker = make_tracker("welke bevoegdheid heb ik nodig voor het mbo", "ask_rules")
    text = texts(run_action(ActionRulesElsewhere(), tracker)[0])
    assert "lerarenopleiding" in text
    assert "cao" not in text


def test_role_question_about_pay_also_says_who_to_ask():
    tracker = make_tracker("hoeveel verdien je als zorgcoördinator?", "ask_role_info")
    text = texts(run_action(ActionRoleInfo(), tracker)[0])
    assert "Zorgcoördinator" in text and "HR" in text


# --- answers that need a second look -------------------------------------------------------


@pytest.mark.parametrize(
    "answer, stage",
    [("6", "ervaren"), ("zo'n twee jaar", "startend"), ("sinds 2024", "startend"), ("nee, nog niet", "in_opleiding"),
     ("al heel lang", "ervaren")],
)
def test_short_answers_to_the_stage_question(answer, stage):
    tracker = make_tracker(answer, "share_stage", slots={"requested_slot": "stage", "audience": "leraar"})
    assert slot_events(run_action(ValidateOrientationForm(), tracker)[1])["stage"] == stage


def test_an_unclear_stage_answer_is_asked_again_with_a_hint():
    tracker = make_tracker("tja lastig", "share_stage", slots={"requested_slot": "stage", "audience": "leraar"})
    slots = slot_events(run_action(ValidateOrientationForm(), tracker)[1])
    assert "stage" not in slots and slots["followup_asked"] == ["stage"]
    again = make_tracker("", slots={"requested_slot": "stage", "followup_asked": ["stage"]})
    dispatcher, _ = run_action(ActionAskStage(), again)
    assert texts(dispatcher).startswith("Dat begreep ik niet helemaal")
    assert len(buttons(dispatcher)) == 4


@pytest.mark.parametrize("answer", ["ik geef alleen les", "niks eigenlijk", "geen extra taken", "gewoon lesgeven"])
def test_no_extra_tasks_is_an_answer(answer):
    tracker = make_tracker(answer, "share_tasks", slots={"requested_slot": "tasks", "audience": "leraar"})
    slots = slot_events(run_action(ValidateOrientationForm(), tracker)[1])
    assert slots["tasks"] == answer


def test_role_info_by_its_place_in_the_suggestions():
    directions = [{"kind": "verdiepen", "domain": "leren_leerlingen", "roles": ["zorgcoordinator", "leerlingbegeleider"], "reasons": {}}]
    tracker = make_tracker("vertel meer over de tweede", "ask_role_info", slots={"directions": directions})
    assert "Leerlingbegeleider" in texts(run_action(ActionRoleInfo(), tracker)[0])


def test_general_questions_offer_the_suggested_roles_to_make_them_concrete():
    directions = [{"kind": "verbreden", "domain": "collegas_ondersteunen", "roles": ["werkplekbegeleider"], "reasons": {}}]
    tracker = make_tracker("wat vraag ik mijn leidinggevende", "ask_transition_questions", slots={"directions": directions})
    dispatcher, _ = run_action(ActionTransitionQuestions(), tracker)
    assert "Toelating" in texts(dispatcher)
    assert buttons(dispatcher)[0]["payload"] == '/choose_role{"role": "werkplekbegeleider"}'


def test_naming_a_suggested_role_without_a_question_is_a_choice():
    directions = [{"kind": "verdiepen", "domain": "leren_leerlingen", "roles": ["praktijkleren"], "reasons": {}}]
    tracker = make_tracker("praktijkleren lijkt me wat", "ask_role_info", slots={"directions": directions})
    dispatcher, events = run_action(ActionRoleInfo(), tracker)
    assert "Toelating" in texts(dispatcher)
    assert slot_events(events) == {"chosen_role": "praktijkleren"}


def test_my_own_supervisor_is_not_the_role_asked_about():
    tracker = make_tracker("wat moet ik aan mijn stagebegeleider vragen", "ask_transition_questions",
                           [entity("role", "werkplekbegeleider", "stagebegeleider", 21)])
    text = texts(run_action(ActionTransitionQuestions(), tracker)[0])
    assert "Werkplekbegeleider" not in text
    assert "Toelating" in text


def test_a_students_plain_internship_is_enough():
    tracker = make_tracker("ik loop stage in groep 4 en help daar met de rekenles", "share_tasks",
                           slots={"requested_slot": "tasks", "audience": "student", "stage": "in_opleiding"})
    slots = slot_events(run_action(ValidateOrientationForm(), tracker)[1])
    assert "rekenles" in slots["tasks"]


def test_wanting_to_become_a_teacher_is_a_side_entrant_despite_the_word_leraar():
    tracker = make_tracker("ik kom uit de zorg en wil leraar worden", "share_background",
                           [entity("audience", "leraar", "leraar", 27)], slots={"requested_slot": "audience"})
    assert slot_events(run_action(ValidateOrientationForm(), tracker)[1])["audience"] == "zij_instromer"


def test_stage_said_on_its_own_after_the_form_updates_the_profile():
    tracker = make_tracker("ik sta trouwens al 15 jaar voor de klas", "share_stage", slots={**TEACHER, "stage": "startend"})
    assert slot_events(run_action(ValidateOrientationForm(), tracker)[1])["stage"] == "ervaren"


def test_an_aside_while_answering_another_question_keeps_the_stage():
    tracker = make_tracker("ik help graag collega's die starter zijn", "share_passion",
                           slots={**TEACHER, "requested_slot": "passions", "passions": None})
    assert "stage" not in slot_events(run_action(ValidateOrientationForm(), tracker)[1])


def test_domain_info_follows_the_whole_message_over_one_tagged_word():
    tracker = make_tracker("collega's coachen en intervisie begeleiden", "ask_domain_info",
                           [entity("domain", "leren_leerlingen")])
    text = texts(run_action(ActionDomainInfo(), tracker)[0])
    assert text.startswith("Ondersteunen van het leren van collega's")


def test_a_rule_inside_a_question_about_a_new_role_goes_to_hr():
    tracker = make_tracker("kan ik gebruik maken van de seniorenregeling als ik een nieuwe rol neem?",
                           "ask_transition_questions")
    text = texts(run_action(ActionTransitionQuestions(), tracker)[0])
    assert "cao" in text and "HR" in text
    assert "Toelating" not in text


def test_admission_as_one_of_the_four_questions_is_not_a_rule():
    tracker = make_tracker("wat moet ik regelen voor de toelating als ik coach word", "ask_transition_questions")
    assert "Toelating" in texts(run_action(ActionTransitionQuestions(), tracker)[0])


def test_a_student_asking_which_keuzemodule_gets_the_advice_for_students():
    from actions.knowledge_actions import ActionOutOfScope

    directions = [{"kind": "verdiepen", "domain": "leren_leerlingen", "roles": ["expert_taalontwikkeling"], "reasons": {}}]
    tracker = make_tracker("wat voor keuzemodule zou ik dan moeten kiezen?", "out_of_scope",
                           slots={"audience": "student", "directions": directions})
    text = texts(run_action(ActionOutOfScope(), tracker)[0])
    assert "keuzemodules" in text and "Expert taalontwikkeling" in text and "slb'er" in text


def test_off_topic_stays_off_topic():
    from actions.knowledge_actions import ActionOutOfScope

    dispatcher, _ = run_action(ActionOutOfScope(), make_tracker("wat voor weer wordt het morgen", "out_of_scope"))
    assert dispatcher.messages[0]["response"] == "utter_out_of_scope"


def test_where_to_apply_is_advice_not_a_rule():
    from actions.knowledge_actions import ActionRulesElsewhere

    tracker = make_tracker("moet ik bij een grote of kleine school solliciteren?", "ask_rules", slots={"audience": "student"})
    text = texts(run_action(ActionRulesElsewhere(), tracker)[0])
    assert "solliciteert" in text and "cao" not in text


def test_a_side_entry_story_is_answered_and_then_read_by_the_orientation():
    story = ("lang verhaal kort: ik ben 44, heb 18 jaar als controller gewerkt en sta sinds februari voor de klas "
             "als docent economie op een vmbo. wat kan ik met mijn achtergrond?")
    dispatcher, events = run_action(ActionSideEntry(), make_tracker(story, "ask_side_entry"))
    assert "zij-instromer" in texts(dispatcher)
    assert "Vertel je wat je eerder deed" not in texts(dispatcher)
    assert events == [{"event": "followup", "timestamp": None, "name": "orientation_form"}]


def test_side_entry_does_not_ask_again_for_earlier_work_already_told():
    tracker = make_tracker("kan ik als zij-instromer meteen sectieleider worden?", "ask_side_entry",
                           slots={"audience": "zij_instromer", "tasks": "data-analist, dashboards bouwen"})
    text = texts(run_action(ActionSideEntry(), tracker)[0])
    assert "Vertel je wat je eerder deed" not in text and "leidinggevende" in text


@pytest.mark.parametrize("text,slots", [
    ("als ik na een jaar buitenland terugkom, kan ik dan weer instromen?", {"audience": "student"}),
    ("ik wil na mijn lio een jaar in het buitenland lesgeven, kan dat?", {"audience": "student"}),
    ("kan ik na een paar jaar bij een bedrijf weer terugkeren in het onderwijs?", {"audience": "leraar"}),
])
def test_coming_back_after_time_away_is_no_side_entry(text, slots):
    dispatcher, _ = run_action(ActionSideEntry(), make_tracker(text, "ask_side_entry", slots=slots))
    reply = texts(dispatcher)
    assert "Tijdelijk buiten het onderwijs werken en terugkomen" in reply
    assert "Als zij-instromer" not in reply
    assert "leidinggevende" in reply and "lerarenopleiding" in reply  # who knows the rules; none invented


def test_a_side_entrant_from_abroad_still_gets_the_side_entry_answer():
    tracker = make_tracker("ik heb 10 jaar in het buitenland gewerkt als ingenieur, kan ik leraar worden?", "ask_side_entry")
    reply = texts(run_action(ActionSideEntry(), tracker)[0])
    assert "zij-instromer" in reply and "Tijdelijk buiten" not in reply


def test_growth_paths_after_suggestions_name_them_and_outside_the_classroom():
    from actions.knowledge_actions import ActionGrowthPaths

    directions = [{"kind": "verdiepen", "domain": "leren_leerlingen", "roles": ["expert_taalontwikkeling"], "reasons": {}}]
    tracker = make_tracker("kan ik na de pabo ook iets anders dan voor de klas?", "ask_growth_paths",
                           slots={"audience": "student", "directions": directions})
    dispatcher, _ = run_action(ActionGrowthPaths(), tracker)
    text = texts(dispatcher)
    assert "Voor jou noemde ik al: Expert taalontwikkeling" in text
    assert "Buiten de klas of de school kan bijvoorbeeld" in text
    assert buttons(dispatcher)[0]["payload"] == '/choose_role{"role": "expert_taalontwikkeling"}'


def test_which_domain_matters_most_is_the_core():
    from actions.knowledge_actions import ActionOutOfScope

    text = texts(run_action(ActionOutOfScope(), make_tracker("welke is het belangrijkst", "out_of_scope"))[0])
    assert text.startswith("De kern is ondersteunen van het leren van leerlingen")


def test_a_qualification_is_no_role_and_goes_to_the_training_institute():
    text = texts(run_action(ActionRoleInfo(), make_tracker("wat is een pdg eigenlijk", "ask_role_info"))[0])
    assert "lerarenopleiding" in text
    assert "bedoel je" not in text.lower()


def test_becoming_a_role_without_extra_training_explains_the_role_and_who_knows_the_rules():
    from actions.knowledge_actions import ActionGrowthPaths

    tracker = make_tracker("kan ik decaan worden zonder extra opleiding?", "ask_growth_paths")
    text = texts(run_action(ActionGrowthPaths(), tracker)[0])
    assert "(Studie)decaan" in text and "lerarenopleiding" in text
    assert "Verdiepen:" not in text


def test_a_starter_who_barely_copes_is_not_given_the_four_questions():
    from actions.knowledge_actions import ActionTransitionQuestions

    tracker = make_tracker("wat moet ik nu al met rollen, ik overleef nauwelijks", "ask_transition_questions",
                           slots={"audience": "leraar", "stage": "startend"})
    reply = texts(run_action(ActionTransitionQuestions(), tracker)[0])
    assert "bedrijfsarts" in reply and "Een nieuwe rol hoeft nu niet" in reply
    assert "Toelating" not in reply


def test_a_teacher_with_years_taken_for_side_entry_gets_the_orientation():
    tracker = make_tracker("ik sta al 20 jaar voor de klas in het mbo, techniek. wat kan ik nog?", "ask_side_entry")
    dispatcher, events = run_action(ActionSideEntry(), tracker)
    assert events == [{"event": "followup", "timestamp": None, "name": "orientation_form"}]
    assert "zij-instromer" not in texts(dispatcher)


@pytest.mark.parametrize("intent", ["help", "ask_privacy"])
def test_what_do_you_know_about_me_shows_what_is_kept_in_the_users_words(intent):
    from actions.privacy_actions import ActionHelp, ActionPrivacyInfo

    action = ActionHelp() if intent == "help" else ActionPrivacyInfo()
    dispatcher, events = run_action(action, make_tracker("wat weet je nu van mij?", intent, slots=TEACHER))
    text = texts(dispatcher)
    assert events == [] and "Dit weet ik van je" in text and TEACHER["passions"] in text
    assert "je naam ken ik niet" in text
    dispatcher, _ = run_action(action, make_tracker("wat weet je nu van mij?", intent))
    assert "Ik weet nog niets van je" in texts(dispatcher)


def test_help_still_says_what_the_assistant_can_do():
    from actions.privacy_actions import ActionHelp

    dispatcher, _ = run_action(ActionHelp(), make_tracker("wat kun je allemaal", "help"))
    assert dispatcher.messages[0]["response"] == "utter_help"


def test_frustration_gets_an_apology_before_the_help():
    from actions.privacy_actions import ActionHelp

    dispatcher, _ = run_action(ActionHelp(), make_tracker("jij snapt er niks van", "help"))
    assert dispatcher.messages[0]["text"].startswith("Sorry, dan heb ik je niet goed begrepen")
    assert dispatcher.messages[1]["response"] == "utter_help"


def test_a_management_role_is_not_a_teacher_role_and_the_leading_teacher_roles_are_offered():
    dispatcher, _ = run_action(ActionRoleInfo(), make_tracker("wat doet een conrector eigenlijk?", "ask_role_info"))
    text = texts(dispatcher)
    assert "'conrector' ken ik niet" in text
    assert "ander beroep" in text
    assert [b["title"] for b in buttons(dispatcher)] == ["Sectieleider", "Meedenken over schoolbeleid"]


@pytest.mark.parametrize("asked, expected", [
    ("leescoördinator", "Expert taalontwikkeling"),
    ("gedragsspecialist", "Leerlingbegeleider"),
    ("pestcoördinator", "Leerlingbegeleider"),
    ("ict-coordinator", "Specialist ICT-didactiek"),
])
def test_an_unknown_compound_role_offers_roles_about_its_topic(asked, expected):
    dispatcher, _ = run_action(ActionRoleInfo(), make_tracker(f"wat doet een {asked}", "ask_role_info"))
    assert f"'{asked}' ken ik niet" in texts(dispatcher)
    assert buttons(dispatcher)[0]["title"] == expected


def test_the_four_questions_for_an_unknown_role_say_so_and_offer_the_closest():
    dispatcher, _ = run_action(ActionTransitionQuestions(), make_tracker(
        "wat moet ik regelen als ik leescoordinator wil worden", "ask_transition_questions"))
    text = texts(dispatcher)
    assert "'leescoordinator' ken ik niet" in text
    for name in ("Toelating", "Ondersteuning", "Facilitering", "Erkenning"):
        assert name in text
    assert buttons(dispatcher)[0] == {
        "title": "Expert taalontwikkeling",
        "payload": '/ask_transition_questions{"role": "expert_taalontwikkeling"}'}


def test_the_four_questions_for_a_known_role_named_as_a_wish():
    dispatcher, _ = run_action(ActionTransitionQuestions(), make_tracker(
        "wat moet ik regelen om mentor te worden", "ask_transition_questions"))
    text = texts(dispatcher)
    assert "ken ik niet" not in text
    assert "Mentor" in text


def test_the_four_questions_for_a_management_role_get_the_honest_note():
    dispatcher, _ = run_action(ActionTransitionQuestions(), make_tracker(
        "wat moet ik vragen om teamleider te worden", "ask_transition_questions"))
    assert "ander beroep" in texts(dispatcher)


def test_earlier_work_told_at_the_stage_question_is_kept():
    # A side-entrant answers "hoe lang sta je voor de klas?" with what they did before: that is kept.
    tracker = make_tracker("sport en discipline, teams leiden", "share_background",
                           slots={"audience": "zij_instromer", "requested_slot": "stage"},
                           active_loop="orientation_form")
    slots = slot_events(run_action(ValidateOrientationForm(), tracker)[1])
    assert slots["tasks"] == "teams leiden"
    assert "stage" not in slots  # asked once more, with a hint, before a default


def test_a_student_is_not_told_about_side_entry():
    dispatcher, _ = run_action(ActionSideEntry(), make_tracker(
        "kan ik als student al iets met cultuur doen op school?", "ask_side_entry",
        slots={"audience": "student", "stage": "in_opleiding"}))
    text = texts(dispatcher)
    assert "zij-instromer" not in text
    assert "keuzemodules" in text or "keuzemodule" in text


def test_a_students_minor_question_taken_for_the_stages_gets_the_study_advice():
    dispatcher, _ = run_action(ActionListStages(), make_tracker(
        "welke minor past daarbij", "ask_stages", slots={"audience": "student", "stage": "in_opleiding"}))
    text = texts(dispatcher)
    assert "In opleiding:" not in text
    assert "opleiding of je slb'er" in text


def test_a_side_entrants_earlier_profession_in_the_first_message_is_kept():
    tracker = make_tracker("goedendag, ik was 10 jaar verpleegkundige en ben nu zij-instromer op een basisschool",
                           "share_background")
    slots = slot_events(run_action(ValidateOrientationForm(), tracker)[1])
    assert slots["audience"] == "zij_instromer"
    assert "verpleegkundige" in slots["tasks"]


def test_a_question_in_the_middle_of_the_orientation_is_answered():
    from actions.knowledge_actions import ActionGrowthPaths

    tracker = make_tracker("kan ik ook iets buiten de school doen naast het lesgeven?", "ask_growth_paths",
                           slots={"audience": "leraar", "sector": "mbo", "requested_slot": "stage"},
                           active_loop="orientation_form")
    dispatcher, events = run_action(ActionGrowthPaths(), tracker)
    assert events == []
    assert "Buiten de school" in texts(dispatcher)


def test_unsure_between_help_and_the_four_questions_the_words_decide():
    from actions.forms import ActionAskRephrase

    tracker = make_tracker("wat moet ik regelen", "nlu_fallback", slots={"chosen_role": "mentor"})
    tracker.latest_message["intent_ranking"] = [
        {"name": "nlu_fallback", "confidence": 0.7}, {"name": "help", "confidence": 0.5},
        {"name": "ask_transition_questions", "confidence": 0.49}]
    dispatcher, events = run_action(ActionAskRephrase(), tracker)
    assert "Mentor" in texts(dispatcher) and "Toelating" in texts(dispatcher)
    tracker.latest_message["text"] = "hoe werkt dit"
    dispatcher, events = run_action(ActionAskRephrase(), tracker)
    assert events == [] and dispatcher.messages[0]["response"] == "utter_ask_rephrase"


def test_the_stage_asked_again_after_other_facts_does_not_say_it_was_not_understood():
    tracker = make_tracker("ik werk nog 1 dag per week in het ziekenhuis", "share_tasks",
                           slots={"audience": "leraar", "requested_slot": "stage", "followup_asked": ["stage"],
                                  "tasks": "ik werk nog 1 dag per week in het ziekenhuis"},
                           active_loop="orientation_form")
    tracker.events.append({"event": "slot", "name": "tasks", "value": "ik werk nog 1 dag per week in het ziekenhuis"})
    text = texts(run_action(ActionAskStage(), tracker)[0])
    assert text.startswith("Dank je, dat neem ik mee.") and "begreep ik niet" not in text
    plain = make_tracker("hmm", "affirm", slots={"audience": "leraar", "requested_slot": "stage",
                                                  "followup_asked": ["stage"]}, active_loop="orientation_form")
    assert texts(run_action(ActionAskStage(), plain)[0]).startswith("Dat begreep ik niet helemaal.")
