"""Free Dutch text -> roles and domains, with the user's own words that matched.

Knowledge phrases (names, synonyms, keywords) and the user's text are both
reduced to lemma keys with spaCy's Dutch tokenizer and lookup lemmatizer.
A phrase matches when each of its words meets a word of the text, close
together, by lemma, by stem, as part of a compound ("lesmateriaalontwikkeling"
contains "lesmateriaal") or with a small typo ("organiseern"). Matches in a
negated clause ("ik ben geen mentor meer") are reported apart, not scored.
"""
from __future__ import annotations

import re

import difflib
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Dict, Iterable, List, Optional, Sequence, Tuple

from actions.cues import NEW_MEANING_HEADS
from actions.knowledge import Knowledge
from actions.text import Token, analyse, negated_clauses, phrase_keys, stem
from actions.lexicon import is_dutch_word

NAME_WEIGHT = 3.0  # a role's own name or synonym says more than a keyword
KEYWORD_WEIGHT = 1.0
DOMAIN_NAME_WEIGHT = 2.0
MIN_FUZZY_LENGTH = 5
MIN_COMPOUND_PART = 5


@dataclass
class Hit:
    """One target (a role, domain, stage, ...) with its score and why."""

    id: str
    score: float = 0.0
    evidence: List[str] = field(default_factory=list)  # the user's words, as typed
    named: bool = False  # the role's own name or a synonym was used, not only words about its work

    def add(self, score: float, quote: str, named: bool = False) -> None:
        self.score += score
        self.evidence = merge_quotes(self.evidence, [quote])
        self.named = self.named or named

    @property
    def only_a_school_type(self) -> bool:
        """"juf op een daltonschool" works at such a school; that is not yet the specialist role."""
        return bool(self.evidence) and all(re.search(r"school\b", quote.lower()) for quote in self.evidence)


def merge_quotes(quotes: List[str], new: Iterable[str]) -> List[str]:
    """Quotes without repeats: a quote inside a longer one ('stagiairs' in 'stagiairs begeleiden') is dropped."""
    merged = list(quotes)
    for quote in new:
        low = quote.lower()
        if not quote or any(low in q.lower() for q in merged):
            continue
        merged = [q for q in merged if q.lower() not in low] + [quote]
    return merged


@dataclass
class MatchResult:
    roles: List[Hit]
    domains: List[Hit]
    negated_roles: List[Hit]
    negated_domains: List[Hit] = field(default_factory=list)  # "niks meer met collega's": a domain turned down

    def role_ids(self, n: Optional[int] = None) -> List[str]:
        return [h.id for h in self.roles[:n]]

    def domain_ids(self, n: Optional[int] = None) -> List[str]:
        return [h.id for h in self.domains[:n]]


@dataclass(frozen=True)
class _Phrase:
    target: str
    keys: Tuple[str, ...]
    weight: float


class PhraseIndex:
    """Phrases of many targets, matched at once against a text."""

    def __init__(self) -> None:
        self._phrases: List[_Phrase] = []
        self._by_key: Dict[str, List[int]] = defaultdict(list)
        self._by_stem: Dict[str, set] = defaultdict(set)
        self._by_shape: Dict[Tuple[str, int], List[str]] = defaultdict(list)
        self._token_cache: Dict[str, Dict[str, float]] = {}

    def add(self, target: str, phrase: str, weight: float) -> None:
        keys = tuple(phrase_keys(phrase))
        if not keys:
            return
        index = len(self._phrases)
        self._phrases.append(_Phrase(target, keys, weight))
        for key in set(keys):
            if not self._by_key[key] or self._by_key[key][-1] != index:
                self._by_key[key].append(index)
            self._by_stem[stem(key)].add(key)
            if len(key) >= MIN_FUZZY_LENGTH:
                self._by_shape[(key[:2], len(key))].append(key)

    def _keys_for(self, token: Token) -> Dict[str, float]:
        """Vocabulary keys this text token meets, with a match quality in (0, 1]."""
        cached = self._token_cache.get(token.key)
        if cached is not None:
            return cached
        word = token.key
        found: Dict[str, float] = {}
        if word in self._by_key:
            found[word] = 1.0
        # A short stem meets unrelated words ("soms" and "sommen" share "som").
        if len(token.stem) >= 4:
            for key in self._by_stem.get(token.stem, ()):
                found.setdefault(key, 0.9)
        if len(word) > MIN_COMPOUND_PART + 1:
            # Dutch compounds: a keyword at the start or end of a longer word.
            # The rest of the word is a word part too: "opleiding" is no compound of "op" and "leiding", nor
            # "lerarenopleiding" of "lerarenop" and "leiding".
            for size in range(MIN_COMPOUND_PART, len(word) - 2):
                if word[:size] in self._by_key and not word[size:].startswith(NEW_MEANING_HEADS):
                    found.setdefault(word[:size], 0.7)
                if word[-size:] in self._by_key and is_dutch_word(word[:-size]):
                    found.setdefault(word[-size:], 0.7)
                # "rekenles" starts with the stem of "rekenen"; the stem must be a word itself ("reken"), so
                # "buitenland" does not start with the stem of "buitenles" ("buitenl").
                stem_keys = [k for k in self._by_stem.get(word[:size], ()) if len(k) >= MIN_COMPOUND_PART]
                if stem_keys and is_dutch_word(word[:size]) and not word[size:].startswith(NEW_MEANING_HEADS):
                    for key in stem_keys:
                        found.setdefault(key, 0.65)
        if max(found.values(), default=0.0) < 0.8 and len(word) >= MIN_FUZZY_LENGTH:
            # A typo rarely sits in the first two letters; allowing it there made "pestcoördinator" a typo
            # of "pwscoördinator".
            for length in range(len(word) - 2, len(word) + 3):
                candidates = self._by_shape.get((word[:2], length), ())
                for key in difflib.get_close_matches(word, candidates, n=2, cutoff=0.84):
                    found.setdefault(key, 0.8)
        if len(self._token_cache) > 20000:
            self._token_cache.clear()
        self._token_cache[word] = found
        return found

    def match(self, tokens: Sequence[Token]) -> Tuple[Dict[str, Hit], Dict[str, Hit]]:
        """Scores per target, and the targets only met in negated clauses."""
        negated = negated_clauses(tokens)
        # For every vocabulary key: the text positions that meet it, with quality.
        positions: Dict[str, List[Tuple[int, float]]] = defaultdict(list)
        for pos, token in enumerate(tokens):
            if token.is_stop or token.is_break:
                continue
            for key, quality in self._keys_for(token).items():
                positions[key].append((pos, quality))
        candidates = {i for key in positions for i in self._by_key.get(key, ())}
        hits: Dict[str, Hit] = {}
        negated_hits: Dict[str, Hit] = {}
        for index in sorted(candidates):
            phrase = self._phrases[index]
            placed = _place(phrase.keys, positions, tokens)
            if placed is None:
                continue
            used = [pos for pos, _ in placed]
            quality = sum(q for _, q in placed) / len(placed)
            score = phrase.weight * quality * (1 + 0.25 * (len(phrase.keys) - 1))
            quote = _quote(tokens, used)
            if all(tokens[p].clause in negated for p in used):
                negated_hits.setdefault(phrase.target, Hit(phrase.target)).add(score, quote)
            else:
                hits.setdefault(phrase.target, Hit(phrase.target)).add(score, quote, phrase.weight >= NAME_WEIGHT)
        return hits, negated_hits


def _place(keys: Sequence[str], positions: Dict[str, List[Tuple[int, float]]],
           tokens: Sequence[Token]) -> Optional[List[Tuple[int, float]]]:
    """Best text position per phrase word, all close together in one clause; None if a word is missing.

    One clause: "ik volg een opleiding, ik ben ict-coördinator" does not say "opleidingscoördinator".
    """
    options = [positions.get(key) for key in keys]
    if not all(options):
        return None
    anchor_pos, _ = max(options[0], key=lambda o: o[1])
    clause = tokens[anchor_pos].clause
    window = 2 * len(keys) + 3
    placed = []
    for choice in options:
        near = [o for o in choice if abs(o[0] - anchor_pos) <= window and tokens[o[0]].clause == clause]
        if not near:
            return None
        placed.append(max(near, key=lambda o: o[1]))
    return placed


def _quote(tokens: Sequence[Token], used: Iterable[int]) -> str:
    """The user's own words behind a match: the short span they stand in."""
    used = sorted(set(used))
    first, last = used[0], used[-1]
    if last - first <= 5:
        words = [t.text for t in tokens[first : last + 1] if not t.is_break or t.text.isalpha()]
    else:
        words = [tokens[p].text for p in used]
    return " ".join(words).strip(" ,.;:!?")


class Matcher:
    """Matches free Dutch text against the roles and domains of the knowledge."""

    def __init__(self, knowledge: Knowledge) -> None:
        self.knowledge = knowledge
        self._roles = PhraseIndex()
        self._domains = PhraseIndex()
        for role in knowledge.roles.values():
            for label in (role.name, *role.synonyms):
                self._roles.add(role.id, label, NAME_WEIGHT)
            for keyword in role.keywords:
                self._roles.add(role.id, keyword, KEYWORD_WEIGHT)
        for domain in knowledge.domains.values():
            for label in (domain.name, domain.short):
                self._domains.add(domain.id, label, DOMAIN_NAME_WEIGHT)
            for keyword in domain.keywords:
                self._domains.add(domain.id, keyword, KEYWORD_WEIGHT)

    def match(self, text: str, tokens: Optional[Sequence[Token]] = None) -> MatchResult:
        tokens = analyse(text) if tokens is None else tokens
        role_hits, negated_roles = self._roles.match(tokens)
        domain_hits, negated_domains = self._domains.match(tokens)
        # A domain also counts what matched its roles: "mentor" points at domain 1.
        for hit in role_hits.values():
            role = self.knowledge.roles[hit.id]
            if role.domain:
                domain_hit = domain_hits.setdefault(role.domain, Hit(role.domain))
                domain_hit.score += 0.5 * hit.score
                for quote in hit.evidence:
                    domain_hit.add(0.0, quote)
        negated_only = [h for rid, h in negated_roles.items() if rid not in role_hits]
        return MatchResult(
            roles=_ranked(role_hits.values()),
            domains=_ranked(domain_hits.values()),
            negated_roles=_ranked(negated_only),
            negated_domains=_ranked(h for did, h in negated_domains.items() if did not in domain_hits),
        )


def _ranked(hits: Iterable[Hit]) -> List[Hit]:
    return sorted(hits, key=lambda h: (-h.score, h.id))


_MATCHER: Optional[Matcher] = None


def get_matcher() -> Matcher:
    """The process-wide matcher over the process-wide knowledge."""
    global _MATCHER
    if _MATCHER is None:
        from actions.knowledge import get_knowledge

        _MATCHER = Matcher(get_knowledge())
    return _MATCHER
