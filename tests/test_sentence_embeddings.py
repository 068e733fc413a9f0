"""The sentence embedding behind the intent classifier: the bundled e5 model, no download, stable rows."""
import numpy as np

from bot.runtime import sentence_embeddings
from bot.runtime.intent_classifier import LemmaTfidfIntentClassifier
from tests.test_intent_classifier import _context, _tokenized, _training_data


def test_rows_are_normalised_and_an_empty_text_is_zero():
    rows = sentence_embeddings.embed(["ik krijg energie van coachen", "", "   ", "wat verdient een teamleider"])
    assert rows.shape == (4, sentence_embeddings.DIMENSIONS)
    assert np.allclose(np.linalg.norm(rows[[0, 3]], axis=1), 1.0, atol=1e-4)
    assert not rows[1].any() and not rows[2].any()


def test_the_same_text_gets_the_same_row_alone_or_in_a_batch():
    texts = [f"bericht nummer {i} over mentoraat en lesgeven" for i in range(sentence_embeddings.BATCH_SIZE + 3)]
    batch = sentence_embeddings.embed(texts)
    alone = sentence_embeddings.embed([texts[-1]])
    assert np.allclose(batch[-1], alone[0], atol=1e-4)
    assert np.allclose(sentence_embeddings.embed(["  hoi\tdaar "]), sentence_embeddings.embed(["hoi daar"]))


def test_the_classifier_appends_the_weighted_embedding(tmp_path):
    from rasa.engine.storage.local_model_storage import LocalModelStorage
    from rasa.engine.storage.resource import Resource

    shapes, blocks = {}, {}
    for weight in (0.0, 2.0):
        (tmp_path / str(weight)).mkdir()
        config = {**LemmaTfidfIntentClassifier.get_default_config(), "sentence_embedding_weight": weight}
        classifier = LemmaTfidfIntentClassifier.create(
            config, LocalModelStorage(tmp_path / str(weight)), Resource("ic"), _context())
        classifier.train(_training_data())
        features = classifier._features(_tokenized(["wat doet een mentor"])).toarray()
        shapes[weight] = features.shape[1]
        blocks[weight] = features[0, -sentence_embeddings.DIMENSIONS:]
    assert shapes[2.0] == shapes[0.0] + sentence_embeddings.DIMENSIONS
    assert np.allclose(blocks[2.0], 2.0 * sentence_embeddings.embed(["wat doet een mentor"])[0], atol=1e-4)
