"""Keep TensorFlow's and SQLAlchemy's start-up noise away from users; errors stay visible.

Set LOOPBAANWIJZER_DEBUG=1 to see everything.
"""
import os
import re
import subprocess
import sys
import threading
import warnings

# A warning line ("...py:52: DeprecationWarning: ...") and the source lines Python prints under it.
_WARNING_LINE = re.compile(r"^\S.*:\d+: \w*Warning: ")
_CONTINUATION = re.compile(r"^(\s|Implementing implicit namespace packages)")


def quiet_environment(env=None) -> dict:
    """Environment variables for child processes (and this one) that silence library noise."""
    env = dict(os.environ if env is None else env)
    if env.get("LOOPBAANWIJZER_DEBUG") != "1":
        env.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
        env.setdefault("PYTHONWARNINGS", "ignore")
        env.setdefault("SQLALCHEMY_SILENCE_UBER_WARNING", "1")
        env.setdefault("LOG_LEVEL_LIBRARIES", "ERROR")
        env.setdefault("LOG_LEVEL_MATPLOTLIB", "ERROR")
        env.setdefault("TF_ENABLE_ONEDNN_OPTS", "0")
    return env


def quiet_this_process() -> None:
    os.environ.update(quiet_environment())
    if os.environ.get("LOOPBAANWIJZER_DEBUG") != "1":
        warnings.filterwarnings("ignore")


def is_debug() -> bool:
    return os.environ.get("LOOPBAANWIJZER_DEBUG") == "1"


def _copy_without_warnings(source, target) -> None:
    in_warning = False
    for line in iter(source.readline, ""):
        if _WARNING_LINE.match(line):
            in_warning = True
            continue
        if in_warning and _CONTINUATION.match(line):
            continue
        in_warning = False
        target.write(line)
        target.flush()


def popen_quiet(command, **kwargs) -> subprocess.Popen:
    """Popen whose stderr reaches the user without library warnings (libraries reset Python's
    warning filters on import, so PYTHONWARNINGS alone does not hold). Errors pass unchanged."""
    if is_debug():
        return subprocess.Popen(command, **kwargs)
    process = subprocess.Popen(command, stderr=subprocess.PIPE, text=True, bufsize=1, **kwargs)
    threading.Thread(target=_copy_without_warnings, args=(process.stderr, sys.stderr), daemon=True).start()
    return process
