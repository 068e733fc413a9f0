"""Start the action server, the Rasa server and the web chat, wait until they answer, restart one that stops,
stop them cleanly.

`services()` lists what `make run` starts, in order; another process is one more entry there. `Supervisor`
starts them one by one, waits until each answers, and restarts one that stops unexpectedly after a short
pause (2 s, doubled while it keeps stopping soon after a start, at most 30 s).
"""
import os
import signal
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass, field
from typing import Callable, List, Optional, TextIO

from bot.tooling.paths import MODEL_FILE, ROOT
from bot.tooling.quiet import popen_quiet

DEFAULT_RASA_PORT = 5005
DEFAULT_ACTION_PORT = 5055
DEFAULT_WEB_PORT = 8000


def ports() -> tuple:
    rasa_port = int(os.environ.get("LOOPBAANWIJZER_PORT", DEFAULT_RASA_PORT))
    action_port = int(os.environ.get("LOOPBAANWIJZER_ACTION_PORT", DEFAULT_ACTION_PORT))
    return rasa_port, action_port


def web_port() -> int:
    return int(os.environ.get("LOOPBAANWIJZER_WEB_PORT", DEFAULT_WEB_PORT))


def host() -> str:
    """Where the Rasa server listens; loopback unless the school's IT opens it up (e.g. behind a proxy)."""
    return os.environ.get("LOOPBAANWIJZER_HOST", "127.0.0.1")


def server_env(env: dict, action_port: int) -> dict:
    env = dict(env)
    env["ACTION_SERVER_URL"] = f"http://127.0.0.1:{action_port}/webhook"
    env.setdefault("SANIC_HOST", "127.0.0.1")  # the action server is only for the Rasa server
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH", "")]))
    # One message at a time needs no thread team: with the default two OpenMP threads on 2 busy cores, one
    # message's sentence embedding took 1.1 s at the 95th percentile instead of 41 ms (docs/benchmark.md).
    env.setdefault("OMP_NUM_THREADS", "1")
    # glibc gives each of TensorFlow's threads a memory arena of its own; two keep the Rasa server's resident
    # memory lower (docs/benchmarks.md: peak RSS).
    env.setdefault("MALLOC_ARENA_MAX", "2")
    return env


def action_command(action_port: int) -> List[str]:
    # rasa_sdk's server with error answers that do not echo the conversation (bot/tooling/action_server.py).
    return [sys.executable, "-m", "bot.tooling.action_server", "--actions", "actions", "--port", str(action_port)]


def start_action_server(env: dict, action_port: int) -> subprocess.Popen:
    return popen_quiet(action_command(action_port), cwd=ROOT, env=env, start_new_session=True)


def rasa_command(mode: str, rasa_port: int) -> List[str]:
    command = [
        sys.executable, "-m", "rasa", mode,
        "--model", str(MODEL_FILE), "--endpoints", "endpoints.yml", "--port", str(rasa_port),
        "--interface", host(),
    ]
    if mode == "run":
        command += ["--credentials", "credentials.yml"]
        cors = os.environ.get("LOOPBAANWIJZER_CORS")
        if cors:
            command += ["--cors", *cors.replace(",", " ").split()]
    return command


def web_command(web_port: int, rasa_port: int) -> List[str]:
    """The web chat (bot/web/server.py): the page, the widget and a proxy to the Rasa server's REST channel."""
    return [sys.executable, "-m", "bot.web", "--port", str(web_port), "--host", host(),
            "--rasa-url", f"http://127.0.0.1:{rasa_port}"]


def start_web_server(env: dict, web_port: int, rasa_port: int) -> subprocess.Popen:
    return popen_quiet(web_command(web_port, rasa_port), cwd=ROOT, env=env, start_new_session=True)


def wait_until_up(url: str, timeout: float, process: Optional[subprocess.Popen] = None) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            return False
        if _answers(url):
            return True
        time.sleep(0.5)
    return False


def stop(processes: List[subprocess.Popen], timeout: float = 15) -> None:
    for process in processes:
        if process.poll() is None:
            try:
                os.killpg(process.pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
    deadline = time.monotonic() + timeout
    for process in processes:
        try:
            process.wait(max(deadline - time.monotonic(), 0.1))
        except subprocess.TimeoutExpired:
            try:
                os.killpg(process.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            process.wait()


@dataclass
class Service:
    """One process that `make run` keeps running."""

    name: str  # Dutch, for the log: "de actieserver"
    command: List[str]
    health_url: str  # answers below 500 once the process is ready
    start_timeout: float
    env: Optional[dict] = None
    process: Optional[subprocess.Popen] = field(default=None, repr=False)

    @property
    def title(self) -> str:
        return self.name[:1].upper() + self.name[1:]

    def start(self) -> subprocess.Popen:
        self.process = popen_quiet(self.command, cwd=ROOT, env=self.env, start_new_session=True)
        return self.process


def services(env: dict, rasa_port: int, action_port: int, web: Optional[int] = None) -> List[Service]:
    """What `make run` starts, in this order (the web chat on port `web`, when given). Add a process with one
    more entry."""
    entries = [
        Service("de actieserver", action_command(action_port), f"http://127.0.0.1:{action_port}/health", 120, env),
        Service("de Rasa-server", rasa_command("run", rasa_port), f"http://127.0.0.1:{rasa_port}/", 300, env),
    ]
    if web:
        entries.append(Service("de webchat", web_command(web, rasa_port), f"http://127.0.0.1:{web}/health", 60, env))
    return entries


class Supervisor:
    """Starts services in order and restarts one that stops, with a short back-off."""

    FIRST_PAUSE = 2.0
    LONGEST_PAUSE = 30.0
    STABLE_AFTER = 60.0  # a service up this long starts over at the first pause when it stops

    def __init__(self, entries: List[Service], log: TextIO = sys.stderr,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.entries = entries
        self.log = log
        self.clock = clock
        self._pause = {id(e): self.FIRST_PAUSE for e in entries}
        self._started_at = {id(e): 0.0 for e in entries}
        self._restart_at = {}  # service id -> when to start it again
        self._waiting_since = {}  # service id -> when it was started again and is not yet answering

    def _say(self, line: str) -> None:
        print(line, file=self.log, flush=True)

    def start_all(self) -> bool:
        """Start each service and wait until it answers; False (after a Dutch line) when one does not."""
        for entry in self.entries:
            self._say(f"{entry.title} start...")
            entry.start()
            self._started_at[id(entry)] = self.clock()
            if not wait_until_up(entry.health_url, entry.start_timeout, entry.process):
                self._say(f"{entry.title} startte niet (zie de melding hierboven).")
                return False
        return True

    def check(self) -> None:
        """One round: notice stopped services, restart those whose pause is over, report recoveries."""
        now = self.clock()
        for entry in self.entries:
            key = id(entry)
            if key in self._restart_at:
                if now >= self._restart_at[key]:
                    del self._restart_at[key]
                    entry.start()
                    self._started_at[key] = now
                    self._waiting_since[key] = now
                continue
            if entry.process is not None and entry.process.poll() is not None:
                self._waiting_since.pop(key, None)
                if now - self._started_at[key] >= self.STABLE_AFTER:
                    self._pause[key] = self.FIRST_PAUSE
                pause = self._pause[key]
                self._pause[key] = min(pause * 2, self.LONGEST_PAUSE)
                self._say(f"{entry.title} stopte onverwacht; ik start hem opnieuw over {pause:g} seconden.")
                self._restart_at[key] = now + pause
                continue
            if key in self._waiting_since and _answers(entry.health_url):
                del self._waiting_since[key]
                self._say(f"{entry.title} draait weer.")

    def run_forever(self, interval: float = 0.5) -> None:
        while True:
            self.check()
            time.sleep(interval)

    def stop(self) -> None:
        stop([e.process for e in reversed(self.entries) if e.process is not None])


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.status < 500
    except OSError:
        return False
