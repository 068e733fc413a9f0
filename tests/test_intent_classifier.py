"""The intent classifier component: trains on lemma tokens, ranks intents, survives a save and load."""
import pytest

from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.nlu.classifiers.fallback_classifier import FallbackClassifier
from rasa.nlu.tokenizers.whitespace_tokenizer import WhitespaceTokenizer
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.runtime.intent_classifier import LemmaTfidfIntentClassifier, _class_words, _lookup_patterns

EXAMPLES = {
    "greet": ["hoi", "hallo", "goedemorgen", "hey daar", "hallo allemaal", "goeiemiddag"],
    "ask_role_info": ["wat doet een mentor", "wat is een decaan", "wat houdt coach zijn in",
                      "wat doet een ib'er", "wat is een schoolopleider precies", "wat doet een sectievoorzitter"],
    "other_language": ["hello can you help me", "guten morgen", "bonjour", "good afternoon", "thank you", "hola"],
}
ROLES = ["mentor", "decaan", "coach", "ib'er", "schoolopleider", "sectievoorzitter", "werkplekbegeleider"]


@pytest.fixture
def storage(tmp_path):
    return LocalModelStorage(tmp_path)


def _context():
    return ExecutionContext(GraphSchema({}), "test")


def _tokenized(texts):
    tokenizer = WhitespaceTokenizer(WhitespaceTokenizer.get_default_config())
    messages = [Message(data={"text": t}) for t in texts]
    tokenizer.process(messages)
    return messages


def _training_data():
    messages = []
    for intent, texts in EXAMPLES.items():
        for message in _tokenized(texts):
            message.set("intent", intent)
            messages.append(message)
    return TrainingData(training_examples=messages, lookup_tables=[{"name": "role", "elements": ROLES}])


def _trained(storage):
    resource = Resource("intent_classifier")
    classifier = LemmaTfidfIntentClassifier.create(
        LemmaTfidfIntentClassifier.get_default_config(), storage, resource, _context())
    classifier.train(_training_data())
    return classifier, resource


def test_ranks_the_right_intent_first(storage):
    classifier, _ = _trained(storage)
    messages = classifier.process(_tokenized(["wat doet een werkplekbegeleider", "hallo", "good morning"]))
    assert [m.get("intent")["name"] for m in messages] == ["ask_role_info", "greet", "other_language"]
    ranking = messages[2].get("intent_ranking")
    assert len(ranking) == 3
    assert abs(sum(r["confidence"] for r in ranking) - 1.0) < 1e-6
    assert ranking[0]["confidence"] == max(r["confidence"] for r in ranking)


def test_a_saved_classifier_predicts_the_same_after_loading(storage):
    classifier, resource = _trained(storage)
    texts = ["wat doet een werkplekbegeleider", "hoi", "hello there"]
    before = [m.get("intent") for m in classifier.process(_tokenized(texts))]
    loaded = LemmaTfidfIntentClassifier.load(
        LemmaTfidfIntentClassifier.get_default_config(), storage, resource, _context())
    after = [m.get("intent") for m in loaded.process(_tokenized(texts))]
    assert [a["name"] for a in after] == [b["name"] for b in before]
    assert [round(a["confidence"], 6) for a in after] == [round(b["confidence"], 6) for b in before]


def test_an_untrained_classifier_gives_no_intent_so_the_fallback_can_take_over(storage):
    resource = Resource("never_trained")
    loaded = LemmaTfidfIntentClassifier.load(
        LemmaTfidfIntentClassifier.get_default_config(), storage, resource, _context())
    message = loaded.process(_tokenized(["hoi"]))[0]
    assert message.get("intent") == {"name": None, "confidence": 0.0}
    assert message.get("intent_ranking") == []
    fallback = FallbackClassifier.create(FallbackClassifier.get_default_config(), storage, resource, _context())
    assert fallback.process([message])[0].get("intent")["name"] == "nlu_fallback"


def test_class_words_name_a_known_role_and_another_script():
    patterns = _lookup_patterns({"role": ROLES})
    assert _class_words("wat doet een werkplekbegeleider eigenlijk", patterns) == ["zzlookuprole"]
    assert _class_words("wat doet een conrector", patterns) == []
    assert _class_words("مرحبا هل يمكنك مساعدتي", patterns) == ["zzotherscript"]
    assert _class_words("één vraag over coördinatie", patterns) == []


def test_a_message_of_symbols_only_gets_its_clear_intent_or_none(storage):
    classifier, _ = _trained(storage)
    thumbs, question_marks, sweat = classifier.process(_tokenized(["👍", "??", "😅"]))
    assert thumbs.get("intent") == {"name": "affirm", "confidence": 1.0}
    for message in (question_marks, sweat):
        assert message.get("intent") == {"name": None, "confidence": 0.0}
        assert message.get("intent_ranking") == []


def test_keyboard_mashing_gets_no_intent_so_the_fallback_asks_again(storage):
    classifier, _ = _trained(storage)
    message = classifier.process(_tokenized(["asdfghjk"]))[0]
    assert message.get("intent") == {"name": None, "confidence": 0.0}
