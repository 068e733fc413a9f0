"""A conversation store that forgets: "vergeet mij" and expiry really delete.

Rasa's SQLTrackerStore keeps every event forever. This one
- deletes all stored events of a conversation when the tracker being saved ran
  `action_forget_me` (and stores nothing of that turn), so the next message
  starts from an empty conversation;
- deletes conversations whose last event is older than the retention period
  (LOOPBAANWIJZER_RETENTION_HOURS, default 24), checked at most every few minutes.
Works on SQLite (default, a local file: LOOPBAANWIJZER_DB) and PostgreSQL alike
(LOOPBAANWIJZER_DATABASE_URL=postgresql://user:password@host:5432/database), so that several Rasa
processes can serve the same conversations (with the locks in Redis: bot/runtime/lock_store.py).
"""
import logging
import os
import time
from typing import Any, Optional

from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.events import ActionExecuted
from rasa.shared.core.trackers import DialogueStateTracker

from bot.runtime import server_patches

server_patches.install()

logger = logging.getLogger(__name__)

DATABASE_URL_VARIABLE = "LOOPBAANWIJZER_DATABASE_URL"
FORGET_ACTION = "action_forget_me"
PURGE_INTERVAL_SECONDS = 300


def retention_seconds() -> float:
    try:
        hours = float(os.environ.get("LOOPBAANWIJZER_RETENTION_HOURS", "24"))
    except ValueError:
        hours = 24.0
    return max(hours, 0.0) * 3600


def asked_to_forget(tracker: DialogueStateTracker) -> bool:
    return any(isinstance(e, ActionExecuted) and e.action_name == FORGET_ACTION for e in tracker.events)


class PrivateSQLTrackerStore(SQLTrackerStore):
    """SQLTrackerStore with forget-me and expiry. Settings may come from the environment."""

    def __init__(self, domain: Any = None, db: Optional[str] = None, **kwargs: Any) -> None:
        url = os.environ.get(DATABASE_URL_VARIABLE)
        if url:  # a whole database URL; Rasa takes a host with "://" as one
            if url.startswith("postgres://"):  # the short form SQLAlchemy 1.4 no longer reads
                url = "postgresql://" + url[len("postgres://"):]
            kwargs.update(dialect=url.split(":", 1)[0].split("+", 1)[0], host=url)
            kwargs.pop("port", None)
            db = url.rsplit("/", 1)[-1].split("?", 1)[0]
        else:
            db = os.environ.get("LOOPBAANWIJZER_DB") or db or ".state/conversations.db"
        if kwargs.get("dialect", "sqlite") == "sqlite":
            os.makedirs(os.path.dirname(os.path.abspath(db)), exist_ok=True)
        super().__init__(domain=domain, db=db, **kwargs)
        self._last_purge = 0.0
        self.purge_expired()

    def delete_conversation(self, sender_id: str) -> int:
        with self.session_scope() as session:
            deleted = session.query(self.SQLEvent).filter(self.SQLEvent.sender_id == sender_id).delete()
            session.commit()
        return deleted

    def purge_expired(self, now: Optional[float] = None) -> int:
        """Delete every conversation whose last event is older than the retention period."""
        import sqlalchemy as sa

        now = time.time() if now is None else now
        self._last_purge = now
        cutoff = now - retention_seconds()
        with self.session_scope() as session:
            stale = (
                session.query(self.SQLEvent.sender_id)
                .group_by(self.SQLEvent.sender_id)
                .having(sa.func.max(self.SQLEvent.timestamp) < cutoff)
                .subquery()
            )
            deleted = (
                session.query(self.SQLEvent)
                .filter(self.SQLEvent.sender_id.in_(sa.select(stale.c.sender_id)))
                .delete(synchronize_session=False)
            )
            session.commit()
        if deleted:
            logger.info("Deleted %d events of expired conversations.", deleted)
        return deleted

    async def save(self, tracker: DialogueStateTracker) -> None:
        if asked_to_forget(tracker):
            self.delete_conversation(tracker.sender_id)
            logger.info("A conversation was forgotten at the user's request.")
            return
        await super().save(tracker)
        if time.time() - self._last_purge > PURGE_INTERVAL_SECONDS:
            self.purge_expired()
