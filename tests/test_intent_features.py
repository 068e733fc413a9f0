"""Feature words for the intent classifier: concept groups, message shape, unseen words."""
from collections import Counter

import pytest

from bot.runtime.intent_features import (CONCEPTS_FILE, ConceptMatcher, has_words, is_question, lemma_document_counts,
                                 load_concepts, shape_words, symbol_intent, unknown_words)


@pytest.fixture(scope="module")
def matcher():
    return ConceptMatcher(load_concepts())


def test_a_long_concept_word_is_found_inside_a_dutch_compound(matcher):
    assert "money" in matcher.groups("wat is de salarisschaal van een mentor")
    assert "zzcmoney" in matcher.feature_words("krijg ik een salarisverhoging als coach")


def test_a_short_concept_word_must_be_a_whole_word(matcher):
    assert "affirmation" in matcher.groups("ja")
    # "ja" is in "jaar", "top" in "topsport": neither is a yes.
    assert "affirmation" not in matcher.groups("vijf jaar")
    assert "affirmation" not in matcher.groups("topsport")


def test_a_phrase_matches_as_whole_words(matcher):
    assert "side_entry" in matcher.groups("ik kom van buiten het onderwijs")
    assert "greeting" not in matcher.groups("vandaag")


def test_groups_that_point_to_other_languages_and_off_topic_messages(matcher):
    assert "german" in matcher.groups("guten morgen, sprichst du deutsch")
    assert "it_support" in matcher.groups("mijn chromebook laadt niet op")
    assert "occupation_outside" in matcher.groups("ik was verpleegkundige in het ziekenhuis")


def test_the_shipped_concept_file_loads_and_has_no_empty_group():
    concepts = load_concepts(CONCEPTS_FILE)
    assert len(concepts) >= 30
    assert all(words for words in concepts.values())
    assert all(w == w.lower() and w == w.strip() for words in concepts.values() for w in words)


def test_a_yaml_boolean_in_the_concept_file_is_refused(tmp_path):
    path = tmp_path / "concepts.yml"
    path.write_text("denial: [nee, no]\n", encoding="utf-8")
    with pytest.raises(ValueError, match="denial"):
        load_concepts(path)


@pytest.mark.parametrize("text, expected", [
    ("wat doet een decaan", True),
    ("ik was piloot, kan ik nog leraar worden", True),
    ("zij-instroom uitleg?", True),
    ("ik ben piloot en wil lesgeven", False),
    ("ik geef wiskunde op het vmbo", False),
])
def test_a_question_is_told_from_a_statement(text, expected):
    assert is_question(text) is expected


def test_shape_words_describe_the_form_of_a_message():
    assert shape_words("ja") == ["zzlen1"]
    assert set(shape_words("ik ben sinds 2008 docent")) >= {"zzlen8", "zzself", "zzyear"}
    assert "zzduration" in shape_words("al twintig jaar voor de klas")
    assert "zzduration" in shape_words("ik sta 7 jaar voor de klas")
    assert "zzwish" in shape_words("ik wil iets anders")
    assert "zzneg" in shape_words("dat doe ik niet meer")
    assert "zzlenlong" in shape_words("ik geef al heel lang les op een basisschool in de stad en ik merk dat ik")


def test_unknown_words_mark_a_message_made_of_unseen_words():
    counts = lemma_document_counts([["wat", "doen", "een", "mentor"], ["wat", "zijn", "een", "decaan"]])
    assert counts == Counter({"wat": 2, "een": 2, "doen": 1, "mentor": 1, "zijn": 1, "decaan": 1})
    assert unknown_words(["wat", "fotosynthese"], counts, in_training=False) == ["zzoov", "zzoovmost"]
    assert unknown_words(["wat", "doen", "een", "decaan"], counts, in_training=False) == []
    # In training a word only this message has counts as unseen: that is how the model meets new words.
    assert unknown_words(["wat", "doen", "een", "mentor"], counts, in_training=True) == ["zzoov", "zzoovmost"]
    assert unknown_words(["?", "ok"], counts, in_training=False) == []


def test_symbols_without_words_have_an_intent_only_when_clear():
    assert symbol_intent("👍") == "affirm"
    assert symbol_intent("👍👍") == "affirm"
    assert symbol_intent("👋") == "greet"
    assert symbol_intent("??") is None
    assert symbol_intent("👍👎") is None
    assert not has_words("?? 😅") and has_words("ok 👍")


def test_how_dutch_a_message_is():
    from actions.lexicon import is_dutch_word
    from bot.runtime.intent_features import language_words

    assert all(is_dutch_word(w) for w in ["geef", "kun", "werkt", "nieuwe", "studenten", "lees", "doe", "ga"])
    assert language_words("ich möchte gerne Lehrerin werden") == ["zzdutchlow"]
    assert language_words("ik geef les op een vmbo") == ["zzdutchhigh"]
    assert language_words("👍") == ["zzdutchnone"]


@pytest.mark.parametrize("text", ["asdfghjk", "jkjkjkjk", "xcvbnm", "sdfghj fghjk"])
def test_keyboard_mashing_is_gibberish(text):
    from actions.lexicon import looks_like_gibberish

    assert looks_like_gibberish(text)


@pytest.mark.parametrize("text", ["hahaha", "bonsoir", "thx", "ok", "schrijf", "ik weet het niet", "mvg", "merci"])
def test_short_real_words_and_laughter_are_not_gibberish(text):
    from actions.lexicon import looks_like_gibberish

    assert not looks_like_gibberish(text)
