"""The last step of the NLU pipeline: read the message once, and set a misread intent right.

Rasa hands an NLU component the conversation's tracker when its `process` takes a `tracker` argument (the
default recipe resolves it to the tracker placeholder), so the message is read in its context: the question
the form just asked, the buttons just shown, the suggestions given. The reading (actions/reading.py) goes
into the parse data as `reading`, where every custom action finds it in `tracker.latest_message`; the intent
becomes what actions/rerouting.py decides, with the classifier's own intent kept as `classified_intent`.
Button payloads ("/choose_role{...}") are read too; Rasa's own handler sets their intent afterwards.
"""
from __future__ import annotations

import logging
from typing import Any, Dict, List, Optional, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.nlu.constants import ENTITIES, INTENT, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from actions.context import Context, context_from
from actions.knowledge import get_knowledge
from actions.matching import get_matcher
from actions.reading import read
from actions.rerouting import route

logger = logging.getLogger(__name__)

READING = "reading"
CLASSIFIED_INTENT = "classified_intent"
ROUTE_REASON = "route_reason"
# Events the context needs: what the assistant said last (with its buttons) goes back at most this far.
RECENT_EVENTS = 60


def context_of(tracker: Optional[DialogueStateTracker]) -> Context:
    if tracker is None:
        return Context()
    recent = [event.as_dict() for event in list(tracker.events)[-RECENT_EVENTS:]]
    return context_from(tracker.current_slot_values(), recent, tracker.active_loop_name, includes_message=False)


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class MessageReading(GraphComponent):
    """Adds the reading of the message to its parse data and applies the rerouting to its intent."""

    @classmethod
    def create(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> "MessageReading":
        get_knowledge(), get_matcher()  # load (and validate) the knowledge now, not on the first message
        return cls()

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data

    def process(self, messages: List[Message], tracker: Optional[DialogueStateTracker] = None) -> List[Message]:
        context = context_of(tracker)
        # A message parsed on its own (the held-out figures, `rasa test nlu`, /model/parse) comes with no tracker
        # or an empty one; a conversation's tracker has at least its session start.
        in_conversation = tracker is not None and len(tracker.events) > 0
        for message in messages:
            self._read(message, context, in_conversation=in_conversation)
        return messages

    @staticmethod
    def _read(message: Message, context: Context, in_conversation: bool = True) -> None:
        text = message.get(TEXT) or ""
        reading = read(text, context)
        message.set(READING, reading.as_dict(), add_to_output=True)
        if not text.startswith("/"):
            _add_entities(message, reading.entities(), replace=False)
        if not in_conversation:
            # A message parsed on its own (`rasa test nlu`, /model/parse, the held-out figures): without a
            # conversation there is no context to set the classifier's intent right by; it stays as it is.
            return
        classified = (message.get(INTENT) or {}).get("name")
        decided = route(classified, reading, context)
        if not decided.changed or text.startswith("/"):
            return
        confidence = (message.get(INTENT) or {}).get("confidence") or 0.0
        message.set(CLASSIFIED_INTENT, classified, add_to_output=True)
        message.set(ROUTE_REASON, decided.reason, add_to_output=True)
        message.set(INTENT, {"name": decided.intent, "confidence": max(confidence, 0.9)}, add_to_output=True)
        if decided.entities:
            _add_entities(message, decided.entities, replace=True)
        logger.debug("Intent %s read as %s (%s).", classified, decided.intent, decided.reason)


def _add_entities(message: Message, named: Dict[str, Any], replace: bool) -> None:
    """Entities of the reading: next to the lookup tables' (which win, unless `replace`)."""
    entities = list(message.get(ENTITIES) or [])
    present = {e.get("entity") for e in entities}
    new = {name: value for name, value in named.items() if replace or name not in present}
    if not new:
        return
    entities = [e for e in entities if e.get("entity") not in new]
    entities += [{"entity": name, "value": value, "extractor": "MessageReading"} for name, value in new.items()]
    message.set(ENTITIES, entities, add_to_output=True)
