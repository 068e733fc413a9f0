"""The servers as `make run` starts them (on free ports, with a throw-away conversation store), and a chat
client for the REST channel; shared by every test that talks to the running assistant."""
import json
import socket
import sqlite3
import subprocess
import sys
import urllib.request
import uuid
from contextlib import contextmanager
from pathlib import Path
from typing import Dict, List

from bot.tooling import servers
from bot.tooling.paths import MODEL_FILE, ROOT
from bot.tooling.quiet import quiet_environment


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def running_servers(tmp: Path):
    """The action server and the Rasa server; yields their URL, the conversation database and the log folder."""
    if not MODEL_FILE.exists():
        raise RuntimeError("No trained model: run `python -m bot train` first (make test does).")
    rasa_port, action_port = free_port(), free_port()
    env = servers.server_env(quiet_environment(), action_port)
    env["LOOPBAANWIJZER_DB"] = str(tmp / "conversations.db")
    logs = {name: open(tmp / f"{name}.log", "w") for name in ("actions", "rasa")}
    actions = subprocess.Popen(
        [sys.executable, "-m", "rasa_sdk", "--actions", "actions", "--port", str(action_port)],
        cwd=ROOT, env=env, stdout=logs["actions"], stderr=subprocess.STDOUT, start_new_session=True,
    )
    rasa = subprocess.Popen(servers.rasa_command("run", rasa_port), cwd=ROOT, env=env, stdout=logs["rasa"],
                            stderr=subprocess.STDOUT, start_new_session=True)
    try:
        assert servers.wait_until_up(f"http://127.0.0.1:{action_port}/health", 120, actions), "action server down"
        assert servers.wait_until_up(f"http://127.0.0.1:{rasa_port}/", 300, rasa), \
            (tmp / "rasa.log").read_text()[-3000:]
        yield {"url": f"http://127.0.0.1:{rasa_port}", "db": tmp / "conversations.db", "logs": tmp}
    finally:
        servers.stop([rasa, actions])
        for handle in logs.values():
            handle.close()


class Chat:
    """One conversation with a random sender id, as the web chat would have."""

    def __init__(self, url: str, sender: str = ""):
        self.url = url
        self.sender = sender or uuid.uuid4().hex
        self.last: List[Dict] = []
        self.transcript: List[str] = []

    def say(self, message: str) -> List[Dict]:
        body = json.dumps({"sender": self.sender, "message": message}).encode()
        request = urllib.request.Request(f"{self.url}/webhooks/rest/webhook", data=body,
                                         headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=60) as response:
            self.last = json.loads(response.read())
        self.transcript += [f"> {message}", *(f"< {m.get('text', '')}" for m in self.last)]
        return self.last

    def text(self) -> str:
        return "\n".join(m.get("text", "") for m in self.last)

    def buttons(self) -> List[Dict]:
        return [b for m in self.last for b in m.get("buttons", [])]

    def fork(self, db: Path) -> "Chat":
        """A copy of this conversation under a new sender id (its stored events copied), to try one branch."""
        copy = Chat(self.url)
        with sqlite3.connect(db) as conn:
            columns = [row[1] for row in conn.execute("pragma table_info(events)") if row[1] != "id"]
            names = ", ".join(columns)
            chosen = ", ".join("?" if c == "sender_id" else c for c in columns)
            conn.execute(f"insert into events ({names}) select {chosen} from events where sender_id = ? order by id",
                         (copy.sender, self.sender))
        copy.last, copy.transcript = list(self.last), list(self.transcript)
        return copy
