"""What the assistant says stays within what "Een beroepsbeeld voor de leraar" (2017) says.

1. No rules the publication does not give: no bevoegdheid rule, salary scale, hours or admission rule in
   any knowledge text (knowledge/*.yml, knowledge/roles/*.yml) or reply text (every string literal of
   every Python module under actions/, read with `ast`, and the `responses:` of domain.yml). Only the
   formal recognition the publication itself names (the Montessori certificate, the VELON registration
   for schoolopleiders, coach certification) may be stated. The detector looks for a rule being STATED
   ("met een eerstegraads bevoegdheid mag je ...", "je krijgt LC", "40 taakuren"), not for the words:
   saying that it gives no such rules and who does know ("Over bevoegdheden ... weet de lerarenopleiding
   het precies") is what the assistant should do. Its own tests below show both sides.
2. Every knowledge item names a real section of the publication in `source`, and the section fits.
3. The publication's framing is there, in short plain sentences of our own.
4. The school's vocabulary (intern begeleider, examensecretaris, ...) is marked apart from the
   publication's, and is still understood.
"""
from __future__ import annotations

import ast
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator, List, Optional, Tuple

import pytest
import yaml

from actions.knowledge import FRAMING_IDS, KnowledgeError, load_knowledge

ROOT = Path(__file__).resolve().parent.parent
KNOWLEDGE = ROOT / "knowledge"
ACTIONS = ROOT / "actions"
DOMAIN = ROOT / "domain.yml"

# --- the rule detector ------------------------------------------------------------------------------

NUM = (r"(?:\d+(?:[.,]\d+)?|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|twintig|dertig"
       r"|veertig|vijftig|zestig|honderd)")
MODAL = r"\b(?:mag|mogen|mocht|mochten|kun|kunt|kan|kunnen|bevoegd)\b"
TEACH = r"\b(?:les\s?geven|lesgeven|lesgeeft|les\s+te\s+geven|onderwijzen|voor\s+de\s+klas(?:\s+staan)?)\b"
SCHOOL_LEVEL = r"\b(?:bovenbouw\w*|onderbouw\w*|havo|vwo|vmbo|examenklas\w*)\b"
SCOPE = (r"\b(?:in|aan|op|voor)\s+(?:de\s+|het\s+|alle\s+|meer\s+|hogere\s+)?"
         r"(?:meer|alle|hogere|bovenbouw\w*|onderbouw\w*|havo|vwo|vmbo|examenklas\w*|klassen|leerjaren|niveaus)\b")
GRADE = r"\b(?:eerste|tweede)graads\w*"
OBLIGATION = (r"\b(?:moet|moeten|moest|dient|dienen|verplicht\w*|vereist|nodig|noodzakelijk|voorwaarden?"
              r"|eis|eisen)\b")
CREDENTIAL = (r"\b(?:bevoegdheid|bevoegdheden|bevoegd|diploma\w*|getuigschrift\w*|pdg|graad|bachelor\w*|master\w*"
              r"|certifica\w*|registratie\w*|geregistreerd|propedeuse|toelatingstoets\w*|assessment)\b")
PAY_OR_HOURS = (r"\b(?:lb|lc|ld|toelage\w*|salarisverhoging|loonsverhoging|verhoging|bonus|taakuren|taakuur|uren"
                r"|uur|periodiek\w*|meer\s+salaris|meer\s+geld|extra\s+salaris|betaald|vergoeding)\b")
WORK_CUE = (r"\b(?:krijg\w*|taak\w*|rol|rollen|per|week|jaar|fte|functie|mentor\w*|werk|scholing|studie"
            r"|facilit\w*|betaald|vergoed\w*|ervoor|daarvoor|hiervoor|lesgeven)\b")
# The formal recognition the publication itself names (§1.3 Vraagstukken bij loopbaanpaden, erkenning).
PUBLICATION_NAMED = r"montessori|velon|vereniging van lerarenopleiders|coach-?\s?certific"


def _has(pattern: str, sentence: str) -> bool:
    return re.search(pattern, sentence) is not None


@dataclass(frozen=True)
class Rule:
    category: str  # bevoegdheid, salaris, uren, toelating
    name: str
    test: Callable[[str], bool]


def _statement(sentence: str) -> bool:
    return not sentence.rstrip().endswith("?")


RULES: Tuple[Rule, ...] = (
    # "met een eerstegraads bevoegdheid mag je in de bovenbouw lesgeven"
    Rule("bevoegdheid", "what a graad allows",
         lambda s: _has(GRADE, s) and (_has(SCOPE, s) or _has(SCHOOL_LEVEL, s))
         and (_has(MODAL, s) or _has(r"\b(?:alleen|niet)\b", s))),
    # "kun je in meer klassen lesgeven"
    Rule("bevoegdheid", "where you may teach", lambda s: _has(MODAL, s) and _has(TEACH, s) and _has(SCOPE, s)),
    # "bevoegdheid voor de bovenbouw", "bevoegd om les te geven"
    Rule("bevoegdheid", "what a bevoegdheid covers",
         lambda s: _has(r"\bbevoegd\w*\s+(?:voor|om|in|tot|op)\s+(?:de\s+|het\s+)?(?:bovenbouw|onderbouw|havo|vwo"
                        r"|vmbo|mbo|hbo|po|vo|alle|meer|hogere|klas\w*|les\b|lesgeven|te\b|leerjaren|examen\w*)", s)),
    # "zonder bevoegdheid mag je niet voor de klas"
    Rule("bevoegdheid", "what you may not do without one",
         lambda s: _has(r"\bzonder\s+(?:een\s+|de\s+|je\s+)?[\w-]*\s?(?:bevoegdheid|diploma|getuigschrift|pdg|graad)\b",
                        s) and (_has(MODAL, s) or _has(r"\bniet\b", s))),
    # "je moet eerst een pedagogisch-didactisch diploma hebben"; questions and the publication's own
    # examples of formal recognition are not rules.
    Rule("toelating", "a required qualification",
         lambda s: _statement(s) and _has(OBLIGATION, s) and _has(CREDENTIAL, s) and not _has(PUBLICATION_NAMED, s)),
    # "de toelatingseis is ...", "als toelatingseis geldt ..."
    Rule("toelating", "an admission requirement",
         lambda s: _has(r"\btoelatingseis\w*\s*(?::|(?:is|zijn|geldt|gelden|luidt|luiden|voor)\b)"
                        r"|\b(?:de|als|een|deze|die|jouw|je|enige)\s+toelatingseis", s)),
    # "je wordt alleen toegelaten met ...", "voor de toelating moet je ..."
    Rule("toelating", "a condition for admission",
         lambda s: _statement(s) and (
             (_has(r"\btoegelaten\b", s) and (_has(r"\b(?:als|met|na|wanneer|indien|alleen|pas)\b", s)
                                             or _has(OBLIGATION, s)))
             or (_has(r"\btoelating\b", s) and _has(r"\b(?:moet|moeten|nodig|vereist|verplicht)\b", s)))),
    # "je hebt minimaal vijf jaar ervaring nodig", "pas na twee jaar"
    Rule("toelating", "required years",
         lambda s: _has(r"\b(?:minimaal|minstens|ten\s+minste|tenminste)\s+" + NUM + r"\s+jaar\b", s)
         or _has(r"\b(?:pas|alleen)\s+na\s+" + NUM + r"\s+jaar\b", s)
         or (_has(r"\b" + NUM + r"\s+jaar\s+(?:werk)?ervaring\b", s) and _has(OBLIGATION, s))),
    # "je krijgt LC"
    Rule("salaris", "a scale by name", lambda s: _has(r"\b(?:lb|lc|ld)\b", s)),
    # "schaal 11", "salarisschaal LC"
    Rule("salaris", "a scale by number", lambda s: _has(r"\b(?:salaris)?schaal\s*(?:\d+|lb|lc|ld|le)\b", s)),
    # "je komt in een hogere schaal"
    Rule("salaris", "a move in scale",
         lambda s: _has(r"\b(?:hogere|lagere|andere|nieuwe|zwaardere|betere|volgende)\s+(?:salaris)?schaal\b"
                        r"|\bingeschaald\b|\b(?:in|naar)\s+(?:een\s+|de\s+)?(?:salaris)?schaal\b"
                        r"|\b(?:salaris)?schaal\s+omhoog\b|\bsalarisschaal\w*\s+(?:is|zijn|wordt|gaat|hoort|past)\b", s)),
    # "je krijgt een toelage", "je krijgt er taakuren voor"
    Rule("salaris", "pay or hours you get",
         lambda s: _statement(s) and _has(r"\b(?:krijg|krijgt|krijgen|ontvang\w*|verdien\w*)\b", s)
         and _has(PAY_OR_HOURS, s)),
    # "volgens de cao ...", "je hebt recht op ..."
    Rule("salaris", "what the cao gives",
         lambda s: _has(r"\bvolgens\s+de\s+cao\b|\bin\s+de\s+cao\s+staat\b"
                        r"|\bde\s+cao\s+(?:zegt|regelt|bepaalt|geeft|schrijft|kent)\b|\brecht\s+op\b", s)),
    # "40 taakuren", "uur per week", "0,1 fte", "40 uur voor deze rol"
    Rule("uren", "hours",
         lambda s: _has(r"\b\d+(?:[.,]\d+)?\s*(?:taakuren|taakuur|klokuren|klokuur|lesuren|uren)\b", s)
         or _has(r"\b\w*(?:uur|uren)\s+per\s+(?:week|jaar|maand|klas|leerling|schooljaar|les|periode|dag)\b", s)
         or _has(r"\b\d+(?:[.,]\d+)?\s*fte\b", s)
         or (_has(r"\b" + NUM + r"\s+(?:uur|uren)\b", s) and _has(WORK_CUE, s))),
)


def _normalize(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.replace("’", "'").replace("‘", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.lower().split())


def sentences(text: str) -> List[str]:
    parts = re.split(r"(?<=[.!?;])\s+|\n+", text or "")
    return [_normalize(p) for p in parts if p.strip()]


def rule_statements(text: str) -> List[Tuple[str, str, str]]:
    """(category, rule name, sentence) for every rule stated in the text."""
    found = []
    for sentence in sentences(text):
        for rule in RULES:
            if rule.test(sentence):
                found.append((rule.category, rule.name, sentence))
    return found


# --- where the texts are ------------------------------------------------------------------------------

# Ids and citations, not text; "stages" and "audiences" are also the top-level lists of their files, so only
# a text or a list of texts under these keys is left out.
NOT_TEXT_KEYS = {"id", "source", "domain", "level", "stages", "audiences", "sectors", "levels"}


def knowledge_texts(base: Path = KNOWLEDGE) -> Iterator[Tuple[str, str]]:
    """(where, text) for every string in the shipped knowledge files, keywords and synonyms included."""
    files = sorted(base.glob("*.yml")) + sorted((base / "roles").glob("*.yml"))
    for path in files:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        yield from _walk(data, f"{path.relative_to(base.parent)}")


def _walk(value, where: str, key: str = "") -> Iterator[Tuple[str, str]]:
    if key in NOT_TEXT_KEYS and (isinstance(value, str)
                                 or isinstance(value, list) and all(isinstance(v, str) for v in value)):
        return
    if isinstance(value, str):
        yield where, value
    elif isinstance(value, list):
        for index, item in enumerate(value):
            label = f"{where}: {item['id']}" if isinstance(item, dict) and "id" in item else where
            yield from _walk(item, label if isinstance(item, dict) else f"{where}[{index}]", key if not
                             isinstance(item, dict) else "")
    elif isinstance(value, dict):
        for k, v in value.items():
            yield from _walk(v, f"{where}: {k}", str(k))


REGEX_LIKE = re.compile(r"\\[bwdsSW]|\(\?|\[\^")  # a pattern for reading the user, not something said
RE_FUNCTIONS = {"compile", "search", "match", "fullmatch", "findall", "finditer", "sub", "subn", "split"}


def python_texts(folder: Path = ACTIONS) -> Iterator[Tuple[str, str]]:
    """(file:line, text) for every string expression in every module under `folder`: plain, implicitly
    joined, f-strings (formatted parts read as '{}') and '+' chains. Docstrings and regular expressions
    (arguments of re.* calls, or text that looks like a pattern) are left out."""
    for path in sorted(folder.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                      if isinstance(node, (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))
                      and node.body and isinstance(node.body[0], ast.Expr)
                      and isinstance(node.body[0].value, ast.Constant) and isinstance(node.body[0].value.value, str)}
        for line, text in _strings(tree, docstrings):
            if not REGEX_LIKE.search(text):
                yield f"{path.relative_to(folder.parent)}:{line}", text


def _string_of(node: ast.AST) -> Optional[str]:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value if isinstance(v, ast.Constant) else "{}" for v in node.values)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _string_of(node.left), _string_of(node.right)
        if left is not None or right is not None:
            return (left if left is not None else "{}") + (right if right is not None else "{}")
    return None


def _is_re_call(node: ast.AST) -> bool:
    return (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in RE_FUNCTIONS
            and isinstance(node.func.value, ast.Name) and node.func.value.id == "re")


def _strings(node: ast.AST, docstrings: set) -> Iterator[Tuple[int, str]]:
    if _is_re_call(node) or id(node) in docstrings:
        return
    text = _string_of(node)
    if text is not None and not (isinstance(node, ast.BinOp) and text.replace("{}", "").strip() == ""):
        yield node.lineno, text
        return
    for child in ast.iter_child_nodes(node):
        yield from _strings(child, docstrings)


def domain_texts(path: Path = DOMAIN) -> Iterator[Tuple[str, str]]:
    """(response name, text) for every response text and button title in domain.yml."""
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    for name, variants in (data.get("responses") or {}).items():
        for variant in variants or []:
            if variant.get("text"):
                yield f"domain.yml: {name}", variant["text"]
            for button in variant.get("buttons") or []:
                yield f"domain.yml: {name} (button)", button.get("title", "")


def findings(texts: Iterator[Tuple[str, str]]) -> List[str]:
    return [f"{where}: {category} ({name}): {sentence!r}"
            for where, text in texts for category, name, sentence in rule_statements(text)]


# --- the detector itself: it must catch a stated rule and let a referral through ----------------------

STATED_RULES = [
    ("Met een eerstegraads bevoegdheid mag je ook in de bovenbouw lesgeven.", "bevoegdheid"),
    ("Zo verdiep je je vakkennis en kun je in meer klassen lesgeven.", "bevoegdheid"),
    ("bevoegdheid voor de bovenbouw", "bevoegdheid"),
    ("Als tweedegraads leraar mag je niet in de examenklassen van het vwo lesgeven.", "bevoegdheid"),
    ("Zonder bevoegdheid mag je niet voor de klas staan.", "bevoegdheid"),
    ("Je krijgt LC.", "salaris"),
    ("Als sectieleider zit je in schaal 11.", "salaris"),
    ("Met deze rol kom je in een hogere salarisschaal.", "salaris"),
    ("Een schoolopleider krijgt een toelage.", "salaris"),
    ("Volgens de cao heb je recht op scholingsuren.", "salaris"),
    ("Mentoren krijgen 40 taakuren per klas.", "uren"),
    ("Reken op twee uur per week voor de MR.", "uren"),
    ("Voor deze rol krijg je 40 uur.", "uren"),
    ("Je moet eerst een pedagogisch-didactisch diploma hebben.", "toelating"),
    ("De toelatingseis is een afgeronde bachelor.", "toelating"),
    ("Je wordt alleen toegelaten met een hbo-diploma.", "toelating"),
    ("Je hebt minimaal vijf jaar ervaring nodig om schoolopleider te worden.", "toelating"),
    ("Voor Dalton moet je een certificaat halen.", "toelating"),  # not one the publication names
]

NO_RULES = [
    # Saying there are no rules here, and who knows them.
    "Daar geeft het beroepsbeeld geen regels voor, en ik wil je niets verkeerds vertellen.",
    "Over salaris, schalen, toelagen, taakuren en regelingen zoals verlof gaat de cao en je school: "
    "vraag het je leidinggevende of HR (P&O).",
    "Over bevoegdheden, toelating en opleidingseisen weet de lerarenopleiding het precies; je leidinggevende of "
    "HR kan ook helpen.",
    "Over regels zoals bevoegdheden, salaris of toelatingseisen zeg ik niets: die verschillen per school en "
    "opleiding. Vraag ze na bij je leidinggevende, HR van je school of de lerarenopleiding.",
    "Wat het beroepsbeeld wel zegt: erkenning voor een rol als Mentor kan formeel zijn, informeel of via salaris.",
    # What the publication says.
    "Je groeit in je vak van tweedegraads naar eerstegraads vakleraar. Wat dat voor jou betekent, weten de "
    "lerarenopleiding en HR precies.",
    "Je haalt een bevoegdheid voor een tweede vak dat lijkt op jouw vak en waar veel vraag naar is.",
    "Voor Montessori bestaat een Montessori-certificaat. Vraag je leidinggevende hoe je dat haalt.",
    "Bij een paar rollen moet je aan een standaard voldoen, zoals voor het Montessori-certificaat.",
    "De Vereniging van Lerarenopleiders (VELON) heeft een beroepsregistratie voor schoolopleiders.",
    "Bij coaching bestaat coach-certificering; vraag je leidinggevende of dat bij jullie meetelt.",
    "Erkenning kan ook via een aangepast salaris gaan.",
    "Daarom verdient ook die nieuwe rol een goede start, met begeleiding en een inwerkperiode.",
    "Bij de toelating kan de opleiding breder kijken naar wat je al kunt.",
    # Questions for the manager are not rules.
    "Hoeveel tijd en ruimte krijg ik voor deze rol?",
    "Telt deze rol mee in mijn functie of salaris, en hoe is dat geregeld?",
    "Is er voor deze rol een certificaat of registratie die ik kan halen?",
    # Other numbers and hours.
    "Na 24 uur zonder berichten wis ik het gesprek.",
    "Je kunt ook minder lesgeven, een andere rol nemen of een tijd buiten de school werken.",
    "Deze rol hoort bij ervaren leraren: iets om over een paar jaar op te pakken.",
]


@pytest.mark.parametrize("sentence, category", STATED_RULES, ids=[s for s, _ in STATED_RULES])
def test_the_detector_catches_a_stated_rule(sentence, category):
    categories = {c for c, _, _ in rule_statements(sentence)}
    assert category in categories, f"not caught: {sentence!r} (found {categories or 'nothing'})"


@pytest.mark.parametrize("sentence", NO_RULES)
def test_the_detector_lets_referrals_and_the_publications_own_words_through(sentence):
    assert rule_statements(sentence) == []


def test_a_planted_rule_in_the_knowledge_fails(make_knowledge_dir):
    base = make_knowledge_dir()
    path = base / "roles" / "leren_leerlingen.yml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    for role in data["roles"]:
        if role["id"] == "tweedegraads_naar_eerstegraads":
            role["explanation"] = "Zo verdiep je je vakkennis en kun je in meer klassen lesgeven."
            role["keywords"].append("bevoegdheid voor de bovenbouw")
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    found = findings(knowledge_texts(base))
    assert len(found) == 2, found
    assert all(f.startswith("knowledge/roles/leren_leerlingen.yml: roles: tweedegraads_naar_eerstegraads: ")
               for f in found), found
    assert "explanation: bevoegdheid" in found[0] and "keywords[4]: bevoegdheid" in found[1]


def test_a_planted_rule_in_a_reply_module_fails_and_patterns_and_docstrings_do_not(tmp_path):
    package = tmp_path / "actions" / "replies"
    package.mkdir(parents=True)
    (package / "roles.py").write_text(
        '"""Replies about roles; bevoegdheid voor de bovenbouw is not said here."""\n'
        "import re\n"
        "_PAY = re.compile(r'\\b(schaal|lb|lc|ld|taakuren)\\b')\n"
        "PATTERNS = {'pay': r'\\b(salaris\\w*|schaal \\d+)\\b'}\n"
        "def mentor(role, hours):\n"
        '    """Mentoren krijgen 40 taakuren per klas (a docstring, not a reply)."""\n'
        "    first = ('Als mentor ben je het aanspreekpunt. '\n"
        "             'Met een eerstegraads bevoegdheid mag je in de bovenbouw lesgeven.')\n"
        "    second = f'Als {role} krijg je ' + str(hours) + ' taakuren per klas.'\n"
        "    return [first, second, f'Na {hours} uur zonder berichten wis ik het gesprek.']\n",
        encoding="utf-8")
    found = findings(python_texts(tmp_path / "actions"))
    # Line 7: the implicitly joined string; line 9: the f-string with '+'. Not the regexes (lines 3-4), not
    # the docstrings (lines 1 and 6), not the 24-hour privacy line (line 10).
    assert {(f.split(": ")[0], f.split(": ")[1].split(" ")[0]) for f in found} == {
        ("actions/replies/roles.py:7", "bevoegdheid"), ("actions/replies/roles.py:9", "salaris"),
        ("actions/replies/roles.py:9", "uren")}, found


def test_a_planted_rule_in_a_domain_response_fails(tmp_path):
    path = tmp_path / "domain.yml"
    path.write_text(yaml.safe_dump({"responses": {
        "utter_ok": [{"text": "Vraag het je leidinggevende."}],
        "utter_bad": [{"text": "Als sectieleider krijg je LC.", "buttons": [{"title": "Schaal 11", "payload": "/x"}]}],
    }}, allow_unicode=True), encoding="utf-8")
    assert {f.split(": ")[1] for f in findings(domain_texts(path))} == {"utter_bad", "utter_bad (button)"}


# --- the real texts -----------------------------------------------------------------------------------


def test_the_knowledge_states_no_rules_the_publication_does_not_give():
    texts = list(knowledge_texts())
    assert len(texts) > 1000  # every text, keywords and synonyms included
    files = {str(p.relative_to(ROOT)) for p in [*KNOWLEDGE.glob("*.yml"), *(KNOWLEDGE / "roles").glob("*.yml")]}
    assert {where.split(": ")[0] for where, _ in texts} == files  # stages.yml and audiences.yml too
    assert findings(texts) == []


def test_the_replies_in_actions_state_no_rules():
    texts = list(python_texts())
    assert any("lerarenopleiding" in text for _, text in texts)  # the reply texts are really read
    assert findings(texts) == []


def test_the_domain_responses_state_no_rules():
    texts = list(domain_texts())
    assert texts
    assert findings(texts) == []


PROSE_KEYS = {"name", "short", "explanation", "support", "title", "covers", "questions_for_manager", "advice",
              "hints", "text", "new_role_note"}


def _prose(base: Path = KNOWLEDGE) -> Iterator[Tuple[str, str]]:
    """The knowledge texts users read (not keywords or synonyms, which are the users' own words)."""
    for where, text in knowledge_texts(base):
        keys = {part.split("[")[0] for part in where.split(": ")}
        if keys & PROSE_KEYS:
            yield where, text


# A claim about how often something happens, or about what schools do, must be the publication's own.
FREQUENCY = re.compile(r"\b(vaak|meestal|doorgaans|gewoonlijk|gebruikelijk|normaal gesproken|veel scholen"
                       r"|alle scholen|de meeste scholen|(?<!niet )elke school|(?<!niet )iedere school)\b")
FREQUENCY_IN_THE_PUBLICATION = {
    # text in the knowledge -> the section that says it
    "op de meeste scholen wordt nog niet zo naar het beroep gekeken": "§2 Implicaties (inleiding)",
}


def test_the_knowledge_claims_no_frequency_the_publication_does_not():
    claims = []
    for where, text in _prose():
        for sentence in sentences(text):
            if FREQUENCY.search(sentence) and not any(known in sentence for known in FREQUENCY_IN_THE_PUBLICATION):
                claims.append(f"{where}: {sentence!r}")
    assert claims == []


def test_the_knowledge_assumes_no_taakbeleid():
    """The publication speaks of time, room and other opportunities, and the school's vision, policy and
    culture (§1.3 facilitering); taakbeleid and taakuren are a school's arrangements, not its words."""
    assumed = [f"{where}: {text!r}" for where, text in _prose()
               if re.search(r"taakbeleid|taakuren|taakuur|normjaartaak", text.lower())]
    assert assumed == []


# --- sources ------------------------------------------------------------------------------------------

# The sections of "Een beroepsbeeld voor de leraar" (2017), with the subheadings of §1.3.
SECTIONS = [
    r"Voorwoord",
    r"Samenvatting",
    r"Inleiding",
    r"§1\.1 Een rijk en dynamisch beroep",
    r"§1\.2 Vier domeinen(?:, (?:domein [1-4]|kanttekeningen bij figuur 1))?",
    r"§1\.3 (?:Een variëteit aan loopbaanmogelijkheden|Groei binnen een ontwikkelrichting|Overgangen naar nieuwe "
    r"rollen|Loopbaanpaden door verdieping en verbreding|Ontwikkeling van kwaliteit en identiteit|Vraagstukken bij "
    r"loopbaanpaden)",
    r"§2 Implicaties",
    r"§3 Tot slot",
]
SECTION = re.compile(r"^(?:" + "|".join(SECTIONS) + r")(?: \([^()]+\))?$")


def _source_parts(source: str) -> List[str]:
    return [part.strip() for part in source.split(";")]


def _all_sources(knowledge) -> Iterator[Tuple[str, str]]:
    for kind in ("domains", "stages", "growth_paths", "questions", "audiences", "roles", "framing"):
        for item_id, item in getattr(knowledge, kind).items():
            yield f"{kind} {item_id}", item.source
    yield "new_role_note", knowledge.new_role_note_source


def test_every_item_names_a_real_section_of_the_publication(knowledge):
    sources = list(_all_sources(knowledge))
    assert len(sources) > 70
    wrong = [f"{where}: {part!r}" for where, source in sources for part in _source_parts(source)
             if not SECTION.match(part)]
    assert wrong == []


@pytest.mark.parametrize("bad", ["", "Beroepsbeeld", "§1.4 Vier domeinen", "§1.2 Vier domeinen, domein 5",
                                 "§1.3 Loopbaanpaden", "hoofdstuk 2", "§1.2 Vier domeinen; Eigen idee"])
def test_a_made_up_section_is_not_accepted(bad):
    assert not all(SECTION.match(part) for part in _source_parts(bad))


DOMAIN_NUMBER = {"leren_leerlingen": 1, "onderwijs_ontwikkelen": 2, "onderwijs_organiseren": 3,
                 "collegas_ondersteunen": 4}
LEVEL_WORDS = {"team": "teamniveau", "school": "schoolniveau", "lokaal": "lokaal niveau", "landelijk": "landelijk niveau"}


def test_each_source_points_at_the_right_section(knowledge):
    wrong = []
    for domain in knowledge.domains.values():
        if not domain.source.startswith(f"§1.2 Vier domeinen, domein {DOMAIN_NUMBER[domain.id]}"):
            wrong.append(f"domain {domain.id}: {domain.source}")
    for role in knowledge.roles.values():
        first = _source_parts(role.source)[0]
        if role.outside_school:
            expected = "§1.2 Vier domeinen, kanttekeningen bij figuur 1"
        else:
            expected = f"§1.2 Vier domeinen, domein {DOMAIN_NUMBER[role.domain]}"
        if not first.startswith(expected) or (role.level and LEVEL_WORDS[role.level] not in first):
            wrong.append(f"role {role.id}: {role.source}")
    for question in knowledge.questions.values():
        if f"§1.3 Vraagstukken bij loopbaanpaden ({question.id})" not in question.source:
            wrong.append(f"question {question.id}: {question.source}")
    for stage in knowledge.stages.values():
        if "§1.3 Groei binnen een ontwikkelrichting" not in stage.source:
            wrong.append(f"stage {stage.id}: {stage.source}")
    assert wrong == []


# --- the publication's framing ------------------------------------------------------------------------

FRAMING_SECTIONS = {
    "inspiration": "§1.2 Vier domeinen, kanttekeningen bij figuur 1",
    "growth_in_profession": "§1.2 Vier domeinen, kanttekeningen bij figuur 1",
    "identity": "§1.3 Ontwikkeling van kwaliteit en identiteit",
    "school_policy": "§1.3 Loopbaanpaden door verdieping en verbreding",
    "shared_task": "§1.3 Vraagstukken bij loopbaanpaden",
    "recognition": "§1.3 Vraagstukken bij loopbaanpaden (erkenning)",
    "ownership": "§1.3 Vraagstukken bij loopbaanpaden",
    "not_yet_common": "§2 Implicaties",
}
# The publication's own sentences behind each framing item: ours must say it in other words.
PUBLICATION_WORDING = {
    "inspiration": "De domeinen en figuur 1 zijn niet voorschrijvend. Ze zijn bedoeld ter inspiratie, niet om in "
                   "te kaderen.",
    "growth_in_profession": "Het gaat nadrukkelijk om groei in het beroep, niet om groei 'uit het beroep'. Voor de "
                            "meeste leraren ligt verreweg het belangrijkste deel van hun werk in het eerste domein.",
    "identity": "Verbreding en verdieping is niet alleen een kwestie van competentieontwikkeling, maar heeft ook "
                "betrekking op de ontwikkeling van de identiteit en de persoonlijke professionaliteit van leraren.",
    "school_policy": "Die loopbaanpaden verschillen, doordat ze worden bepaald door de voorkeuren en ambities van "
                     "leraren en door het beleid en de mogelijkheden binnen scholen.",
    "shared_task": "Hier ligt een belangrijke taak voor het strategisch personeelsbeleid van de school. Het "
                   "beantwoorden van die vraagstukken vereist overleg op school- en bestuursniveau en op landelijk "
                   "systeemniveau.",
    "recognition": "Die formele erkenning van competenties in de vorm van externe validering kan ook voor andere "
                   "rollen worden ontwikkeld, maar dat is niet noodzakelijk.",
    "ownership": "Dat wil niet zeggen dat de school alles moet regelen voor leraren. Leraren moeten eigenaar blijven "
                 "van hun ontwikkeling. Ze moeten de ruimte krijgen en nemen om zelf de regie te nemen.",
    "not_yet_common": "worden het beroep en de ontwikkeling van de leraar in de meeste scholen nog niet in deze "
                      "termen bekeken en georganiseerd.",
}


def test_the_framing_is_complete_and_cited(knowledge):
    assert tuple(knowledge.framing) == FRAMING_IDS == tuple(FRAMING_SECTIONS)
    for framing_id, item in knowledge.framing.items():
        assert item.id == framing_id
        assert FRAMING_SECTIONS[framing_id] in item.source, (framing_id, item.source)


def test_the_framing_is_short_plain_and_addresses_the_user(knowledge):
    for item in knowledge.framing.values():
        words = item.text.split()
        assert len(words) <= 45, (item.id, len(words))
        assert len(sentences(item.text)) <= 3, item.id
        assert all(len(s.split()) <= 25 for s in sentences(item.text)), item.id
        assert re.search(r"\b(je|jij|jou|jouw)\b", item.text.lower()), f"{item.id} is not in je-vorm"


def _runs(text: str, size: int = 6) -> set:
    words = re.findall(r"\w+", _normalize(text))
    return {" ".join(words[i:i + size]) for i in range(len(words) - size + 1)}


def test_the_framing_is_in_our_own_words(knowledge):
    copied = {fid: _runs(knowledge.framing[fid].text) & _runs(original) for fid, original in PUBLICATION_WORDING.items()}
    assert {fid: runs for fid, runs in copied.items() if runs} == {}


def test_the_framing_says_what_the_publication_says(knowledge):
    text = {fid: item.text.lower() for fid, item in knowledge.framing.items()}
    assert "geen voorschrift" in text["inspiration"]
    assert "niet om groeien uit het beroep" in text["growth_in_profession"]
    assert "wie je bent" in text["identity"]
    assert "beleid" in text["school_policy"] and "mogelijkheden" in text["school_policy"]
    assert all(w in text["shared_task"] for w in ("personeelsbeleid", "school", "bestuur", "landelijk"))
    assert "hoeft niet" in text["recognition"]
    assert "eigenaar" in text["ownership"]


def test_new_role_note_is_cited(knowledge):
    assert "beginner" in knowledge.new_role_note
    assert "§1.3 Overgangen naar nieuwe rollen" in knowledge.new_role_note_source


# --- the school's vocabulary --------------------------------------------------------------------------

# Names Dutch schools use that the publication does not, with the role they lead to.
SCHOOL_NAMES = [
    ("intern begeleider", "zorgcoordinator"),
    ("ib'er", "zorgcoordinator"),
    ("examensecretaris", "examensecretaris"),
    ("toetscoördinator", "expert_toetsing"),
    ("bpv-begeleider", "expert_werkplekleren"),
    ("rekencoördinator", "expert_rekendidactiek"),
    ("taalcoördinator", "expert_taalontwikkeling"),
    ("sectievoorzitter", "sectieleider"),
    ("eerstegraads bevoegdheid", "tweedegraads_naar_eerstegraads"),
]


@pytest.mark.parametrize("name, role_id", SCHOOL_NAMES, ids=[n for n, _ in SCHOOL_NAMES])
def test_a_school_name_is_marked_and_still_understood(knowledge, matcher, name, role_id):
    role = knowledge.roles[role_id]
    assert name in role.school_synonyms and name not in role.publication_synonyms
    assert name in role.synonyms  # merged, so look-ups and NLU treat it alike
    assert knowledge.role(name).id == role_id
    assert role_id in matcher.match(f"ik ben {name}").role_ids(2)


def test_the_publications_own_names_are_not_marked_as_school_vocabulary(knowledge):
    assert "studieloopbaanbeleider" in knowledge.roles["studieloopbaanbegeleider"].publication_synonyms
    assert "examens coördineren" in knowledge.roles["examensecretaris"].publication_synonyms
    assert "(G)MR" in knowledge.roles["medezeggenschapsraad"].publication_synonyms


def test_school_keywords_are_merged_into_the_keywords(knowledge, matcher):
    role = knowledge.roles["expert_werkplekleren"]
    assert "bpv" in role.school_keywords and "bpv" in role.keywords
    assert "expert_werkplekleren" in matcher.match("ik regel de bpv voor mijn studenten").role_ids(3)


def test_no_bevoegdheid_keyword_states_a_rule(knowledge):
    role = knowledge.roles["tweedegraads_naar_eerstegraads"]
    assert "bevoegdheid voor de bovenbouw" not in role.keywords
    assert "meer klassen" not in role.explanation
    assert "lerarenopleiding" in role.explanation  # who knows the rules


def test_studieloopbaanbegeleider_is_where_the_publication_puts_it_and_says_why_its_name_differs(knowledge):
    role = knowledge.roles["studieloopbaanbegeleider"]
    assert "vo" in role.sectors and "mbo" in role.sectors
    assert "studieloopbaanbeleider" in role.explanation
    assert knowledge.role("studieloopbaanbeleider").id == role.id


def _problems(base: Path) -> List[str]:
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(base_dir=base, use_local=False)
    return caught.value.problems


def _edit_yaml(path: Path, change) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def _role(data: dict, role_id: str) -> dict:
    return next(r for r in data["roles"] if r["id"] == role_id)


def test_a_word_in_both_the_publications_and_the_schools_list_is_reported(make_knowledge_dir):
    base = make_knowledge_dir()
    _edit_yaml(base / "roles" / "leren_leerlingen.yml",
               lambda d: _role(d, "zorgcoordinator")["synonyms"].append("intern begeleider"))
    problems = _problems(base)
    assert any("leren_leerlingen.yml" in p and "role 'zorgcoordinator'" in p and "'intern begeleider'" in p
               and "'school_synonyms'" in p for p in problems), problems


def test_school_vocabulary_must_be_a_list_of_texts(make_knowledge_dir):
    base = make_knowledge_dir()
    _edit_yaml(base / "roles" / "leren_leerlingen.yml", lambda d: _role(d, "mentor").update(school_keywords="mentoruur"))
    assert any("role 'mentor'" in p and "'school_keywords' must be a list" in p for p in _problems(base))


def test_a_missing_framing_item_is_reported(make_knowledge_dir):
    base = make_knowledge_dir()
    _edit_yaml(base / "framing.yml", lambda d: d.update(framing=[f for f in d["framing"] if f["id"] != "ownership"]))
    assert any("framing.yml" in p and "framing 'ownership'" in p and "is missing" in p for p in _problems(base))


def test_an_unknown_framing_id_is_reported(make_knowledge_dir):
    base = make_knowledge_dir()
    _edit_yaml(base / "framing.yml", lambda d: d["framing"].append({"id": "motto", "text": "Groei!", "source": "§3 Tot slot"}))
    assert any("framing 'motto'" in p and "is not one of" in p for p in _problems(base))


def test_new_role_note_without_a_source_is_reported(make_knowledge_dir):
    base = make_knowledge_dir()
    _edit_yaml(base / "stages.yml", lambda d: d["new_role_note"].pop("source"))
    assert any("stages.yml" in p and "new_role_note" in p and "'source'" in p for p in _problems(base))
