"""Answers from the knowledge: domains, one domain, one role, stages, the four questions, side-entry."""
import re
from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import FollowupAction
from rasa_sdk.executor import CollectingDispatcher

from actions import replies
from actions.conversation import (
    directions_slot,
    entity_texts,
    entity_values,
    looks_like_question,
    send,
    user_text,
)
from actions.knowledge import get_knowledge
from actions.matching import get_matcher
from actions.orientation_actions import answer_ready_now, choose, study_choice_advice
from actions.profile import detect_audience, mentions_side_entry_or_earlier_work, teaching_years, worry_about_work
from actions.profile_slots import tells_story_first
from actions.role_lookup import (
    asked_role_text,
    closest_known_roles,
    mentioned_role,
    resolve_role,
    suggested_roles,
    wished_role_text,
)


class ActionListDomains(Action):
    def name(self) -> Text:
        return "action_list_domains"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        send(dispatcher, replies.domains_overview(get_knowledge()))
        return []


class ActionDomainInfo(Action):
    def name(self) -> Text:
        return "action_domain_info"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        knowledge = get_knowledge()
        found = None
        for value in entity_values(tracker, "domain") + entity_texts(tracker, "domain"):
            found = knowledge.domains.get(value) or knowledge.domain(value)
            if found:
                break
        hits = get_matcher().match(user_text(tracker)).domains if user_text(tracker) else []
        if hits and (found is None or found.id not in {h.id for h in hits}):
            # The words of the whole message outweigh one tagged word ("collega's coachen en intervisie
            # begeleiden" is about colleagues, whatever "begeleiden" alone was taken for).
            found = knowledge.domains[hits[0].id]
        send(dispatcher, replies.domain_info(knowledge, found) if found else replies.unknown_domain(knowledge))
        return []


# Teacher roles with a share in leading, offered when someone asks about management.
_LEADING_ROLE_IDS = ("sectieleider", "meedenken_schoolbeleid")


def _leading_roles(knowledge) -> List:
    return [knowledge.roles[rid] for rid in _LEADING_ROLE_IDS if rid in knowledge.roles]


class ActionRoleInfo(Action):
    def name(self) -> Text:
        return "action_role_info"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        knowledge = get_knowledge()
        role = resolve_role(tracker)
        if role and role in suggested_roles(tracker) and not looks_like_question(user_text(tracker)):
            return choose(dispatcher, tracker, role)  # "praktijkleren lijkt me wat": a choice, not a question
        if role:
            typed = [t for t in entity_texts(tracker, "role") if knowledge.role(t) is role]
            send(dispatcher, replies.role_info(knowledge, role, typed[0] if typed else ""))
            if replies.mentions_rules(user_text(tracker)):
                send(dispatcher, replies.Reply(replies.ASK_ELSEWHERE))
            return []
        if replies.names_a_qualification(user_text(tracker)):
            # "wat is een pdg?": a qualification, which the training institute knows, not a role.
            send(dispatcher, replies.rules_elsewhere(user_text(tracker), None))
            return []
        asked = asked_role_text(tracker)
        if replies.wants_management(asked or user_text(tracker)):
            send(dispatcher, replies.unknown_role(asked, _leading_roles(knowledge), management=True))
            return []
        send(dispatcher, replies.unknown_role(asked, closest_known_roles(asked, user_text(tracker))))
        return []


# "welke fases zijn er, van startend tot meester": the user wants all of them.
_ASKS_FOR_ALL = re.compile(r"\b(welke|alle|allemaal|overzicht|verschil|fases|fasen|vragen zijn)\b")
# How users name a stage or one of the four questions when they ask about just that one.
_STAGE_NAMES = {
    "in_opleiding": r"in opleiding", "startend": r"start\w*|beginn\w*", "ervaren": r"ervaren",
    "meester": r"meester\w*|expert",
}
_QUESTION_NAMES = {
    "toelating": r"toelat\w*|toegelaten", "ondersteuning": r"ondersteun\w*", "facilitering": r"facilit\w*",
    "erkenning": r"erkenn\w*|erkend",
}


def _only_one(text: str, names: Dict[str, str]) -> str:
    """The one id whose words the text uses; empty when it names none or several."""
    found = [key for key, words in names.items() if re.search(rf"\b({words})\b", text.lower())]
    return found[0] if len(found) == 1 else ""


class ActionListStages(Action):
    def name(self) -> Text:
        return "action_list_stages"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        if answers_a_students_study_question(dispatcher, tracker):
            return []
        knowledge = get_knowledge()
        named = [v for v in entity_values(tracker, "stage") if v in knowledge.stages]
        stage_id = named[0] if len(set(named)) == 1 else _only_one(user_text(tracker), _STAGE_NAMES)
        if stage_id and not _ASKS_FOR_ALL.search(user_text(tracker).lower()):
            send(dispatcher, replies.one_stage(knowledge.stages[stage_id]))
        else:
            send(dispatcher, replies.stages_overview(knowledge))
        return []


_OUTSIDE_THE_CLASSROOM = re.compile(
    r"\b(anders dan|naast|buiten) (het )?(voor de klas|de klas|lesgeven|les geven|het onderwijs|onderwijs|school)\b"
    r"|\bniet (meer )?voor de klas\b")


def too_much_for_a_new_role(dispatcher: CollectingDispatcher, tracker: Tracker) -> bool:
    """"Wat moet ik nu al met rollen, ik overleef nauwelijks": heard first, and no list of roles or questions."""
    if worry_about_work(user_text(tracker)) != "distress":
        return False
    send(dispatcher, replies.worry_heard("distress"))
    send(dispatcher, replies.Reply(replies.NO_NEW_ROLE_NEEDED))
    return True


class ActionGrowthPaths(Action):
    def name(self) -> Text:
        return "action_growth_paths"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        if too_much_for_a_new_role(dispatcher, tracker) or answers_a_students_study_question(dispatcher, tracker):
            return []
        if replies.wants_management(user_text(tracker)):
            send(dispatcher, replies.Reply(replies.MANAGEMENT_NOTE))
        if tells_story_first(tracker, get_matcher()):
            # "ik ben 8 jaar juf, ib'er, wat zijn mijn opties?": the orientation reads those facts.
            return [FollowupAction("orientation_form")]
        role = mentioned_role(tracker)
        if role and replies.mentions_rules(user_text(tracker)):
            # "kan ik decaan worden zonder extra opleiding?": the role, and who knows the requirements.
            send(dispatcher, replies.role_info(get_knowledge(), role))
            send(dispatcher, replies.rules_elsewhere(user_text(tracker), role))
            return []
        outside = bool(_OUTSIDE_THE_CLASSROOM.search(user_text(tracker).lower()))
        send(dispatcher, replies.growth_paths_overview(get_knowledge(), suggested_roles(tracker), outside))
        return []


# Words that show a question really is about preparing a new role with the manager.
_ABOUT_A_NEW_ROLE = re.compile(
    r"\b(regel\w*|vragen|vraag|leidinggevende|toelating|ondersteuning|facilit\w*|erkenning|bespreken|gesprek"
    r"|nieuwe rol|als ik \w+ word)\b")


def about_a_new_role(text: str) -> bool:
    return bool(_ABOUT_A_NEW_ROLE.search((text or "").lower()))


class ActionTransitionQuestions(Action):
    """The four questions: for the role named or chosen, else in general."""

    def name(self) -> Text:
        return "action_transition_questions"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        knowledge = get_knowledge()
        text = user_text(tracker)
        if too_much_for_a_new_role(dispatcher, tracker) or answer_ready_now(dispatcher, tracker):
            return []
        if tells_story_first(tracker, get_matcher()) and not _ABOUT_A_NEW_ROLE.search(text.lower()):
            # "docent wiskunde sinds 2018, in de MR en sectievoorzitter, wat zijn mijn opties?" names roles
            # the user has, not one to prepare for: the orientation reads it all.
            return [FollowupAction("orientation_form")]
        if replies.mentions_pay(user_text(tracker)):
            # "kan ik de seniorenregeling houden als ik een nieuwe rol neem?": the rule part goes elsewhere.
            send(dispatcher, replies.rules_elsewhere(user_text(tracker), None))
            return []
        asked = _only_one(user_text(tracker), _QUESTION_NAMES)
        if asked in knowledge.questions and not _ASKS_FOR_ALL.search(user_text(tracker).lower()):
            send(dispatcher, replies.one_transition_question(knowledge.questions[asked]))
            return []
        role = resolve_role(tracker)
        wished = "" if role else wished_role_text(text)
        if wished and not knowledge.role(wished):
            if replies.wants_management(wished):
                send(dispatcher, replies.management_note(_leading_roles(knowledge)))
            else:
                send(dispatcher, replies.transition_questions_unknown_role(
                    knowledge, wished, closest_known_roles(wished, text)))
            return []
        role = role or knowledge.role(wished) or knowledge.roles.get(tracker.get_slot("chosen_role") or "")
        if role:
            send(dispatcher, replies.four_questions(knowledge, role, tracker.get_slot("audience")))
        else:
            send(dispatcher, replies.transition_questions_general(knowledge, suggested_roles(tracker)))
        return []


class ActionSideEntry(Action):
    def name(self) -> Text:
        return "action_side_entry"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        if coming_back(tracker):
            # "kan ik na een jaar in het buitenland weer instromen?": a teacher or student leaving for a while
            # asks about coming back, not about entering from another job.
            role = get_knowledge().roles["circulaire_loopbaan"]
            send(dispatcher, replies.role_info(get_knowledge(), role))
            send(dispatcher, replies.Reply(replies.ASK_ELSEWHERE))
            return []
        if tracker.get_slot("audience") == "student" and not mentions_side_entry_or_earlier_work(user_text(tracker)):
            # "kan ik als student al iets met cultuur doen op school?" was taken for side entry: a student
            # gets the publication's advice for students.
            send(dispatcher, replies.study_advice(get_knowledge(), suggested_roles(tracker)))
            return []
        if is_a_teacher_asking_for_options(tracker):
            # "ik sta al 20 jaar voor de klas in het mbo, wat kan ik nog?" was taken for side-entry: it asks for
            # the teacher's own options, which the orientation answers.
            return [FollowupAction("orientation_form")]
        if tells_story_first(tracker, get_matcher()):
            # "ik was 18 jaar controller, sinds februari docent economie, wat kan ik ...": answer in general,
            # then the orientation reads the story and shows where that earlier work fits.
            send(dispatcher, replies.side_entry(get_knowledge(), ask_background=False))
            return [FollowupAction("orientation_form")]
        told = bool(directions_slot(tracker) or tracker.get_slot("tasks"))
        send(dispatcher, replies.side_entry(get_knowledge(), ask_background=not told))
        return []


def answers_a_students_study_question(dispatcher: CollectingDispatcher, tracker: Tracker) -> bool:
    """"welke minor past daarbij?" taken for another question: the advice for students answers it."""
    advice = study_choice_advice(tracker)
    if advice:
        send(dispatcher, advice)
    return advice is not None


def is_a_teacher_asking_for_options(tracker: Tracker) -> bool:
    """A teacher with years in front of the class and no word of earlier work or side-entry."""
    text = user_text(tracker).lower()
    if mentions_side_entry_or_earlier_work(text) or tracker.get_slot("audience") in ("zij_instromer", "student"):
        return False
    return detect_audience(text) == "leraar" and teaching_years(text) is not None


_COMING_BACK = re.compile(r"\b(terug ?komen|terugkom\w*|terugkeren|terugkeer|weer (in)?stromen|herintre\w*)\b")
_ABROAD = re.compile(r"\b(buitenland|in het buitenland)\b")


def coming_back(tracker: Tracker) -> bool:
    """A teacher or student who leaves for a while (abroad, another job) and asks about coming back."""
    text = user_text(tracker).lower()
    audience = tracker.get_slot("audience") or detect_audience(text)
    if audience == "zij_instromer" or "circulaire_loopbaan" not in get_knowledge().roles:
        return False
    return bool(_COMING_BACK.search(text) or (_ABROAD.search(text) and audience in ("leraar", "student")))


_MOST_IMPORTANT = re.compile(r"\b(belangrijkst\w*|de kern|welk domein is het meest)\b")


class ActionOutOfScope(Action):
    """Off topic; but "welke keuzemodule moet ik kiezen?" from a student is not."""

    def name(self) -> Text:
        return "action_out_of_scope"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        advice = study_choice_advice(tracker)
        if advice:
            send(dispatcher, advice)
        elif _MOST_IMPORTANT.search(user_text(tracker).lower()):
            send(dispatcher, replies.core_domain(get_knowledge()))  # "welke is het belangrijkst?"
        else:
            dispatcher.utter_message(response="utter_out_of_scope")
        return []


class ActionRulesElsewhere(Action):
    """Salary, bevoegdheden, admission: the publication gives no rules, so say who can answer."""

    def name(self) -> Text:
        return "action_rules_elsewhere"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        advice = study_choice_advice(tracker)
        if advice and not replies.mentions_rules(user_text(tracker)):
            send(dispatcher, advice)
            return []
        role = mentioned_role(tracker) or get_knowledge().roles.get(tracker.get_slot("chosen_role") or "")
        send(dispatcher, replies.rules_elsewhere(user_text(tracker), role))
        return []
