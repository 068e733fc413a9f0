"""Answers from the knowledge: domains, one domain, one role, stages, the four questions, side-entry."""
from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import replies
from actions.conversation import (
    entity_texts,
    entity_values,
    looks_like_question,
    send,
    user_text,
)
from actions.knowledge import get_knowledge
from actions.matching import get_matcher
from actions.orientation_actions import choose
from actions.role_lookup import (
    asked_role_text,
    mentioned_role,
    resolve_role,
    suggested_roles,
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
        if found is None and user_text(tracker):
            hits = get_matcher().match(user_text(tracker)).domains
            found = knowledge.domains[hits[0].id] if hits else None
        send(dispatcher, replies.domain_info(knowledge, found) if found else replies.unknown_domain(knowledge))
        return []


class ActionRoleInfo(Action):
    def name(self) -> Text:
        return "action_role_info"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        knowledge = get_knowledge()
        role = resolve_role(tracker)
        if role and role in suggested_roles(tracker) and not looks_like_question(user_text(tracker)):
            return choose(dispatcher, tracker, role)  # "praktijkleren lijkt me wat": a choice, not a question
        if role:
            send(dispatcher, replies.role_info(knowledge, role))
            if replies.mentions_rules(user_text(tracker)):
                send(dispatcher, replies.Reply(replies.ASK_ELSEWHERE))
            return []
        asked = asked_role_text(tracker)
        closest = knowledge.closest_roles(asked) if asked else []
        if not closest and user_text(tracker):
            closest = [knowledge.roles[h.id] for h in get_matcher().match(user_text(tracker)).roles[:3]]
        send(dispatcher, replies.unknown_role(asked, closest))
        return []


class ActionListStages(Action):
    def name(self) -> Text:
        return "action_list_stages"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        send(dispatcher, replies.stages_overview(get_knowledge()))
        return []


class ActionGrowthPaths(Action):
    def name(self) -> Text:
        return "action_growth_paths"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        send(dispatcher, replies.growth_paths_overview(get_knowledge()))
        return []


class ActionTransitionQuestions(Action):
    """The four questions: for the role named or chosen, else in general."""

    def name(self) -> Text:
        return "action_transition_questions"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        knowledge = get_knowledge()
        role = resolve_role(tracker) or knowledge.roles.get(tracker.get_slot("chosen_role") or "")
        if role:
            send(dispatcher, replies.four_questions(knowledge, role, tracker.get_slot("audience")))
        else:
            send(dispatcher, replies.transition_questions_general(knowledge, suggested_roles(tracker)))
        return []


class ActionSideEntry(Action):
    def name(self) -> Text:
        return "action_side_entry"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        send(dispatcher, replies.side_entry(get_knowledge()))
        return []


class ActionRulesElsewhere(Action):
    """Salary, bevoegdheden, admission: the publication gives no rules, so say who can answer."""

    def name(self) -> Text:
        return "action_rules_elsewhere"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        role = mentioned_role(tracker) or get_knowledge().roles.get(tracker.get_slot("chosen_role") or "")
        send(dispatcher, replies.rules_elsewhere(user_text(tracker), role))
        return []
