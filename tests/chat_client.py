"""A chat client for the REST channel of the running assistant (the `server` fixture, tests/servers.py), as the
web chat is: one random sender id per conversation."""
import json
import sqlite3
import urllib.request
import uuid
from pathlib import Path
from typing import Dict, List


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
