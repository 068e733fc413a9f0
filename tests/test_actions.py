"""Every custom action, on whole turns: the message is read and routed, the profile updated, then the action the
rules pick answers (tracker_factory.play), as in the servers. Ported from the tests of the old actions.forms and
actions.profile_slots; where issue 12 changed what is right, a comment says so."""
import re

import pytest
import yaml

from actions import cues
from actions.profile_actions import ActionAskAudience, ActionAskPassions, ActionAskStage, ActionAskTasks
from actions.privacy_actions import ActionForgetMe
from actions.reading import read
from actions.replies import privacy
from tracker_factory import RULE_ACTIONS, buttons, entity, make_tracker, play, run_action, slot_events, texts

FORM = "orientation_form"
# The profile as the reading stores it: the list slots hold phrases in the user's words.
TEACHER = {
    "audience": "leraar",
    "stage": "ervaren",
    "passions": ["stagiairs te begeleiden", "nieuwe collega's te helpen"],
    "tasks": ["ik ben mentor van 3 havo"],
}
FOUR_QUESTIONS = ("Toelating", "Ondersteuning", "Facilitering", "Erkenning")
# Issue 12: students never hear the employee version.
EMPLOYEE_WORDS = ("leidinggevende", "taakbeleid", "salaris", "jaargesprek")
# Issue 12: no filler roles with generic reasons.
GENERIC_REASONS = ("logische volgende stap", "past bij je fase")


def answer(text, intent, **slots):
    """One turn inside the orientation form, answered by the form's validation."""
    return play(text, intent, slots=slots, active_loop=FORM, action="validate_orientation_form")


def set_now(turn):
    """The slots this turn set (the profile update and the action)."""
    return slot_events(turn.events)


def followups(turn):
    return [e["name"] for e in turn.events if e.get("event") == "followup"]


def after(turn):
    """The tracker at the end of a turn, for the action that runs next in it (the form's next question)."""
    tracker = turn.tracker
    for event in turn.events:
        if event not in tracker.events:
            tracker.events.append(event)
            if event.get("event") == "slot":
                tracker.slots[event["name"]] = event["value"]
    return tracker


def joined(items):
    return " | ".join(items or [])


# --- knowledge answers -----------------------------------------------------------


def test_list_domains_names_all_four_with_buttons():
    turn = play("welke domeinen zijn er", "ask_domains")
    for name in (
        "Ondersteunen van het leren van leerlingen",
        "Ontwikkelen van onderwijs",
        "Organiseren van onderwijs",
        "Ondersteunen van het leren van collega's",
    ):
        assert name in turn.text
    assert "kern" in turn.text
    assert len(turn.buttons) == 4


def test_domain_info_from_entity_lists_levels_and_roles():
    turn = play("wat houdt onderwijs organiseren in", "ask_domain_info",
                entities=[entity("domain", "onderwijs_organiseren")])
    assert "Organiseren van onderwijs" in turn.text
    assert "landelijk" in turn.text and "team" in turn.text
    assert "Sectieleider" in turn.text


def test_domain_info_without_entity_uses_the_text():
    turn = play("vertel eens over collega's ondersteunen", "ask_domain_info")
    assert turn.intent == "ask_domain_info"
    assert "Ondersteunen van het leren van collega's" in turn.text


@pytest.mark.parametrize(
    "message, entities, expected_name, expected_domain",
    [
        ("wat doet een schoolopleider", [entity("role", "schoolopleider")], "Schoolopleider", "collega's"),
        ("wat is een zorgcoördinator?", [], "Zorgcoördinator", "leren van leerlingen"),
        ("wat houdt lesson study in", [], "Lesson study", "ontwikkelen van onderwijs"),
        ("wat doe je als sectievoorzitter", [entity("role", "sectievoorzitter", "sectievoorzitter", 15)], "Sectieleider",
         "organiseren van onderwijs"),
    ],
)
def test_role_info_names_role_domain_and_stages(message, entities, expected_name, expected_domain):
    turn = play(message, "ask_role_info", entities=entities)
    assert turn.intent == "ask_role_info"
    assert expected_name in turn.text
    assert expected_domain.lower() in turn.text.lower()
    assert "Past vooral als je" in turn.text
    assert any(b["payload"].startswith("/choose_role") for b in turn.buttons)


def test_unknown_role_says_so_and_offers_the_closest():
    turn = play("wat doet een teamleider?", "ask_role_info")
    assert "'teamleider' ken ik niet" in turn.text
    assert any("Sectieleider" in b["title"] for b in turn.buttons)


def test_unknown_role_without_any_likeness_offers_the_domains():
    turn = play("wat doet een astronaut?", "ask_role_info")
    assert "ken ik niet" in turn.text
    assert turn.buttons


def test_stages_lists_the_four_stages_and_being_a_beginner_again():
    text = play("welke fases zijn er", "ask_stages").text
    for name in ("In opleiding", "Startend", "Ervaren", "Meester"):
        assert name.lower() in text.lower()
    assert "beginner" in text


def test_growth_paths_explain_deeper_broader_and_outside_school():
    text = play("wat is het verschil tussen verdiepen en verbreden", "ask_growth_paths").text
    for name in ("Verdiepen", "Verbreden", "Combineren", "Buiten de school"):
        assert name in text


def test_transition_questions_in_general():
    text = play("wat vraag ik mijn leidinggevende", "ask_transition_questions").text
    for name in FOUR_QUESTIONS:
        assert name in text


def test_transition_questions_for_the_chosen_role_carry_its_hint():
    text = play("en wat vraag ik dan", "ask_transition_questions", slots={"chosen_role": "schoolopleider"}).text
    assert "Schoolopleider" in text
    assert "VELON" in text
    assert "leidinggevende" in text


def test_side_entry_keeps_teaching_as_the_core():
    turn = play("wat kan ik met mijn ervaring als zij-instromer", "ask_side_entry")
    assert turn.intent == "ask_side_entry"
    assert "zij-instromer" in turn.text
    assert "kern" in turn.text
    assert "leidinggevende" in turn.text or "lerarenopleiding" in turn.text  # points to who decides, invents no rules


# --- the form ------------------------------------------------------------------------


def test_frontloaded_message_fills_every_slot_it_speaks_to():
    turn = answer("ik ben mentor, 8 jaar docent en vind lesmateriaal maken leuk", "share_tasks")
    slots = turn.slots
    assert slots["audience"] == "leraar"
    assert slots["stage"] == "ervaren" and slots["years"] == 8
    assert "mentor" in joined(slots["tasks"]) and "lesmateriaal" not in joined(slots["tasks"])
    assert "lesmateriaal" in joined(slots["passions"]) and "mentor" not in joined(slots["passions"])
    assert set_now(turn)["requested_slot"] is None  # every question answered: on to the suggestions


def test_form_steps_aside_for_a_question():
    turn = answer("wat doet een schoolopleider?", "ask_role_info", requested_slot="passions")
    # The form rejects the turn so that a rule answers the question; nothing is taken as the answer.
    assert [e["event"] for e in turn.events] == ["action_execution_rejected"]
    answered = play("wat doet een schoolopleider?", "ask_role_info", slots={"requested_slot": "passions"},
                    active_loop=FORM)
    assert "Schoolopleider" in answered.text and answered.slots["passions"] is None


def test_an_answer_that_looks_like_a_role_question_is_still_an_answer():
    turn = answer("lesson study vind ik heel leuk", "ask_role_info", requested_slot="passions")
    assert "lesson study" in joined(turn.slots["passions"]).lower()
    assert set_now(turn)["requested_slot"] != "passions"


def test_button_payload_fills_audience_from_entity():
    turn = answer('/share_background{"audience": "zij_instromer"}', "share_background", requested_slot="audience")
    assert turn.slots["audience"] == "zij_instromer"
    assert set_now(turn)["requested_slot"] == "stage"


def test_bare_years_answer_the_stage_question():
    turn = answer("12", "share_stage", requested_slot="stage", audience="leraar")
    assert turn.slots["stage"] == "ervaren" and turn.slots["years"] == 12


def test_vague_passion_gets_one_follow_up_then_is_accepted():
    first = answer("weet ik niet zo", "share_passion", requested_slot="passions", audience="leraar", stage="ervaren")
    assert "passions" not in set_now(first)
    assert set_now(first)["followup_asked"] == ["passions"]
    asked = make_tracker("", None, slots={"requested_slot": "passions", "followup_asked": ["passions"]})
    assert "voorbeeld" in texts(run_action(ActionAskPassions(), asked)[0])
    second = answer("weet ik niet zo", "share_passion", requested_slot="passions", audience="leraar", stage="ervaren",
                    followup_asked=["passions"])
    assert second.slots["passions"] is not None and set_now(second)["requested_slot"] == "tasks"  # moves on
    # Issue 12: nothing usable was said; the gespreksvoorbereiding does not quote the chat as what gives energy.
    summary = play("zet het op een rij", "request_summary", slots=second.slots, action="action_summary").text
    assert "weet ik niet zo" not in summary.lower()


def test_questions_of_the_form_fit_the_audience():
    assert len(buttons(run_action(ActionAskAudience(), make_tracker())[0])) == 3
    assert "Startend" in str(buttons(run_action(ActionAskStage(), make_tracker())[0]))
    student = texts(run_action(ActionAskTasks(), make_tracker(slots={"audience": "student"}))[0])
    assert "stage" in student
    # Issue 12: a side-entrant is asked about earlier work (its own slot and question), not about tasks.
    side_entrant = answer("ik vind sleutelen met jongeren leuk", "share_passion", requested_slot="passions",
                          audience="zij_instromer", stage="startend")
    assert set_now(side_entrant)["requested_slot"] == "earlier_work"
    asked = play("", "share_passion", slots={"audience": "zij_instromer", "requested_slot": "earlier_work"},
                 active_loop=FORM, action="action_ask_earlier_work").text
    assert "hiervoor" in asked or "vorige" in asked


# --- suggestions, choosing, summary ---------------------------------------------------------


def test_suggestions_name_domain_roles_and_quote_the_user():
    turn = play("", "start_orientation", slots=TEACHER, action="action_suggest_directions")
    text = turn.text
    assert "ondersteunen van het leren van collega's" in text
    assert "Werkplekbegeleider" in text or "Coach van nieuwe collega's" in text
    assert "je noemde 'stagiairs" in text
    # Issue 12: only roles with the user's words behind them, no filler direction with a generic reason.
    assert not any(reason in text for reason in GENERIC_REASONS)
    directions = set_now(turn)["directions"]
    assert any(d["domain"] == "collegas_ondersteunen" for d in directions)
    assert all(reasons for d in directions for reasons in d["reasons"].values())
    if len([d for d in directions if d["kind"] in ("verdiepen", "verbreden")]) == 1:
        assert "Je woorden wijzen vooral naar één richting" in text
    assert any(b["payload"].startswith("/choose_role") for b in turn.buttons)


def test_choose_role_by_button_gives_the_four_questions():
    turn = play('/choose_role{"role": "werkplekbegeleider"}', "choose_role",
                entities=[entity("role", "werkplekbegeleider")], slots=TEACHER)
    for name in FOUR_QUESTIONS:
        assert name in turn.text
    assert "Werkplekbegeleider" in turn.text
    assert "HR" in turn.text  # rules it does not know are sent to who does
    assert set_now(turn) == {"chosen_role": "werkplekbegeleider"}


def test_choose_role_by_position_in_the_suggestions():
    directions = [{"kind": "verdiepen", "domain": "leren_leerlingen", "roles": ["zorgcoordinator", "leerlingbegeleider"],
                   "reasons": {}}]
    turn = play("doe maar de tweede", "choose_role", slots={**TEACHER, "directions": directions})
    assert set_now(turn) == {"chosen_role": "leerlingbegeleider"}


def test_student_gets_questions_for_the_stage_supervisor():
    turn = play("ik kies lesson study", "choose_role", entities=[entity("role", "lesson_study")],
                slots={"audience": "student", "stage": "in_opleiding"})
    assert "stagebegeleider" in turn.text
    # Issue 12: the student version of the four questions.
    assert "slb'er" in turn.text and "opleider" in turn.text
    for word in EMPLOYEE_WORDS:
        assert word not in turn.text.lower(), word


def test_summary_holds_profile_directions_role_and_questions():
    directions = [{"kind": "verbreden", "domain": "collegas_ondersteunen", "roles": ["werkplekbegeleider"],
                   "reasons": {"werkplekbegeleider": ["stagiairs te begeleiden"]}}]
    turn = play("samenvatting", "request_summary",
                slots={**TEACHER, "directions": directions, "chosen_role": "werkplekbegeleider"})
    text = turn.text
    assert text.startswith("Gespreksvoorbereiding")
    assert "stagiairs te begeleiden" in text.lower()
    assert "Gekozen rol: Werkplekbegeleider" in text
    assert "Toelating" in text and "Erkenning" in text
    assert turn.dispatcher.messages[0]["custom"]["summary"] == text


def test_a_students_summary_prepares_the_lob_conversation():
    # Issue 12: a student's summary prepares an LOB-gesprek, with questions for the stagebegeleider.
    turn = play("zet het op een rij", "request_summary",
                slots={"audience": "student", "stage": "in_opleiding", "passions": ["voorlezen in de klas"],
                       "tasks": ["stage in groep 5"], "chosen_role": "expert_taalontwikkeling"})
    text = turn.text
    assert text.startswith("Voorbereiding voor je LOB-gesprek")
    assert "stagebegeleider" in text and "Expert taalontwikkeling" in text
    for word in EMPLOYEE_WORDS:
        assert word not in text.lower(), word


@pytest.mark.parametrize("text, intent", [("bedankt!", "thank"), ("hoi", "greet"), ("zet het op een rij", "request_summary")])
def test_a_students_message_without_facts_keeps_its_intent(text, intent):
    # Being a student is known from earlier; a message that tells nothing new is no story about the work.
    turn = play(text, intent, slots={"audience": "student", "stage": "in_opleiding", "passions": ["voorlezen"]})
    assert turn.intent == intent


def test_summary_without_a_profile_says_there_is_nothing_yet():
    assert "nog niets" in play("samenvatting", "request_summary").text


def test_correction_after_suggestions_updates_profile_and_directions():
    directions = [{"kind": "verdiepen", "domain": "leren_leerlingen", "roles": ["zorgcoordinator"], "reasons": {}}]
    turn = play("nee, ik ben geen mentor meer", "correct_profile", slots={**TEACHER, "directions": directions})
    slots = set_now(turn)
    assert slots["excluded_roles"] == ["mentor"]
    assert "mentor" not in joined(turn.slots["tasks"])  # replaced, not appended (issue 12)
    assert "aangepast" in turn.text
    assert "directions" in slots


def test_a_denial_inside_thanks_is_still_applied():
    # Issue 12: the profile is updated from every message, whatever its intent.
    turn = play("bedankt! ik ben trouwens geen mentor meer", "thank", slots=TEACHER)
    assert "mentor" not in joined(turn.slots["tasks"])
    assert "mentor" in turn.slots["excluded_roles"]


def test_stop_and_restart_clear_the_form():
    stop = play("laat maar", "stop_form", active_loop=FORM)
    assert any(e["event"] == "active_loop" and e["name"] is None for e in stop.events)
    restart = play("opnieuw", "restart_orientation", slots=TEACHER)
    assert "passions" in set_now(restart)
    assert all(set_now(restart)[name] is None for name in TEACHER)
    assert any(e["event"] == "active_loop" and e["name"] is None for e in restart.events)


def test_forget_me_restarts_and_confirms():
    dispatcher, events = run_action(ActionForgetMe(), make_tracker("vergeet mij", "forget_me", slots=TEACHER))
    assert "gewist" in texts(dispatcher)
    assert events == [{"event": "restart", "timestamp": None}]


@pytest.mark.parametrize("text", ["vergeet mij", "wis alles wat ik zei", "niks bewaren aub", "/forget_me"])
def test_a_clear_request_to_forget_deletes_at_once(text):
    turn = play(text, "forget_me", slots=TEACHER)
    assert turn.intent == "forget_me"
    assert followups(turn) == ["action_forget_me"]
    assert turn.text == ""


@pytest.mark.parametrize("text, intent", [
    ("begin opnieuw en vergeet mij", "restart_orientation"),
    ("ok en verwijder nu alles wat ik gezegd heb", "affirm"),
    ("ik ben mentor, maar wis dit gesprek maar", "share_tasks"),
])
def test_a_delete_word_anywhere_deletes_whatever_the_intent(text, intent):
    # Issue 12: privacy words win.
    turn = play(text, intent, slots=TEACHER)
    assert turn.intent == "forget_me"
    assert followups(turn) == ["action_forget_me"]


def test_a_message_only_taken_for_forget_me_asks_first_and_deletes_nothing():
    turn = play("nog niks op school", "forget_me", slots=TEACHER)
    assert followups(turn) == [] and not any(e["event"] == "restart" for e in turn.events)
    assert "Wil je dat ik alles van dit gesprek wis?" in turn.text
    assert [b["payload"] for b in turn.buttons] == ["/forget_me"]


@pytest.mark.parametrize("reply", ["ja", "Ja, wis alles", "ja graag"])
def test_yes_after_the_question_whether_to_delete_deletes(reply):
    asked = privacy.confirm_forget()
    turn = play(reply, "affirm", slots=TEACHER,
                last_bot_messages=[{"text": asked.text, "buttons": asked.buttons}])
    assert turn.intent == "forget_me"
    assert followups(turn) == ["action_forget_me"]


def test_after_a_deletion_the_assistant_knows_nothing():
    turn = play("wat weet je nog van mij?", "help")
    assert turn.intent == "ask_privacy"
    assert "Ik weet niets van je" in turn.text


def test_every_forget_me_example_is_a_clear_request():
    """The training data and the reading agree: every "forget me" example that orders deleting (a delete word, not
    asked as a question) deletes at once. Issue 12: a question about deleting ("kan het gesprek gewist worden") now
    asks first; that is no longer pinned here."""
    data = yaml.safe_load(open("data/nlu/privacy.yml", encoding="utf-8"))
    block = next(b for b in data["nlu"] if b.get("intent") == "forget_me")
    examples = [re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", line[2:]) for line in block["examples"].splitlines()
                if line.startswith("- ")]
    assert len(examples) > 100
    orders = [e for e in examples if cues.has(cues.DELETE, e) and not cues.is_question(e)]
    assert len(orders) > 80
    assert [e for e in orders if read(e).requests.delete != "now"] == []


@pytest.mark.parametrize("text", ["sla dit niet op", "ik wil geen gegevens achterlaten", "onthoud hier niks van"])
def test_not_wanting_anything_kept_is_an_order_to_delete(text):
    assert read(text).requests.delete == "now"


# --- rules the publication does not give --------------------------------------------------


def test_salary_question_is_sent_to_manager_or_hr_without_figures():
    turn = play("hoeveel verdien je als schoolopleider", "ask_rules", entities=[entity("role", "schoolopleider")])
    text = turn.text
    assert "geen regels" in text
    assert "HR" in text and "leidinggevende" in text
    assert "VELON" in text  # what the publication does say about recognition for this role
    assert not any(ch.isdigit() for ch in text)  # no invented amounts or scales


def test_bevoegdheid_question_is_sent_to_the_teacher_training_institute():
    text = play("welke bevoegdheid heb ik nodig voor het mbo", "ask_rules").text
    assert "lerarenopleiding" in text
    assert "cao" not in text


def test_role_question_about_pay_also_says_who_to_ask():
    text = play("hoeveel verdien je als zorgcoördinator?", "ask_role_info").text
    assert "Zorgcoördinator" in text and "HR" in text


# --- answers that need a second look -------------------------------------------------------


@pytest.mark.parametrize(
    "reply, stage",
    [("6", "ervaren"), ("zo'n twee jaar", "startend"), ("sinds 2024", "startend"), ("nee, nog niet", "in_opleiding"),
     ("al heel lang", "ervaren")],
)
def test_short_answers_to_the_stage_question(reply, stage):
    turn = answer(reply, "share_stage", requested_slot="stage", audience="leraar")
    assert turn.slots["stage"] == stage


def test_an_unclear_stage_answer_is_asked_again_with_a_hint():
    turn = answer("tja lastig", "share_stage", requested_slot="stage", audience="leraar")
    assert "stage" not in set_now(turn) and set_now(turn)["followup_asked"] == ["stage"]
    again = make_tracker("", slots={"requested_slot": "stage", "followup_asked": ["stage"]})
    dispatcher, _ = run_action(ActionAskStage(), again)
    assert texts(dispatcher).startswith("Dat begreep ik niet helemaal")
    assert len(buttons(dispatcher)) == 4


@pytest.mark.parametrize("reply", ["ik geef alleen les", "niks eigenlijk", "geen extra taken", "gewoon lesgeven"])
def test_no_extra_tasks_is_an_answer(reply):
    turn = answer(reply, "share_tasks", requested_slot="tasks", audience="leraar", stage="ervaren",
                  passions="lessen ontwerpen")
    # Issue 12: tasks is a list of phrases; [] means "answered, only teaching".
    assert set_now(turn)["tasks"] == []
    assert set_now(turn)["requested_slot"] is None


def test_a_typed_button_label_answers_the_tasks_question():
    # Issue 12: typing a button's label does what clicking it does ("Alleen lesgeven" used to re-ask forever).
    asked = run_action(ActionAskTasks(), make_tracker(slots={"audience": "leraar"}))[0].messages
    turn = play("Alleen lesgeven", "nlu_fallback", slots={"audience": "leraar", "stage": "ervaren",
                                                           "passions": ["lessen ontwerpen"], "requested_slot": "tasks"},
                active_loop=FORM, last_bot_messages=asked, action="validate_orientation_form")
    assert set_now(turn)["tasks"] == []
    assert set_now(turn)["requested_slot"] is None
    assert "followup_asked" not in set_now(turn)


def test_role_info_by_its_place_in_the_suggestions():
    directions = [{"kind": "verdiepen", "domain": "leren_leerlingen", "roles": ["zorgcoordinator", "leerlingbegeleider"],
                   "reasons": {}}]
    turn = play("vertel meer over de tweede", "ask_role_info", slots={"directions": directions})
    assert "Leerlingbegeleider" in turn.text
    # "vertel meer over" asks about the role: its explanation, not yet a choice.
    assert "Past vooral als je" in turn.text
    assert "chosen_role" not in set_now(turn)


def test_general_questions_offer_the_suggested_roles_to_make_them_concrete():
    directions = [{"kind": "verbreden", "domain": "collegas_ondersteunen", "roles": ["werkplekbegeleider"],
                   "reasons": {}}]
    turn = play("wat vraag ik mijn leidinggevende", "ask_transition_questions", slots={"directions": directions})
    assert "Toelating" in turn.text
    assert turn.buttons[0]["payload"] == '/choose_role{"role": "werkplekbegeleider"}'


def test_naming_a_suggested_role_without_a_question_is_a_choice():
    directions = [{"kind": "verdiepen", "domain": "leren_leerlingen", "roles": ["praktijkleren"], "reasons": {}}]
    turn = play("praktijkleren lijkt me wat", "ask_role_info", slots={"directions": directions})
    assert turn.intent == "choose_role"
    assert "Toelating" in turn.text
    assert set_now(turn) == {"chosen_role": "praktijkleren"}


def test_my_own_supervisor_is_not_the_role_asked_about():
    turn = play("wat moet ik aan mijn stagebegeleider vragen", "ask_transition_questions",
                entities=[entity("role", "werkplekbegeleider", "stagebegeleider", 21)])
    assert "Werkplekbegeleider" not in turn.text
    assert "Toelating" in turn.text


def test_a_students_plain_internship_is_enough():
    turn = answer("ik loop stage in groep 4 en help daar met de rekenles", "share_tasks",
                  requested_slot="tasks", audience="student", stage="in_opleiding", passions="rekenen")
    assert "rekenles" in joined(turn.slots["tasks"])


def test_wanting_to_become_a_teacher_is_a_side_entrant_despite_the_word_leraar():
    turn = play("ik kom uit de zorg en wil leraar worden", "share_background",
                entities=[entity("audience", "leraar", "leraar", 27)], slots={"requested_slot": "audience"},
                active_loop=FORM, action="validate_orientation_form")
    assert turn.slots["audience"] == "zij_instromer"


def test_stage_said_on_its_own_after_the_form_updates_the_profile():
    turn = play("ik sta trouwens al 15 jaar voor de klas", "share_stage", slots={**TEACHER, "stage": "startend"})
    assert turn.slots["stage"] == "ervaren" and turn.slots["years"] == 15


def test_an_aside_while_answering_another_question_keeps_the_stage():
    turn = answer("ik help graag collega's die starter zijn", "share_passion",
                  **{**TEACHER, "requested_slot": "passions", "passions": None})
    assert "stage" not in set_now(turn) and turn.slots["stage"] == "ervaren"
    assert "collega" in joined(turn.slots["passions"])


def test_domain_info_follows_the_whole_message_over_one_tagged_word():
    # Asked as a question: a bare "collega's coachen en intervisie begeleiden" is now read as the user's own tasks
    # (issue 12: facts taken for another intent start the orientation).
    turn = play("vertel eens over collega's coachen en intervisie begeleiden", "ask_domain_info",
                entities=[entity("domain", "leren_leerlingen")])
    assert turn.slots["tasks"] is None
    assert turn.text.split("\n")[0].lstrip("*").startswith("Ondersteunen van het leren van collega's")


def test_a_rule_inside_a_question_about_a_new_role_goes_to_hr():
    text = play("kan ik gebruik maken van de seniorenregeling als ik een nieuwe rol neem?",
                "ask_transition_questions").text
    assert "cao" in text and "HR" in text
    assert "Toelating" not in text


def test_admission_as_one_of_the_four_questions_is_not_a_rule():
    text = play("wat moet ik regelen voor de toelating als ik coach word", "ask_transition_questions").text
    assert "Toelating" in text


def test_a_student_asking_which_keuzemodule_gets_the_advice_for_students():
    directions = [{"kind": "verdiepen", "domain": "leren_leerlingen", "roles": ["expert_taalontwikkeling"],
                   "reasons": {}}]
    turn = play("wat voor keuzemodule zou ik dan moeten kiezen?", "out_of_scope",
                slots={"audience": "student", "directions": directions})
    assert turn.intent == "ask_growth_paths"
    assert "keuzemodules" in turn.text and "Expert taalontwikkeling" in turn.text and "slb'er" in turn.text


def test_off_topic_stays_off_topic():
    turn = play("wat voor weer wordt het morgen", "out_of_scope")
    assert turn.intent == "out_of_scope"
    assert RULE_ACTIONS["out_of_scope"] == ["utter_out_of_scope"]


def test_where_to_apply_is_advice_not_a_rule():
    turn = play("moet ik bij een grote of kleine school solliciteren?", "ask_rules", slots={"audience": "student"})
    assert "solliciteert" in turn.text and "cao" not in turn.text


def test_a_side_entry_story_is_answered_and_then_read_by_the_orientation():
    story = ("lang verhaal kort: ik ben 44, heb 18 jaar als controller gewerkt en sta sinds februari voor de klas "
             "als docent economie op een vmbo. wat kan ik met mijn achtergrond?")
    turn = play(story, "ask_side_entry")
    assert turn.slots["audience"] == "zij_instromer" and turn.slots["sector"] == "vo"
    assert "controller" in joined(turn.slots["earlier_work"])
    assert "zij-instromer" in turn.text
    assert "Vertel je wat je eerder deed" not in turn.text
    # The story is then read by the orientation: the form picks up (or the reply leads there), no dead end.
    assert followups(turn) == ["orientation_form"] or any(
        b["payload"] == "/start_orientation" for b in turn.buttons)


def test_side_entry_does_not_ask_again_for_earlier_work_already_told():
    # Issue 12: a side-entrant's earlier work lives in earlier_work.
    turn = play("kan ik als zij-instromer meteen sectieleider worden?", "ask_side_entry",
                slots={"audience": "zij_instromer", "earlier_work": ["data-analist", "dashboards bouwen"]})
    assert "Vertel je wat je eerder deed" not in turn.text and "leidinggevende" in turn.text


@pytest.mark.parametrize("text,slots", [
    ("als ik na een jaar buitenland terugkom, kan ik dan weer instromen?", {"audience": "student"}),
    ("ik wil na mijn lio een jaar in het buitenland lesgeven, kan dat?", {"audience": "student"}),
    ("kan ik na een paar jaar bij een bedrijf weer terugkeren in het onderwijs?", {"audience": "leraar"}),
])
def test_coming_back_after_time_away_is_no_side_entry(text, slots):
    reply = play(text, "ask_side_entry", slots=slots).text
    assert "Tijdelijk buiten het onderwijs werken en terugkomen" in reply
    assert "Als zij-instromer" not in reply
    assert "leidinggevende" in reply and "lerarenopleiding" in reply  # who knows the rules; none invented


def test_a_side_entrant_from_abroad_still_gets_the_side_entry_answer():
    reply = play("ik heb 10 jaar in het buitenland gewerkt als ingenieur, kan ik leraar worden?", "ask_side_entry").text
    assert "zij-instromer" in reply and "Tijdelijk buiten" not in reply


def test_growth_paths_after_suggestions_name_them_and_outside_the_classroom():
    directions = [{"kind": "verdiepen", "domain": "leren_leerlingen", "roles": ["expert_taalontwikkeling"],
                   "reasons": {}}]
    turn = play("kan ik na de pabo ook iets anders dan voor de klas?", "ask_growth_paths",
                slots={"audience": "student", "directions": directions})
    assert "Voor jou noemde ik al: Expert taalontwikkeling" in turn.text
    assert "Buiten de klas of de school kan bijvoorbeeld" in turn.text
    assert turn.buttons[0]["payload"] == '/choose_role{"role": "expert_taalontwikkeling"}'


def test_which_domain_matters_most_is_the_core():
    turn = play("welke is het belangrijkst", "out_of_scope")
    assert turn.intent == "ask_domain_info"
    assert turn.text.startswith("De kern is ondersteunen van het leren van leerlingen")


def test_a_qualification_is_no_role_and_goes_to_the_training_institute():
    text = play("wat is een pdg eigenlijk", "ask_role_info").text
    assert "lerarenopleiding" in text
    assert "bedoel je" not in text.lower()


def test_becoming_a_role_without_extra_training_explains_the_role_and_who_knows_the_rules():
    text = play("kan ik decaan worden zonder extra opleiding?", "ask_growth_paths").text
    assert "(Studie)decaan" in text and "lerarenopleiding" in text
    assert "Verdiepen:" not in text


def test_a_starter_who_barely_copes_is_not_given_the_four_questions():
    reply = play("wat moet ik nu al met rollen, ik overleef nauwelijks", "ask_transition_questions",
                 slots={"audience": "leraar", "stage": "startend"}).text
    assert "bedrijfsarts" in reply and "Een nieuwe rol hoeft nu niet" in reply
    assert "Toelating" not in reply


def test_a_teacher_with_years_taken_for_side_entry_gets_the_orientation():
    turn = play("ik sta al 20 jaar voor de klas in het mbo, techniek. wat kan ik nog?", "ask_side_entry")
    assert turn.intent == "start_orientation" or followups(turn) == ["orientation_form"]
    assert turn.slots["audience"] == "leraar" and turn.slots["sector"] == "mbo" and turn.slots["stage"] == "ervaren"
    assert "zij-instromer" not in turn.text


@pytest.mark.parametrize("intent", ["help", "ask_privacy"])
def test_what_do_you_know_about_me_shows_what_is_kept_in_the_users_words(intent):
    turn = play("wat weet je nu van mij?", intent, slots=TEACHER)
    text = turn.text
    assert turn.events == [] and "Dit weet ik van je" in text
    assert all(phrase in text for phrase in TEACHER["passions"] + TEACHER["tasks"])
    assert "je naam ken ik niet" in text
    assert "Ik weet niets van je" in play("wat weet je nu van mij?", intent).text


def test_help_still_says_what_the_assistant_can_do():
    turn = play("wat kun je allemaal", "help")
    assert turn.dispatcher.messages[0]["response"] == "utter_help"


def test_frustration_gets_an_apology_before_the_help():
    turn = play("jij snapt er niks van", "help")
    assert turn.dispatcher.messages[0]["text"].startswith("Sorry, dan heb ik je niet goed begrepen")
    assert turn.dispatcher.messages[1]["response"] == "utter_help"


def test_a_management_role_is_not_a_teacher_role_and_the_leading_teacher_roles_are_offered():
    turn = play("wat doet een conrector eigenlijk?", "ask_role_info")
    assert "'conrector' ken ik niet" in turn.text
    assert "ander beroep" in turn.text
    assert [b["title"] for b in turn.buttons] == ["Sectieleider", "Meedenken over schoolbeleid"]


@pytest.mark.parametrize("asked, expected", [
    ("leescoördinator", "Expert taalontwikkeling"),
    ("gedragsspecialist", "Leerlingbegeleider"),
    ("pestcoördinator", "Leerlingbegeleider"),
    ("ict-coordinator", "Specialist ICT-didactiek"),
])
def test_an_unknown_compound_role_offers_roles_about_its_topic(asked, expected):
    turn = play(f"wat doet een {asked}", "ask_role_info")
    assert "audience" not in set_now(turn)  # a question about a role says nothing about who asks
    assert f"'{asked}' ken ik niet" in turn.text
    assert turn.buttons[0]["title"] == expected


def test_the_four_questions_for_an_unknown_role_say_so_and_offer_the_closest():
    turn = play("wat moet ik regelen als ik leescoordinator wil worden", "ask_transition_questions")
    assert "'leescoordinator' ken ik niet" in turn.text
    for name in FOUR_QUESTIONS:
        assert name in turn.text
    # Clicking the closest role makes the questions concrete for it.
    assert turn.buttons[0]["title"] == "Expert taalontwikkeling"
    assert turn.buttons[0]["payload"] in ('/choose_role{"role": "expert_taalontwikkeling"}',
                                          '/ask_transition_questions{"role": "expert_taalontwikkeling"}')


def test_the_four_questions_for_a_known_role_named_as_a_wish():
    turn = play("wat moet ik regelen om mentor te worden", "ask_transition_questions")
    assert "ken ik niet" not in turn.text
    assert "Mentor" in turn.text and "Toelating" in turn.text


def test_the_four_questions_for_a_management_role_get_the_honest_note():
    assert "ander beroep" in play("wat moet ik vragen om teamleider te worden", "ask_transition_questions").text


def test_earlier_work_told_at_the_stage_question_is_kept():
    # A side-entrant answers "hoe lang sta je voor de klas?" with what they did before: that is kept, now in
    # earlier_work (issue 12), and the stage is asked once more with a hint before a default.
    turn = answer("sport en discipline, teams leiden", "share_background", audience="zij_instromer",
                  requested_slot="stage")
    assert "teams leiden" in joined(turn.slots["earlier_work"])
    assert "teams leiden" not in joined(turn.slots["tasks"])
    assert "stage" not in set_now(turn) and set_now(turn)["followup_asked"] == ["stage"]


def test_a_student_is_not_told_about_side_entry():
    turn = play("kan ik als student al iets met cultuur doen op school?", "ask_side_entry",
                slots={"audience": "student", "stage": "in_opleiding"})
    assert "zij-instromer" not in turn.text
    assert "keuzemodule" in turn.text


def test_a_students_minor_question_taken_for_the_stages_gets_the_study_advice():
    turn = play("welke minor past daarbij", "ask_stages", slots={"audience": "student", "stage": "in_opleiding"})
    assert "In opleiding:" not in turn.text
    assert "opleiding of je slb'er" in turn.text


def test_a_side_entrants_earlier_profession_in_the_first_message_is_kept():
    turn = play("goedendag, ik was 10 jaar verpleegkundige en ben nu zij-instromer op een basisschool",
                "share_background", active_loop=FORM, action="validate_orientation_form", first_turn=True)
    assert turn.slots["audience"] == "zij_instromer" and turn.slots["sector"] == "po"
    assert "verpleegkundige" in joined(turn.slots["earlier_work"])
    assert turn.slots["years"] is None  # years as a nurse are no years of teaching


def test_a_question_in_the_middle_of_the_orientation_is_answered():
    turn = play("kan ik ook iets buiten de school doen naast het lesgeven?", "ask_growth_paths",
                slots={"audience": "leraar", "sector": "mbo", "requested_slot": "stage"}, active_loop=FORM)
    assert turn.events == []
    assert "Buiten de school" in turn.text
    form = answer("kan ik ook iets buiten de school doen naast het lesgeven?", "ask_growth_paths",
                  audience="leraar", sector="mbo", requested_slot="stage")
    assert [e["event"] for e in form.events] == ["action_execution_rejected"]  # the form resumes after the rule


def test_unsure_between_help_and_the_four_questions_the_words_decide():
    turn = play("wat moet ik regelen", "nlu_fallback", slots={"chosen_role": "mentor"})
    assert turn.intent == "ask_transition_questions"
    assert "Mentor" in turn.text and "Toelating" in turn.text
    plain = play("hoe werkt dit", "nlu_fallback")
    assert plain.events == [] and plain.dispatcher.messages[0]["response"] == "utter_ask_rephrase"


def test_the_stage_asked_again_after_other_facts_does_not_say_it_was_not_understood():
    told = answer("ik werk nog 1 dag per week in het ziekenhuis", "share_tasks", audience="leraar",
                  requested_slot="stage")
    assert set_now(told)["followup_asked"] == ["stage"]
    text = texts(run_action(ActionAskStage(), after(told))[0])
    assert text.startswith("Dank je, dat neem ik mee") and "ziekenhuis" in text and "begreep ik niet" not in text
    plain = answer("hmm", "affirm", audience="leraar", requested_slot="stage")
    assert texts(run_action(ActionAskStage(), after(plain))[0]).startswith("Dat begreep ik niet helemaal.")


def test_a_teachers_side_job_is_a_current_task_not_earlier_work():
    told = answer("ik werk nog 1 dag per week in het ziekenhuis", "share_tasks", audience="leraar",
                  requested_slot="stage")
    assert "ziekenhuis" in joined(told.slots["tasks"])
    assert not told.slots["earlier_work"]


def test_what_earlier_work_brings_names_where_it_fits_in_the_users_words():
    slots = {"audience": "zij_instromer", "stage": "startend", "sector": "mbo",
             "earlier_work": ["ik ben verpleegkundige geweest", "12 jaar op de IC"]}
    turn = play("wat brengt mijn eerdere werk mee?", "ask_side_entry", slots=slots)
    assert "Je eerdere werk past bij rollen als" in turn.text
    assert "**Leerlingbegeleider**" in turn.text and "'verpleegkundige'" in turn.text


# --- forgetting one topic ("vergeet" in the middle of a sentence) ------------------------------------------------


@pytest.mark.parametrize("text, classified", [
    ("kun je vergeet wat ik over mijn klassen zei", "forget_me"),
    ("vergeet wat ik zei over mijn klassen", "correct_profile"),
    ("wis het stuk over mijn klassen maar", "forget_me"),
])
def test_forgetting_what_was_said_about_one_topic_keeps_the_rest(text, classified):
    slots = {**TEACHER, "tasks": ["slb'er van twee klassen", "bpv-begeleider"],
             "directions": [{"kind": "verdiepen", "domain": "leren_leerlingen", "roles": ["mentor"], "reasons": {}}]}
    turn = play(text, classified, slots=slots)
    assert turn.intent == "correct_profile"
    assert turn.slots["tasks"] == ["bpv-begeleider"]  # only the classes went
    assert turn.slots["passions"] == TEACHER["passions"] and turn.slots["audience"] == "leraar"
    assert "vergeten" in turn.text and "'klassen'" in turn.text and "De rest van ons gesprek blijft staan" in turn.text
    assert not any(e.get("event") == "restart" for e in turn.events)
    assert "Hier zie ik kansen voor je" in turn.text  # the suggestions again, without what went


def test_forgetting_a_topic_that_was_never_said_says_so():
    turn = play("vergeet wat ik over de mr zei", "forget_me", slots=TEACHER)
    assert "Over 'mr' had ik niets bewaard" in turn.text
    assert turn.slots["tasks"] == TEACHER["tasks"] and turn.slots["passions"] == TEACHER["passions"]


def test_forgetting_what_gave_energy_asks_for_it_again_in_the_form():
    turn = play("vergeet wat ik over stagiairs zei", "forget_me", active_loop=FORM,
                slots={"audience": "leraar", "stage": "ervaren", "passions": ["stagiairs begeleiden"],
                       "requested_slot": "tasks"})
    assert turn.slots["passions"] is None  # asked again
    assert "vergeten" in turn.text


@pytest.mark.parametrize("text", ["vergeet wat ik over mijn werk heb verteld", "vergeet alles over mij",
                                  "kun je alles vergeten wat ik zei"])
def test_forgetting_all_of_it_is_still_a_delete(text):
    assert read(text).requests.delete == "now" and not read(text).requests.forget_topic


def test_a_question_about_one_kind_of_work_names_its_roles():
    turn = play("en onderzoek doen, kan dat ook als leerkracht?", "ask_growth_paths", slots=TEACHER)
    assert "Ja, dat kan, naast het lesgeven" in turn.text and "'onderzoek'" in turn.text
    assert "**Onderzoeksdocent**" in turn.text
    assert {"Onderzoeksdocent"} <= {b["title"] for b in turn.buttons}
    assert "onderzoek doen" not in joined(turn.slots["tasks"])  # a question is no task


def test_a_general_question_about_growing_gets_the_ways_to_grow():
    turn = play("welke groeimogelijkheden zijn er?", "ask_growth_paths", slots=TEACHER, action="action_growth_paths")
    assert "Verdiepen" in turn.text and "Verbreden" in turn.text


@pytest.mark.parametrize("text, classified", [
    ("dat klinkt allemaal als wat ik al doe eigenlijk", "affirm"),
    ("hmm nee, rekencoördinator doe ik al, ik zoek iets nieuws", "share_tasks"),
])
def test_roles_the_user_already_knows_make_way_for_new_ones(text, classified):
    shown = ["expert_rekendidactiek", "werkplekbegeleider"]
    directions = [{"kind": "verdiepen", "domain": "leren_leerlingen", "roles": shown, "reasons": {}}]
    slots = {"audience": "leraar", "stage": "ervaren", "sector": "po",
             "passions": ["uitzoeken hoe kinderen rekenen leren", "stagiairs begeleiden", "lesmateriaal maken"],
             "tasks": ["ik ben ook rekencoördinator"], "directions": directions}
    turn = play(text, classified, slots=slots,
                last_bot_messages=[{"text": "Welke rol spreekt je aan?",
                                    "buttons": [{"title": r, "payload": f'/choose_role{{"role": "{r}"}}'} for r in shown]}])
    assert turn.intent == "correct_profile"
    assert "Je zoekt iets nieuws" in turn.text
    new_roles = [r for d in set_now(turn)["directions"] for r in d["roles"]]
    assert new_roles and not set(new_roles) & set(shown)


def test_with_nothing_new_left_the_domains_are_offered():
    shown = ["expert_rekendidactiek", "vakexpert"]
    slots = {"audience": "leraar", "stage": "ervaren", "sector": "po", "passions": ["rekenen"],
             "directions": [{"kind": "verdiepen", "domain": "leren_leerlingen", "roles": shown, "reasons": {}}]}
    turn = play("dat doe ik allemaal al", "affirm", slots=slots)
    assert "geen andere rollen" in turn.text and "De vier domeinen" in [b["title"] for b in turn.buttons]


def test_forgetting_a_topic_keeps_the_other_part_of_the_same_sentence():
    slots = {**TEACHER, "tasks": ["ik ben slb'er van twee klassen en daarnaast bpv-begeleider"]}
    turn = play("vergeet wat ik over mijn klassen zei", "forget_me", slots=slots)
    assert turn.slots["tasks"] == ["bpv-begeleider"]


def test_the_note_on_teaching_less_is_said_once():
    from actions.replies.orientation import LESS_TEACHING_NOTE
    slots = {**TEACHER, "less_teaching": "minder lesgeven",
             "directions": [{"kind": "verdiepen", "domain": "leren_leerlingen", "roles": ["mentor"], "reasons": {}}]}
    turn = play("ik ben geen mentor meer", "correct_profile", slots=slots,
                last_bot_messages=[{"text": LESS_TEACHING_NOTE}])
    assert "Hier zie ik kansen voor je" in turn.text and LESS_TEACHING_NOTE not in turn.text


def test_distress_inside_the_form_is_heard_not_answered_as_out_of_scope():
    turn = play("niks eigenlijk, ik word gewoon moe van alles", "out_of_scope", active_loop=FORM,
                slots={"audience": "leraar", "stage": "ervaren", "requested_slot": "passions"},
                action="validate_orientation_form")
    assert not any(e.get("event") == "action_execution_rejected" for e in turn.events)
    assert "opgebrand" in turn.text or "bedrijfsarts" in turn.text or "zwaar" in turn.text
    # Rasa rejects a form whose validation sets no slot but the requested one: then the fallback would answer.
    assert [e for e in turn.events if e.get("event") == "slot" and e.get("name") != "requested_slot"]
