"""Which words are Dutch: the word lists of spacy-lookups-data, and text typed by hitting keys.

Used by the matcher (a compound part must be a Dutch word), by the reading of a message (gibberish
gets no guess) and, in the Rasa server, by the intent classifier's feature words.
"""
import re
from functools import lru_cache
from pathlib import Path
from typing import List

LETTERS = re.compile(r"[^\W\d_]+")

_KEYBOARD_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
VOWELS = set("aeiouyéëèêïöüáà")


@lru_cache(maxsize=1)
def dutch_lexicon() -> frozenset:
    """Dutch lemmas and word forms from spacy-lookups-data, with spaCy's Dutch stop words."""
    import gzip
    import json

    import spacy_lookups_data
    from spacy.lang.nl.stop_words import STOP_WORDS

    folder = Path(spacy_lookups_data.__file__).parent / "data"
    words = set(STOP_WORDS)
    with gzip.open(folder / "nl_lemma_lookup.json.gz", "rt", encoding="utf-8") as handle:
        lookup = json.load(handle)  # inflected form -> lemma
    words.update(k.lower() for k in lookup)
    words.update(v.lower() for v in lookup.values())
    with gzip.open(folder / "nl_lemma_index.json.gz", "rt", encoding="utf-8") as handle:
        index = json.load(handle)  # part of speech -> lemmas
    words.update(w.lower() for lemmas in index.values() for w in lemmas)
    return frozenset(words)


def _lemma_candidates(word: str) -> List[str]:
    """Lemmas an inflected Dutch form may come from: geef -> geven, kun -> kunnen, werkt -> werken."""
    candidates = [word, word + "en"]
    if len(word) <= 3:
        candidates += [word + "n", word + "an"]  # doe -> doen, ga -> gaan
    if word[-1] in "td" and len(word) >= 4:
        candidates.append(word[:-1] + "en")  # werkt -> werken, houdt -> houden
    if word.endswith("e") and len(word) >= 5:
        candidates.append(word[:-1])  # nieuwe -> nieuw
    if word.endswith("en") and len(word) >= 6:
        candidates.append(word[:-2])  # studenten -> student
    if len(word) <= 5 and word[-1] not in "aeiouy":
        candidates.append(word + word[-1] + "en")  # kun -> kunnen, zit -> zitten
    match = re.match(r"^(.*?)([aeou])\2([fs])$", word)  # geef -> geven, lees -> lezen
    if match:
        candidates.append(match.group(1) + match.group(2) + {"f": "v", "s": "z"}[match.group(3)] + "en")
    return candidates


def is_dutch_word(word: str) -> bool:
    lexicon = dutch_lexicon()
    return any(c in lexicon for c in _lemma_candidates(word) if len(c) >= 2)


def _mashed(word: str) -> bool:
    """'asdfghjk', 'jkjkjkjk', 'xcvbnm': a word typed by hitting keys, not a word."""
    if len(word) < 5 or re.fullmatch(r"(h[aeiou])+h?", word):
        return False  # too short to tell, or laughter ("hahaha")
    if sum(1 for c in word if c in VOWELS) / len(word) < 0.2:
        return True
    if any(word[i:i + 4] in row for row in _KEYBOARD_ROWS for i in range(len(word) - 3)):
        return True
    return len(set(word)) <= 2  # "jkjkjk", "hahaha" is 2 letters too but has vowels


def looks_like_gibberish(text: str) -> bool:
    """One or two mashed, non-Dutch words and nothing else: no guess, the fallback asks to rephrase."""
    words = LETTERS.findall(text.lower())
    return 0 < len(words) <= 2 and all(_mashed(w) and not is_dutch_word(w) for w in words)
