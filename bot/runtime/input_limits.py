"""The one place for what a chat message may be: its length limit and the Dutch refusals.

Shared by the channels (bot/runtime/channels.py), the NLU input guard (bot/runtime/input_guard.py) and the web
chat's proxy (bot/web/server.py). Imports nothing from Rasa, so the web server starts fast.
"""
import re
from typing import Any, Optional, Tuple

MAX_MESSAGE_CHARS = 2000
_SENDER = re.compile(r"^[A-Za-z0-9_\-:.]{1,128}$")

TOO_LONG = f"Je bericht is te lang. Houd het onder de {MAX_MESSAGE_CHARS} tekens."
NOT_TEXT = "Stuur je bericht als tekst."
EMPTY = "Je bericht is leeg. Typ eerst wat je wilt vragen of vertellen."
NOT_AN_OBJECT = "Stuur een JSON-object met 'sender' en 'message'."
BAD_SENDER = "Geef een 'sender': een willekeurige id van 1 tot 128 letters, cijfers of -_:."


def valid_id(value: Any) -> bool:
    return isinstance(value, str) and bool(_SENDER.match(value))


def text_problem(message: Any) -> Optional[Tuple[int, str]]:
    """(status, Dutch message) for a message that is not text, empty or too long; None when it is fine."""
    if not isinstance(message, str):
        return 400, NOT_TEXT
    if not message.strip():
        return 400, EMPTY
    if len(message) > MAX_MESSAGE_CHARS:
        return 413, TOO_LONG
    return None


def payload_problem(body: Any) -> Optional[Tuple[int, str]]:
    """(status, Dutch message) for a bad REST request body, None when it is fine."""
    if not isinstance(body, dict):
        return 400, NOT_AN_OBJECT
    if not valid_id(body.get("sender")):
        return 400, BAD_SENDER
    return text_problem(body.get("message"))
