"""Input checks of the REST and socket.io channels, without a server."""
import asyncio

import pytest

from bot.runtime.channels import MAX_MESSAGE_CHARS, ValidatedSocketIOInput, payload_problem, socket_message_problem


@pytest.mark.parametrize(
    "body, status",
    [
        ([1, 2], 400),
        ("hoi", 400),
        ({"message": "hoi"}, 400),
        ({"sender": "", "message": "hoi"}, 400),
        ({"sender": "a b", "message": "hoi"}, 400),
        ({"sender": "x" * 129, "message": "hoi"}, 400),
        ({"sender": "abc", "message": None}, 400),
        ({"sender": "abc", "message": "x" * (MAX_MESSAGE_CHARS + 1)}, 413),
        ({"sender": "abc", "message": ""}, 400),
        ({"sender": "abc", "message": " \n\t "}, 400),
    ],
)
def test_bad_bodies_are_refused(body, status):
    assert payload_problem(body)[0] == status


def test_a_normal_message_passes():
    assert payload_problem({"sender": "3f2a9c-77", "message": "ik ben mentor"}) is None


@pytest.mark.parametrize(
    "data",
    [
        None,
        "hoi",
        {"message": "hoi"},  # no session id while the channel keeps sessions
        {"session_id": "a b", "message": "hoi"},
        {"session_id": "abc", "message": ["hoi"]},
        {"session_id": "abc", "message": "x" * (MAX_MESSAGE_CHARS + 1)},
        {"session_id": "abc", "message": "  "},
        {"session_id": "abc"},  # no message at all
        {"session_id": "abc", "message": "hoi", "metadata": "{niet json"},
        {"session_id": "abc", "message": "hoi", "metadata": 5},
    ],
)
def test_bad_socket_events_get_a_dutch_reason(data):
    assert socket_message_problem(data, needs_session=True)


def test_a_normal_socket_event_passes():
    assert socket_message_problem({"session_id": "3f2a9c", "message": "ik ben mentor"}, needs_session=True) is None
    assert socket_message_problem({"session_id": "3f2a9c", "message": "hoi", "metadata": "{}"}, True) is None


class _Recorder:
    def __init__(self):
        self.messages, self.emitted = [], []

    async def on_new_message(self, message):
        self.messages.append(message)

    async def emit(self, event, data, room=None, **_):
        self.emitted.append((event, data, room))


def _channel_with_recorder():
    channel = ValidatedSocketIOInput(session_persistence=True)
    recorder = _Recorder()
    channel.blueprint(recorder.on_new_message)
    channel.sio.emit = recorder.emit
    return channel, recorder, channel.sio.handlers["/"]


def test_socket_channel_answers_bad_events_in_dutch_and_passes_good_ones():
    channel, recorder, handlers = _channel_with_recorder()
    asyncio.run(handlers["user_uttered"]("sid1", {"session_id": "s1", "message": "x" * 100_000}))
    asyncio.run(handlers["user_uttered"]("sid1", "geen object"))
    assert recorder.messages == []
    assert [e[0] for e in recorder.emitted] == ["bot_uttered", "bot_uttered"]
    assert "te lang" in recorder.emitted[0][1]["text"]
    assert recorder.emitted[0][2] == "sid1"

    asyncio.run(handlers["user_uttered"]("sid1", {"session_id": "s1", "message": "ik ben mentor"}))
    assert [(m.text, m.sender_id) for m in recorder.messages] == [("ik ben mentor", "s1")]


def test_socket_session_request_keeps_a_good_id_and_replaces_a_bad_one():
    channel, recorder, handlers = _channel_with_recorder()
    rooms = []

    async def enter_room(sid, room, **_):
        rooms.append((sid, room))

    channel.sio.enter_room = enter_room
    asyncio.run(handlers["session_request"]("sid1", {"session_id": "abc-123"}))
    asyncio.run(handlers["session_request"]("sid2", "kapot"))
    asyncio.run(handlers["session_request"]("sid3", {"session_id": {"x": 1}}))
    confirmed = [e for e in recorder.emitted if e[0] == "session_confirm"]
    assert confirmed[0][1] == "abc-123"
    assert all(isinstance(e[1], str) and len(e[1]) == 32 for e in confirmed[1:])
    # Replies go to the session's room: every client must really have joined it.
    assert rooms == [("sid1", "abc-123")] + [(e[2], e[1]) for e in confirmed[1:]]
