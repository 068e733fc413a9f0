"""Free Dutch chat text, typed the way teachers, pabo students and zij-instromers type, finds the right roles."""
import pytest

LL, OW, OR, CO = "leren_leerlingen", "onderwijs_ontwikkelen", "onderwijs_organiseren", "collegas_ondersteunen"
OUT = None  # outside-school roles have no domain

PHRASES = [
    # inflected verbs
    ("ik coachte vorig jaar twee nieuwe collega's", "coach_nieuwe_collegas", CO),
    ("ik heb al een paar starters gecoacht", "coach_nieuwe_collegas", CO),
    ("ik organiseer elk jaar de werkweken", "excursies_werkweken", OR),
    ("ik ontwikkelde een nieuwe leerlijn voor biologie", "leerlijnen_ontwikkelen", OW),
    ("ik ontwikkel lesmateriaal voor mijn sectie", "lesmateriaal_ontwikkelen", OW),
    ("ik ben zij-instromer en organiseerde jarenlang evenementen", "excursies_werkweken", OR),
    ("ik wil promoveren naast mijn baan", "leraar_promovendus", OW),
    ("ik wil leerlingen motiveren die afhaken", "expert_motivatie", LL),
    # plural nouns
    ("ik begeleid graag stagiairs", "werkplekbegeleider", CO),
    ("ik regel de examens op onze school", "examensecretaris", OR),
    ("ik heb workshops gegeven op een studiedag", "trainer_scholing", CO),
    ("ik heb leerlingen begeleid met hun profielwerkstukken", "profielwerkstuk_aanpak", OW),
    ("we ontwikkelen curricula met de sectie", "leerlijnen_ontwikkelen", OW),
    # abbreviations
    ("ik zit in de mr", "medezeggenschapsraad", OR),
    ("sinds vorig jaar zit ik in de GMR van ons bestuur", "medezeggenschapsraad", OR),
    ("ik geef LOB lessen aan de bovenbouw", "lob_er", LL),
    ("ik begeleid leerlingen bij hun pws", "profielwerkstuk_aanpak", OW),
    ("ik ben slb er op het mbo", "studieloopbaanbegeleider", LL),
    ("we hebben op school een plg over formatief evalueren", "professionele_leergemeenschap", OW),
    ("ik zit in een dot met collega's", "docentontwikkelteam", OW),
    ("ik wil meer met ict doen in mijn lessen", "ict_didactiek", LL),
    # typos, no capitals, no punctuation
    ("ik wil zorgcoordinatr worden", "zorgcoordinator", LL),
    ("ik wil excursies organiseern", "excursies_werkweken", OR),
    ("ik ben mentr van een brugklas", "mentor", LL),
    ("ik ben al jaren mentor van een havo 4 klas", "mentor", LL),
    ("montessori spreekt me erg aan", "montessorididactiek", LL),
    ("ik ben sectievoorzitter nederlands", "sectieleider", OR),
    # compounds
    ("lesmateriaalontwikkeling vind ik het leukste", "lesmateriaal_ontwikkelen", OW),
    ("ik ben examencoördinator", "examensecretaris", OR),
    ("ik werk op een daltonschool", "daltondidactiek", LL),
    ("ik geef burgerschapslessen", "socialisatie_persoonsvorming", OW),
    # side-entrants and pabo students
    ("ik was 10 jaar monteur", "praktijkleren", LL),
    ("ik heb als trainer in het bedrijfsleven gewerkt", "trainer_scholing", CO),
    ("ik ben pabo student en wil later intern begeleider worden", "zorgcoordinator", LL),
    ("als pabo student wil ik later buiten lesgeven in de natuur", "omgevingsonderwijs", LL),
    # more roles from the publication
    ("ik wil graag eerstegraads worden", "tweedegraads_naar_eerstegraads", LL),
    ("ik wil een tweede bevoegdheid halen voor natuurkunde", "tweede_bevoegdheid_tekortvak", LL),
    ("ik doe een master en onderzoek op school", "praktijkonderzoek_master", OW),
    ("ik wil meedoen met lesson study", "lesson_study", OW),
    ("ik help leerlingen met faalangst", "leerlingbegeleider", LL),
    ("ik wil leerlingen beter helpen bij het rekenen", "expert_rekendidactiek", LL),
    ("taalontwikkeling en begrijpend lezen interesseren me", "expert_taalontwikkeling", LL),
    ("ik ben decaan en help met profielkeuze", "decaan", LL),
    ("ik zit in de ledenraad van de aob", "ledenraad_vakbond", OR),
    ("ik praat mee met de gemeente over de lokale onderwijsagenda", "lokale_onderwijsagenda", OR),
    ("ik wil schoolopleider worden op onze opleidingsschool", "schoolopleider", CO),
    ("ik maak toetsen en rubrics voor de sectie", "expert_toetsing", LL),
    ("ik schrijf mee aan een methode bij een uitgeverij", "lesmateriaal_ontwikkelen", OW),
    ("ik wil vakoverstijgend werken rond ondernemerschap", "vakoverstijgend_onderwijs", OW),
    ("ik onderzoek mijn eigen lessen met een kritische vriend", "zelfstudie", OW),
    # outside school: only the role counts
    ("ik heb een eigen bedrijf naast het lesgeven", "teacherpreneur", OUT),
    ("ik ben ook kunstenaar en exposeer in een galerie", "kunstenaar", OUT),
    ("ik wil een tijdje buiten het onderwijs werken en dan terugkomen", "circulaire_loopbaan", OUT),
    ("ik werk twee dagen in een bedrijf en drie dagen op school", "baan_in_bedrijf", OUT),
    # from the simulated-user audit: passions and tasks that found no fitting role before
    ("als een les lukt en ze echt praten in het engels", "expert_taalontwikkeling", LL),
    ("spreekvaardigheid bij engels vind ik het belangrijkste", "expert_taalontwikkeling", LL),
    ("ik geef nt2 aan nieuwkomers", "expert_taalontwikkeling", LL),
    ("ik wil met nieuwkomers in de isk werken", "expert_taalontwikkeling", LL),
    ("ik geef les op een tweetalige school", "expert_taalontwikkeling", LL),
    ("onderzoek doen naar hoe kinderen leren lezen", "onderzoeksdocent", OW),
    ("ik wil onderzoek doen naar hoe kinderen leren lezen", "expert_taalontwikkeling", LL),
    ("debatteren met leerlingen, rechtvaardigheid, dat ze kritisch leren denken", "socialisatie_persoonsvorming", OW),
    ("ik wil leerlingen leren debatteren en kritisch denken", "socialisatie_persoonsvorming", OW),
    ("experimenten en leerlingen zelf laten ontdekken", "activerende_didactiek", LL),
    ("practica ontwerpen en leerlingen zelf laten onderzoeken", "activerende_didactiek", LL),
    ("ik laat kinderen graag proefjes doen", "activerende_didactiek", LL),
    ("onderzoekend leren vind ik het mooiste", "activerende_didactiek", LL),
    ("zorg voor kinderen met medische problemen en rust brengen in de klas", "zorgcoordinator", LL),
    ("zorg voor kinderen met medische problemen en rust brengen in de klas", "leerlingbegeleider", LL),
    ("kinderen die moeilijk praten of lezen", "zorgcoordinator", LL),
    ("meer de ib kant", "zorgcoordinator", LL),
    ("ik wil meer de IB-kant op", "zorgcoordinator", LL),
    ("ik werk graag met kinderen met gedragsproblemen", "zorgcoordinator", LL),
    ("ik werk graag met montessorimateriaal en wil dieper de didactiek in", "montessorididactiek", LL),
    ("gastvrijheid, en studenten klaarstomen voor het echte werk", "praktijkleren", LL),
    ("ik vind het mooi om studenten klaar te stomen voor het werkveld", "expert_werkplekleren", LL),
    ("trainingen geven aan nieuwe receptionisten", "trainer_scholing", CO),
    ("ik werkte in een hotel en gaf trainingen aan nieuw personeel", "trainer_scholing", CO),
    ("workshopje aan het team", "trainer_scholing", CO),
    ("voorlichting aan leerkrachten", "trainer_scholing", CO),
    ("lunchsessies python aan collega's", "huisacademie", CO),
    ("jonge collega's dingen leren", "coach_nieuwe_collegas", CO),
    ("beleid maken en collega's meekrijgen in iets nieuws", "meedenken_schoolbeleid", OR),
    ("ik wil draagvlak creëren voor vernieuwing", "meedenken_schoolbeleid", OR),
    ("roosters maken", "examensecretaris", OR),
    ("ik maakte de roosters voor de hele school", "examensecretaris", OR),
    ("de sportdag neerzetten", "excursies_werkweken", OR),
    ("sportdagen organiseren", "excursies_werkweken", OR),
    ("ik organiseer de sportdag en het schoolkamp", "excursies_werkweken", OR),
    ("reizen, andere culturen, kinderen uit andere landen", "circulaire_loopbaan", OUT),
    ("een jaar in het buitenland lesgeven", "circulaire_loopbaan", OUT),
    ("ik wil een jaar naar een internationale school in het buitenland", "circulaire_loopbaan", OUT),
    ("bandjes, musical, zelf spelen", "kunstenaar", OUT),
    ("muzikant blijven naast het lesgeven", "kunstenaar", OUT),
    ("ik speel in een band en wil muzikant blijven naast het lesgeven", "kunstenaar", OUT),
    ("tekenen, huisstijlen ontwerpen, ik ben freelancer", "kunstenaar", OUT),
    ("tekenen, huisstijlen ontwerpen, ik ben freelancer", "teacherpreneur", OUT),
    ("ik hou van toneel en zingen", "kunstenaar", OUT),
]


def test_enough_phrases():
    assert len(PHRASES) >= 35


def test_every_expected_role_exists(knowledge):
    for _, role_id, domain in PHRASES:
        role = knowledge.roles[role_id]
        assert role.domain == domain, (role_id, role.domain, domain)


@pytest.mark.parametrize("text, role_id, domain", PHRASES, ids=[p[0] for p in PHRASES])
def test_phrase_finds_role_and_domain(matcher, text, role_id, domain):
    result = matcher.match(text)
    assert role_id in result.role_ids(3), f"{text!r}: top roles {[(h.id, round(h.score, 2)) for h in result.roles[:5]]}"
    hit = next(h for h in result.roles if h.id == role_id)
    assert hit.score > 0 and hit.evidence
    if domain is not None:
        assert domain in result.domain_ids(3), f"{text!r}: top domains {result.domain_ids(3)}"
    assert result.negated_roles == []


# --- evidence quotes the user's own words ----------------------------------------


@pytest.mark.parametrize(
    "text, role_id, quoted",
    [
        ("ik begeleid graag stagiairs", "werkplekbegeleider", "stagiairs"),
        ("sinds vorig jaar zit ik in de GMR van ons bestuur", "medezeggenschapsraad", "GMR"),
        ("ik wil zorgcoordinatr worden", "zorgcoordinator", "zorgcoordinatr"),
        ("Lesmateriaalontwikkeling vind ik het leukste", "lesmateriaal_ontwikkelen", "Lesmateriaalontwikkeling"),
        ("ik ben Examencoördinator", "examensecretaris", "Examencoördinator"),
        ("ik coachte vorig jaar twee nieuwe collega's", "coach_nieuwe_collegas", "coachte"),
    ],
)
def test_evidence_quotes_the_user_as_typed(matcher, text, role_id, quoted):
    hit = next(h for h in matcher.match(text).roles if h.id == role_id)
    assert any(quoted in e for e in hit.evidence), hit.evidence
    for quote in hit.evidence:
        assert quote in text, f"evidence {quote!r} is not the user's own text"


def test_domain_evidence_includes_the_role_words(matcher):
    result = matcher.match("ik begeleid graag stagiairs")
    domain = next(h for h in result.domains if h.id == "collegas_ondersteunen")
    assert any("stagiairs" in e for e in domain.evidence)


# --- negation and unrelated text ---------------------------------------------------


def test_negated_role_is_reported_apart(matcher):
    result = matcher.match("ik ben geen mentor meer")
    assert "mentor" in [h.id for h in result.negated_roles]
    assert "mentor" not in result.role_ids()


def test_negation_stays_in_its_clause(matcher):
    result = matcher.match("ik ben geen mentor meer, maar wel decaan")
    assert result.role_ids(1) == ["decaan"]
    assert "mentor" in [h.id for h in result.negated_roles]
    assert "mentor" not in result.role_ids()


def test_role_named_both_negated_and_not_counts_as_positive(matcher):
    result = matcher.match("ik ben mentor, maar geen mentor van de brugklas")
    assert "mentor" in result.role_ids()
    assert "mentor" not in [h.id for h in result.negated_roles]


@pytest.mark.parametrize(
    "text",
    ["ik hou van koken en wandelen", "het weer is mooi vandaag", "hoi", "", "ik heb twee katten en een hond"],
)
def test_unrelated_text_matches_no_role_strongly(matcher, text):
    result = matcher.match(text)
    assert not result.roles or result.roles[0].score < 1.0, [(h.id, h.score) for h in result.roles[:3]]


def test_name_weighs_more_than_a_keyword(matcher):
    by_name = matcher.match("ik ben mentor").roles[0]
    by_keyword = matcher.match("ik heb veel contact met ouders").roles[0]
    assert by_name.id == by_keyword.id == "mentor"
    assert by_name.score > by_keyword.score


def test_ranking_is_by_score(matcher):
    result = matcher.match("ik ben decaan en help met profielkeuze")
    scores = [h.score for h in result.roles]
    assert scores == sorted(scores, reverse=True)
    assert result.role_ids(1) == ["decaan"]  # name beats the shared keyword of lob_er


def test_niet_alleen_maar_ook_is_not_a_negation(matcher):
    result = matcher.match("ik ben niet alleen mentor maar ook decaan")
    assert "mentor" in result.role_ids()


def test_nooit_meer_zonder_is_not_a_negation(matcher):
    result = matcher.match("ik wil nooit meer zonder mijn mentorklas")
    assert "mentor" not in [h.id for h in result.negated_roles]


def test_niets_leuker_dan_is_not_a_negation(matcher):
    result = matcher.match("ik vind niets leuker dan stagiairs begeleiden")
    assert result.role_ids(1) == ["werkplekbegeleider"]


def test_a_huge_paste_is_cut_and_still_matched(matcher):
    text = "ik begeleid stagiairs. " + "bla " * 50000
    result = matcher.match(text)
    assert "werkplekbegeleider" in result.role_ids(3)


def test_no_knowledge_phrase_shrinks_to_one_short_common_word(knowledge):
    """'tijdje weg' lost 'weg' as a stop word and matched every 'de laatste tijd'."""
    from actions.text import phrase_keys

    # Short, but still about the work: "mijn vak", "voor de klas", "den haag".
    telling = {"vak", "klas", "haag"}

    shrunk = []
    for item in [*knowledge.roles.values(), *knowledge.domains.values()]:
        phrases = [item.name, *getattr(item, "synonyms", ()), *item.keywords]
        for phrase in phrases:
            keys = phrase_keys(phrase)
            if len(phrase.split()) > 1 and len(keys) == 1 and len(keys[0]) <= 4 and keys[0] not in telling:
                shrunk.append((item.id, phrase, keys[0]))
    assert shrunk == []


@pytest.mark.parametrize(
    "text, role_id",
    [
        ("ik heb een goede band met mijn klas", "kunstenaar"),  # a bond, not a band
        ("ik wil ontdekken wat bij me past", "activerende_didactiek"),
        ("ik wil zelf ontdekken wat ik leuk vind", "activerende_didactiek"),
        ("montessori spreekt me erg aan", "expert_taalontwikkeling"),  # "spreekt aan" is not speaking
        ("ik mis waardering van mijn leidinggevende", "socialisatie_persoonsvorming"),
        ("ik wil leren van collega's", "coach_nieuwe_collegas"),
    ],
)
def test_everyday_words_do_not_point_at_a_role(matcher, text, role_id):
    assert role_id not in matcher.match(text).role_ids(), [(h.id, h.score) for h in matcher.match(text).roles[:3]]


def test_a_while_is_no_career_break(matcher):
    assert "circulaire_loopbaan" not in matcher.match("de laatste tijd heb ik minder energie").role_ids()
    assert matcher.match("ik wil een tijdje ertussenuit en dan terugkomen").role_ids()[0] == "circulaire_loopbaan"


def test_a_compound_only_starts_with_a_stem_that_is_a_word(matcher):
    assert "omgevingsonderwijs" not in matcher.match("een jaar in het buitenland lesgeven").role_ids()
    assert "expert_rekendidactiek" in matcher.match("ik geef graag rekenles").role_ids()


def test_naming_your_own_sector_is_no_wish_for_another(matcher):
    for text in ("ik werk in het mbo", "leerkracht in het speciaal onderwijs", "ik geef les in het basisonderwijs"):
        assert "andere_onderwijssector" not in matcher.match(text).role_ids()
    assert "andere_onderwijssector" in matcher.match("ik wil een andere sector proberen").role_ids()


@pytest.mark.parametrize("text", ["natuurkunde", "ik geef aardrijkskunde", "ik werk in nederland"])
def test_a_compound_with_a_new_meaning_is_not_its_first_part(matcher, text):
    """"natuurkunde" is physics, not nature: it points at no nature education."""
    assert "omgevingsonderwijs" not in [hit.id for hit in matcher.match(text).roles]
