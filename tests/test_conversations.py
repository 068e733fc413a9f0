"""Whole conversations written the way people type (tests/conversations/*.yml), played against the running
assistant over the REST channel; and every button of every reply in them clicked once (marker: http).

A turn is `user:` (typed) or `click:` (the first button of the previous reply whose title contains one of the
"|"-separated words); `must` items must all appear in the reply (an item "a|b" means a or b), `must_not`
items none of them, case-insensitively.
"""
import re
from pathlib import Path
from typing import Dict, List, Optional

import pytest
import yaml

from chat_client import Chat

pytestmark = pytest.mark.http

FOLDER = Path(__file__).resolve().parent / "conversations"


def conversations() -> List[Dict]:
    found = []
    for path in sorted(FOLDER.glob("*.yml")):
        for conversation in yaml.safe_load(path.read_text(encoding="utf-8"))["conversations"]:
            found.append({**conversation, "file": path.stem})
    return found


CONVERSATIONS = conversations()


def _alternatives(item: str) -> List[str]:
    return [part.strip().lower() for part in str(item).split("|") if part.strip()]


def _button(chat: Chat, wanted: str) -> Optional[Dict]:
    for alternative in _alternatives(wanted):
        for button in chat.buttons():
            if alternative in button["title"].lower():
                return button
    return None


def _play_turn(chat: Chat, turn: Dict) -> str:
    """Plays one turn; returns a problem, or '' when the reply is as it must be."""
    if "click" in turn:
        button = _button(chat, turn["click"])
        if button is None:
            return f"no button '{turn['click']}' among {[b['title'] for b in chat.buttons()]}"
        chat.say(button["payload"])
    else:
        chat.say(turn["user"])
    reply = chat.text().lower()
    missing = [item for item in turn.get("must", []) if not any(a in reply for a in _alternatives(item))]
    present = [item for item in turn.get("must_not", []) if any(a in reply for a in _alternatives(item))]
    if missing or present:
        return f"missing {missing}, should not say {present}"
    return ""


@pytest.mark.parametrize("conversation", CONVERSATIONS, ids=lambda c: f"{c['file']}: {c['name']}")
def test_conversation(server, conversation):
    chat = Chat(server["url"])
    for number, turn in enumerate(conversation["turns"], start=1):
        problem = _play_turn(chat, turn)
        assert not problem, f"turn {number}: {problem}\n" + "\n".join(chat.transcript)


def _question(chat: Chat) -> str:
    """The assistant's last question before a click: its last message that ends in a question mark."""
    asked = [m.get("text", "") for m in chat.last if m.get("text", "").strip().endswith("?")]
    return asked[-1] if asked else ""


def _normal(text: str) -> str:
    return re.sub(r"\W+", " ", text.lower()).strip()


def test_every_button_advances_the_conversation(server):
    """Every button in every reply of the conversations, clicked once on a fresh copy of the conversation: its
    reply never asks again the question the button answered (a dead end)."""
    tried, dead_ends = set(), []
    for conversation in CONVERSATIONS:
        chat = Chat(server["url"])
        for turn in conversation["turns"]:
            for button in chat.buttons():
                key = (_normal(chat.text()), button["payload"])
                if key in tried:
                    continue
                tried.add(key)
                question = _question(chat)
                branch = chat.fork(server["db"])
                branch.say(button["payload"])
                if question and _normal(question) in _normal(branch.text()):
                    dead_ends.append(f"{conversation['name']}: '{button['title']}' after '{question}' got "
                                     f"'{branch.text()[:200]}'")
            if _play_turn(chat, turn).startswith("no button"):
                break
    assert len(tried) >= 100, f"only {len(tried)} buttons clicked"
    assert not dead_ends, "\n".join(dead_ends)
