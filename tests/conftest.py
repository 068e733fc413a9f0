"""Shared fixtures: the shipped knowledge, a matcher over it, a scratch copy of knowledge/, and the running servers."""
import shutil
from pathlib import Path

import pytest

from actions.knowledge import KNOWLEDGE_DIR, load_knowledge
from actions.matching import Matcher
from bot.tooling.paths import MODEL_FILE
from servers import RunningServers, free_port


@pytest.fixture(scope="session")
def knowledge():
    """The shipped knowledge, without any school's local overrides."""
    return load_knowledge(use_local=False)


@pytest.fixture(scope="session")
def matcher(knowledge):
    return Matcher(knowledge)


@pytest.fixture
def make_knowledge_dir(tmp_path):
    """Copy the shipped knowledge/ (without local/) to tmp_path; returns a function giving its path."""

    def make(name: str = "knowledge") -> Path:
        target = tmp_path / name
        shutil.copytree(KNOWLEDGE_DIR, target, ignore=shutil.ignore_patterns("local", "__pycache__"))
        return target

    return make


@pytest.fixture(scope="session")
def server(tmp_path_factory):
    """The servers `make run` starts, on free ports with a throw-away conversation database, shared by every
    test that talks to them (markers http and browser). server.url is the Rasa server, server.web_url the web
    chat; server.allowed_origin is the one web origin LOOPBAANWIJZER_CORS allows (for a test intranet page)."""
    if not MODEL_FILE.exists():
        pytest.fail("No trained model: run `python -m bot train` first (make test does).")
    allowed_origin = f"http://127.0.0.1:{free_port()}"
    running = RunningServers(tmp_path_factory.mktemp("servers"), {"LOOPBAANWIJZER_CORS": allowed_origin})
    running.allowed_origin = allowed_origin
    try:
        yield running.start()
    finally:
        running.stop()
