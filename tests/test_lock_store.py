"""Which lock store the Rasa server gets from the environment (bot/runtime/lock_store.py)."""
import pytest
from rasa.core.lock_store import InMemoryLockStore

from bot.runtime.lock_store import EnvironmentLockStore, redis_settings


def test_without_redis_the_locks_stay_in_the_process(monkeypatch):
    monkeypatch.delenv("LOOPBAANWIJZER_REDIS_URL", raising=False)
    assert isinstance(EnvironmentLockStore(endpoint_config=None), InMemoryLockStore)


def test_a_redis_url_gives_host_port_database_and_password():
    settings = redis_settings("redis://:geheim%21@redis.school.lan:6380/2")
    assert settings["host"] == "redis.school.lan" and settings["port"] == 6380 and settings["db"] == 2
    assert settings["password"] == "geheim!" and settings["username"] is None and not settings["use_ssl"]
    assert redis_settings("rediss://locks")["use_ssl"] and redis_settings("rediss://locks")["port"] == 6379


def test_a_wrong_url_is_refused_at_start_up():
    with pytest.raises(ValueError):
        redis_settings("http://redis:6379")
