"""The shipped knowledge matches the publication "Een beroepsbeeld voor de leraar" (2017)."""
import re

import pytest
import yaml

from actions.knowledge import load_knowledge

DOMAIN_IDS = ["leren_leerlingen", "onderwijs_ontwikkelen", "onderwijs_organiseren", "collegas_ondersteunen"]
SECTION = re.compile(r"§|Samenvatting|Inleiding")


# --- structure -------------------------------------------------------------


def test_four_domains_with_core_on_leren_leerlingen(knowledge):
    assert list(knowledge.domains) == DOMAIN_IDS
    assert knowledge.domains["leren_leerlingen"].core is True
    assert [d for d in DOMAIN_IDS if knowledge.domains[d].core] == ["leren_leerlingen"]


def test_organiseren_has_four_levels_and_only_there(knowledge):
    assert knowledge.domains["onderwijs_organiseren"].levels == ("team", "school", "lokaal", "landelijk")
    for domain_id in DOMAIN_IDS:
        if domain_id != "onderwijs_organiseren":
            assert knowledge.domains[domain_id].levels == ()


def test_domains_are_explained_plainly(knowledge):
    for domain in knowledge.domains.values():
        assert domain.name and domain.explanation
        assert 2 <= len(domain.short.split()) <= 5, domain.short
        assert domain.keywords


def test_four_stages_in_order(knowledge):
    assert list(knowledge.stages) == ["in_opleiding", "startend", "ervaren", "meester"]
    for stage in knowledge.stages.values():
        assert stage.explanation and stage.support and stage.keywords
    assert "beginner" in knowledge.new_role_note


def test_four_transition_questions_in_order(knowledge):
    assert list(knowledge.questions) == ["toelating", "ondersteuning", "facilitering", "erkenning"]
    for question in knowledge.questions.values():
        assert question.title.endswith("?")
        assert question.covers
        assert len(question.questions_for_manager) >= 3, question.id
        assert all(q.strip() for q in question.questions_for_manager)


def test_three_audiences(knowledge):
    assert sorted(knowledge.audiences) == ["leraar", "student", "zij_instromer"]
    for audience in knowledge.audiences.values():
        assert audience.keywords
        assert 3 <= len(audience.advice) <= 5, audience.id


def test_growth_paths(knowledge):
    assert set(knowledge.growth_paths) == {"verdiepen", "verbreden", "combineren", "buiten_school"}


def _all_items(knowledge):
    for kind in ("domains", "stages", "questions", "audiences", "growth_paths", "roles"):
        for item_id, item in getattr(knowledge, kind).items():
            yield kind, item_id, item


def test_every_item_names_its_section(knowledge):
    items = list(_all_items(knowledge))
    assert len(items) > 60
    for kind, item_id, item in items:
        assert item.source.strip(), f"{kind} {item_id} has no source"
        assert SECTION.search(item.source), f"{kind} {item_id}: source {item.source!r} names no section"


def test_roles_are_consistent(knowledge):
    for role in knowledge.roles.values():
        assert role.stages, role.id
        assert role.keywords, role.id
        if role.outside_school:
            assert role.domain is None and role.level is None, role.id
        else:
            assert role.domain in DOMAIN_IDS, role.id
            if role.domain == "onderwijs_organiseren":
                assert role.level in ("team", "school", "lokaal", "landelijk"), role.id
            else:
                assert role.level is None, role.id
        assert role.local is False


# --- every role the publication names (§1.2) -------------------------------

OUT = "outside_school"
PUBLICATION_ROLES = [
    # Domein 1: ondersteunen van het leren van leerlingen
    ("vakdidactische vakvereniging", "vakexpert", "leren_leerlingen", None),
    ("vakexpert", "vakexpert", "leren_leerlingen", None),
    ("expert taalontwikkeling", "expert_taalontwikkeling", "leren_leerlingen", None),
    ("expert rekendidactiek", "expert_rekendidactiek", "leren_leerlingen", None),
    ("van tweedegraads naar eerstegraads", "tweedegraads_naar_eerstegraads", "leren_leerlingen", None),
    ("tweede bevoegdheid in een verwant tekortvak", "tweede_bevoegdheid_tekortvak", "leren_leerlingen", None),
    ("mentor", "mentor", "leren_leerlingen", None),
    ("studieloopbaanbegeleider", "studieloopbaanbegeleider", "leren_leerlingen", None),
    ("studieloopbaanbeleider", "studieloopbaanbegeleider", "leren_leerlingen", None),  # as the publication spells it
    ("LOB'er", "lob_er", "leren_leerlingen", None),
    ("LOB’er", "lob_er", "leren_leerlingen", None),  # curly apostrophe, as in the publication
    ("decaan", "decaan", "leren_leerlingen", None),
    ("studiedecaan", "decaan", "leren_leerlingen", None),
    ("zorgcoördinator", "zorgcoordinator", "leren_leerlingen", None),
    ("leerlingbegeleider", "leerlingbegeleider", "leren_leerlingen", None),
    ("Montessori", "montessorididactiek", "leren_leerlingen", None),
    ("Dalton", "daltondidactiek", "leren_leerlingen", None),
    ("ICT-didactiek", "ict_didactiek", "leren_leerlingen", None),
    ("omgevingsonderwijs", "omgevingsonderwijs", "leren_leerlingen", None),
    ("praktijkleren", "praktijkleren", "leren_leerlingen", None),
    ("assessment en beoordeling", "expert_toetsing", "leren_leerlingen", None),
    ("activerende didactiek", "activerende_didactiek", "leren_leerlingen", None),
    ("expert motivatie", "expert_motivatie", "leren_leerlingen", None),
    ("werkplekleren", "expert_werkplekleren", "leren_leerlingen", None),
    # Domein 2: ontwikkelen van onderwijs
    ("profielwerkstuk", "profielwerkstuk_aanpak", "onderwijs_ontwikkelen", None),
    ("leerlijnen ontwikkelen", "leerlijnen_ontwikkelen", "onderwijs_ontwikkelen", None),
    ("vakoverstijgend", "vakoverstijgend_onderwijs", "onderwijs_ontwikkelen", None),
    ("socialisatie en persoonsvorming", "socialisatie_persoonsvorming", "onderwijs_ontwikkelen", None),
    ("lesmateriaal ontwikkelen", "lesmateriaal_ontwikkelen", "onderwijs_ontwikkelen", None),
    ("educatieve uitgever", "lesmateriaal_ontwikkelen", "onderwijs_ontwikkelen", None),
    ("ICT-rijke lesaanpakken", "ict_rijke_lesaanpak", "onderwijs_ontwikkelen", None),
    ("lesson study", "lesson_study", "onderwijs_ontwikkelen", None),
    ("docentontwikkelteam", "docentontwikkelteam", "onderwijs_ontwikkelen", None),
    ("zelfstudie", "zelfstudie", "onderwijs_ontwikkelen", None),
    ("professionele leergemeenschap", "professionele_leergemeenschap", "onderwijs_ontwikkelen", None),
    ("onderzoeksdocent", "onderzoeksdocent", "onderwijs_ontwikkelen", None),
    ("praktijkonderzoek in een masteropleiding", "praktijkonderzoek_master", "onderwijs_ontwikkelen", None),
    ("leraar-promovendus", "leraar_promovendus", "onderwijs_ontwikkelen", None),
    ("kennis delen", "kennis_delen", "onderwijs_ontwikkelen", None),
    # Domein 3: organiseren van onderwijs, per niveau
    ("excursies en werkweken", "excursies_werkweken", "onderwijs_organiseren", "team"),
    ("examens coördineren", "examensecretaris", "onderwijs_organiseren", "team"),
    ("sectieleider", "sectieleider", "onderwijs_organiseren", "team"),
    ("(G)MR", "medezeggenschapsraad", "onderwijs_organiseren", "school"),
    ("medezeggenschapsraad", "medezeggenschapsraad", "onderwijs_organiseren", "school"),
    ("lokale onderwijsagenda", "lokale_onderwijsagenda", "onderwijs_organiseren", "lokaal"),
    ("ambassadeur Onderwijscoöperatie", "ambassadeur_onderwijscooperatie", "onderwijs_organiseren", "landelijk"),
    ("ledenraad vakbond", "ledenraad_vakbond", "onderwijs_organiseren", "landelijk"),
    ("Onderwijsraad", "onderwijsraad", "onderwijs_organiseren", "landelijk"),
    ("registercommissie", "registercommissie", "onderwijs_organiseren", "landelijk"),
    ("hybride leraar-ambtenaar", "leraar_ambtenaar", "onderwijs_organiseren", "landelijk"),
    # Domein 4: ondersteunen van het leren van collega's
    ("werkplekbegeleider", "werkplekbegeleider", "collegas_ondersteunen", None),
    ("schoolopleider", "schoolopleider", "collegas_ondersteunen", None),
    ("coach van nieuwe collega's", "coach_nieuwe_collegas", "collegas_ondersteunen", None),
    ("(huis)academie", "huisacademie", "collegas_ondersteunen", None),
    ("trainingen op studiedagen en conferenties", "trainer_scholing", "collegas_ondersteunen", None),
    ("coach LerarenOntwikkelFonds", "coach_lof", "collegas_ondersteunen", None),
    # Rollen buiten de school
    ("teacherpreneur", "teacherpreneur", OUT, None),
    ("circulaire loopbaan", "circulaire_loopbaan", OUT, None),
    ("bruggenbouwer", "bruggenbouwer", OUT, None),
    ("kunstenaar", "kunstenaar", OUT, None),
    ("baan in een bedrijf", "baan_in_bedrijf", OUT, None),
    ("andere onderwijssector", "andere_onderwijssector", OUT, None),
]


@pytest.mark.parametrize("label, role_id, domain, level", PUBLICATION_ROLES, ids=[r[0] for r in PUBLICATION_ROLES])
def test_publication_role_is_found_in_its_domain(knowledge, label, role_id, domain, level):
    role = knowledge.role(label)
    assert role is not None, f"{label!r} not found"
    assert role.id == role_id
    if domain == OUT:
        assert role.outside_school is True
        assert role.domain is None
        assert role in knowledge.roles_outside_school()
    else:
        assert role.outside_school is False
        assert role.domain == domain
        assert role.level == level


def test_every_shipped_role_is_covered_by_the_publication_list(knowledge):
    covered = {role_id for _, role_id, _, _ in PUBLICATION_ROLES}
    # meedenken_schoolbeleid comes from "bijdragen aan (bovenschools) beleid" in §1.2 domein 3.
    assert set(knowledge.roles) - covered <= {"meedenken_schoolbeleid"}


# --- what teachers type ----------------------------------------------------


@pytest.mark.parametrize(
    "typed, role_id",
    [
        ("sectievoorzitter", "sectieleider"),
        ("Sectievoorzitter", "sectieleider"),
        ("vakgroepvoorzitter", "sectieleider"),
        ("MR", "medezeggenschapsraad"),
        ("mr", "medezeggenschapsraad"),
        ("GMR", "medezeggenschapsraad"),
        ("de MR", "medezeggenschapsraad"),
        ("ZORGCOORDINATOR", "zorgcoordinator"),
        ("zorgcoordinator", "zorgcoordinator"),
        ("Zorgcoördinator", "zorgcoordinator"),
        ("onderwijscooperatie", "ambassadeur_onderwijscooperatie"),
        ("ONDERWIJSCOÖPERATIE", "ambassadeur_onderwijscooperatie"),
        ("LOB", "lob_er"),
        ("PWS", "profielwerkstuk_aanpak"),
        ("SLB", "studieloopbaanbegeleider"),
        ("PLG", "professionele_leergemeenschap"),
        ("DOT", "docentontwikkelteam"),
        ("stagiair begeleiden", "werkplekbegeleider"),
        ("werkplekbegeleidr", "werkplekbegeleider"),  # one typo allowed
    ],
)
def test_synonyms_abbreviations_case_and_accents(knowledge, typed, role_id):
    role = knowledge.role(typed)
    assert role is not None, typed
    assert role.id == role_id


@pytest.mark.parametrize("typed", ["", "   ", "koken", "astronaut", "zwemleraar bij de gemeente"])
def test_unknown_roles_are_not_invented(knowledge, typed):
    assert knowledge.role(typed) is None


def test_closest_roles_suggests_lookalikes(knowledge):
    suggestions = [r.id for r in knowledge.closest_roles("zorgcoordinatorr van de school")]
    assert "zorgcoordinator" in suggestions
    assert len(suggestions) <= 3


def test_stagiair_begeleiden_via_the_matcher(matcher):
    result = matcher.match("stagiair begeleiden")
    assert result.role_ids(1) == ["werkplekbegeleider"]
    assert result.domain_ids(1) == ["collegas_ondersteunen"]


def test_domain_lookup(knowledge):
    assert knowledge.domain("leren_leerlingen").id == "leren_leerlingen"
    assert knowledge.domain("Organiseren van onderwijs").id == "onderwijs_organiseren"
    assert knowledge.domain("ondersteunen van het leren van collega's").id == "collegas_ondersteunen"
    assert knowledge.domain("ONTWIKKELEN VAN ONDERWIJS").id == "onderwijs_ontwikkelen"
    assert knowledge.domain("") is None


# --- role-specific hints ---------------------------------------------------


def test_schoolopleider_recognition_mentions_velon(knowledge):
    assert "VELON" in knowledge.role("schoolopleider").hints["erkenning"]


def test_montessori_recognition_mentions_certificate(knowledge):
    assert "Montessori-certificaat" in knowledge.role("montessorididactiek").hints["erkenning"]


def test_recognition_question_names_the_publication_examples(knowledge):
    covers = knowledge.questions["erkenning"].covers
    assert "Montessori-certificaat" in covers and "VELON" in covers


def test_hints_only_use_transition_question_ids(knowledge):
    for role in knowledge.roles.values():
        assert set(role.hints) <= set(knowledge.questions), role.id
        assert all(text.strip() for text in role.hints.values()), role.id


# --- filters ---------------------------------------------------------------


def test_roles_by_domain(knowledge):
    organising = knowledge.roles_by(domain="onderwijs_organiseren")
    assert {r.id for r in organising} >= {"sectieleider", "medezeggenschapsraad", "onderwijsraad"}
    assert all(r.domain == "onderwijs_organiseren" for r in organising)
    total = sum(len(knowledge.roles_by(domain=d)) for d in DOMAIN_IDS) + len(knowledge.roles_outside_school())
    assert total == len(knowledge.roles)


def test_roles_by_stage(knowledge):
    starting = {r.id for r in knowledge.roles_by(stage="startend")}
    assert "onderwijsraad" not in starting
    assert "schoolopleider" not in starting
    assert "mentor" in starting
    assert all("startend" in knowledge.roles[rid].stages for rid in starting)
    in_training = {r.id for r in knowledge.roles_by(stage="in_opleiding")}
    assert "mentor" in in_training and "zorgcoordinator" not in in_training


def test_roles_by_combined_filters(knowledge):
    found = {r.id for r in knowledge.roles_by(domain="onderwijs_organiseren", stage="startend", audience="student")}
    assert "medezeggenschapsraad" in found and "excursies_werkweken" in found
    assert "onderwijsraad" not in found and "sectieleider" not in found
    assert knowledge.roles_by(domain="bestaat_niet") == []
    assert knowledge.roles_by(audience="bestaat_niet") == []


def test_roles_by_audience_respects_restricted_roles(make_knowledge_dir):
    base = make_knowledge_dir()
    path = base / "roles" / "onderwijs_organiseren.yml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    for role in data["roles"]:
        if role["id"] == "onderwijsraad":
            role["audiences"] = ["leraar"]
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    knowledge = load_knowledge(base_dir=base, use_local=False)
    assert "onderwijsraad" in {r.id for r in knowledge.roles_by(audience="leraar")}
    assert "onderwijsraad" not in {r.id for r in knowledge.roles_by(audience="student")}
    assert "onderwijsraad" not in {r.id for r in knowledge.roles_by(audience="zij_instromer")}
    assert "mentor" in {r.id for r in knowledge.roles_by(audience="student")}  # default: all audiences
