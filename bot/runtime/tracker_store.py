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
from collections import OrderedDict
from typing import Any, Optional, Tuple

from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.events import ActionExecuted
from rasa.shared.core.trackers import DialogueStateTracker

from bot.runtime import server_patches

server_patches.install()

logger = logging.getLogger(__name__)

DATABASE_URL_VARIABLE = "LOOPBAANWIJZER_DATABASE_URL"
FORGET_ACTION = "action_forget_me"
PURGE_INTERVAL_SECONDS = 300
CACHED_CONVERSATIONS = 500


def retention_seconds() -> float:
    try:
        hours = float(os.environ.get("LOOPBAANWIJZER_RETENTION_HOURS", "24"))
    except ValueError:
        hours = 24.0
    return max(hours, 0.0) * 3600


def asked_to_forget(tracker: DialogueStateTracker) -> bool:
    return any(isinstance(e, ActionExecuted) and e.action_name == FORGET_ACTION for e in tracker.events)


def _write_ahead_log(engine: Any) -> None:
    """SQLite with a write-ahead log and no disk flush per commit: Rasa commits every turn, and each
    commit waited for the disk (fsync) inside the server's only event loop, 10% of its time under load
    (py-spy, docs/profile.md). A killed server loses nothing this way (the operating system still
    writes the file); a power cut may lose the last turns, never the file's consistency."""
    import sqlalchemy as sa

    @sa.event.listens_for(engine, "connect")
    def _pragmas(connection: Any, _record: Any) -> None:
        cursor = connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    engine.dispose()  # connections opened before the listener get the pragmas too


class PrivateSQLTrackerStore(SQLTrackerStore):
    """SQLTrackerStore with forget-me and expiry. Settings may come from the environment.

    Rasa's store reads every event of the conversation back from the database and replays it on
    every message, so a turn gets slower the longer the conversation. Here the tracker saved at
    the end of a turn is kept in memory with the id of the last stored event; the next message
    of that conversation gets it back after one indexed query shows that no other process
    (nor a deletion) has changed the conversation since. Anything else reads the database as before.
    A kept tracker is handed out once (the next turn changes it in place) and kept again on save.
    """

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
        if self.engine.url.get_backend_name() == "sqlite":
            _write_ahead_log(self.engine)
        self._kept: "OrderedDict[str, Tuple[Optional[int], DialogueStateTracker]]" = OrderedDict()
        self._last_purge = 0.0
        self.purge_expired()

    def _last_event_id(self, sender_id: str) -> Optional[int]:
        import sqlalchemy as sa

        with self.session_scope() as session:
            return session.query(sa.func.max(self.SQLEvent.id)).filter(self.SQLEvent.sender_id == sender_id).scalar()

    async def retrieve(self, sender_id: str) -> Optional[DialogueStateTracker]:
        kept = self._kept.pop(sender_id, None)
        if kept is not None and kept[0] is not None and kept[0] == self._last_event_id(sender_id):
            return kept[1]
        return await super().retrieve(sender_id)

    def _keep(self, tracker: DialogueStateTracker) -> None:
        """Keep the tracker only when it holds exactly what reading it back would give: the events of
        its latest session (not so in the first turn, which also holds the events before the session
        started, nor after a new session started)."""
        import sqlalchemy as sa

        with self.session_scope() as session:
            stored, last_id = (
                self._event_query(session, tracker.sender_id, fetch_events_from_all_sessions=False)
                .order_by(None)
                .with_entities(sa.func.count(self.SQLEvent.id), sa.func.max(self.SQLEvent.id))
                .one()
            )
        if stored != len(tracker.events) or last_id is None:
            return
        self._kept[tracker.sender_id] = (last_id, tracker)
        self._kept.move_to_end(tracker.sender_id)
        while len(self._kept) > CACHED_CONVERSATIONS:
            self._kept.popitem(last=False)

    def delete_conversation(self, sender_id: str) -> int:
        self._kept.pop(sender_id, None)
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
            self._kept.clear()
            logger.info("Deleted %d events of expired conversations.", deleted)
        return deleted

    async def save(self, tracker: DialogueStateTracker) -> None:
        if asked_to_forget(tracker):
            self.delete_conversation(tracker.sender_id)
            logger.info("A conversation was forgotten at the user's request.")
            return
        self._kept.pop(tracker.sender_id, None)
        await super().save(tracker)
        self._keep(tracker)
        if time.time() - self._last_purge > PURGE_INTERVAL_SECONDS:
            self.purge_expired()
