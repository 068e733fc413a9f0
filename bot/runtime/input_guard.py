"""The first step of the NLU pipeline: no message longer than the limit reaches a tokenizer or model.

The channels refuse a too-long message with a Dutch 4xx or reply (bot/runtime/channels.py), but a channel
added later, Rasa's HTTP API or a test harness may not. This component runs before SpacyNLP (it is listed
first in config.yml) and cuts every message to MAX_MESSAGE_CHARS, the limit the channels use, so spaCy,
the tf-idf features, the sentence embedding and the reading never see a 100 kB text.
"""
from typing import Any, Dict, List, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.runtime.input_limits import MAX_MESSAGE_CHARS


def cut(text: Any, limit: int = MAX_MESSAGE_CHARS) -> Any:
    """The text cut to the limit; anything that is not a string is left as it is."""
    return text[:limit] if isinstance(text, str) and len(text) > limit else text


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER, is_trainable=False)
class InputGuard(GraphComponent):
    """Cuts the text of every message to MAX_MESSAGE_CHARS before any other NLU component sees it."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {}

    @classmethod
    def create(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> "InputGuard":
        return cls()

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            text = message.get(TEXT)
            if isinstance(text, str) and len(text) > MAX_MESSAGE_CHARS:
                message.set(TEXT, cut(text))
        return messages

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        self.process(training_data.training_examples)
        return training_data
