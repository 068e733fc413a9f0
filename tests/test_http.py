"""Whole conversations over the REST channel of the running servers (marker: http).

The `server` fixture (tests/conftest.py) starts the action server and the Rasa server
on free ports with the trained model and a throw-away conversation database; these
tests talk to them as a chat client would.
"""
import json
import sqlite3
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from bot.runtime.channels import APOLOGY
from chat_client import Chat

pytestmark = pytest.mark.http

SECRET_PHRASE = "ik vind het leuk om stagiairs te begeleiden en nieuwe collega's te coachen"


def _stored_events(db: Path, sender: str) -> int:
    with sqlite3.connect(db) as conn:
        return conn.execute("select count(*) from events where sender_id = ?", (sender,)).fetchone()[0]


def test_teacher_from_greeting_to_summary_then_forget(server):
    chat = Chat(server["url"])
    chat.say("hoi")
    assert "chatbot" in chat.text() and "vergeet mij" in chat.text()
    chat.say("ik wil weten hoe ik kan doorgroeien")
    assert any("Leraar" == b["title"] for b in chat.buttons())
    chat.say('/share_background{"audience": "leraar"}')
    assert "Hoe lang" in chat.text()
    chat.say("ik sta 10 jaar voor de klas")
    assert "energie" in chat.text()
    chat.say(SECRET_PHRASE)
    assert "naast lesgeven" in chat.text()
    chat.say("ik ben mentor van 2 vwo")
    text = chat.text()
    # Issue 12: only directions the words point at; mentoring is held, the energy is in colleagues' learning.
    assert "Verbreden naar ondersteunen van het leren van collega's" in text and "Werkplekbegeleider" in text
    assert "Je hebt al een rol: **Mentor**" in text
    assert "je noemde '" in text and "stagiairs" in text
    choices = [b for b in chat.buttons() if b["payload"].startswith("/choose_role")]
    assert choices
    chat.say(choices[0]["payload"])
    text = chat.text()
    for name in ("Toelating", "Ondersteuning", "Facilitering", "Erkenning"):
        assert name in text
    assert choices[0]["title"] in text
    chat.say("kun je het op een rij zetten voor mijn jaargesprek")
    summary = chat.text()
    assert summary.startswith("Gespreksvoorbereiding")
    assert "stagiairs" in summary.lower() and "Gekozen rol" in summary

    assert _stored_events(server["db"], chat.sender) > 0
    chat.say("vergeet mij")
    assert "gewist" in chat.text()
    assert _stored_events(server["db"], chat.sender) == 0
    chat.say("geef me een samenvatting")
    assert "nog niets" in chat.text()
    assert "stagiairs" not in chat.text()


def test_student_explores_during_training(server):
    chat = Chat(server["url"])
    chat.say("goedemiddag")
    assert "chatbot" in chat.text()
    chat.say("ik zit in het derde jaar van de pabo en wil weten welke kant ik op kan")
    assert "opleiding" in chat.text() or "stage" in chat.text()
    chat.say("ik vind het heel leuk om digitale lessen te maken met ict")
    chat.say("ik loop stage in groep 7")
    text = chat.text()
    assert "meelopen" in text or "loop eens mee" in text
    assert "keuzemodule" in text
    assert "ICT" in text
    choices = [b for b in chat.buttons() if b["payload"].startswith("/choose_role")]
    chat.say(choices[0]["payload"])
    assert "stagebegeleider" in chat.text()
    chat.say("samenvatting graag")
    assert "student aan een lerarenopleiding" in chat.text()


def test_side_entrant_sees_the_core_and_earlier_work(server):
    chat = Chat(server["url"])
    chat.say("hallo")
    chat.say("ik ben zij-instromer, ik heb 12 jaar als monteur gewerkt")
    assert "klas" in chat.text() or "onderwijs" in chat.text()
    chat.say("ik ben net begonnen")
    chat.say("ik vind het leuk om leerlingen praktisch met techniek te laten werken")
    text = chat.text()
    assert "kern" in text and "lesgeven" in text.lower()
    assert "praktijkleren" in text.lower()
    assert "'monteur'" in text or "'techniek'" in text or "praktisch" in text
    choices = [b for b in chat.buttons() if b["payload"].startswith("/choose_role")]
    assert any(b["title"] == "Specialist praktijkleren" for b in choices)
    chat.say("praktijkleren lijkt me wat")
    text = chat.text()
    assert "Specialist praktijkleren" in text and "Toelating" in text and "opleiding" in text
    chat.say("zet alles op een rij")
    summary = chat.text()
    assert "zij-instromer" in summary and "monteur" in summary and "Gekozen rol: Specialist praktijkleren" in summary


def test_question_mid_form_is_answered_and_the_form_resumes(server):
    chat = Chat(server["url"])
    chat.say("ik ben docent en wil kijken wat bij me past")
    chat.say("wat doet een schoolopleider?")
    text = chat.text()
    assert "Schoolopleider" in text
    assert "Hoe lang" in text  # the form asks its open question again


def test_a_first_message_full_of_facts_leads_to_suggestions_not_to_one_role(server):
    chat = Chat(server["url"])
    chat.say("hoi ik ben 31, docent wiskunde havo/vwo sinds 2018, zit in de MR en ben sectievoorzitter. "
             "wat zijn mijn opties?")
    text = chat.text()
    assert "Dit zijn de vier vragen" not in text
    assert "Wie ben je?" not in text and "Hoe lang werk je" not in text  # what it said is read
    chat.say("beleid maken en collega's meekrijgen in iets nieuws")  # what she does now was in the first message
    text = chat.text()
    assert "Hier zie ik kansen voor je" in text
    assert "Meedenken over schoolbeleid" in text


def test_the_paused_questions_resume_and_keyboard_mashing_is_not_an_answer(server):
    chat = Chat(server["url"])
    chat.say("ik wil kijken wat bij me past")
    chat.say("gymleraar in het vo, al 34 jaar")
    assert "Waar krijg je energie van" in chat.text()
    chat.say("asdfghjk")
    # Asked to say it again (either variant of utter_ask_rephrase), then the question again: no answer taken.
    assert ("andere manier" in chat.text() or "anders zeggen" in chat.text()) and "energie" in chat.text()
    chat.say("stop maar even")
    chat.say("ok toch maar verder")
    assert "energie" in chat.text()


def test_bad_input_gets_a_clean_answer(server):
    chat = Chat(server["url"])
    chat.say("asdkjh qwe zxcv")
    assert chat.text()  # a Dutch reply, no error
    request = urllib.request.Request(
        f"{server['url']}/webhooks/rest/webhook", data=b"{not json", headers={"Content-Type": "application/json"}
    )
    with pytest.raises(urllib.error.HTTPError) as error:
        urllib.request.urlopen(request, timeout=30)
    assert 400 <= error.value.code < 500


@pytest.mark.parametrize(
    "body, status",
    [
        (b"[1, 2]", 400),
        (b'{"message": "hoi"}', 400),  # no sender: would share one conversation with every such client
        (b'{"sender": "abc"}', 400),
        (b'{"sender": "abc", "message": 5}', 400),
        (b'{"sender": "abc", "message": "  "}', 400),  # empty: the same Dutch refusal on every channel
        (json.dumps({"sender": "abc", "message": "ik begeleid stagiairs " * 500}).encode(), 413),
    ],
)
def test_bad_requests_get_a_clean_4xx_in_dutch(server, body, status):
    request = urllib.request.Request(
        f"{server['url']}/webhooks/rest/webhook", data=body, headers={"Content-Type": "application/json"}
    )
    with pytest.raises(urllib.error.HTTPError) as error:
        urllib.request.urlopen(request, timeout=30)
    assert error.value.code == status
    assert json.loads(error.value.read())["error"]


def test_socketio_channel_refuses_a_huge_message_and_then_chats(server):
    import asyncio

    import socketio

    async def talk():
        client = socketio.AsyncClient()
        replies: asyncio.Queue = asyncio.Queue()
        confirmed = asyncio.get_running_loop().create_future()
        client.on("bot_uttered", lambda data: replies.put_nowait(data))
        client.on("session_confirm", lambda sid: confirmed.done() or confirmed.set_result(sid))
        # Long polling: the pinned engineio client needs a newer aiohttp for its websocket upgrade.
        await client.connect(server["url"], socketio_path="/socket.io", transports=["polling"])
        try:
            await client.emit("session_request", {"session_id": "niet geldig want spaties"})
            session = await asyncio.wait_for(confirmed, 30)
            await client.emit("user_uttered", {"session_id": session, "message": "ik werk als monteur " * 300})
            refused = await asyncio.wait_for(replies.get(), 30)
            await client.emit("user_uttered", {"session_id": session, "message": "hallo"})
            greeting = await asyncio.wait_for(replies.get(), 60)
        finally:
            await client.disconnect()
        return session, refused, greeting

    session, refused, greeting = asyncio.run(talk())
    assert session != "niet geldig want spaties" and len(session) == 32
    assert "te lang" in refused["text"]
    assert "chatbot" in greeting["text"]


def test_logs_hold_nothing_the_user_typed(server):
    for name in ("rasa.log", "actions.log"):
        log = (server["logs"] / name).read_text(errors="replace")
        assert "stagiairs te begeleiden" not in log
        assert "monteur" not in log
        assert "Traceback" not in log


def test_the_rasa_server_killed_mid_conversation_and_started_again_goes_on(server):
    """SIGKILL (no clean shutdown) between two messages; started again, the Rasa server continues the
    conversation kept in the SQLite file where it was: what the bot keeps equals an untroubled conversation's."""
    messages = ["Wat past bij mij?", "ik ben docent wiskunde in het vo", "8 jaar", "ik vind lesmateriaal maken leuk"]
    reference = Chat(server["url"])
    for message in messages:
        reference.say(message)
    reference.say("wat weet je van mij?")

    chat = Chat(server["url"])
    chat.say(messages[0])
    chat.say(messages[1])
    server.kill_and_restart_rasa()
    for message in messages[2:]:
        chat.say(message)
        assert chat.text() and APOLOGY not in chat.text()
    chat.say("wat weet je van mij?")
    assert chat.text() == reference.text()
