"""Whole conversations written the way people type (tests/conversations/*.yml, format and matcher in
tests/test_conversation_files.py), played against the running assistant over the REST channel; and every
button of every reply in them clicked once, on a copy of the conversation (marker: http)."""
import re
from typing import Dict

import pytest

from chat_client import Chat
from test_conversation_files import failed_checks, load_conversations, pick_button, reply_text

pytestmark = pytest.mark.http

CONVERSATIONS = load_conversations()


def _play_turn(chat: Chat, turn: Dict) -> str:
    """Plays one turn; returns what went wrong, or '' when the reply is as it must be."""
    if "click" in turn:
        button = pick_button(turn["click"], chat.last)
        if button is None:
            if turn.get("if_offered"):
                return ""
            return f"no button '{turn['click']}' among {[b['title'] for b in chat.buttons()]}"
        chat.say(button["payload"])
    else:
        chat.say(turn["user"])
    failed = failed_checks(turn, reply_text(chat.last))
    return ", ".join(failed)


@pytest.mark.parametrize("file, conversation", CONVERSATIONS, ids=lambda c: c if isinstance(c, str) else c["name"])
def test_conversation(server, file, conversation):
    chat = Chat(server["url"])
    for number, turn in enumerate(conversation["turns"], start=1):
        problem = _play_turn(chat, turn)
        assert not problem, f"turn {number}: {problem}\n" + "\n".join(chat.transcript)


def _question(chat: Chat, button: dict) -> str:
    """The question a button answers: the last question in the message it belongs to.
    A button beside the question ("De vier vragen" under an answer about pay, while the form goes on) answers
    no question: after it, the form may rightly ask its question again."""
    own = next((m for m in chat.last if button in (m.get("buttons") or [])), {})
    asked = re.findall(r"[^.!?\n]+\?", own.get("text", ""))
    return asked[-1].strip() if asked else ""


def _normal(text: str) -> str:
    return re.sub(r"\W+", " ", text.lower()).strip()


def test_every_button_advances_the_conversation(server):
    """Every button in every reply of the conversations, clicked once on a fresh copy of the conversation: its
    reply never asks again the question the button answered (a dead end)."""
    tried, dead_ends = set(), []
    for _, conversation in CONVERSATIONS:
        chat = Chat(server["url"])
        for turn in conversation["turns"]:
            for button in chat.buttons():
                key = (_normal(chat.text()), button["payload"])
                if key in tried:
                    continue
                tried.add(key)
                question = _question(chat, button)
                branch = chat.fork(server["db"])
                branch.say(button["payload"])
                if question and _normal(question) in _normal(branch.text()):
                    dead_ends.append(f"{conversation['name']}: '{button['title']}' after '{question}' got "
                                     f"'{branch.text()[:200]}'")
            if _play_turn(chat, turn).startswith("no button"):
                break
    assert len(tried) >= 100, f"only {len(tried)} buttons clicked"
    assert not dead_ends, "\n".join(dead_ends)
