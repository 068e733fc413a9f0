"""What the conversation knows about the user, and how a reading changes it.

The profile holds facts, not chat: who the user is, where and how long they teach, what they teach, what
gives them energy, what they do now or did before, what they want, and what they turned down. A reading is
applied with replace semantics: a correction replaces the old fact, a denial removes it ("ik ben geen mentor
meer" takes the mentor task out), a rejection removes a role or domain from the suggestions and is never kept
as something that gives energy, distress and doubt are never kept at all. Applying the same reading twice
changes nothing (Rasa may run the profile update twice in a turn that starts the form).
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from os.path import commonprefix
from typing import Any, Dict, List, Mapping, Optional

from actions.cues import PHRASE_PARTS, YEARS_IN_PHRASE, YEARS_TOPIC
from actions.knowledge import STAGE_IDS
from actions.matching import Matcher
from actions.reading import Fact, Reading
from actions.normalize import normalize

LIST_SLOTS = ("teaching", "subjects", "passions", "tasks", "earlier_work", "wishes", "management_wishes", "excluded_roles",
              "rejected_domains")
PROFILE_SLOTS = ("audience", "sector", "stage", "stage_assumed", "years", *LIST_SLOTS, "less_teaching")
# After one retry with a hint the form moves on with these, so a user who cannot answer is never stuck.
AUDIENCE_WHEN_UNCLEAR = "leraar"
STAGE_UNKNOWN = "onbekend"


@dataclass
class Profile:
    audience: Optional[str] = None  # leraar | student | zij_instromer
    sector: Optional[str] = None  # po | vo | mbo
    stage: Optional[str] = None  # a stage id, or "onbekend" when the user could not say
    stage_assumed: bool = False  # inferred from years of teaching: the reply says so
    years: Optional[int] = None
    teaching: Optional[List[str]] = None  # what and where the user teaches ("juf van groep 6 op een basisschool")
    subjects: Optional[List[str]] = None  # the subjects taught, in the user's words (knowledge/backgrounds.yml)
    passions: Optional[List[str]] = None  # what gives energy, in the user's words; [] = asked, nothing usable
    tasks: Optional[List[str]] = None  # what the user does now besides teaching; [] = only teaching
    earlier_work: Optional[List[str]] = None  # a side-entrant's work before teaching; [] = asked, nothing
    wishes: Optional[List[str]] = None  # what the user wants to become or do
    management_wishes: Optional[List[str]] = None  # to lead a team or school: another profession (said honestly)
    excluded_roles: Optional[List[str]] = None  # turned down or no longer done
    rejected_domains: Optional[List[str]] = None
    less_teaching: Optional[str] = None  # the words in which the user said they want to teach less

    @property
    def known_stage(self) -> Optional[str]:
        """The stage for filtering roles; None when unknown."""
        return self.stage if self.stage in STAGE_IDS else None

    def items(self, name: str) -> List[str]:
        return list(getattr(self, name) or [])

    def is_empty(self) -> bool:
        return not any(getattr(self, name) for name in PROFILE_SLOTS)

    def has_evidence(self) -> bool:
        """Anything that can point at a role: what gives energy, tasks, earlier work, wishes or subjects."""
        return any(self.items(name) for name in ("passions", "tasks", "earlier_work", "wishes", "subjects")) \
            or bool(self.less_teaching)

    def as_slots(self) -> Dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_slots(cls, slots: Mapping[str, Any]) -> "Profile":
        values = {}
        for name in PROFILE_SLOTS:
            value = slots.get(name)
            if name in LIST_SLOTS and value is not None and not isinstance(value, list):
                value = [value] if value else []  # a text from an older conversation
            values[name] = value
        values["stage_assumed"] = bool(values["stage_assumed"])
        values["less_teaching"] = values["less_teaching"] if isinstance(values["less_teaching"], str) else None
        years = values["years"]
        values["years"] = int(years) if isinstance(years, (int, float)) or str(years or "").isdigit() else None
        return cls(**values)


def changes(old: Profile, new: Profile) -> Dict[str, Any]:
    """Slot values that differ between two profiles."""
    before, after = old.as_slots(), new.as_slots()
    return {name: after[name] for name in PROFILE_SLOTS if before[name] != after[name]}


def _add(items: Optional[List[str]], value: str) -> List[str]:
    items = list(items or [])
    key = normalize(value)
    if key and not any(normalize(item) == key or key in normalize(item) for item in items):
        # A longer phrase replaces a shorter one it contains: "coachen" -> "collega's coachen".
        items = [item for item in items if normalize(item) not in key] + [value]
    return items


def _without(items: Optional[List[str]], drop) -> Optional[List[str]]:
    if items is None:
        return None
    return [item for item in items if not drop(item)]


def apply(profile: Profile, reading: Reading, matcher: Matcher, requested_slot: Optional[str] = None) -> Profile:
    """The profile after this message."""
    new = replace(profile, **{name: list(getattr(profile, name)) if getattr(profile, name) is not None else None
                              for name in LIST_SLOTS})
    requests = reading.requests
    correcting = requests.correction
    _apply_audience(new, reading, correcting, requested_slot)
    sector = reading.first("sector")
    if sector and (new.sector is None or correcting or requested_slot == "audience"):
        new.sector = sector
    years = reading.first("years")
    stage_facts = reading.of("stage")
    if years and _corrects_earlier_years(new, reading):
        years, stage_facts = None, []
    if stage_facts and (new.stage in (None, STAGE_UNKNOWN) or years or correcting or requested_slot == "stage"):
        new.stage = stage_facts[0].value
        new.stage_assumed = stage_facts[0].assumed
    if years:
        new.years = int(years)
    for fact in reading.of("subject", negated=True):
        new.subjects = _without(new.subjects, lambda item, f=fact: normalize(item) == normalize(f.words))
    for fact in reading.of("subject"):
        new.subjects = _add(new.subjects, fact.words)  # the user's word ("wiskunde"), looked up again when needed
    for kind, slot in (("teaching", "teaching"), ("passion", "passions"), ("task", "tasks"),
                       ("earlier_work", "earlier_work")):
        for fact in reading.of(kind):
            setattr(new, slot, _add(getattr(new, slot), fact.value))
    for fact in reading.of("wish"):
        slot = "management_wishes" if fact.target == "management" else "wishes"
        setattr(new, slot, _add(getattr(new, slot), fact.value))
    for fact in reading.of("nothing_extra"):
        slot = "earlier_work" if requested_slot == "earlier_work" else "tasks"
        if getattr(new, slot) is None:
            setattr(new, slot, [])
    for fact in reading.of("task", negated=True):
        _drop_denied_task(new, fact, matcher)
    for fact in reading.of("rejection", negated=True):
        _reject(new, fact, matcher)
    for fact in reading.of("less_teaching"):
        new.less_teaching = fact.words
    for fact in reading.of("forget"):
        _forget(new, fact.value)
    return new


def _forget(new: Profile, topic: str) -> None:
    """"vergeet wat ik over mijn klassen zei": every phrase that mentions the topic goes; a topic about how
    long takes the years and the stage with it, so they are asked again."""
    words = [normalize(w) for w in topic.split() if len(w) >= 2]
    for slot in ("teaching", "subjects", "passions", "tasks", "earlier_work", "wishes", "management_wishes"):
        kept = getattr(new, slot)
        if kept:
            left = [part for item in kept for part in [_without_the_topic(item, words)] if part]
            setattr(new, slot, left if left else None)  # all gone: asked again
    if YEARS_TOPIC.search(normalize(topic)):
        new.years, new.stage, new.stage_assumed = None, None, False


def _without_the_topic(phrase: str, topic_words: List[str]) -> str:
    """The phrase without its parts about the topic: "slb'er van twee klassen en daarnaast bpv-begeleider" keeps
    "bpv-begeleider" when the classes are forgotten; "" when nothing is left."""
    if not _mentions(phrase, topic_words):
        return phrase
    parts = [p.strip(" ,") for p in PHRASE_PARTS.split(phrase) if p and p.strip(" ,")]
    return ", ".join(p for p in parts if not _mentions(p, topic_words))


def _mentions(phrase: str, topic_words: List[str]) -> bool:
    """A word of the phrase is a topic word or another form of it ("klas" and "klassen", "stagiairs" and
    "stagiaire"), not merely one that starts alike ("twee" is no "tweedegraads")."""
    for token in normalize(phrase).split():
        for word in topic_words:
            common = len(commonprefix([token, word]))
            if token == word or (common >= 4 and common >= min(len(token), len(word)) - 2
                                 and abs(len(token) - len(word)) <= 3):
                return True
    return False


def _corrects_earlier_years(new: Profile, reading: Reading) -> bool:
    """"het was eigenlijk 15 jaar" after "12 jaar op de IC", with no years in teaching said: the earlier work
    is corrected (in place), not the years in teaching."""
    fact = reading.of("years")[0]
    if fact.target != "correction" or new.years is not None:
        return False
    for index in range(len(new.earlier_work or []) - 1, -1, -1):
        phrase = new.earlier_work[index]
        if YEARS_IN_PHRASE.search(phrase):
            new.earlier_work[index] = YEARS_IN_PHRASE.sub(f"{fact.value} jaar", phrase, count=1)
            return True
    return False


def _apply_audience(new: Profile, reading: Reading, correcting: bool, requested_slot: Optional[str]) -> None:
    denied = [f.value for f in reading.of("audience", negated=True)]
    stated = reading.of("audience")
    if new.audience in denied:
        new.audience = None
    if not stated:
        if denied and new.audience is None and "leraar" not in denied and (new.years or new.sector):
            new.audience = "leraar"  # "ik ben geen student!!" from someone who teaches in groep 6 for 11 years
        return
    fact = stated[0]
    if new.audience is None or denied or correcting or requested_slot == "audience":
        new.audience = fact.value
    elif fact.value != new.audience and not fact.assumed:
        # Said in so many words replaces what was assumed; "alleen lesgeven nu" from a side-entrant does not
        # make them stop being one (a side-entrant who says "ik ben leraar" is still one, unless they corrected;
        # a correction or a graduation was handled above).
        if not (fact.value == "leraar" and new.audience in ("student", "zij_instromer")):
            new.audience = fact.value
    if new.audience == "student" and new.stage is None:
        new.stage = "in_opleiding"


def _points_at(text: str, role_id: str, matcher: Matcher) -> bool:
    return any(hit.id == role_id for hit in matcher.match(text).roles)


def _drop_denied_task(new: Profile, fact: Fact, matcher: Matcher) -> None:
    """"ik ben geen mentor meer": the tasks that named the role go, and the role is not suggested again."""
    denied_roles = [hit.id for hit in matcher.match(fact.words).negated_roles] or \
                   [hit.id for hit in matcher.match(fact.words).roles]
    for role_id in denied_roles:
        new.tasks = _without(new.tasks, lambda item, rid=role_id: _points_at(item, rid, matcher))
        new.excluded_roles = _add(new.excluded_roles, role_id)


def _reject(new: Profile, fact: Fact, matcher: Matcher) -> None:
    """A role or domain turned down: out of the suggestions. A whole domain turned down ("organiseren lijkt me
    toch niks") also takes out what was said to give energy about that domain only; one role turned down
    leaves what gives energy alone (the same words may point at other roles)."""
    if fact.target != "domain":
        new.excluded_roles = _add(new.excluded_roles, fact.value)
        return
    new.rejected_domains = _add(new.rejected_domains, fact.value)

    def only_that_domain(item: str) -> bool:
        domains = {hit.id for hit in matcher.match(item).domains}
        return domains == {fact.value}

    new.passions = _without(new.passions, only_that_domain)
    new.wishes = _without(new.wishes, only_that_domain)


def answered(profile: Profile, slot: str) -> bool:
    """Has the form's question for this slot been answered (also with "niets")?"""
    value = getattr(profile, slot, None)
    return value is not None


def question_slot_for_work(profile: Profile) -> str:
    """What the form asks after what gives energy: a side-entrant's earlier work, or else current tasks."""
    return "earlier_work" if profile.audience == "zij_instromer" else "tasks"


def enough_for_suggestions(profile: Profile) -> bool:
    """Suggestions can be given as soon as there is something that points at roles."""
    return profile.has_evidence()
