"""The REST channel with input checks: bad requests get a clean 4xx with a Dutch message.

Rasa's own REST channel accepts any JSON: a missing sender puts every such client in one shared
conversation ("default"), a non-object body raises a 500, and a huge message reaches the NLU (and,
on error, Rasa's log with the user's text). This channel refuses those before Rasa sees them.
"""
import re
from typing import Any, Awaitable, Callable, Optional, Tuple

from rasa.core.channels.channel import UserMessage
from rasa.core.channels.rest import RestInput
from sanic import Blueprint, response
from sanic.request import Request

MAX_MESSAGE_CHARS = 2000
_SENDER = re.compile(r"^[A-Za-z0-9_\-:.]{1,128}$")


def payload_problem(body: Any) -> Optional[Tuple[int, str]]:
    """(status, Dutch message) for a bad request body, None when it is fine."""
    if not isinstance(body, dict):
        return 400, "Stuur een JSON-object met 'sender' en 'message'."
    sender = body.get("sender")
    if not isinstance(sender, str) or not _SENDER.match(sender):
        return 400, "Geef een 'sender': een willekeurige id van 1 tot 128 letters, cijfers of -_:."
    message = body.get("message")
    if not isinstance(message, str):
        return 400, "Geef een 'message' met tekst."
    if len(message) > MAX_MESSAGE_CHARS:
        return 413, f"Je bericht is te lang. Houd het onder de {MAX_MESSAGE_CHARS} tekens."
    return None


class ValidatedRestInput(RestInput):
    """Same URL as Rasa's REST channel (/webhooks/rest/webhook), with the checks above."""

    @classmethod
    def name(cls) -> str:
        return "rest"

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        blueprint = super().blueprint(on_new_message)

        @blueprint.middleware("request")
        async def check_request(request: Request):
            if request.method != "POST":
                return None
            try:
                body = request.json
            except Exception:  # Sanic raises on malformed JSON; answer it ourselves
                body = None
            problem = payload_problem(body)
            if problem:
                status, message = problem
                return response.json({"error": message}, status=status)
            return None

        return blueprint
