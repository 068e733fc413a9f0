"""A school colours the knowledge in with files under knowledge/local/ (or $LOOPBAANWIJZER_LOCAL_DIR)."""
from pathlib import Path

import pytest

from actions.knowledge import LOCAL_DIR_ENV, load_knowledge
from actions.matching import Matcher

SCHOOL_FILE = """\
school: Het Baken
add_roles:
  - id: ict_coordinator
    name: ICT-coördinator
    domain: onderwijs_organiseren
    level: school
    explanation: Je regelt de laptops, het netwerk en de digitale afspraken op school.
    stages: [ervaren, meester]
    audiences: [leraar]
    synonyms: [ict coordinator, i-coach]
    keywords: [netwerkbeheer, devices uitlenen]
    hints:
      facilitering: Bij ons krijg je hier taakuren voor.
    source: "Eigen rol van Het Baken (past bij §1.2 Vier domeinen, domein 3)"
rename_roles:
  sectieleider: Leider vaksectie
hide_roles: [onderwijsraad]
notes:
  ondersteuning: "Voor scholing mail je naar P&O: po@hetbaken.nl."
  facilitering: Taakuren spreek je af in je jaargesprek.
role_notes:
  mentor:
    facilitering: Mentoren krijgen 40 taakuren per klas.
"""


@pytest.fixture
def school_dir(tmp_path) -> Path:
    folder = tmp_path / "onze-overrides"
    folder.mkdir()
    (folder / "onze-school.yml").write_text(SCHOOL_FILE, encoding="utf-8")
    return folder


@pytest.fixture
def local_knowledge(make_knowledge_dir, school_dir):
    return load_knowledge(base_dir=make_knowledge_dir(), local_dir=school_dir)


@pytest.fixture
def local_matcher(local_knowledge):
    return Matcher(local_knowledge)


# --- add a role --------------------------------------------------------------


def test_added_role_is_found_by_name_and_synonym(local_knowledge):
    for label in ("ICT-coördinator", "ict-coordinator", "ICT COORDINATOR", "i-coach", "ict_coordinator"):
        role = local_knowledge.role(label)
        assert role is not None, label
        assert role.id == "ict_coordinator"


def test_added_role_sits_in_its_domain_and_is_marked_local(local_knowledge):
    role = local_knowledge.role("ICT-coördinator")
    assert role.domain == "onderwijs_organiseren" and role.level == "school"
    assert role.local is True
    assert role.hints == {"facilitering": "Bij ons krijg je hier taakuren voor."}
    assert role in local_knowledge.roles_by(domain="onderwijs_organiseren", stage="ervaren", audience="leraar")
    assert role not in local_knowledge.roles_by(audience="student")
    assert role not in local_knowledge.roles_by(stage="startend")
    assert local_knowledge.role("mentor").local is False


def test_added_role_is_matched_on_its_keyword(local_matcher):
    result = local_matcher.match("ik doe bij ons al het netwerkbeheer")
    assert result.role_ids(1) == ["ict_coordinator"]
    assert "netwerkbeheer" in result.roles[0].evidence
    assert "onderwijs_organiseren" in result.domain_ids(3)


def test_added_role_is_not_in_the_shipped_knowledge(knowledge, matcher):
    assert knowledge.role("ICT-coördinator") is None
    assert "ict_coordinator" not in matcher.match("ik doe bij ons al het netwerkbeheer").role_ids()


# --- rename a role -------------------------------------------------------------


def test_renamed_role_has_the_new_name(local_knowledge):
    role = local_knowledge.role("Leider vaksectie")
    assert role is not None and role.id == "sectieleider"
    assert role.name == "Leider vaksectie"
    assert role.domain == "onderwijs_organiseren" and role.level == "team"


def test_renamed_role_keeps_old_name_and_synonyms(local_knowledge):
    assert local_knowledge.role("Sectieleider").id == "sectieleider"
    assert local_knowledge.role("sectievoorzitter").id == "sectieleider"
    assert "Sectieleider" in local_knowledge.role("sectieleider").synonyms


def test_matcher_understands_new_and_old_name(local_matcher):
    assert local_matcher.match("ik ben leider vaksectie wiskunde").role_ids(1) == ["sectieleider"]
    assert local_matcher.match("ik ben sectieleider wiskunde").role_ids(1) == ["sectieleider"]


def test_rename_does_not_leak_into_shipped_knowledge(knowledge):
    assert knowledge.role("sectieleider").name == "Sectieleider"
    assert knowledge.role("Leider vaksectie") is None


# --- hide a role ------------------------------------------------------------------


def test_hidden_role_is_not_found(local_knowledge):
    assert local_knowledge.role("onderwijsraad") is None
    assert local_knowledge.role("Zitting in de Onderwijsraad") is None
    assert "onderwijsraad" not in local_knowledge.roles
    assert local_knowledge.hidden_roles == ("onderwijsraad",)


def test_hidden_role_is_left_out_of_filters(local_knowledge):
    ids = {r.id for r in local_knowledge.roles_by(domain="onderwijs_organiseren")}
    assert "onderwijsraad" not in ids
    assert "ledenraad_vakbond" in ids  # its neighbours stay
    assert "onderwijsraad" not in {r.id for r in local_knowledge.roles_by()}
    assert "onderwijsraad" not in {r.id for r in local_knowledge.closest_roles("onderwijsraad")}


@pytest.mark.parametrize(
    "text",
    ["ik wil in de onderwijsraad", "advies geven aan de minister over onderwijsbeleid", "zitting in de Onderwijsraad"],
)
def test_matcher_never_returns_a_hidden_role(local_matcher, matcher, text):
    assert "onderwijsraad" in matcher.match(text).role_ids(), "shipped matcher should find it"
    result = local_matcher.match(text)
    assert "onderwijsraad" not in result.role_ids()
    assert "onderwijsraad" not in [h.id for h in result.negated_roles]


# --- the school's notes -----------------------------------------------------------


def test_school_name(local_knowledge, knowledge):
    assert local_knowledge.school == "Het Baken"
    assert knowledge.school is None


def test_school_notes_per_transition_question(local_knowledge):
    assert local_knowledge.notes_for(None, "ondersteuning") == ["Voor scholing mail je naar P&O: po@hetbaken.nl."]
    assert local_knowledge.notes_for("decaan", "ondersteuning") == ["Voor scholing mail je naar P&O: po@hetbaken.nl."]
    assert local_knowledge.notes_for("decaan", "toelating") == []
    assert local_knowledge.notes_for(None, "erkenning") == []


def test_role_notes_come_after_the_general_note(local_knowledge):
    assert local_knowledge.notes_for("mentor", "facilitering") == [
        "Taakuren spreek je af in je jaargesprek.",
        "Mentoren krijgen 40 taakuren per klas.",
    ]
    assert local_knowledge.notes_for("decaan", "facilitering") == ["Taakuren spreek je af in je jaargesprek."]
    assert local_knowledge.notes_for("mentor", "toelating") == []


def test_shipped_knowledge_has_no_notes(knowledge):
    for question_id in knowledge.questions:
        assert knowledge.notes_for("mentor", question_id) == []


def test_several_local_files_are_combined(make_knowledge_dir, tmp_path):
    folder = tmp_path / "meerdere"
    folder.mkdir()
    (folder / "a-naam.yml").write_text("school: De Brug\n", encoding="utf-8")
    (folder / "b-rollen.yaml").write_text("hide_roles: [registercommissie]\n", encoding="utf-8")
    (folder / "c-notes.yml").write_text("notes:\n  toelating: Vraag het aan je teamleider.\n", encoding="utf-8")
    (folder / "leesmij.txt").write_text("geen yaml: [", encoding="utf-8")  # ignored: not .yml/.yaml
    knowledge = load_knowledge(base_dir=make_knowledge_dir(), local_dir=folder)
    assert knowledge.school == "De Brug"
    assert knowledge.role("registercommissie") is None
    assert knowledge.notes_for(None, "toelating") == ["Vraag het aan je teamleider."]


# --- where the overrides come from ----------------------------------------------


def test_local_folder_inside_knowledge_is_used_by_default(make_knowledge_dir, monkeypatch):
    monkeypatch.delenv(LOCAL_DIR_ENV, raising=False)
    base = make_knowledge_dir()
    (base / "local").mkdir()
    (base / "local" / "school.yml").write_text(SCHOOL_FILE, encoding="utf-8")
    knowledge = load_knowledge(base_dir=base)
    assert knowledge.school == "Het Baken"
    assert knowledge.role("onderwijsraad") is None
    shipped = load_knowledge(base_dir=base, use_local=False)
    assert shipped.school is None and shipped.role("onderwijsraad") is not None


def test_env_var_is_honoured(make_knowledge_dir, school_dir, monkeypatch):
    base = make_knowledge_dir()
    (base / "local").mkdir()
    (base / "local" / "andere.yml").write_text("school: Verkeerde School\n", encoding="utf-8")
    monkeypatch.setenv(LOCAL_DIR_ENV, str(school_dir))
    knowledge = load_knowledge(base_dir=base)
    assert knowledge.school == "Het Baken"  # from $LOOPBAANWIJZER_LOCAL_DIR, not from <base>/local
    assert knowledge.role("ICT-coördinator") is not None
    assert knowledge.role("onderwijsraad") is None


def test_env_var_is_ignored_without_use_local(make_knowledge_dir, school_dir, monkeypatch):
    monkeypatch.setenv(LOCAL_DIR_ENV, str(school_dir))
    knowledge = load_knowledge(base_dir=make_knowledge_dir(), use_local=False)
    assert knowledge.school is None
    assert knowledge.role("onderwijsraad") is not None


def test_missing_local_folder_is_fine(make_knowledge_dir, tmp_path, monkeypatch):
    monkeypatch.setenv(LOCAL_DIR_ENV, str(tmp_path / "bestaat-niet"))
    knowledge = load_knowledge(base_dir=make_knowledge_dir())
    assert knowledge.school is None and knowledge.role("onderwijsraad") is not None


def test_readme_example_is_a_valid_override(make_knowledge_dir, tmp_path):
    """The worked example in knowledge/README.md loads as shown."""
    readme = (Path(__file__).resolve().parent.parent / "knowledge" / "README.md").read_text(encoding="utf-8")
    example = next(block for block in readme.split("```yaml\n")[1:] if block.startswith("school:")).split("```")[0]
    folder = tmp_path / "readme"
    folder.mkdir()
    (folder / "onze-school.yml").write_text(example, encoding="utf-8")
    knowledge = load_knowledge(base_dir=make_knowledge_dir(), local_dir=folder)
    assert knowledge.school == "Het Baken"
    assert knowledge.role("ICT-coördinator").level == "school"
    assert knowledge.role("Vakgroepvoorzitter").name == "Vakgroepvoorzitter"
    assert knowledge.role("onderwijsraad") is None
    assert knowledge.notes_for("mentor", "facilitering")[-1].startswith("Mentoren krijgen")
    assert "P&O" in knowledge.notes_for(None, "ondersteuning")[0]
