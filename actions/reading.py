"""Read one message once: the facts it states, who they are about and whether they are said or denied, and
what it asks for.

This is the one place where a user's words get their meaning. The Rasa server reads every message with it
(bot/runtime/message_reading.py) and stores the reading in the message's parse data; the action server
applies its facts to the profile (actions/profile.py) and answers its requests. Nothing downstream looks at
the raw text again for meaning, only to quote it.

A reading holds:
- facts about the user (audience, sector, subject, years and stage, what gives energy, current tasks,
  earlier work, wishes, rejected roles and domains, whether only teaching is done), each with its polarity
  ("ik ben geen mentor meer" is a denied task) and kept apart from facts about others ("mijn stagiaire van
  de pabo" does not make the user a student);
- how the work feels (distress or doubt), which is heard but never kept as something that gives energy;
- requests: a question, a role choice (by name, position, pointing or typed button label), deleting,
  what is known, a summary, restarting, and the other things a message can ask for.
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any, Dict, List, Optional, Sequence, Tuple

from actions import cues
from actions.context import Context, parse_payload
from actions.knowledge import AUDIENCE_IDS, STAGE_IDS, Knowledge, get_knowledge
from actions.lexicon import is_dutch_word, looks_like_gibberish
from actions.matching import NAME_WEIGHT, Matcher, get_matcher
from actions.normalize import normalize
from actions.text import MAX_TEXT_CHARS

FACT_KINDS = ("audience", "sector", "subject", "years", "stage", "teaching", "passion", "task", "earlier_work", "wish",
              "rejection", "nothing_extra", "less_teaching", "forget")
# A role named this strongly (its name or a synonym, a typo allowed) is named outright.
NAMED_OUTRIGHT = NAME_WEIGHT * 0.8


@dataclass
class Fact:
    kind: str  # one of FACT_KINDS
    value: str  # an id (audience, sector, stage, subject, role or domain), a number of years, or the user's phrase
    words: str = ""  # the user's words it was read from, tidied
    negated: bool = False  # said not to be so: "ik ben geen mentor meer", "organiseren lijkt me niks"
    about_other: bool = False  # about a colleague, a stagiaire, a partner: never applied to the profile
    assumed: bool = False  # a stage inferred from years of teaching: the reply says so
    target: str = ""  # for rejections "role" or "domain"; for a wish to lead a team or school "management"


@dataclass
class Requests:
    question: bool = False
    greeting: bool = False
    correction: bool = False  # "eigenlijk", "nee", "ik bedoel": what follows replaces what was said
    delete: Optional[str] = None  # "now": delete words given; "ask": unsure, confirm first
    privacy: bool = False  # privacy words (who reads this, is it stored)
    what_is_known: bool = False
    restart: bool = False
    summary: bool = False
    options: bool = False  # "wat past bij mij?", "wat zijn mijn opties?"
    choice: Optional[str] = None  # the role id the message picks or points at
    choice_how: str = ""  # name | position | pointer | words | label
    choice_cue: bool = False  # words that make it a choice ("ik kies", "die wil ik", "lijkt me wat")
    roles_named: List[str] = field(default_factory=list)  # named outright, not a person addressed ("mijn mentor")
    best_fit: bool = False
    ready_now: bool = False
    study_choice: bool = False
    stop_teaching: bool = False
    push_back: bool = False
    frustrated: bool = False
    resume: bool = False
    nothing_more: bool = False
    management: bool = False
    rules: List[str] = field(default_factory=list)  # salary | admission | qualification
    coming_back: bool = False
    abroad: bool = False
    outside_classroom: bool = False
    most_important: bool = False
    asks_for_all: bool = False
    about_a_new_role: bool = False
    four_questions: bool = False  # "welke vier vragen moet ik stellen?"
    wants_something_new: bool = False  # after the suggestions: "dat doe ik allemaal al", "ik zoek iets nieuws"
    named_stage: str = ""  # the one stage named ("en meester?")
    named_question: str = ""  # the one transition question named ("wat is facilitering?")
    wished_role: str = ""  # the role words in "als ik leescoordinator wil worden"
    asked_role: str = ""  # the role words in "wat doet een pestcoordinator?"
    named_domain: str = ""  # a domain named by the words of its name ("wat houdt organiseren in?")
    forget_topic: str = ""  # "vergeet wat ik over mijn klassen zei": the facts about it go, not the conversation


@dataclass
class Reading:
    text: str = ""
    facts: List[Fact] = field(default_factory=list)
    requests: Requests = field(default_factory=Requests)
    worry: Optional[str] = None  # distress | doubt
    gibberish: bool = False
    button: Optional[Dict[str, Any]] = None  # the payload a button click or a typed button label stands for

    def entities(self) -> Dict[str, str]:
        """The role, domain, stage and audience the message names, as Rasa entities (the actions and the
        dialogue read them there): the reading's matcher copes with typos, compounds and inflections."""
        found: Dict[str, str] = {}
        requests = self.requests
        role = requests.choice if requests.choice_how in ("name", "label") else ""
        role = role or (requests.roles_named[0] if requests.roles_named else "")
        if role:
            found["role"] = role
        if requests.named_domain:
            found["domain"] = requests.named_domain
        if requests.named_stage:
            found["stage"] = requests.named_stage
        stated = [f.value for f in self.of("audience") if not f.assumed]
        if stated:
            found["audience"] = stated[0]
        return found

    def of(self, kind: str, negated: Optional[bool] = False) -> List[Fact]:
        """The user's own facts of a kind (denied ones with negated=True, both with None)."""
        return [f for f in self.facts if f.kind == kind and not f.about_other
                and (negated is None or f.negated == negated)]

    def first(self, kind: str) -> Optional[str]:
        facts = self.of(kind)
        return facts[0].value if facts else None

    @property
    def self_facts(self) -> List[Fact]:
        return [f for f in self.facts if not f.about_other]

    def profile_fact_count(self) -> int:
        """How many facts about the user's own work the message gives (denials and corrections count)."""
        counted = {"audience", "sector", "subject", "years", "stage", "teaching", "passion", "task", "earlier_work",
                   "wish", "rejection", "nothing_extra", "less_teaching"}
        return sum(1 for f in self.self_facts if f.kind in counted)

    def as_dict(self) -> Dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Optional[Dict[str, Any]]) -> Optional["Reading"]:
        if not isinstance(data, dict):
            return None
        try:
            facts = [Fact(**f) for f in data.get("facts") or []]
            requests = Requests(**(data.get("requests") or {}))
        except TypeError:
            return None  # read by an older version: read again
        return cls(text=data.get("text") or "", facts=facts, requests=requests, worry=data.get("worry"),
                   gibberish=bool(data.get("gibberish")), button=data.get("button"))


# --- clauses ------------------------------------------------------------------------------------------


@dataclass
class _Clause:
    raw: str
    norm: str
    core: str  # norm without leading fillers ("nee, eigenlijk ...")
    negated: bool
    about_other: bool
    question: bool


_JOINED = "_en_"  # " en " inside a term of the knowledge, kept from splitting the clause


def _terms_with_and(knowledge: Knowledge) -> Optional["re.Pattern[str]"]:
    """The knowledge's terms with "en" inside ("zorg en welzijn"): one subject, not two clauses."""
    cached = _TERMS_WITH_AND.get(id(knowledge))
    if cached is None:
        terms = {word for background in knowledge.backgrounds.values() for word in background.words
                 if " en " in word}
        terms |= {word for role in knowledge.roles.values() for word in (*role.keywords, *role.synonyms)
                  if " en " in word}
        pattern = "|".join(re.escape(term) for term in sorted(terms, key=len, reverse=True))
        cached = _TERMS_WITH_AND[id(knowledge)] = (re.compile(rf"\b({pattern})\b", re.I) if pattern else None,)
    return cached[0]


_TERMS_WITH_AND: Dict[int, tuple] = {}


def _clauses(text: str, knowledge: Optional[Knowledge] = None) -> List[_Clause]:
    clauses: List[_Clause] = []
    about_other = False
    terms = _terms_with_and(knowledge) if knowledge is not None else None
    if terms is not None:
        text = terms.sub(lambda match: match.group(0).replace(" en ", _JOINED), text)
    for match in re.finditer(r"[^.;!?,]+[.;!?,]*", text):
        parts = cues.CLAUSE_SPLIT.split(match.group(0))
        piece = match.group(0).replace(_JOINED, " en ")
        for part in parts:
            part = part.replace(_JOINED, " en ") if part else part
            if not part or not part.strip() or normalize(part) in cues.CONNECTIVES:
                continue
            norm = normalize(part)
            core = cues.FILLER.sub("", norm).strip()
            if not core:
                continue
            if cues.OTHER_SUBJECT.match(core):
                about_other = True
            elif cues.SELF_WORDS.search(core):
                about_other = False  # "ik ..."; a clause without a subject goes on about whoever the last one was
            negated = bool(cues.NEGATION.search(core)) and not cues.NOT_A_NEGATION.search(core)
            clauses.append(_Clause(part.strip(" ,.;"), norm, core, negated, about_other, cues.is_question(piece)))
    for before, after in zip(clauses, clauses[1:]):
        # "en onderzoek doen, kan dat ook als leerkracht?": the words before the question are what it asks about.
        if after.question and cues.POINTS_BACK_IN_A_QUESTION.match(after.core) and not before.question \
                and not cues.SELF_WORDS.search(before.core) and len(before.core.split()) <= 6:
            before.question = True
    return clauses


def _mask_others(norm: str) -> str:
    """The text without the people it mentions besides the user ("mijn stagiaire van de pabo")."""
    masked = re.sub(cues.OTHER_PERSON.pattern + r"(\s+(van|uit|op|aan|bij)\s+(de\s+|het\s+)?\w+)?", " ", norm)
    return re.sub(r"\s+", " ", masked).strip()


def _without_te(phrase: str) -> str:
    """"stagiairs te begeleiden" -> "stagiairs begeleiden"; a separable verb becomes one word again
    ("met bedrijven samen te werken" -> "met bedrijven samenwerken"), so the matcher still knows it."""
    words = phrase.split(" ")
    if len(words) < 2 or words[-2] != "te":
        return phrase
    head, verb = words[:-2], words[-1]
    # "op weg te helpen" stays "op weg helpen": after a preposition the word is no verb prefix.
    if head and head[-1] in cues.SEPARABLE_PREFIXES and not (len(head) > 1 and head[-2] in cues.QUESTION_PREPOSITIONS):
        head, verb = head[:-1], head[-1] + verb
    return " ".join(head + [verb])


def tidy(clause: str, kind: str = "") -> str:
    """The user's words of a clause, for quoting and for the summary: without chat filler, and for what gives
    energy without the framing ("ik vind X echt leuk" -> "X")."""
    text = re.sub(r"\s+", " ", re.sub(r"[^\w\s'&/+,-]", " ", clause)).strip(" ,.-")
    text = cues.CHAT_FILLER_LEAD.sub("", text)
    if kind == "teaching":
        core = cues.TEACHING_LEAD.sub("", text).strip(" ,")
        return core if len(core) >= 3 else text
    if kind != "passion":
        return text
    core = cues.PHRASE_TAIL.sub("", cues.PHRASE_LEAD.sub("", text)).strip(" ,")
    core = _without_te(core)
    if core.startswith("dat ") and len(core.split()) >= 2:
        core = core[4:]  # "(ik merk dat ik) dat begeleiden (echt leuk vind)"
    return core if len(core) >= 3 else text


# --- who, where, how long ------------------------------------------------------------------------------


def _audience(norm: str, matcher: Matcher, requested: Optional[str]) -> Optional[str]:
    """Who the user is, from what they say about themselves (others already masked, questions left out)."""
    teaches_a_subject = cues.TEACHES.search(norm) and _backgrounds(norm, matcher.knowledge, "subject")
    if cues.SIDE_ENTRY_SAID.search(norm):
        return "zij_instromer"
    teaching_now = cues.TEACHER.search(norm) and (_teaching_years(norm) is not None or cues.TEACHER_SAID.search(norm))
    if (cues.STUDENT.search(norm) and not cues.SUPERVISES_STUDENTS.search(norm) and not cues.GRADUATED.search(norm)
            and not teaching_now):
        return "student"
    if cues.SIDE_ENTRY.search(norm):
        return "zij_instromer"
    # "sta nog niet voor de klas": not a teacher yet, so who it is stays open.
    # "ik geef lo op een middelbare school": teaching a subject says teacher too.
    teacher = (cues.TEACHER.search(norm) or teaches_a_subject) and not cues.NOT_YET_TEACHING.search(norm)
    # A profession outside education says side entry only with words about work before teaching ("ik was 10
    # jaar verpleegkundige") or as the answer to who you are; a bare "teamleider" is no story about yourself.
    earlier = cues.EARLIER_WORK.search(norm) or requested in ("audience", "earlier_work")
    if _professions(norm, matcher.knowledge) and earlier and (not teacher or cues.EARLIER_WORK.search(norm)):
        return "zij_instromer"
    if teacher:
        return "leraar"
    for audience, pattern in cues.AUDIENCE_WORDS.items():
        if pattern.match(norm):
            return audience
    return None


def _sector(norm: str) -> Optional[str]:
    for sector, pattern in cues.SECTORS:
        if pattern.search(norm):
            return sector
    return None


def _number(raw: str) -> int:
    return int(raw) if raw.isdigit() else cues.NUMBER_WORDS[raw]


def _years_since(since: "re.Match") -> int:
    """"sinds 2009" (cues.SINCE_YEAR) in years up to this year."""
    return max(date.today().year - int(since.group(1)), 0)


def _teaching_years(norm: str) -> Optional[int]:
    """Years in teaching, when the text ties a number of years to teaching ("sinds 2015" counts too)."""
    since = cues.SINCE_YEAR.search(norm)
    if since and cues.TEACHING_CONTEXT.search(norm):
        return _years_since(since)
    around = cues.YEARS_AROUND.search(norm)
    if around and cues.TEACHING_CONTEXT.search(norm):
        return int(around.group(2))
    # Per clause, so "ik was 10 jaar monteur en sta nu 2 jaar voor de klas" gives 2.
    clauses = [c for c in re.split(r",|;|\.|\b(?:en|maar)\b", norm) if c and c.strip()]
    for context_ok in (lambda c: cues.TEACHING_CONTEXT.search(c),
                       lambda c: cues.WEAK_TEACHING_CONTEXT.search(c) and not cues.EARLIER_WORK.search(c)):
        for clause in clauses:
            if cues.PER_PERIOD.search(clause):
                continue
            match = min(cues.YEARS.finditer(clause), key=lambda m: not m.group(1).isdigit(), default=None)
            if match and context_ok(clause) and not cues.EARLIER_WORK.search(clause):
                return _number(match.group(1))
    # "leerkracht groep 6 en ict-coordinator, 7 jaar": the years stand apart from the teaching words.
    alone = [c for c in clauses if cues.YEARS_ALONE.fullmatch(c)]
    if alone and cues.TEACHING_CONTEXT.search(norm) and not cues.EARLIER_WORK.search(norm):
        return int(re.search(r"\d{1,2}", alone[0]).group())
    return None


def stage_from_years(years: int) -> str:
    # The publication ties no years to stages; the first years are the induction phase.
    return "startend" if years <= 3 else "ervaren"


def _stage(norm: str, audience_here: Optional[str], audience: Optional[str]) -> Tuple[Optional[str], bool]:
    """(stage, assumed from years) from the words of a message; `audience_here` is who this message says the
    user is, `audience` who they are as far as known."""
    for stage, pattern in cues.STAGE_WORDS:
        if stage == "in_opleiding" and (cues.SUPERVISES_STUDENTS.search(norm) or cues.GRADUATED.search(norm)):
            continue
        if pattern.search(norm):
            return stage, False
    if cues.STARTS_LATER.search(norm) and not cues.STANDS_FOR_CLASS_YEARS.search(norm):
        # A graduate starts as a starter; a side-entrant's or student's path to the class is still training.
        return ("startend" if audience == "leraar" else "in_opleiding"), False
    years = _teaching_years(norm)
    if years is not None:
        return stage_from_years(years), True
    if cues.MONTHS_OR_WEEKS.search(norm) and cues.TEACHING_CONTEXT.search(norm) and not cues.EARLIER_WORK.search(norm):
        return "startend", False  # "ik sta nu 4 maanden voor de klas"
    if audience_here == "student":
        return "in_opleiding", False
    return None, False


def _stage_from_answer(norm: str) -> Tuple[Optional[str], Optional[int]]:
    """Stage (and years) from a short answer to "how long do you teach?": '6', 'sinds 2019', 'nog niet'."""
    if cues.AGE.search(norm.strip()):
        return None, None  # "ik ben 52": an age
    years = _teaching_years(norm)
    if years is not None:
        return stage_from_years(years), years
    if cues.EARLIER_WORK.search(norm):
        return None, None  # "ik werkte 15 jaar als hr-adviseur": years, but not in teaching
    since = cues.SINCE_YEAR.search(norm)
    if since:
        years = _years_since(since)
        return stage_from_years(years), years
    if cues.MONTHS_OR_WEEKS.search(norm):
        return "startend", None  # "4 maanden", "een paar weken": not years
    if cues.PER_PERIOD.search(norm):
        return None, None  # "ik werk nog 1 dag per week in het ziekenhuis": how much, not how long
    digits = re.search(r"\b(\d{1,2})\b", norm)
    if digits:
        return stage_from_years(int(digits.group(1))), int(digits.group(1))
    words = cues.YEARS.search(norm)
    if words:
        years = _number(words.group(1))
        return stage_from_years(years), years
    if cues.NOT_YET_TEACHING.search(norm):
        return "in_opleiding", None
    if cues.LONG_TIME.search(norm):
        return "ervaren", None
    return None, None


def _backgrounds(norm: str, knowledge: Knowledge, kind: str) -> List[Tuple[str, str]]:
    """(background id, the words used) for the professions or subjects the text names."""
    found: List[Tuple[str, str]] = []
    for background in knowledge.backgrounds.values():
        if background.kind != kind:
            continue
        for word in background.words:
            key = normalize(word)
            # A subject also names a teacher in one word: "geschiedenisdocent", "wiskundeleraar".
            compound = r"(docent|leraar|lerares|juf|sectie)?" if kind == "subject" else ""
            if key and re.search(rf"\b{re.escape(key)}{compound}\b", norm):
                found.append((background.id, word))
                break
    return found


def _professions(norm: str, knowledge: Knowledge) -> List[Tuple[str, str]]:
    return _backgrounds(norm, knowledge, "profession")


# --- the work: what gives energy, what you do, what you want ----------------------------------------------


def _is_only_profile_facts(core: str) -> bool:
    """'ik ben 8 jaar docent', 'ik zit op de pabo': says who, not what."""
    stripped = cues.ONLY_PROFILE_WORDS.sub(" ", core)
    stripped = cues.NUMBER_WORD.sub(" ", stripped)
    return not stripped.strip()


def _work_facts(clauses: Sequence[_Clause], matcher: Matcher, context: Context, is_side_entrant: bool,
                audience_is_student: bool = False) -> List[Fact]:
    """Passions, tasks, earlier work, wishes and rejections, clause by clause."""
    facts: List[Fact] = []
    requested = context.requested_slot
    previous: Optional[str] = None
    energy_elsewhere = any(cues.ENERGY.search(clause.core) for clause in clauses)
    for clause in clauses:
        core = clause.core
        if clause.question or cues.ABOUT_THE_CONVERSATION.search(core) or cues.NO_EXTRA_TASKS.search(clause.norm):
            continue
        name = cues.NAME_INTRO.match(core)
        if name and re.search(r"\b" + name.group("name")[:1].upper() + name.group("name")[1:] + r"\b", clause.raw) \
                and not is_dutch_word(name.group("name")) and not matcher.match(name.group("name")).roles:
            continue  # "ik ben Sanne": a name is not needed, and not kept
        energy = bool(cues.ENERGY.search(core))
        wish = bool(cues.WISH.search(core))
        worry = cues.DISTRESS.search(core) or cues.DOUBT.search(core)
        result = matcher.match(clause.raw)
        if clause.negated:
            on_offer = set(context.offered_roles) | set(context.suggested_roles)
            facts.extend(_denials(clause, result, energy or wish, on_offer, matcher.knowledge))
            continue
        if worry and not energy:
            continue  # "ik loop op mijn tandvlees" is heard, not kept as a passion or a task
        if (cues.STOP_TEACHING.search(core) or cues.LESS_TEACHING.search(core)) and not clause.about_other \
                and not (result.roles and energy):
            continue  # "ik wil stoppen met lesgeven" is kept as less teaching (below), not as what gives energy
        if not result.roles and (cues.POINTS_BACK.match(core) or (energy and not _content_words(core))):
            # "ik begeleid een stagiaire en dat vind ik heel leuk", "ik krijg er energie van": the energy is in
            # what was just said; "dat gaat me prima af" only comments on it.
            told = next((f for f in reversed(facts) if f.kind in ("task", "earlier_work", "teaching")), None)
            if told and energy:
                # "mijn mentor is ib'er en dat lijkt me wat": the work, not the person who does it, gives energy.
                words = _work_of_others(told.words, matcher) if told.about_other else told.words
                facts.append(Fact("passion", tidy(words, "passion"), tidy(words, "passion"),
                                  about_other=clause.about_other))
            continue
        if (cues.LESS_OF.search(core) and (result.roles or result.domains) and not clause.about_other
                and not cues.LESS_TEACHING.search(core)):
            # "ik wil juist minder regelen": less of that work, so not suggested.
            facts.extend(_denials(clause, result, True, set(), matcher.knowledge, less_of=True))
            previous = "wish" if wish else previous
            continue
        if not (energy or wish) and requested != "passions" and _only_says_what_you_teach(core, result, matcher.knowledge):
            # "ik ben docent biologie op een havo": what and where you teach; what you do besides is still open.
            if not is_side_entrant or not earlier_work_cue(core, matcher):
                # A student teaching on placement ("op stage geef ik rekenles in groep 5"): that is what they do.
                kind = "task" if audience_is_student and cues.INTERNSHIP.search(core) else "teaching"
                if cues.TEACHING_DETAIL.search(core) or _backgrounds(core, matcher.knowledge, "subject"):
                    facts.append(Fact(kind, tidy(clause.raw, kind), tidy(clause.raw), about_other=clause.about_other))
                    previous = kind
                continue
        if _is_only_profile_facts(core) and not (energy or wish):
            if cues.CLASS_TAUGHT.search(core) and not clause.about_other:
                # "ben sinds september zij-instromer in groep 4": the class taught is what you teach.
                kind = "task" if audience_is_student and cues.INTERNSHIP.search(core) else "teaching"
                facts.append(Fact(kind, tidy(clause.raw, kind), tidy(clause.raw)))
                previous = kind
            continue
        if cues.MANAGEMENT.search(core) and not (energy or wish or cues.SELF_WORDS.search(core)):
            continue  # a bare "teamleider": a question about that role, not something the user does
        earlier = earlier_work_cue(core, matcher) if is_side_entrant else cues.EARLIER_WORK.search(core)
        goes_on = previous is not None and not cues.SELF_WORDS.search(core)  # "..., 12 jaar op de IC"
        does = any(m.group(0) not in cues.WEAK_TASK_WORDS for m in cues.TASK.finditer(core))  # "doe ik de schoolkrant"
        if not (requested or energy or wish or earlier or goes_on or does or result.roles or result.domains
                or _backgrounds(core, matcher.knowledge, "subject")):
            continue  # unasked, "ik ben" or "ik heb" with nothing the knowledge knows is no fact: "ik ben weg"
        if wish and not energy:
            kind = "wish"
        elif energy:
            kind = "passion"
        elif previous in ("wish", "passion") and not cues.SELF_WORDS.search(core):
            kind = previous  # "ik wil minder regelen en meer met de leerlingen bezig zijn": the wish goes on
        elif earlier and is_side_entrant:
            kind = "earlier_work"
        elif cues.TASK.search(core) or result.roles:
            # Asked for energy, a clause that says it is what gives energy; "ik vind toetsen maken interessant. ik
            # zit ook in de examencommissie": with the energy said elsewhere, an "ik" clause of its own is a task.
            answers_energy = requested == "passions" and not (energy_elsewhere and cues.SELF_WORDS.search(core))
            kind = "passion" if answers_energy else ("earlier_work" if is_side_entrant and earlier else "task")
        else:
            kind = previous or {"passions": "passion", "tasks": "task", "earlier_work": "earlier_work"}.get(requested or "")
        if kind is None:
            continue
        if facts and kind == previous and not (energy or wish or cues.TASK.search(core)) and len(core.split()) <= 3:
            # "ik organiseer de sportdagen en het skikamp": a fragment goes on with the clause before it.
            last = facts[-1]
            joined = f"{last.words} en {clause.raw.strip()}"
            facts[-1] = Fact(last.kind, tidy(joined, last.kind), joined, about_other=last.about_other, target=last.target)
            continue
        if kind == "task" and is_side_entrant and (requested == "earlier_work" or not cues.NOW.search(core)):
            kind = "earlier_work"  # a side-entrant tells what they bring; "nu", "naast" mark the work at school
        phrase = tidy(clause.raw, kind)
        management = kind == "wish" and cues.MANAGEMENT.search(core)
        facts.append(Fact(kind, phrase, phrase, about_other=clause.about_other, target="management" if management else ""))
        previous = kind
    return facts


def _work_of_others(words: str, matcher: Matcher) -> str:
    """What someone else does, without the person: "mijn mentor daar is ook ib'er" -> "ib'er"."""
    without = re.sub(cues.OTHER_PERSON.pattern, " ", words, flags=re.I)
    quotes = [q for hit in matcher.match(without).roles for q in hit.evidence]
    return " en ".join(dict.fromkeys(quotes)) if quotes else words


def _content_words(core: str) -> List[str]:
    """The words of a clause that say what it is about, without the energy cue, filler and pronouns."""
    rest = cues.ENERGY.sub(" ", core)
    return [w for w in rest.split() if w not in cues.NO_CONTENT_WORDS and len(w) > 2]


def earlier_work_cue(core: str, matcher: Matcher) -> bool:
    """Words about work before teaching: "ik werkte", "hiervoor", or a profession outside education."""
    return bool(cues.EARLIER_WORK.search(core) or _professions(core, matcher.knowledge))


def _only_says_what_you_teach(core: str, result, knowledge: Knowledge) -> bool:
    """Only that you teach (a subject, a class, a school), no task besides: "docent wiskunde in het vo",
    "ik doe geschiedenis hoor"."""
    if cues.MORE_THAN_TEACHING.search(core) or any(hit.score >= NAMED_OUTRIGHT and not hit.only_a_school_type
                                                   for hit in result.roles):
        return False
    if cues.PLAIN_TEACHING.search(core):
        return True
    subjects = _backgrounds(core, knowledge, "subject")
    rest = core
    for _, words in subjects:
        rest = re.sub(rf"\b{re.escape(normalize(words))}\w*", " ", rest)
    return bool(subjects) and not cues.ONLY_PROFILE_WORDS.sub(" ", cues.SUBJECT_FRAME.sub(" ", rest)).strip()


def _names_the_domain(core: str, domain_id: str, knowledge: Knowledge) -> bool:
    """Whether a clause speaks of the domain itself ("organiseren", "collega's"), by the words of its name."""
    domain = knowledge.domains[domain_id]
    name_words = {w[:6] for w in normalize(f"{domain.name} {domain.short}").split()
                  if len(w) >= 5 and w not in cues.GENERIC_DOMAIN_WORDS}
    return any(w[:6] in name_words for w in core.split() if len(w) >= 5)


def _denials(clause: _Clause, result, about_energy: bool, on_offer: set, knowledge: Knowledge,
             less_of: bool = False) -> List[Fact]:
    """A denied clause: roles and domains turned down, or a task no longer done ("geen mentor meer"). A role
    named, or one of the roles just offered ("die met de leerlijnen spreekt me niet aan"), is turned down
    itself; other words turn down their domain ("niks meer met collega's")."""
    facts: List[Fact] = []
    words = tidy(clause.raw)
    roles = result.negated_roles or result.roles
    named = [hit for hit in roles if hit.score >= NAMED_OUTRIGHT or hit.id in on_offer]
    domains = result.negated_domains or result.domains
    if domains and not named and not less_of and not _names_the_domain(clause.core, domains[0].id, knowledge):
        domains = []  # "geen extra vergaderingen": one kind of work, not the whole domain turned down
    if named or not domains:
        for hit in (named or roles)[:3]:
            facts.append(Fact("rejection", hit.id, words, negated=True, about_other=clause.about_other, target="role"))
    else:
        # "niks meer met collega's": a whole domain turned down, not one of its roles.
        facts.append(Fact("rejection", domains[0].id, words, negated=True, about_other=clause.about_other,
                          target="domain"))
    if named and not about_energy and cues.NO_LONGER.search(clause.core):
        facts.append(Fact("task", words, words, negated=True, about_other=clause.about_other))
    return facts


# --- the whole message -------------------------------------------------------------------------------------


def read(text: str, context: Context = Context(), knowledge: Optional[Knowledge] = None,
         matcher: Optional[Matcher] = None) -> Reading:
    """The reading of one message in its context."""
    knowledge = knowledge or get_knowledge()
    matcher = matcher or get_matcher()
    raw = (text or "").strip()[:MAX_TEXT_CHARS]
    if not raw:
        return Reading(text="")
    payload = parse_payload(raw)
    if payload is None:
        payload = _typed_button(raw, context)
        if payload is not None and "text" in payload:
            raw = payload["text"]  # an answer button: its payload is the words it stands for
            payload = None
    if payload is not None:
        return _reading_of_button(raw, payload, context)
    norm = normalize(raw)
    reading = Reading(text=raw, gibberish=looks_like_gibberish(raw))
    clauses = _clauses(raw, knowledge)
    # Facts come from what the user says about themselves, not from their questions ("wat doet een
    # ict-coordinator?") or from what they say about others.
    self_norm = _mask_others(" , ".join(c.norm for c in clauses if not c.about_other and not c.question))
    reading.requests = _requests(raw, norm, self_norm, clauses, context, matcher)
    reading.worry = "distress" if cues.DISTRESS.search(norm) else "doubt" if cues.DOUBT.search(norm) else None
    if reading.requests.forget_topic:
        # An order to forget what was said about something tells nothing new about the user.
        reading.facts = [Fact("forget", reading.requests.forget_topic, reading.requests.forget_topic)]
    elif not reading.gibberish and not cues.PLAIN_YES.match(norm):
        # "jkjkjk" and "ja graag" tell nothing about the user.
        reading.facts = _facts(raw, norm, self_norm, clauses, context, knowledge, matcher, reading.requests)
    return reading


def _facts(raw: str, norm: str, self_norm: str, clauses: Sequence[_Clause], context: Context, knowledge: Knowledge,
           matcher: Matcher, requests: Requests) -> List[Fact]:
    facts: List[Fact] = []
    requested = context.requested_slot
    denied = cues.NEGATED_AUDIENCE.search(self_norm)
    if denied:
        what = denied.group("what")
        value = next((a for a, p in cues.AUDIENCE_WORDS.items() if p.match(what)), None)
        if value:
            facts.append(Fact("audience", value, denied.group(0), negated=True))
        self_norm = self_norm.replace(denied.group(0), " ")
    choosing = requests.choice and (
        (requests.choice_how == "name" and cues.EXPLICIT_CHOICE.search(norm))
        or ((requests.choice_cue or requests.choice_how in ("position", "pointer"))
            and (context.has_suggestions or context.offered_roles or context.chosen_role)))
    if choosing:
        # "ik kies: Baan in een bedrijf naast het lesgeven" picks a role; it tells nothing new about the work.
        return _dedupe(_push_back(raw, norm, context, matcher))
    if requests.wants_something_new:
        # The roles just shown are what the user knows already: out of the suggestions, so new ones come.
        return [Fact("rejection", role, tidy(raw), negated=True, target="role") for role in context.suggested_roles]
    if requests.roles_named and requested is None and (context.has_suggestions or context.chosen_role) \
            and _only_a_role_name(raw, norm, matcher):
        # "Leraaronderzoeker" typed after the suggestions picks or asks about that role; it is no task (and
        # "leraar" in the compound says nothing about who the user is).
        return []
    audience = _audience(self_norm, matcher, requested)
    stated = False
    if audience:
        # Said in so many words ("ik ben zij-instromer", "ik zit op de pabo") or only inferred ("lesgeven").
        stated = bool(cues.SELF_AUDIENCE_STATEMENT.search(self_norm) or cues.GRADUATED.search(self_norm)
                      or cues.AUDIENCE_WORDS[audience].match(self_norm) or context.requested_slot == "audience")
        facts.append(Fact("audience", audience, raw, assumed=not stated))
    sector = _sector(self_norm)
    if sector:
        facts.append(Fact("sector", sector, raw))
    # Who the user is for reading the rest: what this message states, else what is known, else its guess.
    effective_audience = audience if stated else context.audience or audience
    stage, assumed = _stage(self_norm, audience, effective_audience)
    years = _teaching_years(self_norm)
    short = len(norm.split()) <= 5
    if stage is None and (requested == "stage" or (requested == "audience" and short and not context.stage)):
        stage, years = _stage_from_answer(self_norm)
        assumed = years is not None
    corrected = cues.YEARS.search(self_norm) if requests.correction and len(norm.split()) <= 12 else None
    since = cues.SINCE_YEAR.search(self_norm) if requests.correction and len(norm.split()) <= 12 else None
    if years is None and stage is None and (corrected or since):
        # "nee, eigenlijk 8 jaar", "correctie: sinds 2009"
        years = _number(corrected.group(1)) if corrected else _years_since(since)
        stage, assumed = stage_from_years(years), True
    if stage:
        facts.append(Fact("stage", stage, raw, assumed=assumed))
    if years is not None:
        # "nee wacht, het was eigenlijk 15 jaar": a number corrected without saying of what; the profile puts it
        # where the last number of years was (actions/profile.py).
        unanchored = requests.correction and not cues.TEACHING_CONTEXT.search(self_norm)
        facts.append(Fact("years", str(years), raw, target="correction" if unanchored else ""))
    # A subject said as what you teach ("docent biologie", "ik geef engels", "ik geef geen wiskunde maar
    # natuurkunde"), or as the answer to who you are.
    affirmed = _mask_others(" , ".join(c.norm for c in clauses if not c.about_other and not c.negated and not c.question))
    denied_part = _mask_others(" , ".join(c.norm for c in clauses if not c.about_other and c.negated and not c.question))
    if cues.TEACHES.search(self_norm) or (requested in ("tasks", "audience") and len(norm.split()) <= 6):
        for subject_id, words in _backgrounds(affirmed, knowledge, "subject"):
            facts.append(Fact("subject", subject_id, words))
        for subject_id, words in _backgrounds(denied_part, knowledge, "subject"):
            facts.append(Fact("subject", subject_id, words, negated=True))
    is_side_entrant = effective_audience == "zij_instromer"
    answers_work = requested in ("tasks", "earlier_work") or (context.has_suggestions and not requested)
    if answers_work and (cues.NOTHING_EXTRA.search(norm) or (requested == "tasks" and cues.ONLY_INTERNSHIP.match(norm))):
        facts.append(Fact("nothing_extra", tidy(raw), tidy(raw)))
    else:
        # A request for the summary is no fact: "graag een samenvatting om mee te nemen naar mijn teamleider".
        told = [c for c in clauses if not (requests.summary and cues.SUMMARY.search(c.norm))]
        work = _work_facts(told, matcher, context, is_side_entrant, effective_audience == "student")
        facts.extend(work)
        said_no_extra = any(cues.NO_EXTRA_TASKS.search(c.norm) for c in clauses if not c.about_other)
        if said_no_extra or (requested == "tasks" and work and all(f.kind == "teaching" for f in work)):
            # "verder heb ik geen extra taken", or "ik geef engels in 2 havo" as the answer to what you do
            # besides teaching: teaching, nothing else.
            facts.append(Fact("nothing_extra", tidy(raw), tidy(raw)))
    if requested == "passions" and cues.ONLY_TEACHING.search(norm) and not any(f.kind == "nothing_extra" for f in facts):
        # "ik geef alleen les" asked what gives energy: nothing besides teaching, and no energy named.
        facts = [f for f in facts if f.kind != "passion"] + [Fact("nothing_extra", tidy(raw), tidy(raw))]
    if _removes_one_fact(raw, norm, matcher):
        # The named role leaves the profile like "ik ben geen mentor meer" (actions/profile.py).
        facts = [f for f in facts if f.kind not in ("task", "passion", "audience")]
        facts += [Fact("task", knowledge.roles[role].name, tidy(raw), negated=True)
                  for role in _roles_named(raw, norm, matcher)]
    facts.extend(_push_back(raw, norm, context, matcher))
    if cues.LESS_TEACHING.search(norm) and not cues.is_question(raw):
        facts.append(Fact("less_teaching", tidy(raw), tidy(raw)))
    return _dedupe(facts)


def _push_back(raw: str, norm: str, context: Context, matcher: Matcher) -> List[Fact]:
    """"praktijkleren? ik doe geschiedenis hoor" or "nee, dat past niet bij mij" turns down a role just offered."""
    facts: List[Fact] = []
    echo = cues.ECHO_QUESTION.match(raw)
    if echo and (cues.NEGATION.search(norm) or cues.PUSH_BACK.search(norm) or cues.is_question(raw)):
        rest = normalize(raw[echo.end():])
        if rest and not rest.split()[0] in cues.QUESTION_STARTS:
            for hit in matcher.match(echo.group(1)).roles[:1]:
                if hit.score >= NAMED_OUTRIGHT:
                    facts.append(Fact("rejection", hit.id, echo.group(1).strip(), negated=True, target="role"))
    if not facts and cues.PUSH_BACK.search(norm) and cues.POINTING.search(norm) and len(norm.split()) <= 10:
        offered = context.offered_roles
        target = offered[0] if len(offered) == 1 else context.chosen_role
        if target:
            facts.append(Fact("rejection", target, tidy(raw), negated=True, target="role"))
    return facts


def _dedupe(facts: List[Fact]) -> List[Fact]:
    seen, unique = set(), []
    for fact in facts:
        key = (fact.kind, normalize(fact.value), fact.negated, fact.about_other)
        if key not in seen:
            seen.add(key)
            unique.append(fact)
    return unique


# --- what the message asks for --------------------------------------------------------------------------------


def _requests(raw: str, norm: str, self_norm: str, clauses: Sequence[_Clause], context: Context,
              matcher: Matcher) -> Requests:
    echo = cues.ECHO_QUESTION.match(raw)
    # "praktijkleren? ik doe geschiedenis hoor": a suggestion repeated back, then a statement.
    question = cues.is_question(raw[echo.end():] if echo and raw[echo.end():].strip() else raw)
    requests = Requests(question=question, greeting=bool(cues.GREETING.match(norm)),
                        # "ik ben afgestudeerd" changes who the user is, like a correction does
                        correction=bool(cues.CORRECTION.search(norm) or cues.GRADUATED.search(norm)
                                        or _removes_one_fact(raw, norm, matcher)))
    requests.forget_topic = cues.forget_topic(norm)
    requests.delete = None if requests.forget_topic else _delete_request(raw, norm, matcher)
    requests.privacy = bool(cues.PRIVACY.search(norm))
    requests.what_is_known = bool(cues.WHAT_IS_KNOWN.search(norm))
    requests.restart = bool(cues.RESTART.search(norm))
    requests.summary = bool(cues.SUMMARY.search(norm))
    requests.options = bool(cues.ASKS_FOR_OPTIONS.search(norm))
    requests.best_fit = bool(cues.WHICH_FITS_BEST.search(norm))
    requests.ready_now = bool(cues.READY_NOW.search(norm))
    requests.study_choice = bool(cues.STUDY_CHOICE.search(norm))
    requests.stop_teaching = bool(cues.STOP_TEACHING.search(norm))
    requests.push_back = bool(cues.PUSH_BACK.search(norm))
    requests.frustrated = bool(cues.FRUSTRATED.search(norm))
    requests.resume = bool(cues.RESUME.search(norm))
    requests.nothing_more = bool(cues.NOTHING_MORE.match(norm))
    # "wat moet ik regelen met mijn directeur?": the person to talk to, not a wish to lead.
    requests.management = any(not re.search(cues.POSSESSIVE + r"$", norm[:m.start()])
                              for m in cues.MANAGEMENT.finditer(norm))
    requests.rules = [name for name, pattern in (("salary", cues.SALARY), ("qualification", cues.QUALIFICATION))
                      if pattern.search(norm)]
    if cues.ADMISSION.search(norm) and cues.RULE_QUESTION.search(norm):
        requests.rules.append("admission")
    requests.coming_back = bool(cues.COMING_BACK.search(norm))
    requests.abroad = bool(cues.ABROAD.search(norm))
    requests.outside_classroom = bool(cues.OUTSIDE_THE_CLASSROOM.search(norm))
    requests.most_important = bool(cues.MOST_IMPORTANT.search(norm))
    requests.asks_for_all = bool(cues.ASKS_FOR_ALL.search(norm))
    requests.about_a_new_role = bool(cues.ABOUT_A_NEW_ROLE.search(norm))
    requests.four_questions = bool(cues.FOUR_QUESTIONS.search(norm))
    requests.wants_something_new = bool(context.has_suggestions and cues.WANTS_SOMETHING_NEW.search(norm)
                                        and not question)
    requests.named_stage = _only_one(norm, cues.STAGE_NAMES)
    requests.named_domain = next((hit.id for hit in matcher.match(raw).domains
                                  if _names_the_domain(norm, hit.id, matcher.knowledge)), "")
    requests.named_question = _only_one(norm, cues.QUESTION_NAMES)
    wished = cues.WISHED_ROLE.search(norm)
    if wished:
        words = wished.group("a") or wished.group("b")
        requests.wished_role = "" if words in cues.NOT_A_ROLE else words
    asked = cues.ROLE_QUESTION.match(raw.strip().lower())
    requests.asked_role = asked.group("what").strip(" ?!.") if asked else ""
    if not requests.asked_role and question:
        # "welke rol is dat dan precies, ict-coördinator?": a role compound ending the question is what it asks about.
        words = re.findall(r"[\w'-]+", raw.lower())
        head = cues.ROLE_HEAD.search(normalize(words[-1])) if words else None
        if head and len(normalize(words[-1])) > len(head.group(0)) + 2:
            requests.asked_role = words[-1]
    own = " , ".join(c.raw for c in clauses if not c.about_other)  # "mijn duo-collega doet de MR" is not about the user
    requests.roles_named = _roles_named(own, normalize(own), matcher)
    requests.choice_cue = bool(cues.CHOICE.search(norm)) and not cues.PUSH_BACK.search(norm)
    requests.choice, requests.choice_how = _choice(norm, requests, context, matcher, raw,
                                                   denied=any(c.negated for c in clauses))
    return requests


def _delete_request(raw: str, norm: str, matcher: Matcher) -> Optional[str]:
    """"now" for an order to delete (also a polite one in question form), "ask" when unsure what is to go."""
    if cues.DELETE.search(norm):
        if cues.is_question(raw) and cues.DELETE_AS_POLICY_QUESTION.search(norm) and not cues.POLITE_REQUEST.search(norm):
            return None  # "wordt dit gewist?", "hoe lang bewaar je dit?": a question, answered with the facts
        if cues.DONT_DELETE.search(norm) and not cues.DONT_STORE.search(norm):
            return None  # "vergeet dat niet": no order to delete
        if _removes_one_fact(raw, norm, matcher):
            return None  # "haal mentor maar weg": that fact goes (a correction), not the conversation
        return "now"
    if cues.STORAGE.search(norm) and cues.NOT_WORDS.search(norm) and not cues.is_question(raw):
        return "now"  # "sla dit niet op", "onthoud hier niks van"
    return None


def _removes_one_fact(raw: str, norm: str, matcher: Matcher) -> bool:
    """A delete or strike-out order for a role of the profile, with nothing of the conversation as a whole:
    "haal mentor maar weg", "streep decaan door in mijn profiel"."""
    return bool((cues.DELETE.search(norm) or cues.STRIKE_OUT.search(norm)) and not cues.DATA_OBJECT.search(norm)
                and _roles_named(raw, norm, matcher))


def _only_a_role_name(raw: str, norm: str, matcher: Matcher) -> bool:
    """The message is a role's name and little else: "Leraaronderzoeker", "de toetscoördinator dan"."""
    hits = [hit for hit in matcher.match(raw).roles if hit.named]
    if not hits:
        return False
    rest = norm
    for quote in hits[0].evidence:
        rest = rest.replace(normalize(quote), " ")
    return all(word in cues.AROUND_A_NAME for word in rest.split())


def _only_one(norm: str, names: Dict[str, str]) -> str:
    """The one id whose words the text uses; empty when it names none or several."""
    found = [key for key, words in names.items() if re.search(rf"\b({words})\b", norm)]
    return found[0] if len(found) == 1 else ""


def _addressed(norm: str, words: str) -> bool:
    """'aan mijn stagebegeleider vragen': a person the user talks about, not a role they ask about."""
    return bool(words) and re.search(cues.POSSESSIVE + re.escape(normalize(words)), norm) is not None


def _roles_named(raw: str, norm: str, matcher: Matcher) -> List[str]:
    return [hit.id for hit in matcher.match(raw).roles[:3]
            if hit.score >= NAMED_OUTRIGHT and not hit.only_a_school_type
            and not any(_addressed(norm, q) for q in hit.evidence)]


def _choice(norm: str, requests: Requests, context: Context, matcher: Matcher, raw: str,
            denied: bool = False) -> Tuple[Optional[str], str]:
    """The role the message picks or points at, and how; (None, "") when it picks none. `denied`: a clause of the
    message says no ("die met de mr spreekt me niet aan"); a "nee" before a change of mind does not."""
    offered = context.offered_roles
    listed = offered if len(offered) > 1 else list(context.suggested_roles)
    if denied:
        return None, ""
    position = cues.ORDINAL.search(norm)
    if position and listed:
        word = position.group(2) or position.group(3)
        index = cues.ORDINALS.get(word)
        if index is not None and -len(listed) <= index < len(listed):
            return listed[index], "position"
    if requests.roles_named:
        return requests.roles_named[0], "name"
    if len(offered) == 1 and cues.POINTING.search(norm) and len(norm.split()) <= 8 and not requests.question:
        return offered[0], "pointer"
    if not offered and len(context.suggested_roles) == 1 and cues.POINTING.search(norm) and len(norm.split()) <= 8 \
            and not requests.question:
        return context.suggested_roles[0], "pointer"  # "oke die wil ik" when one role was suggested
    hits = matcher.match(raw).roles
    if context.suggested_roles and not requests.question:
        on_offer = set(context.suggested_roles)
        offered_hits = [h for h in hits if h.id in on_offer]
        if offered_hits:
            best = max(h.score for h in offered_hits)
            close = [h for h in offered_hits if h.score >= best * 0.75]
            if len(close) == 1:
                return close[0].id, "words"
    something_shown = offered or context.suggested_roles or context.chosen_role
    if requests.choice_cue and hits and something_shown and not requests.question and (
            len(hits) == 1 or hits[0].score >= 1.5 * hits[1].score):
        return hits[0].id, "words"  # "die met de leerlijnen" for a role not among the suggestions
    return None, ""


# --- buttons -----------------------------------------------------------------------------------------------


def _typed_button(raw: str, context: Context) -> Optional[Dict[str, Any]]:
    """A typed button label ("alleen lesgeven", "Zet het op een rij") stands for its payload."""
    norm = normalize(raw)
    for title, payload in context.buttons:
        if norm and normalize(title) == norm:
            break
    else:
        yes = [(t, p) for t, p in context.buttons if normalize(t).startswith("ja ")]
        if not (len(yes) == 1 and cues.PLAIN_YES.match(norm)):
            return None
        title, payload = yes[0]  # "ja" to "Wil je dat ik alles wis?" is the "Ja, wis alles" button
    parsed = parse_payload(payload)
    return parsed if parsed is not None else {"text": payload}


def _reading_of_button(raw: str, payload: Dict[str, Any], context: Context) -> Reading:
    """A click (or its typed label): the facts and the choice its payload carries."""
    entities = payload.get("entities") or {}
    reading = Reading(text=raw if not raw.startswith("/") else "", button=payload)
    audience = entities.get("audience")
    if audience in AUDIENCE_IDS:
        reading.facts.append(Fact("audience", audience, audience))
    stage = entities.get("stage")
    if stage in STAGE_IDS:
        reading.facts.append(Fact("stage", stage, stage))
    role = entities.get("role")
    if isinstance(role, str) and role:
        reading.requests.roles_named = [role]
        if payload.get("intent") == "choose_role":
            reading.requests.choice, reading.requests.choice_how = role, "label"
    if payload.get("intent") == "forget_me":
        reading.requests.delete = "now"  # the confirm button is an explicit order
    return reading
