"""The one place where a misread intent is set right (actions/rerouting.py): each rule on messages as people
type them, with the intent the classifier gave them."""
import pytest

from actions.context import Context
from actions.reading import read
from actions.rerouting import route

SUGGESTED = ("werkplekbegeleider", "coach_nieuwe_collegas", "lesmateriaal_ontwikkelen")
AFTER_SUGGESTIONS = dict(suggested_roles=SUGGESTED, audience="leraar", has_profile=True,
                         buttons=tuple((r, f'/choose_role{{"role": "{r}"}}') for r in SUGGESTED))


def routed(text, intent, **context):
    context = Context(**context)
    return route(intent, read(text, context), context)


@pytest.mark.parametrize("text, intent, expected", [
    # A message full of facts is about the user, whatever the words around it.
    ("Hoi! Ik ben juf van groep 6 op een basisschool, werk er nu 11 jaar. Ik vind onderzoek doen echt leuk", "ask_privacy",
     "share_background"),
    ("hoi, ik ben docent wiskunde in het vo, 8 jaar, en ik coach graag collega's", "greet", "share_background"),
    ("ik was 20 jaar ingenieur bij een bouwbedrijf en ben sinds september zij-instromer", "nlu_fallback", "share_background"),
    ("bedankt! ik ben trouwens ook mentor van 2 havo", "thank", "share_background"),
    # Privacy words win.
    ("begin opnieuw en vergeet mij", "restart_orientation", "forget_me"),
    ("wis alles wat ik zei, ik ben klaar", "goodbye", "forget_me"),
    ("kun je dit verwijderen?", "ask_privacy", "forget_me"),
    ("wat weet je nog van mij?", "help", "ask_privacy"),
    # A question stays a question.
    ("wat doet een schoolopleider?", "ask_role_info", "ask_role_info"),
    ("ik ben mentor, wat doet een schoolopleider?", "ask_role_info", "ask_role_info"),
    ("wordt dit gewist?", "ask_privacy", "ask_privacy"),
    # Asking what fits, with facts to go on.
    ("ik sta al 20 jaar voor de klas in het mbo, wat zijn mijn opties?", "ask_side_entry", "start_orientation"),
    # A student's own question, and the work, not the chat.
    ("welke keuzemodule past daarbij?", "out_of_scope", "ask_growth_paths"),
    ("moet ik gewoon stoppen met het onderwijs?", "stop_form", "ask_growth_paths"),
    ("jij snapt er ook niks van", "out_of_scope", "help"),
])
def test_a_misread_intent_is_set_right(text, intent, expected):
    decided = routed(text, intent)
    assert decided.intent == expected, decided
    assert decided.changed == (intent != expected)


@pytest.mark.parametrize("text, intent, role", [
    ("ik kies: Coach van nieuwe collega's", "share_passion", "coach_nieuwe_collegas"),
    ("de tweede", "nlu_fallback", "coach_nieuwe_collegas"),
    ("die met lesmateriaal lijkt me wel wat", "share_passion", "lesmateriaal_ontwikkelen"),
    ("Werkplekbegeleider", "ask_role_info", "werkplekbegeleider"),
])
def test_a_choice_among_the_roles_shown_is_a_choice(text, intent, role):
    decided = routed(text, intent, **AFTER_SUGGESTIONS)
    assert (decided.intent, decided.entities.get("role")) == ("choose_role", role), decided


def test_a_question_about_a_suggested_role_stays_a_question():
    assert routed("wat doet een werkplekbegeleider precies?", "ask_role_info", **AFTER_SUGGESTIONS).intent == "ask_role_info"


def test_which_fits_best_after_the_suggestions_is_answered_by_the_choice():
    assert routed("welke past het best bij mij?", "ask_growth_paths", **AFTER_SUGGESTIONS).intent == "choose_role"


def test_a_typed_button_label_is_the_button():
    buttons = (("Zet het op een rij", "/request_summary"), ("Vergeet mij", "/forget_me"))
    assert routed("zet het op een rij", "ask_domains", buttons=buttons).intent == "request_summary"


def test_yes_to_a_yes_button_is_that_button():
    decided = routed("ja graag", "affirm", buttons=(("Ja, kijk wat bij mij past", "/start_orientation"),))
    assert decided.intent == "start_orientation"


def test_nothing_more_after_the_suggestions_asks_to_pick_a_role():
    assert routed("nee verder niks", "stop_form", **AFTER_SUGGESTIONS).intent == "affirm"


def test_a_correction_after_the_suggestions_is_a_correction():
    assert routed("nee, ik ben geen mentor meer", "deny", **AFTER_SUGGESTIONS).intent == "correct_profile"


def test_a_bare_role_taken_for_a_summary_request_is_about_the_role():
    decided = routed("teamleider", "request_summary")
    assert decided.intent != "request_summary"
    assert routed("sectievoorzitter", "request_summary").intent == "ask_role_info"


def test_the_classifier_is_kept_when_nothing_says_otherwise():
    for text, intent in [("hoi", "greet"), ("welke domeinen zijn er", "ask_domains"), ("bedankt", "thank"),
                         ("wat verdient een mentor?", "ask_rules")]:
        decided = routed(text, intent)
        assert decided.intent == intent and not decided.changed, decided


def test_what_suits_now_after_the_suggestions_splits_now_and_later():
    context = Context(has_profile=True, first_turn=False, suggested_roles=("lob_er", "coach_nieuwe_collegas"))
    for text, classified in (("ok en wat kan ik dan nu al doen?", "help"), ("past dat nu al bij mij?", "start_orientation")):
        routed = route(classified, read(text, context), context)
        assert routed.intent == "choose_role", text


def test_years_now_in_a_role_is_no_question_about_now():
    context = Context(has_profile=True, first_turn=False, suggested_roles=("lob_er",))
    routed = route("share_tasks", read("ik ben nu al 3 jaar mentor", context), context)
    assert routed.intent == "share_tasks"


def test_a_first_story_that_wants_to_keep_something_chooses_no_role():
    """"dat wil ik graag houden" about a side job is no pick: nothing was offered yet."""
    context = Context()
    text = ("ik ben docent ict op het mbo, 6 jaar, en ik werk daarnaast 1 dag per week bij een softwarebedrijf. "
            "dat wil ik graag houden, ik vind het mooi om echte klussen uit de praktijk mee de klas in te nemen")
    reading = read(text, context)
    assert reading.requests.choice is None
    assert route("choose_role", reading, context).intent == "share_background"


def test_the_four_questions_asked_by_name_are_the_four_questions():
    assert routed("welke vier vragen moet ik dan stellen", "help", **AFTER_SUGGESTIONS).intent == \
        "ask_transition_questions"
    assert routed("en wat zijn die 4 vragen?", "nlu_fallback").intent == "ask_transition_questions"


def test_a_role_name_typed_after_the_suggestions_is_about_that_role():
    decided = routed("Leraaronderzoeker", "share_tasks", **AFTER_SUGGESTIONS)
    assert decided.intent == "ask_role_info" and decided.entities == {"role": "onderzoeksdocent"}
    assert routed("coach van nieuwe collega's dan", "share_tasks", **AFTER_SUGGESTIONS).intent == "choose_role"


def test_a_role_someone_else_has_in_a_question_chooses_nothing():
    context = Context(**{**AFTER_SUGGESTIONS, "audience": "student"})
    said = read("en wat doe ik als mijn stagebegeleider zegt dat ik eerst gewoon goed moet leren lesgeven", context)
    assert said.requests.question and said.requests.choice is None
    assert route("ask_growth_paths", said, context).intent == "ask_growth_paths"


def test_not_that_but_what_else_asks_for_options():
    decided = routed("nee dat bedoel ik niet, wat kan ik nog meer dan ib'er zijn", "correct_profile",
                     **AFTER_SUGGESTIONS)
    assert decided.intent == "start_orientation"
