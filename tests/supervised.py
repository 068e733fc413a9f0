"""`python -m bot run` (the supervisor with its servers) started by tests, and a chat client for it."""
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
import uuid
from pathlib import Path
from typing import Dict, List, Optional

from bot.tooling import servers
from bot.tooling.paths import ROOT
from bot.tooling.quiet import quiet_environment


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Instance:
    """One `python -m bot run` on free ports, its output in a log file."""

    def __init__(self, tmp: Path, name: str, extra_env: Dict[str, str]):
        self.rasa_port, self.action_port = free_port(), free_port()
        self.log_path = tmp / f"{name}.log"
        env = quiet_environment()
        for variable in ("LOOPBAANWIJZER_DATABASE_URL", "LOOPBAANWIJZER_REDIS_URL", "LOOPBAANWIJZER_DB"):
            env.pop(variable, None)
        env.update(extra_env)
        env["LOOPBAANWIJZER_PORT"] = str(self.rasa_port)
        env["LOOPBAANWIJZER_ACTION_PORT"] = str(self.action_port)
        env["LOOPBAANWIJZER_WEB_PORT"] = str(free_port())
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH", "")]))
        self._log = open(self.log_path, "w")
        self.process = subprocess.Popen([sys.executable, "-m", "bot", "run"], cwd=ROOT, env=env,
                                        stdout=self._log, stderr=subprocess.STDOUT, start_new_session=True)
        self.url = f"http://127.0.0.1:{self.rasa_port}"

    def wait_until_up(self, timeout: float = 400) -> None:
        assert servers.wait_until_up(f"{self.url}/", timeout, self.process), self.log()[-3000:]
        assert servers.wait_until_up(f"http://127.0.0.1:{self.action_port}/health", 60), self.log()[-3000:]

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    def child(self, marker: str) -> int:
        """The pid of the supervisor's child whose command line contains `marker`."""
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            try:
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
                cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()
            except (OSError, IndexError, ValueError):
                continue
            if ppid == self.process.pid and marker in cmdline:
                return int(entry.name)
        raise AssertionError(f"no child process with {marker!r}")

    def rasa_pid(self) -> int:
        return self.child(" rasa run")

    def action_pid(self) -> int:
        return self.child("bot.tooling.action_server")

    def wait_for_log(self, text: str, count: int = 1, timeout: float = 400) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.log().count(text) >= count:
                return
            assert self.process.poll() is None, self.log()[-3000:]
            time.sleep(0.5)
        raise AssertionError(f"{text!r} did not appear in time:\n{self.log()[-3000:]}")

    def stop(self) -> None:
        children = _children(self.process.pid)
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(60)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()
        # The servers run in process groups of their own: make sure none is left.
        for pid in children:
            try:
                os.killpg(pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass
        self._log.close()


def _children(pid: int) -> List[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1]) == pid:
                    found.append(int(entry.name))
            except (OSError, IndexError, ValueError):
                continue
    return found


class Chat:
    """One conversation with a random sender id; each message may go to another Rasa process."""

    def __init__(self, url: Optional[str] = None):
        self.url = url
        self.sender = uuid.uuid4().hex
        self.last: list = []

    def say(self, message: str, url: Optional[str] = None, timeout: float = 60) -> list:
        body = json.dumps({"sender": self.sender, "message": message}).encode()
        request = urllib.request.Request(f"{url or self.url}/webhooks/rest/webhook", data=body,
                                         headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=timeout) as response:
            self.last = json.loads(response.read())
        return self.last

    def text(self) -> str:
        return "\n".join(m.get("text", "") for m in self.last)
