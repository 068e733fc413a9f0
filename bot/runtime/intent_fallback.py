"""A FallbackClassifier that does not call intents the dialogue treats alike "ambiguous".

"mbo docent, 15 jaar, blij van lesmateriaal maken, slb'er en in het ontwikkelteam" is share_passion,
share_tasks and share_stage at once; the classifier spreads its confidence over them and Rasa's
FallbackClassifier then asked to rephrase the most useful message a user can send. Every intent of a
group leads to the same step (here: the orientation form reads all facts from the text), so for the
threshold and the ambiguity check a group counts as one intent: its confidences are added up.
The predicted intent stays the top one of the group.
"""
from typing import Any, Dict, List, Optional, Text, Tuple

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.nlu.classifiers.fallback_classifier import FallbackClassifier
from rasa.shared.nlu.training_data.message import Message

GROUPS_KEY = "intent_groups"


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class GroupedFallbackClassifier(FallbackClassifier):
    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {**FallbackClassifier.get_default_config(), GROUPS_KEY: []}

    def _group_of(self, intent: Optional[str]) -> Optional[frozenset]:
        for group in self.component_config.get(GROUPS_KEY) or []:
            if intent in group:
                return frozenset(group)
        return None

    def _grouped_ranking(self, message: Message) -> List[Tuple[str, float]]:
        """(intent or group name, confidence) best first, each group added up under its best intent."""
        totals: Dict[str, float] = {}
        leader: Dict[frozenset, str] = {}
        for entry in message.data.get("intent_ranking") or []:
            name, confidence = entry.get("name"), entry.get("confidence") or 0.0
            group = self._group_of(name)
            key = leader.setdefault(group, name) if group else name
            totals[key] = totals.get(key, 0.0) + confidence
        return sorted(totals.items(), key=lambda item: -item[1])

    def _should_fallback(self, message: Message) -> bool:
        top = (message.data.get("intent") or {}).get("name")
        if self._group_of(top) is None:
            return super()._should_fallback(message)
        ranking = self._grouped_ranking(message)
        if not ranking or ranking[0][0] != top:
            return super()._should_fallback(message)
        confidence = ranking[0][1]
        runner_up = ranking[1][1] if len(ranking) > 1 else 0.0
        return (confidence < self.component_config["threshold"]
                or confidence - runner_up < self.component_config["ambiguity_threshold"])
