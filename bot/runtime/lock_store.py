"""Conversation locks: in this process by default, in Redis when LOOPBAANWIJZER_REDIS_URL is set.

With several Rasa processes behind a load balancer, two messages of one conversation may reach two
processes at once; the lock makes them take turns (in the order they arrived), so no event is lost
or stored twice. Rasa's RedisLockStore reads, changes and writes a conversation's ticket list in
three steps; two processes doing that at the same moment can both get the same ticket, or one can
delete the list while the other has just added its ticket. Here each such step holds a short Redis
lock of its own, so it happens as one.

LOOPBAANWIJZER_REDIS_URL: redis://[:password@]host[:port][/db], or rediss:// for TLS.
"""
import logging
import os
from contextlib import contextmanager
from typing import Any, Iterator, Optional, Text
from urllib.parse import unquote, urlsplit

from rasa.core.lock_store import LOCK_LIFETIME, InMemoryLockStore, LockError, LockStore, RedisLockStore

logger = logging.getLogger(__name__)

REDIS_URL_VARIABLE = "LOOPBAANWIJZER_REDIS_URL"
KEY_PREFIX = "loopbaanwijzer"
_MUTEX_TIMEOUT_SECONDS = 10


def redis_settings(url: str) -> dict:
    """RedisLockStore's arguments from a redis:// URL."""
    parts = urlsplit(url)
    if parts.scheme not in ("redis", "rediss"):
        raise ValueError(f"{REDIS_URL_VARIABLE} must start with redis:// or rediss://")
    db = parts.path.strip("/") or "0"
    return {
        "host": parts.hostname or "localhost",
        "port": parts.port or 6379,
        "db": int(db),
        "username": unquote(parts.username) if parts.username else None,
        "password": unquote(parts.password) if parts.password else None,
        "use_ssl": parts.scheme == "rediss",
        "key_prefix": KEY_PREFIX,
    }


class AtomicRedisLockStore(RedisLockStore):
    """Rasa's RedisLockStore whose read-change-write steps each run under a short Redis lock."""

    @contextmanager
    def _exclusive(self, conversation_id: Text) -> Iterator[None]:
        mutex = self.red.lock(
            self.key_prefix + conversation_id + ":mutex",
            timeout=_MUTEX_TIMEOUT_SECONDS,
            blocking_timeout=_MUTEX_TIMEOUT_SECONDS,
        )
        if not mutex.acquire():
            raise LockError("Could not change the lock of a conversation in time.")
        try:
            yield
        finally:
            try:
                mutex.release()
            except Exception:  # expired meanwhile: nothing left to release
                pass

    def issue_ticket(self, conversation_id: Text, lock_lifetime: float = LOCK_LIFETIME) -> int:
        with self._exclusive(conversation_id):
            return super().issue_ticket(conversation_id, lock_lifetime)

    def update_lock(self, conversation_id: Text) -> None:
        with self._exclusive(conversation_id):
            super().update_lock(conversation_id)

    def cleanup(self, conversation_id: Text, ticket_number: int) -> None:
        with self._exclusive(conversation_id):
            super().cleanup(conversation_id, ticket_number)


class EnvironmentLockStore(LockStore):
    """The lock store named in endpoints.yml: Redis when LOOPBAANWIJZER_REDIS_URL is set, else in memory."""

    def __new__(cls, endpoint_config: Optional[Any] = None, **_ignored: Any) -> LockStore:  # type: ignore[misc]
        url = os.environ.get(REDIS_URL_VARIABLE)
        if not url:
            return InMemoryLockStore()
        store = AtomicRedisLockStore(**redis_settings(url))
        store.red.ping()  # fail at start-up, not on the first message
        logger.info("Conversation locks are kept in Redis.")
        return store

