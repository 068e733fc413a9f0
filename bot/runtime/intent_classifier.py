"""Intent classifier for short Dutch chat messages: tf-idf on lemmas and character n-grams plus a sentence
embedding (multilingual e5, `bot/runtime/sentence_embeddings.py`), a linear SVM.

Why not Rasa's own LogisticRegressionClassifier: it takes raw counts and a fixed regularisation. On our
5-fold cross-validation, sublinear tf-idf weighting, lemma bigrams ("wat doet", "niet meer"), class words
(a role, domain or stage from the knowledge lookups; a message mostly in another script), the feature
words of `bot/runtime/intent_features.py` (concept groups, the shape of the message, unseen words) and a linear
SVM did better (docs/nlu-evaluation.md). The SVM's scores are calibrated (sigmoid, on 5 internal
folds' out-of-fold scores) into probabilities, so the FallbackClassifier's threshold keeps its meaning. Features are built
here from the SpacyTokenizer's lemmas so the component needs nothing but a tokenizer before it.
"""
import json
import logging
import re
from collections import Counter
from typing import Any, Dict, List, Optional, Text, Type

import numpy as np
from scipy.sparse import csr_matrix, hstack
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.calibration import CalibratedClassifierCV
from sklearn.svm import LinearSVC

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.nlu.tokenizers.tokenizer import Tokenizer
from rasa.shared.nlu.constants import INTENT, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from actions.lexicon import dutch_lexicon, looks_like_gibberish
from bot.runtime import sentence_embeddings
from bot.runtime.intent_features import (ConceptMatcher, has_words, language_words, lemma_document_counts, load_concepts,
                                         shape_words, symbol_intent, unknown_words)

logger = logging.getLogger(__name__)

TOKENS = "text_tokens"
MODEL_FILE = "classifier.skops"
LOOKUP_FILE = "lookups.json"
# Concept groups and the lemma counts behind the unseen-word feature travel with the model.
LEXICON_FILE = "lexicon.json"
# Characters that still count as Dutch/Latin text (accents used in Dutch and loan words).
LATIN_EXTRA = set("éëèêïíìöóòôüúùûáàâäçñ")
# Below this share of Latin letters a message is mostly in another script (Arabic, Cyrillic, ...).
MIN_LATIN_SHARE = 0.5


def _lookup_patterns(lookups: Dict[str, List[str]]) -> Dict[str, "re.Pattern"]:
    patterns = {}
    for name, values in lookups.items():
        words = sorted({v.strip().lower() for v in values if v.strip()}, key=len, reverse=True)
        if words:
            patterns[name] = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b")
    return patterns


def _class_words(text: str, patterns: Dict[str, "re.Pattern"]) -> List[str]:
    """Words standing for what the message mentions, so an unseen role name still says 'a role'."""
    words = [f"zzlookup{name}" for name, pattern in patterns.items() if pattern.search(text)]
    letters = [c for c in text if c.isalpha()]
    if letters:
        latin = sum(1 for c in letters if c.isascii() or c in LATIN_EXTRA)
        if latin / len(letters) < MIN_LATIN_SHARE:
            words.append("zzotherscript")
    return words


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=True)
class LemmaTfidfIntentClassifier(IntentClassifier, GraphComponent):
    """A calibrated linear SVM on sublinear tf-idf of lemma 1-2-grams and character 2-5-grams."""

    @classmethod
    def required_components(cls) -> List[Type]:
        return [Tokenizer]

    @staticmethod
    def required_packages() -> List[Text]:
        return ["sklearn", "skops"]

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {
            "C": 2.0,
            "calibration_folds": 5,
            # False: one SVM on all the data, calibrated on out-of-fold scores. The default (True) averages
            # five SVMs that each saw 4/5 of the data, which ranked the intents worse (macro-F1 0.937 against
            # 0.940 on our 5 folds).
            "calibration_ensemble": False,
            "word_ngram_range": [1, 2],
            "char_ngram_range": [1, 6],
            "random_state": 2017,
            "ranking_length": 10,
            # Weight of the e5 sentence embedding next to the tf-idf features (0: leave it out). 1.5-2.5 all
            # gave macro-F1 0.959-0.960 on our folds; 2 is in the middle of that plateau.
            "sentence_embedding_weight": 2.0,
        }

    def __init__(self, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource) -> None:
        self.config = {**self.get_default_config(), **config}
        self._model_storage = model_storage
        self._resource = resource
        self.word_vectorizer: Optional[TfidfVectorizer] = None
        self.char_vectorizer: Optional[TfidfVectorizer] = None
        self.clf: Optional[CalibratedClassifierCV] = None
        self.lookups: Dict[str, List[str]] = {}
        self._patterns: Dict[str, "re.Pattern"] = {}
        self.concepts: Dict[str, List[str]] = {}
        self._matcher = ConceptMatcher({})
        self.lemma_counts: Counter = Counter()

    @classmethod
    def create(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> "LemmaTfidfIntentClassifier":
        return cls(config, model_storage, resource)

    # --- features ---------------------------------------------------------------------------------------
    @staticmethod
    def _lemmas(message: Message) -> List[str]:
        return [(t.lemma or t.text).lower() for t in message.get(TOKENS) or []]

    def _word_text(self, message: Message, in_training: bool = False) -> str:
        lemmas = self._lemmas(message)
        text = (message.get(TEXT) or "").lower()
        # "zzbos" marks the start, so bigrams see how a message opens ("zzbos wat" against "zzbos ik").
        return " ".join(["zzbos"] + lemmas + _class_words(text, self._patterns)
                        + self._matcher.feature_words(text) + shape_words(text) + language_words(text)
                        + unknown_words(lemmas, self.lemma_counts, in_training))

    @staticmethod
    def _char_text(message: Message) -> str:
        return " ".join((message.get(TEXT) or "").lower().split())

    def _features(self, messages: List[Message], in_training: bool = False):
        blocks = [
            self.word_vectorizer.transform([self._word_text(m, in_training) for m in messages]),
            self.char_vectorizer.transform([self._char_text(m) for m in messages]),
        ]
        weight = float(self.config["sentence_embedding_weight"])
        if weight:
            blocks.append(csr_matrix(sentence_embeddings.embed([m.get(TEXT) or "" for m in messages]) * weight))
        return hstack(blocks).tocsr()

    # --- training ---------------------------------------------------------------------------------------
    def train(self, training_data: TrainingData) -> Resource:
        examples = [e for e in training_data.intent_examples if e.get(INTENT) and e.get(TEXT)]
        if not examples:
            logger.debug("No intent examples: the intent classifier is not trained.")
            return self._resource
        self.lookups = {t["name"]: list(t["elements"]) for t in training_data.lookup_tables
                        if isinstance(t.get("elements"), list)}
        self._patterns = _lookup_patterns(self.lookups)
        self.concepts = load_concepts()
        self._matcher = ConceptMatcher(self.concepts)
        self.lemma_counts = lemma_document_counts([self._lemmas(m) for m in examples])
        self.word_vectorizer = TfidfVectorizer(
            token_pattern=r"(?u)\b\w+\b", ngram_range=tuple(self.config["word_ngram_range"]), sublinear_tf=True)
        self.char_vectorizer = TfidfVectorizer(
            analyzer="char_wb", ngram_range=tuple(self.config["char_ngram_range"]), sublinear_tf=True)
        self.word_vectorizer.fit([self._word_text(m, in_training=True) for m in examples])
        self.char_vectorizer.fit([self._char_text(m) for m in examples])
        labels = [e.get(INTENT) for e in examples]
        svm = LinearSVC(C=self.config["C"], class_weight="balanced", random_state=self.config["random_state"])
        # Calibration needs every intent in every internal fold: fewer folds for tiny data sets.
        folds = min(self.config["calibration_folds"], min(labels.count(label) for label in set(labels)))
        self.clf = CalibratedClassifierCV(svm, cv=max(folds, 2), method="sigmoid",
                                          ensemble=self.config["calibration_ensemble"])
        self.clf.fit(self._features(examples, in_training=True), np.array(labels))
        self.persist()
        return self._resource

    # --- prediction -------------------------------------------------------------------------------------
    def process(self, messages: List[Message]) -> List[Message]:
        worded = [m for m in messages if self.clf is not None and has_words(m.get(TEXT) or "")
                  and not looks_like_gibberish(m.get(TEXT) or "")]
        worded_ids = {id(m) for m in worded}
        for message in messages:
            if id(message) not in worded_ids:
                # Emoji or punctuation only, or no model: a clear symbol gets its intent, anything else
                # no intent at confidence 0, so the FallbackClassifier asks to rephrase (as Rasa's own
                # classifiers do without a model) instead of a guess or a missing intent.
                # Also for keyboard mashing ("asdfghjk"), which it took for a yes.
                intent = symbol_intent(message.get(TEXT) or "") if self.clf is not None else None
                ranking = [{"name": intent, "confidence": 1.0}] if intent else []
                message.set(INTENT, ranking[0] if ranking else {"name": None, "confidence": 0.0}, add_to_output=True)
                message.set("intent_ranking", ranking, add_to_output=True)
        if not worded:
            return messages
        probabilities = self.clf.predict_proba(self._features(worded))
        for message, row in zip(worded, probabilities):
            order = np.argsort(-row)
            ranking = [{"name": str(self.clf.classes_[i]), "confidence": float(row[i])} for i in order]
            message.set(INTENT, ranking[0], add_to_output=True)
            length = self.config["ranking_length"]
            message.set("intent_ranking", ranking[:length] if length > 0 else ranking, add_to_output=True)
        return messages

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data

    # --- storage ----------------------------------------------------------------------------------------
    def persist(self) -> None:
        import skops.io as sio

        with self._model_storage.write_to(self._resource) as model_dir:
            sio.dump({"word": self.word_vectorizer, "char": self.char_vectorizer, "clf": self.clf},
                     model_dir / MODEL_FILE)
            (model_dir / LOOKUP_FILE).write_text(json.dumps(self.lookups, ensure_ascii=False), encoding="utf-8")
            lexicon = {"concepts": self.concepts, "lemma_counts": dict(self.lemma_counts)}
            (model_dir / LEXICON_FILE).write_text(json.dumps(lexicon, ensure_ascii=False), encoding="utf-8")

    @classmethod
    def load(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
             execution_context: ExecutionContext, **kwargs: Any) -> "LemmaTfidfIntentClassifier":
        import skops.io as sio

        component = cls(config, model_storage, resource)
        try:
            with model_storage.read_from(resource) as model_dir:
                path = model_dir / MODEL_FILE
                # Only types from the libraries that wrote the file are accepted.
                untrusted = sio.get_untrusted_types(file=path)
                unexpected = [t for t in untrusted if not t.startswith(("sklearn.", "numpy.", "scipy.", "builtins."))]
                if unexpected:
                    raise ValueError(f"unexpected types in {path.name}: {unexpected}")
                parts = sio.load(path, trusted=untrusted)
                component.lookups = json.loads((model_dir / LOOKUP_FILE).read_text(encoding="utf-8"))
                lexicon = json.loads((model_dir / LEXICON_FILE).read_text(encoding="utf-8"))
        except (ValueError, OSError) as error:
            logger.warning("Intent classifier could not be loaded (%s); it will predict nothing.", error)
            return component
        component.word_vectorizer, component.char_vectorizer, component.clf = parts["word"], parts["char"], parts["clf"]
        component._patterns = _lookup_patterns(component.lookups)
        component.concepts = lexicon["concepts"]
        component._matcher = ConceptMatcher(component.concepts)
        component.lemma_counts = Counter(lexicon["lemma_counts"])
        dutch_lexicon()  # read the word lists while the model loads, not on the first message
        if component.config["sentence_embedding_weight"]:
            sentence_embeddings.warm_up()
        return component
