"""Profile -> where the user works now, and directions to grow, each role with the user's words behind it.

Verdiepen: a next step in a domain the user already works in. Verbreden: a domain their words point to
where they are not active yet. Roles outside school and roles for later come up when the words point
there. The stage and audience filter and weigh the roles (a starter is not sent to the Onderwijsraad).

Only evidence counts: a role is suggested when the user's own words point at it (what gives energy, what
they want, what they do, what they did before, the subject they teach), and every role carries those words
as its reason. When the words point at one domain only, there is one direction and the reply asks about the
others; nothing is filled in with roles that merely suit the stage.
"""
from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass, field
from typing import Dict, Iterable, List, Optional

from actions.knowledge import Knowledge, Role
from actions.matching import Hit, Matcher, merge_quotes
from actions.profile import Profile
from actions.normalize import normalize

CORE_DOMAIN = "leren_leerlingen"
MAX_ROLES = 3
MAX_BROADEN = 2  # directions to broaden into, each another domain
MIN_ROLE_SCORE = 0.75  # below this a match is too thin to suggest
CURRENT_ROLE_SCORE = 2.0  # a role counts as held when named, or when several of its tasks are
CURRENT_DOMAIN_SCORE = 0.7  # a task that points at a domain this clearly is work in that domain
PASSION_WEIGHT = 1.0
WISH_WEIGHT = 1.0
TASK_WEIGHT = 0.35  # what you do now hints at what suits you, less than what gives energy
EXPERIENCE_WEIGHT = 0.6  # a side-entrant's earlier work or a student's internship: experience, not a role held
SUBJECT_WEIGHT = 0.8  # the subject you teach points at your own field
FOCUS_WEIGHT = 1.0  # what someone adds after seeing the suggestions is a reaction to them and counts once more
# A held and loved specialism grows by taking it further: to colleagues, into development (§1.3).
SHARE_EXPERTISE = ("vakexpert", "trainer_scholing", "huisacademie", "kennis_delen")
# Roles outside school for someone who wants to teach less: their own words ("minder voor de klas") are the reason.
LESS_TEACHING_OUTSIDE = ("andere_onderwijssector", "circulaire_loopbaan", "baan_in_bedrijf")
# A single word like this says where someone works, not why a role fits: "je noemde 'mbo'" explains nothing.
TOO_GENERIC_TO_QUOTE = {"po", "vo", "mbo", "hbo", "havo", "vwo", "vmbo", "school", "klas", "les", "lessen", "tijd",
                        "werk", "onderwijs", "leerlingen", "kinderen", "collega", "collegas", "collega's"}


@dataclass
class RoleChoice:
    role: Role
    score: float
    reasons: List[str]  # the user's own words
    shares_expertise: bool = False  # chosen to take a held and loved specialism further


@dataclass
class Direction:
    kind: str  # verdiepen | verbreden | buiten_school | op_termijn
    domain: Optional[str]
    roles: List[RoleChoice]

    def as_slot(self) -> Dict:
        return {
            "kind": self.kind,
            "domain": self.domain,
            "roles": [c.role.id for c in self.roles],
            "reasons": {c.role.id: c.reasons for c in self.roles},
            "scores": {c.role.id: round(c.score, 2) for c in self.roles},
        }


@dataclass
class Suggestions:
    current_domains: List[str]
    current_roles: List[str]
    directions: List[Direction]
    domain_reasons: Dict[str, List[str]]
    # Side-entrants and students: domains their earlier work or internship fits, with their words.
    experience: Dict[str, List[str]] = field(default_factory=dict)
    less_teaching: bool = False
    # The words point at these domains only; the others were not mentioned (the reply asks about them).
    unexplored_domains: List[str] = field(default_factory=list)

    def role_ids(self) -> List[str]:
        return [c.role.id for d in self.directions for c in d.roles]


def suits_stage(role: Role, stage: Optional[str]) -> bool:
    if stage is None or stage in role.stages:
        return True
    return stage == "meester" and "ervaren" in role.stages  # an expert can take any role an experienced teacher can


def fits_profile(role: Role, profile: Profile) -> bool:
    """The role exists for this audience and sector (no profielwerkstuk in the basisschool)."""
    if profile.audience and profile.audience not in role.audiences:
        return False
    return not profile.sector or profile.sector in role.sectors


def _stage_bonus(role: Role, stage: Optional[str]) -> float:
    if stage == "meester" and (role.domain == "collegas_ondersteunen" or role.level in ("lokaal", "landelijk")):
        return 0.5
    if stage in ("in_opleiding", "startend") and stage in role.stages:
        return 0.25
    return 0.0


@lru_cache(maxsize=None)
def _word_pattern(word: str) -> Optional["re.Pattern[str]"]:
    """A knowledge word as the user may type it: "hr adviseur" also as "hr-adviseur", with any ending."""
    parts = [re.escape(part) for part in re.split(r"[\s-]+", word.strip()) if part]
    if not parts:
        return None
    return re.compile(r"(?<![\w-])" + r"[\s-]?".join(parts) + r"\w*", re.I)


_EMPLOYER_BEFORE = re.compile(r"\b(bij|voor)\s+(een|de|het|die|dat)?\s*$", re.I)


def _typed_words(phrases: List[str], wordlists: Dict[str, Iterable[str]]) -> Dict[str, str]:
    """Per word list, the first of its words the user typed, in their own spelling. A longer word claims its
    text: "hr adviseur" is HR work, not also the "adviseur" of another list."""
    found: Dict[str, str] = {}
    for phrase in phrases:
        spans = []
        for key, words in wordlists.items():
            for word in words:
                pattern = _word_pattern(word)
                for match in pattern.finditer(phrase) if pattern else ():
                    spans.append((match.start(), match.end(), key, match.group(0)))
        # "ict'er bij een bank": where someone worked is not what they did, when the phrase says what they did.
        employer = {(start, key) for start, _, key, _ in spans if _EMPLOYER_BEFORE.search(phrase[:start])}
        if any((start, key) not in employer for start, _, key, _ in spans):
            spans = [span for span in spans if (span[0], span[2]) not in employer]
        for start, end, key, text in spans:
            inside_longer = any(s <= start and end <= e and (e - s) > (end - start) and k != key
                                for s, e, k, _ in spans)
            if not inside_longer and key not in found:
                found[key] = text
    return found


# Keyword words two roles must share for the second to build on the first (mentor and leerlingbegeleider share
# "sociaal", "welzijn", "emotioneel"; zorgcoördinator and Expert taalontwikkeling only "praten" and "lezen").
BUILDS_ON = 3
# Words in the keywords of many roles, which say nothing about how two roles are alike.
_COMMON_KEYWORD_WORDS = frozenset("voor zelf bezig leren leerlingen leerling kinderen kind onderwijs klas klassen maken "
                                  "school werken goed meer niet echt over met door naar andere nieuwe".split())


def _shared_words(one: Role, other: Role) -> int:
    """How many words the keywords of two roles share: how much the second builds on the first."""
    def words(role: Role) -> set:
        return {w for k in (*role.keywords, *role.synonyms) for w in normalize(k).split()
                if len(w) > 3 and w not in _COMMON_KEYWORD_WORDS}
    return min(len(words(one) & words(other)), 4)


def quotable(quotes: Iterable[str]) -> List[str]:
    return [q for q in quotes if normalize(q) not in TOO_GENERIC_TO_QUOTE]


class Evidence:
    """Per role: a score and the user's words, summed over where they came from."""

    def __init__(self) -> None:
        self.scores: Dict[str, float] = {}
        self.quotes: Dict[str, List[str]] = {}

    def add(self, role_id: str, score: float, quotes: Iterable[str]) -> None:
        quotes = quotable(quotes)
        if not quotes or score <= 0:
            return  # no words of the user's that point at it: no evidence
        self.scores[role_id] = self.scores.get(role_id, 0.0) + score
        self.quotes[role_id] = merge_quotes(self.quotes.get(role_id, []), quotes)[:3]

    def add_hits(self, hits: Iterable[Hit], weight: float) -> None:
        for hit in hits:
            self.add(hit.id, weight * hit.score, hit.evidence)


class Advisor:
    """Ranks roles by the user's words and builds directions."""

    def __init__(self, knowledge: Knowledge, matcher: Matcher) -> None:
        self.knowledge = knowledge
        self.matcher = matcher

    def _match(self, phrases: Iterable[str]):
        return self.matcher.match(" ; ".join(phrases)) if phrases else self.matcher.match("")

    def _background_hits(self, phrases: Iterable[str], kind: str) -> List[Hit]:
        """Roles a profession or subject in these words points at (knowledge/backgrounds.yml), with the words as
        the user typed them."""
        hits: Dict[str, Hit] = {}
        phrases = list(phrases)
        backgrounds = {b.id: b for b in self.knowledge.backgrounds.values() if b.kind == kind}
        typed = _typed_words(phrases, {key: b.words for key, b in backgrounds.items()})
        for key, quote in typed.items():
            for role_id in backgrounds[key].roles:
                hit = hits.setdefault(role_id, Hit(role_id))
                hit.add(1.0, quote)
        return list(hits.values())

    def suggest(self, profile: Profile, focus: str = "") -> Suggestions:
        """Directions for the profile; `focus` is what the user just added after seeing suggestions."""
        excluded = set(profile.items("excluded_roles"))
        rejected_domains = set(profile.items("rejected_domains"))
        tasks = self._match(profile.items("tasks"))
        task_hits = {h.id: h for h in tasks.roles if h.id not in excluded}
        experienced = profile.audience in ("zij_instromer", "student")
        # A role is held when the user names it ("ik ben mentor", "ik zit in de mr"); doing some of its work
        # ("ik help nieuwkomers met taal") points at it but does not make it theirs.
        current_roles = [] if experienced else [
            rid for rid, hit in task_hits.items()
            if hit.named and hit.score >= CURRENT_ROLE_SCORE and not self.knowledge.roles[rid].outside_school
            and not hit.only_a_school_type
        ]
        current_domains, domain_reasons = self._current(current_roles, task_hits)
        if not experienced:
            # Work in a domain without a role of the knowledge ("ik ben bouwcoördinator", "ik maak de roosters")
            # is work in that domain all the same.
            for hit in tasks.domains:
                quotes = quotable(hit.evidence)
                if hit.score >= CURRENT_DOMAIN_SCORE and hit.id not in current_domains and hit.id not in rejected_domains \
                        and quotes:
                    current_domains.append(hit.id)
                    domain_reasons[hit.id] = quotes[:2]
        evidence = self._evidence(profile, task_hits, experienced, focus, current_roles, excluded)
        experience = self._experience(profile) if experienced else {}
        scored = self._score(profile, evidence, set(current_roles) | excluded, rejected_domains)
        now = [c for c in scored if suits_stage(c.role, profile.known_stage)]
        directions: List[Direction] = []
        deepen = self._by_domain(now, current_domains, "verdiepen")
        if deepen:
            directions.append(deepen)
        # Every other domain the words point at is a way to broaden, the strongest first (at most two).
        elsewhere = [c for c in now if c.role.domain not in current_domains]
        for _ in range(MAX_BROADEN):
            broaden = self._by_domain(elsewhere, None, "verbreden")
            if broaden is None:
                break
            directions.append(broaden)
            elsewhere = [c for c in elsewhere if c.role.domain != broaden.domain]
        outside = [c for c in now if c.role.outside_school][:2]
        if profile.less_teaching and not outside:
            outside = [RoleChoice(self.knowledge.roles[rid], MIN_ROLE_SCORE, [profile.less_teaching])
                       for rid in LESS_TEACHING_OUTSIDE if rid in self.knowledge.roles and rid not in excluded][:2]
        if outside:
            directions.append(Direction("buiten_school", None, outside))
        if profile.known_stage in ("in_opleiding", "startend"):
            later = [c for c in scored if not suits_stage(c.role, profile.known_stage) and not c.role.outside_school]
            if later:
                directions.append(Direction("op_termijn", None, later[:2]))
        pointed = {d.domain for d in directions if d.domain} | set(current_domains)
        unexplored = [d for d in self.knowledge.domains if d not in pointed and d not in rejected_domains]
        return Suggestions(current_domains, current_roles, directions, domain_reasons, experience,
                           bool(profile.less_teaching), unexplored)

    def _current(self, current_roles: List[str], task_hits: Dict[str, Hit]):
        current_domains = [CORE_DOMAIN]
        domain_reasons: Dict[str, List[str]] = {CORE_DOMAIN: []}
        for rid in current_roles:
            domain = self.knowledge.roles[rid].domain
            if domain not in current_domains:
                current_domains.append(domain)
            reasons = domain_reasons.setdefault(domain, [])
            reasons.extend(q for q in task_hits[rid].evidence if q not in reasons)
        return current_domains, domain_reasons

    def _evidence(self, profile: Profile, task_hits: Dict[str, Hit], experienced: bool, focus: str,
                  current_roles: List[str], excluded: set) -> Evidence:
        evidence = Evidence()
        passions = self._match(profile.items("passions"))
        evidence.add_hits(passions.roles, PASSION_WEIGHT)
        evidence.add_hits(self._match(profile.items("wishes")).roles, WISH_WEIGHT)
        evidence.add_hits(task_hits.values(), EXPERIENCE_WEIGHT if experienced else TASK_WEIGHT)
        earlier = profile.items("earlier_work")
        evidence.add_hits(self._match(earlier).roles, EXPERIENCE_WEIGHT)
        evidence.add_hits(self._background_hits(earlier + (profile.items("tasks") if experienced else []),
                                                "profession"), EXPERIENCE_WEIGHT * 1.5)
        evidence.add_hits(self._background_hits(profile.items("subjects"), "subject"), SUBJECT_WEIGHT)
        # A subject named in what gives energy ("gym geven") points the same way.
        evidence.add_hits(self._background_hits(profile.items("passions"), "subject"), SUBJECT_WEIGHT)
        if focus:
            evidence.add_hits(self.matcher.match(focus).roles, FOCUS_WEIGHT)
        # A role held and loved ("ik begeleid een stagiaire en dat vind ik leuk") grows within its domain: the
        # roles there that build on it most, with the words that showed the love. A held and loved specialism
        # ("rekencoördinator, gek op rekendidactiek") can also be shared further (§1.3, verdiepen en verbreden).
        loved = {h.id: h for h in passions.roles if h.id in current_roles}
        self._shared = set()
        for rid, hit in loved.items():
            held = self.knowledge.roles[rid]
            for role in self.knowledge.roles_by(domain=held.domain):
                shared = _shared_words(held, role)
                # Only roles that build on it: "je noemde 'rekenen'" is no reason for Expert motivatie.
                if shared >= BUILDS_ON and role.id not in current_roles and role.id not in excluded:
                    evidence.add(role.id, MIN_ROLE_SCORE * (1 + 0.25 * shared), hit.evidence[:2])
            if self._is_specialism(rid):
                for share in SHARE_EXPERTISE:
                    if share in self.knowledge.roles and share not in excluded:
                        evidence.add(share, MIN_ROLE_SCORE, hit.evidence[:2])
                self._shared |= set(SHARE_EXPERTISE)
        return evidence

    def roles_from_earlier_work(self, profile: Profile, limit: int = 3) -> List[RoleChoice]:
        """The roles a side-entrant's earlier work points at most, with their words ("wat brengt mijn werk mee?")."""
        evidence = Evidence()
        earlier = profile.items("earlier_work")
        evidence.add_hits(self._match(earlier).roles, 1.0)
        evidence.add_hits(self._background_hits(earlier, "profession"), 1.5)
        choices = [RoleChoice(self.knowledge.roles[rid], score, evidence.quotes[rid])
                   for rid, score in evidence.scores.items()
                   if rid in self.knowledge.roles and fits_profile(self.knowledge.roles[rid], profile)
                   and score >= MIN_ROLE_SCORE]
        choices.sort(key=lambda c: (-c.score, c.role.id))
        return choices[:limit]

    def _experience(self, profile: Profile) -> Dict[str, List[str]]:
        """Domains a side-entrant's earlier work or a student's internship fits, with their words."""
        experience: Dict[str, List[str]] = {}
        phrases = profile.items("earlier_work") + profile.items("tasks")
        hits = self._match(phrases).roles + self._background_hits(phrases, "profession")
        for hit in hits:
            domain = self.knowledge.roles[hit.id].domain
            quotes = quotable(hit.evidence)
            # The core is said apart ("lesgeven blijft de kern"); here the other domains the work points at.
            if domain and domain != CORE_DOMAIN and quotes and hit.score >= MIN_ROLE_SCORE:
                experience[domain] = merge_quotes(experience.get(domain, []), quotes)[:2]
        return experience

    def _is_specialism(self, role_id: str) -> bool:
        """A didactic specialism (Expert rekendidactiek, Specialist Montessorididactiek): expertise to share."""
        role = self.knowledge.roles[role_id]
        return role.domain == CORE_DOMAIN and role.name.lower().startswith(("expert", "specialist"))

    def _score(self, profile: Profile, evidence: Evidence, skip: set, rejected_domains: set) -> List[RoleChoice]:
        choices = []
        for role_id, score in evidence.scores.items():
            role = self.knowledge.roles.get(role_id)
            if role is None or role_id in skip or role.domain in rejected_domains or not fits_profile(role, profile):
                continue
            if score < MIN_ROLE_SCORE:
                continue
            score += _stage_bonus(role, profile.known_stage)
            only_shared = role_id in self._shared and score <= MIN_ROLE_SCORE + 0.5
            choices.append(RoleChoice(role, score, evidence.quotes[role_id], only_shared))
        choices.sort(key=lambda c: (-c.score, c.role.id))
        return choices

    @staticmethod
    def _by_domain(choices: List[RoleChoice], within: Optional[List[str]], kind: str) -> Optional[Direction]:
        """The domain (among `within`, or any) where the strongest evidence points, with its best roles."""
        candidates = [c for c in choices if c.role.domain and (within is None or c.role.domain in within)]
        if not candidates:
            return None
        domain = candidates[0].role.domain
        return Direction(kind, domain, [c for c in candidates if c.role.domain == domain][:MAX_ROLES])
