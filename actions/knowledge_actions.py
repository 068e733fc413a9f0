"""Answers from the knowledge: domains, one domain, one role, stages, growth, the four questions, side entry,
and the rules the publication does not give."""
from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.conversation import (chosen_role, directions_of, entity_texts, entity_values, orientation_goes_on,
                                  profile_of, reading_of, send, suggested_roles)
from actions.knowledge import Role, get_knowledge
from actions.matching import get_matcher
from actions.reading import Reading
from actions.replies import knowledge as answers
from actions.replies import orientation
from actions.role_lookup import closest_known_roles
from actions.suggestions import Advisor

# Teacher roles with a share in leading, offered when someone asks about management.
LEADING_ROLE_IDS = ("sectieleider", "meedenken_schoolbeleid")


def _leading_roles() -> List[Role]:
    roles = get_knowledge().roles
    return [roles[rid] for rid in LEADING_ROLE_IDS if rid in roles]


def _named_role(tracker: Tracker, reading: Reading) -> Optional[Role]:
    """The role the message is about: a button's or the rerouting's role first, then the roles the reading found
    named outright (which leaves out a person addressed: "mijn stagebegeleider")."""
    roles = get_knowledge().roles
    decided = [e.get("value") for e in (tracker.latest_message or {}).get("entities") or []
               if e.get("entity") == "role" and (e.get("extractor") == "MessageReading" or not reading.text)]
    for value in decided + reading.requests.roles_named:
        if value in roles:
            return roles[value]
    return None


def _too_much_for_a_new_role(dispatcher: CollectingDispatcher, reading: Reading) -> bool:
    """"Wat moet ik nu al met rollen, ik overleef nauwelijks": heard first, and no list of roles or questions."""
    if reading.worry != "distress":
        return False
    send(dispatcher, orientation.worry_heard("distress"))
    send(dispatcher, orientation.Reply(orientation.NO_NEW_ROLE_NEEDED))
    return True


class ActionListDomains(Action):
    def name(self) -> Text:
        return "action_list_domains"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        send(dispatcher, answers.domains_overview(get_knowledge()))
        return []


class ActionDomainInfo(Action):
    def name(self) -> Text:
        return "action_domain_info"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        knowledge = get_knowledge()
        reading = reading_of(tracker)
        if reading.requests.most_important:
            send(dispatcher, answers.core_domain(knowledge))  # "welke is het belangrijkst?"
            return []
        found = None
        for value in entity_values(tracker, "domain") + entity_texts(tracker, "domain"):
            found = knowledge.domains.get(value) or knowledge.domain(value)
            if found:
                break
        hits = get_matcher().match(reading.text).domains if reading.text else []
        if hits and (found is None or found.id not in {h.id for h in hits}):
            # The words of the whole message outweigh one tagged word ("collega's coachen en intervisie
            # begeleiden" is about colleagues, whatever "begeleiden" alone was taken for).
            found = knowledge.domains[hits[0].id]
        send(dispatcher, answers.domain_info(knowledge, found) if found else answers.unknown_domain(knowledge))
        return []


class ActionRoleInfo(Action):
    def name(self) -> Text:
        return "action_role_info"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        knowledge = get_knowledge()
        reading = reading_of(tracker)
        role = _named_role(tracker, reading)
        if role and reading.requests.ready_now and chosen_role(tracker) == role:
            send(dispatcher, orientation.ready_now(role, tracker.get_slot("stage")))  # "kan ik dat nu al doen?"
            return []
        if role:
            typed = [t for t in entity_texts(tracker, "role") if knowledge.role(t) is role]
            send(dispatcher, answers.role_info(knowledge, role, typed[0] if typed else ""))
            if reading.requests.rules or reading.requests.coming_back or reading.requests.abroad:
                send(dispatcher, orientation.Reply(answers.ASK_ELSEWHERE))
            return []
        if "qualification" in reading.requests.rules:
            # "wat is een pdg?": a qualification, which the training institute knows, not a role.
            send(dispatcher, answers.rules_elsewhere(reading.requests.rules, None))
            return []
        asked = (entity_texts(tracker, "role") or [reading.requests.asked_role])[0]
        if not asked and reading.requests.rules:
            # "is daar een speciale opleiding voor nodig?": no role named, a rule asked: who knows the rules.
            send(dispatcher, answers.rules_elsewhere(reading.requests.rules, chosen_role(tracker)))
            return []
        if not asked and chosen_role(tracker):
            send(dispatcher, answers.role_info(knowledge, chosen_role(tracker)))  # "wat houdt dat in?"
            return []
        if reading.requests.management:
            send(dispatcher, answers.unknown_role(asked, _leading_roles(), management=True))
            return []
        send(dispatcher, answers.unknown_role(asked, closest_known_roles(asked, reading.text)))
        return []


class ActionListStages(Action):
    def name(self) -> Text:
        return "action_list_stages"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        knowledge = get_knowledge()
        reading = reading_of(tracker)
        named = [v for v in entity_values(tracker, "stage") if v in knowledge.stages]
        stage_id = named[0] if len(set(named)) == 1 else reading.requests.named_stage
        if stage_id and not reading.requests.asks_for_all:
            send(dispatcher, answers.one_stage(knowledge.stages[stage_id]))
        else:
            send(dispatcher, answers.stages_overview(knowledge))
        return []


# A question's words point at a role this strongly ("onderzoek" for Onderzoeksdocent): about that work.
ACTIVITY_SCORE = 0.9


class ActionGrowthPaths(Action):
    """Ways to grow; also a student's own question about the training, and "moet ik stoppen met het onderwijs?"."""

    def name(self) -> Text:
        return "action_growth_paths"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        knowledge = get_knowledge()
        reading = reading_of(tracker)
        requests = reading.requests
        if _too_much_for_a_new_role(dispatcher, reading):
            return []
        if requests.stop_teaching:
            send(dispatcher, answers.stop_teaching_note())
            return []
        if requests.study_choice and tracker.get_slot("audience") in (None, "student"):
            send(dispatcher, answers.study_advice(knowledge, suggested_roles(tracker)))
            return orientation_goes_on(tracker, reading)
        if requests.management:
            send(dispatcher, orientation.Reply(answers.MANAGEMENT_NOTE))
        role = _named_role(tracker, reading)
        if role and requests.rules:
            # "kan ik decaan worden zonder extra opleiding?": the role, and who knows the requirements.
            send(dispatcher, answers.role_info(knowledge, role))
            send(dispatcher, answers.rules_elsewhere(requests.rules, role))
            return []
        hits = [hit for hit in get_matcher().match(reading.text).roles[:3]
                if hit.score >= ACTIVITY_SCORE and hit.id in knowledge.roles and not hit.only_a_school_type]
        if requests.question and hits and not requests.outside_classroom:
            # "en onderzoek doen, kan dat ook?": the roles for that work, not the general ways to grow.
            words = [quote for hit in hits for quote in hit.evidence]
            send(dispatcher, answers.roles_for_what_was_asked(knowledge, [knowledge.roles[h.id] for h in hits], words))
            return []
        send(dispatcher, answers.growth_paths_overview(knowledge, suggested_roles(tracker), requests.outside_classroom))
        return orientation_goes_on(tracker, reading)


class ActionTransitionQuestions(Action):
    """The four questions: for the role named or chosen, else in general."""

    def name(self) -> Text:
        return "action_transition_questions"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        knowledge = get_knowledge()
        reading = reading_of(tracker)
        requests = reading.requests
        audience = tracker.get_slot("audience")
        if _too_much_for_a_new_role(dispatcher, reading):
            return []
        if "salary" in requests.rules:
            # "kan ik de seniorenregeling houden als ik een nieuwe rol neem?": the rule part goes elsewhere.
            send(dispatcher, answers.rules_elsewhere(requests.rules, None))
            return []
        asked = requests.named_question
        if asked in knowledge.questions and not requests.asks_for_all:
            send(dispatcher, answers.one_transition_question(knowledge.questions[asked]))
            return []
        role = _named_role(tracker, reading)
        if role is None and requests.management:
            send(dispatcher, answers.management_note(_leading_roles()))  # "kan ik teamleider als rol kiezen?"
            return []
        wished = "" if role else requests.wished_role
        if wished and not knowledge.role(wished):
            if requests.management:
                send(dispatcher, answers.management_note(_leading_roles()))
            else:
                send(dispatcher, answers.transition_questions_unknown_role(
                    knowledge, wished, closest_known_roles(wished, reading.text)))
            return []
        role = role or knowledge.role(wished) or chosen_role(tracker)
        if role:
            send(dispatcher, orientation.four_questions(knowledge, role, audience))
        else:
            send(dispatcher, answers.transition_questions_general(knowledge, suggested_roles(tracker),
                                                                  tracker.get_slot("audience")))
            return orientation_goes_on(tracker, reading)
        return []


class ActionSideEntry(Action):
    def name(self) -> Text:
        return "action_side_entry"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        knowledge = get_knowledge()
        profile = profile_of(tracker)
        if profile.audience == "student" and not profile.earlier_work:
            # "kan ik als student al iets met cultuur doen op school?" was taken for side entry: a student gets
            # the publication's advice for students.
            send(dispatcher, answers.study_advice(knowledge, suggested_roles(tracker)))
            return []
        told = bool(directions_of(tracker) or profile.earlier_work)
        # "wat brengt mijn eerdere werk mee?": where the work they told about fits, in their words.
        brought = Advisor(knowledge, get_matcher()).roles_from_earlier_work(profile) if profile.earlier_work else []
        send(dispatcher, answers.side_entry(knowledge, ask_background=not told, brought=brought))
        # "ik was 18 jaar controller, wat kan ik daarmee?": the orientation goes on and shows where it fits.
        return orientation_goes_on(tracker, reading_of(tracker))


class ActionRulesElsewhere(Action):
    """Salary, bevoegdheden, admission: the publication gives no rules, so say who can answer."""

    def name(self) -> Text:
        return "action_rules_elsewhere"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        reading = reading_of(tracker)
        role = _named_role(tracker, reading) or chosen_role(tracker)
        send(dispatcher, answers.rules_elsewhere(reading.requests.rules, role))
        return []


class ActionOutOfScope(Action):
    def name(self) -> Text:
        return "action_out_of_scope"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        dispatcher.utter_message(response="utter_out_of_scope")
        return []
