"""The small Dutch spaCy pipeline Rasa's SpacyNLP loads from disk.

Pretrained Dutch pipelines cannot be downloaded here, so we save a blank `nl`
pipeline with the lookup lemmatizer (spacy-lookups-data) and point config.yml at it.
"""
from bot.tooling.paths import SPACY_MODEL


def ensure_spacy_model(force: bool = False) -> bool:
    """Build the pipeline unless it is already there; True when it was built."""
    if SPACY_MODEL.joinpath("config.cfg").exists() and not force:
        return False
    from actions.text import build_pipeline

    SPACY_MODEL.parent.mkdir(parents=True, exist_ok=True)
    build_pipeline().to_disk(SPACY_MODEL)
    return True
