"""Profile -> where the user works now, and directions to grow, each with roles and reasons.

Verdiepen: a next step in a domain the user already works in. Verbreden: a
domain their passions point to where they are not active yet. Roles outside
school come up when the passions or earlier work point there. The stage and
audience filter and weigh the roles (a starter is not sent to the
Onderwijsraad; an expert is pointed at supporting colleagues and regional or
national roles). Every role carries the user's own words that led to it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence

from actions.knowledge import STAGE_IDS, Knowledge, Role
from actions.matching import Hit, Matcher, merge_quotes

CORE_DOMAIN = "leren_leerlingen"
MAX_ROLES = 3
MIN_ROLE_SCORE = 0.75  # below this a match is too thin to suggest on its own
CURRENT_ROLE_SCORE = 2.0  # a role counts as held when named, or when several of its tasks are
PASSION_WEIGHT = 1.0
TASK_WEIGHT = 0.35  # what you do now hints at what suits you, less than what gives energy
EXPERIENCE_WEIGHT = 0.6  # a side-entrant's earlier work or a student's internship: experience, not a role held
# What someone adds after seeing the suggestions ("eigenlijk vooral rekenen") is a reaction to them: it
# counts once more than the rest, so the suggestions move with it.
FOCUS_WEIGHT = 1.0
# A role you already hold and love ("ik ben rekencoördinator, gek op rekendidactiek") grows by taking that
# expertise further: in your field, to colleagues, into development (beroepsbeeld, verdiepen en verbreden).
SHARE_EXPERTISE = ("vakexpert", "trainer_scholing", "huisacademie", "kennis_delen")
# Further study is a big step of its own: suggested when the user's words point at it, never as a filler.
ONLY_WHEN_ASKED = frozenset({"tweedegraads_naar_eerstegraads", "tweede_bevoegdheid_tekortvak",
                             "praktijkonderzoek_master", "leraar_promovendus"})
# Where to broaden when the passions do not point anywhere yet, per stage.
BROADEN_DEFAULT = {
    "in_opleiding": "onderwijs_ontwikkelen",
    "startend": "onderwijs_ontwikkelen",
    "ervaren": "collegas_ondersteunen",
    "meester": "collegas_ondersteunen",
}


# "ik wil niet meer voor de klas", "minder lesgeven", "ik ben opgebrand": a wish to teach less.
LESS_TEACHING = re.compile(
    r"\b(niet meer|minder|niet langer|weg uit|weg van)\b.{0,25}\b(voor de klas|les ?geven|lessen|de klas|klas uit)\b"
    # "ik wil uit de klas", but not "energie uit de praktijk naar de klas brengen"
    r"|\b(wil|wilde|zou|ga|moet)\b.{0,20}\buit (de klas|het onderwijs)\b|\bde klas uit\b"
    r"|\b(opgebrand|burn-?out|uitgeblust|overspannen|op ?geraakt)\b"
    r"|\bstop(pen)? met (het )?(les ?geven|voor de klas staan)\b"
)
# Roles outside school for someone who wants to teach less, when nothing they said points at one.
LESS_TEACHING_OUTSIDE = ("andere_onderwijssector", "circulaire_loopbaan", "baan_in_bedrijf")


def wants_less_teaching(profile: "Profile") -> bool:
    return bool(LESS_TEACHING.search(f"{profile.passions or ''} {profile.tasks or ''}".lower()))


@dataclass
class Profile:
    audience: Optional[str] = None
    stage: Optional[str] = None
    passions: Optional[str] = None
    tasks: Optional[str] = None
    sector: Optional[str] = None
    excluded_roles: Sequence[str] = ()


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
    reasons: List[str] = field(default_factory=list)

    def as_slot(self) -> Dict:
        return {
            "kind": self.kind,
            "domain": self.domain,
            "roles": [c.role.id for c in self.roles],
            "reasons": {c.role.id: c.reasons for c in self.roles},
        }


@dataclass
class Suggestions:
    current_domains: List[str]
    current_roles: List[str]
    directions: List[Direction]
    domain_reasons: Dict[str, List[str]]
    # Side-entrants and students: domains their earlier work or internship fits, with their words.
    experience: Dict[str, List[str]] = field(default_factory=dict)
    less_teaching: bool = False  # the user said they want to teach less or are worn out

    def role_ids(self) -> List[str]:
        return [c.role.id for d in self.directions for c in d.roles]


def suits_stage(role: Role, stage: Optional[str]) -> bool:
    if stage is None:
        return True
    if stage in role.stages:
        return True
    # An expert can take any role an experienced teacher can.
    return stage == "meester" and "ervaren" in role.stages


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


def _only_the_school_type(hit: Hit) -> bool:
    """"Juf op een montessorischool" works at such a school; that is not yet the specialist role."""
    return bool(hit.evidence) and all(re.search(r"school\b", quote.lower()) for quote in hit.evidence)


def _merge_reasons(*hits: Optional[Hit]) -> List[str]:
    reasons: List[str] = []
    for hit in hits:
        if hit:
            reasons = merge_quotes(reasons, hit.evidence)
    return reasons[:3]


class Advisor:
    """Ranks roles and builds directions for a profile."""

    def __init__(self, knowledge: Knowledge, matcher: Matcher) -> None:
        self.knowledge = knowledge
        self.matcher = matcher

    def suggest(self, profile: Profile, focus: str = "") -> Suggestions:
        """Directions for the profile; `focus` is what the user just added after seeing suggestions."""
        passions = self.matcher.match(profile.passions or "")
        tasks = self.matcher.match(profile.tasks or "")
        excluded = set(profile.excluded_roles or ()) | {h.id for h in tasks.negated_roles}
        passion_hits = {h.id: h for h in passions.roles if h.id not in excluded}
        task_hits = {h.id: h for h in tasks.roles if h.id not in excluded}

        experienced = profile.audience in ("zij_instromer", "student")
        current_roles = [] if experienced else [
            rid for rid, hit in task_hits.items()
            if hit.score >= CURRENT_ROLE_SCORE and not self.knowledge.roles[rid].outside_school
            and not _only_the_school_type(hit)
        ]
        current_domains = [CORE_DOMAIN]
        domain_reasons: Dict[str, List[str]] = {CORE_DOMAIN: []}
        for rid in current_roles:
            domain = self.knowledge.roles[rid].domain
            if domain not in current_domains:
                current_domains.append(domain)
            reasons = domain_reasons.setdefault(domain, [])
            reasons.extend(q for q in task_hits[rid].evidence if q not in reasons)
        experience: Dict[str, List[str]] = {}
        if experienced:
            # Earlier work or internship mapped onto the domains of the roles it matches.
            for hit in tasks.roles:
                domain = self.knowledge.roles[hit.id].domain
                if hit.score >= MIN_ROLE_SCORE and domain:
                    experience[domain] = merge_quotes(experience.get(domain, []), hit.evidence)[:2]

        task_weight = EXPERIENCE_WEIGHT if experienced else TASK_WEIGHT
        focus_hits = {h.id: h for h in self.matcher.match(focus).roles if h.id not in excluded} if focus else {}
        # What the user adds about a role they hold ("ik ben ook nt2-contactpersoon") shows it matters to them.
        expertise = self._held_and_loved(current_roles, {**passion_hits, **focus_hits}, excluded)
        scored = self._score_roles(profile, passion_hits, task_hits, set(current_roles), task_weight,
                                   focus_hits, expertise)
        directions: List[Direction] = []
        deepen = self._deepen(profile, scored, current_domains, task_hits, excluded)
        if deepen:
            directions.append(deepen)
        broaden = self._broaden(profile, scored, current_domains, passions.domains, excluded)
        if broaden:
            directions.append(broaden)
        outside = [c for c in scored if c.role.outside_school and c.score >= MIN_ROLE_SCORE]
        less_teaching = wants_less_teaching(profile)
        if less_teaching and not outside:
            outside = [RoleChoice(self.knowledge.roles[rid], 0.0, []) for rid in LESS_TEACHING_OUTSIDE
                       if rid in self.knowledge.roles and rid not in excluded]
        if outside:
            directions.append(Direction("buiten_school", None, outside[:2]))
        later = self._later_roles(profile, passion_hits, task_hits, focus_hits, excluded, directions, task_weight)
        if later:
            directions.append(Direction("op_termijn", None, later))
        return Suggestions(current_domains, current_roles, directions, domain_reasons, experience, less_teaching)

    def _later_roles(
        self, profile: Profile, passion_hits: Dict[str, Hit], task_hits: Dict[str, Hit], focus_hits: Dict[str, Hit],
        excluded: set, directions: List[Direction], task_weight: float,
    ) -> List[RoleChoice]:
        """Roles the user's own words point at that open up only at a later stage: a starter or side-entrant who
        loves data analysis hears of the onderzoeksdocent as a step for later, not a filler in its place."""
        if profile.stage not in ("in_opleiding", "startend"):
            return []
        named = {c.role.id for d in directions for c in d.roles}
        later = []
        for role in self.knowledge.roles.values():
            if role.id in excluded or role.id in named or suits_stage(role, profile.stage):
                continue
            if role.outside_school or not fits_profile(role, profile):
                continue
            passion, task, focus = passion_hits.get(role.id), task_hits.get(role.id), focus_hits.get(role.id)
            score = PASSION_WEIGHT * (passion.score if passion else 0.0) + task_weight * (task.score if task else 0.0)
            score += FOCUS_WEIGHT * (focus.score if focus else 0.0)
            if score >= MIN_ROLE_SCORE:
                later.append(RoleChoice(role, score, _merge_reasons(passion, task, focus)))
        later.sort(key=lambda c: (-c.score, c.role.id))
        return later[:2]

    def _is_specialism(self, role_id: str) -> bool:
        """A didactic specialism (Expert rekendidactiek, Specialist Montessorididactiek): expertise to share.
        Organising the sportdag is held and loved too, but is no expertise for a studiedag."""
        role = self.knowledge.roles[role_id]
        return role.domain == CORE_DOMAIN and role.name.lower().startswith(("expert", "specialist"))

    def _held_and_loved(self, current_roles: List[str], loved_hits: Dict[str, Hit], excluded: set) -> Dict[str, Hit]:
        """Roles to take a held and loved expertise further, with the words that showed the love."""
        loved = [loved_hits[rid] for rid in current_roles if rid in loved_hits and self._is_specialism(rid)]
        if not loved:
            return {}
        evidence = Hit("expertise", MIN_ROLE_SCORE, loved[0].evidence[:2])
        return {rid: evidence for rid in SHARE_EXPERTISE if rid in self.knowledge.roles and rid not in excluded}

    def _score_roles(
        self, profile: Profile, passion_hits: Dict[str, Hit], task_hits: Dict[str, Hit], current: set, task_weight: float,
        focus_hits: Optional[Dict[str, Hit]] = None, expertise: Optional[Dict[str, Hit]] = None,
    ) -> List[RoleChoice]:
        choices = []
        for role in self.knowledge.roles.values():
            if role.id in current or not suits_stage(role, profile.stage):
                continue
            if not fits_profile(role, profile):
                continue
            passion, task = passion_hits.get(role.id), task_hits.get(role.id)
            focus, shared = (focus_hits or {}).get(role.id), (expertise or {}).get(role.id)
            score = PASSION_WEIGHT * (passion.score if passion else 0.0) + task_weight * (task.score if task else 0.0)
            score += FOCUS_WEIGHT * (focus.score if focus else 0.0) + (shared.score if shared else 0.0)
            if score <= 0:
                continue
            score += _stage_bonus(role, profile.stage)
            only_shared = shared is not None and not (passion or task or focus)
            choices.append(RoleChoice(role, score, _merge_reasons(passion, task, shared), only_shared))
        choices.sort(key=lambda c: (-c.score, c.role.id))
        return choices

    def _fallback_roles(self, domain: str, profile: Profile, exclude: set) -> List[RoleChoice]:
        """Roles that suit the stage in a domain, for when no words point anywhere in it."""
        roles = [
            r
            for r in self.knowledge.roles_by(domain=domain)
            if r.id not in exclude and r.id not in ONLY_WHEN_ASKED and suits_stage(r, profile.stage)
            and fits_profile(r, profile)
        ]
        # Prefer roles that open up at the user's own stage: a real next step, not something for beginners.
        # With the sector unknown, roles that exist in every sector come first.
        stage = profile.stage or "ervaren"
        roles.sort(key=lambda r: (not profile.sector and len(r.sectors) < 3, r.stages[0] != stage,
                                  -_stage_bonus(r, profile.stage), -STAGE_IDS.index(r.stages[0])))
        return [RoleChoice(r, 0.0, []) for r in roles[:2]]

    def _deepen(
        self, profile: Profile, scored: List[RoleChoice], current_domains: List[str], task_hits: Dict[str, Hit],
        excluded: frozenset = frozenset(),
    ) -> Optional[Direction]:
        in_current = [c for c in scored if c.role.domain in current_domains]
        if in_current:
            # The current domain where the best matches are.
            domain = in_current[0].role.domain
            picks = [c for c in in_current if c.role.domain == domain and c.score >= MIN_ROLE_SCORE][:MAX_ROLES]
            if picks:
                return Direction("verdiepen", domain, picks)
        # Nothing strong points into the domains the user works in: take the faint hints there first
        # (a word or two of the passions or tasks), then roles that open up at the user's stage.
        domain = current_domains[-1] if len(current_domains) > 1 else CORE_DOMAIN
        faint = [c for c in in_current if c.role.domain == domain][:MAX_ROLES]
        exclude = set(task_hits) | {c.role.id for c in faint} | set(excluded)
        picks = faint + self._fallback_roles(domain, profile, exclude)[: max(0, 2 - len(faint))]
        return Direction("verdiepen", domain, picks) if picks else None

    def _broaden(
        self, profile: Profile, scored: List[RoleChoice], current_domains: List[str], passion_domains: List[Hit],
        excluded: frozenset = frozenset(),
    ) -> Optional[Direction]:
        elsewhere = [c for c in scored if c.role.domain and c.role.domain not in current_domains]
        if elsewhere and elsewhere[0].score >= MIN_ROLE_SCORE:
            domain = elsewhere[0].role.domain
            picks = [c for c in elsewhere if c.role.domain == domain and c.score >= MIN_ROLE_SCORE][:MAX_ROLES]
            return Direction("verbreden", domain, picks)
        for hit in passion_domains:
            if hit.id not in current_domains:
                picks = [c for c in elsewhere if c.role.domain == hit.id][:MAX_ROLES]
                picks = picks or self._fallback_roles(hit.id, profile, set(excluded))
                if picks:
                    return Direction("verbreden", hit.id, picks, reasons=hit.evidence[:3])
        default = BROADEN_DEFAULT.get(profile.stage or "ervaren", "onderwijs_ontwikkelen")
        for domain in [default, *self.knowledge.domains]:
            if domain not in current_domains:
                picks = self._fallback_roles(domain, profile, set(excluded))
                if picks:
                    return Direction("verbreden", domain, picks)
        return None
