"""The Beroepsbeeld as data: load, validate and look up `knowledge/*.yml`.

One source of truth for everything the assistant says about careers. A school
colours it in with files under `knowledge/local/` (or the folder named by
LOOPBAANWIJZER_LOCAL_DIR): add, rename and hide roles, and add its own notes per
transition question. Every mistake in those files is reported once, naming the
file, the item and what is wrong, before the assistant starts.

Two kinds of words are kept apart in the files so a reviewer can check them
against the publication: `synonyms` / `keywords` (the publication's own names
and plain words for the work) and `school_synonyms` / `school_keywords` (names
Dutch schools use that the publication does not, such as "intern begeleider").
The loader merges them, so matching treats both alike; the school part stays
readable on the item (`Role.school_synonyms`, `Role.school_keywords`).

`knowledge/framing.yml` holds the publication's own framing (inspiration, not a
prescription; growth in the profession; ...), each sentence with its source,
as `Knowledge.framing[<id>]` for the replies to use.
"""
from __future__ import annotations

import difflib
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, Iterable, List, Optional, Tuple

import yaml

from actions.normalize import normalize

KNOWLEDGE_DIR = Path(__file__).resolve().parent.parent / "knowledge"
LOCAL_DIR_ENV = "LOOPBAANWIJZER_LOCAL_DIR"

DOMAIN_IDS = ("leren_leerlingen", "onderwijs_ontwikkelen", "onderwijs_organiseren", "collegas_ondersteunen")
STAGE_IDS = ("in_opleiding", "startend", "ervaren", "meester")
QUESTION_IDS = ("toelating", "ondersteuning", "facilitering", "erkenning")
AUDIENCE_IDS = ("leraar", "student", "zij_instromer")
LEVELS = ("team", "school", "lokaal", "landelijk")
SECTORS = ("po", "vo", "mbo")
# The publication's framing, one cited sentence (or two) each; see knowledge/framing.yml.
FRAMING_IDS = (
    "inspiration",  # domains and figure are not prescriptive, meant as inspiration (§1.2 kanttekeningen)
    "growth_in_profession",  # growth in the profession, not out of it (§1.2 kanttekeningen)
    "identity",  # growth also concerns identity and personal professionalism (§1.3 kwaliteit en identiteit)
    "school_policy",  # the routes depend on the school's policy and possibilities (§1.3 Loopbaanpaden)
    "shared_task",  # the four questions: the school's strategic HR task; consultation at every level
    "recognition",  # formal recognition can be developed for other roles, but is not necessary (§1.3 erkenning)
    "ownership",  # the teacher stays owner of their development (§1.3 Vraagstukken, end)
    "not_yet_common",  # most schools do not yet look at the profession in these terms (§2)
)


class KnowledgeError(ValueError):
    """One or more problems in the knowledge files, each naming file and item."""

    def __init__(self, problems: List[str]):
        self.problems = problems
        super().__init__("\n".join(problems))


@dataclass(frozen=True)
class Domain:
    id: str
    name: str
    short: str
    explanation: str
    keywords: Tuple[str, ...]  # including school_keywords
    source: str
    core: bool = False
    levels: Tuple[str, ...] = ()
    school_keywords: Tuple[str, ...] = ()  # the part of `keywords` that is school vocabulary


@dataclass(frozen=True)
class Stage:
    id: str
    name: str
    explanation: str
    support: str
    keywords: Tuple[str, ...]  # including school_keywords
    source: str
    school_keywords: Tuple[str, ...] = ()


@dataclass(frozen=True)
class GrowthPath:
    id: str
    name: str
    explanation: str
    keywords: Tuple[str, ...]  # including school_keywords
    source: str
    school_keywords: Tuple[str, ...] = ()


@dataclass(frozen=True)
class TransitionQuestion:
    id: str
    name: str
    title: str
    covers: str
    questions_for_manager: Tuple[str, ...]
    source: str
    questions_for_student: Tuple[str, ...] = ()


@dataclass(frozen=True)
class Audience:
    id: str
    name: str
    keywords: Tuple[str, ...]  # including school_keywords
    advice: Tuple[str, ...]
    source: str
    school_keywords: Tuple[str, ...] = ()


@dataclass(frozen=True)
class Framing:
    """One point of the publication's own framing, in plain Dutch, with the section it comes from."""

    id: str
    text: str
    source: str


@dataclass(frozen=True)
class Background:
    """An earlier profession or a subject taught, and the roles it gives the user a reason for."""

    id: str
    kind: str  # profession | subject
    name: str
    words: Tuple[str, ...]
    roles: Tuple[str, ...]
    source: str


BACKGROUND_KINDS = ("profession", "subject")


@dataclass(frozen=True)
class Role:
    id: str
    name: str
    explanation: str
    stages: Tuple[str, ...]
    keywords: Tuple[str, ...]  # including school_keywords, so matching treats both alike
    source: str
    domain: Optional[str] = None
    outside_school: bool = False
    level: Optional[str] = None
    audiences: Tuple[str, ...] = AUDIENCE_IDS
    sectors: Tuple[str, ...] = SECTORS  # where the role exists; a pws is a vo thing
    synonyms: Tuple[str, ...] = ()  # including school_synonyms
    hints: Dict[str, str] = field(default_factory=dict)
    local: bool = False  # added by the school
    # Names and words Dutch schools use that the publication does not ("intern begeleider", "bpv"):
    # the part of `synonyms` / `keywords` that is the school's vocabulary, not the publication's.
    school_synonyms: Tuple[str, ...] = ()
    school_keywords: Tuple[str, ...] = ()

    @property
    def publication_synonyms(self) -> Tuple[str, ...]:
        """The synonyms that are the publication's names or plain variants of them."""
        return tuple(s for s in self.synonyms if s not in self.school_synonyms)


# Per item kind: (required keys, optional keys). Anything else is an unknown key.
_SCHEMAS: Dict[str, Tuple[set, set]] = {
    "domains": ({"id", "name", "short", "explanation", "keywords", "source"}, {"core", "levels", "school_keywords"}),
    "stages": ({"id", "name", "explanation", "support", "keywords", "source"}, {"school_keywords"}),
    "growth_paths": ({"id", "name", "explanation", "keywords", "source"}, {"school_keywords"}),
    # questions_for_student: the same four questions for a student, about the placement and the programme.
    "transition_questions": ({"id", "name", "title", "covers", "questions_for_manager", "source"},
                             {"questions_for_student"}),
    "audiences": ({"id", "name", "keywords", "advice", "source"}, {"school_keywords"}),
    "backgrounds": ({"id", "kind", "name", "words", "roles", "source"}, set()),
    "roles": (
        {"id", "name", "explanation", "stages", "keywords", "source"},
        {"domain", "outside_school", "level", "audiences", "sectors", "synonyms", "hints",
         "school_synonyms", "school_keywords"},
    ),
    "framing": ({"id", "text", "source"}, set()),
}
# new_role_note (stages.yml); vocabulary marks a file whose words are all the school's, not the publication's.
_TOP_LEVEL_EXTRAS = {"new_role_note", "vocabulary"}
_NOTE_KEYS = {"text", "source"}  # new_role_note is a cited text too
_LOCAL_KEYS = {"school", "add_roles", "rename_roles", "hide_roles", "notes", "role_notes"}
_LIST_KEYS = {"keywords", "questions_for_manager", "questions_for_student", "advice", "stages", "audiences", "sectors",
              "synonyms", "levels", "school_synonyms", "school_keywords", "words", "roles"}
# The school's vocabulary next to the publication's: merged into the second key when loading.
_VOCABULARY_PAIRS = (("school_synonyms", "synonyms"), ("school_keywords", "keywords"))


@dataclass
class Knowledge:
    """The validated knowledge with the look-ups the actions need."""

    domains: Dict[str, Domain]
    stages: Dict[str, Stage]
    growth_paths: Dict[str, GrowthPath]
    questions: Dict[str, TransitionQuestion]
    audiences: Dict[str, Audience]
    roles: Dict[str, Role]  # visible roles only (hidden ones are left out)
    framing: Dict[str, Framing] = field(default_factory=dict)  # keyed by FRAMING_IDS
    backgrounds: Dict[str, Background] = field(default_factory=dict)
    new_role_note: str = ""
    new_role_note_source: str = ""
    school: Optional[str] = None
    school_notes: Dict[str, str] = field(default_factory=dict)
    role_notes: Dict[str, Dict[str, str]] = field(default_factory=dict)
    hidden_roles: Tuple[str, ...] = ()
    _role_index: Dict[str, str] = field(default_factory=dict, repr=False)
    _domain_index: Dict[str, str] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        for role in self.roles.values():
            for label in (role.id, role.name, *role.synonyms):
                self._role_index.setdefault(_label_key(label), role.id)
        for domain in self.domains.values():
            for label in (domain.id, domain.name, domain.short):
                self._domain_index.setdefault(_label_key(label), domain.id)

    # --- look-ups -------------------------------------------------------
    def domain(self, query: str) -> Optional[Domain]:
        """A domain by id, name or short name (case- and accent-insensitive)."""
        key = _label_key(query or "")
        if key in self._domain_index:
            return self.domains[self._domain_index[key]]
        for label, domain_id in self._domain_index.items():
            if key and len(key) >= 6 and (key in label or label in key):
                return self.domains[domain_id]
        return None

    def role(self, query: str) -> Optional[Role]:
        """A role by id, name or synonym (case- and accent-insensitive, a typo allowed)."""
        key = _label_key(query or "")
        if not key:
            return None
        if key in self._role_index:
            return self.roles[self._role_index[key]]
        close = difflib.get_close_matches(key, self._role_index.keys(), n=1, cutoff=0.88)
        return self.roles[self._role_index[close[0]]] if close else None

    def closest_roles(self, query: str, n: int = 3) -> List[Role]:
        """Roles whose name or synonym looks most like `query`, for "ken ik niet" replies."""
        key = _label_key(query or "")
        labels = difflib.get_close_matches(key, self._role_index.keys(), n=n * 4, cutoff=0.5)
        found: List[Role] = []
        for label in labels:
            role = self.roles[self._role_index[label]]
            if role not in found:
                found.append(role)
        return found[:n]

    def roles_by(
        self, domain: Optional[str] = None, stage: Optional[str] = None, audience: Optional[str] = None
    ) -> List[Role]:
        """Visible roles filtered by domain id, stage id and audience id."""
        return [
            r
            for r in self.roles.values()
            if (domain is None or r.domain == domain)
            and (stage is None or stage in r.stages)
            and (audience is None or audience in r.audiences)
        ]

    def roles_outside_school(self) -> List[Role]:
        return [r for r in self.roles.values() if r.outside_school]

    def stage(self, stage_id: str) -> Optional[Stage]:
        return self.stages.get(stage_id)

    def notes_for(self, role_id: Optional[str], question_id: str) -> List[str]:
        """The school's notes for a transition question, general and role specific."""
        notes = []
        if question_id in self.school_notes:
            notes.append(self.school_notes[question_id])
        if role_id and question_id in self.role_notes.get(role_id, {}):
            notes.append(self.role_notes[role_id][question_id])
        return notes


def _label_key(label: str) -> str:
    key = normalize(label)
    for article in ("de ", "het ", "een "):
        if key.startswith(article):
            key = key[len(article) :]
    return key.replace(" ", "")


# --- loading and validation -------------------------------------------------


class _Problems:
    def __init__(self) -> None:
        self.items: List[str] = []

    def add(self, path: Path, item: str, what: str) -> None:
        self.items.append(f"{_display(path)}: {item}: {what}")


def _display(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def _read_yaml(path: Path, problems: _Problems) -> Optional[dict]:
    try:
        with open(path, encoding="utf-8") as handle:
            data = yaml.safe_load(handle)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}" if mark else "file"
        problems.add(path, where, f"broken YAML ({getattr(exc, 'problem', None) or exc})")
        return None
    except (OSError, UnicodeDecodeError) as exc:
        problems.add(path, "file", f"cannot be read ({exc})")
        return None
    if data is None:
        return {}
    if not isinstance(data, dict):
        problems.add(path, "file", "must be a mapping with a top-level key such as 'roles:'")
        return None
    return data


def _item_label(kind: str, index: int, raw: Any) -> str:
    if isinstance(raw, dict) and raw.get("id"):
        return f"{kind[:-1] if kind.endswith('s') else kind} '{raw['id']}'"
    return f"{kind} item {index + 1}"


def _check_item(kind: str, raw: Any, path: Path, label: str, problems: _Problems) -> bool:
    if not isinstance(raw, dict):
        problems.add(path, label, "must be a mapping of keys to values")
        return False
    required, optional = _SCHEMAS[kind]
    ok = True
    for key in sorted(set(raw) - required - optional):
        problems.add(path, label, f"unknown key '{key}' (allowed: {', '.join(sorted(required | optional))})")
        ok = False
    for key in sorted(required - set(raw)):
        problems.add(path, label, f"missing key '{key}'")
        ok = False
    for key, value in raw.items():
        if key in _LIST_KEYS:
            if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
                problems.add(path, label, f"'{key}' must be a list of non-empty texts")
                ok = False
        elif key == "hints":
            if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
                problems.add(path, label, "'hints' must map transition question ids to texts")
                ok = False
            else:
                for hint_key in value:
                    if hint_key not in QUESTION_IDS:
                        problems.add(path, label, f"hint for unknown transition question '{hint_key}'")
                        ok = False
        elif key in ("core", "outside_school"):
            if not isinstance(value, bool):
                problems.add(path, label, f"'{key}' must be true or false")
                ok = False
        elif not isinstance(value, str) or not value.strip():
            what = "an empty name" if key == "name" else f"'{key}' must be a non-empty text"
            problems.add(path, label, what)
            ok = False
    if ok:
        ok = _check_vocabulary(raw, path, label, problems)
    return ok


def _check_vocabulary(raw: dict, path: Path, label: str, problems: _Problems) -> bool:
    """A word is either the publication's or the school's, never both (nor twice in one list)."""
    ok = True
    for school_key, own_key in _VOCABULARY_PAIRS:
        if school_key not in raw:
            continue
        own = {_label_key(v) for v in raw.get(own_key, [])}
        if own_key == "synonyms" and isinstance(raw.get("name"), str):
            own.add(_label_key(raw["name"]))
        seen: set = set()
        for value in raw[school_key]:
            if _label_key(value) in own:
                problems.add(path, label, f"'{value}' is in both '{own_key}' (or the name) and '{school_key}'")
                ok = False
            elif value in seen:
                problems.add(path, label, f"'{value}' is twice in '{school_key}'")
                ok = False
            seen.add(value)
    return ok


def _tuple_fields(raw: dict) -> dict:
    """The item as dataclass fields; the school's vocabulary is merged after the publication's."""
    fields = {k: tuple(v) if k in _LIST_KEYS else v for k, v in raw.items()}
    for school_key, own_key in _VOCABULARY_PAIRS:
        if school_key in fields:
            fields[own_key] = fields.get(own_key, ()) + fields[school_key]
    return fields


def _check_note(raw: Any, path: Path, problems: _Problems) -> Tuple[str, str]:
    """`new_role_note` in stages.yml: a mapping with a `text` and the `source` it comes from."""
    if not isinstance(raw, dict):
        problems.add(path, "new_role_note", "must be a mapping with 'text' and 'source'")
        return "", ""
    for key in sorted(set(raw) - _NOTE_KEYS):
        problems.add(path, "new_role_note", f"unknown key '{key}' (allowed: {', '.join(sorted(_NOTE_KEYS))})")
    values = []
    for key in ("text", "source"):
        value = raw.get(key)
        if not isinstance(value, str) or not value.strip():
            problems.add(path, "new_role_note", f"'{key}' must be a non-empty text")
            value = ""
        values.append(value.strip())
    return values[0], values[1]


def _check_role_refs(raw: dict, path: Path, label: str, problems: _Problems) -> bool:
    ok = True
    domain = raw.get("domain")
    if raw.get("outside_school"):
        if domain is not None:
            problems.add(path, label, "a role outside school has no 'domain'")
            ok = False
    elif domain is None:
        problems.add(path, label, "missing key 'domain' (or set 'outside_school: true')")
        ok = False
    elif domain not in DOMAIN_IDS:
        problems.add(path, label, f"domain '{domain}' does not exist (known: {', '.join(DOMAIN_IDS)})")
        ok = False
    for stage in raw.get("stages", []):
        if stage not in STAGE_IDS:
            problems.add(path, label, f"stage '{stage}' does not exist (known: {', '.join(STAGE_IDS)})")
            ok = False
    for audience in raw.get("audiences", []):
        if audience not in AUDIENCE_IDS:
            problems.add(path, label, f"audience '{audience}' does not exist (known: {', '.join(AUDIENCE_IDS)})")
            ok = False
    for sector in raw.get("sectors", []):
        if sector not in SECTORS:
            problems.add(path, label, f"sector '{sector}' does not exist (known: {', '.join(SECTORS)})")
            ok = False
    level = raw.get("level")
    if level is not None and level not in LEVELS:
        problems.add(path, label, f"level '{level}' does not exist (known: {', '.join(LEVELS)})")
        ok = False
    return ok


def _load_items(
    kind: str, files: Iterable[Path], problems: _Problems, expected_ids: Optional[Tuple[str, ...]] = None
) -> Tuple[Dict[str, dict], Dict[str, Any], Dict[str, Path], set]:
    """Valid items of one kind keyed by id, other top-level values, the file each item came from,
    and every id written in the files (also of invalid items, so they are not reported missing too)."""
    items: Dict[str, dict] = {}
    seen_ids: set = set()
    origin: Dict[str, Path] = {}
    extras: Dict[str, Any] = {}
    for path in files:
        data = _read_yaml(path, problems)
        if data is None:
            continue
        for key in sorted(set(data) - {kind} - _TOP_LEVEL_EXTRAS):
            problems.add(path, "file", f"unknown top-level key '{key}' (expected '{kind}')")
        for key in _TOP_LEVEL_EXTRAS & set(data):
            extras[key] = data[key]
        raw_items = data.get(kind) or []
        if not isinstance(raw_items, list):
            problems.add(path, kind, "must be a list of items")
            continue
        for index, raw in enumerate(raw_items):
            label = _item_label(kind, index, raw)
            if isinstance(raw, dict) and isinstance(raw.get("id"), str):
                seen_ids.add(raw["id"])
            if not _check_item(kind, raw, path, label, problems):
                continue
            if kind == "roles" and not _check_role_refs(raw, path, label, problems):
                continue
            item_id = raw["id"]
            if expected_ids is not None and item_id not in expected_ids:
                problems.add(path, label, f"id '{item_id}' is not one of {', '.join(expected_ids)}")
                continue
            if item_id in items:
                problems.add(path, label, f"duplicate id '{item_id}' (also in {_display(origin[item_id])})")
                continue
            items[item_id] = raw
            origin[item_id] = path
    return items, extras, origin, seen_ids


def _apply_local(
    local_dir: Path, roles: Dict[str, dict], role_origin: Dict[str, Path], problems: _Problems
) -> Tuple[Optional[str], Dict[str, str], Dict[str, Dict[str, str]], List[str]]:
    """Apply a school's override files; returns school name, notes, role notes, hidden ids."""
    school: Optional[str] = None
    notes: Dict[str, str] = {}
    role_notes: Dict[str, Dict[str, str]] = {}
    hidden: List[str] = []
    for path in sorted(local_dir.glob("*.yml")) + sorted(local_dir.glob("*.yaml")):
        data = _read_yaml(path, problems)
        if data is None:
            continue
        for key in sorted(set(data) - _LOCAL_KEYS):
            problems.add(path, "file", f"unknown key '{key}' (allowed: {', '.join(sorted(_LOCAL_KEYS))})")
        if "school" in data:
            if isinstance(data["school"], str) and data["school"].strip():
                school = data["school"].strip()
            else:
                problems.add(path, "school", "an empty name")
        for index, raw in enumerate(data.get("add_roles") or []):
            label = _item_label("roles", index, raw)
            if not _check_item("roles", raw, path, label, problems) or not _check_role_refs(raw, path, label, problems):
                continue
            if raw["id"] in roles:
                problems.add(path, label, f"duplicate id '{raw['id']}' (also in {_display(role_origin[raw['id']])})")
                continue
            roles[raw["id"]] = {**raw, "local": True}
            role_origin[raw["id"]] = path
        renames = data.get("rename_roles") or {}
        if not isinstance(renames, dict):
            problems.add(path, "rename_roles", "must map role ids to new names")
            renames = {}
        for role_id, new_name in renames.items():
            label = f"rename_roles '{role_id}'"
            if role_id not in roles:
                problems.add(path, label, f"role '{role_id}' does not exist")
            elif not isinstance(new_name, str) or not new_name.strip():
                problems.add(path, label, "an empty name")
            else:
                old = roles[role_id]
                # The old name stays a synonym, so users who know it are still understood.
                synonyms = [old["name"], *old.get("synonyms", [])]
                roles[role_id] = {**old, "name": new_name.strip(), "synonyms": synonyms}
                role_origin[role_id] = path
        hide = data.get("hide_roles") or []
        if not isinstance(hide, list):
            problems.add(path, "hide_roles", "must be a list of role ids")
            hide = []
        for role_id in hide:
            if role_id not in roles:
                problems.add(path, f"hide_roles '{role_id}'", f"role '{role_id}' does not exist")
            else:
                hidden.append(role_id)
        raw_notes = data.get("notes") or {}
        if not isinstance(raw_notes, dict):
            problems.add(path, "notes", "must map transition question ids to texts")
            raw_notes = {}
        for question_id, text in raw_notes.items():
            if question_id not in QUESTION_IDS:
                problems.add(path, f"notes '{question_id}'", f"unknown transition question (known: {', '.join(QUESTION_IDS)})")
            elif not isinstance(text, str) or not text.strip():
                problems.add(path, f"notes '{question_id}'", "must be a non-empty text")
            else:
                notes[question_id] = text.strip()
        raw_role_notes = data.get("role_notes") or {}
        if not isinstance(raw_role_notes, dict):
            problems.add(path, "role_notes", "must map role ids to notes per transition question")
            raw_role_notes = {}
        for role_id, per_question in raw_role_notes.items():
            label = f"role_notes '{role_id}'"
            if role_id not in roles:
                problems.add(path, label, f"role '{role_id}' does not exist")
                continue
            if not isinstance(per_question, dict):
                problems.add(path, label, "must map transition question ids to texts")
                continue
            for question_id, text in per_question.items():
                if question_id not in QUESTION_IDS or not isinstance(text, str) or not text.strip():
                    problems.add(path, label, f"'{question_id}' must be a transition question id with a text")
                else:
                    role_notes.setdefault(role_id, {})[question_id] = text.strip()
    return school, notes, role_notes, hidden


def _check_unique_labels(
    roles: Dict[str, dict], hidden: List[str], origin: Dict[str, Path], problems: _Problems
) -> None:
    """A name or synonym may point at one visible role only, or look-ups would silently pick one."""
    owner: Dict[str, str] = {}
    for role_id, raw in roles.items():
        if role_id in hidden or not isinstance(raw.get("name"), str):
            continue
        for label in [raw["name"], *raw.get("synonyms", []), *raw.get("school_synonyms", [])]:
            key = _label_key(label)
            other = owner.setdefault(key, role_id)
            if other != role_id:
                # Blame the school's file when one of the two comes from there.
                first, second = (role_id, other) if origin[other].parent.name == "roles" else (other, role_id)
                problems.add(origin[first], f"role '{first}'", f"name or synonym '{label}' is also used by role '{second}'")


def _check_backgrounds(backgrounds: Dict[str, dict], roles: Dict[str, dict], path: Path, problems: _Problems) -> None:
    for background_id, raw in list(backgrounds.items()):
        label = f"background '{background_id}'"
        if raw["kind"] not in BACKGROUND_KINDS:
            problems.add(path, label, f"kind '{raw['kind']}' is not one of {', '.join(BACKGROUND_KINDS)}")
        for role_id in raw["roles"]:
            if role_id not in roles:
                problems.add(path, label, f"role '{role_id}' does not exist")


def _expect_all(kind: str, seen: set, ids: Tuple[str, ...], path: Path, problems: _Problems) -> None:
    for missing in [i for i in ids if i not in seen]:
        problems.add(path, f"{kind} '{missing}'", "is missing")


def load_knowledge(
    base_dir: Optional[Path] = None, local_dir: Optional[Path] = None, use_local: bool = True
) -> Knowledge:
    """Load and validate the knowledge; raises KnowledgeError listing every problem.

    `local_dir` defaults to $LOOPBAANWIJZER_LOCAL_DIR, else `<base_dir>/local`;
    `use_local=False` loads the shipped knowledge without a school's overrides.
    """
    base = Path(base_dir) if base_dir else KNOWLEDGE_DIR
    if local_dir is None:
        local_dir = Path(os.environ[LOCAL_DIR_ENV]) if os.environ.get(LOCAL_DIR_ENV) else base / "local"
    problems = _Problems()

    def files(name: str) -> List[Path]:
        path = base / name
        if not path.exists():
            problems.add(path, "file", "is missing")
            return []
        return [path]

    domains, _, _, domain_ids = _load_items("domains", files("domains.yml"), problems, DOMAIN_IDS)
    stages, stage_extras, _, stage_ids = _load_items("stages", files("stages.yml"), problems, STAGE_IDS)
    paths, _, _, _ = _load_items("growth_paths", files("growth_paths.yml"), problems)
    questions, _, _, question_ids = _load_items(
        "transition_questions", files("transition_questions.yml"), problems, QUESTION_IDS
    )
    audiences, _, _, audience_ids = _load_items("audiences", files("audiences.yml"), problems, AUDIENCE_IDS)
    role_files = sorted((base / "roles").glob("*.yml"))
    if not role_files:
        problems.add(base / "roles", "folder", "has no role files")
    roles, _, role_origin, _ = _load_items("roles", role_files, problems)
    framing, _, _, framing_ids = _load_items("framing", files("framing.yml"), problems, FRAMING_IDS)
    note_text, note_source = "", ""
    if "new_role_note" in stage_extras:
        note_text, note_source = _check_note(stage_extras["new_role_note"], base / "stages.yml", problems)
    backgrounds, _, _, _ = _load_items("backgrounds", files("backgrounds.yml"), problems)
    _check_backgrounds(backgrounds, roles, base / "backgrounds.yml", problems)

    for kind, seen, ids, name in (
        ("domain", domain_ids, DOMAIN_IDS, "domains.yml"),
        ("stage", stage_ids, STAGE_IDS, "stages.yml"),
        ("transition question", question_ids, QUESTION_IDS, "transition_questions.yml"),
        ("audience", audience_ids, AUDIENCE_IDS, "audiences.yml"),
        ("framing", framing_ids, FRAMING_IDS, "framing.yml"),
    ):
        if (base / name).exists():
            _expect_all(kind, seen, ids, base / name, problems)

    school, notes, role_notes, hidden = None, {}, {}, []
    if use_local and local_dir and Path(local_dir).is_dir():
        school, notes, role_notes, hidden = _apply_local(Path(local_dir), roles, role_origin, problems)

    _check_unique_labels(roles, hidden, role_origin, problems)
    if problems.items:
        raise KnowledgeError(problems.items)

    visible = {rid: Role(**_tuple_fields(raw)) for rid, raw in roles.items() if rid not in hidden}
    ordered_stages = {sid: Stage(**_tuple_fields(stages[sid])) for sid in STAGE_IDS}
    return Knowledge(
        domains={did: Domain(**_tuple_fields(domains[did])) for did in DOMAIN_IDS},
        stages=ordered_stages,
        growth_paths={pid: GrowthPath(**_tuple_fields(raw)) for pid, raw in paths.items()},
        questions={qid: TransitionQuestion(**_tuple_fields(questions[qid])) for qid in QUESTION_IDS},
        audiences={aid: Audience(**_tuple_fields(audiences[aid])) for aid in AUDIENCE_IDS},
        roles=visible,
        framing={fid: Framing(**framing[fid]) for fid in FRAMING_IDS},
        # A school that hides a role hides it here too.
        backgrounds={bid: Background(**{**_tuple_fields(raw), "roles": tuple(r for r in raw["roles"] if r in visible)})
                     for bid, raw in backgrounds.items()},
        new_role_note=note_text,
        new_role_note_source=note_source,
        school=school,
        school_notes=notes,
        role_notes=role_notes,
        hidden_roles=tuple(hidden),
    )


_KNOWLEDGE: Optional[Knowledge] = None


def get_knowledge() -> Knowledge:
    """The process-wide knowledge, loaded once."""
    global _KNOWLEDGE
    if _KNOWLEDGE is None:
        _KNOWLEDGE = load_knowledge()
    return _KNOWLEDGE

