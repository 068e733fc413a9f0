"""The reading of a message (actions/reading.py) on messages as users really type them: several facts at once,
typos, no capitals, abbreviations, corrections, facts about others, denials, requests. Each fact is checked
through the profile it gives (actions/profile.py), which is what every later reply uses."""
import pytest

from actions.context import Context
from actions.profile import Profile, apply
from actions.reading import tidy
from actions.reading import read


def reading(text, slot=None, **context):
    return read(text, Context(requested_slot=slot, active_loop="orientation_form" if slot else None, **context))


def profile_after(matcher, text, slot=None, before=None, **context):
    return apply(before or Profile(), reading(text, slot, **context), matcher, slot)


def joined(items):
    return " | ".join(items or [])


# (message, requested slot, expected profile fields); a field set to None must be None.
CASES = [
    ("ik ben mentor, 8 jaar docent en vind lesmateriaal maken leuk", None,
     dict(audience="leraar", stage="ervaren", years=8)),
    ("ik sta 12 jaar voor de klas", None, dict(audience="leraar", stage="ervaren", years=12)),
    ("net afgestudeerd", None, dict(stage="startend")),
    ("ik ben net begonnen als docent wiskunde op een havo", None, dict(audience="leraar", stage="startend", sector="vo")),
    ("ik werk nu 2 jaar als leraar", None, dict(audience="leraar", stage="startend", years=2)),
    ("juf van groep 3, 2 jaar bezig", None, dict(audience="leraar", sector="po", stage="startend", years=2)),
    ("ik ben juf in groep 7, al 6 jaar", None, dict(audience="leraar", sector="po", stage="ervaren", years=6)),
    ("ik heb al veel ervaring, ik ben 25 jaar leerkracht", None, dict(audience="leraar", stage="ervaren", years=25)),
    ("ik zit in het derde jaar van de pabo", None, dict(audience="student", stage="in_opleiding", sector="po")),
    ("4e jaars pabo", None, dict(audience="student", stage="in_opleiding", sector="po")),
    ("ik studeer aan de lerarenopleiding engels, 2e jaars", None, dict(audience="student", stage="in_opleiding")),
    ("ik ben lio-stagiair op een vwo", None, dict(audience="student", stage="in_opleiding", sector="vo")),
    ("ik ben zij-instromer, was 15 jaar ingenieur", None, dict(audience="zij_instromer", stage=None, years=None)),
    ("ik ben zij instromer, was 15 jaar ingenieur bij een bouwbedrijf", None, dict(audience="zij_instromer", stage=None, years=None)),
    ("ik heb 15 jaar als ingenieur gewerkt en ben nu zij-instromer op een vmbo", None,
     dict(audience="zij_instromer", sector="vo", stage=None, years=None)),
    ("ik werkte 10 jaar als verpleegkundige, nu zij-instromer op het mbo", None,
     dict(audience="zij_instromer", sector="mbo", stage=None, years=None)),
    ("zij-instromer, ik sta nu 2 jaar voor de klas", None, dict(audience="zij_instromer", stage="startend", years=2)),
    ("ik werkte bij de politie en wil graag leraar worden", None, dict(audience="zij_instromer")),
    ("ik werk op een mbo", None, dict(audience="leraar", sector="mbo")),
    ("ik ben docent op een roc, bol en bbl", None, dict(audience="leraar", sector="mbo")),
    ("ik geef les op een vmbo in de onderbouw", None, dict(audience="leraar", sector="vo")),
    ("ik begeleid stagiairs", None, dict(audience=None, stage=None)),
    ("ik begeleid de stagiairs van de pabo", None, dict(stage=None)),
    # Found while writing these tests; see the report.
    ("ik geef al 10 jaar les op een basisschool", None, dict(audience="leraar", sector="po", stage="ervaren", years=10)),
    ("ik geef nu 3 jaar les", None, dict(audience="leraar", stage="startend", years=3)),
    ("ik ben vorig jaar afgestudeerd van de pabo", None, dict(stage="startend", sector="po")),
    # Facts wrapped in chat filler are facts, not what gives energy.
    ("oke dus ik ben in opleiding", "passions", dict(audience="student", stage="in_opleiding", passions=None)),
    ("correctie: ik sta pas 3 jaar", "passions", dict(stage="startend", passions=None)),
    ("ok toch maar verder", "passions", dict(passions=None, tasks=None)),
    ("nee hoor, ik hou van lesgeven", "passions", dict(passions="lesgeven")),
    ("om 8:30 begin ik met de kleuters, dat vind ik leuk", "passions", dict(sector="po")),
    ("ik ben leerkracht groep 6 en ict-coordinator, 7 jaar", None, dict(audience="leraar", stage="ervaren", years=7)),
    ("ik ben zij-instromer, 15 jaar", None, dict(audience="zij_instromer", years=None)),
    # Months are not years; not started yet is no stage of teaching.
    ("ik sta nu 4 maanden voor de klas", None, dict(stage="startend")),
    ("4 maanden", "stage", dict(stage="startend", years=None)),
    ("iedereen verklaart me voor gek. ik was advocaat en ben nu docent maatschappijleer", None,
     dict(audience="zij_instromer")),
    ("ik ben logopedist geweest en nu leerkracht in groep 3", None, dict(audience="zij_instromer", sector="po")),
    # Compounds name a teacher too.
    ("gymleraar in het vo, al 34 jaar", "audience", dict(audience="leraar", sector="vo", stage="ervaren")),
    ("ik ben kleuterjuf op een montessorischool", "audience", dict(audience="leraar", sector="po")),
    ("muziekdocent op een mbo", "audience", dict(audience="leraar", sector="mbo")),
    ("ik ben pabostudent", "audience", dict(audience="student")),
    # Primary school words beyond "groep 5"; a praktijkschool is vo.
    ("kleuterjuf al 9 jaar", None, dict(sector="po", stage="ervaren")),
    ("ik heb een combinatieklas 4/5", None, dict(sector="po")),
    ("ik ben ib'er op een sbo", None, dict(sector="po")),
    ("ik werk op een praktijkschool", None, dict(sector="vo")),
]


@pytest.mark.parametrize("text,slot,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_profile_facts(matcher, text, slot, expected):
    profile = profile_after(matcher, text, slot)
    got = {key: getattr(profile, key) for key in expected}
    for key in ("passions", "tasks"):
        if key in got and isinstance(expected[key], str):
            got[key] = joined(got[key])
    assert got == expected, profile


def test_frontloaded_message_gives_all_parts(matcher):
    profile = profile_after(matcher, "ik ben mentor, 8 jaar docent en vind lesmateriaal maken leuk")
    assert (profile.audience, profile.stage, profile.years) == ("leraar", "ervaren", 8)
    assert "mentor" in joined(profile.tasks) and "lesmateriaal" in joined(profile.passions)
    assert "lesmateriaal" not in joined(profile.tasks) and "mentor" not in joined(profile.passions)
    # The profile facts ("8 jaar docent") are neither a task nor a passion.
    assert "8 jaar" not in joined(profile.tasks) + joined(profile.passions)


def test_passion_and_task_in_one_line_without_capitals(matcher):
    profile = profile_after(matcher, "ik geef les aan havo 4 en vind het leuk om lessen te ontwerpen")
    assert profile.audience == "leraar" and profile.sector == "vo"
    assert "ontwerpen" in joined(profile.passions) and "ontwerpen" not in joined(profile.tasks)


@pytest.mark.parametrize("text", [
    "ik ben mentor en wil teamleider worden",
    "ik ben mentor, later wil ik doorgroeien naar teamleider",
])
def test_a_wished_role_is_a_wish_not_a_task(matcher, text):
    profile = profile_after(matcher, text)
    assert "mentor" in joined(profile.tasks) and "teamleider" not in joined(profile.tasks)
    assert "teamleider" in joined(profile.management_wishes)


def test_wanting_to_know_what_you_could_become_is_no_wish(matcher):
    profile = profile_after(matcher, "ik wil weten wat ik kan worden")
    assert profile.passions is None and profile.tasks is None and profile.wishes is None


def test_a_side_entrants_years_are_earlier_work_not_teaching(matcher):
    profile = profile_after(matcher, "ik ben zij-instromer, was 15 jaar ingenieur")
    assert profile.audience == "zij_instromer"
    assert profile.stage != "ervaren" and profile.years is None
    assert "ingenieur" in joined(profile.earlier_work)


@pytest.mark.parametrize("text", [
    "ik begeleid stagiairs",
    "ik begeleid de stagiairs van de pabo",
    "ik begeleid stagiairs van de pabo",
    "ik ben werkplekbegeleider en vind het leuk om studenten te begeleiden",
    "ik ben docent nederlands, ik begeleid ook studenten van de lerarenopleiding",
    "ik begeleid een stagiaire van de pabo, verder ben ik juf van groep 6",
    "mijn stagiaire zit in het derde jaar van de pabo",
    "we hebben dit jaar twee lio-studenten in het team",
])
def test_supervising_students_does_not_make_you_a_student(matcher, text):
    profile = profile_after(matcher, text)
    assert profile.audience != "student", profile
    assert profile.stage != "in_opleiding", profile


@pytest.mark.parametrize("text, audience", [
    ("mijn collega is zij-instromer, ik sta zelf al 12 jaar voor de klas", "leraar"),
    ("mijn partner werkt in de zorg en ik ben juf in groep 3", "leraar"),
    ("mijn zoon zit op de pabo, ik ben docent economie", "leraar"),
    ("mijn duo-collega doet de mr, ik ben zelf mentor", "leraar"),
])
def test_facts_about_someone_else_are_not_the_users(matcher, text, audience):
    profile = profile_after(matcher, text)
    assert profile.audience == audience, profile
    assert "mr" not in joined(profile.tasks).lower()


def test_a_fact_about_a_colleague_is_read_as_about_the_colleague():
    facts = reading("mijn collega is zij-instromer en is mentor van 2 havo").facts
    assert facts and all(f.about_other for f in facts if f.kind in ("task", "passion", "earlier_work"))
    assert not [f for f in facts if f.kind == "audience" and not f.about_other]


@pytest.mark.parametrize("text,slot", [
    ("nee, ik ben geen mentor meer", None),
    ("nee, ik ben geen mentor meer", "tasks"),
    ("ik ben geen mentor meer", None),
    ("nee hoor ik ben geen mentor meer", "tasks"),
    ("klopt niet, ben geen mentor meer sinds dit jaar", None),
])
def test_a_denied_task_removes_it(matcher, text, slot):
    before = Profile(audience="leraar", tasks=["ik ben mentor van 3 havo", "ik zit in de werkgroep lezen"])
    profile = profile_after(matcher, text, slot, before=before)
    assert "mentor" in profile.excluded_roles
    assert profile.tasks == ["ik zit in de werkgroep lezen"]


def test_a_denial_keeps_the_other_roles(matcher):
    profile = profile_after(matcher, "ik doe niet meer mee met de mr, wel nog sectievoorzitter", "tasks")
    assert profile.excluded_roles == ["medezeggenschapsraad"]
    assert "sectieleider" in matcher.match(joined(profile.tasks)).role_ids()


@pytest.mark.parametrize("text, before, audience", [
    ("ik ben geen student!!", Profile(audience="student", years=11, sector="po"), "leraar"),
    ("nee ik ben geen student, ik ben juf", Profile(audience="student"), "leraar"),
    ("ik ben eigenlijk zij-instromer", Profile(audience="leraar"), "zij_instromer"),
    ("ik zit nog op de pabo hoor", Profile(audience="leraar"), "student"),
    ("ik ben geen zij-instromer", Profile(audience="zij_instromer"), None),
])
def test_a_corrected_audience_replaces_the_old_one(matcher, text, before, audience):
    assert profile_after(matcher, text, before=before).audience == audience


def test_a_side_entrant_who_teaches_stays_a_side_entrant(matcher):
    before = Profile(audience="zij_instromer")
    assert profile_after(matcher, "alleen lesgeven nu, ik ben leraar wiskunde", "tasks", before=before).audience \
        == "zij_instromer"


def test_corrected_years_replace_the_old_years(matcher):
    before = Profile(audience="leraar", stage="ervaren", years=8, stage_assumed=True)
    profile = profile_after(matcher, "ik sta geen 8 maar 18 jaar voor de klas", before=before)
    assert profile.years == 18 and profile.stage == "ervaren"


def test_the_graduate_is_no_longer_a_student(matcher):
    assert profile_after(matcher, "ik ben vorig jaar afgestudeerd van de pabo").audience != "student"


@pytest.mark.parametrize("text, target, value", [
    ("organiseren lijkt me helemaal niks", "domain", "onderwijs_organiseren"),
    ("niks meer met collega's, dat heb ik wel gehad", "domain", "collegas_ondersteunen"),
    ("praktijkleren? ik doe geschiedenis hoor, geen techniek", "role", "praktijkleren"),
    ("geen zin in de mr", "role", "medezeggenschapsraad"),
])
def test_a_rejection_is_read_as_one(text, target, value):
    rejections = reading(text).of("rejection", negated=True)
    assert (target, value) in [(f.target, f.value) for f in rejections], reading(text).facts
    assert not reading(text).of("passion")


def test_a_rejection_is_never_kept_as_what_gives_energy(matcher):
    before = Profile(audience="leraar", passions=["organiseren van de werkweek", "lessen ontwerpen"])
    profile = profile_after(matcher, "organiseren lijkt me toch helemaal niks", before=before)
    assert profile.passions == ["lessen ontwerpen"]
    assert "onderwijs_organiseren" in profile.rejected_domains


def test_push_back_on_a_suggestion_just_shown_rejects_it(matcher):
    context = dict(buttons=(("Specialist praktijkleren", '/choose_role{"role": "praktijkleren"}'),))
    profile = profile_after(matcher, "nee, dat past niet bij mij", **context)
    assert "praktijkleren" in profile.excluded_roles


def test_the_subject_taught_is_read(matcher):
    assert profile_after(matcher, "praktijkleren? ik doe geschiedenis hoor, geen techniek").subjects == ["geschiedenis"]
    assert profile_after(matcher, "ik ben docent biologie op een havo").subjects == ["biologie"]
    assert profile_after(matcher, "wiskundeleraar in de bovenbouw").subjects == ["wiskunde"]


def test_saying_what_you_teach_is_no_task(matcher):
    profile = profile_after(matcher, "ik ben docent biologie op een havo")
    assert profile.tasks is None and profile.audience == "leraar" and profile.sector == "vo"


def test_only_teaching_is_an_answer_without_tasks(matcher):
    assert profile_after(matcher, "alleen lesgeven", "tasks").tasks == []


@pytest.mark.parametrize("text, nothing_extra", [
    ("stage in 2 vwo", True),
    ("ik loop stage op een basisschool in groep 5", True),
    ("lio-stage op het vmbo", True),
    ("ik loop stage en organiseer de excursie", False),
])
def test_a_students_internship_alone_is_teaching_without_extra_tasks(text, nothing_extra):
    assert bool(reading(text, "tasks").of("nothing_extra")) is nothing_extra


@pytest.mark.parametrize("text,slot,roles", [
    ("ik ben mentr en sectievoorzittr", "tasks", ["mentor", "sectieleider"]),
    ("k ben mentor vd brugklas en zit in de mr", "tasks", ["mentor", "medezeggenschapsraad"]),
    ("ik vind het leuk om colegas te coachen", "passions", ["coach_nieuwe_collegas"]),
    ("ik ben werkplekbegeleidr", "tasks", ["werkplekbegeleider"]),
])
def test_typos_and_abbreviations_still_match(matcher, text, slot, roles):
    profile = profile_after(matcher, text, slot)
    part = joined(profile.tasks if slot == "tasks" else profile.passions)
    found = matcher.match(part).role_ids()
    for role in roles:
        assert role in found, f"{role} not in {found}"


def test_all_capitals_are_split_like_lower_case(matcher):
    profile = profile_after(matcher, "IK BEN LERARES OP EEN BASISSCHOOL EN IK VIND DIGIBORD EN IPADS LEUK")
    assert profile.audience == "leraar" and profile.sector == "po"
    assert "DIGIBORD" in joined(profile.passions) and "LERARES" not in joined(profile.passions)


@pytest.mark.parametrize("text, stage", [
    ("ik ben expert in rekendidactiek en geef al jaren les", "meester"),
    ("ik ben een ervaren docent", "ervaren"),
    ("ik ben starter, 1 jaar voor de klas", "startend"),
    ("ik weet het niet", None),
])
def test_explicit_stage_words_come_before_years(matcher, text, stage):
    assert profile_after(matcher, text).stage == stage


def test_a_stage_inferred_from_years_is_marked_assumed(matcher):
    profile = profile_after(matcher, "ik sta 12 jaar voor de klas")
    assert profile.stage == "ervaren" and profile.stage_assumed
    assert not profile_after(matcher, "ik ben een ervaren docent").stage_assumed


def test_an_empty_message_says_nothing(matcher):
    assert profile_after(matcher, "   ") == Profile()


@pytest.mark.parametrize("message, years", [
    ("ik werkte 15 jaar als hr-adviseur bij een bank", None),
    ("ik was 10 jaar monteur en sta nu 2 jaar voor de klas", 2),
    ("al een jaar of 9 voor de klas", 9),
    ("ik sta nu een half jaar voor de klas", 0),
])
def test_years_count_only_when_they_are_teaching_years(matcher, message, years):
    assert profile_after(matcher, message).years == years


@pytest.mark.parametrize("text,kind", [
    ("ik ben op. echt op. ben net 3 weken thuis geweest", "distress"),
    ("ik weet niet of ik het volhoud, ik verzuip in het nakijken", "distress"),
    ("ik ben eerlijk gezegd een beetje op", "distress"),
    ("ik loop op mijn tandvlees", "distress"),
    ("ik weet niet of de pabo wel iets voor mij is", "doubt"),
    ("ik twijfel tussen blijven en iets anders", "doubt"),
    ("ik ben op een vmbo", None),
    ("ik ben op zoek naar een nieuwe rol", None),
    ("ik geef les aan leerlingen met stress", None),
])
def test_worry_about_the_work(text, kind):
    assert reading(text).worry == kind


def test_distress_is_heard_but_never_kept_as_what_gives_energy(matcher):
    profile = profile_after(matcher, "ik ben eerlijk gezegd een beetje op", "passions")
    assert not profile.passions


def test_days_per_week_are_not_years_of_teaching(matcher):
    assert profile_after(matcher, "ik werk nog 1 dag per week in het ziekenhuis", "stage").stage is None
    assert profile_after(matcher, "6", "stage").stage == "ervaren"


# --- requests ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, delete", [
    ("vergeet mij", "now"),
    ("begin opnieuw en vergeet mij", "now"),
    ("wis alles wat ik zei", "now"),
    ("kun je dit verwijderen?", "now"),
    ("gooi mijn gegevens maar weg", "now"),
    ("ik wil eigenlijk dat je vergeet wat ik net zei over mijn collega", "now"),
    ("sla dit alsjeblieft niet op", "now"),
    ("wordt dit gewist?", None),
    ("hoe lang bewaar je dit?", None),
    ("ik ben docent wiskunde", None),
    ("nog niks op school", None),
])
def test_delete_words_anywhere_ask_to_delete(text, delete):
    assert reading(text).requests.delete == delete


@pytest.mark.parametrize("text", ["wat weet je nog van mij?", "wat weet je nu allemaal over me", "wat heb je van mij opgeslagen"])
def test_asking_what_is_known(text):
    assert reading(text).requests.what_is_known


OFFERED = (("Mentor", '/choose_role{"role": "mentor"}'),
           ("Werkplekbegeleider", '/choose_role{"role": "werkplekbegeleider"}'),
           ("Leerlijnen, lessenseries en curricula ontwikkelen", '/choose_role{"role": "leerlijnen_ontwikkelen"}'))
SUGGESTED = ("mentor", "werkplekbegeleider", "leerlijnen_ontwikkelen")


@pytest.mark.parametrize("text, role, how", [
    ("de tweede", "werkplekbegeleider", "position"),
    ("doe maar nummer 3", "leerlijnen_ontwikkelen", "position"),
    ("die met de leerlijnen lijkt me wel wat", "leerlijnen_ontwikkelen", "words"),
    ("ik kies werkplekbegeleider", "werkplekbegeleider", "name"),
    ("Mentor", "mentor", "label"),
])
def test_a_role_is_chosen_by_position_words_name_or_label(text, role, how):
    requests = reading(text, buttons=OFFERED, suggested_roles=SUGGESTED).requests
    assert (requests.choice, requests.choice_how) == (role, how)


def test_pointing_right_after_one_role_chooses_it():
    context = dict(buttons=(("Vier vragen voor deze rol", '/choose_role{"role": "decaan"}'),
                            ("Wat past bij mij?", "/start_orientation")))
    assert reading("die wil ik", **context).requests.choice == "decaan"


def test_a_denied_choice_is_no_choice():
    assert reading("die met de leerlijnen spreekt me niet aan", buttons=OFFERED, suggested_roles=SUGGESTED).requests.choice is None


def test_a_typed_button_label_stands_for_the_button():
    context = dict(buttons=(("Alleen lesgeven", "alleen lesgeven"),), requested_slot="tasks",
                   active_loop="orientation_form")
    assert read("Alleen lesgeven", Context(**context)).of("nothing_extra")
    labelled = read("zet het op een rij", Context(buttons=(("Zet het op een rij", "/request_summary"),)))
    assert labelled.button == {"intent": "request_summary", "entities": {}}


def test_a_plain_yes_to_a_yes_button_is_that_button():
    context = Context(buttons=(("Ja, wis alles", "/forget_me"),))
    yes = read("ja", context)
    assert yes.button["intent"] == "forget_me" and yes.requests.delete == "now"


@pytest.mark.parametrize("text", [
    "wat kan ik tijdens mijn stage al uitproberen?",
    "welke keuzemodule past daarbij?",
    "bij wat voor school moet ik solliciteren?",
])
def test_a_students_own_questions_are_read(text):
    assert reading(text).requests.study_choice


def test_a_question_is_not_mistaken_for_a_statement_and_back():
    assert reading("kan ik ook coach worden?").requests.question
    assert reading("wat doet een schoolopleider").requests.question
    assert not reading("ik begeleid een stagiaire en ben 12 jaar juf").requests.question
    assert not reading("praktijkleren? ik doe geschiedenis hoor").requests.question


def test_being_a_side_entrant_oneself_is_no_earlier_work():
    reading = read("mijn vrouw is juf. ik ben zelf zij-instromer, eerste jaar, techniek op het vmbo. daarvoor 14 jaar "
                   "automonteur bij een garage", Context())
    earlier = [f.value for f in reading.facts if f.kind == "earlier_work"]
    assert earlier == ["daarvoor 14 jaar automonteur bij een garage"]


def test_what_you_teach_is_kept_without_the_words_around_it():
    reading = read("Ik heb 20 jaar als werktuigbouwkundig ingenieur gewerkt en ben sinds dit schooljaar zij-instromer "
                   "natuurkunde op een havo/vwo-school.", Context())
    assert [f.value for f in reading.facts if f.kind == "teaching"] == ["natuurkunde op een havo/vwo-school"]
    assert [f.value for f in reading.facts if f.kind == "earlier_work"] == [
        "Ik heb 20 jaar als werktuigbouwkundig ingenieur gewerkt"]


def test_the_class_taught_is_kept_even_without_a_subject():
    reading = read("ik werkte 8 jaar in de jeugdzorg en ben sinds september zij-instromer op een basisschool in groep 4",
                   Context())
    assert [f.value for f in reading.facts if f.kind == "teaching"] == ["op een basisschool in groep 4"]


def test_an_answer_about_energy_can_also_tell_a_task():
    context = Context(requested_slot="passions", active_loop="orientation_form", audience="leraar", stage="ervaren",
                      has_profile=True, first_turn=False)
    reading = read("ik vind toetsen maken en nakijken eigenlijk best interessant, hoe je eerlijk beoordeelt. ik zit ook "
                   "in de examencommissie", context)
    passions = [f.value for f in reading.facts if f.kind == "passion"]
    assert "hoe je eerlijk beoordeelt" in passions  # a clause after a comma, not a question
    assert "nakijken" in passions
    assert [f.value for f in reading.facts if f.kind == "task"] == ["ik zit ook in de examencommissie"]
    assert not reading.requests.question


@pytest.mark.parametrize("text, domain", [
    ("organiseren lijkt me helemaal niks", "onderwijs_organiseren"),
    ("niks meer met collega's", "collegas_ondersteunen"),
    ("ontwikkelen hoeft voor mij niet", "onderwijs_ontwikkelen"),
])
def test_a_domain_named_and_turned_down_is_rejected(text, domain):
    context = Context(has_profile=True, first_turn=False, suggested_roles=("mentor",))
    rejected = [f.value for f in read(text, context).facts if f.kind == "rejection" and f.target == "domain"]
    assert rejected == [domain]


def test_one_kind_of_work_turned_down_is_not_a_whole_domain():
    context = Context(has_profile=True, first_turn=False, suggested_roles=("coach_nieuwe_collegas",))
    reading = read("hmm coach klinkt leuk maar ik wil geen extra vergaderingen", context)
    assert not [f for f in reading.facts if f.kind == "rejection" and f.target == "domain"]
    assert [f.value for f in reading.facts if f.kind == "passion"] == ["coach"]


def test_the_school_type_someone_works_at_is_what_they_teach_not_a_role():
    reading = read("ik ben juf in groep 1-2 op een daltonschool, al 15 jaar. ik ben ook bouwcoördinator", Context())
    assert [f.value for f in reading.facts if f.kind == "teaching"] == ["juf in groep 1-2 op een daltonschool"]
    assert [f.value for f in reading.facts if f.kind == "task"] == ["ik ben ook bouwcoördinator"]
    assert reading.requests.roles_named == []


@pytest.mark.parametrize("text, passion", [
    ("ik loop stage in groep 7. mijn mentor daar is ook ib'er en dat lijkt me later wel wat", "ib'er"),
    ("mijn collega is rekencoördinator en dat lijkt me ook wel leuk", "rekencoördinator"),
])
def test_energy_for_what_someone_else_does_keeps_the_work_not_the_person(text, passion):
    reading = read(text, Context())
    assert [f.value for f in reading.facts if f.kind == "passion"] == [passion]
    assert all(f.about_other for f in reading.facts if f.kind == "task" and "mijn" in f.value)


@pytest.mark.parametrize("text, entities", [
    ("wat doet een schoolopleidr?", {"role": "schoolopleider"}),
    ("wat houdt organiseren van onderwijs in?", {"domain": "onderwijs_organiseren"}),
    ("en meesterschap?", {"stage": "meester"}),
    ("ik ben zij-instromer", {"audience": "zij_instromer"}),
    ("mijn mentor zegt dat ik goed ben", {}),
])
def test_the_reading_names_the_entities_the_dialogue_needs(text, entities):
    """Typos and inflections included: the entities come from the reading, not from a trained extractor."""
    assert read(text, Context()).entities() == entities


@pytest.mark.parametrize("text", ["fijne avond verder, ik ben weg", "fijn dat je even meekeek",
                                  "bedankt he dit helpt me echt verder", "wacht even, ik heb eerst een andere vraag",
                                  "genoeg vragen voor nu",
                                  "graag een korte samenvatting om mee te nemen naar mijn teamleider"])
def test_remarks_about_the_chat_are_no_facts_about_the_work(text):
    reading = read(text, Context(has_profile=True, first_turn=False, audience="leraar"))
    assert reading.profile_fact_count() == 0, reading.facts


@pytest.mark.parametrize("text, question", [
    ("uit welke onderdelen bestaat het beroepsbeeld voor de leraar", True),
    ("in welke fase zit je als je net van de pabo komt", True),
    ("krijg ik LC als ik schoolopleider word", True),
    ("toetsen maken, hoe je eerlijk beoordeelt", False),
])
def test_questions_without_a_question_mark(text, question):
    assert read(text, Context()).requests.question is question


@pytest.mark.parametrize("text, role", [("haal mentor maar weg, dat doe ik niet meer", "Mentor"),
                                        ("streep decaan maar door in mijn profiel", "(Studie)decaan")])
def test_a_role_struck_out_is_one_fact_removed_not_the_conversation(text, role):
    reading = read(text, Context(has_profile=True, first_turn=False, audience="leraar"))
    assert reading.requests.delete is None and reading.requests.correction
    assert [(f.kind, f.value) for f in reading.facts if f.negated] == [("task", role)]


def test_deleting_the_data_still_deletes_whatever_else_is_said():
    reading = read("verwijder mijn gegevens, ik ben mentor", Context())
    assert reading.requests.delete == "now"


@pytest.mark.parametrize("text, task", [
    ("ik werk 6 jaar als leerkracht in groep 5. verder doe ik de schoolkrant", "doe ik de schoolkrant"),
    ("ik zit in pabo 3 en loop nu stage in een groep 1-2", "loop nu stage in een groep 1-2"),
])
def test_a_task_said_outright_is_kept_even_when_the_knowledge_does_not_know_it(text, task):
    assert task in [f.value for f in read(text, Context()).facts if f.kind == "task"]


@pytest.mark.parametrize("said, kept", [
    ("ik vind het leuk om stagiairs te begeleiden", "stagiairs begeleiden"),
    ("ik vind het leuk om met bedrijven samen te werken", "met bedrijven samenwerken"),
    ("ik vind het leuk om mee te denken over het beleid", "mee te denken over het beleid"),
    ("ik vind het leuk om te organiseren", "organiseren"),
])
def test_a_passion_is_kept_in_the_words_a_summary_can_quote(said, kept):
    # The kept words are matched again later: a separable verb must stay one verb.
    assert tidy(said, "passion") == kept


def test_a_role_name_typed_after_the_suggestions_tells_nothing_about_the_user():
    context = dict(has_profile=True, first_turn=False, audience="leraar", suggested_roles=("vakexpert",))
    assert read("Leraaronderzoeker", Context(**context)).facts == []
    # As the answer to "what do you do besides teaching?" it is a task.
    assert [f.kind for f in read("Toetscoördinator", Context(**context, requested_slot="tasks")).facts] == ["task"]


@pytest.mark.parametrize("text, years", [
    ("nee sorry, ik bedoel dat ik sinds 2009 lesgeef, niet 2019", 17),
    ("correctie: sinds 2009", 17),
])
def test_years_corrected_with_a_year_since(text, years, monkeypatch):
    import actions.reading as reading_module

    class Today:
        @staticmethod
        def today():
            import datetime
            return datetime.date(2026, 12, 7)
    monkeypatch.setattr(reading_module, "date", Today)
    context = Context(has_profile=True, first_turn=False, audience="leraar", requested_slot="tasks")
    found = [f for f in read(text, context).facts if f.kind == "years"]
    assert found and int(found[0].value) == years


def test_years_at_the_same_school_are_years_in_teaching():
    found = read("ik ben leerkracht in groep 7, al 14 jaar op dezelfde school").of("years")
    assert found and found[0].value == "14"


@pytest.mark.parametrize("text", ["en wat doe ik als mijn stagebegeleider dat zegt", "maar hoe zit het dan met de mr"])
def test_a_question_after_en_or_maar_is_a_question(text):
    assert read(text).requests.question


def test_a_students_question_about_specialising_is_a_study_question():
    assert read("en moet ik na de pabo meteen een specialisatie kiezen?").requests.study_choice


@pytest.mark.parametrize("said, kept", [
    ("ik merk dat ik dat begeleiden echt leuk vind", "begeleiden"),
    ("ik merk dat ik het vooral leuk vind om lessen te bedenken met bronnen", "lessen te bedenken met bronnen"),
    ("maar ik zelf word meer blij van het maken van toetsen", "het maken van toetsen"),
    ("wat ik nog wel leuk vind is voorlezen en met de kleuters in de kring zitten",
     "voorlezen en met de kleuters in de kring zitten"),
])
def test_what_gives_energy_is_kept_without_the_words_around_it(said, kept):
    assert tidy(said, "passion") == kept


@pytest.mark.parametrize("text", ["ik ben 52", "ik ben 52 jaar oud", "52 jaar oud"])
def test_an_age_is_not_years_in_teaching(text):
    assert not reading(text, "stage", audience="zij_instromer").of("years")


def test_the_person_to_talk_to_is_no_wish_to_lead():
    assert not read("wat moet ik regelen met mijn directeur?").requests.management
    assert read("ik wil directeur worden").requests.management


def test_tired_of_everything_is_distress_not_energy():
    said = reading("niks eigenlijk, ik word gewoon moe van alles", "passions", audience="leraar")
    assert said.worry == "distress" and not said.of("passion")


def test_only_teaching_asked_what_gives_energy_is_no_energy():
    said = reading("ik geef alleen les", "passions", audience="leraar")
    assert not said.of("passion") and said.of("nothing_extra")


def test_a_role_compound_ending_a_question_is_the_role_asked_about():
    assert read("welke rol is dat dan precies, ict-coördinator?").requests.asked_role == "ict-coördinator"
    assert read("is dat iets voor een docent?").requests.asked_role == ""


def test_pointing_at_the_one_role_suggested_chooses_it():
    context = Context(has_profile=True, first_turn=False, audience="student", suggested_roles=("ict_didactiek",),
                      buttons=(("De vier domeinen", "/ask_domains"),))
    said = read("oke die wil ik", context)
    assert (said.requests.choice, said.requests.choice_how) == ("ict_didactiek", "pointer")


def test_op_weg_helpen_keeps_its_words():
    assert tidy("ik vind het vooral leuk om jonge collega's op weg te helpen", "passion") == "jonge collega's op weg helpen"
