"""The servers `make run` starts (action server, Rasa server, web chat), started the same way on free ports
with a throw-away conversation database, for tests that talk to them over HTTP or through a browser."""
import socket
import subprocess
from pathlib import Path
from typing import Dict, Optional

from bot.tooling import servers
from bot.tooling.paths import ROOT
from bot.tooling.quiet import quiet_environment


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class RunningServers:
    """url: the Rasa server; web_url: the web chat; db: the SQLite file; logs: the folder with each server's log."""

    def __init__(self, tmp: Path, env: Optional[Dict[str, str]] = None):
        self.tmp = tmp
        self.logs = tmp
        self.db = tmp / "conversations.db"
        self.rasa_port, self.action_port, self.web_port = free_port(), free_port(), free_port()
        self.url = f"http://127.0.0.1:{self.rasa_port}"
        self.web_url = f"http://127.0.0.1:{self.web_port}"
        self.env = servers.server_env(quiet_environment(), self.action_port)
        self.env.update(env or {})
        self.env["LOOPBAANWIJZER_DB"] = str(self.db)
        self.processes: Dict[str, subprocess.Popen] = {}

    def __getitem__(self, key: str):  # server["url"], as the tests used to write it
        return getattr(self, key)

    def _start(self, name: str, command) -> subprocess.Popen:
        log = open(self.logs / f"{name}.log", "a")
        process = subprocess.Popen(command, cwd=ROOT, env=self.env, stdout=log, stderr=subprocess.STDOUT,
                                   start_new_session=True)
        log.close()  # the child keeps its own handle
        self.processes[name] = process
        return process

    def log(self, name: str) -> str:
        return (self.logs / f"{name}.log").read_text(errors="replace")

    def start(self) -> "RunningServers":
        actions = self._start("actions", servers.action_command(self.action_port))
        rasa = self._start("rasa", servers.rasa_command("run", self.rasa_port))
        self.start_web()
        if not servers.wait_until_up(f"http://127.0.0.1:{self.action_port}/health", 120, actions):
            raise RuntimeError("action server did not start:\n" + self.log("actions")[-3000:])
        if not servers.wait_until_up(f"{self.url}/", 300, rasa):
            raise RuntimeError("Rasa server did not start:\n" + self.log("rasa")[-3000:])
        return self

    def start_web(self) -> None:
        web = self._start("web", servers.web_command(self.web_port, self.rasa_port))
        if not servers.wait_until_up(f"{self.web_url}/health", 60, web):
            raise RuntimeError("web chat did not start:\n" + self.log("web")[-3000:])

    def kill_and_restart_rasa(self) -> None:
        """SIGKILL the Rasa server (no clean shutdown) and start it again on the same port and database."""
        rasa = self.processes["rasa"]
        rasa.kill()
        rasa.wait()
        rasa = self._start("rasa", servers.rasa_command("run", self.rasa_port))
        if not servers.wait_until_up(f"{self.url}/", 300, rasa):
            raise RuntimeError("Rasa server did not start again:\n" + self.log("rasa")[-3000:])

    def stop_web(self) -> None:
        servers.stop([self.processes.pop("web")])

    def stop(self) -> None:
        servers.stop(list(self.processes.values()))
        self.processes.clear()
