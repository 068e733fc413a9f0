"""The Rasa server's per-call speed-ups keep what they replace: an invalid action response is refused,
a failed custom action is noticed, and the user always gets an answer (bot/runtime/server_patches.py,
bot/runtime/channels.py)."""
import asyncio
import json
import logging
import socket

import pytest
from jsonschema import ValidationError
from rasa.core.actions.action import RemoteAction
from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.shared.core.domain import Domain
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.exceptions import RasaException
from rasa.utils.endpoints import EndpointConfig

from bot.runtime import channels, server_patches

server_patches.install()


def _action(url="http://127.0.0.1:9/webhook"):
    return RemoteAction("action_suggest", EndpointConfig(url))


VALID = {
    "events": [{"event": "slot", "name": "passions", "value": "lesmateriaal maken", "timestamp": None}],
    "responses": [{"text": "Hier zie ik kansen voor je", "buttons": [{"title": "a", "payload": "/x"}]}],
}


def test_a_valid_action_response_passes():
    assert _action()._validate_action_result(VALID)


@pytest.mark.parametrize(
    "response",
    [
        {"events": [{"event": "no_such_event"}]},
        {"events": [{"event": "slot"}]},  # a slot event without a name
        {"events": "not a list"},
        {"responses": ["not an object"]},
        ["not", "an", "object"],
    ],
)
def test_an_invalid_action_response_is_still_refused(response):
    with pytest.raises(ValidationError) as error:
        _action()._validate_action_result(response)
    assert "Failed to validate Action server response" in error.value.message


def test_the_schema_is_checked_once_not_per_call(monkeypatch):
    from jsonschema.validators import validator_for

    calls = []
    cls = validator_for(RemoteAction.action_response_format_spec())
    monkeypatch.setattr(cls, "check_schema", classmethod(lambda c, s, *a, **k: calls.append(s)))
    for _ in range(5):
        _action()._validate_action_result(VALID)
    assert calls == []


def _closed_port_url() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/webhook"


def test_a_custom_action_that_cannot_reach_the_action_server_is_noted():
    domain = Domain.empty()
    tracker = DialogueStateTracker("someone", [])

    async def run():
        with server_patches.failed_actions() as failed:
            with pytest.raises(RasaException):
                await _action(_closed_port_url()).run(CollectingOutputChannel(), None, tracker, domain)
        return failed

    assert asyncio.run(run()) == ["action_suggest"]


def _handle(on_new_message, text="ik begeleid graag stagiairs"):
    output = CollectingOutputChannel()
    message = UserMessage(text, output, "someone")
    asyncio.run(channels.answering(on_new_message)(message))
    return output.messages


def test_a_reply_passes_unchanged():
    async def replies(message):
        await message.output_channel.send_response(message.sender_id, {"text": "Hallo!"})

    assert [m["text"] for m in _handle(replies)] == ["Hallo!"]


def test_no_reply_gets_the_dutch_apology():
    async def silent(message):
        return None

    assert [m["text"] for m in _handle(silent)] == [channels.APOLOGY]


def test_a_failed_custom_action_gets_the_apology_after_what_was_said(caplog):
    async def half(message):
        await message.output_channel.send_response(message.sender_id, {"text": "Even kijken."})
        with pytest.raises(RasaException):
            await _action(_closed_port_url()).run(message.output_channel, None,
                                                   DialogueStateTracker("someone", []), Domain.empty())

    assert [m["text"] for m in _handle(half)] == ["Even kijken.", channels.APOLOGY]


def test_an_error_gets_the_apology_and_the_log_has_no_user_text(caplog):
    async def broken(message):
        raise ValueError(f"could not read {message.text}")

    with caplog.at_level(logging.INFO):
        assert [m["text"] for m in _handle(broken)] == [channels.APOLOGY]
    assert "ValueError" in caplog.text
    assert "stagiairs" not in caplog.text


def _serve_and_call(status: int, body: dict):
    from aiohttp import web

    async def run():
        async def handler(request):
            return web.json_response(body, status=status)

        app = web.Application()
        app.router.add_post("/webhook", handler)
        runner = web.AppRunner(app)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]
        try:
            endpoint = EndpointConfig(f"http://127.0.0.1:{port}/webhook")
            try:
                return await endpoint.request(json={"x": 1}, method="post")
            except Exception as error:  # noqa: BLE001 - the test looks at it
                return error
        finally:
            await runner.cleanup()

    return asyncio.run(run())


def test_an_action_server_error_answer_keeps_the_conversation_out_of_the_exception():
    from rasa.utils.endpoints import ClientResponseError

    error = _serve_and_call(500, {"error": "boom", "request_body": {"text": "ik begeleid graag stagiairs"}})
    assert isinstance(error, ClientResponseError) and error.status == 500
    assert "stagiairs" not in str(error) and "stagiairs" not in str(error.text)


def test_a_rejection_still_reaches_rasa_with_its_body():
    from rasa.utils.endpoints import ClientResponseError

    error = _serve_and_call(400, {"action_name": "validate_orientation_form", "error": "no"})
    assert isinstance(error, ClientResponseError) and error.status == 400
    assert json.loads(error.text)["action_name"] == "validate_orientation_form"


def test_a_good_answer_comes_back_on_a_kept_open_session():
    assert _serve_and_call(200, {"events": []}) == {"events": []}
