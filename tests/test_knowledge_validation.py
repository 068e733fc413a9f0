"""Every mistake in the knowledge files is reported naming the file, the item and what is wrong."""
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from actions.knowledge import KnowledgeError, load_knowledge

ROOT = Path(__file__).resolve().parent.parent


def _read(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _write(path: Path, data: dict) -> None:
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def _edit_item(path: Path, kind: str, item_id: str, change) -> None:
    data = _read(path)
    for item in data[kind]:
        if item["id"] == item_id:
            change(item)
            break
    else:
        raise AssertionError(f"{item_id} not in {path}")
    _write(path, data)


def _problems(base: Path, local_dir: Path = None) -> list:
    with pytest.raises(KnowledgeError) as caught:
        if local_dir is None:
            load_knowledge(base_dir=base, use_local=False)
        else:
            load_knowledge(base_dir=base, local_dir=local_dir)
    assert caught.value.problems, "KnowledgeError without problems"
    assert str(caught.value) == "\n".join(caught.value.problems)
    return caught.value.problems


def _one_problem_with(problems: list, *parts: str) -> str:
    """The problem line that contains all parts (file, item, what)."""
    matching = [p for p in problems if all(part in p for part in parts)]
    assert matching, f"no problem mentions {parts}; got:\n" + "\n".join(problems)
    return matching[0]


def test_the_unchanged_copy_is_valid(make_knowledge_dir):
    base = make_knowledge_dir()
    knowledge = load_knowledge(base_dir=base, use_local=False)
    assert len(knowledge.domains) == 4 and knowledge.role("mentor") is not None


# --- shipped files ---------------------------------------------------------


def test_unknown_key_on_a_role(make_knowledge_dir):
    base = make_knowledge_dir()
    _edit_item(base / "roles" / "leren_leerlingen.yml", "roles", "mentor", lambda r: r.update(kleur="blauw"))
    problem = _one_problem_with(_problems(base), "leren_leerlingen.yml", "role 'mentor'", "unknown key 'kleur'")
    assert "allowed:" in problem


def test_unknown_key_on_a_domain(make_knowledge_dir):
    base = make_knowledge_dir()
    _edit_item(base / "domains.yml", "domains", "onderwijs_organiseren", lambda d: d.update(niveaus=["team"]))
    _one_problem_with(_problems(base), "domains.yml", "domain 'onderwijs_organiseren'", "unknown key 'niveaus'")


def test_role_pointing_to_a_missing_domain(make_knowledge_dir):
    base = make_knowledge_dir()
    _edit_item(base / "roles" / "leren_leerlingen.yml", "roles", "mentor", lambda r: r.update(domain="lesgeven"))
    _one_problem_with(_problems(base), "leren_leerlingen.yml", "role 'mentor'", "domain 'lesgeven' does not exist")


def test_role_without_domain_and_not_outside_school(make_knowledge_dir):
    base = make_knowledge_dir()
    _edit_item(base / "roles" / "leren_leerlingen.yml", "roles", "mentor", lambda r: r.pop("domain"))
    _one_problem_with(_problems(base), "leren_leerlingen.yml", "role 'mentor'", "missing key 'domain'")


def test_duplicate_role_id_across_two_files(make_knowledge_dir):
    base = make_knowledge_dir()
    mentor = next(r for r in _read(base / "roles" / "leren_leerlingen.yml")["roles"] if r["id"] == "mentor")
    other = base / "roles" / "collegas_ondersteunen.yml"
    data = _read(other)
    data["roles"].append({**mentor, "domain": "collegas_ondersteunen", "name": "Mentor van collega's"})
    _write(other, data)
    problem = _one_problem_with(_problems(base), "role 'mentor'", "duplicate id 'mentor'")
    # Both files are named: where the duplicate is, and where the first one is.
    assert "collegas_ondersteunen.yml" in problem and "leren_leerlingen.yml" in problem


def test_empty_name(make_knowledge_dir):
    base = make_knowledge_dir()
    _edit_item(base / "roles" / "onderwijs_organiseren.yml", "roles", "sectieleider", lambda r: r.update(name="  "))
    _one_problem_with(_problems(base), "onderwijs_organiseren.yml", "role 'sectieleider'", "an empty name")


def test_non_existent_stage(make_knowledge_dir):
    base = make_knowledge_dir()
    _edit_item(
        base / "roles" / "leren_leerlingen.yml", "roles", "mentor", lambda r: r.update(stages=["ervaren", "senior"])
    )
    problem = _one_problem_with(_problems(base), "leren_leerlingen.yml", "role 'mentor'", "stage 'senior' does not exist")
    assert "in_opleiding" in problem  # tells which stages do exist


def test_non_existent_level(make_knowledge_dir):
    base = make_knowledge_dir()
    _edit_item(
        base / "roles" / "onderwijs_organiseren.yml", "roles", "onderwijsraad", lambda r: r.update(level="nationaal")
    )
    _one_problem_with(_problems(base), "onderwijs_organiseren.yml", "role 'onderwijsraad'", "level 'nationaal' does not exist")


def test_broken_yaml_names_file_and_line(make_knowledge_dir):
    base = make_knowledge_dir()
    path = base / "roles" / "leren_leerlingen.yml"
    lines = path.read_text(encoding="utf-8").splitlines()
    index = lines.index("    name: Mentor")
    lines[index] = "    name: Mentor: vaste begeleider van een klas"  # an unquoted ": " in a value
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    problem = _one_problem_with(_problems(base), "leren_leerlingen.yml", f"line {index + 1}:", "broken YAML")
    assert "mapping values are not allowed" in problem


def test_unquoted_colon_in_a_list_item_is_reported(make_knowledge_dir):
    base = make_knowledge_dir()
    path = base / "audiences.yml"
    text = path.read_text(encoding="utf-8")
    old = "      - Kies keuzemodules in je opleiding die passen bij wat je wilt.\n"
    assert old in text
    path.write_text(text.replace(old, "      - Tip: kies keuzemodules die passen bij wat je wilt.\n"), encoding="utf-8")
    _one_problem_with(_problems(base), "audiences.yml", "audience 'student'", "'advice' must be a list of non-empty texts")


def test_missing_required_key(make_knowledge_dir):
    base = make_knowledge_dir()
    _edit_item(base / "roles" / "collegas_ondersteunen.yml", "roles", "schoolopleider", lambda r: r.pop("explanation"))
    _one_problem_with(_problems(base), "collegas_ondersteunen.yml", "role 'schoolopleider'", "missing key 'explanation'")


def test_missing_source_on_a_transition_question(make_knowledge_dir):
    base = make_knowledge_dir()
    _edit_item(base / "transition_questions.yml", "transition_questions", "erkenning", lambda q: q.pop("source"))
    _one_problem_with(_problems(base), "transition_questions.yml", "'erkenning'", "missing key 'source'")


def test_unknown_hint_key(make_knowledge_dir):
    base = make_knowledge_dir()
    _edit_item(
        base / "roles" / "collegas_ondersteunen.yml",
        "roles",
        "schoolopleider",
        lambda r: r["hints"].update(selectie="Vraag naar de selectieprocedure."),
    )
    _one_problem_with(
        _problems(base), "collegas_ondersteunen.yml", "role 'schoolopleider'", "unknown transition question 'selectie'"
    )


def test_missing_domain_in_domains_file(make_knowledge_dir):
    base = make_knowledge_dir()
    path = base / "domains.yml"
    data = _read(path)
    data["domains"] = [d for d in data["domains"] if d["id"] != "collegas_ondersteunen"]
    _write(path, data)
    _one_problem_with(_problems(base), "domains.yml", "domain 'collegas_ondersteunen'", "is missing")


def test_all_problems_are_reported_at_once(make_knowledge_dir):
    base = make_knowledge_dir()
    _edit_item(base / "roles" / "leren_leerlingen.yml", "roles", "mentor", lambda r: r.update(kleur="blauw"))
    _edit_item(base / "stages.yml", "stages", "meester", lambda s: s.update(name=""))
    problems = _problems(base)
    _one_problem_with(problems, "leren_leerlingen.yml", "role 'mentor'", "unknown key 'kleur'")
    _one_problem_with(problems, "stages.yml", "stage 'meester'", "an empty name")


def test_each_mistake_is_reported_once(make_knowledge_dir):
    base = make_knowledge_dir()
    _edit_item(base / "stages.yml", "stages", "meester", lambda s: s.update(name=""))
    problems = _problems(base)
    assert problems == [p for p in problems if "an empty name" in p], problems


# --- a school's local overrides ---------------------------------------------


def _local(tmp_path: Path, text: str, name: str = "onze-school.yml") -> Path:
    folder = tmp_path / "lokaal"
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_local_hide_of_unknown_role(make_knowledge_dir, tmp_path):
    local = _local(tmp_path, "hide_roles: [onderwijsraad, ruimtevaarder]\n")
    problems = _problems(make_knowledge_dir(), local)
    _one_problem_with(problems, "onze-school.yml", "hide_roles 'ruimtevaarder'", "role 'ruimtevaarder' does not exist")
    assert len(problems) == 1, problems  # hiding onderwijsraad is fine


def test_local_rename_of_unknown_role(make_knowledge_dir, tmp_path):
    local = _local(tmp_path, "rename_roles:\n  sectievoorzitter: Vakgroepvoorzitter\n")
    _one_problem_with(
        _problems(make_knowledge_dir(), local),
        "onze-school.yml",
        "rename_roles 'sectievoorzitter'",
        "role 'sectievoorzitter' does not exist",
    )


def test_local_rename_to_empty_name(make_knowledge_dir, tmp_path):
    local = _local(tmp_path, "rename_roles:\n  sectieleider: ''\n")
    _one_problem_with(_problems(make_knowledge_dir(), local), "onze-school.yml", "rename_roles 'sectieleider'", "an empty name")


def test_local_unknown_notes_key(make_knowledge_dir, tmp_path):
    local = _local(tmp_path, "notes:\n  scholing: Mail P&O.\n  ondersteuning: Mail P&O.\n")
    problem = _one_problem_with(
        _problems(make_knowledge_dir(), local), "onze-school.yml", "notes 'scholing'", "unknown transition question"
    )
    assert "ondersteuning" in problem  # lists the allowed ids


def test_local_unknown_role_notes_question(make_knowledge_dir, tmp_path):
    local = _local(tmp_path, "role_notes:\n  mentor:\n    tijd: Twee uur per week.\n")
    _one_problem_with(_problems(make_knowledge_dir(), local), "onze-school.yml", "role_notes 'mentor'", "'tijd'")


def test_local_unknown_top_level_key(make_knowledge_dir, tmp_path):
    local = _local(tmp_path, "school: Het Baken\nverberg_rollen: [onderwijsraad]\n")
    _one_problem_with(_problems(make_knowledge_dir(), local), "onze-school.yml", "unknown key 'verberg_rollen'")


def test_local_added_role_is_validated_like_shipped_ones(make_knowledge_dir, tmp_path):
    local = _local(
        tmp_path,
        "add_roles:\n"
        "  - id: ict_coordinator\n"
        "    name: ICT-coördinator\n"
        "    domain: onderwijs_regelen\n"
        "    explanation: Je regelt de ICT.\n"
        "    stages: [ervaren]\n"
        "    keywords: [ict]\n"
        "    source: Eigen rol van de school\n",
    )
    _one_problem_with(
        _problems(make_knowledge_dir(), local), "onze-school.yml", "role 'ict_coordinator'", "domain 'onderwijs_regelen'"
    )


def test_local_added_role_may_not_reuse_a_shipped_id(make_knowledge_dir, tmp_path):
    local = _local(
        tmp_path,
        "add_roles:\n"
        "  - id: mentor\n"
        "    name: Mentor\n"
        "    domain: leren_leerlingen\n"
        "    explanation: Onze eigen mentor.\n"
        "    stages: [ervaren]\n"
        "    keywords: [mentor]\n"
        "    source: Eigen rol van de school\n",
    )
    _one_problem_with(_problems(make_knowledge_dir(), local), "onze-school.yml", "role 'mentor'", "duplicate id 'mentor'")


def test_broken_local_yaml_names_file_and_line(make_knowledge_dir, tmp_path):
    local = _local(tmp_path, "school: Het Baken\nnotes:\n  ondersteuning: Let op: mail P&O\n")
    _one_problem_with(_problems(make_knowledge_dir(), local), "onze-school.yml", "line 3", "broken YAML")


# --- the assistant does not start with a broken file -------------------------


@pytest.fixture
def broken_local_env(tmp_path):
    local = _local(tmp_path, "school: Het Baken\nhide_roles: [ruimtevaarder]\n")
    env = dict(os.environ, LOOPBAANWIJZER_LOCAL_DIR=str(local), TF_CPP_MIN_LOG_LEVEL="3", PYTHONWARNINGS="ignore")
    return env


def test_bot_check_fails_on_a_broken_override(broken_local_env):
    done = subprocess.run(
        [sys.executable, "-m", "bot", "check"], cwd=ROOT, env=broken_local_env, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 1, done.stdout + done.stderr
    assert "onze-school.yml" in done.stderr
    assert "hide_roles 'ruimtevaarder'" in done.stderr
    assert "role 'ruimtevaarder' does not exist" in done.stderr


def test_action_server_refuses_to_start(broken_local_env):
    done = subprocess.run(
        [sys.executable, "-m", "rasa_sdk", "--actions", "actions", "--port", "5999"],
        cwd=ROOT, env=broken_local_env, capture_output=True, text=True, timeout=300,
    )
    assert done.returncode != 0
    assert "onze-school.yml" in done.stderr
    assert "role 'ruimtevaarder' does not exist" in done.stderr


def test_action_server_start_check_passes_with_a_valid_override(tmp_path):
    local = _local(tmp_path, "school: Het Baken\nhide_roles: [onderwijsraad]\n")
    env = dict(os.environ, LOOPBAANWIJZER_LOCAL_DIR=str(local), PYTHONWARNINGS="ignore")
    code = (
        "import actions.startup\n"
        "from actions.knowledge import get_knowledge\n"
        "k = get_knowledge()\n"
        "print(k.school, k.role('onderwijsraad'))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "Het Baken None"


def test_a_rename_onto_another_roles_name_is_refused(tmp_path, make_knowledge_dir):
    base = make_knowledge_dir()
    local = _local(tmp_path, "rename_roles:\n  mentor: Decaan\n")
    with pytest.raises(KnowledgeError) as error:
        load_knowledge(base, local_dir=local)
    problem = next(p for p in error.value.problems if "also used" in p)
    assert "onze-school.yml" in problem and "role 'mentor'" in problem and "'decaan'" in problem.lower()
