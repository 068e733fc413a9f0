"""The NLU input guard: no message beyond the channels' limit reaches a tokenizer or model."""
from pathlib import Path

import pytest
import yaml
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.runtime import channels
from bot.runtime.input_guard import InputGuard, cut
from bot.runtime.input_limits import MAX_MESSAGE_CHARS

ROOT = Path(__file__).resolve().parent.parent


def test_a_huge_message_is_cut_to_the_limit_and_a_normal_one_is_left_alone():
    guard = InputGuard()
    huge, normal = Message({TEXT: "ik begeleid stagiairs " * 5000}), Message({TEXT: "ik ben mentor"})
    guard.process([huge, normal])
    assert len(huge.get(TEXT)) == MAX_MESSAGE_CHARS
    assert normal.get(TEXT) == "ik ben mentor"


def test_training_data_passes_through_the_guard():
    data = TrainingData([Message({TEXT: "x" * (MAX_MESSAGE_CHARS + 10), "intent": "greet"})])
    assert len(InputGuard().process_training_data(data).training_examples[0].get(TEXT)) == MAX_MESSAGE_CHARS


def test_cut_leaves_anything_but_text_as_it_is():
    assert cut(None) is None and cut("") == ""


def test_the_channels_and_the_guard_share_one_limit():
    assert channels.MAX_MESSAGE_CHARS is MAX_MESSAGE_CHARS


def test_the_guard_comes_first_in_the_nlu_pipeline():
    pipeline = yaml.safe_load((ROOT / "config.yml").read_text())["pipeline"]
    assert pipeline[0]["name"] == "bot.runtime.input_guard.InputGuard"


@pytest.mark.model
def test_in_the_trained_model_the_guard_hands_the_messages_to_spacy():
    from rasa.engine.storage.local_model_storage import LocalModelStorage

    from bot.tooling.paths import MODEL_FILE

    if not MODEL_FILE.exists():
        pytest.fail("No trained model: run `python -m bot train` first (make test does).")
    nodes = LocalModelStorage.metadata_from_archive(MODEL_FILE).predict_schema.nodes
    guard = [name for name, node in nodes.items() if node.uses is InputGuard and node.fn == "process"]
    assert len(guard) == 1, "the trained model has no input guard: retrain (python -m bot train)"
    assert nodes[guard[0]].needs == {"messages": "nlu_message_converter"}  # the user's message comes here first
    spacy = [node for node in nodes.values() if node.uses.__name__ == "SpacyNLP" and node.fn == "process"]
    assert spacy and spacy[0].needs["messages"] == guard[0]
