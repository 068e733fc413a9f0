"""Keep TensorFlow's and SQLAlchemy's start-up noise away from users; errors stay visible.

Set LOOPBAANWIJZER_DEBUG=1 to see everything.
"""
import os
import warnings


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
