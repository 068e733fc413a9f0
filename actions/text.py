"""Dutch text analysis shared by matching and profile extraction.

spaCy's blank Dutch pipeline gives the tokenizer; the lookup lemmatizer from
spacy-lookups-data gives lemmas (the pretrained Dutch pipelines cannot be
downloaded on our machines). The lookup table misses some inflected forms
("ontwikkelde", "nieuwe"), so every token also carries a crude stem that
matching falls back on.
"""
from __future__ import annotations

import threading
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import List

from actions.cues import CLAUSE_BREAK_TOKENS, NEGATION_WORDS, NOT_A_NEGATION_AFTER, SEPARABLE_PREFIXES
from actions.normalize import normalize

_NLP = None
_NLP_LOCK = threading.Lock()


_DUTCH_SUFFIXES = ("heden", "ingen", "eren", "ende", "erde", "ing", "en", "de", "te", "es", "s", "e", "d", "t")


def build_pipeline():
    """Blank Dutch spaCy pipeline with the lookup lemmatizer, initialised."""
    import spacy

    nlp = spacy.blank("nl")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    nlp.initialize()
    return nlp


def get_nlp():
    """The process-wide pipeline, built once (about a second)."""
    global _NLP
    if _NLP is None:
        with _NLP_LOCK:
            if _NLP is None:
                _NLP = build_pipeline()
    return _NLP


def stem(word: str) -> str:
    """A crude Dutch stem for words the lookup table does not know.

    Drops a participle prefix and one common suffix, and undoubles a final
    consonant, so "ontwikkelde"/"ontwikkelen" and "lessen"/"les" meet.
    """
    if len(word) > 6 and word.startswith("ge"):
        word = word[2:]
    for suffix in _DUTCH_SUFFIXES:
        if len(word) - len(suffix) >= 3 and word.endswith(suffix):
            word = word[: -len(suffix)]
            break
    if len(word) >= 3 and word[-1] == word[-2] and word[-1] not in "aeiou":
        word = word[:-1]
    return word


@dataclass(frozen=True)
class Token:
    """One word of the user's text: where it stands, and its comparable forms."""

    text: str  # as typed
    start: int  # character offsets into the original text
    end: int
    key: str  # normalised lemma
    stem: str
    is_stop: bool
    is_break: bool
    clause: int  # index of the clause the token belongs to


@lru_cache(maxsize=1)
def stop_words() -> frozenset:
    from spacy.lang.nl.stop_words import STOP_WORDS

    # Words that carry meaning in our phrases stay: "eigen bedrijf" is not "bedrijf".
    keep = {"eigen", "ander", "andere", "anders", "buiten", "eerder", "zelf", "samen", "nieuw", "nieuwe"}
    extra = {"graag", "leuk", "vind", "echt", "heel", "erg", "wel"}
    return frozenset(normalize(w) for w in STOP_WORDS if normalize(w) not in keep) | extra


def _lemma_key(word: str, lemma: str) -> str:
    key = normalize(lemma or word)
    return key.replace(" ", "") or normalize(word).replace(" ", "")


MAX_TEXT_CHARS = 2000  # a chat message; anything longer is cut so one paste cannot stall the server


def analyse(text: str) -> List[Token]:
    """Tokens of `text` with lemmas, stems, stop-word and clause information."""
    if not text:
        return []
    text = text[:MAX_TEXT_CHARS]
    nlp = get_nlp()
    doc = nlp(text.lower())
    stops = stop_words()
    tokens: List[Token] = []
    clause = 0
    for tok in doc:
        if tok.is_space:
            continue
        surface = text[tok.idx : tok.idx + len(tok.text)]
        normal = normalize(tok.text).replace(" ", "")
        is_break = tok.text in CLAUSE_BREAK_TOKENS or normal in CLAUSE_BREAK_TOKENS
        if is_break:
            clause += 1
        if not normal and not is_break:
            continue
        key = _lemma_key(tok.text, tok.lemma_)
        tokens.append(
            Token(
                text=surface,
                start=tok.idx,
                end=tok.idx + len(tok.text),
                key=key,
                stem=stem(key),
                is_stop=normal in stops or key in stops,
                is_break=is_break,
                clause=clause,
            )
        )
    return _join_separable_verbs(tokens)


def _join_separable_verbs(tokens: List[Token]) -> List[Token]:
    """"met bedrijven samen te werken": the verb after "te" takes its prefix back ("samenwerken"), so it meets
    the knowledge's "samenwerken met bedrijven"."""
    for index in range(len(tokens) - 2):
        prefix, te, verb = tokens[index : index + 3]
        if prefix.key in SEPARABLE_PREFIXES and te.key == "te" and not verb.is_break and verb.key.endswith("en"):
            joined = prefix.key + verb.key
            tokens[index + 2] = replace(verb, key=joined, stem=stem(joined), is_stop=False)
    return tokens


def phrase_keys(phrase: str) -> List[str]:
    """Comparable keys of a knowledge phrase: lemmas, stop words dropped."""
    tokens = [t for t in analyse(phrase) if not t.is_break]
    content = [t.key for t in tokens if not t.is_stop]
    return content or [t.key for t in tokens]




def negated_clauses(tokens: List[Token]) -> set:
    """Clause indexes that contain a negation word."""
    clauses = set()
    for index, token in enumerate(tokens):
        word = normalize(token.text)
        if word not in NEGATION_WORDS and token.key not in NEGATION_WORDS:
            continue
        following = normalize(tokens[index + 1].text) if index + 1 < len(tokens) else ""
        if following in NOT_A_NEGATION_AFTER.get(word, ()):
            continue
        clauses.add(token.clause)
    return clauses
