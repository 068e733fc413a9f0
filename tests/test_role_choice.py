"""Choosing one of the suggested roles in loose words, after the suggestions were given: whole turns, read and
routed as in the servers (tracker_factory.play). Issue 12 moved the "this intent was misread" checks out of the
actions into actions/rerouting.py, so these tests give the misread intent and assert the reply."""
import pytest

from actions.knowledge import get_knowledge
from tracker_factory import entity, play, slot_events

FORM = "orientation_form"
# What the reading keeps of "nieuwe dingen uitproberen met digitale middelen en lessen ontwerpen" and, at the
# question what they do besides teaching, "ik geef wiskunde in de onderbouw" (a subject, no task).
PROFILE = {
    "audience": "leraar",
    "stage": "ervaren",
    "passions": ["nieuwe dingen uitproberen met digitale middelen", "lessen ontwerpen"],
    "subjects": ["wiskunde"],
    "tasks": [],
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


def _chosen(turn):
    return slot_events(turn.events).get("chosen_role")


def _payloads(turn):
    return [b["payload"] for b in turn.buttons]


def _suggest(slots, text="", intent="start_orientation"):
    """The suggestions the assistant gives for these slots (after `text`, when the user adds something)."""
    return play(text, intent, slots=slots, action="action_suggest_directions")


def _real_suggestions():
    return slot_events(_suggest(PROFILE).events)["directions"]


def test_a_loose_word_for_a_suggested_role_is_a_choice():
    turn = play("die met de leerlijnen", "choose_role", slots=AFTER_SUGGESTIONS)
    assert _chosen(turn) == "leerlijnen_ontwikkelen"
    assert "Toelating" in turn.text


def test_a_yes_that_names_a_suggestion_gives_its_four_questions():
    turn = play("ja dat ict ding lijkt me wel wat", "affirm", slots=AFTER_SUGGESTIONS)
    assert _chosen(turn) == "ict_didactiek"
    assert "ICT-didactiek" in turn.text and "Facilitering" in turn.text


def test_a_plain_yes_after_the_suggestions_asks_which_role():
    turn = play("ja", "affirm", slots=AFTER_SUGGESTIONS)
    assert _chosen(turn) is None
    assert "Welke rol" in turn.text
    assert '/choose_role{"role": "lesson_study"}' in _payloads(turn)


def test_a_yes_without_suggestions_asks_what_next():
    turn = play("ja graag", "affirm")
    assert turn.events == []
    assert turn.dispatcher.messages[0]["response"] == "utter_next_step"


def test_words_that_fit_two_suggestions_offer_those_two():
    turn = play("coachen", "choose_role", slots=AFTER_SUGGESTIONS)
    assert _chosen(turn) is None
    assert set(_payloads(turn)[:2]) == {'/choose_role{"role": "coach_nieuwe_collegas"}',
                                        '/choose_role{"role": "coach_lof"}'}


def test_a_choice_said_as_a_wish_after_the_suggestions_is_not_stored_as_energy():
    turn = play("die leerlijnen lijkt me wel wat", "share_passion", slots=AFTER_SUGGESTIONS)
    assert turn.slots["passions"] == PROFILE["passions"]
    assert _chosen(turn) == "leerlijnen_ontwikkelen"
    assert "Ondersteuning" in turn.text


def test_new_energy_after_the_suggestions_is_still_new_information():
    turn = _suggest(AFTER_SUGGESTIONS, "ik word ook blij van de mr", "share_passion")
    assert turn.intent == "share_passion"
    assert any("mr" in p.lower() for p in turn.slots["passions"])
    assert _chosen(turn) is None


def test_new_words_that_fit_the_suggestions_are_said_to_fit_them():
    directions = _real_suggestions()
    assert directions[0]["roles"][0] == "ict_didactiek"
    again = _suggest({**PROFILE, "directions": directions}, "digitale middelen in de les blijf ik het leukst vinden",
                     "share_passion")
    assert slot_events(again.events)["directions"] == directions  # nothing new to show
    assert "Hier zie ik kansen" not in again.text
    assert "Dat past bij wat ik al noemde: Specialist ICT-didactiek" in again.text


def test_new_words_that_point_nowhere_say_the_tips_stay():
    again = _suggest({**PROFILE, "directions": _real_suggestions()}, "ik hou ook van koken", "share_passion")
    assert "geen andere rol" in again.text


def test_going_on_after_pausing_the_questions_resumes_the_form():
    turn = play("ok toch maar verder", "affirm", slots={"audience": "leraar", "stage": "startend"})
    assert turn.events == [{"event": "followup", "timestamp": None, "name": "orientation_form"}]
    assert turn.dispatcher.messages == []


def test_turning_a_suggestion_down_is_no_choice():
    turn = play("die met de leerlijnen spreekt me niet aan", "share_passion", slots=AFTER_SUGGESTIONS)
    assert _chosen(turn) is None
    # Issue 12: a rejection takes the role (or its domain) out of the suggestions and is never kept as energy.
    assert "leerlijnen_ontwikkelen" in (turn.slots["excluded_roles"] or []) \
        or "onderwijs_ontwikkelen" in (turn.slots["rejected_domains"] or [])
    assert turn.slots["passions"] == PROFILE["passions"]


FACTS_AND_A_ROLE = ("hoi ik ben 31, docent wiskunde havo/vwo sinds 2018, zit in de MR en ben sectievoorzitter. "
                    "wat zijn mijn opties?")


def test_a_first_message_full_of_facts_starts_the_orientation_instead_of_a_choice():
    turn = play(FACTS_AND_A_ROLE, "choose_role", first_turn=True)
    assert turn.intent == "start_orientation"
    assert _chosen(turn) is None
    assert turn.slots["audience"] == "leraar" and turn.slots["sector"] == "vo"


def test_a_growth_question_with_facts_about_yourself_starts_the_orientation():
    turn = play("ik ben 12 jaar juf in groep 6 en ib'er, welke kanten kan ik op?", "ask_growth_paths")
    assert turn.intent == "start_orientation"
    assert turn.slots["audience"] == "leraar" and turn.slots["years"] == 12
    general = play("welke kanten kan je op als leraar?", "ask_growth_paths")
    assert general.intent == "ask_growth_paths" and "verdiepen" in general.text.lower()


def test_naming_a_role_without_suggestions_still_gives_its_questions():
    turn = play("ik kies mentor", "choose_role")
    assert _chosen(turn) == "mentor"
    assert "Toelating" in turn.text


def test_a_correction_that_changes_nothing_gets_one_reply():
    turn = play("nee, ik geef geen wiskunde maar natuurkunde", "correct_profile",
                slots={**PROFILE, "directions": _real_suggestions()})
    assert turn.slots["subjects"] == ["natuurkunde"]  # issue 12: a correction replaces the old fact
    assert turn.text.count("Dank je") == 1


def _strongest(directions):
    scored = [(d["scores"][r], r) for d in directions for r in d["roles"]]
    return get_knowledge().roles[max(scored, key=lambda item: item[0])[1]].name


def test_which_fits_best_names_the_suggestion_with_most_behind_it_and_why():
    directions = _real_suggestions()
    turn = play("welke past nu het best?", "choose_role", slots={**PROFILE, "directions": directions})
    assert turn.events == []
    first = turn.text.split(".")[0]
    assert first.startswith("Naar wat je vertelde past") and _strongest(directions) in first
    assert "het best, omdat je" in first
    assert turn.buttons


def test_which_fits_best_taken_for_another_intent_is_still_answered():
    # Issue 12: "welke past het best?" is rerouted to the choice, whatever the classifier made of it.
    directions = _real_suggestions()
    turn = play("welke past het best?", "ask_role_info", slots={**PROFILE, "directions": directions})
    assert turn.intent == "choose_role"
    assert _strongest(directions) in turn.text and "het best" in turn.text


def test_facts_taken_for_a_transition_question_start_the_orientation():
    full = FACTS_AND_A_ROLE.replace("wat zijn", "ik wil over een paar jaar teamleider worden. wat zijn")
    turn = play(full, "ask_transition_questions")
    assert turn.intent == "start_orientation"
    assert "teamleider" in " ".join(turn.slots["management_wishes"] or [])
    question = play("ik ben 8 jaar docent en mentor, wat moet ik regelen als ik coach word?",
                    "ask_transition_questions")
    assert question.intent == "ask_transition_questions" and "Toelating" in question.text


def test_loose_words_for_a_role_outside_the_suggestions_offer_that_role_first():
    turn = play("coachen lijkt me wat", "choose_role", slots={**PROFILE, "directions": DIRECTIONS[:2]})
    assert _chosen(turn) is None
    offered = _payloads(turn)
    assert {'/choose_role{"role": "coach_nieuwe_collegas"}', '/choose_role{"role": "coach_lof"}'} == set(offered[:2])
    assert '/choose_role{"role": "lesson_study"}' in offered


def test_nothing_more_after_the_suggestions_asks_which_role_instead_of_stopping():
    turn = play("verder niks", "stop_form", slots=AFTER_SUGGESTIONS)
    assert turn.intent == "affirm"
    assert not any(e["event"] == "active_loop" for e in turn.events) and "Welke rol" in turn.text
    stop = play("stop maar", "stop_form", slots=AFTER_SUGGESTIONS)
    assert stop.dispatcher.messages[0]["response"] == "utter_form_stopped"


def test_more_about_work_in_a_specialism_keeps_pointing_at_it():
    # Issue 12: only with evidence. Work in a specialism ("tto / tweetalig") points at it without making it a
    # role the user holds, but as a task alone it is too thin to suggest; once the user says it gives energy,
    # the role is suggested with those words as the reason.
    profile = {"audience": "leraar", "stage": "ervaren", "sector": "po", "passions": ["liedjes en spelletjes"],
               "tasks": ["tto / tweetalig"]}
    first = _suggest(profile)
    directions = slot_events(first.events)["directions"]
    assert directions == [] and "Ik zie nog geen rol" in first.text
    turn = _suggest({**profile, "directions": directions},
                    "ik ben ook nt2 contactpersoon voor de nieuwkomers en taalles geven aan nieuwkomers vind ik het mooiste",
                    "share_tasks")
    assert "nt2" in " ".join(turn.slots["tasks"]).lower()
    assert "Expert taalontwikkeling" in turn.text


def test_which_fits_best_names_the_later_role_the_words_point_at_and_one_for_now():
    # Issue 12: a side-entrant's earlier work lives in earlier_work.
    side_entrant = {"audience": "zij_instromer", "stage": "startend", "sector": "vo",
                    "passions": ["trainingen geven aan volwassenen"],
                    "earlier_work": ["ik was trainer bij een bank"], "subjects": ["economie"]}
    directions = slot_events(_suggest(side_entrant).events)["directions"]
    assert directions[-1]["kind"] == "op_termijn"
    turn = play("welke past het beste bij mij?", "choose_role", slots={**side_entrant, "directions": directions})
    first = turn.text.split(".")[0]
    assert "Trainer op studiedagen en conferenties" in first and "het best, omdat je" in first
    assert "iets voor later; voor nu past" in turn.text


def test_a_bare_role_name_taken_for_the_summary_is_a_choice():
    # A suggested role named bare is chosen. Issue 12 (rerouting): a role named that was not suggested is about
    # that role: its explanation, one click away from its four questions.
    suggested = play("lesson study", "request_summary", slots=AFTER_SUGGESTIONS)
    assert _chosen(suggested) == "lesson_study" and "Gespreksvoorbereiding" not in suggested.text
    other = play("sectieleider", "request_summary", slots=AFTER_SUGGESTIONS)
    assert "Gespreksvoorbereiding" not in other.text and "Sectieleider" in other.text
    assert '/choose_role{"role": "sectieleider"}' in _payloads(other)


def test_a_management_wish_taken_for_the_summary_gets_the_honest_note():
    turn = play("teamleider", "request_summary", slots=AFTER_SUGGESTIONS)
    assert "ander beroep dan leraar" in turn.text and "Gespreksvoorbereiding" not in turn.text
    assert turn.buttons  # the suggested roles stay one click away
    summary = play("zet het op een rij", "request_summary", slots=AFTER_SUGGESTIONS)
    assert "Gespreksvoorbereiding" in summary.text


def test_a_students_study_question_after_the_suggestions_gets_the_advice_for_students():
    student = {"audience": "student", "stage": "in_opleiding", "passions": ["gym geven en buiten spelen"],
               "tasks": ["stage in groep 5", "help bij de sportdag"], "directions": DIRECTIONS}
    turn = play("welke keuzemodule past daarbij?", "start_orientation", slots=student)
    assert turn.intent == "ask_growth_paths"
    assert "keuzemodule" in turn.text and "erbij gezet" not in turn.text
    assert turn.slots["passions"] == student["passions"] and turn.slots["tasks"] == student["tasks"]


def test_a_management_wish_is_named_honestly_in_the_suggestions():
    turn = _suggest({**PROFILE, "passions": None}, "ik wil eigenlijk teamleider worden, mensen in beweging krijgen",
                    "share_passion")
    assert "teamleider" in " ".join(turn.slots["management_wishes"] or [])
    assert "teamleider" not in " ".join(turn.slots["passions"] or [])
    assert "ander beroep dan leraar" in turn.text and "Hier zie ik kansen voor je" in turn.text


def test_can_i_do_that_now_answers_from_the_stages_of_the_chosen_role():
    slots = {"audience": "zij_instromer", "stage": "startend", "chosen_role": "trainer_scholing"}
    turn = play("kan ik dat nu al doen?", "affirm", slots=slots)
    assert slot_events(turn.events) == {}
    assert "Trainer op studiedagen en conferenties past vooral als je ervaren bent" in turn.text
    assert "klein beginnen" in turn.text
    slots = {"audience": "leraar", "stage": "ervaren", "chosen_role": "trainer_scholing"}
    text = play("kan ik dat nu al doen?", "affirm", slots=slots).text
    assert text.startswith("Ja, Trainer op studiedagen en conferenties past bij je fase")


def test_only_teaching_after_the_suggestions_is_fine_and_adds_nothing():
    directions = _real_suggestions()
    turn = _suggest({**PROFILE, "directions": directions}, "alleen lesgeven nu", "share_tasks")
    assert slot_events(turn.events)["directions"] == directions
    assert turn.slots["tasks"] == PROFILE["tasks"]
    assert "nu vooral lesgeven" in turn.text and "kern van het vak" in turn.text
    assert "erbij gezet" not in turn.text
    assert turn.buttons


def _role_info_messages(question):
    return play(question, "ask_role_info").dispatcher.messages


@pytest.mark.parametrize("reaction", ["die wil ik", "die lijkt me wel wat", "ja, dat wil ik wel"])
def test_pointing_at_the_role_just_explained_chooses_it(reaction):
    shown = _role_info_messages("wat houdt expert werkplekleren in?")
    turn = play(reaction, "choose_role", slots=AFTER_SUGGESTIONS, last_bot_messages=shown)
    assert _chosen(turn) == "expert_werkplekleren"
    assert "Toelating" in turn.text


def test_an_ordinal_counts_in_the_list_just_shown_not_in_the_earlier_suggestions():
    shown = play("welke rollen horen bij ontwikkelen van onderwijs?", "ask_domain_info",
                 entities=[entity("domain", "onderwijs_ontwikkelen")]).dispatcher.messages
    listed = [b["title"] for b in shown[-1]["buttons"]]
    turn = play("de tweede", "choose_role", slots=AFTER_SUGGESTIONS, last_bot_messages=shown)
    assert get_knowledge().roles[_chosen(turn)].name == listed[1]


def test_a_question_after_the_suggestions_is_answered_not_added_to_the_profile():
    directions = _real_suggestions()
    turn = _suggest({**PROFILE, "directions": directions}, "wat kan ik later worden", "start_orientation")
    assert slot_events(turn.events)["directions"] == directions
    assert turn.slots["passions"] == PROFILE["passions"] and turn.slots["wishes"] is None
    assert "erbij gezet" not in turn.text
    assert "zie ik deze rollen voor je" in turn.text and turn.buttons


def test_a_change_of_mind_changes_the_chosen_role():
    # Issue 12: "eigenlijk toch liever ..." after choosing one role chooses the other.
    turn = play("eigenlijk toch liever lesmateriaal ontwikkelen", "share_passion",
                slots={**AFTER_SUGGESTIONS, "chosen_role": "ict_didactiek"})
    assert _chosen(turn) == "lesmateriaal_ontwikkelen"


def test_what_can_i_do_now_splits_the_suggestions_into_now_and_later():
    side_entrant = {"audience": "zij_instromer", "stage": "startend", "sector": "vo",
                    "earlier_work": ["ik was 10 jaar hr-adviseur"], "subjects": ["economie"],
                    "wishes": ["later nieuwe collega's te helpen"]}
    directions = slot_events(_suggest(side_entrant).events)["directions"]
    later = [r for d in directions if d["kind"] == "op_termijn" for r in d["roles"]]
    assert "coach_nieuwe_collegas" in later
    turn = play("ok en wat kan ik dan nu al doen?", "help", slots={**side_entrant, "directions": directions})
    assert turn.intent == "choose_role"
    now_line, later_line = turn.text.split("\n")[:2]
    assert now_line.startswith("Nu al passen bij je fase") and "Coach van nieuwe collega's" not in now_line
    assert later_line.startswith("Voor later") and "Coach van nieuwe collega's" in later_line
    assert "lesgeven" in turn.text and "je leidinggevende en je opleiding" in turn.text


def test_a_corrected_number_of_years_goes_where_the_last_years_were_said():
    # Issue 12: "12 jaar op de IC" then "nee wacht, het was eigenlijk 15 jaar" is no 15 years in teaching.
    first = play("Hallo, ik ben verpleegkundige geweest, 12 jaar op de IC, en sinds dit jaar geef ik zorg en welzijn "
                 "op een mbo", "share_background")
    assert first.slots["stage"] == "startend"
    assert first.slots["teaching"] == ["zorg en welzijn op een mbo"]
    slots = {name: value for name, value in first.slots.items() if value is not None}
    turn = play("nee wacht, het was eigenlijk 15 jaar", "correct_profile", slots=slots,
                active_loop="orientation_form")
    assert turn.slots["stage"] == "startend" and not turn.slots.get("years")
    assert "15 jaar op de IC" in turn.slots["earlier_work"]
    assert not turn.slots.get("passions")  # "nee wacht" is no answer about energy


def test_a_corrected_number_of_years_in_teaching_replaces_the_years():
    first = play("ik ben docent wiskunde in het vo, 6 jaar", "share_background")
    assert first.slots["years"] == 6
    slots = {name: value for name, value in first.slots.items() if value is not None}
    turn = play("nee sorry, het is eigenlijk 2 jaar", "correct_profile", slots=slots)
    assert turn.slots["years"] == 2 and turn.slots["stage"] == "startend"
