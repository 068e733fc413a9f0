"""Shared fixtures: the shipped knowledge, a matcher over it, and a scratch copy of knowledge/."""
import shutil
from pathlib import Path

import pytest

from actions.knowledge import KNOWLEDGE_DIR, load_knowledge
from actions.matching import Matcher


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
    """The assistant as `make run` starts it, once for every test that talks to it over HTTP."""
    from chat_client import running_servers

    with running_servers(tmp_path_factory.mktemp("servers")) as running:
        yield running
