"""Answers from the knowledge: domains, one domain, one role, stages, the four questions, side-entry."""
import re
from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import replies
from actions.conversation import directions_slot, entity_texts, entity_values, send, user_text
from actions.knowledge import Role, get_knowledge
from actions.matching import NAME_WEIGHT, get_matcher

_ROLE_QUESTION = re.compile(
    r"^(wat|wie|hoe)\s+(doet|is|zijn|houdt|betekent|word|wordt|werkt)\s+(je\s+als\s+|een\s+|de\s+|het\s+)?(?P<what>.+?)"
    r"(\s+(in|inhoud|precies|eigenlijk|zoal|dan))*\s*\??$",
    re.I,
)


def mentioned_role(tracker: Tracker) -> Optional[Role]:
    """The role the latest message names: entity first, then the matcher on the text."""
    knowledge = get_knowledge()
    for value in entity_values(tracker, "role") + entity_texts(tracker, "role"):
        role = knowledge.roles.get(value) or knowledge.role(value)
        if role:
            return role
    text = user_text(tracker)
    if text:
        hits = get_matcher().match(text).roles
        if hits and hits[0].score >= NAME_WEIGHT * 0.8:
            return knowledge.roles[hits[0].id]
    return None


_ORDINALS = {
    "eerste": 0, "1": 0, "1e": 0, "tweede": 1, "2": 1, "2e": 1, "derde": 2, "3": 2, "3e": 2,
    "vierde": 3, "4": 3, "vijfde": 4, "5": 4, "laatste": -1, "bovenste": 0, "onderste": -1,
}


def suggested_roles(tracker: Tracker) -> List[Role]:
    knowledge = get_knowledge()
    ids = [rid for d in directions_slot(tracker) for rid in d.get("roles", [])]
    return [knowledge.roles[rid] for rid in ids if rid in knowledge.roles]


def resolve_role(tracker: Tracker) -> Optional[Role]:
    """The role meant: named in the message, or by its place among the suggestions ('de tweede')."""
    role = mentioned_role(tracker)
    suggested = suggested_roles(tracker)
    if role is None and suggested:
        for word in re.findall(r"\w+", user_text(tracker).lower()):
            if word in _ORDINALS and _ORDINALS[word] < len(suggested):
                return suggested[_ORDINALS[word]]
    return role


def asked_role_text(tracker: Tracker) -> str:
    texts = entity_texts(tracker, "role")
    if texts:
        return texts[0]
    match = _ROLE_QUESTION.match(user_text(tracker).strip())
    return match.group("what").strip(" ?") if match else ""


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
        send(dispatcher, replies.rules_elsewhere(user_text(tracker), mentioned_role(tracker)))
        return []
