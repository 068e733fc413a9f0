"""The conversation files of issue 12 (tests/conversations/*.yml): format, coverage and role names.

A plain unit test, no servers. The helpers at the top are the reference for a runner that plays the files
against the bot (import them from here):

- load_conversations(): every conversation with the file it comes from;
- reply_text(messages): what the checks read: the texts of all bot messages of one turn, joined (buttons excluded);
- item_found(item, text): one `must`/`must_not` item ("a|b" is a or b; case-insensitive; an item starting
  with a letter or digit must start a word, so "8 jaar" is not found in "18 jaar");
- failed_checks(turn, text): the items of a turn that fail;
- pick_button(click, messages): the first button, in reply order, whose title matches the click.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Tuple

import pytest
import yaml

CONVERSATIONS_DIR = Path(__file__).resolve().parent / "conversations"

FAILURE_CLASSES = ("front_loaded", "about_others", "correction", "evidence", "student", "dead_end", "privacy",
                   "summary")
MINIMUM_PER_FILE = {"leraar.yml": 20, "student.yml": 12, "zij_instromer.yml": 10, "gemengd.yml": 6}
MINIMUM_TOTAL = 40
MINIMUM_PER_CLASS = 3
TURNS_PER_CONVERSATION = (3, 7)

CONVERSATION_KEYS = {"name", "covers", "turns", "note"}
TURN_KEYS = {"user", "click", "if_offered", "must", "must_not", "note"}

# Every role name (or distinctive part of one) the files use in a click, must or must_not. Each must be part
# of a role's name or synonyms in knowledge/; a capitalised item or a click that is not in one of the lists
# below fails the test, so a misspelt role name cannot make a must_not pass silently.
ROLE_FRAGMENTS = [
    "Baan in een bedrijf", "Baan in een bedrijf naast het lesgeven", "Bruggenbouwer", "Tijdelijk buiten het onderwijs",
    "Teacherpreneur", "Kunstenaar", "Kunstenaar naast het leraarschap",
    "Werkplekbegeleider", "Schoolopleider", "Coach van nieuwe", "Coach van nieuwe collega", "academie",
    "Trainer op studiedagen", "LerarenOntwikkelFonds",
    "Vakexpert", "Expert taalontwikkeling", "Expert rekendidactiek", "Van tweedegraads naar eerstegraads",
    "Mentor", "Studieloopbaanbegeleider", "LOB'er", "(Studie)decaan", "Zorgcoördinator", "Leerlingbegeleider",
    "Montessori", "Dalton", "Specialist ICT-didactiek", "omgevingsonderwijs", "Specialist omgevingsonderwijs",
    "praktijkleren", "Specialist praktijkleren", "Expert assessment en beoordeling", "Expert activerende didactiek",
    "Expert motivatie", "werkplekleren", "Expert werkplekleren",
    "Aanpak profielwerkstuk", "Leerlijnen", "Leerlijnen, lessenseries en curricula ontwikkelen",
    "Vakoverstijgend", "Vakoverstijgend onderwijs", "Onderwijs voor socialisatie en persoonsvorming",
    "Lesmateriaal ontwikkelen", "Nieuwe ICT-rijke", "Lesson study", "Docentontwikkelteam", "Zelfstudie",
    "Professionele leergemeenschap", "Onderzoeksdocent", "Praktijkonderzoek", "Leraar-promovendus",
    "Excursies", "Excursies en werkweken", "Examens", "Examens coördineren", "Sectieleider", "Lid van de (G)MR",
    "Meedenken over schoolbeleid",
]

# Titles of buttons that are not roles or domains (clicks may only use these, role fragments and domain names).
UI_BUTTONS = ["Wat past bij mij", "Leraar", "Student", "Alleen lesgeven", "De vier domeinen", "Vier vragen",
              "Ja, wis", "Wis alles", "Verwijder"]

# Capitalised items that are neither roles, domains nor the four questions: the bot's own words that must or
# must not appear, names of things, and the user's words written with a capital.
OTHER_CAPITALISED = [
    "Gespreksvoorbereiding", "LOB", "LOB-gesprek", "Loopbaanwijzer", "Nederlands", "HR", "P&O", "Berlijn",
    "Hoi!", "Fijn!", "Mooi!", "Mooi, teamleider", "Graag gedaan", "Sorry", "Sorry, dat snap ik",
    "Tip voor je opleiding", "Kun je een voorbeeld", "Welke rol bedoel je", "Wat doe je nu naast",
    "Wat voor werk deed je", "Sta je al voor de klas", "Je eerdere werk", "Je eerdere werk is waardevol",
    "Als zij-instromer", "Je fase: meester", "Daar kan ik je niet mee helpen", "Dat valt buiten", "MR",
    "Welke keuzemodule",
]


# --- reference helpers for a runner -----------------------------------------------------------------------


def load_conversations(directory: Path = CONVERSATIONS_DIR) -> List[Tuple[str, dict]]:
    """(file name, conversation) for every conversation in every file, in file order."""
    found = []
    for path in sorted(directory.glob("*.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for conversation in data.get("conversations") or []:
            found.append((path.name, conversation))
    return found


def _normalize(text: str) -> str:
    text = (text or "").replace("\u2019", "'").replace("\u2018", "'").replace("\u00a0", " ")
    return re.sub(r"\s+", " ", text).strip().lower()


_WORD = "0-9a-zà-öø-ÿ"


def _alternative_found(alternative: str, text: str) -> bool:
    alternative = _normalize(alternative)
    if not alternative:
        return False
    starts_word = f"(?<![{_WORD}])" if re.match(f"[{_WORD}]", alternative) else ""
    return re.search(starts_word + re.escape(alternative), _normalize(text)) is not None


def item_found(item: str, text: str) -> bool:
    """One must/must_not item: "a|b" is a or b; case-insensitive; a letter or digit at its start starts a word."""
    return any(_alternative_found(alternative, text) for alternative in item.split("|"))


def reply_text(messages: Iterable[dict]) -> str:
    """What the checks read: the texts of all bot messages of one turn, joined; button titles are not part of it."""
    return "\n".join(m.get("text") or "" for m in messages)


def failed_checks(turn: dict, text: str) -> List[str]:
    """The items of a turn that fail on the reply text: "must: x" or "must_not: y"."""
    failed = [f"must: {item}" for item in turn.get("must", []) if not item_found(item, text)]
    failed += [f"must_not: {item}" for item in turn.get("must_not", []) if item_found(item, text)]
    return failed


def pick_button(click: str, messages: Iterable[dict]) -> Optional[dict]:
    """The first button, over all messages of the reply in order, whose title matches the click; send its payload."""
    for message in messages:
        for button in message.get("buttons") or []:
            if item_found(click, button.get("title", "")):
                return button
    return None


# --- the tests ------------------------------------------------------------------------------------------------

CONVERSATIONS = load_conversations()


def _ids():
    return [f"{file}: {c.get('name', '?')}" for file, c in CONVERSATIONS]


def test_the_four_audience_files_exist_with_enough_conversations():
    counts: Dict[str, int] = {}
    for file, _ in CONVERSATIONS:
        counts[file] = counts.get(file, 0) + 1
    for file, minimum in MINIMUM_PER_FILE.items():
        assert counts.get(file, 0) >= minimum, f"{file}: {counts.get(file, 0)} conversations, want {minimum}"
    assert len(CONVERSATIONS) >= MINIMUM_TOTAL


def test_every_file_is_a_mapping_with_a_conversations_list():
    for path in sorted(CONVERSATIONS_DIR.glob("*.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert isinstance(data, dict) and set(data) == {"conversations"}, path.name
        assert isinstance(data["conversations"], list) and data["conversations"], path.name


def test_names_are_unique():
    names = [c.get("name") for _, c in CONVERSATIONS]
    doubles = sorted({n for n in names if names.count(n) > 1})
    assert not doubles, f"names used twice: {doubles}"


@pytest.mark.parametrize("file,conversation", CONVERSATIONS, ids=_ids())
def test_conversation_format(file, conversation):
    assert isinstance(conversation, dict)
    assert not set(conversation) - CONVERSATION_KEYS, f"unknown keys {set(conversation) - CONVERSATION_KEYS}"
    assert isinstance(conversation.get("name"), str) and conversation["name"].strip()
    covers = conversation.get("covers")
    assert isinstance(covers, list) and covers, "covers: a non-empty list of failure classes"
    assert not set(covers) - set(FAILURE_CLASSES), f"unknown failure classes {set(covers) - set(FAILURE_CLASSES)}"
    assert len(covers) == len(set(covers)), "a class is listed twice"
    turns = conversation.get("turns")
    assert isinstance(turns, list)
    low, high = TURNS_PER_CONVERSATION
    assert low <= len(turns) <= high, f"{len(turns)} turns, want {low}-{high}"
    assert "user" in turns[0], "a conversation starts with something the user types"
    for number, turn in enumerate(turns, start=1):
        where = f"turn {number}"
        assert isinstance(turn, dict), where
        assert not set(turn) - TURN_KEYS, f"{where}: unknown keys {set(turn) - TURN_KEYS}"
        assert ("user" in turn) != ("click" in turn), f"{where}: exactly one of user or click"
        said = turn.get("user", turn.get("click"))
        assert isinstance(said, str) and said.strip(), f"{where}: empty user or click"
        if "click" in turn:
            assert all(alt.strip() for alt in said.split("|")), f"{where}: empty click alternative"
        if "if_offered" in turn:
            assert "click" in turn and isinstance(turn["if_offered"], bool), f"{where}: if_offered is for clicks"
        assert turn.get("must") or turn.get("must_not"), f"{where}: needs at least one must or must_not"
        for key in ("must", "must_not"):
            items = turn.get(key, [])
            assert isinstance(items, list), f"{where}: {key} is a list"
            for item in items:
                assert isinstance(item, str) and item.strip(), f"{where}: {key} has an empty item"
                assert all(alt.strip() for alt in item.split("|")), f"{where}: {key} item {item!r} has an empty alternative"


def test_every_failure_class_is_covered_at_least_three_times():
    counts = {name: 0 for name in FAILURE_CLASSES}
    for _, conversation in CONVERSATIONS:
        for name in conversation.get("covers", []):
            if name in counts:
                counts[name] += 1
    short = {name: n for name, n in counts.items() if n < MINIMUM_PER_CLASS}
    assert not short, f"failure classes covered fewer than {MINIMUM_PER_CLASS} times: {short}"


@pytest.fixture(scope="module")
def role_texts():
    from actions.knowledge import load_knowledge

    knowledge = load_knowledge(use_local=False)
    return [(role.name, [role.name, *role.synonyms]) for role in knowledge.roles.values()], knowledge


def test_role_fragments_exist_in_the_knowledge(role_texts):
    roles, _ = role_texts
    missing = [fragment for fragment in ROLE_FRAGMENTS
               if not any(fragment.lower() in text.lower() for _, texts in roles for text in texts)]
    assert not missing, f"not a role name or synonym in knowledge/: {missing}"


def _starts_with_capital(alternative: str) -> bool:
    letters = [c for c in alternative if c.isalpha()]
    return bool(letters) and letters[0].isupper()


def test_clicks_and_capitalised_items_are_known(role_texts):
    _, knowledge = role_texts
    domains = [d.name for d in knowledge.domains.values()]
    questions = [q.name for q in knowledge.questions.values()]
    known_clicks = {x.lower() for x in ROLE_FRAGMENTS + UI_BUTTONS + domains}
    known_capitalised = {x.lower() for x in ROLE_FRAGMENTS + domains + questions + OTHER_CAPITALISED}
    unknown = []
    for file, conversation in CONVERSATIONS:
        for turn in conversation.get("turns", []):
            for alternative in (turn.get("click") or "").split("|"):
                if alternative and alternative.lower() not in known_clicks:
                    unknown.append((file, conversation["name"], "click", alternative))
            for key in ("must", "must_not"):
                for item in turn.get(key, []):
                    for alternative in item.split("|"):
                        if _starts_with_capital(alternative) and alternative.lower() not in known_capitalised:
                            unknown.append((file, conversation["name"], key, alternative))
    assert not unknown, "unknown role names or capitalised items (add real ones to the lists above):\n" + "\n".join(
        map(str, unknown))


# --- the reference matcher itself ----------------------------------------------------------------------------


@pytest.mark.parametrize("item,text,found", [
    ("8 jaar", "Ik sta 18 jaar voor de klas.", False),
    ("8 jaar", "Je werkt 8 jaar in het onderwijs.", True),
    ("onderzoek", "Onderzoeksdocent past bij je.", True),
    ("Toelating", "1. toelating: hoe kom je in de rol?", True),
    ("mentor|coach", "Coach van nieuwe collega's", True),
    ("collega's", "collega\u2019s helpen", True),
    ("LOB", "Gespreksvoorbereiding voor je LOB-gesprek", True),
    ("MR", "Lid van de (G)MR", True),  # ")" ends a word: must_not "MR" also rules out the role
    ("(G)MR", "Lid van de (G)MR", True),
    ("€", "ongeveer €300 meer", True),
    ("groep 6", "juf van groep\n6", True),
    ("hoe lang werk je", "Hoe lang werk je al in het onderwijs?", True),
    ("student", "Werkplekbegeleider: je begeleidt studenten", True),
])
def test_item_found(item, text, found):
    assert item_found(item, text) is found


def test_failed_checks_and_pick_button():
    turn = {"must": ["Toelating", "Erkenning|erkend"], "must_not": ["salaris", "8 jaar"]}
    assert failed_checks(turn, "Toelating ... erkend ... 18 jaar") == []
    assert failed_checks(turn, "Toelating en salaris") == ["must: Erkenning|erkend", "must_not: salaris"]
    messages = [{"text": "Kies:", "buttons": [{"title": "Leraar", "payload": "/a"},
                                               {"title": "Student lerarenopleiding of pabo", "payload": "/b"}]},
                {"text": "of", "buttons": [{"title": "Zij-instromer", "payload": "/c"}]}]
    assert pick_button("student|zij-instromer", messages)["payload"] == "/b"
    assert pick_button("Zij-instromer", messages)["payload"] == "/c"
    assert pick_button("Alleen lesgeven", messages) is None
    assert reply_text(messages) == "Kies:\nof"
