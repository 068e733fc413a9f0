"""Start the action server, the Rasa server and the web chat, wait until they answer, stop them cleanly."""
import os
import signal
import subprocess
import sys
import time
import urllib.request
from typing import List, Optional

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
    return env


def action_command(action_port: int) -> List[str]:
    return [sys.executable, "-m", "rasa_sdk", "--actions", "actions", "--port", str(action_port)]


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
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status < 500:
                    return True
        except OSError:
            pass
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
