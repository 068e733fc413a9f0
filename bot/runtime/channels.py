"""The REST and socket.io channels with input checks: bad input gets a clean 4xx or a Dutch reply.

Rasa's own REST channel accepts any JSON: a missing sender puts every such client in one shared
conversation ("default"), a non-object body raises a 500, and a huge message reaches the NLU (and,
on error, Rasa's log with the user's text). Its socket.io channel raises on a non-object event or
metadata that is not JSON, and passes any length on. These channels refuse such input before Rasa sees it.
"""
import json
import logging
import uuid
from typing import Any, Awaitable, Callable, Optional

from rasa.core.channels.channel import UserMessage
from rasa.core.channels.rest import RestInput
from rasa.core.channels.socketio import SocketIOInput
from sanic import Blueprint, response
from sanic.request import Request

from bot.runtime import server_patches

# The limit and the checks live in input_limits.py, shared with the NLU input guard and the web chat.
from bot.runtime.input_limits import MAX_MESSAGE_CHARS, payload_problem, text_problem, valid_id  # noqa: F401

server_patches.install()

logger = logging.getLogger(__name__)

APOLOGY = "Er ging iets mis, probeer het zo opnieuw."


def socket_message_problem(data: Any, needs_session: bool) -> Optional[str]:
    """A Dutch message for a bad socket.io user event, None when it is fine."""
    if not isinstance(data, dict):
        return "Stuur je bericht als object met een 'message'."
    if needs_session and not valid_id(data.get("session_id")):
        return "Er ging iets mis met je sessie. Laad de pagina opnieuw en probeer het nog eens."
    problem = text_problem(data.get("message", ""))
    if problem:
        return problem[1]
    metadata = data.get("metadata", {})
    if isinstance(metadata, str):
        try:
            metadata = json.loads(metadata)
        except ValueError:
            metadata = None
    if not isinstance(metadata, dict):
        return "Er ging iets mis met je bericht. Probeer het nog eens."
    return None


def answering(on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Callable[[UserMessage], Awaitable[Any]]:
    """on_new_message that always answers: when a custom action could not run (the action server is
    down or restarting) or the message got no reply at all, the user is asked to try again.

    Rasa goes on after a failed custom action without its events and often sends nothing; the bot
    says something to every message, so an empty reply means something went wrong. What the user
    typed never reaches the log here (Rasa's REST channel would log it on an exception).
    """

    async def handle(message: UserMessage) -> None:
        channel = message.output_channel
        send_response = channel.send_response
        sent = []

        async def counted(recipient_id: str, reply: Any) -> None:
            sent.append(reply)
            await send_response(recipient_id, reply)

        channel.send_response = counted
        with server_patches.failed_actions() as failed:
            try:
                await on_new_message(message)
            except Exception as error:
                logger.error("A message could not be handled (%s); the user was asked to try again.",
                             type(error).__name__)
                logger.debug("Details:", exc_info=True)
                failed.append("")
        if failed or not sent:
            if failed:
                logger.warning("A custom action could not run (is the action server up?); "
                               "the user was asked to try again.")
            else:
                logger.warning("A message got no reply; the user was asked to try again.")
            await send_response(message.sender_id, {"text": APOLOGY})

    return handle


class ValidatedRestInput(RestInput):
    """Same URL as Rasa's REST channel (/webhooks/rest/webhook), with the checks above."""

    @classmethod
    def name(cls) -> str:
        return "rest"

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        blueprint = super().blueprint(answering(on_new_message))

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


class ValidatedSocketIOInput(SocketIOInput):
    """Rasa's socket.io channel (same name, path and events) with the checks above."""

    @classmethod
    def name(cls) -> str:
        return "socketio"

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        blueprint = super().blueprint(answering(on_new_message))
        handlers = self.sio.handlers[self.namespace or "/"]
        handle_message = handlers[self.user_message_evt]

        async def checked_message(sid: str, data: Any) -> None:
            problem = socket_message_problem(data, self.session_persistence)
            if problem:
                await self.sio.emit(self.bot_message_evt, {"text": problem}, room=sid)
                return
            await handle_message(sid, data)

        async def checked_session_request(sid: str, data: Any) -> None:
            # Rasa 3.6's own handler calls sio.enter_room without await, which the pinned python-socketio
            # (5.18, where it is a coroutine) ignores: the browser would never get a reply. Also, a client
            # may only bring back a well-formed id; anything else starts a new conversation.
            session_id = data.get("session_id") if isinstance(data, dict) else None
            if not valid_id(session_id):
                session_id = uuid.uuid4().hex
            if self.session_persistence:
                await self.sio.enter_room(sid, session_id, namespace=self.namespace)
            await self.sio.emit("session_confirm", session_id, room=sid, namespace=self.namespace)

        handlers[self.user_message_evt] = checked_message
        handlers["session_request"] = checked_session_request
        return blueprint
