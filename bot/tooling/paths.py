"""Where things live. Generated things go under .cache/, .state/ and models/ (never in git)."""
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
CACHE = ROOT / ".cache"
MODELS = ROOT / "models"
SPACY_MODEL = CACHE / "spacy-nl"
MODEL_FILE = MODELS / "loopbaanwijzer.tar.gz"
MODEL_HASH = MODELS / "loopbaanwijzer.inputs.sha256"
GENERATED_NLU = ROOT / "data" / "nlu" / "generated_lookups.yml"
