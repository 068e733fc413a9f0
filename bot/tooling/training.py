"""Train the Rasa model only when its inputs changed (by content hash, not timestamps)."""
import hashlib
import json
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable, List

from bot.tooling.paths import MODEL_FILE, MODEL_HASH, MODELS, ROOT
from bot.tooling.quiet import popen_quiet

# The intent classifier, its feature words and concept groups are part of the NLU pipeline: a change needs a new model.
TRAINING_INPUTS = ("config.yml", "domain.yml", "domain", "data", "knowledge", "requirements.txt",
                   "bot/runtime/intent_classifier.py", "bot/runtime/intent_features.py", "bot/runtime/intent_concepts.yml",
                   "bot/runtime/intent_fallback.py", "bot/runtime/sentence_embeddings.py")


def _files(names: Iterable[str]) -> List[Path]:
    files: List[Path] = []
    for name in names:
        path = ROOT / name
        if path.is_file():
            files.append(path)
        elif path.is_dir():
            files.extend(p for p in sorted(path.rglob("*")) if p.is_file() and "local" not in p.relative_to(ROOT).parts)
    return files


def inputs_hash() -> str:
    digest = hashlib.sha256()
    for path in _files(TRAINING_INPUTS):
        digest.update(str(path.relative_to(ROOT)).encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()


def model_is_current() -> bool:
    return MODEL_FILE.exists() and MODEL_HASH.exists() and MODEL_HASH.read_text().strip() == inputs_hash()


def train(env: dict, force: bool = False) -> bool:
    """Train when needed; True when a new model was trained. Raises on failure."""
    if model_is_current() and not force:
        return False
    wanted = inputs_hash()
    MODELS.mkdir(exist_ok=True)
    print("Het model wordt getraind (een paar minuten)...", flush=True)
    command = [
        sys.executable, "-m", "rasa", "train",
        "--config", "config.yml", "--domain", "domain.yml", "--data", "data",
        "--out", str(MODELS), "--fixed-model-name", MODEL_FILE.name.replace(".tar.gz", ""),
    ]
    start = time.monotonic()
    process = popen_quiet(command, cwd=ROOT, env=env)
    if process.wait() != 0:
        raise subprocess.CalledProcessError(process.returncode, command)
    MODEL_HASH.write_text(wanted + "\n")
    # How long it took, for docs/benchmarks.md (make bench).
    (MODELS / "loopbaanwijzer.training.json").write_text(json.dumps({
        "seconds": round(time.monotonic() - start, 1),
        "date": datetime.now(timezone.utc).strftime("%Y-%m-%d"),
    }) + "\n")
    return True
