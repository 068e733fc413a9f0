"""The conversation store forgets: on "vergeet mij" and after the retention period."""
import asyncio
import io
import time

import pytest
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from bot.tooling.paths import ROOT
from bot.tooling.quiet import _copy_without_warnings
from bot.runtime.tracker_store import PrivateSQLTrackerStore


@pytest.fixture()
def store(tmp_path, monkeypatch):
    monkeypatch.setenv("LOOPBAANWIJZER_DB", str(tmp_path / "conversations.db"))
    monkeypatch.setenv("LOOPBAANWIJZER_RETENTION_HOURS", "24")
    return PrivateSQLTrackerStore(domain=Domain.load(str(ROOT / "domain.yml")))


def _tracker(store, sender, text, at=None):
    tracker = DialogueStateTracker(sender, store.domain.slots)
    at = time.time() if at is None else at
    tracker.update(UserUttered(text, {"name": "share_passion"}, timestamp=at))
    tracker.update(SlotSet("passions", [text], timestamp=at))
    return tracker


def test_forget_me_deletes_every_stored_event(store):
    tracker = _tracker(store, "teacher-1", "ik begeleid graag stagiairs")
    asyncio.run(store.save(tracker))
    other = _tracker(store, "teacher-2", "ik hou van organiseren")
    asyncio.run(store.save(other))
    assert asyncio.run(store.retrieve("teacher-1")) is not None

    tracker.update(UserUttered("vergeet mij", {"name": "forget_me"}))
    tracker.update(ActionExecuted("action_forget_me"))
    asyncio.run(store.save(tracker))

    assert asyncio.run(store.retrieve("teacher-1")) is None
    assert asyncio.run(store.retrieve("teacher-2")).get_slot("passions") == ["ik hou van organiseren"]


def test_conversations_expire_after_the_retention_period(store):
    old = _tracker(store, "old", "ik ben mentor", at=time.time() - 25 * 3600)
    fresh = _tracker(store, "fresh", "ik ben decaan")
    asyncio.run(store.save(old))
    asyncio.run(store.save(fresh))
    assert store.purge_expired() == 2  # both events of the old conversation
    assert asyncio.run(store.retrieve("old")) is None
    assert asyncio.run(store.retrieve("fresh")) is not None


def test_library_warnings_are_kept_from_users_but_errors_pass():
    source = io.StringIO(
        "/x/site-packages/pkg_resources/__init__.py:3117: DeprecationWarning: Deprecated call\n"
        "  declare_namespace(pkg)\n"
        "2026-11-28 INFO rasa - Starting Rasa server\n"
        "Traceback (most recent call last):\n"
        "  File \"x.py\", line 1\n"
        "ValueError: boom\n"
    )
    target = io.StringIO()
    _copy_without_warnings(source, target)
    shown = target.getvalue()
    assert "DeprecationWarning" not in shown and "declare_namespace" not in shown
    assert "Starting Rasa server" in shown
    assert "Traceback" in shown and "ValueError: boom" in shown and 'File "x.py"' in shown


def test_a_kept_conversation_is_read_again_when_another_process_changed_it(store, tmp_path):
    """The tracker kept in memory after a turn is used only while the database has nothing newer."""
    from rasa.shared.core.events import ActionExecuted as Action

    tracker = _tracker(store, "teacher-3", "ik hou van organiseren")
    asyncio.run(store.save(tracker))
    first = asyncio.run(store.retrieve("teacher-3"))  # read from the database: what reading it back gives
    first.update(Action("action_listen"))
    asyncio.run(store.save(first))
    assert asyncio.run(store.retrieve("teacher-3")) is first  # nothing newer: the kept one

    other = PrivateSQLTrackerStore(domain=store.domain)  # a second Rasa process on the same database
    theirs = asyncio.run(other.retrieve("teacher-3"))
    theirs.update(UserUttered("ik ben ook mentor", {"name": "share_tasks"}))
    asyncio.run(other.save(theirs))
    asyncio.run(store.save(first))
    again = asyncio.run(store.retrieve("teacher-3"))
    assert again is not first and again.latest_message.text == "ik ben ook mentor"
    assert len(again.events) == len(theirs.events)


def test_events_are_stored_once_whether_the_tracker_was_kept_or_read(store):
    tracker = asyncio.run(store.get_or_create_tracker("teacher-4"))
    for turn in range(3):
        tracker = asyncio.run(store.retrieve("teacher-4"))
        tracker.update(UserUttered(f"bericht {turn}", {"name": "share_tasks"}))
        asyncio.run(store.save(tracker))
    with store.session_scope() as session:
        texts = [row.data for row in session.query(store.SQLEvent).filter(store.SQLEvent.sender_id == "teacher-4")]
    assert sum('"text": "bericht' in data for data in texts) == 3


def test_sqlite_keeps_a_write_ahead_log(store):
    with store.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 1  # NORMAL
