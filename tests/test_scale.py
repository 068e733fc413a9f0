"""Two Rasa processes serve the same conversations: PostgreSQL for the conversations, Redis for the locks
(marker: scale; `make test-scale` starts both on loopback with scripts/start-test-services).

Each process is a whole `python -m bot run` (the supervisor with its own action server), as on two machines
behind a load balancer; the tests send one conversation's messages to either of them.
"""
import asyncio
import json
import os
import signal
import subprocess
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from actions.knowledge import load_knowledge
from bot.runtime.channels import APOLOGY
from bot.tooling.paths import MODEL_FILE, ROOT
from supervised import Chat, Instance

pytestmark = [pytest.mark.scale, pytest.mark.http]

SCRIPT = ROOT / "scripts" / "start-test-services"
# Words typed in this module that no log line has any business holding.
PRIVATE_WORDS = ("wiskunde", "lesmateriaal", "zwembadleraar", "havo")


@pytest.fixture(scope="module")
def services():
    """PostgreSQL and Redis: from the environment (make test-scale), else started here with the same script."""
    if os.environ.get("LOOPBAANWIJZER_DATABASE_URL") and os.environ.get("LOOPBAANWIJZER_REDIS_URL"):
        yield {name: os.environ[name] for name in ("LOOPBAANWIJZER_DATABASE_URL", "LOOPBAANWIJZER_REDIS_URL")}
        return
    folder = tempfile.mkdtemp(prefix="loopbaanwijzer-services-")
    try:
        out = subprocess.run([str(SCRIPT), "start", folder], check=True, capture_output=True, text=True).stdout
        yield dict(line.split("=", 1) for line in out.splitlines() if "=" in line)
    finally:
        subprocess.run([str(SCRIPT), "stop", folder], check=False)


@pytest.fixture(scope="module")
def pair(services, tmp_path_factory):
    if not MODEL_FILE.exists():
        pytest.fail("No trained model: run `python -m bot train` first (make test does).")
    tmp = tmp_path_factory.mktemp("scale")
    instances = [Instance(tmp, name, services) for name in ("a", "b")]
    try:
        for instance in instances:
            instance.wait_until_up()
        yield instances
    finally:
        for instance in instances:
            instance.stop()


def _events(services, sender):
    import psycopg2

    with psycopg2.connect(services["LOOPBAANWIJZER_DATABASE_URL"]) as conn, conn.cursor() as cur:
        cur.execute("select type_name, action_name, data from events where sender_id = %s order by id", (sender,))
        return [(type_name, action_name, json.loads(data)) for type_name, action_name, data in cur.fetchall()]


def _known(chat, url) -> str:
    chat.say("wat weet je van mij?", url)
    return chat.text()


def _reference(url, messages) -> str:
    """What the bot keeps of these messages, all sent to one process without trouble."""
    chat = Chat()
    for message in messages:
        chat.say(message, url)
    known = _known(chat, url)
    assert known != _known(Chat(), url)  # it keeps something, whatever the wording
    return known


ORIENTATION = ["Wat past bij mij?", "ik ben docent wiskunde in het vo", "8 jaar", "ik vind lesmateriaal maken leuk"]


def test_one_conversation_sent_alternately_to_two_processes_keeps_its_state(pair, services):
    a, b = pair
    chat = Chat()
    for i, message in enumerate(ORIENTATION):
        chat.say(message, (a, b)[i % 2].url)
    # Neither process asks again what the other heard: what the bot keeps is what one process alone keeps.
    assert _known(chat, a.url) == _reference(b.url, ORIENTATION)
    users = [e for e in _events(services, chat.sender) if e[0] == "user"]
    assert [e[2]["text"] for e in users] == ORIENTATION + ["wat weet je van mij?"]


def test_twenty_messages_at_once_to_both_processes_give_twenty_whole_turns_in_order(pair, services):
    a, b = pair
    roles = sorted(load_knowledge(use_local=False).roles.values(), key=lambda r: r.name)[:20]
    messages = [f"wat doet een {role.name.lower()}?" for role in roles]
    chat = Chat()
    chat.say("hallo", a.url)
    start = threading.Barrier(len(messages))

    def send(i):
        sender = Chat()
        sender.sender = chat.sender
        start.wait()
        return sender.say(messages[i], (a if i % 2 else b).url, timeout=180)

    with ThreadPoolExecutor(len(messages)) as pool:
        replies = list(pool.map(send, range(len(messages))))
    for reply in replies:
        texts = [m.get("text") for m in reply]
        assert texts and APOLOGY not in texts

    events = _events(services, chat.sender)
    said = [e[2]["text"] for e in events if e[0] == "user"]
    assert said[0] == "hallo"
    assert sorted(said[1:]) == sorted(messages)  # each once: none lost, none doubled
    # Whole turns one after the other: after each message the bot answers and listens before the next one.
    turn = None
    for type_name, action_name, data in events:
        if type_name == "user":
            assert turn is None or (turn["bot"] and turn["listened"]), "a turn was cut into by another"
            turn = {"bot": 0, "listened": False}
        elif type_name == "bot" and turn is not None:
            turn["bot"] += 1
        elif type_name == "action" and action_name == "action_listen" and turn is not None:
            turn["listened"] = True
    assert turn["bot"] and turn["listened"]
    stamps = [e[2]["timestamp"] for e in events if e[0] == "user"]
    assert stamps == sorted(stamps)  # stored in the order they were handled


def test_forget_me_deletes_the_conversation_from_postgresql(pair, services):
    a, b = pair
    chat = Chat()
    chat.say("ik wil weten wat bij me past", a.url)
    chat.say("ik ben zwembadleraar geweest en nu docent", b.url)
    assert _events(services, chat.sender)
    chat.say("vergeet mij", a.url)
    assert _events(services, chat.sender) == []
    assert "zwembadleraar" not in _known(chat, b.url)


def test_the_retention_purge_deletes_from_postgresql(services, monkeypatch):
    from rasa.shared.core.domain import Domain
    from rasa.shared.core.events import SlotSet, UserUttered
    from rasa.shared.core.trackers import DialogueStateTracker

    from bot.runtime.tracker_store import PrivateSQLTrackerStore

    monkeypatch.setenv("LOOPBAANWIJZER_DATABASE_URL", services["LOOPBAANWIJZER_DATABASE_URL"])
    monkeypatch.setenv("LOOPBAANWIJZER_RETENTION_HOURS", "24")
    store = PrivateSQLTrackerStore(domain=Domain.load(str(ROOT / "domain.yml")))
    assert store.engine.url.get_backend_name() == "postgresql"

    def tracker(sender, at):
        t = DialogueStateTracker(sender, store.domain.slots)
        t.update(UserUttered("ik ben mentor", {"name": "share_tasks"}, timestamp=at))
        t.update(SlotSet("tasks", "ik ben mentor", timestamp=at))
        return t

    old, fresh = f"old-{os.getpid()}", f"fresh-{os.getpid()}"
    asyncio.run(store.save(tracker(old, time.time() - 25 * 3600)))
    asyncio.run(store.save(tracker(fresh, time.time())))
    assert store.purge_expired() >= 2
    assert _events(services, old) == []
    assert len(_events(services, fresh)) == 2


def test_killed_servers_come_back_and_the_conversation_goes_on(pair, services):
    """The Rasa process killed with SIGKILL between two messages, and the action server killed: the
    supervisor starts each again, the user gets the Dutch apology meanwhile, and nothing is lost."""
    a, b = pair
    reference = _reference(b.url, ORIENTATION)
    chat = Chat()
    chat.say(ORIENTATION[0], a.url)
    chat.say(ORIENTATION[1], a.url)

    os.kill(a.rasa_pid(), signal.SIGKILL)
    # While a's Rasa server starts again: b's action server dies; b's Rasa server answers within 5 s.
    os.kill(b.action_pid(), signal.SIGKILL)
    start = time.monotonic()
    chat.say(ORIENTATION[2], b.url, timeout=30)
    assert time.monotonic() - start < 5
    assert APOLOGY in chat.text()
    b.wait_for_log("De actieserver stopte onverwacht; ik start hem opnieuw over 2 seconden.")
    b.wait_for_log("De actieserver draait weer.")
    chat.say(ORIENTATION[2], b.url)  # the user tries again, as asked
    assert APOLOGY not in chat.text()

    a.wait_for_log("De Rasa-server stopte onverwacht; ik start hem opnieuw over 2 seconden.")
    a.wait_for_log("De Rasa-server draait weer.")
    chat.say(ORIENTATION[3], a.url)
    assert APOLOGY not in chat.text()
    assert _known(chat, a.url) == reference


def test_logs_hold_nothing_the_user_typed(pair):
    # An action server error answer, too: a broken request that quotes the user.
    import urllib.error
    import urllib.request

    a, _ = pair
    body = json.dumps({"next_action": "action_help", "sender_id": "x", "domain": {"note": "zwembadleraar"}}).encode()
    request = urllib.request.Request(f"http://127.0.0.1:{a.action_port}/webhook", data=body,
                                     headers={"Content-Type": "application/json"})
    with pytest.raises(urllib.error.HTTPError) as error:
        urllib.request.urlopen(request, timeout=30)
    assert error.value.code == 500
    assert "zwembadleraar" not in error.value.read().decode()
    time.sleep(0.5)
    for instance in pair:
        log = instance.log().lower()
        for word in PRIVATE_WORDS:
            assert word not in log, f"{word!r} in the log of {instance.log_path.name}"
