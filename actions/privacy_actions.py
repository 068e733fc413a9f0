"""'Vergeet mij' (the conversation store deletes the stored events when it sees that action run), and
what the assistant does with a conversation."""
import os
from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import Restarted
from rasa_sdk.executor import CollectingDispatcher

from actions import replies
from actions.conversation import send


class ActionForgetMe(Action):
    """Resets the conversation; bot.tracker_store.PrivateSQLTrackerStore deletes its stored events."""

    def name(self) -> Text:
        return "action_forget_me"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        send(dispatcher, replies.forgotten())
        return [Restarted()]


def retention_hours() -> float:
    """The same setting and default as bot.tracker_store, which does the expiring."""
    try:
        return max(float(os.environ.get("LOOPBAANWIJZER_RETENTION_HOURS", "24")), 0.0)
    except ValueError:
        return 24.0


class ActionPrivacyInfo(Action):
    """Answers a question about stored data; deletes nothing (that is action_forget_me's job)."""

    def name(self) -> Text:
        return "action_privacy_info"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        send(dispatcher, replies.privacy_info(retention_hours()))
        return []
