"""Feature words for the intent classifier: what a message says beyond its own words.

A linear classifier on word and character n-grams sees "salarisschaal" and "loonsverhoging" as unrelated,
and cannot tell a question from a statement when both use the same words. The feature words added here
pool that knowledge: a concept group from `bot/runtime/intent_concepts.yml`, the shape of the message (question,
"ik ben/heb/werk ...", a wish, a negation, a year or a duration, its length) and whether it is made of
words the classifier never saw in training (typical for off-topic messages such as "wat is fotosynthese").
All feature words start with "zz" so they cannot collide with a Dutch lemma.
"""
import re
from collections import Counter
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Sequence, Set

import yaml

from actions.cues import DURATION, NEGATION, SELF_STATEMENT, WISH_SHAPE, YEAR, is_question
from actions.lexicon import LETTERS, is_dutch_word

CONCEPTS_FILE = Path(__file__).with_name("intent_concepts.yml")
# A single concept word this long also matches inside a compound ("salaris" in "salarisschaal").
MIN_INFIX_LENGTH = 5
# Lemmas shorter than this (de, en, ik) say nothing about whether a message is off-topic.
MIN_OOV_LENGTH = 3
# From this share of unseen content words on, a message is "mostly unknown".
MOSTLY_UNKNOWN_SHARE = 0.34

WORD = re.compile(r"[\w'-]+")
# From this share of words in the Dutch word lists on, a message counts as Dutch. Only a feature: the
# lists hold many loan words ("teacher", "mentor"), so it is no proof either way.
MOSTLY_DUTCH = 0.7
# A message without a letter or digit: emoji and punctuation say little, these few say something.
SYMBOL_INTENTS = {
    "affirm": "👍✅👌✔☑🙂😀😃😊🆗",
    "deny": "👎❌✖🙅",
    "thank": "🙏💐🌹",
    "greet": "👋🙋",
}


def symbol_intent(text: str) -> Optional[str]:
    """The intent of a message made only of symbols ("👍" is a yes), None when it has no clear one ("??").

    Only called for messages without letters or digits; the classifier would otherwise guess from
    character n-grams it never saw (it took "😅" for another language).
    """
    found = {intent for intent, symbols in SYMBOL_INTENTS.items() if any(ch in symbols for ch in text)}
    return found.pop() if len(found) == 1 else None


def has_words(text: str) -> bool:
    return any(ch.isalnum() for ch in text)


def load_concepts(path: Path = CONCEPTS_FILE) -> Dict[str, List[str]]:
    """The concept groups, each a list of lower-case words and phrases."""
    raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    concepts = {}
    for name, words in raw.items():
        if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
            raise ValueError(f"{path.name}: group {name!r} must be a list of words (quote yes/no/on/off)")
        concepts[str(name)] = [w.strip().lower() for w in words if w.strip()]
    return concepts


class ConceptMatcher:
    """Finds which concept groups a message mentions."""

    def __init__(self, concepts: Dict[str, List[str]]) -> None:
        self.concepts = concepts
        self._phrases = {name: [f" {w} " for w in words if " " in w] for name, words in concepts.items()}
        self._infixes = {name: [w for w in words if " " not in w and len(w) >= MIN_INFIX_LENGTH]
                         for name, words in concepts.items()}
        self._whole = {name: {w for w in words if " " not in w and len(w) < MIN_INFIX_LENGTH}
                       for name, words in concepts.items()}

    def groups(self, text: str) -> List[str]:
        tokens = WORD.findall(text.lower())
        padded = " " + " ".join(tokens) + " "
        token_set = set(tokens)
        found = []
        for name in self.concepts:
            if (token_set & self._whole[name]
                    or any(p in padded for p in self._phrases[name])
                    or any(w in t for w in self._infixes[name] for t in tokens)):
                found.append(name)
        return found

    def feature_words(self, text: str) -> List[str]:
        return ["zzc" + name.replace("_", "") for name in self.groups(text)]


def shape_words(text: str) -> List[str]:
    """Feature words for the form of the message, independent of its topic."""
    lowered = text.lower()
    count = len(WORD.findall(lowered))
    words = ["zzlen1" if count <= 1 else "zzlen3" if count <= 3 else "zzlen8" if count <= 8 else "zzlenlong"]
    if is_question(lowered):
        words.append("zzquestion")
    for pattern, word in ((SELF_STATEMENT, "zzself"), (WISH_SHAPE, "zzwish"), (NEGATION, "zzneg"),
                          (YEAR, "zzyear"), (DURATION, "zzduration")):
        if pattern.search(lowered):
            words.append(word)
    return words


def dutch_share(text: str) -> Optional[float]:
    """Share of the words (2+ letters) that are Dutch; None without words."""
    words = [w for w in LETTERS.findall(text.lower()) if len(w) >= 2]
    if not words:
        return None
    return sum(1 for w in words if is_dutch_word(w)) / len(words)


def language_words(text: str) -> List[str]:
    """How Dutch the message is: 'I would like to teach' has hardly any Dutch words."""
    share = dutch_share(text)
    if share is None:
        return ["zzdutchnone"]
    return ["zzdutchlow" if share < 0.4 else "zzdutchmid" if share < MOSTLY_DUTCH else "zzdutchhigh"]


def content_lemmas(lemmas: Iterable[str]) -> Set[str]:
    return {lemma for lemma in lemmas if len(lemma) >= MIN_OOV_LENGTH and lemma.isalpha()}


def lemma_document_counts(lemma_lists: Sequence[Sequence[str]]) -> Counter:
    """In how many training messages each content lemma occurs."""
    return Counter(lemma for lemmas in lemma_lists for lemma in content_lemmas(lemmas))


def unknown_words(lemmas: Sequence[str], document_counts: Counter, in_training: bool) -> List[str]:
    """Feature words for content lemmas the classifier has not seen.

    A training message always consists of seen words, so there a lemma counts as unseen when this message
    is the only one that has it (leave-one-out): that is how the same message would look to a model
    trained without it.
    """
    content = content_lemmas(lemmas)
    if not content:
        return []
    limit = 1 if in_training else 0
    unseen = sum(1 for lemma in content if document_counts.get(lemma, 0) <= limit)
    words = []
    if unseen:
        words.append("zzoov")
        if unseen / len(content) >= MOSTLY_UNKNOWN_SHARE:
            words.append("zzoovmost")
    return words
