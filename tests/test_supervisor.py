"""`make run` keeps its servers running: one that stops is started again after a short pause."""
import io
import socket
import sys
import time

import pytest

from bot.tooling import servers


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class QuickSupervisor(servers.Supervisor):
    FIRST_PAUSE = 0.2
    LONGEST_PAUSE = 0.8


@pytest.fixture()
def web_service():
    port = _free_port()
    entry = servers.Service(
        "de testserver", [sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1"],
        f"http://127.0.0.1:{port}/", 30,
    )
    return entry


def _run_until(supervisor, condition, timeout=30.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        supervisor.check()
        if condition():
            return True
        time.sleep(0.05)
    return False


def test_a_stopped_server_is_started_again_with_a_dutch_line(web_service):
    log = io.StringIO()
    supervisor = QuickSupervisor([web_service], log=log)
    try:
        assert supervisor.start_all()
        first = web_service.process
        first.kill()
        assert _run_until(supervisor, lambda: "draait weer" in log.getvalue())
        assert web_service.process is not first and web_service.process.poll() is None
        assert servers._answers(web_service.health_url)
        text = log.getvalue()
        assert "De testserver stopte onverwacht; ik start hem opnieuw over 0.2 seconden." in text
    finally:
        supervisor.stop()
    assert web_service.process.poll() is not None  # stopped with the supervisor


def test_the_pause_grows_while_a_server_keeps_stopping_and_is_capped(web_service):
    log = io.StringIO()
    supervisor = QuickSupervisor([web_service], log=log)
    try:
        assert supervisor.start_all()
        for _ in range(4):
            web_service.process.kill()
            web_service.process.wait()
            before = log.getvalue().count("draait weer")
            assert _run_until(supervisor, lambda: log.getvalue().count("draait weer") > before)
        pauses = [line.split("over ")[1].split(" ")[0] for line in log.getvalue().splitlines() if "onverwacht" in line]
        assert pauses == ["0.2", "0.4", "0.8", "0.8"]
    finally:
        supervisor.stop()


def test_a_server_that_does_not_start_stops_the_start_with_a_dutch_line():
    log = io.StringIO()
    broken = servers.Service("de kapotte server", [sys.executable, "-c", "raise SystemExit(3)"],
                             f"http://127.0.0.1:{_free_port()}/", 30)
    supervisor = QuickSupervisor([broken], log=log)
    try:
        assert not supervisor.start_all()
    finally:
        supervisor.stop()
    assert "De kapotte server startte niet" in log.getvalue()


def test_make_run_starts_the_action_server_before_the_rasa_server():
    names = [entry.name for entry in servers.services({}, 5205, 5255)]
    assert names.index("de actieserver") < names.index("de Rasa-server")
